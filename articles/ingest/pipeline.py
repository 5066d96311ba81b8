"""The ingestion pipeline: discover → read → (clean, analyse in worker processes) → store.

Each step is a plain function; this module only wires them and keeps the tally. Reading
streams, and at most two windows of articles are in flight, so memory stays flat whatever
the corpus size.
"""

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.db import connection

from articles.ingest.indexes import drop_deferred_indexes, ensure_indexes
from articles.ingest.prepare import (
    PreparedArticle,
    default_workers,
    prepare_many,
    use_gazetteer,
)
from articles.ingest.readers import Limits, Progress, RawArticle, Rejection, discover, read_file
from articles.ingest.store import SourceCache, store_batch
from articles.linker import load_gazetteer

WINDOW = 2000  # articles handed to the workers at once
WORKER_CHUNK = 100


@dataclass
class IngestReport:
    files: int = 0
    articles_seen: int = 0
    ingested: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "files": self.files,
            "articles_seen": self.articles_seen,
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "rejected_count": len(self.rejected),
            "rejected": [rejection.as_dict() for rejection in self.rejected],
            "warnings": self.warnings,
        }


def limits_from_settings() -> Limits:
    return Limits(
        max_file_bytes=settings.INGEST_MAX_FILE_BYTES,
        max_batch_file_bytes=settings.INGEST_MAX_BATCH_FILE_BYTES,
        max_article_bytes=settings.INGEST_MAX_ARTICLE_BYTES,
    )


def read_all(
    paths: Iterable[Path], limits: Limits, progress: Progress, report: IngestReport
) -> Iterator[RawArticle]:
    for found in discover(paths):
        if isinstance(found, Rejection):
            report.rejected.append(found)
            continue
        for item in read_file(found, limits, progress):
            if isinstance(item, Rejection):
                report.rejected.append(item)
            else:
                yield item
    report.files = progress.files


def _windows(raws: Iterator[RawArticle]) -> Iterator[list[RawArticle]]:
    while window := list(islice(raws, WINDOW)):
        yield window


def _chunks(items: list, size: int) -> list[list]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def ingest_paths(
    paths: list[Path],
    limits: Limits,
    *,
    batch_size: int = 500,
    workers: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    defer_indexes: bool = False,
) -> IngestReport:
    """Ingest every article under `paths`; `on_progress(bytes_read, articles)` after each batch.

    With `defer_indexes`, the article GIN indexes are dropped for the load and built once at
    the end (see articles.ingest.indexes); a killed run leaves them to the next run.
    """
    ensure_indexes()
    if defer_indexes:
        drop_deferred_indexes()
    try:
        return _ingest(paths, limits, batch_size, workers, on_progress)
    finally:
        if defer_indexes:
            ensure_indexes()


def _ingest(paths, limits, batch_size, workers, on_progress) -> IngestReport:
    report = IngestReport()
    progress = Progress()
    sources = SourceCache()
    gazetteer = load_gazetteer()
    use_gazetteer(gazetteer)
    workers = default_workers() if workers is None else workers
    raws = read_all(paths, limits, progress, report)

    def store(prepared: list[PreparedArticle | Rejection]) -> None:
        good = []
        for item in prepared:
            if isinstance(item, Rejection):
                report.rejected.append(item)
                continue
            good.append(item)
            for warning in item.warnings:
                report.warnings.append({"file": item.file_name, "warning": warning})
        for batch in _chunks(good, batch_size):
            inserted = store_batch(batch, sources, gazetteer)
            report.ingested += inserted
            report.duplicates += len(batch) - inserted
        report.articles_seen += len(prepared)
        if on_progress:
            on_progress(progress.bytes_read, report.articles_seen)

    if workers <= 1:
        for window in _windows(raws):
            store(prepare_many(window))
        return report

    # Forked workers must not inherit an open database connection.
    connection.close()
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        pending = None
        for window in _windows(raws):
            submitted = pool.map_async(prepare_many, _chunks(window, WORKER_CHUNK))
            if pending is not None:
                store([item for chunk in pending.get() for item in chunk])
            pending = submitted
        if pending is not None:
            store([item for chunk in pending.get() for item in chunk])
    return report
