import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.utils import OperationalError

from articles.ingest.pipeline import ingest_paths, limits_from_settings


class Command(BaseCommand):
    help = (
        "Load articles from files or folders (recursive): .txt (one article a file), "
        ".jsonl and .csv (fields title, body, url, source, published; body required)."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument(
            "--report",
            type=Path,
            help="Write a JSON report (counts, rejected inputs with reasons).",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="Processes that analyse and store articles (default: one a core, at most "
            "two; 0 or 1: all in this process).",
        )
        parser.add_argument("--batch-size", type=int, default=settings.INGEST_BATCH_SIZE)
        parser.add_argument("--no-progress", action="store_true", help="Never show a progress bar.")
        parser.add_argument(
            "--bulk",
            choices=["yes", "no"],
            default="no",
            help="Drop the search indexes for the load and build them once at the end (no "
            "faster on 2 cores, where the workers already keep both busy).",
        )

    def handle(self, *args, paths, report, workers, batch_size, no_progress, bulk, **options):
        missing = [str(path) for path in paths if not path.exists()]
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}")
        if batch_size < 1 or (workers is not None and workers < 0):
            raise CommandError("--batch-size must be at least 1 and --workers at least 0")
        try:
            connection.ensure_connection()
        except OperationalError as error:
            raise CommandError(f"database unreachable: {error}".strip()) from None

        limits = limits_from_settings()
        total = sum(_size(path) for path in paths)
        bar = None
        if not no_progress and sys.stderr.isatty():
            from tqdm import tqdm

            bar = tqdm(total=total, unit="B", unit_scale=True, desc="ingest", file=sys.stderr)

        def on_progress(bytes_read: int, articles: int) -> None:
            if bar is not None:
                bar.update(bytes_read - bar.n)
                bar.set_postfix(articles=articles)

        try:
            result = ingest_paths(
                paths,
                limits,
                batch_size=batch_size,
                workers=workers,
                on_progress=on_progress,
                defer_indexes=bulk == "yes",
            )
        except OperationalError as error:
            raise CommandError(f"database error: {error}".strip()) from None
        finally:
            if bar is not None:
                bar.close()

        for rejection in result.rejected:
            where = f" ({rejection.location})" if rejection.location else ""
            self.stderr.write(f"rejected {rejection.path}{where}: {rejection.reason}")
        summary = (
            f"Ingested {result.ingested} new article(s); {result.duplicates} duplicate(s) "
            f"already stored; {len(result.rejected)} input(s) rejected; "
            f"{result.files} file(s) read."
        )
        self.stdout.write(summary)
        if result.ingested == 0 and result.duplicates and not result.rejected:
            self.stdout.write("Nothing new: every article was already in the archive.")
        if report:
            report.write_text(
                json.dumps(result.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
            )
            self.stdout.write(f"Report written to {report}")


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(child.stat().st_size for child in path.rglob("*") if child.is_file())
