from django.core.management.base import BaseCommand, CommandError

from articles.benchmarks import run_ingest_benchmark


class Command(BaseCommand):
    help = (
        "Measure ingestion in a scratch database: end to end beside a bare COPY of the same "
        "rows (the limit) and a naive save() loop (the baseline), with peak memory."
    )

    def add_arguments(self, parser):
        parser.add_argument("what", choices=["ingest"])
        parser.add_argument("--articles", type=int, default=10_000)
        parser.add_argument(
            "--baseline-articles",
            type=int,
            default=None,
            help="Articles for the naive loop (default: min(articles, 1000)); it is slow.",
        )
        parser.add_argument("--workers", type=int, default=None)
        parser.add_argument("--keep", action="store_true", help="Keep the scratch database.")

    def handle(self, *args, what, articles, baseline_articles, workers, keep, **options):
        if articles < 1:
            raise CommandError("--articles must be at least 1")
        baseline = min(articles, 1000) if baseline_articles is None else baseline_articles
        run_ingest_benchmark(articles, baseline, workers, keep, self.stdout.write)
