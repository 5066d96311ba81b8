"""An article body with its marked spans as safe HTML.

Pure Python (no Django): the article page hands it the body, the entity mentions (linked) and
the evidence sentences of the events the article reports (highlighted), all as character
offsets into the body. Every piece of article text is escaped here; the only markup in the
result is the markup this module writes.

Spans may overlap. Highlights may overlap each other (two events told by one sentence): a
stretch covered by several is one `<mark>` that names all of them. Entity links may not nest,
so where mentions overlap the longest wins (then the earliest). A link that crosses a
highlight's edge is cut in two there, so the tags always nest: `<p>` ⊃ `<mark>` ⊃ `<a>`.
Paragraphs are separated by blank lines; a single line break becomes `<br>`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")


@dataclass(frozen=True)
class EntitySpan:
    """A mention to link: `url` is the entity's page, `kind` its kind (person, place, …)."""

    start: int
    end: int
    url: str
    kind: str
    title: str = ""


@dataclass(frozen=True)
class HighlightSpan:
    """An evidence sentence to highlight; `key` names it (an anchor `evidence-<key>`)."""

    start: int
    end: int
    key: str
    title: str = ""


def _clip(start: int, end: int, length: int) -> tuple[int, int] | None:
    start, end = max(0, start), min(end, length)
    return (start, end) if start < end else None


def _choose_entities(spans: Iterable[EntitySpan], length: int) -> list[EntitySpan]:
    """Non-overlapping mentions: the longest first, then the earliest."""
    clipped = []
    for span in spans:
        bounds = _clip(span.start, span.end, length)
        if bounds:
            clipped.append(EntitySpan(*bounds, span.url, span.kind, span.title))
    clipped.sort(key=lambda span: (span.start - span.end, span.start))
    taken = bytearray(length)
    chosen = []
    for span in clipped:
        if not any(taken[span.start : span.end]):
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
            chosen.append(span)
    chosen.sort(key=lambda span: span.start)
    return chosen


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _text(value: str) -> str:
    return escape(value, quote=False).replace("\n", "<br>")


class _Writer:
    """Emits tags in strict nesting order: mark outside, link inside."""

    def __init__(self, paragraphs: bool = True) -> None:
        self.paragraphs = paragraphs
        self.out: list[str] = ["<p>"] if paragraphs else []
        self.mark: tuple[str, ...] = ()
        self.link: EntitySpan | None = None
        self.anchored: set[str] = set()

    def close_link(self) -> None:
        if self.link is not None:
            self.out.append("</bdi></a>")
            self.link = None

    def close_mark(self) -> None:
        self.close_link()
        if self.mark:
            self.out.append("</mark>")
            self.mark = ()

    def paragraph_break(self) -> None:
        self.close_mark()
        self.out.append("</p>\n<p>")

    def set_state(
        self, highlights: list[HighlightSpan], link: EntitySpan | None, text: str
    ) -> None:
        keys = tuple(span.key for span in highlights)
        if keys != self.mark:
            self.close_mark()
            for span in highlights:
                if span.key not in self.anchored:
                    self.anchored.add(span.key)
                    self.out.append(f'<span class="anchor" id="evidence-{_attr(span.key)}"></span>')
            if keys:
                titles = " · ".join(span.title for span in highlights if span.title)
                title = f' title="{_attr(titles)}"' if titles else ""
                self.out.append(
                    f'<mark class="evidence" data-evidence="{_attr(" ".join(keys))}"{title}>'
                )
                self.mark = keys
        if link is not self.link:
            self.close_link()
            if link is not None:
                title = f' title="{_attr(link.title)}"' if link.title else ""
                self.out.append(
                    f'<a class="entity entity-{_attr(link.kind)}" href="{_attr(link.url)}"'
                    f"{title}><bdi>"
                )
                self.link = link
        self.out.append(_text(text))

    def finish(self) -> str:
        self.close_mark()
        if self.paragraphs:
            self.out.append("</p>")
        html = "".join(self.out)
        return html.replace("<p></p>", "").replace("\n\n", "\n").strip()


def render_line(text: str, entities: Iterable[EntitySpan] = ()) -> str:
    """A headline or dateline as inline HTML with `entities` linked (no paragraphs)."""
    return _render(text, entities, (), False)


def render_body(
    body: str,
    entities: Iterable[EntitySpan] = (),
    highlights: Iterable[HighlightSpan] = (),
) -> str:
    """The body as HTML paragraphs with `entities` linked and `highlights` marked."""
    return _render(body, entities, highlights, True)


def _render(
    body: str,
    entities: Iterable[EntitySpan],
    highlights: Iterable[HighlightSpan],
    paragraphs: bool,
) -> str:
    length = len(body)
    links = _choose_entities(entities, length)
    marks = []
    for span in highlights:
        bounds = _clip(span.start, span.end, length)
        if bounds:
            marks.append(HighlightSpan(*bounds, span.key, span.title))
    marks.sort(key=lambda span: (span.start, span.end))

    breaks = [(m.start(), m.end()) for m in PARAGRAPH_BREAK.finditer(body)] if paragraphs else []
    cuts = {0, length}
    for span in links:
        cuts.update((span.start, span.end))
    for span in marks:
        cuts.update((span.start, span.end))
    for start, end in breaks:
        cuts.update((start, end))
    points = sorted(cuts)

    writer = _Writer(paragraphs)
    link_index = 0
    break_index = 0
    for start, end in zip(points, points[1:], strict=False):
        while break_index < len(breaks) and breaks[break_index][1] <= start:
            break_index += 1
        if break_index < len(breaks) and breaks[break_index][0] <= start:
            if start == breaks[break_index][0]:
                writer.paragraph_break()
            continue
        while link_index < len(links) and links[link_index].end <= start:
            link_index += 1
        link = None
        if link_index < len(links) and links[link_index].start <= start:
            link = links[link_index]
        active = [span for span in marks if span.start <= start and span.end >= end]
        writer.set_state(active, link, body[start:end])
    return writer.finish()
