"""What the words just before a gazetteer hit say it is, for articles.text.linking: a
nationality describing an office, an adjective rather than a surname, a deputy's or a former
holder's office. Pure Python: no Django.

A hit here is the linker's: `start` and `prefix` in the normalised text, and `keys`, each
with the `kind`, `subkind` and `variant` of the alias it matched.
"""

import re

from articles.text.given_names import GIVEN_NAMES
from articles.text.mentions import COUNTRY_ADJECTIVES, PLACE

# «نائب وزير الخارجية», «مساعد المبعوث», «نواب وزراء الخارجية», «أحد نواب وزير الخارجية»:
# the office after these words is someone else's; but «طالب النواب وزير الخارجية» are MPs.
_DEPUTY_BEFORE_RE = re.compile(
    r"(?<!\w)(?:(?:و|ب|ل)?(?:ال)?(?:نائب|مساعد|معاون|وكيل|مستشار)(?:ا|ه|ي|ين|و)?"
    r"|(?:و|ب|ل)?(?:نواب|وكلاء))"  # «نواب وزراء الخارجية»; «النواب» is parliament
    r"(?: (?:ال)?(?:خاص|خاصه|اول|شخصي))? $"
)
# «وزير الخارجية الأمريكي السابق», «بعد استقالة رئيس الائتلاف», «خلفا للأخضر الإبراهيمي»,
# «الرئيس السوداني المعزول», «الرئيس الفنزويلي الراحل»: whoever held the office once, not at
# the article's date.
FORMER_RE = re.compile(
    r"(?<!\w)(?:(?:ال)?(?:سابق|اسبق|معزول|مخلوع|راحل|منشق)(?:ه)?|[وب]?استقال\w*|(?:ال)?مستقيل\w*|خلفا"
    r"|سلفه)(?!\w)"
)
# «منذ مقتل قائد فيلق القدس قاسم سليماني», «اغتيال الجنرال سليماني», «الرئيس الراحل»: a man
# named at his death, or after it, held his office before the article's date, not at it.
DEATH_BEFORE_RE = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:مقتل|اغتيال|وفاه|رحيل|راحل|شهيد|استشهاد|مصرع|تصفيه|مقتله|اغتياله)"
    r"(?: \S+){0,2} $"
)
# Offices named in construct with a country: «وزير خارجية بريطانيا», «أمير قطر».
_OFFICE_CONSTRUCT_WORDS = frozenset("خارجيه رئيس رئيسه امير ملك عاهل سفير سفيره".split())
_OFFICE_WORDS = frozenset(
    "الخارجيه خارجيه الرئيس رئيس الوزراء وزير وزيره الوزير وزاره السفير سفير المبعوث مبعوث "
    "العاهل الملك العهد رئيسه المتحدث المتحدثه باسم الامين السفاره الدبلوماسيه".split()
)


def is_title_adjective(hit, normalized: str) -> bool:
    """A nationality right after an office («وزير الخارجية الروسي», «نظيره الأردني», «وزير
    خارجية بريطانيا») describes the official, not the country: it is not a place mention."""
    # «وزير خارجية عمان» is Oman's minister, whatever else «عمان» may name.
    if any(key.kind == PLACE and key.subkind == "country" for key in hit.keys):
        if hit.prefix:
            return False
        words = _words_before(hit, normalized)
        # «وزراء خارجية الأردن ومصر» lists the states that meet, not one official's
        plural = len(words) >= 2 and words[-2].endswith("وزراء")
        return bool(words) and words[-1] in _OFFICE_CONSTRUCT_WORDS and not plural
    if not all(key.variant == "adjective" for key in hit.keys):
        return False
    words = _words_before(hit, normalized)
    if len(words) >= 2 and words[-2] in ("بن", "بنت", "ابن"):
        return True  # «صالح بن علي التركي»: a family name, not Turkey
    while words and words[-1] in COUNTRY_ADJECTIVES:  # «الطرفين الروسي والأمريكي»
        words.pop()
    return bool(words) and (words[-1] in _OFFICE_WORDS or words[-1].startswith("نظير"))


# The words an office is named with before its state: «وزير الخارجية», «المتحدث باسم
# الخارجية», «نظيره», «سفير».
_OFFICE_RUN_WORDS = _OFFICE_WORDS | _OFFICE_CONSTRUCT_WORDS
_OFFICE_RUN_MAX = 4  # «رئيس الوزراء وزير الخارجية»


def office_start(hit, normalized: str) -> int:
    """Where the office a title adjective («الكازاخي») or a state in construct («كازاخستان»
    after «وزير خارجية») describes begins: the first of the office words before it."""
    start = hit.start - len(hit.prefix)
    for _ in range(_OFFICE_RUN_MAX):
        if start < 2 or normalized[start - 1] != " ":
            break
        before = normalized.rfind(" ", 0, start - 1) + 1
        word = normalized[before : start - 1]
        if not any(
            form in _OFFICE_RUN_WORDS or form.startswith("نظير") or form in COUNTRY_ADJECTIVES
            for form in (word, word[1:] if word[:1] in ("و", "ب", "ل") else "")
        ):
            break
        start = before
    return start


def after_adjective_and(hit, normalized: str) -> bool:
    """«المبعوث الأممي والعربي المشترك»: a bare surname joined by «و» to an adjective is an
    adjective too («العربي» after «الأممي»), not the man named earlier."""
    if hit.prefix != "و":
        return False
    words = _words_before(hit, normalized)
    return bool(words) and words[-1].startswith("ال") and words[-1].endswith(("ي", "يه"))


def agrees_with_a_noun(hit, normalized: str) -> bool:
    """«الوفد الوزاري العربي», «الموقف العربي»: a bare surname with the article after a noun
    that is not a title agrees with it as an adjective; «وزير الخارجية السوري المعلم» and
    «الوزير المعلم» still name the man."""
    if hit.prefix or not normalized.startswith("ال", hit.start):
        return False
    words = _words_before(hit, normalized)
    count = len(words)
    while words and words[-1].startswith("ال") and words[-1].endswith(("ي", "يه")):
        words.pop()  # over the adjectives between: «الوزاري»
    head = words[-1] if words else ""
    common = normalized[hit.start : hit.end] in _COMMON_ADJECTIVES
    if len(words) < count and common:
        return True  # «المبعوث الأممي العربي»: after another adjective, «العربي» is one too
    if common and head in _ENVOY_WORDS:
        return True  # «المبعوث العربي الدولي الخاص إلى سوريا»: the envoy's kind, no man
    return head.startswith("ال") and head not in _OFFICE_WORDS and head not in _HONORIFICS


# Titles an everyday adjective describes rather than names: «المبعوث العربي», «السفير السوداني»
_ENVOY_WORDS = frozenset("المبعوث الموفد الممثل المندوب السفير الوفد".split())
_HONORIFICS = frozenset("السيد الدكتور الشيخ المستشار الامير الوزيره".split())
# Surnames that are everyday adjectives too: «العربي» (Arab), «السوداني» (Sudanese)
_COMMON_ADJECTIVES = frozenset("العربي السوداني الشامي العثماني".split()) | frozenset(
    COUNTRY_ADJECTIVES
)


_KUNYA = frozenset("ابو ابي ابا وابو".split())
_ABD = frozenset(("عبد", "وعبد"))


def in_a_kunya(hit, normalized: str) -> bool:
    """«أبو صلاح الأوزبكي», «أبي محمد المصري»: a nisba after a kunya ends a nom de guerre."""
    words = _words_before(hit, normalized)
    return not hit.prefix and len(words) >= 2 and words[-2] in _KUNYA


def _words_before(hit, normalized: str) -> list[str]:
    return normalized[
        max(0, hit.start - len(hit.prefix) - 40) : hit.start - len(hit.prefix)
    ].split()


def names_another_person(hit, normalized: str, own_names: frozenset[str]) -> bool:
    """«ماهر الأسد», «وحافظ الأسد», «سفير العراق حيدر منصور هادي»: a person's alias right
    after a given name that is none of his own is the tail of someone else's name."""
    if hit.prefix:
        return False
    words = _words_before(hit, normalized)
    if not words:
        return False
    word = words[-1]
    if word not in GIVEN_NAMES and word.startswith("و"):
        word = word[1:]  # «التقى بشار الأسد وماهر الأسد»
    if len(words) >= 2 and words[-2] in _ABD:
        # «عبد العزيز المسلط»: a given name written in two words is his only if both are
        own = "عبد" + word in own_names or {"عبد", word} <= own_names
        return "عبد" + word in GIVEN_NAMES and not own
    return word in GIVEN_NAMES and word not in own_names


def named_at_death(normalized: str, start: int) -> bool:
    """Whether the office or name at `start` follows «مقتل», «اغتيال», «الراحل»… within two
    words: the man held it until then, so it does not bound the article's date from above."""
    return bool(DEATH_BEFORE_RE.search(normalized, max(0, start - 40), start))


def is_deputy_title(normalized: str, start: int) -> bool:
    """Whether the office named at `start` is preceded by «نائب», «مساعد»… («نائب وزير
    الخارجية التركي» is not the foreign minister)."""
    return bool(_DEPUTY_BEFORE_RE.search(normalized, max(0, start - 24), start))


# Words between a nationality and the name it introduces: «والكويتي الشيخ سالم الصباح»
_COURTESY = frozenset("الشيخ السيد الدكتور سمو الامير معالي فخامه جلاله".split())


def state_before(hit, normalized: str) -> str | None:
    """The state whose nationality stands right before a name, over courtesy titles:
    «والكويتي الشيخ سالم الصباح» → kuwait; None if there is none."""
    for word in reversed(_words_before(hit, normalized)[-3:]):
        if word in _COURTESY:
            continue
        bare = word[1:] if word.startswith("و") and word[1:] in COUNTRY_ADJECTIVES else word
        return COUNTRY_ADJECTIVES.get(bare)
    return None


_QUOTES = frozenset("\"“”«»'‘’„")
# Words that name an outlet before its quoted name: «صحيفة "الوطن"», «نقلت "الجزيرة"»,
# «بحسب "الشرق الأوسط"» (folded; «و», «ل», «ب» before them are cut off)
_OUTLET_CUES = frozenset(
    "صحيفه جريده قناه موقع وكاله مجله اذاعه تلفزيون شبكه نقلت ذكرت قالت اوردت افادت نشرت "
    "كشفت بحسب حسب وفق وفقا لقناه لصحيفه لجريده لوكاله لموقع مصادر لمصادر".split()
)


def quoted_outlet(normalized: str, hit) -> tuple[bool, str | None]:
    """Whether the hit stands alone in quotation marks where an outlet is named: after a word
    that names one («صحيفة "الشرق الأوسط"», «لـ"الشرق الأوسط"», «مصادر "الوطن"») or before
    «عن» («نقلت "الجزيرة" عن مصادر»); and the state an adjective right after it names
    («صحيفة "الوطن" السعودية»: maybe a daily of the same name elsewhere), if any."""
    opening = hit.start - len(hit.prefix) - 1
    opening -= opening >= 0 and normalized[opening] == " "  # «« الشرق الأوسط »»
    closing = hit.end + (hit.end < len(normalized) and normalized[hit.end] == " ")
    if opening < 0 or closing >= len(normalized):
        return False, None
    if normalized[opening] not in _QUOTES or normalized[closing] not in _QUOTES:
        return False, None
    before = normalized[max(0, opening - 20) : opening].rstrip().rsplit(" ", 1)[-1]
    after = normalized[closing + 1 : closing + 20].lstrip().split(" ", 1)[0]
    after = after.rstrip(".,،:؛")
    cues = {before, before[1:] if before.startswith("و") else before}  # «وقالت», «وكالة»
    named = not cues.isdisjoint(_OUTLET_CUES) or before in ("ل", "ب") or after == "عن"
    return named, COUNTRY_ADJECTIVES.get(after)
