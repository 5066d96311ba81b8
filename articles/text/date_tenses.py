"""The tense of a full date as its clause tells it, for the publication estimate
(articles.text.dates): "future" when it may come after the article, "since" after «منذ»,
"earlier" in a clause telling earlier news («كان قد»), SPAN and the first day for a span's
last day («من 20 إلى 27 سبتمبر»), else "past". Works on folded text. Pure Python."""

from articles.text import date_names as names
from articles.text.given_names import GIVEN_NAMES

_RANGE_ENDS = frozenset("الي حتي لغايه".split())  # folded: «إلى», «حتى», «لغاية»
_WAS_WORDS = frozenset("كان كانت كانوا كانا".split())
_EARLIER_REACH = 5  # «وكان المبعوث الأممي غير بيدرسن قد»: from «كان» to «قد»
_HAD_WITH = frozenset("ان وان له لها لهم لهما".split())  # «سبق أن», «سبق وأن», «سبق له أن»
_EARLIER_WORDS = frozenset(("سبق",))
# «وبدأت أولى جولات المحادثات في 23 كانون الثاني 2017», «الاجتماع الأول»: the first of a
# series of talks, told as background once later ones have come (not «للمرة الأولى», «زيارة هي
# الأولى من نوعها», «السيدة الأولى»: a first that is the news); folded, «أولى» is «اولي»
_FIRST_BEFORE_NOUN = frozenset(("اولي", "اول"))
_FIRST_AFTER_NOUN = frozenset(("الاولي", "الاول"))
_SERIES_NOUNS = frozenset(
    "جوله جولات الجوله الجولات اجتماع اجتماعات الاجتماع الاجتماعات لقاء لقاءات اللقاء "
    "قمه القمه جلسه جلسات الجلسه محادثات المحادثات مفاوضات المفاوضات مباحثات المباحثات".split()
)
_SINCE_WORDS = frozenset({"منذ", "مذ"})
_FROM_WORDS = frozenset({"من"})
_BETWEEN_WORDS = frozenset("بين يومي".split())  # «بين 20 و27 سبتمبر», «يومي 20 و21 سبتمبر»
# «إذا كان النظام جادا فإنه قد يوافق»: «قد» of another clause, "may"
_NEW_CLAUSE_WORDS = frozenset("ان انه انها فان فانه فانها لكن لكنه".split())
SPAN = "span from "  # the tense of a span's last day: «من 20 إلى 27 سبتمبر», «… 20/9 …»
BEFORE_WINDOW = 80  # characters before a date that its tense is read from


def span_start(tense: str) -> tuple[int, int | None] | None:
    """The first day of a span whose last day has this tense, and its month when written
    with it («من 20 سبتمبر إلى 27 أكتوبر»); None for no span."""
    if not tense.startswith(SPAN):
        return None
    day, _, month = tense[len(SPAN) :].partition("/")
    return int(day), int(month) if month else None


# names of the war's diplomats that look like future verbs; Arabic ones are in GIVEN_NAMES
_FOREIGN_GIVEN_NAMES = frozenset(
    "سيرغي سيرجي ستافان ستيفان ستيفن سيغريد يوري يفغيني يان يوهان".split()
)


def _future_word(word: str) -> bool:
    """A future verb or word, not a given name that looks like one («سيرغي», «يوسف»)."""
    bare = word[1:] if len(word) > 3 and word[0] in "وف" else word
    named = bare in GIVEN_NAMES or bare in _FOREIGN_GIVEN_NAMES
    return not named and names.is_future_word(word)


def tense_of(before: str, relation: str | None) -> str:
    """ "future" when the date after (folded) `before` may come after the article, "since"
    after «منذ», "earlier" in a clause telling earlier news («كان قد»), SPAN + its first day
    for the last day of a span, else "past". `before` may hold one character more than the
    window, to tell whether the window cuts a word."""
    if relation == "next":
        return "future"
    cut = len(before) > BEFORE_WINDOW and before[-BEFORE_WINDOW - 1].isalnum()
    before = before[-BEFORE_WINDOW:]
    clause_start = max((m.end() for m in names.CLAUSE_END_RE.finditer(before)), default=0)
    clause = names.WORD_RE.findall(before, clause_start)
    if cut and not clause_start:
        clause = clause[1:]  # not the word the window cut («السكان» to «كان»)
    words = clause[-8:]
    if words and names.among(words[-1], _SINCE_WORDS):
        return "since"
    if any(_future_word(word) for word in words):
        return "future"
    # «وأكدت الخارجية موعد انطلاق مؤتمر الحوار الوطني في سوريا في 29 و30 جانفي»: a schedule
    # word further back in the clause
    if any(names.among(word, names.SCHEDULE_WORDS) for word in clause):
        return "future"
    if (first := _span_first_day(words)) is not None:
        day, month = first  # «المنعقدة من 20 إلى 27 سبتمبر»: it began on the 20th
        return f"{SPAN}{day}/{month}" if month else f"{SPAN}{day}"
    if _tells_earlier_news(clause) or _tells_a_first(clause):
        return "earlier"  # «كان قد زار دمشق في 26 أكتوبر 2015»: news from before, however long
    return "past"


def _span_first_day(words: list[str]) -> tuple[int, int | None] | None:
    """The first day of a span whose last day comes next, and its month when written: «من
    20 إلى», «من 20 سبتمبر إلى», «بين 20 و», «بين 20 سبتمبر و», «يومي 30 سبتمبر و»."""
    if len(words) < 3:
        return None
    last = words[-1]
    if last == "و":
        leads = _BETWEEN_WORDS
    elif names.among(last, _RANGE_ENDS):
        leads = _FROM_WORDS
    else:
        return None
    rest, month = words[:-1], None
    for size in (2, 1):  # «من 20 كانون الأول إلى», «بين 20 سبتمبر و»
        if len(rest) > size + 1 and (named := names.GREGORIAN_MONTHS.get(" ".join(rest[-size:]))):
            rest, month = rest[:-size], named
            break
    if _day_number(rest[-1]) and names.among(rest[-2], leads):
        return int(rest[-1]), month
    return None


def _day_number(word: str) -> bool:
    return word.isdigit() and 1 <= int(word) <= 31


def _tells_a_first(words: list[str]) -> bool:
    """«أولى جولات المحادثات», «الجولة الأولى», «أول اجتماع»: the first of a series of talks,
    after the clause's last number («الأولى في 22 تشرين الثاني 2017 والثالثة في …»)."""
    numbers = [index for index, word in enumerate(words) if word.isdigit()]
    words = words[numbers[-1] + 1 :] if numbers else words
    for index, word in enumerate(words):
        after = words[index + 1] if index + 1 < len(words) else ""
        if names.among(word, _FIRST_BEFORE_NOUN) and after in _SERIES_NOUNS:
            return True
        if word in _FIRST_AFTER_NOUN and index and names.among(words[index - 1], _SERIES_NOUNS):
            return True
    return False


def _tells_earlier_news(words: list[str]) -> bool:
    """«وكان … قد زار», «سبق أن زار», «سبق وأن», «سبق للمعلم أن»: not «إذا كان جادا فإنه قد
    يوافق», whose «قد» belongs to another clause."""
    for index, word in enumerate(words):
        after = words[index + 1] if index + 1 < len(words) else ""
        if names.among(word, _EARLIER_WORDS) and (after in _HAD_WITH or after.startswith("ل")):
            return True
        if not names.among(word, _WAS_WORDS):
            continue
        for between in words[index + 1 : index + 2 + _EARLIER_REACH]:
            if between == "قد":
                return True
            if names.among(between, _NEW_CLAUSE_WORDS):
                break
    return False
