from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from articles.scratch import scratch_database

DEMO_FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "demo.json"
SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"


class Command(BaseCommand):
    help = (
        "Rebuild fixtures/demo.json: the gazetteer and the sample articles, ingested and "
        "linked in a scratch database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=DEMO_FIXTURE)

    def handle(self, *args, output, **options):
        with scratch_database("diplomacy_demo_build"):
            call_command("loaddata", "gazetteer", verbosity=0)
            call_command("ingest", str(SEEDS), workers=0, no_progress=True, stdout=self.stderr)
            call_command(
                "dumpdata",
                "articles",
                indent=1,
                output=str(output),
                use_natural_foreign_keys=True,
                use_natural_primary_keys=True,
                verbosity=0,
            )
        self.stdout.write(f"Wrote {output}")
