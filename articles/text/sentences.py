"""An article's text cut into sentences, with offsets. Pure Python: no Django.

A sentence ends at a line break or at a final mark; a period does not end one inside a number
(«2.5»), a Latin abbreviation or address («U.S.», «sana.sy») or Arabic initials («د.ب.أ»),
but does between two Arabic words run together («في يناير المقبل.وكان»).
"""

import re

TERMINATORS, CLOSERS = ".!?؟…", "\"'”’»)]"
_ABBREVIATIONS = frozenset("mr mrs ms dr prof st jr sr no vs etc gen col lt".split())
# A mark that may end a sentence, or a line break with the blank lines after it.
_BREAK_RE = re.compile("[\n" + re.escape(TERMINATORS) + r"](?:(?<=\n)\s*\n)?")
_MARKS_RE = re.compile("[" + re.escape(TERMINATORS + CLOSERS) + "]*")
_LAST_WORD_RE = re.compile(r"(\w+)$")
# Vowel marks and tatweel: «عامًا.» ends in a word, not in the single letter «ا».
_VOWEL_MARKS_RE = re.compile("[\u064b-\u065f\u0670\u0640]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, without surrounding spaces, its final mark included."""
    spans: list[tuple[int, int]] = []
    start = resume = 0
    for found in _BREAK_RE.finditer(text):
        position = found.start()
        if position < resume:  # a mark already taken into the previous sentence
            continue
        if text[position] == "\n":
            _add_span(spans, text, start, position)
            start = resume = found.end()
        elif _ends_sentence(text, position):
            end = _MARKS_RE.match(text, position + 1).end()
            _add_span(spans, text, start, end)
            start = resume = end
    _add_span(spans, text, start, len(text))
    return spans


def _ends_sentence(text: str, position: int) -> bool:
    if text[position] != ".":
        return True
    preceding = _VOWEL_MARKS_RE.sub("", text[max(0, position - 12) : position])
    before = preceding[-2:]
    after = text[position + 1 : position + 2]
    if text[position - 1 : position].isspace() and after.isalpha() and not after.isascii():
        return True  # «تحديده .وأشار»: a mark typed after the space, before the next word
    if after.isalnum():  # «2.5», «U.S.», «sana.sy», «د.ب.أ»
        # but «في يناير المقبل.وكان», «… في سوريا".ومن جهتها»: Arabic words of two letters or
        # more on both sides, the first perhaps closing a quotation
        before = preceding.rstrip(CLOSERS)[-2:]
        after = text[position + 1 : position + 3]
        return all(
            len(part) == 2 and part.isalpha() and not part.isascii() for part in (before, after)
        )
    if len(before) == 2 and before.isalpha() and not before.isascii():
        return True  # a word of two letters or more, not in Latin: no abbreviation
    word = _LAST_WORD_RE.search(preceding)
    if word is None:
        return True
    word_text = word.group(1)  # «د. محمد», «Dr. Smith»
    return not (
        (len(word_text) == 1 and word_text.isalpha()) or word_text.lower() in _ABBREVIATIONS
    )


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


# «بن علوي يستقبل المعلم في مسقط. أ.ف.ب»: a photo's caption, told in a headline's present
_PHOTO_CREDIT_RE = re.compile(
    r"[(\[]?\s*(?:[أا]\s?\.?\s?ف\s?\.?\s?ب|رويترز|الأناضول|ال[أا]وروبية|سانا|غيتي|AFP|Reuters"
    r"|EPA|AP|Getty(?: Images)?)\s*[)\]]?\.?",
    re.IGNORECASE,
)
CREDIT_CHARS = 24  # the longest photo credit after a caption: «(رويترز)», «Getty Images»


def alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence [start, end) stands alone on its line, as a headline does: left
    without its final mark, or followed by nothing but a photo's credit (a caption)."""
    unfinished = text[start:end].rstrip(CLOSERS)[-1:] not in TERMINATORS
    if not (unfinished or _credit_after(text, end)):
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    after = text[end : len(text) if line_end < 0 else line_end]
    return not text[line_start:start].strip() and (not after.strip() or not unfinished)


def _credit_after(text: str, end: int) -> bool:
    """Whether only a photo's credit follows on the sentence's line (read at most
    CREDIT_CHARS ahead, so that long paragraphs cost nothing)."""
    line = text[end : end + CREDIT_CHARS + 1].split("\n", 1)[0]
    return len(line) <= CREDIT_CHARS and bool(_PHOTO_CREDIT_RE.fullmatch(line.strip()))
