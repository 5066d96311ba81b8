import json

import pytest
from django.core.management import call_command

from tests.conftest import GOLD, SEEDS

GOLD_SEARCH = json.loads((GOLD / "search.json").read_text(encoding="utf-8"))
# Queries by an English entity name need the entity linking of issue 3.
ARABIC_QUERIES = [query for query in GOLD_SEARCH["queries"] if not query["q"].isascii()]


@pytest.fixture
def samples(db):
    call_command("ingest", str(SEEDS), workers=0, no_progress=True, stdout=None)


def result_files(response):
    return sorted(article.file_name[:3] for article in response.context["page"].object_list)


@pytest.mark.parametrize("case", ARABIC_QUERIES, ids=[query["q"] for query in ARABIC_QUERIES])
def test_it_answers_the_gold_queries(client, samples, case):
    found = result_files(client.get("/", {"q": case["q"]}))
    assert set(case["include"]) <= set(found)
    assert not set(case["exclude"]) & set(found)


def test_it_lists_every_article_without_a_query(client, samples):
    response = client.get("/")
    assert response.status_code == 200
    assert len(result_files(response)) == 5


def test_it_shows_a_clear_empty_state(client, samples):
    response = client.get("/", {"q": "ذذذذ"})
    assert response.status_code == 200
    assert b"No article matches" in response.content


@pytest.mark.parametrize(
    "params",
    [
        {"q": "a\x00b"},
        {"q": "لافروف " * 2000},
        {"q": "!&|<->():*'"},
        {"page": "abc"},
        {"page": "-1"},
        {"page": "999999999999999999999"},
    ],
)
def test_it_never_fails_on_bad_parameters(client, samples, params):
    assert client.get("/", params).status_code == 200


def test_it_escapes_article_text(client, db, tmp_path):
    (tmp_path / "x.txt").write_text("<script>alert(1)</script> لافروف في موسكو اليوم", "utf-8")
    call_command("ingest", str(tmp_path), workers=0, no_progress=True, stdout=None)
    response = client.get("/", {"q": "لافروف"})
    assert b"<script>alert" not in response.content
    assert b"&lt;script&gt;" in response.content
