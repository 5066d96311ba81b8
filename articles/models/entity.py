"""People, places and organizations (one shape, a kind each), their aliases and roles, and
their mentions in articles."""

from django.db import models
from django.urls import reverse
from django.utils import timezone

from articles.text.arabic import normalize


class EntityKind(models.TextChoices):
    PERSON = "person", "person"
    PLACE = "place", "place"
    ORGANIZATION = "organization", "organization"


ENTITY_URL_NAMES = {
    EntityKind.PERSON: "person",
    EntityKind.PLACE: "place",
    EntityKind.ORGANIZATION: "organization",
}


class EntityQuerySet(models.QuerySet):
    def people(self):
        return self.filter(kind=EntityKind.PERSON)

    def places(self):
        return self.filter(kind=EntityKind.PLACE)

    def organizations(self):
        return self.filter(kind=EntityKind.ORGANIZATION)

    def envoys(self):
        return self.people().filter(roles__is_envoy=True).distinct()


class EntityManager(models.Manager.from_queryset(EntityQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Entity(models.Model):
    kind = models.CharField(max_length=20, choices=EntityKind.choices)
    slug = models.SlugField(max_length=120)
    name = models.CharField(max_length=200, help_text="Canonical English name.")
    name_ar = models.CharField(max_length=200, help_text="Arabic name as the press writes it.")
    description = models.TextField(blank=True)
    subkind = models.CharField(
        max_length=40,
        blank=True,
        help_text="Places: city, country, region, area (a continent, a sea, the Middle East). "
        "Organizations: international, media, "
        "instrument, process, ministry…",
    )
    country = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"kind": EntityKind.PLACE},
    )
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    known_from = models.DateField(
        null=True,
        blank=True,
        help_text="The earliest day the press could use this name (a body founded or announced, "
        "a resolution adopted): an article that names it is not older.",
    )
    updated_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = EntityManager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "entities"
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="entity_slug_unique"),
            models.CheckConstraint(
                condition=models.Q(kind__in=[choice.value for choice in EntityKind]),
                name="entity_kind_valid",
            ),
        ]
        indexes = [
            # Entity lists and filter choices: Entity.objects.people().order_by("name").
            models.Index(fields=["kind", "name"], name="entity_kind_name_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse(ENTITY_URL_NAMES[self.kind], args=[self.slug])

    def natural_key(self):
        return (self.slug,)

    @property
    def is_envoy(self) -> bool:
        return any(role.is_envoy for role in self.roles.all())


class AliasLanguage(models.TextChoices):
    ARABIC = "ar", "Arabic"
    ENGLISH = "en", "English"


def normalize_alias(text: str) -> str:
    return " ".join(normalize(text).split())


class AliasManager(models.Manager):
    def get_by_natural_key(self, entity_slug, language, text):
        return self.get(entity__slug=entity_slug, language=language, text=text)


class Alias(models.Model):
    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(max_length=200)
    language = models.CharField(max_length=2, choices=AliasLanguage.choices)
    ambiguous = models.BooleanField(
        default=False,
        help_text="An ordinary word or common name (a bare surname such as «عمرو»): linked "
        "only once the entity's full name has appeared in the article.",
    )
    normalized = models.CharField(max_length=200, editable=False)

    objects = AliasManager()

    class Meta:
        ordering = ["entity", "language", "text"]
        verbose_name_plural = "aliases"
        constraints = [
            models.UniqueConstraint(
                fields=["entity", "language", "text"], name="alias_entity_language_text_unique"
            ),
        ]
        indexes = [
            # Search: an English or Arabic query word is looked up among normalised aliases.
            models.Index(fields=["normalized"], name="alias_normalized_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.text} → {self.entity}"

    def save(self, *args, **kwargs):
        self.normalized = normalize_alias(self.text)
        super().save(*args, **kwargs)

    def natural_key(self):
        return (*self.entity.natural_key(), self.language, self.text)

    natural_key.dependencies = ["articles.entity"]


class RoleManager(models.Manager):
    def get_by_natural_key(self, person_slug, title, start):
        return self.get(person__slug=person_slug, title=title, start=start or None)


class Role(models.Model):
    """An office a person held: it makes the envoy filter, resolves «نظيره الروسي» and bounds
    article dates."""

    person = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=300)
    kind = models.CharField(
        max_length=40,
        blank=True,
        help_text="foreign-minister, head-of-state, head-of-government, envoy, deputy-envoy, "
        "spokesperson, secretary-general, …",
    )
    organization = models.ForeignKey(
        Entity, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    country = models.ForeignKey(
        Entity, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True, help_text="Empty while in office.")
    is_envoy = models.BooleanField(default=False)
    phrases_ar = models.JSONField(
        default=list, blank=True, help_text="How Arabic news names the office."
    )

    objects = RoleManager()

    class Meta:
        ordering = ["person", "start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start__isnull=True)
                | models.Q(end__isnull=True)
                | models.Q(start__lte=models.F("end")),
                name="role_tenure_ordered",
            ),
        ]
        indexes = [
            # The envoy filter: people with an envoy role.
            models.Index(fields=["is_envoy", "person"], name="role_envoy_idx"),
        ]

    def __str__(self) -> str:
        start = self.start.isoformat() if self.start else "?"
        end = self.end.isoformat() if self.end else "present"
        return f"{self.person}: {self.title} ({start} – {end})"

    def natural_key(self):
        return (
            *self.person.natural_key(),
            self.title,
            self.start.isoformat() if self.start else "",
        )

    natural_key.dependencies = ["articles.entity"]


class MentionManager(models.Manager):
    def get_by_natural_key(self, content_hash, entity_slug, start, part="body"):
        return self.get(
            article__content_hash=content_hash, entity__slug=entity_slug, start=start, part=part
        )


class Mention(models.Model):
    # No single-column FK indexes: the unique constraint (article, …) and the index
    # (entity, article) serve both lookups, and each index slows bulk ingestion.
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="mentions", db_index=False
    )
    entity = models.ForeignKey(
        Entity, on_delete=models.CASCADE, related_name="mentions", db_index=False
    )

    class Part(models.TextChoices):
        BODY = "body", "body"
        TITLE = "title", "headline"
        DATELINE = "dateline", "dateline"

    part = models.CharField(
        max_length=8,
        choices=Part.choices,
        default=Part.BODY,
        help_text="The text the offsets point into: the body, the headline or the dateline.",
    )
    start = models.PositiveIntegerField(help_text="Offset into the text of its part.")
    end = models.PositiveIntegerField()
    surface = models.CharField(max_length=300)
    reason = models.CharField(max_length=300, help_text="Why it matched.")
    role = models.CharField(max_length=40, blank=True)

    objects = MentionManager()

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "entity", "start", "part"],
                name="mention_article_entity_start_part_unique",
            ),
            models.CheckConstraint(
                condition=models.Q(start__lt=models.F("end")), name="mention_span_nonempty"
            ),
        ]
        indexes = [
            # Entity filters and entity pages: articles mentioning an entity.
            models.Index(fields=["entity", "article"], name="mention_entity_article_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.surface} → {self.entity} (article {self.article_id})"

    def natural_key(self):
        return (self.article.content_hash, self.entity.slug, self.start, self.part)

    natural_key.dependencies = ["articles.article", "articles.entity"]


class CandidateStatus(models.TextChoices):
    PENDING = "pending", "pending"
    APPROVED = "approved", "approved"
    REJECTED = "rejected", "rejected"


class CandidateNameManager(models.Manager):
    def get_by_natural_key(self, content_hash, normalized, start):
        return self.get(article__content_hash=content_hash, normalized=normalized, start=start)


class CandidateName(models.Model):
    """A name the text introduces with a title («وزير الخارجية X») that the gazetteer lacks."""

    text = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200)
    title_phrase = models.CharField(max_length=200)
    context = models.TextField()
    article = models.ForeignKey(
        "articles.Article",
        on_delete=models.CASCADE,
        related_name="candidate_names",
        db_index=False,  # the unique constraint (article, …) serves it
    )
    start = models.PositiveIntegerField()
    status = models.CharField(
        max_length=10, choices=CandidateStatus.choices, default=CandidateStatus.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = CandidateNameManager()

    class Meta:
        ordering = ["normalized", "article"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "normalized", "start"], name="candidate_article_name_unique"
            ),
        ]
        indexes = [
            # The curators' review list: pending candidates grouped by name.
            models.Index(fields=["status", "normalized"], name="candidate_status_name_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.title_phrase} {self.text}"

    def natural_key(self):
        return (self.article.content_hash, self.normalized, self.start)

    natural_key.dependencies = ["articles.article"]
