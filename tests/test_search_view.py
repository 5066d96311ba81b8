"""The search page `/` over the five linked sample articles (tests/data/gold/search.json)."""

import csv
import io
import json
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.test.utils import CaptureQueriesContext

from articles.export import export_dicts, with_links
from articles.models import Article, Entity
from articles.querysets import ArticleQuerySet
from tests.conftest import GOLD

GOLD_SEARCH = json.loads((GOLD / "search.json").read_text(encoding="utf-8"))
QUERIES = GOLD_SEARCH["queries"]
FILTERS = GOLD_SEARCH["filters"]
FILTER_NAMES = ("envoy", "person", "place", "meeting_place", "organization")
ALL = ["000", "001", "002", "003", "004"]


@pytest.fixture
def linked_samples(module_samples, db):
    return None


def result_files(response):
    return [result.article.file_name[:3] for result in response.context["results"]]


def slug_for(name: str) -> str:
    """A gold file's entity name (English name or English alias) as the slug the URL takes."""
    return (
        Entity.objects.filter(
            Q(name__iexact=name) | Q(aliases__language="en", aliases__text__iexact=name)
        )
        .distinct()
        .get()
        .slug
    )


def notices(response):
    return " ".join(str(notice) for notice in response.context["notices"])


@pytest.mark.parametrize("case", QUERIES, ids=[query["q"] for query in QUERIES])
def test_it_answers_every_gold_query(client, linked_samples, case):
    response = client.get("/", {"q": case["q"]})
    assert response.status_code == 200
    found = set(result_files(response))
    assert set(case["include"]) <= found
    assert not set(case["exclude"]) & found


@pytest.mark.parametrize("case", FILTERS, ids=lambda case: "+".join(sorted(case)[:3]))
def test_it_answers_every_gold_filter(client, linked_samples, case):
    params = {key: slug_for(value) for key, value in case.items() if key in FILTER_NAMES}
    if "q" in case:
        params["q"] = case["q"]
    response = client.get("/", params)
    assert response.status_code == 200
    assert not notices(response)
    found = set(result_files(response))
    assert set(case["include"]) <= found
    assert not set(case["exclude"]) & found


@pytest.mark.parametrize(
    ("query", "slug", "kind"),
    [
        ("Brahimi", "lakhdar-brahimi", "envoy"),
        ("Kofi Annan", "kofi-annan", "envoy"),
        ("de Mistura", "staffan-de-mistura", "envoy"),
        ("Lavrov", "sergey-lavrov", "person"),
        ("Sochi", "sochi", "place"),
        ("Aleppo", "aleppo", "place"),
        ("عنان", "kofi-annan", "envoy"),
        ('"الأخضر الإبراهيمي"', "lakhdar-brahimi", "envoy"),
    ],
)
def test_it_shows_the_entity_a_name_names_as_a_card(client, linked_samples, query, slug, kind):
    response = client.get("/", {"q": query})
    cards = response.context["search"].cards
    assert [card["entity"].slug for card in cards] == [slug]
    card = cards[0]
    assert card["url"] == card["entity"].get_absolute_url()
    assert card["filter_url"] == f"?{kind}={slug}"  # the name becomes the filter
    html = response.content.decode()
    assert f'href="{card["url"]}"' in html
    assert f"<bdi>{card['entity'].name_ar}</bdi>" in html
    # the one-click filter finds the same articles as the name
    filtered = client.get("/" + card["filter_url"])
    assert sorted(result_files(filtered)) == sorted(result_files(response))


def test_it_summarises_a_persons_roles_on_the_card(client, linked_samples):
    response = client.get("/", {"q": "Kofi Annan"})
    roles = response.context["search"].cards[0]["roles"]
    assert roles[0].startswith("Joint Special Envoy") and "(2012)" in roles[0]
    assert any("Secretary-General" in role for role in roles)


def test_it_shows_no_card_for_ordinary_words(client, linked_samples):
    response = client.get("/", {"q": "وقف اطلاق النار"})
    assert response.context["search"].cards == []


def test_it_highlights_the_arabic_name_for_an_english_query(client, linked_samples):
    response = client.get("/", {"q": "Brahimi"})
    first = response.context["results"][0]
    assert "<mark>" in first.snippet_html
    # the whole name is one mark where both words are there («الأخضر الإبراهيمى»)
    assert re.search("<mark>(الأخضر )?الإبراهيمى</mark>", response.content.decode())


def test_it_marks_clitic_forms_in_snippets(client, linked_samples):
    Article.objects.filter(file_name__startswith="003").update(body="قال بوتين لعنان كلاما.")
    response = client.get("/", {"q": "عنان"})
    assert "<mark>لعنان</mark>" in response.content.decode()


def test_it_combines_a_query_with_filters(client, linked_samples):
    response = client.get("/", {"q": "لافروف", "meeting_place": "moscow"})
    assert sorted(result_files(response)) == ["001", "003", "004"]
    response = client.get("/", {"q": "لافروف", "meeting_place": "moscow", "kind": "visit"})
    assert result_files(response) == ["004"]
    response = client.get("/", {"q": "Lavrov", "envoy": "kofi-annan", "date_from": "2012"})
    assert result_files(response) == ["003"]
    response = client.get("/", {"q": "Lavrov", "envoy": "lakhdar-brahimi", "date_from": "2014"})
    assert result_files(response) == ["001"]  # estimated 2013-02-01..2014-05-31: overlaps
    response = client.get("/", {"q": "Lavrov", "envoy": "lakhdar-brahimi", "date_from": "2015"})
    assert result_files(response) == []


def _facet(response, name):
    groups = {group["name"]: group for group in response.context["search"].facets}
    return {item["value"]: item["count"] for item in groups[name]["items"]}


def test_it_counts_facets_over_the_current_results(client, linked_samples):
    articles = list(Article.objects.filter(file_name__regex=r"^00[134]"))
    response = client.get("/", {"q": "لافروف"})
    assert sorted(result_files(response)) == ["001", "003", "004"]
    assert response.context["search"].facets_sampled is False

    def expected(values):
        counts = {}
        for value_list in values:
            for value in value_list:
                counts[value] = counts.get(value, 0) + 1
        return counts

    meeting_places = _facet(response, "meeting_place")
    assert meeting_places == expected(a.meeting_place_slugs for a in articles)
    assert meeting_places["moscow"] == 3 and meeting_places["geneva"] == 2
    assert _facet(response, "kind") == expected(a.event_kinds for a in articles)
    people = _facet(response, "person")
    assert people["sergey-lavrov"] == 3 and people["john-kerry"] == 2
    assert _facet(response, "envoy") == {
        "lakhdar-brahimi": 1,
        "kofi-annan": 1,
        "staffan-de-mistura": 1,
    }
    assert _facet(response, "place")["moscow"] == 3
    assert _facet(response, "source") == {"دام برس": 1}
    years = _facet(response, "year")
    assert years == {"2012": 1, "2013": 1, "2014": 1, "2016": 1}  # the years each interval covers


def test_facet_links_add_the_filter_and_keep_the_query(client, linked_samples):
    response = client.get("/", {"q": "لافروف"})
    groups = {group["name"]: group for group in response.context["search"].facets}
    geneva = next(item for item in groups["meeting_place"]["items"] if item["value"] == "geneva")
    assert geneva["url"] == "?q=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81&meeting_place=geneva"
    followed = client.get("/" + geneva["url"])
    assert len(result_files(followed)) == geneva["count"]
    year = next(item for item in groups["year"]["items"] if item["value"] == "2012")
    assert "date_from=2012" in year["url"] and "date_to=2012" in year["url"]
    assert result_files(client.get("/" + year["url"])) == ["003"]


def test_it_says_facets_are_estimates_over_a_sample(client, linked_samples, monkeypatch):
    monkeypatch.setattr("articles.views.search.FACET_SAMPLE", 2)
    response = client.get("/")
    search = response.context["search"]
    assert search.facets_sampled and search.facet_sample == 2
    assert "Counts are estimates" in response.content.decode()
    assert all(item["count"] >= 1 for group in search.facets for item in group["items"])


def test_it_removes_an_active_filter_in_one_click(client, linked_samples):
    response = client.get(
        "/", {"q": "لافروف", "person": "john-kerry", "meeting_place": "moscow", "page": "1"}
    )
    assert sorted(result_files(response)) == ["001", "004"]
    active = {chip["name"]: chip for chip in response.context["search"].active}
    assert set(active) == {"John Kerry", "Moscow"}
    remove = active["John Kerry"]["remove_url"]
    assert remove == "?q=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81&meeting_place=moscow"
    assert f'href="{remove.replace("&", "&amp;")}"' in response.content.decode()
    after = client.get("/" + remove)
    assert sorted(result_files(after)) == ["001", "003", "004"]
    assert [chip["name"] for chip in after.context["search"].active] == ["Moscow"]


def test_it_keeps_all_state_in_the_url(client, linked_samples):
    params = {"q": "لافروف", "person": "sergey-lavrov", "kind": "meeting", "sort": "date"}
    response = client.get("/", params)
    html = response.content.decode()
    assert 'name="person" value="sergey-lavrov"' in html  # kept when the form is resubmitted
    assert '<option value="meeting" selected>' in html
    context = response.context
    for url in (context["csv_url"], context["json_url"]):
        assert "person=sergey-lavrov" in url and "kind=meeting" in url and "sort=date" in url


def test_it_sorts_by_relevance_or_date(client, linked_samples):
    dates = {a.file_name[:3]: a.published_best for a in Article.objects.all()}
    newest = sorted(ALL, key=lambda f: dates[f], reverse=True)
    assert result_files(client.get("/")) == newest
    assert result_files(client.get("/", {"sort": "-date"})) == newest
    assert result_files(client.get("/", {"sort": "date"})) == newest[::-1]
    ranked = client.get("/", {"q": "لافروف"})
    assert ranked.context["search"].sort == "relevance"
    by_date = client.get("/", {"q": "لافروف", "sort": "date"})
    assert result_files(by_date) == ["003", "001", "004"]


def test_it_caps_pagination_and_says_so(client, linked_samples, monkeypatch):
    monkeypatch.setattr("articles.views.search.PAGE_SIZE", 2)
    monkeypatch.setattr("articles.views.search.MAX_PAGES", 2)
    monkeypatch.setattr("articles.views.search.RANK_CANDIDATES", 4)
    first = client.get("/")
    second = client.get("/", {"page": "2"})
    assert len(result_files(first)) == len(result_files(second)) == 2
    assert not set(result_files(first)) & set(result_files(second))
    assert first.context["search"].pages == 2
    assert first.context["next_url"] == "?page=2"
    capped = client.get("/", {"page": "3"})
    assert capped.status_code == 200
    assert "Only the first 2 pages" in notices(capped)
    assert result_files(capped) == result_files(second)


def test_it_exports_csv_with_a_bom_arabic_and_no_formulas(client, linked_samples):
    Article.objects.filter(file_name__startswith="002").update(title="=cmd|' /C calc'!A0")
    response = client.get("/", {"format": "csv", "q": "سوريا OR Syria"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    by_file = {row["file"][:3]: row for row in rows}
    assert set(by_file) == set(ALL)
    assert by_file["002"]["title"] == "'=cmd|' /C calc'!A0"
    assert by_file["004"]["title"] == "دي ميستورا في موسكو لإنقاذ الهدنة في سوريا"
    assert "Staffan de Mistura" in by_file["004"]["envoys"]
    assert "Sergey Lavrov" in by_file["004"]["people"] and "Aleppo" in by_file["004"]["places"]
    assert by_file["004"]["published_precision"] == "year"
    assert list(rows[0]) == [
        "id", "file", "title", "source", "url", "published_best", "published_earliest",
        "published_latest", "published_precision", "envoys", "people", "places", "organizations",
    ]  # fmt: skip


def test_it_exports_json_with_the_export_fields(client, linked_samples):
    response = client.get("/", {"format": "json", "q": "Lavrov", "sort": "date"})
    assert response.status_code == 200
    data = json.loads(b"".join(response.streaming_content))
    assert data["count"] == 3 and data["capped"] is False and data["query"] == "Lavrov"
    assert [item["file"][:3] for item in data["results"]] == ["003", "001", "004"]
    ids = [item["id"] for item in data["results"]]
    articles = {a.id: a for a in with_links(Article.objects.filter(id__in=ids))}
    expected = list(export_dicts(articles[i] for i in ids))
    assert data["results"] == json.loads(json.dumps(expected))
    assert set(data["results"][0]) >= {
        "id", "file", "url", "title", "source", "body", "published", "people", "places",
        "organizations", "events",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "a\x00b"}, ""),
        ({"q": "\x00"}, ""),
        ({"person": "sergey-lavrov\x00"}, ""),
        ({"q": "لافروف " * 2000}, "cut to its first"),
        ({"q": "x" * 10_240}, "cut to its first"),
        ({"q": " ".join(f"w{n}" for n in range(60))}, "Only the first 32 words"),
        ({"q": "!&|<->():*'\\"}, ""),
        ({"page": "abc"}, "not a page number"),
        ({"page": "-1"}, "not a page number"),
        ({"page": "0"}, "not a page number"),
        ({"page": "999999999999999999999"}, "not a page number"),
        ({"page": "7"}, "no page 7"),
        ({"date_from": "2016-02-30"}, "not a date"),
        ({"date_to": "\x00"}, ""),
        ({"date_from": "2016", "date_to": "2012"}, "start date is after"),
        ({"person": "no-such-person"}, "no-such-person"),
        ({"person": "aleppo"}, "not a person"),
        ({"envoy": "sergey-lavrov"}, "No envoy"),
        ({"envoy": "<script>"}, "No envoy"),
        ({"kind": "dinner"}, "No event kind"),
        ({"source": "x" * 500}, ""),
        ({"sort": "price"}, "Unknown sort"),
        ({"sort": "relevance"}, "needs search words"),
        ({"format": "xml"}, "Unknown export format"),
        ({"person": [f"p{n}" for n in range(30)]}, "At most"),
    ],
)
def test_it_never_fails_on_bad_parameters(client, linked_samples, params, message):
    response = client.get("/", params)
    assert response.status_code == 200
    assert message in notices(response)
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_it_handles_nul_bytes_in_names_and_values(client, linked_samples):
    response = client.get("/?q%00=1&q=%00%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81%00&kind=meet%00ing")
    assert response.status_code == 200
    assert sorted(result_files(response)) == ["001", "003", "004"]


def test_it_shows_a_clear_empty_state(client, linked_samples):
    response = client.get("/", {"q": "ذذذذ كككك", "place": "aleppo"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "No article matches" in html
    assert "Try fewer words, another spelling, or remove a filter" in html
    assert "Search without the filters" in html
    any_word = response.context["any_word_url"]
    assert any_word and "OR" in any_word


def test_it_turns_a_statement_timeout_into_a_message(client, linked_samples, settings, monkeypatch):
    # Generous for the other statements on a busy machine (the export below must not time
    # out), far below the one made slow.
    settings.SEARCH_STATEMENT_TIMEOUT_MS = 300
    original = ArticleQuerySet.overview

    def slow_overview(self, **bounds):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(2)")
        return original(self, **bounds)

    monkeypatch.setattr(ArticleQuerySet, "overview", slow_overview)
    response = client.get("/", {"q": "لافروف"})
    assert response.status_code == 200
    assert "took too long" in notices(response)
    assert response.context["results"] == []
    # the failed search left the connection usable
    assert Article.objects.count() == 5
    exported = client.get("/", {"q": "لافروف", "format": "json"})
    assert exported.status_code == 200  # the export counts nothing: not slowed down


def test_an_export_that_times_out_answers_503(client, linked_samples, settings, monkeypatch):
    settings.SEARCH_STATEMENT_TIMEOUT_MS = 1

    def slow_plan(query):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(0.5)")

    monkeypatch.setattr("articles.views.search.build_plan", slow_plan)
    response = client.get("/", {"q": "لافروف", "format": "json"})
    assert response.status_code == 503
    assert "took too long" in response.json()["error"]


def test_it_escapes_article_text(client, linked_samples, tmp_path):
    (tmp_path / "x.txt").write_text(
        "<script>alert(1)</script> <mark>لافروف</mark> في موسكو اليوم", "utf-8"
    )
    call_command("ingest", str(tmp_path), workers=0, no_progress=True, stdout=None)
    response = client.get("/", {"q": "لافروف"})
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;mark&gt;<mark>لافروف</mark>&lt;/mark&gt;" in html


def _count_queries(client, params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/", params)
    return len(captured), len(response.context["results"])


@pytest.mark.parametrize(
    ("one", "five"),
    [
        ({"envoy": "kofi-annan"}, {}),
        ({"q": "عنان"}, {"q": "سوريا"}),
        ({"q": '"مؤتمر صحفي"', "sort": "date"}, {"q": "وزير الخارجية", "sort": "date"}),
        ({"q": "Kofi Annan", "kind": "meeting"}, {"q": "سوريا OR مصر", "kind": "meeting"}),
        ({"person": "kofi-annan", "date_from": "2012"}, {"person": "vladimir-putin"}),
    ],
)
def test_it_runs_a_constant_number_of_queries(client, linked_samples, one, five):
    """As many queries for one result as for five (a query that names a known entity costs
    two more, its aliases and roles, whatever the results)."""
    client.get("/")  # warm up: content types, sessions…
    few, shown_few = _count_queries(client, one)
    many, shown_many = _count_queries(client, five)
    assert shown_few < shown_many
    assert few == many


def test_it_keeps_the_number_of_queries_small(
    client, linked_samples, django_assert_max_num_queries
):
    client.get("/")
    params = {
        "q": "Lavrov Geneva",
        "person": "john-kerry",
        "meeting_place": "moscow",
        "source": "دام برس",
        "date_from": "2013",
        "sort": "relevance",
    }
    with django_assert_max_num_queries(14):
        response = client.get("/", params)
    assert result_files(response) == ["001"]


def test_it_shows_chips_for_envoys_people_and_places(client, linked_samples):
    response = client.get("/", {"q": "دي ميستورا"})
    result = response.context["results"][0]
    assert [chip.slug for chip in result.envoys] == ["staffan-de-mistura"]
    people = {chip.slug for chip in result.people}
    places = {chip.slug for chip in result.places}
    assert {"sergey-lavrov", "john-kerry"} <= people and "staffan-de-mistura" not in people
    assert {"aleppo", "moscow", "geneva"} <= places
    assert all(chip.url == f"/people/{chip.slug}/" for chip in result.people)
    assert result.date["text"] and result.date["precision"]
    html = response.content.decode()
    assert '<a href="/places/aleppo/">' in html
    assert 'dir="rtl"' in html and "<bdi>Aleppo</bdi>" in html


def test_it_speaks_arabic_with_arabic_names(client, linked_samples):
    response = client.get("/", {"q": "Lavrov"}, HTTP_ACCEPT_LANGUAGE="ar")
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    lavrov = Entity.objects.get(slug="sergey-lavrov")
    assert f"<bdi>{lavrov.name_ar}</bdi>" in html
    people = {
        item["label"] for group in response.context["search"].facets for item in group["items"]
    }
    assert lavrov.name_ar in people


def test_exports_are_capped_and_say_so(client, linked_samples, monkeypatch):
    monkeypatch.setattr("articles.views.search.JSON_EXPORT_CAP", 2)
    monkeypatch.setattr("articles.views.search.EXPORT_CAP", 3)
    data = json.loads(b"".join(client.get("/", {"format": "json"}).streaming_content))
    assert data["count"] == 2 and data["capped"] is True and len(data["results"]) == 2
    raw = b"".join(client.get("/", {"format": "csv", "sort": "date"}).streaming_content)
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 1 + 3
    oldest = sorted(Article.objects.all(), key=lambda a: a.published_best)[:3]
    assert [row[0] for row in rows[1:]] == [str(a.id) for a in oldest]


def test_the_csv_names_the_same_entities_as_the_export(client, linked_samples):
    raw = b"".join(client.get("/", {"format": "csv"}).streaming_content)
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))}
    for record in export_dicts(with_links(Article.objects.all())):
        row = rows[str(record["id"])]
        for key in ("people", "places", "organizations"):
            assert row[key].split("; ") == sorted(e["name"] for e in record[key]) or (
                row[key] == "" and not record[key]
            )
        envoys = sorted(e["name"] for e in record["people"] if e.get("is_envoy"))
        assert row["envoys"] == "; ".join(envoys)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Kofi Annan Moscow", ["003"]),  # two names in a row: each one found by its links
        ("Lavrov Geneva", ["001", "003", "004"]),
        ("Lavrov -Kerry", ["003"]),  # an excluded name excludes the articles linked to it
        ("-Lavrov", ["000", "002"]),
        ("Annan OR Brahimi", ["000", "001", "003"]),
        ('"Staffan de Mistura" Aleppo', ["004"]),
        ('Lavrov "وقف اطلاق النار"', ["004"]),  # a name and an ordinary phrase
    ],
)
def test_it_finds_names_inside_larger_queries(client, linked_samples, query, expected):
    assert sorted(result_files(client.get("/", {"q": query}))) == expected


@pytest.mark.parametrize("params", [{}, {"sort": "date"}, {"person": "sergey-lavrov"}])
def test_it_pages_in_date_order_through_the_date_window_or_around_it(
    client, linked_samples, monkeypatch, params
):
    # Past COUNT_CAP the newest (oldest) DATE_WINDOW articles are tried first: a page they
    # hold comes from them, any other from all the matches, in the same order either way.
    expected = result_files(client.get("/", params))  # one page of 20
    monkeypatch.setattr("articles.views.search.PAGE_SIZE", 2)
    monkeypatch.setattr("articles.views.search.COUNT_CAP", 1)
    monkeypatch.setattr("articles.querysets.DATE_WINDOW", 2)
    monkeypatch.setattr(ArticleQuerySet, "estimated_count", lambda self: len(expected))
    paged = []
    for page in range(1, (len(expected) + 1) // 2 + 1):
        paged += result_files(client.get("/", {**params, "page": page}))
    assert paged == expected and len(expected) >= 3


def test_a_date_ordered_page_that_times_out_gives_the_message(
    client, linked_samples, settings, monkeypatch
):
    # The date page may switch the planner's settings: a timeout inside must still become
    # the message, not an error from resetting them in the aborted transaction.
    settings.SEARCH_STATEMENT_TIMEOUT_MS = 300
    original = ArticleQuerySet.by_date

    def slow(self, newest_first=True):
        return original(self, newest_first).annotate(slow=RawSQL("(SELECT 1 FROM pg_sleep(1))", []))

    monkeypatch.setattr(ArticleQuerySet, "by_date", slow)
    response = client.get("/", {"q": "لافروف", "sort": "-date"})
    assert response.status_code == 200
    assert "took too long" in notices(response)
    assert Article.objects.count() == 5  # the connection is usable again


@pytest.mark.parametrize(
    ("estimate", "query", "label"),
    [
        (91_671, "لافروف", "About 92,000 articles"),
        (3, "لافروف", "More than 2 articles"),  # the planner guessed low: no number
        (91_671, '"وزير الخارجية"', "More than 2 articles"),  # phrases are guessed low
    ],
)
def test_it_counts_exactly_to_the_cap_then_says_about_how_many(
    client, linked_samples, monkeypatch, estimate, query, label
):
    monkeypatch.setattr("articles.views.search.COUNT_CAP", 2)
    monkeypatch.setattr(ArticleQuerySet, "estimated_count", lambda self: estimate)
    response = client.get("/", {"q": query})
    assert response.context["count_label"] == label


def test_it_escapes_curated_names_in_facets_and_chips(client, linked_samples):
    Entity.objects.filter(slug="sergey-lavrov").update(name='<b onclick="x()">Lavrov</b>')
    html = client.get("/", {"q": "لافروف", "person": "sergey-lavrov"}).content.decode()
    assert "<b onclick" not in html
    assert "&lt;b onclick=&quot;x()&quot;&gt;Lavrov&lt;/b&gt;" in html


@pytest.mark.parametrize("query", ["لافروف", "سوريا", "Brahimi", "جنيف", "Kofi Annan"])
def test_a_sampled_index_scan_never_changes_what_a_page_counts_or_shows(
    client, linked_samples, monkeypatch, query
):
    exact = client.get("/", {"q": query})
    with connection.cursor() as cursor:  # entries still pending in the GIN list are not sampled
        cursor.execute(
            "SELECT gin_clean_pending_list('article_search_gin'), "
            "gin_clean_pending_list('article_entity_slugs_gin')"
        )
    # every index entry of the five samples is then "large": scans of them drop articles
    monkeypatch.setattr("articles.querysets.SAMPLED_SCAN_LIMIT", 1)
    monkeypatch.setattr(ArticleQuerySet, "estimated_count", lambda self: 2)
    sampled = client.get("/", {"q": query})
    assert exact.context["search"].plan.one_entry
    assert sampled.context["search"].count == exact.context["search"].count
    assert result_files(sampled) == result_files(exact)
