from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F

from articles.querysets import ArticleQuerySet


class SourceManager(models.Manager):
    def get_by_natural_key(self, name):
        return self.get(name=name)


class Source(models.Model):
    """The outlet an article came from, as named by the file or its source tag."""

    name = models.CharField(max_length=200)
    site = models.CharField(max_length=200, blank=True)

    objects = SourceManager()

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["name"], name="source_name_unique")]

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.name,)


NO_DATE_EVIDENCE = "no date evidence in the text: the interval is open"


class ArticleManager(models.Manager.from_queryset(ArticleQuerySet)):
    # Fixtures refer to articles by content hash, so `loaddata demo` updates the articles an
    # earlier ingest stored instead of colliding with them.
    def get_by_natural_key(self, content_hash):
        return self.get(content_hash=content_hash)


class DatePrecision(models.TextChoices):
    DAY = "day", "day"
    WEEK = "week", "week"
    MONTH = "month", "month"
    YEAR = "year", "year"
    RANGE = "range", "range"
    UNKNOWN = "unknown", "unknown"


class Article(models.Model):
    title = models.CharField(max_length=500, blank=True)
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    url = models.URLField(max_length=2000, blank=True)
    file_name = models.CharField(max_length=500, help_text="Original file name (and line or row).")
    raw_text = models.TextField(help_text="The text as received, before cleaning.")
    body = models.TextField(help_text="The text as displayed, after cleaning.")
    body_normalized = models.TextField(help_text="The body after Arabic normalisation.")
    dateline = models.CharField(max_length=200, blank=True)
    removed = models.JSONField(
        default=list, blank=True, help_text="What cleaning removed: kind, text, line."
    )
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of the normalised body.")
    published_earliest = models.DateField(null=True, blank=True)
    published_latest = models.DateField(null=True, blank=True)
    published_best = models.DateField(null=True, blank=True)
    published_precision = models.CharField(
        max_length=10, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    published_evidence = models.JSONField(default=list, blank=True)
    ingested_at = models.DateTimeField(auto_now_add=True)
    search_vector = SearchVectorField(null=True, editable=False)
    # Denormalised by linking, so filters and facets read one row per article instead of
    # joining mentions and events (see ArticleQuerySet).
    # Slugs rather than ids: they stay valid across databases, so fixtures carry them.
    entity_slugs = ArrayField(
        models.SlugField(max_length=120), default=list, blank=True, editable=False
    )
    meeting_place_slugs = ArrayField(
        models.SlugField(max_length=120), default=list, blank=True, editable=False
    )
    event_kinds = ArrayField(
        models.CharField(max_length=20), default=list, blank=True, editable=False
    )
    linked_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ArticleManager()

    class Meta:
        ordering = ["-published_best", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["content_hash"], name="article_content_hash_unique"),
            models.CheckConstraint(
                condition=models.Q(published_earliest__isnull=True)
                | models.Q(published_latest__isnull=True)
                | models.Q(published_earliest__lte=models.F("published_latest")),
                name="article_published_interval_ordered",
            ),
        ]
        indexes = [
            # Full-text search: ArticleQuerySet.search() matches search_vector @@ tsquery.
            GinIndex(fields=["search_vector"], name="article_search_gin"),
            # Entity filters (person, place, organization, envoy): entity_slugs @> ARRAY[slug].
            GinIndex(fields=["entity_slugs"], name="article_entity_slugs_gin"),
            # The meeting-place filter: meeting_place_slugs @> ARRAY[id].
            GinIndex(fields=["meeting_place_slugs"], name="article_meeting_places_gin"),
            # Date sorts (ArticleQuerySet.by_date: newest first with undated last, and
            # oldest first) and the date_from / date_to filters.
            models.Index(
                F("published_best").desc(nulls_last=True),
                F("id").desc(),
                name="article_newest_idx",
            ),
            models.Index(fields=["published_best", "id"], name="article_published_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.body[:80]

    def natural_key(self):
        return (self.content_hash,)

    def published_dict(self) -> dict:
        return {
            "earliest": _iso(self.published_earliest),
            "latest": _iso(self.published_latest),
            "best": _iso(self.published_best),
            "precision": self.published_precision,
            "evidence": self.published_evidence or ["no date evidence: the interval is open"],
        }


def _iso(value) -> str | None:
    return value.isoformat() if value else None
