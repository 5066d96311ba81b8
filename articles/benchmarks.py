"""Ingestion benchmark: end to end, beside a bare COPY (the limit) and a naive save() loop.

Runs in a scratch database created for the run and dropped after it, so the archive's own
data is never touched. `manage.py benchmark ingest --articles N` prints the figures.
"""

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction

from articles.bench_corpus_files import write_corpus
from articles.ingest.pipeline import IngestReport, limits_from_settings, read_all
from articles.ingest.prepare import PreparedArticle, prepare
from articles.ingest.readers import Progress
from articles.ingest.store import COLUMNS, SourceCache
from articles.linker import articles_containing, load_gazetteer, relink
from articles.models import Alias, Article, Entity, Mention
from articles.scratch import database_url, scratch_database


@dataclass
class Figure:
    label: str
    articles: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else float("inf")


def peak_memory_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def _truncate_articles() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {Article._meta.db_table} CASCADE")


def _copy_tables() -> list[tuple[str, str]]:
    """The tables ingestion writes in bulk, with the columns it writes."""
    mention_columns = 'article_id, entity_id, part, start, "end", surface, reason, role'
    return [
        (Article._meta.db_table, "id, " + ", ".join(COLUMNS) + ", ingested_at"),
        (Mention._meta.db_table, mention_columns),
    ]


def measure_bare_copy(dump_dir: Path) -> Figure:
    """Dump the stored rows, empty the tables, and time one COPY of them back in each, into
    the same tables with the same indexes as the ingestion it is compared with."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {Article._meta.db_table}")
        count = cursor.fetchone()[0]
        for table, columns in _copy_tables():
            with (
                (dump_dir / table).open("wb") as dump,
                cursor.copy(f"COPY {table} ({columns}) TO STDOUT (FORMAT binary)") as copy,
            ):
                for block in copy:
                    dump.write(block)
    _truncate_articles()
    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        for table, columns in _copy_tables():
            with (
                (dump_dir / table).open("rb") as dump,
                cursor.copy(f"COPY {table} ({columns}) FROM STDIN (FORMAT binary)") as copy,
            ):
                while block := dump.read(1 << 20):
                    copy.write(block)
            # The mentions' deferred foreign-key checks are planned at COMMIT from the
            # articles' statistics; an autovacuum ANALYZE of the just-truncated table would
            # leave them at zero rows and make each of the million checks a sequential scan.
            cursor.execute(f"ANALYZE {table}")
    return Figure("bare COPY of the final rows", count, time.perf_counter() - started)


def _naive_row(article: PreparedArticle, sources: SourceCache) -> Article:
    published = article.published
    source_id = sources.ids_for({article.source_name}).get(article.source_name)
    return Article(
        title=article.title,
        source_id=source_id,
        url=article.url,
        file_name=article.file_name,
        raw_text=article.raw_text,
        body=article.body,
        body_normalized=article.body_normalized,
        dateline=article.dateline,
        removed=json.loads(article.removed_json),
        content_hash=article.content_hash,
        published_earliest=published.earliest,
        published_latest=published.latest,
        published_best=published.best,
        published_precision=published.precision,
        published_evidence=list(published.evidence),
        search_vector=article.search_vector,
        entity_slugs=list(article.entity_slugs),
        meeting_place_slugs=list(article.meeting_place_slugs),
        event_kinds=list(article.event_kinds),
    )


def measure_naive_loop(corpus: Path, limit: int) -> Figure:
    """One prepare() and one save() per article and per mention, each its own transaction."""
    _truncate_articles()
    sources = SourceCache()
    entity_ids = dict(Entity.objects.values_list("slug", "id"))
    count = 0
    started = time.perf_counter()
    for raw in read_all([corpus], limits_from_settings(), Progress(), IngestReport()):
        if count >= limit:
            break
        prepared = prepare(raw)
        if isinstance(prepared, PreparedArticle):
            article = _naive_row(prepared, sources)
            article.save()
            parts = prepared.analysis.matches_by_part() if prepared.analysis else ()
            for part, matches in parts:
                for match in matches:
                    if match.entity in entity_ids:
                        Mention.objects.get_or_create(
                            article=article,
                            entity_id=entity_ids[match.entity],
                            start=match.start,
                            part=part,
                            defaults={"end": match.end, "surface": match.surface[:300]},
                        )
            count += 1
    return Figure("naive save() per article", count, time.perf_counter() - started)


def ingest_in_child(label: str, corpus: Path, workers: int | None, bulk: str) -> tuple:
    """`manage.py ingest` itself, in a child process, so that its peak memory is measured."""
    _truncate_articles()
    report_path = corpus.parent / "report.json"
    command = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "ingest", str(corpus)]
    command += ["--no-progress", "--report", str(report_path), "--bulk", bulk]
    if workers is not None:
        command += ["--workers", str(workers)]
    env = {**os.environ, "DATABASE_URL": database_url(connection.settings_dict)}
    connection.close()
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    report = json.loads(report_path.read_text(encoding="utf-8"))
    return Figure(label, report["ingested"], seconds), report


def _alias_to_edit(total: int) -> Alias | None:
    """An Arabic alias found in roughly 0.2–2% of the articles: a typical curator's edit."""
    for alias in Alias.objects.filter(language="ar", ambiguous=False).order_by("id"):
        hits = articles_containing([alias.text]).count()
        if 0.002 * total <= hits <= 0.02 * total:
            return alias
    return None


def measure_relink(total: int) -> Figure | None:
    alias = _alias_to_edit(total)
    if alias is None:
        return None
    started = time.perf_counter()
    count = relink(articles_containing([alias.text]).distinct(), load_gazetteer())
    return Figure(f"relink after editing «{alias.text}»", count, time.perf_counter() - started)


def run_ingest_benchmark(
    articles: int, baseline_articles: int, workers: int | None, keep: bool, write
) -> dict:
    with tempfile.TemporaryDirectory(prefix="diplomacy-bench-") as scratch:
        corpus = Path(scratch) / "corpus"
        corpus.mkdir()
        started = time.perf_counter()
        written = write_corpus(corpus, articles)
        write(
            f"corpus: {articles} synthetic articles, {written['bytes'] / 1e6:.1f} MB "
            f"({written.get('txt', 0)} .txt files, {written.get('jsonl_files', 0)} .jsonl files), "
            f"generated in {time.perf_counter() - started:.1f} s"
        )
        with scratch_database("diplomacy_benchmark", keep=keep):
            plain, _ = ingest_in_child("end to end, no gazetteer", corpus, workers, "no")
            call_command("loaddata", "gazetteer", verbosity=0)
            write(f"gazetteer: {Entity.objects.count()} entities, {Alias.objects.count()} aliases")
            linked, report = ingest_in_child("end to end, with linking", corpus, workers, "no")
            _, ingest_mb = peak_memory_mb()
            bare = measure_bare_copy(Path(scratch))
            relinked = measure_relink(articles)
            naive = measure_naive_loop(corpus, baseline_articles)
    figures = [plain, linked, bare, naive] + ([relinked] if relinked else [])
    write("")
    write(f"{'':44} {'articles':>9} {'seconds':>9} {'articles/s':>11}")
    for figure in figures:
        write(f"{figure.label:44} {figure.articles:>9} {figure.seconds:>9.2f} {figure.rate:>11.0f}")
    write("")
    write(
        f"with linking, end to end reaches {linked.rate / bare.rate:.0%} of the bare COPY rate "
        f"and {linked.rate / naive.rate:.1f}x the naive loop; without, {plain.rate / bare.rate:.0%}"
        f"; {report['duplicates']} duplicates, {report['rejected_count']} rejected"
    )
    if relinked is None:
        write("relink: no alias occurs in 0.2–2% of the articles; not measured")
    write(f"peak memory of manage.py ingest: {ingest_mb:.0f} MB (largest of its processes)")
    return {"figures": figures, "peak_mb": ingest_mb}
