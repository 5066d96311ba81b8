"""Arabic calendar vocabulary for articles.text.dates, and the tools it needs besides:
folding a text while keeping the way back to the original offsets, sets of days, and the
tabular Hijri calendar. Pure Python: no Django.

Every name here is written as it looks after folding (articles.text.arabic.normalize): hamza
seats as bare alef, alef maksura as yeh, teh marbuta as heh, no diacritics."""

import re
from bisect import bisect_right
from datetime import date, timedelta
from functools import cache, lru_cache
from operator import itemgetter

from articles.text.anchored_scan import scan
from articles.text.arabic import character_ranges, normalize

GREGORIAN_MONTHS = {
    # Levantine and Iraqi
    "كانون الثاني": 1,
    "كانون ثاني": 1,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "اب": 8,
    "ايلول": 9,
    "تشرين الاول": 10,
    "تشرين اول": 10,
    "تشرين الثاني": 11,
    "تشرين ثاني": 11,
    "كانون الاول": 12,
    "كانون اول": 12,
    # Egyptian and Gulf
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "ابريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "اغسطس": 8,
    "سبتمبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    # Algerian and Tunisian, then Moroccan
    "جانفي": 1,
    "فيفري": 2,
    "افريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويليه": 7,
    "اوت": 8,
    "يوليوز": 7,
    "غشت": 8,
    "شتنبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
}

HIJRI_MONTHS = {
    "محرم": 1,
    "المحرم": 1,
    "صفر": 2,
    "ربيع الاول": 3,
    "ربيع اول": 3,
    "ربيع الثاني": 4,
    "ربيع ثاني": 4,
    "ربيع الاخر": 4,
    "جمادي الاولي": 5,
    "جمادي الاول": 5,
    "جمادي الاخره": 6,
    "جمادي الاخر": 6,
    "جمادي الثانيه": 6,
    "جمادي الثاني": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعده": 11,
    "ذي القعده": 11,
    "ذو الحجه": 12,
    "ذي الحجه": 12,
}

# Names that are also common words or people's names («آب» father, «مارس» practised, «صفر»
# zero, «رجب» as in Recep Tayyip Erdogan): taken as a month only with a day, a year, a
# relation word or «شهر» beside them, and never with a clitic glued on («باب» is a door).
AMBIGUOUS_MONTHS = frozenset({"اب", "ماي", "مارس", "اوت", "غشت", "صفر", "رجب", "محرم", "المحرم"})

WEEKDAYS = {
    "الاثنين": 0,
    "الثلاثاء": 1,
    "الثلاثا": 1,
    "الاربعاء": 2,
    "الاربعا": 2,
    "الخميس": 3,
    "الجمعه": 4,
    "السبت": 5,
    "الاحد": 6,
}
WEEKDAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

RELATIVE_DAYS = {
    "اليوم": 0,
    "امس": -1,
    "يوم امس": -1,
    "البارحه": -1,
    "اول امس": -2,
    "اول من امس": -2,
    "امس الاول": -2,
    "غدا": 1,
    "يوم غد": 1,
    "بعد غد": 2,
    "بعد غدا": 2,
}

PAST_WORDS = ("الماضي", "الماضيه", "الفائت", "الفائته", "المنصرم", "المنصرمه")
NEXT_WORDS = ("المقبل", "المقبله", "القادم", "القادمه")
CURRENT_WORDS = ("الجاري", "الجاريه", "الحالي", "الحاليه")


def relation(word: str | None) -> str | None:
    if word in PAST_WORDS:
        return "past"
    return "next" if word in NEXT_WORDS else None


ORDINAL_UNITS = {
    "الاول": 1,
    "الحادي": 1,
    "الواحد": 1,
    "الثاني": 2,
    "الثالث": 3,
    "الرابع": 4,
    "الخامس": 5,
    "السادس": 6,
    "السابع": 7,
    "الثامن": 8,
    "التاسع": 9,
    "العاشر": 10,
}
ORDINAL_TENS = {"العشرين": 20, "الثلاثين": 30}

# Words before a bare month name («في تموز») that make it a date rather than a name.
MONTH_PREPOSITIONS = frozenset(
    "في خلال منذ مطلع اوائل اواسط منتصف اواخر نهايه بدايه حتي قبل بعد".split()
)
# «قوى 14 آذار», «ثورة 25 يناير», «هجمات 11 سبتمبر», «مدينة 6 أكتوبر»: names and anniversaries,
# not the date of anything the article reports.
NAME_MAKERS = frozenset(
    "قوي تيار تحالف فريق حركه ثوره ثورتي انتفاضه حرب مدينه جسر كوبري ميدان شارع هجمات"
    " احداث اعتداءات تفجيرات جماعه ائتلاف كتله جبهه".split()
)
# Ordinals after these count weeks, halves or rounds, not days («الأسبوع الأول من تموز»).
NOT_DAY_ORDINAL_HEADS = frozenset("الاسبوع النصف الربع الثلث الشهر العقد جنيف المؤتمر".split())
# «روسيا اليوم», «المصري اليوم»: broadcasters and newspapers; «ذلك اليوم»: some other day.
NOT_TODAY_BEFORE = frozenset("روسيا المصري ذلك ذات نفس في".split())
NOT_TODAY_AFTER = frozenset(
    "التالي السابق الاول الثاني الثالث الرابع الخامس السابع الاخير الوطني العالمي الدولي"
    " نفسه ذاته الذي الموعود".split()
)
# «بين الاثنين» is «between the two»; «صلاة الجمعة» is the weekly prayer, not a date.
NOT_WEEKDAY_BEFORE = {
    "الاثنين": frozenset("بين كلا كلتا هذين".split()),
    "الجمعه": frozenset("صلاه صلاتي خطبه خطيب ائمه".split()),
}

# Words just before a date that may put it after the publication: future particles,
# scheduling words, and the imperfect verbs news uses for scheduled events («يلتقي عنان في
# 17 تموز»). A false alarm only widens the estimate.
FUTURE_WORDS = frozenset(
    "سوف المقرر مقرر المزمع المرتقب المنتظر المقبل المقبله القادم القادمه بحلول موعد موعدا"
    " حتي قبل".split()
)
# The strongest of them, which put a date after the publication from anywhere in its clause.
SCHEDULE_WORDS = frozenset("سوف المقرر مقرر المزمع المرتقب المنتظر موعد موعدا".split())
_FUTURE_VERB_RE = re.compile(
    r"^(?:ي(?!وم|ونيو|وليو|ناير|ونيه|وليه)\w{2,}|س(?!ياس|يار|يد|يطر|ين|تار|تين|ته|نه|نو|نين|نت)"
    r"[يتن]\w{2,}|ت(?:نتهي|بدا|عقد|نعقد|جري|نطلق|ستانف|لتقي|صل|زور|توجه|ستضيف|شهد)\w*"
    r"|ت(?:نظم|قام))$"  # «تنظم انتخابات في منتصف العام 2017»; not «تنظيم»
)


@lru_cache(maxsize=1 << 16)
def is_future_word(word: str) -> bool:
    word = word[1:] if len(word) > 3 and word[0] in "وف" else word
    return word in FUTURE_WORDS or bool(_FUTURE_VERB_RE.match(word))


def alternation(names) -> str:
    """A regex alternative of folded names, longest first, spaces matching any whitespace."""
    return "|".join(
        re.escape(name).replace(r"\ ", r"\s+") for name in sorted(names, key=len, reverse=True)
    )


def canonical(phrase: str) -> str:
    return " ".join(phrase.split())


# Patterns over folded text, and the word tests they need. pattern_matches() relies on their
# shape (each needs a word of _trigger_table, with few words before it): keep them in step.
_REL = alternation(PAST_WORDS + NEXT_WORDS + CURRENT_WORDS)
_YEAR = r"(?P<year>19[89]\d|20[0-3]\d|14[0-6]\d)(?!\d)"
_HIJRI_MARK = r"(?P<hmark>\s*(?:هجريه|هجري|للهجره|ه)(?!\w))?(?:\s*م(?!\w))?"
_ORDINAL = (
    rf"(?P<unit>{alternation(ORDINAL_UNITS)})"
    rf"(?:\s+(?P<teen>عشر)|\s*و\s*(?P<tens>{alternation(ORDINAL_TENS)}))?"
    rf"|(?P<tens_only>{alternation(ORDINAL_TENS)})"
)
_MONTHS = alternation(GREGORIAN_MONTHS | HIJRI_MONTHS)
CALENDAR_RE = re.compile(
    rf"(?:(?:(?<![\d.,/:\-])(?P<digits>\d{{1,2}})(?!\d)|(?<!\w)(?:{_ORDINAL})(?!\w))"
    rf"\s+(?:من\s+)?)?"
    rf"(?:(?<!\w)(?P<shahr>شهر)\s+)?"
    rf"(?<!\w)(?P<clitic>[وف]?[بل]?)(?P<month>{_MONTHS})(?!\w)(?P<month_end>)"
    rf"(?:\s*[/\\(\-–]\s*(?:{_MONTHS})(?!\w)\s*\)?)?"
    rf"(?:\s*[,،]?\s*(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s+)?{_YEAR}{_HIJRI_MARK}"
    rf"|\s+(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+(?P<rel_year>{_REL})"
    rf"|(?P<this_year>من\s+(?:هذا\s+العام|هذه\s+السنه))|(?P<rel_month>{_REL}))(?!\w))?"
)
WEEKDAY_RE = re.compile(
    rf"(?<!\w)(?:[وف]?(?P<yawm>يوم)\s+)?(?P<clitic>[وف]?)"
    rf"(?P<weekday>{alternation(WEEKDAYS)})(?!\w)"
    rf"(?:\s+(?P<rel>{alternation(PAST_WORDS + NEXT_WORDS)})(?!\w))?"
)
RELATIVE_RE = re.compile(rf"(?<!\w)(?P<clitic>[وف]?)(?P<word>{alternation(RELATIVE_DAYS)})(?!\w)")
UNIT_RE = re.compile(
    rf"(?<!\w)(?:(?P<clitic>[وف]?(?:ب(?=ال))?)(?:ال|لل)(?:اسبوع|شهر|عام|سنه)\s+(?P<rel>{_REL})"
    rf"|هذا\s+(?:الاسبوع|الشهر|العام)|هذه\s+السنه)(?!\w)"
)
YEAR_RE = re.compile(
    rf"(?<!\w)(?P<clitic>[وف]?(?:ب(?=ال))?)(?:ال|لل|ل)?(?:عامي|عام|سنتي|سنه)\s+{_YEAR}{_HIJRI_MARK}"
)
NUMERIC_RE = re.compile(
    r"(?<![\d/.\-:])(?:(?P<y1>(?:19|20)\d\d)(?P<s1>[-/.])(?P<m1>\d\d?)(?P=s1)(?P<d1>\d\d?)"
    r"|(?P<d2>\d\d?)(?P<s2>[-/.])(?P<m2>\d\d?)(?P=s2)(?P<y2>(?:19|20)\d\d))(?![\d/\-]|\.\d)"
)
JOINER_RE = re.compile(r"[\s,،()\-–—:]*(?:الموافق\s*ل?[\s,،()\-–—:]*)?")
WORD_RE = re.compile(r"\w+")
CLAUSE_END_RE = re.compile(r"[.!?؟؛;\n]")


def words_before(folded: str, position: int, count: int) -> list[str]:
    return WORD_RE.findall(folded[max(0, position - 60) : position])[-count:]


def among(word: str, words: frozenset[str]) -> bool:
    """`word`, or `word` without a glued و/ف («وفي»), is one of `words`."""
    return word in words or (len(word) > 2 and word[0] in "وف" and word[1:] in words)


def word_after(folded: str, position: int) -> str:
    found = WORD_RE.search(folded, position, position + 40)
    return found.group() if found else ""


def ordinal_day(match: re.Match) -> int | None:
    if match["tens_only"]:
        return ORDINAL_TENS[match["tens_only"]]
    unit = ORDINAL_UNITS[match["unit"]]
    if match["teen"]:
        return 10 + unit if match["unit"] not in ("الاول", "العاشر") else None
    if match["tens"]:
        return ORDINAL_TENS[match["tens"]] + unit if match["unit"] != "العاشر" else None
    return None if match["unit"] in ("الحادي", "الواحد") else unit


# Where the patterns can match. Every match takes in a whole word from a short list (a month,
# a weekday, «امس», «العام»…) and at most a few words before it, joined to it by spaces only.
# `pattern_matches` finds those words with one scan and tries each pattern only at the starts
# of the words (and digits, for days) that may begin a match: the same matches as finditer
# over the whole text, since a match can begin nowhere else, at a fraction of the cost.
_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
# Words a calendar date may have before its month: a day («الثاني و العشرين»), «من», «شهر».
_WORDS_BEFORE_MONTH = 5
_RELATIVE_KEYS = ("اليوم", "امس", "البارحه", "غدا", "غد")
_UNIT_WORDS = ("اسبوع", "شهر", "عام", "سنه", "عامي", "سنتي")


def _trigger_table() -> dict[str, dict[str, int]]:
    """Each trigger word, with its clitics: the patterns it is part of, and how many words
    before it a match of each may begin."""
    table: dict[str, dict[str, int]] = {}

    def add(kind: str, word: str, before: int, clitics=_CLITICS) -> None:
        for clitic in clitics:
            kinds = table.setdefault(clitic + word, {})
            kinds[kind] = max(kinds.get(kind, 0), before)

    for name in GREGORIAN_MONTHS | HIJRI_MONTHS:
        add("calendar", name.split()[0], _WORDS_BEFORE_MONTH)
    for name in WEEKDAYS:
        add("weekday", name, 1)  # «يوم الاثنين»
    for phrase in RELATIVE_DAYS:
        words = phrase.split()
        index = next(i for i, word in enumerate(words) if word in _RELATIVE_KEYS)
        add("relative", words[index], index)
    for article in ("", "ال", "لل", "ل"):
        for unit in _UNIT_WORDS:
            add("year", article + unit, 0)
            if article in ("ال", "لل"):
                add("unit", article + unit, 1)  # «هذا الشهر»
    return table


def _alternatives(words) -> str:
    """A regex for any of `words`, factored by letters: much faster than a flat alternation."""
    by_head: dict[str, list[str]] = {}
    for word in words:
        by_head.setdefault(word[0], []).append(word[1:])
    branches = []
    for head, tails in sorted(by_head.items()):
        rest = [tail for tail in tails if tail]
        if not rest:
            branches.append(re.escape(head))
        else:
            optional = "?" if len(rest) < len(tails) else ""
            branches.append(f"{re.escape(head)}(?:{_alternatives(rest)}){optional}")
    return "|".join(branches)


_TRIGGERS = _trigger_table()
_TRIGGER_AT_START_RE = re.compile(rf"({_alternatives(_TRIGGERS)})(?!\w)")
_MOST_WORDS_BEFORE = max(before for kinds in _TRIGGERS.values() for before in kinds.values())
# Read backwards from a position, in the reversed text: the words before it joined to it by
# whitespace only, one group each.
_WORDS_BEFORE_RE = re.compile(
    r"\s+(\w+)(?:" * (_MOST_WORDS_BEFORE - 1) + r"\s+(\w+)" + ")?" * (_MOST_WORDS_BEFORE - 1)
)
_DIGIT_RE = re.compile(r"\d")
_PATTERNS = {
    "calendar": CALENDAR_RE,
    "year": YEAR_RE,
    "weekday": WEEKDAY_RE,
    "relative": RELATIVE_RE,
    "unit": UNIT_RE,
}


@cache
def _trigger_re() -> re.Pattern:
    r"""A non-word character, then a trigger word (group 1) or, after a digit, the rest of what
    every numeric date has in it: \d[-/.]\d\d?[-/.]\d. The non-word characters are spelt out
    as a class, which the regex engine scans for faster than for \W."""
    non_word = [code for code in range(0x10000) if not (chr(code).isalnum() or code == 0x5F)]
    return re.compile(
        rf"[{_class(non_word)}\U00010000-\U0010ffff]"
        rf"(?:({_alternatives(_TRIGGERS)})(?!\w)|(?<=\d[-/.])\d\d?[-/.]\d)"
    )


def _starts_before(folded: str, backwards: str, position: int, count: int) -> list[int]:
    """Starts of up to `count` words before `position`, with only whitespace between them and
    it; `backwards` is folded[::-1]."""
    found = _WORDS_BEFORE_RE.match(backwards, len(folded) - position)
    if not found:
        return []
    ends = [found.end(group) for group in range(1, count + 1)]
    return [len(folded) - end for end in ends if end >= 0]


def pattern_matches(folded: str) -> dict[str, list[re.Match]]:
    """The matches of CALENDAR_RE, NUMERIC_RE, YEAR_RE, WEEKDAY_RE, RELATIVE_RE and UNIT_RE
    (keyed "calendar", "numeric", "year", "weekday", "relative", "unit") in folded text,
    exactly as each pattern's finditer gives them."""
    starts: dict[str, set[int]] = {kind: set() for kind in _PATTERNS}
    backwards = ""
    numeric = False
    triggers = list(_trigger_re().finditer(folded))
    if first := _TRIGGER_AT_START_RE.match(folded):
        triggers.insert(0, first)
    for trigger in triggers:
        if trigger[1] is None:
            numeric = True
            continue
        start = trigger.start(1)
        for kind, before in _TRIGGERS[trigger[1]].items():
            starts[kind].add(start)
            if before:
                backwards = backwards or folded[::-1]
                words = _starts_before(folded, backwards, start, before)
                starts[kind].update(words)
                if kind == "calendar" and words:  # a day in digits: «17 تموز», «ب17 تموز»
                    starts[kind].update(
                        m.start() for m in _DIGIT_RE.finditer(folded, words[-1], start)
                    )
    found = {kind: scan(pattern, folded, starts[kind]) for kind, pattern in _PATTERNS.items()}
    found["numeric"] = list(NUMERIC_RE.finditer(folded)) if numeric else []
    return found


@cache
def _fold_char(character: str) -> str:
    # A lone combining hamza survives normalize(); it would split «ا» + «ٔ» from its word.
    return normalize(character).replace("\u0654", "").replace("\u0655", "")


# Folding goes character by character, so it is a fixed map from characters to strings. The
# blocks news text is written in are sorted once into characters that fold to themselves and
# the rest; the five commonest changing letters are then replaced with str.replace, and only
# what is left (diacritics, tatweel, format characters, Arabic-Indic digits, capitals, other
# scripts) is folded one character at a time.
_FOLD_BLOCKS = ((0x0000, 0x07FF), (0x2000, 0x206F))
_COMMON_FOLDS = (
    ("\u0629", "\u0647"),
    ("\u0649", "\u064a"),
    ("\u0623", "\u0627"),
    ("\u0625", "\u0627"),
    ("\u0622", "\u0627"),
)


_class = character_ranges


@cache
def _changing_re() -> re.Pattern:
    """Runs of characters that fold to something else, other than the _COMMON_FOLDS letters."""
    kept = [
        code
        for first, last in _FOLD_BLOCKS
        for code in range(first, last + 1)
        if _fold_char(chr(code)) == chr(code)
    ]
    if not all(_fold_char(source) == target for source, target in _COMMON_FOLDS):
        raise AssertionError("_COMMON_FOLDS disagrees with normalize()")
    changing = f"[^{_class(kept + [ord(source) for source, _ in _COMMON_FOLDS])}]"
    # Not changing+: a pattern that opens with a class, not a repeat, is scanned for quickly.
    return re.compile(f"{changing}{changing}*")


# Where fold(text)[0] comes from, as segments (folded start, original start, step) sorted by
# folded start: a stretch copied unchanged (step 1) or what one character folds to (step 0).
Segments = list[tuple[int, int, int]]


def fold(text: str) -> tuple[str, Segments]:
    """normalize() character by character, and where each folded character comes from."""
    for source, target in _COMMON_FOLDS:
        text = text.replace(source, target)
    runs = [run.span() for run in _changing_re().finditer(text)]
    if not runs:
        return text, [(0, 0, 1)]
    pieces: list[str] = []
    segments = [(0, 0, 1)]
    position = length = 0
    for start, end in runs:
        pieces.append(text[position:start])
        length += start - position
        for index in range(start, end):
            if piece := _fold_char(text[index]):
                pieces.append(piece)
                segments.append((length, index, 0))
                length += len(piece)
        segments.append((length, end, 1))
        position = end
    pieces.append(text[position:])
    return "".join(pieces), segments


def original_index(segments: Segments, index: int) -> int:
    """The index in the original text of fold(text)[0][index]."""
    start, source, step = segments[bisect_right(segments, index, key=itemgetter(0)) - 1]
    return source + step * (index - start)


def folded_before(text: str, start: int, count: int) -> str | None:
    """The last `count` characters of fold(text) before the one text[start] folds to; None
    when text[start] does not fold to exactly one character."""
    if len(_fold_char(text[start])) != 1:
        return None
    low = max(0, start - 2 * count)
    while True:
        before = fold(text[low:start])[0]
        if len(before) >= count or not low:
            return before[-count:]
        low = max(0, low - 8 * count)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """normalize() character by character, with the original index of each folded character.

    Folding one character at a time keeps every folded character traceable to its source.
    """
    folded, segments = fold(text)
    origin: list[int] = []
    ends = [start for start, _, _ in segments[1:]] + [len(folded)]
    for (start, source, step), end in zip(segments, ends, strict=True):
        origin.extend(range(source, source + end - start) if step else [source] * (end - start))
    return folded, origin


def original_span(text: str, segments: Segments, start: int, end: int) -> tuple[int, int]:
    """Original offsets of folded[start:end], taking in trailing marks folded away (غداً, هـ)."""
    original_start = original_index(segments, start)
    original_end = original_index(segments, end - 1) + 1
    while original_end < len(text) and not _fold_char(text[original_end]):
        original_end += 1
    return original_start, original_end


# Sets of days are sorted lists of disjoint closed intervals; date.min and date.max stand
# for open ends.
Interval = tuple[date, date]
OPEN: Interval = (date.min, date.max)


def shift(day: date, days: int) -> date:
    if day in (date.min, date.max):
        return day
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def union(intervals: list[Interval]) -> list[Interval]:
    result: list[Interval] = []
    for lo, hi in sorted(intervals):
        if result and lo <= shift(result[-1][1], 1):
            result[-1] = (result[-1][0], max(result[-1][1], hi))
        else:
            result.append((lo, hi))
    return result


def intersection(a: list[Interval], b: list[Interval]) -> list[Interval]:
    pieces = [(max(lo1, lo2), min(hi1, hi2)) for lo1, hi1 in a for lo2, hi2 in b]
    return union([(lo, hi) for lo, hi in pieces if lo <= hi])


def contains(intervals: list[Interval], day: date) -> bool:
    return any(lo <= day <= hi for lo, hi in intervals)


def show(interval: Interval) -> str:
    lo, hi = interval
    if lo == hi:
        return lo.isoformat()
    return (
        f"{'open' if lo == date.min else lo.isoformat()} to "
        f"{'open' if hi == date.max else hi.isoformat()}"
    )


def month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)


def on_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# The tabular (arithmetic) Islamic calendar, civil epoch: 1 Muharram 1 AH = 16 July 622 Julian.
_HIJRI_EPOCH = date(622, 7, 19).toordinal()
HIJRI_SIGHTING_DAYS = 2


def hijri_to_gregorian(year: int, month: int, day: int = 1) -> date:
    days = (year - 1) * 354 + (3 + 11 * year) // 30 + (59 * (month - 1) + 1) // 2 + day - 1
    return date.fromordinal(_HIJRI_EPOCH + days)


def hijri_month_range(year: int, month: int) -> tuple[date, date]:
    """First and last Gregorian day of a Hijri month."""
    first = hijri_to_gregorian(year, month)
    following = (
        hijri_to_gregorian(year + 1, 1) if month == 12 else hijri_to_gregorian(year, month + 1)
    )
    return first, following - timedelta(days=1)


def hijri_year_of(day: date) -> int:
    """The (tabular) Hijri year in progress on a Gregorian day."""
    year = int((day.toordinal() - _HIJRI_EPOCH) / 354.367) + 1
    while hijri_to_gregorian(year + 1, 1) <= day:
        year += 1
    while hijri_to_gregorian(year, 1) > day:
        year -= 1
    return year
