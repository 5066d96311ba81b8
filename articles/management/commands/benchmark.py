from django.core.management.base import BaseCommand, CommandError

from articles.benchmarks import run_ingest_benchmark
from articles.search_benchmark import run_search_benchmark


class Command(BaseCommand):
    help = (
        "Measure in a scratch database. `ingest`: end to end beside a bare COPY of the same "
        "rows (the limit) and a naive save() loop (the baseline), with peak memory. `search`: "
        "search page server time (p50, p95) beside the bare SQL of the same queries."
    )

    def add_arguments(self, parser):
        parser.add_argument("what", choices=["ingest", "search"])
        parser.add_argument("--articles", type=int, default=10_000)
        parser.add_argument(
            "--baseline-articles",
            type=int,
            default=None,
            help="ingest: articles for the naive loop (default: min(articles, 1000)); it is slow.",
        )
        parser.add_argument("--workers", type=int, default=None)
        parser.add_argument("--keep", action="store_true", help="Keep the scratch database.")
        parser.add_argument(
            "--repeats", type=int, default=15, help="search: timed requests per query."
        )
        parser.add_argument(
            "--database",
            default=None,
            help="search: measure this database (one kept with --keep) instead of ingesting.",
        )

    def handle(self, *args, what, articles, baseline_articles, workers, keep, **options):
        if articles < 1:
            raise CommandError("--articles must be at least 1")
        if what == "search":
            if options["repeats"] < 1:
                raise CommandError("--repeats must be at least 1")
            run_search_benchmark(
                articles, options["repeats"], options["database"], keep, self.stdout.write
            )
            return
        baseline = min(articles, 1000) if baseline_articles is None else baseline_articles
        run_ingest_benchmark(articles, baseline, workers, keep, self.stdout.write)
