"""articles.text.markup: an article body with links and highlights, always escaped."""

from html import unescape
from html.parser import HTMLParser

from articles.text.markup import EntitySpan, HighlightSpan, render_body, render_line

VOID = {"br"}


class _Checker(HTMLParser):
    """Records the tags and fails on any tag closed out of order."""

    def __init__(self):
        super().__init__()
        self.stack, self.starts, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.starts.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.stack == [], f"unclosed {checker.stack}"
    return checker


def person(start, end, url="/people/x/", title=""):
    return EntitySpan(start, end, url, "person", title)


def test_it_escapes_every_piece_of_text_and_every_attribute():
    body = 'قال <script>alert("x")</script> & <b>لافروف</b>'
    start = body.index("لافروف")
    html = render_body(
        body,
        entities=[person(start, start + 6, url='/people/"onmouseover="x/', title='<i>"L"</i>')],
        highlights=[HighlightSpan(0, len(body), '1"><script>', title="<script>")],
    )
    assert "<script>" not in html
    assert "<b>" not in html and "<i>" not in html
    assert '&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;' in html
    checker = parse(html)
    tags = {tag for tag, _attrs in checker.starts}
    assert tags <= {"p", "a", "bdi", "mark", "span", "br"}
    link = next(attrs for tag, attrs in checker.starts if tag == "a")
    assert link["href"] == '/people/"onmouseover="x/'  # one attribute value, quotes escaped
    assert "onmouseover" not in link


def test_it_links_mentions_inside_bdi_and_keeps_the_text():
    body = "التقى الإبراهيمي بوزير الخارجية في القاهرة."
    a = body.index("الإبراهيمي")
    c = body.index("القاهرة")
    html = render_body(
        body,
        entities=[
            person(a, a + len("الإبراهيمي"), "/people/lakhdar-brahimi/", "Lakhdar Brahimi"),
            EntitySpan(c, c + len("القاهرة"), "/places/cairo/", "place", "Cairo"),
        ],
    )
    assert (
        '<a class="entity entity-person" href="/people/lakhdar-brahimi/" '
        'title="Lakhdar Brahimi"><bdi>الإبراهيمي</bdi></a>'
    ) in html
    assert 'href="/places/cairo/"' in html
    assert unescape("".join(parse(html).text)) == body


def test_it_keeps_the_longest_of_overlapping_mentions():
    body = "وزير الخارجية الروسي سيرغي لافروف"
    full = body.index("سيرغي")
    last = body.index("لافروف")
    html = render_body(
        body,
        entities=[
            person(last, len(body), "/people/short/"),
            person(full, len(body), "/people/sergey-lavrov/"),
            person(full - 3, full + 2, "/people/crossing/"),
        ],
    )
    checker = parse(html)
    links = [attrs["href"] for tag, attrs in checker.starts if tag == "a"]
    assert links == ["/people/sergey-lavrov/"]
    assert unescape("".join(checker.text)) == body


def test_it_cuts_a_link_that_crosses_a_highlight_so_tags_nest():
    body = "أولا جملة أولى. ثم جملة ثانية."
    sentence_end = body.index(".") + 1
    html = render_body(
        body,
        entities=[person(sentence_end - 5, sentence_end + 3, "/people/x/")],
        highlights=[HighlightSpan(0, sentence_end, "7")],
    )
    checker = parse(html)  # fails on any overlap of tags
    assert [attrs["href"] for tag, attrs in checker.starts if tag == "a"] == ["/people/x/"] * 2
    assert html.count("<mark") == 1
    assert unescape("".join(checker.text)) == body


def test_it_merges_highlights_of_one_sentence_and_anchors_each():
    body = "جملة تروي حدثين. وجملة أخرى."
    end = body.index(".") + 1
    html = render_body(
        body,
        highlights=[
            HighlightSpan(0, end, "21", "meeting A"),
            HighlightSpan(0, end, "22", "meeting B"),
            HighlightSpan(5, end + 4, "23"),
        ],
    )
    checker = parse(html)
    ids = [attrs["id"] for tag, attrs in checker.starts if tag == "span"]
    assert ids == ["evidence-21", "evidence-22", "evidence-23"]
    marks = [attrs for tag, attrs in checker.starts if tag == "mark"]
    assert marks[0]["data-evidence"] == "21 22"
    assert marks[0]["title"] == "meeting A · meeting B"
    assert marks[1]["data-evidence"] == "21 22 23"
    assert unescape("".join(checker.text)) == body


def test_it_makes_paragraphs_and_line_breaks():
    body = "فقرة أولى\nسطر ثان\n\n\nفقرة ثانية\n"
    html = render_body(body)
    assert html == "<p>فقرة أولى<br>سطر ثان</p>\n<p>فقرة ثانية<br></p>"


def test_it_closes_tags_at_a_paragraph_break_and_reopens_after():
    body = "سطر أول\n\nسطر ثان"
    html = render_body(body, highlights=[HighlightSpan(0, len(body), "3")])
    parse(html)
    assert html.count("<p>") == 2
    assert html.count("<mark") == 2
    assert html.count('id="evidence-3"') == 1


def test_it_ignores_spans_outside_the_body():
    body = "نص قصير"
    html = render_body(
        body,
        entities=[person(-5, 2), person(50, 60), person(4, 2)],
        highlights=[HighlightSpan(3, 999, "1")],
    )
    checker = parse(html)
    assert unescape("".join(checker.text)) == body
    assert [attrs["href"] for tag, attrs in checker.starts if tag == "a"] == ["/people/x/"]


def test_it_renders_an_empty_body():
    assert render_body("") == ""


def test_it_renders_a_headline_as_one_escaped_line_with_its_links():
    html = render_line("عنان <في> دمشق\n\nاليوم", [person(0, 4, title="Kofi Annan")])
    assert not html.startswith("<p>") and "</p>" not in html
    assert html.startswith(
        '<a class="entity entity-person" href="/people/x/" title="Kofi Annan"><bdi>عنان</bdi></a>'
    )
    assert "&lt;في&gt;" in html
    assert unescape("".join(parse(html).text)) == "عنان <في> دمشق\n\nاليوم".replace("\n", "")
