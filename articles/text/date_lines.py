"""The day a page's own lines state, for articles.text.cleaning and ingestion: a line that
says nothing but the date («05 مارس 2019», «تاريخ النشر: 28th, April 2024 GMT»,
«05/09/2022»), and the day a dateline gives («الكويت، 25 مارس 2014، وكالات –»).
Pure Python: no Django.
"""

import re
from datetime import date

from articles.text.arabic import normalize
from articles.text.date_names import GREGORIAN_MONTHS
from articles.text.dates import find_dates

MAX_DATE_LINE_CHARS = 60
# What else a date line may say: «نشر في», «بتاريخ», «آخر تحديث», the time («10:02 م»,
# «مساء») and its zone («بتوقيت طهران», «GMT»).
_DATE_LINE_WORD_RE = re.compile(
    r"(?<!\w)(?:(?:تم )?نشر(?:ه|ت)?|في|بتاريخ|تاريخ|النشر|اخر|تحديث|التحديث|م|ص|مساء|مساءا"
    r"|صباحا|صباح|ظهرا|بتوقيت \w+)(?!\w)"
    r"|[a-z]"
)
_SECTION_LABEL_RE = re.compile(r"\s*[^\W\d_]{2,}\s*[|:\-–]?\s*")  # one word: «تركيا», «سياسة»
_ENGLISH_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH_NAMES = {**{normalize(name): n for name, n in GREGORIAN_MONTHS.items()}, **_ENGLISH_MONTHS}
_MONTH = "|".join(sorted(map(re.escape, _MONTH_NAMES), key=len, reverse=True))
# Page stamps in the English order the date finder does not read: «نوفمبر 9, 2021»,
# «November 9, 2021», «28th, April 2024».
_MONTH_DAY_YEAR_RE = re.compile(
    rf"(?<!\w)(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<year>\d{{4}})(?!\d)"
)
# «08-مايو-2022», «08/مايو/2022»: a stamp's parts joined by a dash or a slash
_STAMP_JOIN = r"(?:\s*,?\s+|\s*[-/]\s*)"
_DAY_MONTH_YEAR_RE = re.compile(
    rf"(?<!\w)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_STAMP_JOIN}(?P<month>{_MONTH})"
    rf"{_STAMP_JOIN}(?P<year>\d{{4}})(?!\d)"
)


def date_line_day(text: str) -> date | None:
    """The day a line states when that is all it says: «05 مارس 2019», «الأحد 24 يوليو 2022 -
    12:23 بتوقيت طهران», «نشر في 5/3/2019», «تاريخ النشر: 28th, April 2024 GMT», or all but
    the page's section before it: «تركيا 30-11-2024 | 17:09»."""
    if len(text) > MAX_DATE_LINE_CHARS or not any(character.isdigit() for character in text):
        return None
    found = find_dates(text)
    if not found:
        return _stamp_day(text)
    # «نشر: 2016-04-30 23:17 آخر تحديث: 2023-06-18 15:30»: published, then updated.
    if not 1 <= len(found) <= 2 or any(e.calendar != "gregorian" for e in found):
        return None
    expression = found[0]
    after = text[expression.end : found[-1].start] + text[found[-1].end :]
    label = text[: expression.start]
    # «تركيا 30-11-2024 | 17:09»: the page's section named before its stamp
    if not _only_date_words(label + after) and not (
        _SECTION_LABEL_RE.fullmatch(label) and _only_date_words(after)
    ):
        return None
    try:
        return date(expression.year, expression.month, expression.day)
    except (TypeError, ValueError):  # a part missing, or no such day
        return None


def _stamp_day(text: str) -> date | None:
    """«نوفمبر 9, 2021, 4:48 م», «28th, April 2024 GMT», «08-مايو-2022»: a month name before
    its day, an English one after it, or a name between dashes."""
    folded = normalize(text).lower()
    found = _MONTH_DAY_YEAR_RE.search(folded) or _DAY_MONTH_YEAR_RE.search(folded)
    if found is None or not _only_date_words(folded[: found.start()] + folded[found.end() :]):
        return None
    try:
        return date(int(found["year"]), _MONTH_NAMES[found["month"]], int(found["day"]))
    except ValueError:  # no such day
        return None


def _only_date_words(rest: str) -> bool:
    return _DATE_LINE_WORD_RE.sub("", normalize(rest).lower()).isascii()


def dateline_day(text: str) -> date | None:
    """The one full day a dateline gives («الكويت، 25 مارس 2014، وكالات –»)."""
    days = [e for e in find_dates(text) if e.calendar == "gregorian"]
    if len(days) != 1:
        return None
    try:
        return date(days[0].year, days[0].month, days[0].day)
    except (TypeError, ValueError):
        return None
