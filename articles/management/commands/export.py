import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.export import export_dicts, with_links
from articles.models import Article


class Command(BaseCommand):
    help = "Export every article, one JSON object a line (fields as in DESIGN.md)."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["jsonl"], default="jsonl")
        parser.add_argument("--output", type=Path, help="File to write (default: standard output).")

    def handle(self, *args, format, output, **options):
        articles = with_links(Article.objects.order_by("id")).iterator(chunk_size=500)
        try:
            handle = output.open("w", encoding="utf-8") if output else None
        except OSError as error:
            raise CommandError(f"cannot write {output}: {error.strerror}") from None
        count = 0
        try:
            for data in export_dicts(articles):
                line = json.dumps(data, ensure_ascii=False)
                if handle:
                    handle.write(line + "\n")
                else:
                    self.stdout.write(line)
                count += 1
        finally:
            if handle:
                handle.close()
        if output:
            self.stderr.write(f"Exported {count} article(s) to {output}")
