"""Person, place and organization pages."""

import hashlib
import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Entity, Event


def get(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def section(text: str, heading_id: str) -> str:
    start = text.index(f'id="{heading_id}"')
    end = text.find("</section>", start)
    return text[start:end]


def test_it_shows_a_person_with_roles_timeline_and_people_met(client, linked_samples):
    text = get(client, "/people/sergey-lavrov/")
    assert "<h1><bdi>Sergey Lavrov</bdi></h1>" in text
    assert '<p class="other-name"><bdi lang="ar">سيرغي لافروف</bdi></p>' in text

    roles = section(text, "roles-heading")
    assert "Minister of Foreign Affairs of Russia" in roles
    assert "9 March 2004 – present" in roles
    assert 'href="/places/russia/"' in roles

    timeline = section(text, "timeline-heading")
    assert '<svg class="chart timeline"' in timeline
    assert 'role="group" aria-labelledby="entity-timeline-title entity-timeline-desc"' in timeline
    assert '<title id="entity-timeline-title">Timeline of events: Sergey Lavrov</title>' in timeline
    dated = Event.objects.filter(participants__slug="sergey-lavrov", date_best__isnull=False)
    assert dated.count() >= 3
    for event in dated:
        assert f'<a href="/events/{event.id}/"' in timeline  # a dot per dated event
    assert timeline.count("<circle") == dated.count()
    undated = Event.objects.filter(participants__slug="sergey-lavrov", date_best__isnull=True)
    assert f"{undated.count()} events have no date" in timeline

    met = section(text, "met-heading")
    names = re.findall(r'href="/people/([a-z-]+)/"', met)
    assert names[0] == "john-kerry"  # a meeting and a phone call
    assert "sergey-lavrov" not in names
    assert "2 events" in met

    articles = section(text, "articles-heading")
    assert "3 articles" in articles
    assert 'href="/?person=sergey-lavrov"' in articles
    for article in Article.objects.filter(entity_slugs__contains=["sergey-lavrov"]):
        assert f'href="/articles/{article.id}/"' in articles


def test_it_links_an_envoy_to_the_envoy_filter(client, linked_samples):
    text = get(client, "/people/lakhdar-brahimi/")
    assert '<span class="badge">envoy</span>' in text
    assert 'href="/?envoy=lakhdar-brahimi"' in text
    assert "1 September 2012 – 31 May 2014" in text


def test_it_shows_a_place_with_its_kind_country_and_meetings(client, linked_samples):
    text = get(client, "/places/moscow/")
    assert "<h1><bdi>Moscow</bdi></h1>" in text
    assert "<dt>Kind</dt><dd>city</dd>" in text
    assert '<dt>Country</dt><dd><a class="entity-link kind-place" href="/places/russia/">' in text
    timeline = section(text, "timeline-heading")
    assert "Events that took place here" in timeline
    here = Event.objects.filter(place__slug="moscow")
    assert here.count() >= 4
    for event in here:
        assert f'href="/events/{event.id}/"' in timeline
    assert 'href="/events/?place=moscow"' in timeline
    assert "People who met here most often" in text
    assert 'href="/?place=moscow"' in text
    assert 'href="/?meeting_place=moscow"' in text


def test_it_gathers_a_countrys_meetings_from_its_cities(client, linked_samples):
    text = get(client, "/places/russia/")
    timeline = section(text, "timeline-heading")
    for event in Event.objects.filter(place__slug__in=["moscow", "sochi"]):
        assert f'href="/events/{event.id}/"' in timeline
    assert "<dd>country</dd>" in text


def test_it_shows_an_organization(client, linked_samples):
    text = get(client, "/organizations/action-group-for-syria/")
    assert "<h1><bdi>Action Group for Syria</bdi></h1>" in text
    timeline = section(text, "timeline-heading")
    assert "Events it took part in" in timeline
    for event in Event.objects.filter(participants__slug="action-group-for-syria"):
        assert f'href="/events/{event.id}/"' in timeline
    assert 'href="/?organization=action-group-for-syria"' in text

    text = get(client, "/organizations/united-nations/")
    holders = section(text, "holders-heading")
    assert 'href="/people/lakhdar-brahimi/"' in holders
    assert 'href="/people/kofi-annan/"' in holders


def test_it_answers_404_for_unknown_slugs(client, linked_samples):
    for url in ("/people/nobody-at-all/", "/places/atlantis/", "/organizations/spectre/"):
        assert client.get(url).status_code == 404
    assert client.get("/people/" + "a" * 300 + "/").status_code == 404


def test_it_redirects_a_slug_asked_under_the_wrong_kind(client, linked_samples):
    response = client.get("/people/moscow/")
    assert response.status_code == 302
    assert response["Location"] == "/places/moscow/"


def test_it_paginates_the_articles_and_survives_bad_page_numbers(client, linked_samples):
    lavrov = Entity.objects.get(slug="sergey-lavrov")
    for n in range(25):
        body = f"مقال تجريبي رقم {n} عن لافروف"
        Article.objects.create(
            title=f"مقال {n}",
            file_name=f"extra-{n}.txt",
            raw_text=body,
            body=body,
            body_normalized=body,
            content_hash=hashlib.sha256(body.encode()).hexdigest(),
            entity_slugs=[lavrov.slug],
        )
    text = get(client, "/people/sergey-lavrov/")
    assert "28 articles" in text
    assert "Page 1 of 2" in text
    assert 'href="?page=2#articles-heading"' in text
    second = get(client, "/people/sergey-lavrov/?page=2")
    assert "Page 2 of 2" in second
    assert section(second, "articles-heading").count('<li><a href="/articles/') == 8
    for bad in ("abc", "-1", "0", "99999999999", "2\x00"):
        assert client.get("/people/sergey-lavrov/", {"page": bad}).status_code == 200


@pytest.mark.parametrize("url", ["/people/sergey-lavrov/", "/places/moscow/"])
def test_it_runs_a_constant_number_of_queries(
    client, linked_samples, url, django_assert_max_num_queries
):
    with CaptureQueriesContext(connection) as before:
        get(client, url)
    lavrov = Entity.objects.get(slug="sergey-lavrov")
    moscow = Entity.objects.get(slug="moscow")
    people = list(Entity.objects.people().exclude(pk=lavrov.pk)[:10])
    for n, person in enumerate(people):
        day = date(2014, 1, n + 1)
        event = Event.objects.create(
            kind="meeting",
            status="held",
            place=moscow,
            signature=f"extra-{n}",
            date_best=day,
            date_earliest=day,
            date_latest=day,
            date_precision="day",
        )
        event.participants.add(lavrov, person)
    with django_assert_max_num_queries(len(before)):
        text = get(client, url)
    assert text.count("<circle") >= 10


def test_it_escapes_names_in_the_page_and_its_timeline(client, linked_samples):
    # Names are curated text; the SVG timeline is marked safe, so its labels must be escaped.
    Entity.objects.filter(slug="sergey-lavrov").update(name="<b>Lavrov</b>")
    Entity.objects.filter(slug="nasser-judeh").update(name='Judeh"><script>x()</script>')
    text = get(client, "/people/sergey-lavrov/")
    assert "<b>Lavrov</b>" not in text and "&lt;b&gt;Lavrov&lt;/b&gt;" in text
    assert "<script>x()" not in text
    assert "<svg" in text
