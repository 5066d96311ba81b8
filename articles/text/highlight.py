"""Query terms marked in the original article text, for snippets and titles. Pure Python.

The index (articles.text.arabic) holds, at each position, a normalised token, every form left
after stripping a valid chain of proclitics, and the halves of a word run together around
ال; stop words take no position. A query word is looked up by its `query_form`, and a phrase
matches consecutive positions. The same rules find the hits here, on the normalised text,
and `normalize_with_offsets` maps them back to the characters of the text as published, so
«لعنان» is marked for the query عنان and «الإبراهيمى» for الابراهيمي.

Safety: the output is HTML. The text is escaped with `html.escape` *after* the hits are
wrapped in private-use marker characters, and only then are the markers swapped for
`<mark>`/`</mark>`; marker characters already in the text are replaced first, so article text
can never produce markup, `<mark>` included.
"""

import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import product

from articles.text.arabic import (
    MAX_LEXEME_CHARS,
    STOP_WORDS,
    compound_halves,
    normalize_with_offsets,
    normalizes_without_growing,
    query_form,
    stripped_forms,
)

MARK_START = "\ue000"
MARK_END = "\ue001"
_MARKERS_RE = re.compile("[\ue000\ue001]")
# The tokeniser of articles.text.arabic (tests/test_highlight.py checks they agree).
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
# How a run-together query word is looked up (articles.text.query): whole or as two halves.
_QUERY_COMPOUND_MIN_CHARS = 6
_INDEX_COMPOUND_MIN_CHARS = 8
MAX_SEQUENCES_PER_PHRASE = 16
ELLIPSIS = "…"
_WHITESPACE_RE = re.compile(r"\s")
_SPACE_RE = re.compile(r"\s")
SCAN_CHARS = 500  # snippets normalise long texts this much at a time (most hits come early)
SCAN_OVERLAP = 150

Span = tuple[int, int]


def lexeme_sequences(phrases: Iterable[Sequence[str]]) -> list[tuple[str, ...]]:
    """What to look for: each phrase (normalised tokens, as `tokens()` gives them) as the
    sequences of index lexemes it can match, a run-together word either whole or halved."""
    sequences: set[tuple[str, ...]] = set()
    for phrase in phrases:
        alternatives = []
        for token in phrase:
            form = query_form(token)
            options: list[tuple[str, ...]] = [(form,)]
            halves = compound_halves(form) if len(form) >= _QUERY_COMPOUND_MIN_CHARS else None
            if halves:
                options.append(halves)
            alternatives.append(options)
        if not alternatives:
            continue
        for count, combination in enumerate(product(*alternatives)):
            if count >= MAX_SEQUENCES_PER_PHRASE:
                break
            sequences.add(tuple(lexeme for part in combination for lexeme in part))
    return sorted(sequences)


class _Query:
    """The phrases prepared for matching: lexeme sequences by their first lexeme."""

    def __init__(self, phrases: tuple[tuple[str, ...], ...]):
        self.sequences = lexeme_sequences(phrases)
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for sequence in self.sequences:
            self.by_first.setdefault(sequence[0], []).append(sequence)
        wanted = {lexeme for sequence in self.sequences for lexeme in sequence}
        self.wanted_re = re.compile(
            "|".join(map(re.escape, sorted(wanted, key=len, reverse=True))) or "(?!)"
        )


@lru_cache(maxsize=256)
def _prepared(phrases: tuple[tuple[str, ...], ...]) -> _Query:
    return _Query(phrases)


def _query(phrases: Iterable[Sequence[str]]) -> _Query:
    """The same phrases for every result of a page: prepared once."""
    return _prepared(tuple(tuple(phrase) for phrase in phrases))


_NOTHING: frozenset[str] = frozenset()


def _positions(text: str, query: _Query) -> list[tuple[frozenset[str], int, int]]:
    """The index positions of `text` that matter: (lexemes there, start, end in the text).

    Every lexeme at a position is a substring of its token (the token, what is left after its
    proclitics, the halves of a run-together word), so only tokens that contain a wanted
    lexeme are expanded. Between two of them, any other token that takes a position (not a
    stop word) is one empty position: it breaks a phrase as it should, and how many there
    are does not matter.
    """
    normalized, offsets = normalize_with_offsets(text)
    found = [hit.start() for hit in query.wanted_re.finditer(normalized)]
    if not found:
        return []
    spans = [token.span() for token in TOKEN_RE.finditer(normalized)]
    starts = [start for start, _end in spans]
    positions: list[tuple[frozenset[str], int, int]] = []
    previous = -1  # index in spans of the last token expanded
    for hit_start in found:
        index = bisect_right(starts, hit_start) - 1
        if index <= previous:
            continue  # another wanted lexeme in the same token
        token_start, token_end = spans[index]
        token = normalized[token_start:token_end]
        if token in STOP_WORDS or len(token) > MAX_LEXEME_CHARS:
            continue
        if previous >= 0 and _takes_position(normalized, spans[previous + 1 : index]):
            positions.append((_NOTHING, 0, 0))
        previous = index
        start, end = offsets[token_start], offsets[token_end - 1] + 1
        while end < len(text) and unicodedata.category(text[end]) == "Mn":
            end += 1  # the word's last diacritics (a shadda, a tanwin) belong to it
        forms = stripped_forms(token)
        lexemes = {token, *forms}
        last = forms[-1] if forms else token
        halves = compound_halves(last) if len(token) >= _INDEX_COMPOUND_MIN_CHARS else None
        if halves:
            lexemes.add(halves[0])
            positions.append((frozenset(lexemes), start, end))
            positions.append((frozenset([halves[1]]), start, end))
        else:
            positions.append((frozenset(lexemes), start, end))
    return positions


def _takes_position(normalized: str, spans: list[Span]) -> bool:
    """Whether any of these tokens has a position in the index (stop words have none)."""
    return any(
        normalized[start:end] not in STOP_WORDS and end - start <= MAX_LEXEME_CHARS
        for start, end in spans
    )


def _hits(text: str, query: _Query, start: int = 0, end: int | None = None) -> list[Span]:
    """Hits in text[start:end] (cut between words), as offsets into `text`."""
    positions = _positions(text[start:end], query)
    spans = []
    for index, (lexemes, hit_start, _end) in enumerate(positions):
        for lexeme in lexemes:
            for sequence in query.by_first.get(lexeme, ()):
                last = index + len(sequence) - 1
                if last < len(positions) and all(
                    sequence[offset] in positions[index + offset][0]
                    for offset in range(1, len(sequence))
                ):
                    spans.append((start + hit_start, start + positions[last][2]))
    return _merge(spans)


def find_hits(text: str, phrases: Iterable[Sequence[str]]) -> list[Span]:
    """Where the phrases occur in `text`: sorted, non-overlapping (start, end) spans."""
    query = _query(phrases)
    if not text or not query.sequences:
        return []
    return _hits(text, query)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def mark(text: str, spans: Iterable[Span]) -> str:
    """`text` as HTML: escaped, with each span wrapped in `<mark>`."""
    text = _MARKERS_RE.sub("\ufffd", text)  # same length: the spans stay valid
    pieces = []
    position = 0
    for start, end in _merge([(max(0, s), min(len(text), e)) for s, e in spans if s < e]):
        if start >= len(text) or end <= position:
            continue
        start = max(start, position)
        pieces += [text[position:start], MARK_START, text[start:end], MARK_END]
        position = end
    pieces.append(text[position:])
    escaped = html.escape("".join(pieces), quote=True)
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def highlight(text: str, phrases: Iterable[Sequence[str]]) -> str:
    """The whole of `text` as HTML with the phrases marked."""
    return mark(text, find_hits(text, phrases))


def _best_window_start(hits: list[Span], width: int) -> int:
    """The first hit of the window of `width` characters that holds the most hits."""
    best_index, best_count = 0, 0
    for index, (start, _end) in enumerate(hits[:20]):
        count = sum(1 for s, e in hits[index:] if e <= start + width)
        if count > best_count:
            best_index, best_count = index, count
    return hits[best_index][0] if hits else 0


def window(text: str, hits: list[Span], width: int = 280) -> Span:
    """A window of about `width` characters around the first hits, cut between words."""
    if len(text) <= width:
        return 0, len(text)
    anchor = _best_window_start(hits, width) if hits else 0
    start = max(0, anchor - width // 5)
    if start > 0:
        space = _space_after(text, start, anchor)
        start = space if space is not None else start
    end = min(len(text), start + width)
    for hit_start, hit_end in hits:  # never cut a hit in two
        if hit_start < end < hit_end:
            end = hit_end
    if end < len(text):
        space = text.rfind(" ", start + width // 2, end)
        if space > 0 and not any(s < space < e for s, e in hits):
            end = space
    return start, end


def _space_after(text: str, start: int, limit: int) -> int | None:
    for index in range(start, min(limit, start + 30)):
        if text[index].isspace():
            return index + 1
    return None


def _space_at_or_after(text: str, index: int) -> int:
    if index >= len(text):
        return len(text)
    found = _SPACE_RE.search(text, index)
    return found.start() if found else len(text)


def _space_at_or_before(text: str, index: int, floor: int) -> int:
    index = max(index, floor)
    while index > floor and not text[index].isspace():
        index -= 1
    return index


def _scan_start(text: str, normalized: str | None, query: _Query) -> int | None:
    """Where the first hit can begin, from normalize(text) when it is at hand; None when
    there can be no hit. When normalising only deletes characters or maps them one for one,
    a hit's offset in `text` is at least that of its first letter in `normalized`."""
    if normalized is None or not normalizes_without_growing(text):
        return 0
    found = query.wanted_re.search(normalized)
    if found is None:
        return None
    return _space_at_or_before(text, max(0, found.start() - SCAN_OVERLAP), 0)


def _first_hits(text: str, query: _Query, position: int = 0) -> tuple[list[Span], int, int]:
    """Hits in the first stretch of `text` from `position` that has any, and that stretch: a
    long article is normalised a piece at a time (pieces overlap, so a phrase across a cut
    is still found)."""
    while position < len(text):
        end = _space_at_or_after(text, position + SCAN_CHARS)
        hits = _hits(text, query, position, end)
        if hits or end >= len(text):
            return hits, position, end
        position = max(position + 1, _space_at_or_before(text, end - SCAN_OVERLAP, position))
    return [], 0, len(text)


def snippet(
    text: str, phrases: Iterable[Sequence[str]], width: int = 280, normalized: str | None = None
) -> str:
    """HTML: a passage of `text` around the first matches, the matches marked, «…» where cut.

    `normalized`, normalize(text) when the caller has it, lets a long text be scanned from
    its first possible hit rather than from the start.
    """
    query = _query(phrases)
    start_at = _scan_start(text, normalized, query) if query.sequences else None
    hits, scanned_from, scanned_to = (
        _first_hits(text, query, start_at) if start_at is not None else ([], 0, len(text))
    )
    start, end = window(text, hits, width)
    if hits and not scanned_from <= start <= end <= scanned_to:
        # the window reaches past the piece scanned: find every hit inside it
        around = _space_at_or_before(text, max(0, start - 60), 0)
        hits = _hits(text, query, around, _space_at_or_after(text, end + 60))
    inside = [
        (max(s, start) - start, min(e, end) - start) for s, e in hits if s < end and e > start
    ]
    html_text = mark(_WHITESPACE_RE.sub(" ", text[start:end]), inside)  # one for one
    return (
        (ELLIPSIS + " " if start > 0 else "")
        + html_text
        + (" " + ELLIPSIS if end < len(text) else "")
    )
