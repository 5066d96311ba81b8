"""Arabic and English: the switcher, right-to-left layout and a complete translation."""

import ast
import gettext
from pathlib import Path

import pytest

from articles.models import Article

LOCALE = Path(__file__).resolve().parent.parent / "locale" / "ar" / "LC_MESSAGES"


def arabic(client, url: str) -> str:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 200, url
    return response.content.decode()


def _po_entries(path: Path) -> list[dict]:
    """msgctxt, msgid, msgid_plural and msgstr[...] of each entry of a .po file."""
    entries, entry, key = [], {}, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = line.strip()
        if not line:
            if entry:
                entries.append(entry)
            entry, key = {}, None
        elif line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line:
                entry["fuzzy"] = True
        elif line.startswith('"'):
            entry[key] += ast.literal_eval(line)
        else:
            key, _space, value = line.partition(" ")
            entry[key] = ast.literal_eval(value)
    return entries


def test_it_serves_arabic_pages_right_to_left(client, linked_samples):
    text = arabic(client, "/events/")
    assert '<html lang="ar" dir="rtl">' in text
    assert "<h1>الأحداث</h1>" in text
    assert "أرشيف الدبلوماسية السورية" in text
    assert 'value="en" lang="en">English</button>' in text  # the switcher offers English
    assert "لقاء" in text and "اتصال هاتفي" in text

    english = client.get("/events/").content.decode()
    assert '<html lang="en" dir="ltr">' in english
    assert "<h1>Events</h1>" in english
    assert 'value="ar" lang="ar">' in english


def test_it_keeps_article_text_rtl_and_translates_the_page(client, linked_samples):
    article = Article.objects.get(file_name__startswith="003")
    text = arabic(client, f"/articles/{article.id}/")
    assert '<html lang="ar" dir="rtl">' in text
    assert '<div class="body" dir="rtl" lang="ar">' in text
    assert "ما حذفه التنظيف" in text
    assert "التاريخ المقدَّر" in text
    assert "الأحداث التي يرويها" in text
    assert "نحو 17 يوليو 2012" in text  # dates in Arabic
    # Names beside the text are in Arabic, isolated in <bdi>.
    assert (
        '<a class="entity-link kind-person" href="/people/kofi-annan/"><bdi>كوفي عنان</bdi></a>'
        in (text)
    )
    # In English the article text is right-to-left all the same.
    english = client.get(f"/articles/{article.id}/").content.decode()
    assert '<html lang="en" dir="ltr">' in english
    assert '<div class="body" dir="rtl" lang="ar">' in english


def test_it_translates_entity_and_event_pages(client, linked_samples):
    text = arabic(client, "/people/sergey-lavrov/")
    assert "<h1><bdi>سيرغي لافروف</bdi></h1>" in text
    assert '<p class="other-name"><bdi lang="en">Sergey Lavrov</bdi></p>' in text
    assert "المناصب" in text
    assert "9 مارس 2004 – الآن" in text
    assert "أكثر من التقاهم" in text
    assert "الخط الزمني للأحداث: سيرغي لافروف" in text  # the chart's title

    text = arabic(client, "/places/moscow/")
    assert "<dt>النوع</dt><dd>مدينة</dd>" in text
    assert "الأحداث التي جرت هنا" in text


def test_it_switches_language_with_the_switcher(client, linked_samples):
    response = client.post("/i18n/setlang/", {"language": "ar", "next": "/events/"})
    assert response.status_code == 302
    assert response["Location"] == "/events/"
    text = client.get("/events/").content.decode()
    assert '<html lang="ar" dir="rtl">' in text
    assert 'action="/i18n/setlang/" method="post"' in text
    assert '<input name="next" type="hidden" value="/events/">' in text

    response = client.post("/i18n/setlang/", {"language": "en", "next": "/events/"})
    assert response.status_code == 302
    assert '<html lang="en" dir="ltr">' in client.get("/events/").content.decode()


def test_it_has_an_arabic_translation_for_every_string():
    entries = [e for e in _po_entries(LOCALE / "django.po") if e.get("msgid")]
    assert len(entries) > 100
    untranslated = [
        e["msgid"]
        for e in entries
        if e.get("fuzzy")
        or ("msgid_plural" in e and not all(e.get(f"msgstr[{n}]") for n in range(6)))
        or ("msgid_plural" not in e and not e.get("msgstr"))
    ]
    assert untranslated == []

    with (LOCALE / "django.mo").open("rb") as compiled:
        catalog = gettext.GNUTranslations(compiled)
    for entry in entries:  # the .mo is compiled from this .po
        if "msgid_plural" in entry or "msgctxt" in entry:
            continue
        assert catalog.gettext(entry["msgid"]) == entry["msgstr"], entry["msgid"]


@pytest.mark.parametrize("url", ["/events/", "/people/kofi-annan/", "/healthz"])
def test_it_keeps_other_routes_working_in_arabic(client, linked_samples, url):
    assert client.get(url, HTTP_ACCEPT_LANGUAGE="ar").status_code == 200


def test_it_names_the_envoys_in_arabic_in_the_envoy_filter(client, linked_samples):
    html = arabic(client, "/")
    assert '<option value="kofi-annan" title="كوفي عنان (2012)">كوفي عنان (2012)</option>' in html
    english = client.get("/").content.decode()
    assert 'title="Kofi Annan — ' in english
