"""Migrations 0009 (Persian letters) and 0012 (letters borrowed for v, g, p, ch, zh):
articles stored before the letters were folded get their normalised text, search vector and
content hash worked out again, and aliases their normalised form."""

import hashlib
import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from articles.ingest.prepare import content_hash
from articles.models import Alias, Article, Entity
from articles.text.arabic import normalize

MIGRATIONS = {
    "persian": ("0009_persian_letters_folded", "افتتح فی اسطنبول مؤتمر اصدقاء سوریا", "سوريا"),
    "borrowed": ("0012_borrowed_letters_folded", "وصل ڤلاديمير پوتين إلى ژنيف", "بوتين"),
}
ALIASES = {
    "persian": ("مسعود بزشکیان", "مسعود بزشكيان"),
    "borrowed": ("سيرغي لاڤروڤ", "سيرغي لافروف"),
}


def refold(name):
    module = importlib.import_module(f"articles.migrations.{MIGRATIONS[name][0]}")
    module.refold(apps, SimpleNamespace(connection=connection))


def stored_before_the_fold(body: str) -> Article:
    return Article.objects.create(
        title="",
        file_name=f"stored-before-{len(body)}.txt",
        raw_text=body,
        body=body,
        body_normalized=body,  # as an earlier normaliser left it: the letters kept
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
    )


@pytest.mark.django_db
@pytest.mark.parametrize("name", MIGRATIONS)
def test_it_folds_the_stored_text_and_search_vector_of_articles_with_the_letters(name):
    _, body, word = MIGRATIONS[name]
    stored = stored_before_the_fold(body)
    arabic = stored_before_the_fold("افتتح في اسطنبول مؤتمر اصدقاء سوريا اليوم بحضور بوتين")
    untouched = arabic.body_normalized
    refold(name)
    stored.refresh_from_db()
    arabic.refresh_from_db()
    assert stored.body_normalized == normalize(stored.body)
    assert word in stored.body_normalized
    assert stored.content_hash == content_hash(stored.body_normalized)
    assert Article.objects.search(word).filter(pk=stored.pk).exists()
    assert arabic.body_normalized == untouched  # none of the letters: not rewritten


@pytest.mark.django_db
@pytest.mark.parametrize("name", ALIASES)
def test_it_folds_the_stored_form_of_aliases_with_the_letters(name):
    text, folded = ALIASES[name]
    entity = Entity.objects.create(slug="someone", name="Someone", kind="person")
    alias = Alias.objects.create(entity=entity, language="ar", text=text)
    Alias.objects.filter(pk=alias.pk).update(normalized=text)  # as stored before
    refold(name)
    alias.refresh_from_db()
    assert alias.normalized == folded
