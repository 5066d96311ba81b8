"""Names the gazetteer lacks but the text introduces with a title («وزير الخارجية X»,
«المبعوث X»), proposed to curators with their context. Pure Python: no Django."""

import re
from dataclasses import dataclass

from articles.text.anchored_scan import AnchoredPattern
from articles.text.event_patterns import STATEMENT_VERB, TITLE_WORDS, TRIGGERS

# Words a title phrase may not run on through: «المبعوث الدولي الذي تقدم بخطة» has no name.
_TITLE_BREAK = r"(?!(?:الذي|التي|الذين|عن|في|من|مع|الي|علي|ان|الا)(?!\w))"
# A title, with a nationality after it («وزير الخارجية السوري») but not a first name («وزير
# الخارجية أيمن سوسان»), then the two words of the name.
_TITLE_RE = re.compile(
    r"(?<!\w)(?:و|ف|ب|ل)?((?:(?:نائب|مساعد|معاون) )?(?:وزير(?:ه)? الخارجيه(?: ال\w+ي)?"
    rf"|وزير(?:ه)? خارجيه \w+|المبعوث(?: {_TITLE_BREAK}ال\w+){{0,2}}|الرئيس(?: ال\w+ي)?"
    rf"|رئيس الوزراء(?: ال\w+ي)?|المتحدث باسم(?: {_TITLE_BREAK}\w+){{1,3}}"
    r"|السفير(?: ال\w+ي)?(?: (?:في|لدي) \w+)?))"
    # «المتحدث باسم وزارة الخارجية العراقية، أحمد جمال، إن»: commas may set the name off
    r"(?:\s+(\w+ \w+)|\s*[،,]\s+(\w+ \w+)(?=\s*[،,]))"
)
_TITLES = AnchoredPattern(
    _TITLE_RE,
    (
        "نائب ",
        "مساعد ",
        "معاون ",
        "وزير",
        "المبعوث",
        "الرئيس",
        "رئيس الوزراء",
        "المتحدث باسم",
        "السفير",
    ),
    reach=len("و"),
)
_ARTICLE_START_RE = re.compile(r"(?:[وف]?[بكل]?ال|[وف]?لل)")
_NOT_NAME_WORDS = frozenset(
    "ان الي علي عن في من مع الذي التي قد كان اليوم امس غدا خلال بعد قبل لدي حول عقب اثناء "
    "منذ حتي نحو بين ضد حيث منتصف مطلع اواخر اوائل نهايه بدايه "
    "الخاص الدولي الاممي المشترك السابق الجديد الحالي الاسبق كذلك ايضا بدوره بدورها حاليا "
    # demonstratives, honorifics and the participles and phrases that follow a title
    "هذه هذا تلك ذلك هؤلاء معالي فخامه سماحه سمو بحضور برئاسه بمشاركه قادما قادمه متوجها "
    "تهاني تحيات رساله "
    # pronouns and particles after «أن»/«إن», and words of titles and offices
    "انه انها انهم لا لم لن ايه شؤون لشؤون وفد عدد".split()
)
# «ورئيس مجلس», «ووزير الخارجية», «ولم تنقطع», «ومسئولين حكوميين»: a conjunction and a word
# that is no name; but «وليد», «وائل», «وجيه» are names that begin with «و»
_AND_NOT_NAME_RE = re.compile(r"و(?:ال|[لب]ال|لم|لن|لا|م[سن]|و)\w*")
_LATIN_RE = re.compile(r"[A-Za-z]")
_NOT_A_NAME = _NOT_NAME_WORDS | TITLE_WORDS
_EVENT_WORDS = tuple(pattern.words[0] for pattern in TRIGGERS if len(pattern.words) == 1) + (
    STATEMENT_VERB,
)


@dataclass(frozen=True)
class Candidate:
    text: str
    title_phrase: str
    start: int
    end: int
    context: str


def _is_name_word(word: str) -> bool:
    """«يختتم زيارة», «منذ منتصف»: words that read as an event or a date are no name; nor a
    conjunction on a title or particle («ووزير», «ولم»), nor Latin letters."""
    return not (
        word in _NOT_NAME_WORDS
        or (word[:1] == "و" and (word[1:] in _NOT_A_NAME or _AND_NOT_NAME_RE.fullmatch(word)))
        or word.isdigit()
        or _LATIN_RE.search(word)
        or any(pattern.fullmatch(word) for pattern in _EVENT_WORDS)
    )


def find_candidates(
    text: str,
    normalized: str,
    offsets: list[int],
    linked_spans: list[tuple[int, int]],
    person_spans: list[tuple[int, int]],
) -> list[Candidate]:
    """Titled names in `normalized` (mapped back to `text` by `offsets`) that no linked
    mention covers."""
    candidates = []
    for found in _TITLES.finditer(normalized):
        name_group = 2 if found.group(2) else 3
        name_start, name_end = found.span(name_group)
        if any(start < name_end and name_start < end for start, end in linked_spans):
            continue
        # «الرئيس مرسي يسعى», «المتحدث باسم دي ميستورا انه»: the title already has its name.
        title_start, title_end = found.span(1)
        if any(start < title_end and title_start < end for start, end in person_spans):
            continue
        words = found.group(name_group).split()
        if not all(_is_name_word(word) for word in words) or words[0] in TITLE_WORDS:
            continue  # «رئيسا ووزراء»; but a surname may be a title's word («طلال الأمين»)
        # A name starts with no article, bare or after a proclitic («الرئيس المشترك للجنة»,
        # «وزير الخارجية السوري بالرئيس عبد المجيد تبون»).
        if _ARTICLE_START_RE.match(words[0]) or len(words[0]) < 3:
            continue
        start, end = offsets[name_start], offsets[name_end - 1] + 1
        context_start = offsets[max(0, found.start() - 60)]
        context_end = offsets[min(len(offsets) - 2, found.end() + 60)] + 1
        candidates.append(
            Candidate(
                text=text[start:end],
                title_phrase=found.group(1),
                start=start,
                end=end,
                context=text[context_start:context_end],
            )
        )
    return candidates
