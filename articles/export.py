"""Articles as the export and the search page's JSON give them (DESIGN.md, stable fields)."""

from collections import Counter
from collections.abc import Iterable, Iterator

from django.db.models import Prefetch

from articles.models import Article, Entity, EventReport, Mention
from articles.models.entity import EntityKind

ENTITY_LISTS = {
    EntityKind.PERSON: "people",
    EntityKind.PLACE: "places",
    EntityKind.ORGANIZATION: "organizations",
}


def with_links(articles):
    """The queryset with everything the export reads, fetched in a constant number of queries."""
    return articles.select_related("source").prefetch_related(
        Prefetch("mentions", queryset=Mention.objects.select_related("entity").order_by("start")),
        Prefetch(
            "event_reports",
            queryset=EventReport.objects.select_related("event__place").prefetch_related(
                "event__participants"
            ),
        ),
    )


def _entity(entity: Entity, envoys: set[int], mentions: int | None = None) -> dict:
    data = {"slug": entity.slug, "name": entity.name, "name_ar": entity.name_ar}
    if mentions is not None:
        data["mentions"] = mentions
    if entity.id in envoys:
        data["is_envoy"] = True
    return data


def _date(event) -> dict:
    return {
        "earliest": event.date_earliest.isoformat() if event.date_earliest else None,
        "latest": event.date_latest.isoformat() if event.date_latest else None,
        "best": event.date_best.isoformat() if event.date_best else None,
        "precision": event.date_precision,
    }


def export_dict(article: Article, envoys: set[int]) -> dict:
    counts = Counter(mention.entity_id for mention in article.mentions.all())
    entities = {mention.entity_id: mention.entity for mention in article.mentions.all()}
    data = {
        "id": article.id,
        "file": article.file_name,
        "url": article.url,
        "title": article.title,
        "source": article.source.name if article.source_id else None,
        "body": article.body,
        "published": article.published_dict(),
    }
    for kind, key in ENTITY_LISTS.items():
        data[key] = [
            _entity(entity, envoys, counts[entity_id])
            for entity_id, entity in entities.items()
            if entity.kind == kind
        ]
    data["events"] = [
        {
            "kind": report.event.kind,
            "status": report.event.status,
            "participants": [_entity(p, envoys) for p in report.event.participants.all()],
            "place": _entity(report.event.place, envoys) if report.event.place else None,
            "date": _date(report.event),
            "date_text": report.date_text,
            "evidence": report.sentence,
        }
        for report in article.event_reports.all()
    ]
    return data


def export_dicts(articles: Iterable[Article]) -> Iterator[dict]:
    envoys = set(Entity.objects.envoys().values_list("id", flat=True))
    for article in articles:
        yield export_dict(article, envoys)
