"""Store prepared articles: one transaction a batch, de-duplicated by content hash.

A batch leaves out the hashes already stored and is COPYed straight into the article table
with ids drawn from its sequence, all in one transaction: a crash at any moment leaves whole
batches or nothing, and a re-run skips what already landed. When a concurrent ingestion
stores one of the same hashes first, the COPY fails on the unique constraint and the batch
goes the slower way: COPY into a temporary staging table, then INSERT … ON CONFLICT DO
NOTHING. (Going straight to the table writes every row once instead of twice.)
"""

import json

from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone
from psycopg import errors

from articles.ingest.prepare import PreparedArticle
from articles.linker import store_links
from articles.models import Article, Source

STAGING_TABLE = "ingest_staging"
COLUMNS = (
    "title",
    "source_id",
    "url",
    "file_name",
    "raw_text",
    "body",
    "body_normalized",
    "dateline",
    "removed",
    "content_hash",
    "published_earliest",
    "published_latest",
    "published_best",
    "published_precision",
    "published_evidence",
    "search_vector",
    "entity_slugs",
    "meeting_place_slugs",
    "event_kinds",
    "linked_at",
)


class SourceCache:
    """Source ids by name, created on first sight inside the caller's transaction."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def forget(self) -> None:
        self._ids.clear()

    def ids_for(self, names: set[str]) -> dict[str, int]:
        missing = [name for name in names if name and name not in self._ids]
        if missing:
            Source.objects.bulk_create(
                [Source(name=name) for name in missing], ignore_conflicts=True
            )
            for source_id, name in Source.objects.filter(name__in=missing).values_list(
                "id", "name"
            ):
                self._ids[name] = source_id
        return self._ids


def _ensure_staging_table(cursor) -> None:
    article_table = Article._meta.db_table
    # CREATE TABLE AS copies the column types and nothing else: no identity, no NOT NULL.
    cursor.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {STAGING_TABLE} ON COMMIT DELETE ROWS AS "
        f"SELECT {', '.join(COLUMNS)} FROM {article_table} WITH NO DATA"
    )


def _row(article: PreparedArticle, source_ids: dict[str, int], now) -> tuple:
    published = article.published
    return (
        article.title,
        source_ids.get(article.source_name),
        article.url,
        article.file_name,
        article.raw_text,
        article.body,
        article.body_normalized,
        article.dateline,
        article.removed_json,
        article.content_hash,
        published.earliest,
        published.latest,
        published.best,
        published.precision,
        _evidence_json(published.evidence),
        article.search_vector,
        list(article.entity_slugs),
        list(article.meeting_place_slugs),
        list(article.event_kinds),
        now if article.analysis is not None else None,
    )


def _evidence_json(evidence: tuple[str, ...]) -> str:
    return json.dumps(list(evidence), ensure_ascii=False)


def _first_of_each_hash(articles: list[PreparedArticle]) -> list[PreparedArticle]:
    unique: dict[str, PreparedArticle] = {}
    for article in articles:
        unique.setdefault(article.content_hash, article)
    return list(unique.values())


def _stored_hashes(cursor, hashes: list[str]) -> set[str]:
    cursor.execute(
        f"SELECT content_hash FROM {Article._meta.db_table} WHERE content_hash = ANY(%s)",
        [hashes],
    )
    return {row[0] for row in cursor.fetchall()}


def _copy_new(cursor, articles: list[PreparedArticle], source_ids, now) -> list[tuple[int, str]]:
    """COPY the articles whose hash is not stored yet straight into the article table."""
    article_table = Article._meta.db_table
    stored = _stored_hashes(cursor, [article.content_hash for article in articles])
    new = [
        article for article in _first_of_each_hash(articles) if article.content_hash not in stored
    ]
    if not new:
        return []
    cursor.execute(
        "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
        [article_table, len(new)],
    )
    numbered = list(zip([row[0] for row in cursor.fetchall()], new, strict=True))
    columns = ", ".join(COLUMNS)
    # Rows go in by hash, so parallel workers take the unique index's locks in one order
    # (ids still follow the input order).
    with cursor.copy(f"COPY {article_table} (id, {columns}, ingested_at) FROM STDIN") as copy:
        for article_id, article in sorted(numbered, key=lambda pair: pair[1].content_hash):
            copy.write_row((article_id, *_row(article, source_ids, now), now))
    return [(article_id, article.content_hash) for article_id, article in numbered]


def _insert_through_staging(cursor, articles, source_ids, now) -> list[tuple[int, str]]:
    article_table = Article._meta.db_table
    columns = ", ".join(COLUMNS)
    _ensure_staging_table(cursor)
    with cursor.copy(f"COPY {STAGING_TABLE} ({columns}) FROM STDIN") as copy:
        for article in articles:
            copy.write_row(_row(article, source_ids, now))
    cursor.execute(
        f"INSERT INTO {article_table} ({columns}, ingested_at) "
        f"SELECT {columns}, now() FROM {STAGING_TABLE} ORDER BY ctid "
        "ON CONFLICT (content_hash) DO NOTHING RETURNING id, content_hash"
    )
    stored = cursor.fetchall()
    # ON COMMIT DELETE ROWS only fires at the outer commit; a caller's transaction
    # (tests, relink) would otherwise re-insert earlier batches.
    cursor.execute(f"TRUNCATE {STAGING_TABLE}")
    return stored


DEADLOCK_RETRIES = 3


def store_batch(articles: list[PreparedArticle], sources: SourceCache, gazetteer=None) -> int:
    """Store one batch atomically with its links; returns how many articles were new.

    Parallel workers storing the same text or the same event can deadlock each other;
    PostgreSQL then aborts one batch, which is simply stored again."""
    for attempt in range(DEADLOCK_RETRIES + 1):
        try:
            return _store_batch(articles, sources, gazetteer)
        except (OperationalError, errors.DeadlockDetected) as error:
            deadlock = errors.DeadlockDetected in (type(error), type(error.__cause__))
            if not deadlock or attempt == DEADLOCK_RETRIES or connection.in_atomic_block:
                raise
    raise AssertionError("unreachable")


def _store_batch(articles: list[PreparedArticle], sources: SourceCache, gazetteer) -> int:
    if not articles:
        return 0
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            source_ids = sources.ids_for({article.source_name for article in articles})
            # A lost commit after a server crash is harmless: a re-run stores it again.
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
            now = timezone.now()
            try:
                with transaction.atomic():
                    stored = _copy_new(cursor, articles, source_ids, now)
            # COPY goes through psycopg's own cursor, whose errors Django does not wrap.
            except (IntegrityError, errors.UniqueViolation):
                stored = _insert_through_staging(cursor, articles, source_ids, now)
            if gazetteer is not None and stored:
                by_hash = {article.content_hash: article for article in articles}
                store_links(
                    [
                        (article_id, content_hash, by_hash[content_hash].analysis)
                        for article_id, content_hash in stored
                        if by_hash[content_hash].analysis is not None
                    ],
                    gazetteer,
                )
    except Exception:
        sources.forget()
        raise
    return len(stored)
