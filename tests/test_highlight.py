"""articles.text.highlight: query terms marked in the original text, safely. No database."""

import re

import pytest

from articles.text.arabic import STOP_WORDS, normalize, tokens
from articles.text.highlight import (
    MARK_END,
    MARK_START,
    SCAN_CHARS,
    SCAN_OVERLAP,
    TOKEN_RE,
    find_hits,
    highlight,
    lexeme_sequences,
    mark,
    snippet,
)


def phrases(*queries):
    return [tuple(tokens(query)) for query in queries]


def marked(html):
    return re.findall(r"<mark>(.*?)</mark>", html)


def test_it_tokenises_like_the_index():
    text = "قال الإبراهيمى، في مؤتمر صحفي: الأممالمتحدة و«لعنان» 2012 — Kofi A. Annan's"
    ours = [token for token in TOKEN_RE.findall(normalize(text)) if token not in STOP_WORDS]
    assert ours == tokens(text)


def test_it_marks_clitic_forms():
    html = highlight("التقى لعنان وعنان وبعنان في جنيف، وقال عنانى كلاما", phrases("عنان"))
    assert marked(html) == ["لعنان", "وعنان", "وبعنان"]


def test_it_matches_spelling_variants_like_the_index():
    text = "أكد الأخضر الإبراهيمى ثم الإِبْرَاهِيمِيّ ثم والابراهيمي"
    html = highlight(text, phrases("الابراهيمي"))
    assert marked(html) == ["الإبراهيمى", "الإِبْرَاهِيمِيّ", "والابراهيمي"]


def test_it_marks_a_phrase_only_where_its_words_are_adjacent():
    text = "عقد مؤتمر صحفي اليوم، ثم مؤتمر آخر وبيان صحفي"
    assert marked(highlight(text, phrases("مؤتمر صحفي"))) == ["مؤتمر صحفي"]


def test_it_skips_stop_words_inside_a_phrase_like_the_index():
    # The index gives stop words no position, so "وقف النار" is a phrase match of وقف في النار.
    assert find_hits("وقف في النار", phrases("وقف النار")) == [(0, 12)]


def test_it_finds_run_together_words_both_ways():
    text = "مكتب الأممالمتحدة في مصر ومبعوث الأمم المتحدة"
    html = highlight(text, phrases("الأممالمتحدة"))
    assert marked(html) == ["الأممالمتحدة", "الأمم المتحدة"]
    assert marked(highlight(text, phrases("الأمم المتحدة"))) == ["الأممالمتحدة", "الأمم المتحدة"]


def test_it_never_emits_markup_from_the_article_text():
    text = (
        'لافروف <script>alert("x")</script> <mark>ليس</mark> &amp; ' + MARK_START + "b" + MARK_END
    )
    html = highlight(text, phrases("لافروف"))
    assert html.count("<mark>") == html.count("</mark>") == 1
    assert html.startswith("<mark>لافروف</mark>")
    assert "<script" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;mark&gt;" in html and "&lt;/mark&gt;" in html
    assert "&amp;amp;" in html
    assert MARK_START not in html and MARK_END not in html
    assert "<mark>b</mark>" not in html
    # Even when the query names the tags, only the words are marked, inside escaped text.
    html = highlight(text, phrases("script", "mark"))
    assert "<script" not in html and "&lt;<mark>script</mark>&gt;" in html
    assert re.sub(r"</?mark>", "", html) == highlight(text, [])


def test_it_escapes_quotes_and_marks_nothing_without_terms():
    assert highlight("a \"b\" 'c' <d>", []) == "a &quot;b&quot; &#x27;c&#x27; &lt;d&gt;"
    assert snippet("<b>نص</b>", []) == "&lt;b&gt;نص&lt;/b&gt;"


def test_it_merges_overlapping_spans():
    assert mark("abcdef", [(0, 3), (2, 4), (5, 6)]) == "<mark>abcd</mark>e<mark>f</mark>"


def test_it_cuts_a_snippet_around_the_first_hits():
    filler = "كلام عام عن الأوضاع " * 40
    text = filler + "التقى لافروف نظيره الأمريكي كيري في جنيف. " + filler
    html = snippet(text, phrases("لافروف", "كيري"), width=120)
    assert html.startswith("… ") and html.endswith(" …")
    assert marked(html) == ["لافروف", "كيري"]
    assert len(re.sub(r"</?mark>", "", html)) <= 120 + 40


def test_it_starts_at_the_beginning_when_nothing_matches():
    text = "أول الكلام " + "ثم كلام آخر " * 50
    html = snippet(text, phrases("ذذذذ"), width=60)
    assert html.startswith("أول الكلام") and html.endswith(" …")


def test_it_never_cuts_a_hit_in_two():
    text = "ا " * 30 + "ستافان دي ميستورا" + " ب" * 30
    html = snippet(text, phrases("ستافان دي ميستورا"), width=70)
    assert "<mark>ستافان دي ميستورا</mark>" in html


def test_it_builds_halved_sequences_for_run_together_query_words():
    assert lexeme_sequences(phrases("الأممالمتحدة")) == [("امم", "متحده"), ("اممالمتحده",)]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "<>"])
def test_it_handles_empty_and_odd_texts(text):
    assert find_hits(text, phrases("لافروف")) == []
    assert "<" not in snippet(text, phrases("لافروف")).replace("&lt;", "")


@pytest.mark.parametrize("shift", range(0, 40, 3))
def test_it_finds_a_phrase_across_the_pieces_a_long_text_is_scanned_in(shift):
    words = "كلمة " * ((SCAN_CHARS - 6 + shift) // 5)
    text = words + "مؤتمر صحفي " + "نهاية " * 400
    html = snippet(text, phrases("مؤتمر صحفي"), width=100)
    assert marked(html) == ["مؤتمر صحفي"]


def test_it_marks_every_hit_in_the_window_of_a_long_text():
    # The first hit is found in the second piece scanned (it starts SCAN_OVERLAP before the
    # first piece ends); the window (SCAN_CHARS wide, from a fifth of that before the hit)
    # reaches past that piece, to the next hits.
    before, between = SCAN_CHARS // 4, SCAN_CHARS * 13 // 100
    text = "كلام " * before + "لافروف " + "كلام " * between + "لافروف وجنيف " + "كلام " * before
    second_piece_end = 2 * SCAN_CHARS - SCAN_OVERLAP
    assert SCAN_CHARS < text.index("لافروف") < second_piece_end < text.index("وجنيف")
    assert text.index("وجنيف") + 5 < text.index("لافروف") + SCAN_CHARS * 4 // 5
    html = snippet(text, phrases("لافروف", "جنيف"), width=SCAN_CHARS)
    assert marked(html) == ["لافروف", "لافروف", "وجنيف"]
    assert marked(snippet(text, phrases("جنيف"), width=80)) == ["وجنيف"]


@pytest.mark.parametrize(
    "query", ["سوريا", "وزير الخارجية", "الأمم المتحدة", "دي ميستورا", "جنيف", "غير موجود"]
)
def test_a_snippet_starting_from_the_normalised_text_is_the_same(query):
    from articles.bench_corpus import generate_articles

    words = [tuple(tokens(query))]
    for article in generate_articles(60, seed=21):
        body = article.body
        assert snippet(body, words, 280, normalize(body)) == snippet(body, words, 280)


@pytest.mark.parametrize(
    "text",
    [
        "كلام " * 200 + "ﻻفروف " + "قال لافروف في جنيف",  # a ligature: normalising expands it
        "ﷺ " * 12 + "لافروف " + "\u064e" * 250,  # expands early, deletes more later
    ],
)
def test_a_snippet_does_not_trust_a_normalised_text_that_moved_characters_forward(text):
    with_hint = snippet(text, phrases("لافروف"), 80, normalize(text))
    assert with_hint == snippet(text, phrases("لافروف"), 80)
    assert "<mark>" in with_hint
