"""The events page (filters, timeline) and one event's page."""

import hashlib
from datetime import date

import pytest
from django.utils.html import escape

from articles.models import Article, Entity, Event, EventReport


def get(client, url: str, params=None) -> str:
    response = client.get(url, params or {})
    assert response.status_code == 200, (url, params)
    return response.content.decode()


def listed(text: str) -> set[int]:
    """The ids of the events the page lists."""
    start = text.find('<ol class="event-list">')
    if start < 0:
        return set()
    block = text[start : text.index("</ol>", start)]
    return {int(part.split("/")[0]) for part in block.split('class="more" href="/events/')[1:]}


def ids(queryset) -> set[int]:
    return set(queryset.values_list("id", flat=True))


def test_it_lists_every_event_with_a_timeline(client, linked_samples):
    text = get(client, "/events/")
    assert listed(text) == ids(Event.objects.all())
    assert f"{Event.objects.count()} events" in text
    assert '<svg class="chart histogram"' in text
    # 2012 to 2019: a bar a year, each linking to its year.
    assert '<title id="events-histogram-title">Events per year</title>' in text
    assert 'href="?date_from=2013-01-01&amp;date_to=2013-12-31"' in text
    assert "<title>2013 — meetings: 4, phone calls: 1</title>" in text

    text = get(client, "/events/", {"date_from": "2013-01-01", "date_to": "2013-12-31"})
    assert '<title id="events-histogram-title">Events per month</title>' in text
    assert 'href="?date_from=2013-09-01&amp;date_to=2013-09-30"' in text


def test_it_filters_by_envoy_participant_and_place(client, linked_samples):
    text = get(client, "/events/", {"envoy": "lakhdar-brahimi"})
    assert listed(text) == ids(Event.objects.filter(participants__slug="lakhdar-brahimi"))
    assert len(listed(text)) == 3

    text = get(client, "/events/", {"participant": "sergey-lavrov", "place": "moscow"})
    expected = ids(Event.objects.filter(participants__slug="sergey-lavrov", place__slug="moscow"))
    assert listed(text) == expected and len(expected) == 4  # 3 meetings and a statement

    text = get(client, "/events/", {"participant": "john-kerry", "envoy": "staffan-de-mistura"})
    assert listed(text) == ids(
        Event.objects.filter(participants__slug="john-kerry").filter(
            participants__slug="staffan-de-mistura"
        )
    )
    assert len(listed(text)) == 1


def test_it_filters_a_country_with_its_cities(client, linked_samples):
    text = get(client, "/events/", {"place": "russia"})
    expected = ids(Event.objects.filter(place__slug__in=["moscow", "sochi", "russia"]))
    assert listed(text) == expected
    assert ids(Event.objects.filter(place__slug="sochi")) <= expected


def test_it_filters_by_kind_status_and_dates(client, linked_samples):
    text = get(client, "/events/", {"kind": "phone_call"})
    assert listed(text) == ids(Event.objects.filter(kind="phone_call"))

    text = get(client, "/events/", {"kind": "meeting", "status": "planned"})
    assert listed(text) == ids(Event.objects.filter(kind="meeting", status="planned"))

    text = get(client, "/events/", {"date_from": "2016-01-01", "date_to": "2016-12-31"})
    expected = ids(Event.objects.filter(date_best__year=2016))
    assert listed(text) == expected and expected
    assert "<bdi>1 January 2016</bdi>" in text  # the active filter, removable
    assert 'href="?date_to=2016-12-31"' in text

    # A year or a month stands for the whole period, as on the search page.
    assert listed(get(client, "/events/", {"date_from": "2016", "date_to": "2016"})) == expected
    text = get(client, "/events/", {"date_from": "2013-09", "date_to": "2013-09"})
    assert listed(text) == ids(Event.objects.filter(date_best__year=2013, date_best__month=9))


def test_it_shows_a_message_for_bad_parameters_and_never_fails(client, linked_samples):
    text = get(
        client,
        "/events/",
        {"envoy": "sergey-lavrov", "kind": "<script>", "date_from": "2015-13-45", "place": "x"},
    )
    assert 'role="alert"' in text
    assert "Envoy «sergey-lavrov» was ignored" in text  # a person, but not an envoy
    assert "Kind «&lt;script&gt;» was ignored" in text
    assert "From «2015-13-45» was ignored" in text
    assert "<script>" not in text
    assert listed(text) == ids(Event.objects.all())
    links = text[text.index('<form class="filters"') :]
    assert "kind=%3Cscript" not in links  # links drop what was not understood
    assert "date_from=2015-13-45" not in links

    for params in (
        {"participant": "a\x00b"},
        {"date_to": "\x00"},
        {"page": "-3"},
        {"page": "x"},
        {"page": "999999"},
        {"envoy": "x" * 10_000},
        {"kind": ["meeting", "visit"]},
        {"date_from": "0001-01-01", "date_to": "9999-12-31"},
    ):
        get(client, "/events/", params)


def test_it_shows_a_clear_empty_state(client, linked_samples):
    text = get(client, "/events/", {"date_from": "1990-01-01", "date_to": "1990-12-31"})
    assert "No event matches these filters." in text
    assert "0 events" in text


def test_it_shows_an_event_with_every_report(client, linked_samples):
    event = Event.objects.get(signature__startswith="meeting|kofi-annan,vladimir-putin|moscow")
    first = event.reports.get()
    sentence = "التقى بوتين عنان في الكرملين اليوم."
    body = "مقدمة. " + sentence
    other = Article.objects.create(
        title="لقاء في الكرملين",
        file_name="other.txt",
        raw_text=body,
        body=body,
        body_normalized=body,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        published_best=date(2012, 7, 18),
        published_earliest=date(2012, 7, 18),
        published_latest=date(2012, 7, 18),
        published_precision="day",
    )
    second = EventReport.objects.create(
        event=event,
        article=other,
        sentence=sentence,
        sentence_start=7,
        sentence_end=len(body),
        date_text="اليوم",
    )
    text = get(client, f"/events/{event.id}/")
    assert "2 reports" in text
    assert 'href="/people/vladimir-putin/"' in text and 'href="/people/kofi-annan/"' in text
    assert '<dt>Place</dt><dd><a class="entity-link kind-place" href="/places/moscow/">' in text
    assert "(planned)" in text
    assert "about 17 July 2012" in text
    for report in (first, second):
        assert f'href="/articles/{report.article_id}/#evidence-{report.id}"' in text
        assert escape(report.sentence) in text
    assert "18 July 2012" in text
    assert text.index(f"#evidence-{first.id}") < text.index(f"#evidence-{second.id}")


def test_it_answers_404_for_a_missing_event(client, db):
    assert client.get("/events/999999/").status_code == 404


def _add_events(count: int):
    people = list(Entity.objects.people()[:20])
    cairo = Entity.objects.get(slug="cairo")
    for n in range(count):
        day = date(2016, 1 + n % 12, 1 + n % 28)
        event = Event.objects.create(
            kind="meeting",
            status="held",
            place=cairo,
            date_best=day,
            date_earliest=day,
            date_latest=day,
            date_precision="day",
            signature=f"bulk-{n}",
        )
        event.participants.add(people[n % 20], people[(n + 1) % 20])


@pytest.mark.parametrize(
    "params",
    [{}, {"envoy": "lakhdar-brahimi", "kind": "meeting"}, {"place": "egypt", "date_from": "x"}],
)
def test_it_runs_a_constant_number_of_queries(
    client, linked_samples, params, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12) as before:
        get(client, "/events/", params)
    _add_events(60)
    with django_assert_max_num_queries(len(before)):
        text = get(client, "/events/", params)
    if not params:
        assert len(listed(text)) == 30  # a full page


def test_it_shows_one_event_in_a_constant_number_of_queries(
    client, linked_samples, django_assert_max_num_queries
):
    event = Event.objects.filter(participants__isnull=False).first()
    with django_assert_max_num_queries(5):
        get(client, f"/events/{event.id}/")
