"""The ingest benchmark's measurements on a small synthetic archive (the rates themselves are
the command's business, not a test's: only that each one measures what it says)."""

import pytest
from django.core.management import call_command

from articles.bench_corpus_files import write_corpus
from articles.benchmarks import measure_bare_copy, measure_naive_loop, measure_relink
from articles.models import Article, Mention


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    write_corpus(folder, 120, seed=5, per_jsonl=50)
    return folder


def _stored() -> tuple[set, int]:
    return set(Article.objects.values_list("content_hash", flat=True)), Mention.objects.count()


# TRUNCATE refuses to run with the ingestion's deferred checks pending in a test transaction.
@pytest.mark.django_db(transaction=True)
def test_it_copies_back_exactly_the_rows_ingestion_stored(gazetteer, corpus, tmp_path):
    call_command("ingest", str(corpus), workers=0, no_progress=True, stdout=None)
    hashes, mentions = _stored()
    assert len(hashes) == 120 and mentions > 120

    figure = measure_bare_copy(tmp_path)

    assert figure.articles == 120 and figure.seconds > 0
    assert _stored() == (hashes, mentions)
    assert Article.objects.search("سوريا").exists()


@pytest.mark.django_db
def test_it_relinks_the_articles_of_an_alias_found_in_few_of_them(gazetteer, corpus):
    call_command("ingest", str(corpus), workers=0, no_progress=True, stdout=None)

    figure = measure_relink(Article.objects.count())

    assert figure is not None
    assert 0 < figure.articles <= 0.02 * 120 + 1
    assert figure.label.startswith("relink after editing «")


@pytest.mark.django_db
def test_it_times_the_naive_loop_on_the_first_articles(gazetteer, corpus):
    figure = measure_naive_loop(corpus, 10)

    assert figure.articles == 10
    assert Article.objects.count() == 10
    assert Mention.objects.exists()
