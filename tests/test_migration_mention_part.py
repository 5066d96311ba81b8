"""Migration 0010: articles stored with a dateline before it was part of the search vector
get their vector worked out again."""

import hashlib
import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from articles.models import Article
from articles.text.arabic import normalize, tsvector_literal

add_datelines = importlib.import_module(
    "articles.migrations.0010_mention_part"
).add_datelines_to_search_vectors


def stored_before(body: str, dateline: str) -> Article:
    normalized = normalize(body)
    return Article.objects.create(
        title="عنوان الخبر",
        file_name="stored-before.txt",
        raw_text=body,
        body=body,
        body_normalized=normalized,
        dateline=dateline,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        search_vector=tsvector_literal("عنوان الخبر\n" + normalized, normalized=True),
    )


@pytest.mark.django_db
def test_it_puts_the_dateline_into_the_search_vector_of_articles_stored_before():
    with_dateline = stored_before("قال المتحدث إن المشاورات مستمرة.", "الريحانية")
    without = stored_before("قال المتحدث إن المحادثات مستمرة.", "")
    assert not Article.objects.search("الريحانية").exists()
    add_datelines(apps, SimpleNamespace(connection=connection))
    found = Article.objects.search("الريحانية")
    assert list(found.values_list("pk", flat=True)) == [with_dateline.pk]
    assert Article.objects.search("المحادثات").filter(pk=without.pk).exists()  # untouched
