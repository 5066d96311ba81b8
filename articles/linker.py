"""Store what analysis finds: mentions, candidates, events and the per-article arrays that
filters and facets read. Used by ingestion (new articles) and `relink` (after curation).
"""

import hashlib
import json
import multiprocessing
from datetime import date

from django.db import connection, transaction
from django.utils import timezone

from articles.ingest.prepare import (
    STATED_EVIDENCE_PREFIX,
    analyse_row,
    default_workers,
    use_gazetteer,
)
from articles.models import Alias, Article, Entity, EventReport, Mention, Role
from articles.models.entity import CandidateName
from articles.models.event import Event
from articles.querysets import RawTsQuery
from articles.text.analysis import ArticleAnalysis, DatedEvent, LoadedGazetteer
from articles.text.dates import DateEstimate
from articles.text.linking import AliasEntry, Gazetteer, RoleEntry
from articles.text.mentions import ORGANIZATION, PLACE
from articles.text.query import to_tsquery


def load_gazetteer() -> LoadedGazetteer | None:
    """The curated entities as a matcher; None when none are loaded."""
    entities = {
        row["id"]: row
        for row in Entity.objects.values(
            "id", "slug", "kind", "subkind", "name", "country_id", "known_from"
        )
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
    countries = {
        row["slug"]: slugs[row["country_id"]]
        for row in entities.values()
        if row["kind"] == PLACE and row["country_id"] in slugs
    }
    # An entity without aliases is still found by its English name.
    for row in entities.values():
        envoy = row["slug"] in envoys
        aliases.append(
            AliasEntry(row["slug"], row["kind"], row["name"], False, row["subkind"], envoy)
        )
    known_from = {row["slug"]: row["known_from"] for row in entities.values() if row["known_from"]}
    body_countries = {
        row["slug"]: slugs[row["country_id"]]
        for row in entities.values()
        if row["kind"] == ORGANIZATION and row["country_id"] in slugs
    }
    return LoadedGazetteer(
        gazetteer=Gazetteer(aliases, roles, countries, known_from, body_countries),
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
            f"COPY {mention_table} "
            '(article_id, entity_id, part, start, "end", surface, reason, role) FROM STDIN'
        ) as copy:
            for article_id, _, analysis in articles:
                seen = set()
                for part, matches in analysis.matches_by_part():
                    for match in matches:
                        key = (part, match.entity, match.start)
                        if match.entity not in ids or key in seen:
                            continue
                        seen.add(key)
                        copy.write_row(
                            (
                                article_id,
                                ids[match.entity],
                                part,
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
    # One statement a table over unnested arrays: executemany costs a round trip a row.
    events = {}
    for _, signature, dated, _ in rows:
        place = ids.get(dated.event.place) if dated.event.place else None
        events.setdefault(
            signature, (dated.event.kind, dated.event.status, *_date_fields(dated.date), place)
        )
    signatures = list(events)
    columns = [list(column) for column in zip(*events.values(), strict=True)]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {event_table} (kind, status, date_earliest, date_latest, date_best, "
            "date_precision, place_id, signature) "
            "SELECT * FROM unnest(%s::text[], %s::text[], %s::date[], %s::date[], %s::date[], "
            "%s::text[], %s::bigint[], %s::text[]) ON CONFLICT (signature) DO NOTHING",
            [*columns, signatures],
        )
        cursor.execute(
            f"SELECT signature, id FROM {event_table} WHERE signature = ANY(%s)", [signatures]
        )
        event_ids = dict(cursor.fetchall())
        pairs = sorted(
            {
                (event_ids[signature], participant)
                for _, signature, _, participants in rows
                for participant in participants
            }
        )
        cursor.execute(
            f"INSERT INTO {through} (event_id, entity_id) "
            "SELECT * FROM unnest(%s::bigint[], %s::bigint[]) ON CONFLICT DO NOTHING",
            [[pair[0] for pair in pairs], [pair[1] for pair in pairs]],
        )
        reports = [
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
        ]
        cursor.execute(
            f"INSERT INTO {report_table} (event_id, article_id, sentence, sentence_start, "
            "sentence_end, date_text, trigger) SELECT * FROM unnest(%s::bigint[], %s::bigint[], "
            "%s::text[], %s::int[], %s::int[], %s::text[], %s::text[]) ON CONFLICT DO NOTHING",
            [list(column) for column in zip(*reports, strict=True)],
        )


def articles_containing(texts: list[str]):
    """Articles whose text contains one of `texts` as a phrase, through the search index."""
    queries = [query for text in texts if (query := to_tsquery(f'"{text}"'))]
    if not queries:
        return Article.objects.none()
    return Article.objects.filter(
        search_vector=RawTsQuery(" | ".join(f"({query})" for query in queries))
    )


def articles_that_may_mention(entity: Entity):
    """Articles whose text can contain one of the entity's aliases, found through the search
    index, plus those already linked to it (an alias may have been removed)."""
    texts = [*entity.aliases.values_list("text", flat=True), entity.name_ar, entity.name]
    linked = Article.objects.filter(entity_slugs__contains=[entity.slug])
    return linked | articles_containing(texts)


def relink(
    articles, loaded: LoadedGazetteer | None, batch_size: int = 500, workers: int | None = None
) -> int:
    """Re-analyse `articles` (a queryset) and replace their mentions, candidates, event
    reports and arrays, one transaction a batch. Returns how many were relinked.

    Large relinks analyse in worker processes, as ingestion does."""
    ids = list(articles.order_by("id").values_list("id", flat=True))
    if not ids:
        return 0
    use_gazetteer(loaded)
    if workers is None:
        workers = default_workers() if len(ids) >= PARALLEL_RELINK_MIN else 0
    touched_events: set[int] = set()
    if workers <= 1:
        for start in range(0, len(ids), batch_size):
            touched_events |= _relink_batch(ids[start : start + batch_size], loaded, map)
    else:
        connection.close()  # forked workers must not share the connection
        with multiprocessing.get_context("fork").Pool(workers) as pool:

            def parallel_map(function, items):
                return pool.map(function, items, chunksize=25)

            for start in range(0, len(ids), batch_size):
                touched_events |= _relink_batch(
                    ids[start : start + batch_size], loaded, parallel_map
                )
    # Only the events these articles reported can have lost their last report.
    Event.objects.filter(id__in=touched_events, reports__isnull=True).delete()
    return len(ids)


PARALLEL_RELINK_MIN = 300
_RELINK_FIELDS = (
    "id",
    "title",
    "body",
    "dateline",
    "content_hash",
    "published_evidence",
    "published_earliest",
    "published_latest",
    "published_best",
    "published_precision",
)


def _relink_batch(article_ids: list[int], loaded: LoadedGazetteer | None, map_function) -> set[int]:
    """Relink one batch; returns the ids of the events its articles reported before."""
    articles = list(Article.objects.filter(id__in=article_ids).only(*_RELINK_FIELDS))
    rows = [(a.id, a.body, a.dateline, _stated(a), a.title) for a in articles]
    hashes = {article.id: article.content_hash for article in articles}
    analysed = list(map_function(analyse_row, rows))
    now = timezone.now()
    with transaction.atomic():
        Mention.objects.filter(article_id__in=article_ids).delete()
        CandidateName.objects.filter(article_id__in=article_ids, status="pending").delete()
        reports = EventReport.objects.filter(article_id__in=article_ids)
        previous_events = set(reports.values_list("event_id", flat=True))
        reports.delete()
        _update_articles(analysed, now)
        if loaded is not None:
            store_links(
                [
                    (article_id, hashes[article_id], analysis)
                    for article_id, analysis, _ in analysed
                ],
                loaded,
            )
    return previous_events


def _update_articles(analysed, now) -> None:
    """One UPDATE for the whole batch, from unnested arrays."""
    columns = {
        "id": [], "entity_slugs": [], "meeting_place_slugs": [], "event_kinds": [],
        "published_earliest": [], "published_latest": [], "published_best": [],
        "published_precision": [], "published_evidence": [],
    }  # fmt: skip
    for article_id, analysis, arrays in analysed:
        published = analysis.published
        columns["id"].append(article_id)
        # unnest() flattens nested arrays, so the text arrays travel as JSON.
        columns["entity_slugs"].append(json.dumps(arrays.entity_slugs))
        columns["meeting_place_slugs"].append(json.dumps(arrays.meeting_place_slugs))
        columns["event_kinds"].append(json.dumps(arrays.event_kinds))
        columns["published_earliest"].append(published.earliest)
        columns["published_latest"].append(published.latest)
        columns["published_best"].append(published.best)
        columns["published_precision"].append(published.precision)
        columns["published_evidence"].append(json.dumps(list(published.evidence)))
    table = Article._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""UPDATE {table} AS a SET
                entity_slugs = ARRAY(SELECT jsonb_array_elements_text(u.entity_slugs)),
                meeting_place_slugs = ARRAY(SELECT jsonb_array_elements_text(u.places)),
                event_kinds = ARRAY(SELECT jsonb_array_elements_text(u.kinds)),
                published_earliest = u.earliest, published_latest = u.latest,
                published_best = u.best, published_precision = u.precision,
                published_evidence = u.evidence, linked_at = %s
            FROM unnest(%s::bigint[], %s::jsonb[], %s::jsonb[], %s::jsonb[], %s::date[],
                        %s::date[], %s::date[], %s::text[], %s::jsonb[])
                AS u(id, entity_slugs, places, kinds, earliest, latest, best, precision, evidence)
            WHERE a.id = u.id""",
            [now, *columns.values()],
        )


def _stated(article: Article) -> DateEstimate | None:
    """The date the input file stated, kept across relinks (its evidence says so)."""
    evidence = [str(item) for item in article.published_evidence or []]
    if evidence and evidence[0].startswith(STATED_EVIDENCE_PREFIX):
        return DateEstimate(
            article.published_earliest,
            article.published_latest,
            article.published_best,
            article.published_precision,
            tuple(evidence),
        )
    return None
