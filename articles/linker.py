"""Store what analysis finds: mentions, candidates, events and the per-article arrays that
filters and facets read. Used by ingestion (new articles) and `relink` (after curation).
"""

import hashlib
from datetime import date

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from articles.models import Alias, Article, Entity, EventReport, Mention, Role
from articles.models.entity import CandidateName
from articles.models.event import Event
from articles.text.analysis import (
    ArticleAnalysis,
    DatedEvent,
    LoadedGazetteer,
    analyse_article,
    article_arrays,
)
from articles.text.dates import DateEstimate
from articles.text.linking import AliasEntry, Gazetteer, RoleEntry
from articles.text.query import to_tsquery


def load_gazetteer() -> LoadedGazetteer | None:
    """The curated entities as a matcher; None when none are loaded."""
    entities = {
        row["id"]: row for row in Entity.objects.values("id", "slug", "kind", "subkind", "name")
    }
    if not entities:
        return None
    slugs = {entity_id: row["slug"] for entity_id, row in entities.items()}
    roles = [
        RoleEntry(
            holder=slugs[role.person_id],
            role=role.kind,
            role_of=slugs.get(role.country_id) or slugs.get(role.organization_id),
            start=role.start,
            end=role.end,
            phrases=tuple(role.phrases_ar),
            is_envoy=role.is_envoy,
        )
        for role in Role.objects.all()
    ]
    envoys = {role.holder for role in roles if role.is_envoy}
    aliases = [
        AliasEntry(
            entity=slugs[entity_id],
            kind=entities[entity_id]["kind"],
            text=text,
            ambiguous=ambiguous,
            subkind=entities[entity_id]["subkind"],
            is_envoy=slugs[entity_id] in envoys,
        )
        for entity_id, text, ambiguous in Alias.objects.values_list(
            "entity_id", "text", "ambiguous"
        )
    ]
    # An entity without aliases is still found by its English name.
    for row in entities.values():
        envoy = row["slug"] in envoys
        aliases.append(
            AliasEntry(row["slug"], row["kind"], row["name"], False, row["subkind"], envoy)
        )
    return LoadedGazetteer(
        gazetteer=Gazetteer(aliases, roles),
        ids={row["slug"]: entity_id for entity_id, row in entities.items()},
        names={row["slug"]: row["name"] for row in entities.values()},
    )


def event_signature(dated: DatedEvent, content_hash: str) -> str:
    """Reports of one event share this: kind, participants, place and day. An event without
    a known day stays with its article: merging undated meetings would join different years."""
    event = dated.event
    if dated.date.precision == "day" and dated.date.best:
        when = dated.date.best.isoformat()
    else:
        when = "article:" + content_hash[:16]
    key = f"{event.kind}|{','.join(sorted(event.participants))}|{event.place or ''}|{when}"
    return key if len(key) <= 500 else hashlib.sha256(key.encode()).hexdigest()


def _date_fields(estimate: DateEstimate) -> tuple[date | None, date | None, date | None, str]:
    return estimate.earliest, estimate.latest, estimate.best, estimate.precision


def store_links(articles: list[tuple[int, str, ArticleAnalysis]], loaded: LoadedGazetteer) -> None:
    """Write mentions, candidates and events of freshly stored articles (id, hash, analysis).

    Runs inside the caller's transaction.
    """
    ids = loaded.ids
    mention_table = Mention._meta.db_table
    candidate_table = CandidateName._meta.db_table
    with connection.cursor() as cursor:
        with cursor.copy(
            f'COPY {mention_table} (article_id, entity_id, start, "end", surface, reason, role) '
            "FROM STDIN"
        ) as copy:
            for article_id, _, analysis in articles:
                seen = set()
                for match in analysis.matches:
                    key = (match.entity, match.start)
                    if match.entity not in ids or key in seen:
                        continue
                    seen.add(key)
                    copy.write_row(
                        (
                            article_id,
                            ids[match.entity],
                            match.start,
                            match.end,
                            match.surface[:300],
                            match.reason[:300],
                            (match.role or "")[:40],
                        )
                    )
        with cursor.copy(
            f"COPY {candidate_table} (text, normalized, title_phrase, context, article_id, "
            "start, status, created_at) FROM STDIN"
        ) as copy:
            now = timezone.now()
            for article_id, _, analysis in articles:
                seen = set()
                for candidate in analysis.candidates:
                    normalized = " ".join(candidate.text.split())
                    if (normalized, candidate.start) in seen:
                        continue
                    seen.add((normalized, candidate.start))
                    copy.write_row(
                        (
                            candidate.text[:200],
                            normalized[:200],
                            candidate.title_phrase[:200],
                            candidate.context,
                            article_id,
                            candidate.start,
                            "pending",
                            now,
                        )
                    )
    _store_events(articles, ids)


def _store_events(articles: list[tuple[int, str, ArticleAnalysis]], ids: dict[str, int]) -> None:
    rows = []
    for article_id, content_hash, analysis in articles:
        for dated in analysis.events:
            participants = [ids[slug] for slug in dated.event.participants if slug in ids]
            if not participants:
                continue
            rows.append((article_id, event_signature(dated, content_hash), dated, participants))
    if not rows:
        return
    event_table = Event._meta.db_table
    through = Event.participants.through._meta.db_table
    report_table = EventReport._meta.db_table
    with connection.cursor() as cursor:
        values = []
        for _, signature, dated, _ in rows:
            place = ids.get(dated.event.place) if dated.event.place else None
            values.append(
                (dated.event.kind, dated.event.status, *_date_fields(dated.date), place, signature)
            )
        cursor.executemany(
            f"INSERT INTO {event_table} (kind, status, date_earliest, date_latest, date_best, "
            "date_precision, place_id, signature) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (signature) DO NOTHING",
            values,
        )
        signatures = list({signature for _, signature, _, _ in rows})
        cursor.execute(
            f"SELECT signature, id FROM {event_table} WHERE signature = ANY(%s)", [signatures]
        )
        event_ids = dict(cursor.fetchall())
        cursor.executemany(
            f"INSERT INTO {through} (event_id, entity_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            [
                (event_ids[signature], participant)
                for _, signature, _, participants in rows
                for participant in participants
            ],
        )
        cursor.executemany(
            f"INSERT INTO {report_table} (event_id, article_id, sentence, sentence_start, "
            "sentence_end, date_text, trigger) VALUES (%s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT DO NOTHING",
            [
                (
                    event_ids[signature],
                    article_id,
                    dated.event.sentence,
                    dated.event.sentence_start,
                    dated.event.sentence_end,
                    (dated.event.date_text or "")[:200],
                    dated.event.trigger[:100],
                )
                for article_id, signature, dated, _ in rows
            ],
        )


def articles_that_may_mention(entity: Entity):
    """Articles whose text can contain one of the entity's aliases, found through the search
    index, plus those already linked to it (an alias may have been removed)."""
    queries = [to_tsquery(f'"{alias}"') for alias in entity.aliases.values_list("text", flat=True)]
    queries += [to_tsquery(f'"{entity.name_ar}"'), to_tsquery(f'"{entity.name}"')]
    queries = [query for query in queries if query]
    condition = Q(entity_slugs__contains=[entity.slug])
    if queries:
        from articles.querysets import RawTsQuery

        condition |= Q(search_vector=RawTsQuery(" | ".join(f"({q})" for q in queries)))
    return Article.objects.filter(condition)


def relink(articles, loaded: LoadedGazetteer | None, batch_size: int = 200) -> int:
    """Re-analyse `articles` (a queryset) and replace their mentions, candidates and event
    reports, one transaction a batch. Returns how many were relinked."""
    ids = list(articles.order_by("id").values_list("id", flat=True))
    for start in range(0, len(ids), batch_size):
        batch = ids[start : start + batch_size]
        with transaction.atomic():
            _relink_batch(batch, loaded)
    Event.objects.filter(reports__isnull=True).delete()
    return len(ids)


def _relink_batch(article_ids: list[int], loaded: LoadedGazetteer | None) -> None:
    Mention.objects.filter(article_id__in=article_ids).delete()
    CandidateName.objects.filter(
        article_id__in=article_ids, status=CandidateName._meta.get_field("status").default
    ).delete()
    EventReport.objects.filter(article_id__in=article_ids).delete()
    fresh = []
    now = timezone.now()
    for article in Article.objects.filter(id__in=article_ids).only(
        "id",
        "body",
        "dateline",
        "content_hash",
        "published_evidence",
        "published_earliest",
        "published_latest",
        "published_best",
        "published_precision",
    ):
        stated = _stated(article)
        if loaded is None:
            Article.objects.filter(id=article.id).update(
                entity_slugs=[], meeting_place_slugs=[], event_kinds=[], linked_at=now
            )
            continue
        analysis = analyse_article(loaded, article.body, article.dateline, stated)
        arrays = article_arrays(analysis, loaded.ids)
        published = analysis.published
        Article.objects.filter(id=article.id).update(
            entity_slugs=arrays.entity_slugs,
            meeting_place_slugs=arrays.meeting_place_slugs,
            event_kinds=arrays.event_kinds,
            published_earliest=published.earliest,
            published_latest=published.latest,
            published_best=published.best,
            published_precision=published.precision,
            published_evidence=list(published.evidence),
            linked_at=now,
        )
        fresh.append((article.id, article.content_hash, analysis))
    if fresh:
        store_links(fresh, loaded)


def _stated(article: Article) -> DateEstimate | None:
    """The date the input file stated, kept across relinks (its evidence says metadata)."""
    evidence = article.published_evidence or []
    if any(isinstance(item, dict) and item.get("kind") == "metadata" for item in evidence):
        return DateEstimate(
            article.published_earliest,
            article.published_latest,
            article.published_best,
            article.published_precision,
            tuple(
                str(item.get("text", item)) if isinstance(item, dict) else str(item)
                for item in evidence
            ),
        )
    return None
