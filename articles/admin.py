from django.contrib import admin, messages
from django.db import transaction
from django.utils.text import slugify

from articles.linker import articles_containing, articles_that_may_mention, load_gazetteer, relink
from articles.models import (
    Alias,
    Article,
    CandidateName,
    Entity,
    Event,
    EventReport,
    Mention,
    Role,
    Source,
)
from articles.models.entity import CandidateStatus, EntityKind

# Relinking inside a request is fine for an edit that touches a few hundred articles; a
# larger one is left to `manage.py relink`, and the curator is told so.
INLINE_RELINK_LIMIT = 500


def relink_after_edit(request, articles, what: str) -> None:
    articles = articles.distinct()
    count = articles.count()
    if count > INLINE_RELINK_LIMIT:
        messages.warning(
            request,
            f"{what} touches {count} articles: run `manage.py relink` to update them.",
        )
        return
    relink(articles, load_gazetteer(), workers=0)
    messages.info(request, f"Relinked {count} article(s) after {what}.")


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "site"]
    search_fields = ["name"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "published_best", "published_precision", "ingested_at"]
    list_filter = ["source", "published_precision"]
    search_fields = ["title", "file_name", "url"]
    readonly_fields = [
        "content_hash",
        "ingested_at",
        "linked_at",
        "raw_text",
        "body_normalized",
        "removed",
        "entity_slugs",
        "meeting_place_slugs",
        "event_kinds",
    ]
    list_select_related = ["source"]


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 1
    fields = ["text", "language", "ambiguous"]


class RoleInline(admin.TabularInline):
    model = Role
    fk_name = "person"
    extra = 0
    fields = ["title", "kind", "country", "organization", "start", "end", "is_envoy", "phrases_ar"]
    autocomplete_fields = ["country", "organization"]


@admin.register(Entity)
class EntityAdmin(admin.ModelAdmin):
    list_display = ["name", "name_ar", "kind", "subkind", "slug"]
    list_filter = ["kind", "subkind"]
    search_fields = ["name", "name_ar", "slug", "aliases__text"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AliasInline, RoleInline]
    autocomplete_fields = ["country"]
    actions = ["merge_into_first", "relink_articles"]

    def save_related(self, request, form, formsets, change):
        old_aliases = set(form.instance.aliases.values_list("text", flat=True)) if change else set()
        super().save_related(request, form, formsets, change)
        entity = form.instance
        new_aliases = set(entity.aliases.values_list("text", flat=True))
        changed = sorted(old_aliases ^ new_aliases)
        articles = articles_that_may_mention(entity) | articles_containing(changed)
        relink_after_edit(request, articles, f"editing {entity}")

    @admin.action(description="Merge the selected entities into the first one")
    def merge_into_first(self, request, queryset):
        entities = list(queryset.order_by("id"))
        if len(entities) < 2 or len({e.kind for e in entities}) != 1:
            messages.error(request, "Select two or more entities of the same kind.")
            return
        keep, others = entities[0], entities[1:]
        with transaction.atomic():
            touched = Article.objects.none()
            for other in others:
                touched = touched | articles_that_may_mention(other)
                for alias in [
                    other.name,
                    other.name_ar,
                    *other.aliases.values_list("text", flat=True),
                ]:
                    language = "en" if alias.isascii() else "ar"
                    Alias.objects.get_or_create(entity=keep, text=alias, language=language)
                Role.objects.filter(person=other).update(person=keep)
            touched_ids = list(touched.values_list("id", flat=True))
            Entity.objects.filter(id__in=[o.id for o in others]).delete()
        relink_after_edit(
            request,
            Article.objects.filter(id__in=touched_ids) | articles_that_may_mention(keep),
            f"merging {len(others)} record(s) into {keep}",
        )

    @admin.action(description="Relink the articles that may mention the selected entities")
    def relink_articles(self, request, queryset):
        articles = Article.objects.none()
        for entity in queryset:
            articles = articles | articles_that_may_mention(entity)
        relink_after_edit(request, articles, "the request")


@admin.register(Alias)
class AliasAdmin(admin.ModelAdmin):
    list_display = ["text", "entity", "language", "ambiguous", "normalized"]
    list_filter = ["language", "ambiguous"]
    search_fields = ["text", "normalized", "entity__name"]
    autocomplete_fields = ["entity"]


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["person", "title", "kind", "start", "end", "is_envoy"]
    list_filter = ["kind", "is_envoy"]
    search_fields = ["person__name", "title"]
    autocomplete_fields = ["person", "country", "organization"]


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["surface", "entity", "article", "part", "reason"]
    list_filter = ["part"]
    search_fields = ["surface", "entity__name"]
    list_select_related = ["entity", "article"]
    raw_id_fields = ["article", "entity"]


class EventReportInline(admin.TabularInline):
    model = EventReport
    extra = 0
    fields = ["article", "sentence", "date_text", "trigger"]
    raw_id_fields = ["article"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "status", "date_best", "date_precision", "place"]
    list_filter = ["kind", "status", "date_precision"]
    search_fields = ["participants__name", "place__name"]
    autocomplete_fields = ["place", "participants"]
    inlines = [EventReportInline]


@admin.register(CandidateName)
class CandidateNameAdmin(admin.ModelAdmin):
    list_display = ["text", "title_phrase", "status", "article", "context"]
    list_filter = ["status"]
    search_fields = ["text", "normalized", "context"]
    raw_id_fields = ["article"]
    actions = ["approve", "reject"]

    @admin.action(description="Approve: create a person with this name and relink")
    def approve(self, request, queryset):
        created = []
        for candidate in queryset.filter(status=CandidateStatus.PENDING):
            # Arabic names have no ASCII slug; the curator renames it when adding the English name.
            entity, _ = Entity.objects.get_or_create(
                slug=slugify(candidate.normalized) or f"person-{candidate.id}",
                defaults={
                    "kind": EntityKind.PERSON,
                    "name": candidate.text,
                    "name_ar": candidate.text,
                    "description": f"Proposed from «{candidate.title_phrase} {candidate.text}».",
                },
            )
            Alias.objects.get_or_create(entity=entity, text=candidate.text, language="ar")
            created.append(candidate.text)
        queryset.update(status=CandidateStatus.APPROVED)
        relink_after_edit(request, articles_containing(created), "approving candidates")

    @admin.action(description="Reject")
    def reject(self, request, queryset):
        queryset.update(status=CandidateStatus.REJECTED)
