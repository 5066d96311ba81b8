"""`ingest --bulk yes` drops the article GIN indexes for a load and builds them once at the end.

It paid off while one process stored every batch (measured then: COPY at 1,375 rows/s with
the search index live, 2,700 without). Now that the workers store in parallel, PostgreSQL
keeps the indexes up to date on both cores while the single CREATE INDEX at the end runs on
one: 100,000 articles without linking took 97.8 s with live indexes and 106.3 s with
`--bulk yes`, so it is off by default. Every ingest run starts by recreating indexes a killed
bulk load left dropped.
"""

from django.db import connection

from articles.models import Article, Mention

DEFERRED_INDEXES = ("article_search_gin", "article_entity_slugs_gin", "article_meeting_places_gin")


def _existing_indexes() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = %s", [Article._meta.db_table]
        )
        return {row[0] for row in cursor.fetchall()}


def drop_deferred_indexes() -> None:
    with connection.cursor() as cursor:
        for name in DEFERRED_INDEXES:
            cursor.execute(f"DROP INDEX IF EXISTS {connection.ops.quote_name(name)}")


def ensure_indexes() -> list[str]:
    """Create any deferred index that is missing; returns the names created."""
    missing = [
        index
        for index in Article._meta.indexes
        if index.name in DEFERRED_INDEXES and index.name not in _existing_indexes()
    ]
    if not missing:
        return []
    with connection.cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '256MB'")
        if connection.in_atomic_block:
            # Inside a caller's transaction, CREATE INDEX refuses to run while the rows just
            # stored still have deferred foreign-key checks pending.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    with connection.schema_editor(atomic=False) as editor:
        for index in missing:
            editor.add_index(Article, index)
    return [index.name for index in missing]


def analyze_articles() -> None:
    """Fresh statistics after a bulk load, as soon as its indexes are built: until autovacuum
    gets to it, the planner would go on planning searches for the archive as it was."""
    with connection.cursor() as cursor:
        for model in (Article, Mention):
            cursor.execute(f"ANALYZE {model._meta.db_table}")
