import time

from django.core.management.base import BaseCommand, CommandError

from articles.linker import articles_containing, articles_that_may_mention, load_gazetteer, relink
from articles.models import Article, Entity


class Command(BaseCommand):
    help = (
        "Relink articles after curation: with --entity SLUG only those whose text can contain "
        "that entity's aliases or that are linked to it; with --alias TEXT only those whose "
        "text contains that alias (an added or removed spelling); with neither, all."
    )

    def add_arguments(self, parser):
        parser.add_argument("--entity", action="append", default=[], metavar="SLUG")
        parser.add_argument("--alias", action="append", default=[], metavar="TEXT")

    def handle(self, *args, entity, alias, **options):
        started = time.perf_counter()
        found = {e.slug: e for e in Entity.objects.filter(slug__in=entity)}
        unknown = sorted(set(entity) - set(found))
        if unknown:
            raise CommandError(f"no entity with slug {', '.join(unknown)}")
        if entity or alias:
            articles = articles_containing(alias) if alias else Article.objects.none()
            for item in found.values():
                articles = articles | articles_that_may_mention(item)
        else:
            articles = Article.objects.all()
        count = relink(articles.distinct(), load_gazetteer())
        self.stdout.write(f"Relinked {count} article(s) in {time.perf_counter() - started:.2f} s.")
