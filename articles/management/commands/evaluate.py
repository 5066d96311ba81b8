import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.evaluation import GoldFileError, evaluate


class Command(BaseCommand):
    help = (
        "Precision, recall and F1 of people, places, organizations, envoys and meetings against "
        "a gold file, and the share of articles whose true date lies in the estimated interval."
    )

    def add_arguments(self, parser):
        parser.add_argument("gold", type=Path)
        parser.add_argument("--errors", action="store_true", help="List every miss and extra.")
        parser.add_argument(
            "--visits-with-host",
            action="store_true",
            help="The gold file lists a visit as the visitor and the state visited: score a "
            "visit found with its visitor alone so (left out otherwise).",
        )

    def handle(self, *args, gold, errors, visits_with_host, **options):
        try:
            data = json.loads(gold.read_text(encoding="utf-8"))
            if not isinstance(data.get("articles"), list):
                raise ValueError('no list of "articles"')
        except (OSError, ValueError, AttributeError) as error:
            raise CommandError(f"cannot read gold file {gold}: {error}") from None
        try:
            result = evaluate(data, visits_with_host=visits_with_host)
        except GoldFileError as error:
            raise CommandError(f"gold file {gold}: {error}") from None
        if len(result.missing_articles) == len(data["articles"]):
            raise CommandError(
                "none of the gold file's articles is in the archive: ingest them first "
                "(e.g. `manage.py loaddata demo` for the samples)"
            )
        if result.missing_articles:
            self.stderr.write(
                "not in the archive (ingest them first): " + ", ".join(result.missing_articles)
            )
        self.stdout.write(f"{'':15} {'precision':>9} {'recall':>7} {'F1':>6}   tp  fp  fn")
        for name, score in result.scores.items():
            self.stdout.write(
                f"{name:15} {score.precision:>9.3f} {score.recall:>7.3f} {score.f1:>6.3f}  "
                f"{score.true_positives:>3} {score.false_positives:>3} {score.false_negatives:>3}"
            )
        self.stdout.write(f"dates in interval: {result.dates_in_interval} of {result.dates_total}")
        if errors:
            for name, score in result.scores.items():
                for line in score.errors:
                    self.stdout.write(f"  {name}: {line}")
            for line in result.date_details:
                self.stdout.write(f"  date: {line}")
