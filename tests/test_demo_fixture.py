"""`loaddata demo` brings up the archive; the fixture must match what the pipeline makes now
(rebuild it with `make fixtures` after changing the pipeline or the gazetteer)."""

import json

from django.core.management import call_command

from articles.models import Article, Entity, Event, Mention
from tests.conftest import PROJECT, SEEDS

DEMO = json.loads((PROJECT / "fixtures" / "demo.json").read_text(encoding="utf-8"))


def _fixture_articles():
    articles = {}
    for item in DEMO:
        if item["model"] == "articles.article":
            fields = dict(item["fields"])
            for name in ("entity_slugs", "meeting_place_slugs", "event_kinds"):
                # dumpdata writes array fields as JSON text.
                if isinstance(fields[name], str):
                    fields[name] = json.loads(fields[name])
            articles[fields["content_hash"]] = fields
    return articles


def test_it_loads_entities_and_linked_samples_and_reloads_without_duplicates(db):
    call_command("loaddata", "demo", verbosity=0)
    assert Article.objects.count() == 5
    assert Entity.objects.count() >= 300
    assert Mention.objects.exists() and Event.objects.exists()
    assert Article.objects.filter(entity_slugs__contains=["kofi-annan"]).count() == 1
    mentions = Mention.objects.count()
    call_command("loaddata", "demo", verbosity=0)
    assert Article.objects.count() == 5
    assert Mention.objects.count() == mentions


def test_it_matches_what_ingestion_produces_now(linked_samples):
    fixture = _fixture_articles()
    for article in Article.objects.all():
        stored = fixture[article.content_hash]
        assert stored["body"] == article.body, "rebuild fixtures/demo.json: make fixtures"
        assert stored["entity_slugs"] == article.entity_slugs, "rebuild: make fixtures"
        assert stored["meeting_place_slugs"] == article.meeting_place_slugs
        assert stored["published_evidence"] == article.published_evidence
        assert stored["search_vector"] == article.search_vector


def test_it_holds_every_sample(db):
    assert len(_fixture_articles()) == len(list(SEEDS.glob("*.txt")))
