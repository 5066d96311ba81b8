"""Migration 0009: articles stored before Persian letters were folded get their normalised
text, search vector and content hash worked out again."""

import hashlib
import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from articles.ingest.prepare import content_hash
from articles.models import Alias, Article, Entity
from articles.text.arabic import normalize

refold = importlib.import_module("articles.migrations.0009_persian_letters_folded").refold


def stored_before_the_fold(body: str) -> Article:
    return Article.objects.create(
        title="",
        file_name="stored-before.txt",
        raw_text=body,
        body=body,
        body_normalized=body,  # as an earlier normaliser left it: Persian letters kept
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
    )


@pytest.mark.django_db
def test_it_folds_the_stored_text_and_search_vector_of_articles_with_persian_letters():
    persian = stored_before_the_fold("افتتح فی اسطنبول مؤتمر اصدقاء سوریا")
    arabic = stored_before_the_fold("افتتح في اسطنبول مؤتمر اصدقاء سوريا اليوم")
    untouched = arabic.body_normalized
    refold(apps, SimpleNamespace(connection=connection))
    persian.refresh_from_db()
    arabic.refresh_from_db()
    assert persian.body_normalized == normalize(persian.body)
    assert "سوريا" in persian.body_normalized and "ی" not in persian.body_normalized
    assert persian.content_hash == content_hash(persian.body_normalized)
    assert Article.objects.search("سوريا").filter(pk=persian.pk).exists()
    assert arabic.body_normalized == untouched  # no Persian letter: not rewritten


@pytest.mark.django_db
def test_it_folds_the_stored_form_of_aliases_with_persian_letters():
    entity = Entity.objects.create(
        slug="masoud-pezeshkian", name="Masoud Pezeshkian", kind="person"
    )
    alias = Alias.objects.create(entity=entity, language="ar", text="مسعود بزشکیان")
    Alias.objects.filter(pk=alias.pk).update(normalized="مسعود بزشکیان")  # as stored before
    refold(apps, SimpleNamespace(connection=connection))
    alias.refresh_from_db()
    assert alias.normalized == "مسعود بزشكيان"
