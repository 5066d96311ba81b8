import hashlib

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from articles.models import Article, Entity, Event, EventReport, Mention
from tests.conftest import SEEDS


@pytest.fixture
def samples(db):
    call_command("ingest", str(SEEDS), workers=0, no_progress=True, stdout=None)


def make_article(body: str, title: str = "", **fields) -> Article:
    return Article.objects.create(
        title=title,
        file_name="made-by-test.txt",
        raw_text=body,
        body=body,
        body_normalized=body,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        **fields,
    )


def page_text(client, article: Article) -> str:
    response = client.get(f"/articles/{article.id}/")
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_the_article_and_what_cleaning_removed(client, samples):
    article = Article.objects.get(file_name__startswith="003")
    response = client.get(f"/articles/{article.id}/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "بوتين يناقش مع عنان سبل إخراج سوريا من أزمتها" in text
    assert "What cleaning removed" in text
    assert "إضغط هنا للإشتراك" in text  # listed among removed lines, not in the body
    assert "إضغط هنا للإشتراك" not in article.body
    removed = text[text.index('<details class="removed">') :]
    assert "<summary>What cleaning removed (4)</summary>" in removed
    assert '<span class="removed-kind">subscription prompt</span> · line 3:' in removed
    assert '<span class="removed-kind">dateline</span> · line 4:' in removed


def test_it_answers_404_for_a_missing_article(client, db):
    assert client.get("/articles/999999/").status_code == 404


def test_it_marks_and_links_every_mention_inside_rtl_text(client, linked_samples):
    article = Article.objects.get(file_name__startswith="003")
    text = page_text(client, article)
    assert '<div class="body" dir="rtl" lang="ar">' in text
    mentions = Mention.objects.filter(article=article, part="body").select_related("entity")
    assert mentions.count() >= 5
    for mention in mentions:
        link = f'href="{mention.entity.get_absolute_url()}"'
        assert link in text
        assert f"<bdi>{escape(article.body[mention.start : mention.end])}</bdi>" in text
    assert 'class="entity entity-person" href="/people/vladimir-putin/"' in text
    assert 'class="entity entity-place" href="/places/moscow/"' in text
    # The people list beside the text links to their pages too.
    assert (
        '<a class="entity-link kind-person" href="/people/kofi-annan/"><bdi>Kofi Annan</bdi>'
        in (text)
    )


def test_it_highlights_the_evidence_of_each_reported_event(client, linked_samples):
    article = Article.objects.get(file_name__startswith="003")
    text = page_text(client, article)
    reports = EventReport.objects.filter(article=article)
    assert reports.exists()
    for report in reports:
        assert f'<span class="anchor" id="evidence-{report.id}"></span>' in text
        assert f'href="#evidence-{report.id}"' in text
        assert f'href="/events/{report.event_id}/"' in text
        assert escape(report.sentence) in text  # quoted beside the text
    body = text[text.index('<div class="body"') : text.index('<section class="article-date"')]
    meeting = reports.get(event__kind="meeting")
    marked = body[body.index(f'id="evidence-{meeting.id}"') :]
    assert marked.startswith(f'id="evidence-{meeting.id}"></span><mark class="evidence"')
    assert "Events reported" in text


def test_it_shows_the_estimated_date_and_its_reasoning(client, linked_samples):
    article = Article.objects.get(file_name__startswith="003")
    assert article.published_evidence
    text = page_text(client, article)
    assert "Estimated date" in text
    assert "How the date was estimated" in text
    for line in article.published_evidence:
        assert f"<li>{escape(line)}</li>" in text
    assert "about 17 July 2012" in text


def test_it_lists_other_reports_of_the_same_events(client, linked_samples):
    first = Article.objects.get(file_name__startswith="003")
    report = EventReport.objects.get(article=first, event__kind="meeting")
    sentence = "استقبل بوتين عنان في الكرملين."
    second = make_article(sentence, title="تقرير آخر عن لقاء بوتين وعنان")
    EventReport.objects.create(
        event=report.event,
        article=second,
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
    )
    text = page_text(client, first)
    other = text[text.index("Other reports of these events") :]
    assert f'href="/articles/{second.id}/"' in other
    assert "تقرير آخر عن لقاء بوتين وعنان" in other
    assert sentence in other
    assert f'href="/events/{report.event_id}/"' in other

    text = page_text(client, second)
    other = text[text.index("Other reports of these events") :]
    assert f'href="/articles/{first.id}/"' in other
    assert escape(report.sentence[:50]) in other
    assert f'<mark class="evidence" data-evidence="{second.event_reports.get().id}"' in text


def test_it_says_when_no_other_article_reports_the_events(client, linked_samples):
    article = Article.objects.get(file_name__startswith="001")
    assert "No other article in the archive reports these events." in page_text(client, article)


def test_it_never_emits_markup_from_article_text(client, db):
    body = 'قال <script>alert("pwned")</script> الإبراهيمي <img src=x onerror=alert(1)> اليوم.'
    title = "<script>alert('title')</script> عنوان"
    article = make_article(
        body,
        title=title,
        dateline="<b>القاهرة</b>",
        removed=[{"kind": "caption", "text": "<iframe src=x></iframe>", "line": 2}],
        published_evidence=["<svg onload=alert(1)>"],
    )
    person = Entity.objects.create(
        kind="person", slug="lakhdar-brahimi", name='Lakhdar "<b>" Brahimi', name_ar="الإبراهيمي"
    )
    start = body.index("الإبراهيمي")
    script = body.index("<script>")
    Mention.objects.create(
        article=article, entity=person, start=start, end=start + 10, surface="", reason="test"
    )
    Mention.objects.create(  # a mention over the markup itself
        article=article, entity=person, start=script, end=script + 20, surface="", reason="test"
    )
    event = Event.objects.create(kind="meeting", status="held", signature="test")
    event.participants.add(person)
    EventReport.objects.create(
        event=event, article=article, sentence=body, sentence_start=0, sentence_end=len(body)
    )
    text = page_text(client, article)
    for markup in ("<script", "<img", "<iframe", "<svg onload", "<b>"):
        assert markup not in text
    assert "&lt;script&gt;alert(" in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert 'href="/people/lakhdar-brahimi/"' in text


def test_it_runs_a_constant_number_of_queries(client, linked_samples):
    articles = sorted(
        Article.objects.all(), key=lambda a: (a.mentions.count(), a.event_reports.count())
    )
    counts = []
    for article in (articles[0], articles[-1]):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/articles/{article.id}/").status_code == 200
        counts.append(len(queries))
    assert articles[0].mentions.count() < articles[-1].mentions.count()
    assert counts[0] == counts[1]
    assert counts[1] <= 8


def test_it_links_what_the_headline_and_the_dateline_name(client, linked_samples):
    article = Article.objects.get(file_name__startswith="003")
    assert article.title.startswith("بوتين يناقش مع عنان") and article.dateline == "موسكو"
    by_part = set(Mention.objects.filter(article=article).values_list("part", "entity__slug"))
    assert {("title", "vladimir-putin"), ("title", "kofi-annan")} <= by_part
    assert ("dateline", "moscow") in by_part
    text = page_text(client, article)
    heading = text[text.index('<h1 dir="rtl" lang="ar">') : text.index("</h1>")]
    assert 'class="entity entity-person" href="/people/vladimir-putin/"' in heading
    assert "<bdi>عنان</bdi>" in heading
    meta = text[text.index('<span class="dateline">') : text.index('<a href="#date">')]
    assert 'href="/places/moscow/" title="Moscow"><bdi>موسكو</bdi></a>' in meta


def test_it_escapes_a_headline_and_dateline_with_markup_in_them(client, db):
    article = make_article(
        "نص الخبر.", title="<script>alert(1)</script> «عنان»", dateline="<b>دمشق</b>"
    )
    text = page_text(client, article)
    assert "<script>alert(1)" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<b>دمشق</b>" not in text and "&lt;b&gt;دمشق&lt;/b&gt;" in text
