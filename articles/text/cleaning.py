"""Separate an article's own text from the furniture scraped along with it.

Every rule looks at shape, position, repetition or small keyword families,
never at the literal strings of one outlet, so that articles from sources we
have not seen are cleaned the same way. Whatever is taken out is kept in
`CleanedArticle.removed` so that a curator can check and undo it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from articles.text.date_lines import date_line_day, dateline_day


@dataclass(frozen=True)
class Removed:
    kind: str  # title, source_tag, dateline, byline, date, subscription, caption, teaser, …
    text: str
    line: int


@dataclass(frozen=True)
class CleanedArticle:
    title: str | None
    body: str
    source_tag: str | None
    dateline: str | None
    removed: tuple[Removed, ...]


MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 200
MAX_LABEL_WORDS = 3  # navigation items: «أقسام», «أخبار متعلقة»
MAX_CAPTION_WORDS = 5  # a name with its role: «وزير الخارجية الروسي سيرغي لافروف»
WRAPPED_LINE_WORDS = 6  # a line this long that stops mid-sentence was wrapped
MIN_WRAPPED_LINES = 3
MIN_ARTICLE_WORDS = 8  # shorter and unpunctuated, a line is not yet the article
MIN_REPEAT_WORDS = 4  # shorter repeats are too likely to be coincidence
MAX_BOILERPLATE_WORDS = 30
MAX_READ_ALSO_CHARS = 200  # «اقرأ أيضا» with diacritics and punctuation is far shorter
TEASER_MAX_OFFSET = 40  # room for a dateline in front of the repeated text

_CLOSERS = "\"'”’»)]}›"
_OPENERS = "\"'“‘«(["
_SENTENCE_END = ".!?؟:؛…,،"
_ELLIPSIS_END = re.compile(r"\s*(?:\.{2,}|…)\s*$")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD_LETTERS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"))

# Keyword families, written in folded form (see _fold).
_SOCIAL = (
    r"(?:فيس ?بوك|تويتر|انست[غجقا]+رام|تي?لي?[غجق]رام|واتس ?ا?ب|يوتيوب|تيك ?توك|"
    r"سناب ?شات|جوجل نيوز|facebook|twitter|instagram|telegram|whatsapp|youtube|tiktok)"
)
_SITE_VOICE = (
    r"(?:حسابنا|حساباتنا|قناتنا|صفحتنا|منصاتنا|موقعنا|تطبيقنا|مجانا|انضم|انضموا|"
    r"يمكنكم|يمكنك|تابعونا|تابعوا|تابعنا|لمتابعه|اشترك\w*)"
)
_PROMPT = re.compile(
    r"(?:اضغط|انقر|اكبس)\s+(?:هنا|علي)|تابعونا|"
    r"^\W*(?:اقرا|اقرئي|شاهد|طالع)\s+(?:ايضا|المزيد|كذلك)|النشره (?:البريديه|الاخباريه)"
)
_SUBSCRIBE = re.compile(r"(?<!\w)[وفل]*(?:ال)?(?:اشترك(?:وا|ي)?|اشتراك(?:ك|كم)?)(?!\w)")
_SUBSCRIBE_CONTEXT = re.compile(rf"هنا|الان|مجانا|النشره|القناه|{_SOCIAL}")
_READ_ALSO_LEAD = re.compile(r"^\W*(?:اقرا|اقرئي|شاهد|طالع)\s+(?:ايضا|المزيد|كذلك)\W*$")
_CAPTION_START = re.compile(r"^\(?\s*(?:ال)?(?:صوره|صور|تصوير|عدسه)(?:\s+\S+){0,2}?\s*[:)\-–—]")
_CAPTION_END = re.compile(r"(?:\((?:صوره\s+)?ارشيف\w*\)|[-–—]\s*(?:صوره\s+)?ارشيف\w*)\s*$")
_NAV_WORDS = _word_set(
    "اقسام قسم اخبار الاخبار متعلقه صله شارك شاركها مشاركه الوسوم وسوم المفتاحيه المزيد "
    "تعليقات التعليقات الرئيسيه طباعه مواضيع المواضيع الاكثر قراءه التالي السابق اعلانات"
)
# Words that open a sentence, a label or a speaker's name, so that «وقال: ...»
# or «وزير الخارجية: ...» is never read as a place.
_NOT_A_PLACE = _word_set(
    "قال قالت اضاف اضافت تابع تابعت اكد اكدت اوضح اوضحت اشار اشارت ذكر ذكرت اعلن اعلنت "
    "صرح كتب كتبت شدد لفت اعتبر راي ختم اختتم اردف استطرد نقل سال رد اجاب جاء يقول تقول "
    "يضيف دعا طالب افاد افادت عاجل المصدر مصدر ملاحظه تحديث تنويه اولا ثانيا ثالثا رابعا "
    "اخيرا ايضا سؤال جواب السؤال الجواب في من الي علي عن ان مع هذا هذه ذلك قد لا ما هل كما "
    "وزير الوزير رئيس الرئيس المتحدث الناطق مصادر المصادر مسؤول المسؤول نشر تحديث اخر تاريخ "
    "بتاريخ"
)

_SPACE = r"[ \t\u00a0]"
_WORD = r"(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670])+"  # letters, with any vowel marks
_PLACE = rf"(?P<place>{_WORD}(?:{_SPACE}+{_WORD}){{0,2}})"
_TAG = rf"{_WORD}(?:{_SPACE}+{_WORD}){{0,2}}"
_DASH = rf"(?:{_SPACE}*[-–—]{_SPACE}+|{_SPACE}+[-–—]{_SPACE}*|{_SPACE}+ـ{_SPACE}+)"
# «دمشق (رويترز) -», «بيروت، لبنان (سي إن إن) --», «عمان 12 آذار 2019 (بترا)-»; not a day
# with no year («عمان 12 آذار (بترا)»), which the text keeps for the date finder
_DATELINE_WITH_AGENCY = re.compile(
    rf"^{_PLACE}{_SPACE}*(?:[،,][^():\n]{{1,30}}?"
    rf"|\d{{1,2}}{_SPACE}+{_WORD}{_SPACE}+\d{{4}}{_SPACE}*)?"
    rf"\({_SPACE}*(?P<agency>[^()\n]{{1,30}}?){_SPACE}*\){_SPACE}*[-–—:ـ]{_SPACE}*"
)
# «أنقرة/ الأناضول:», «القاهرة / وكالات -»
_DATELINE_WITH_SLASH = re.compile(
    rf"^{_PLACE}{_SPACE}*/{_SPACE}*(?P<agency>{_TAG}){_SPACE}*[-–—:ـ]{_SPACE}*"
)
_DATELINE_WITH_COLON = re.compile(rf"^{_PLACE}{_SPACE}*:{_SPACE}*(?:[-–—]{_SPACE}*)?")
_DATELINE_WITH_DASH = re.compile(rf"^{_PLACE}{_DASH}(?:(?P<agency>{_TAG}){_SPACE}*[-–—]{_SPACE}+)?")
_LEADING_TAG = re.compile(
    rf"^(?:\({_SPACE}*(?P<paren>{_TAG}){_SPACE}*\){_SPACE}*(?:[-–—:ـ]{_SPACE}*)?"
    rf"|[-–—]{_SPACE}*(?P<dashed>{_TAG}){_SPACE}*[-–—]{_SPACE}*)"
)
# «جنيف 24 فبراير 2017 /», «بكين 3 مارس 2019 (شينخوا) /»: the place and the day, then a slash
_DATELINE_WITH_DAY = re.compile(
    rf"^{_PLACE}{_SPACE}+(?P<date>\d{{1,2}}{_SPACE}+{_WORD}{_SPACE}+\d{{4}}){_SPACE}*"
    rf"(?:\({_SPACE}*(?P<agency>[^()\n]{{1,30}}?){_SPACE}*\){_SPACE}*/?|/){_SPACE}*"
)  # also «الأمم المتحدة 22 سبتمبر 2017 (شينخوا) التقى …», the agency in place of the slash
# Each dateline pattern with the characters it needs one of. Most first paragraphs have
# none, and looking for them is much faster than trying every reading of a place name.
_DATELINE_PATTERNS = (
    (_DATELINE_WITH_AGENCY, "("),
    (_DATELINE_WITH_COLON, ":"),
    (_DATELINE_WITH_DASH, "-–—ـ"),
    (_DATELINE_WITH_DAY, "/("),
    (_DATELINE_WITH_SLASH, "/"),
)
_DATELINE_LINE = re.compile(
    rf"^{_PLACE}(?:{_SPACE}*[-–—_]{_SPACE}*|{_SPACE}+ـ{_SPACE}+)"
    rf"(?P<agency>{_WORD}(?:{_SPACE}+{_WORD})?){_SPACE}*:?$"
)
# «الكويت، 25 مارس 2014، وكالات –», «جدة ـ 16 أبريل 2023م (وام)»: a line of its own with
# the place, the day and the source
_DATED_DATELINE_LINE = re.compile(
    rf"^{_PLACE}{_SPACE}*[،,]{_SPACE}*(?P<date>[^،,\n]{{4,40}}?){_SPACE}*[،,]{_SPACE}*"
    rf"(?P<agency>{_WORD}(?:{_SPACE}+{_WORD})?){_SPACE}*[-–—]?{_SPACE}*$"
)
_DASHED_DATELINE_LINE = re.compile(
    rf"^{_PLACE}{_DASH}(?P<date>[^()\n]{{4,30}}?){_SPACE}*\({_SPACE}*(?P<agency>{_TAG}){_SPACE}*\)$"
)
# Words of an agency's or outlet's two-word name («فرانس برس», «بوابة الهدف»); any other two
# words after a dateline («القاهرة ـ أكرم علي») are the reporter's byline, not the source.
_AGENCY_WORDS = _word_set(
    "برس بريس وكاله وكالات انباء الانباء نيوز بوابه موقع صحيفه قناه اذاعه شبكه تلفزيون"
)
# «تقرير محمد البدري», «كتب: سعيد حامد», «بقلم …»: the writer, in folded form.
_BYLINE_RE = re.compile(r"^(?:تقرير|كتب|كتبت|بقلم|اعداد|تحرير)(?: ?: ?| )\w+(?: \w+){0,3}$")
_SOURCE_TAG_LINE = re.compile(r"^(?P<name>[^:：]+?)\s*[:：]$")
_SOCIAL_RE = re.compile(_SOCIAL)
_SITE_VOICE_RE = re.compile(_SITE_VOICE)


class _Paragraph:
    """A non-blank line, stripped, with the forms of it that several rules look at, each
    computed once."""

    __slots__ = ("line", "last_line", "text", "removed_as", "collapsed", "word_count", "_folded")

    def __init__(self, line: int, text: str):
        self.line = self.last_line = line  # the lines a hard-wrapped paragraph spans
        self.text = text
        self.removed_as: str | None = None
        if _is_single_spaced(text):
            self.collapsed, self.word_count = text, text.count(" ") + 1 if text else 0
        else:
            words = text.split()
            # Each run of whitespace made one space.
            self.collapsed, self.word_count = " ".join(words), len(words)
        self._folded: str | None = None

    @property
    def folded(self) -> str:
        """_fold(text), wanted only of short paragraphs."""
        if self._folded is None:
            self._folded = _fold(self.text)
        return self._folded


_Drop = Callable[[_Paragraph, str], None]


def clean_article(raw: str, *, title: str | None = None) -> CleanedArticle:
    """Split `raw` into title, body and removed furniture.

    A blank `title` counts as no title, so the first line may then be taken
    as one. When the rules would leave no body, nothing is removed.
    """
    paragraphs = _join_wrapped_lines(_split_paragraphs(raw))
    given_title = title.strip() if title and title.strip() else None
    removed: list[Removed] = []

    def drop(paragraph: _Paragraph, kind: str) -> None:
        paragraph.removed_as = kind
        removed.append(Removed(kind, paragraph.text, paragraph.line))

    source_tag = None
    position = 0
    if len(paragraphs) > 1 and (source_tag := _source_tag_of(paragraphs[0].text)):
        drop(paragraphs[0], "source_tag")
        position = 1

    found_title = None
    if position < len(paragraphs):
        candidate = paragraphs[position]
        if given_title is not None:
            if candidate.collapsed == " ".join(given_title.split()):
                drop(candidate, "title")
                position += 1
        elif position < len(paragraphs) - 1 and _is_headline(candidate):
            found_title = candidate.text
            drop(candidate, "title")
            position += 1

    if (
        source_tag is None
        and position < len(paragraphs) - 1
        and (source_tag := _source_tag_of(paragraphs[position].text))
    ):
        drop(paragraphs[position], "source_tag")
        position += 1

    body_paragraphs = paragraphs[position:]
    _drop_prompts_and_marked_captions(body_paragraphs, drop)
    _drop_teasers(body_paragraphs, drop)
    _drop_trailing_navigation(body_paragraphs, drop)
    # A caption sits under a headline the text itself shows, not one from a CSV column.
    has_lead = any(p.removed_as == "title" for p in paragraphs)
    _drop_head_captions(body_paragraphs, drop, has_lead)

    kept = [p for p in body_paragraphs if p.removed_as is None]
    if not kept:
        body = "\n\n".join(p.text for p in paragraphs)
        return CleanedArticle(given_title, body, None, None, ())

    texts = [p.text for p in kept]
    dateline = None
    if len(kept) > 1 and (line_match := _match_dateline_line(kept[0].text)):
        dateline = line_match["place"]
        source_tag = source_tag or _line_agency(line_match)
        removed.append(Removed("dateline", kept[0].text, kept[0].line))
        texts.pop(0)
    elif (
        prefix := _split_lead_prefix(kept[0].text, has_source_tag=source_tag is not None)
    ) is not None:
        kind, matched, dateline, tag = prefix
        source_tag = source_tag or tag
        removed.append(Removed(kind, matched.group().strip(), kept[0].line))
        texts[0] = kept[0].text[matched.end() :].strip()

    removed.sort(key=lambda item: item.line)
    return CleanedArticle(
        title=given_title if given_title is not None else found_title,
        body="\n\n".join(texts),
        source_tag=source_tag,
        dateline=dateline,
        removed=tuple(removed),
    )


def _split_paragraphs(raw: str) -> list[_Paragraph]:
    """The lines with a character other than whitespace and format characters (Cf)."""
    lines = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraphs = []
    for number, line in enumerate(lines, 1):
        text = line.strip()
        # A printable first character is neither whitespace nor Cf: no need to look further.
        if text and (text[0].isprintable() or not _is_invisible(text)):
            paragraphs.append(_Paragraph(number, text))
    return paragraphs


def _join_wrapped_lines(paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """A text hard-wrapped inside its sentences («… ستافان دي ميستورا / في دمشق أمس الأحد
    محادثات …»): the lines of each sentence joined again, so that neither the first line is
    taken for a headline nor a sentence cut in two. Only when most long lines stop mid-sentence
    and only across lines with no blank line between."""
    long = [p for p in paragraphs if p.word_count >= WRAPPED_LINE_WORDS]
    open_lines = [p for p in long if not _ends_like_sentence(p.text)]
    if len(open_lines) < MIN_WRAPPED_LINES or 2 * len(open_lines) < len(long):
        return paragraphs
    joined: list[_Paragraph] = []
    for paragraph in paragraphs:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.word_count >= WRAPPED_LINE_WORDS
            and not _ends_like_sentence(previous.text)
            and paragraph.line == previous.last_line + 1
        ):
            merged = _Paragraph(previous.line, previous.text + " " + paragraph.text)
            merged.last_line = paragraph.line
            joined[-1] = merged
        else:
            joined.append(paragraph)
    return joined


def _is_invisible(text: str) -> bool:
    return all(char.isspace() or unicodedata.category(char) == "Cf" for char in text)


def _fold(text: str) -> str:
    """Spelling-insensitive form for keyword matching: إضغط = اضغط, مجاناً = مجانا."""
    text = _TASHKEEL.sub("", text)
    # str.replace per letter: str.translate takes a slow path on non-ASCII text.
    for source, target in _FOLD_LETTERS:
        if source in text:
            text = text.replace(source, target)
    return text.casefold()


def _is_single_spaced(text: str) -> bool:
    """No whitespace but single spaces between words: then text.split(" ") is text.split().
    Every whitespace character other than " " is unprintable, and isprintable() is far
    cheaper than split()."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def _word_count(text: str) -> int:
    if _is_single_spaced(text):
        return text.count(" ") + 1 if text else 0
    return len(text.split())


def _ends_like_sentence(text: str) -> bool:
    core = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(core) and core[-1] in _SENTENCE_END


def _is_headline(paragraph: _Paragraph) -> bool:
    return (
        2 <= paragraph.word_count <= MAX_TITLE_WORDS
        and len(paragraph.text) <= MAX_TITLE_CHARS
        and not _ends_like_sentence(paragraph.text)
        and not _is_prompt(paragraph)
        and not _is_marked_caption(paragraph)
        and _match_dateline_line(paragraph.text) is None
        and not _is_byline(paragraph)
    )


def _is_byline(paragraph: _Paragraph) -> bool:
    return paragraph.word_count <= 5 and _BYLINE_RE.match(paragraph.folded) is not None


def _is_short_label(paragraph: _Paragraph) -> bool:
    return 1 <= paragraph.word_count <= MAX_LABEL_WORDS and not _ends_like_sentence(paragraph.text)


def _is_navigation_marker(paragraph: _Paragraph) -> bool:
    return _is_short_label(paragraph) and any(
        word in _NAV_WORDS for word in paragraph.folded.split()
    )


def _source_tag_of(text: str) -> str | None:
    # The pattern would be tried at every character of a line that does not end in a colon.
    if not text.endswith((":", "：", ":\n", "：\n")):
        return None
    match = _SOURCE_TAG_LINE.match(text)
    if match is None:
        return None
    name = match["name"].strip()
    if _match_dateline_line(name) is not None:
        return None  # «القاهرة - الجزيرة:»: a dateline and its source
    words = _fold(name).split()
    if 1 <= len(words) <= 4 and not _starts_a_sentence(words[0]):
        return None if any(char in _SENTENCE_END for char in name) else name
    return None


def _starts_a_sentence(folded_word: str) -> bool:
    bare = folded_word[1:] if folded_word[:1] in ("و", "ف") else folded_word
    return folded_word in _NOT_A_PLACE or bare in _NOT_A_PLACE


def _is_prompt(paragraph: _Paragraph) -> bool:
    """A call to subscribe, follow the outlet, or read another of its pages."""
    if paragraph.word_count > MAX_BOILERPLATE_WORDS:
        return False
    folded = paragraph.folded
    if _PROMPT.search(folded):
        return True
    # «اشترك» also means "took part", so it needs a prompt's context or a bare label.
    # Every form of it has «اشتر», which is much faster to look for than the pattern.
    if (
        "اشتر" in folded
        and _SUBSCRIBE.search(folded)
        and (paragraph.word_count <= MAX_LABEL_WORDS or _SUBSCRIBE_CONTEXT.search(folded))
    ):
        return True
    # A network name alone is news («قال في تغريدة على تويتر»); the outlet
    # speaking of its own account or channel is not.
    return bool(_SOCIAL_RE.search(folded) and _SITE_VOICE_RE.search(folded))


def _is_marked_caption(paragraph: _Paragraph) -> bool:
    if paragraph.word_count > MAX_BOILERPLATE_WORDS:
        return False
    folded = paragraph.folded
    # _CAPTION_END is searched for only where its word is: it has no quick start to scan for.
    return bool(
        _CAPTION_START.search(folded) or ("ارشيف" in folded and _CAPTION_END.search(folded))
    )


def _is_read_also_lead(paragraph: _Paragraph) -> bool:
    """«اقرأ أيضا:» alone on its line; only a short line can be one, so no other is folded."""
    return len(paragraph.text) <= MAX_READ_ALSO_CHARS and bool(
        _READ_ALSO_LEAD.match(paragraph.folded)
    )


def _drop_prompts_and_marked_captions(paragraphs: list[_Paragraph], drop: _Drop) -> None:
    follows_read_also = False
    for paragraph in paragraphs:
        if follows_read_also and _is_headline(paragraph):
            drop(paragraph, "subscription")  # the headline linked by «اقرأ أيضا:»
        elif _is_prompt(paragraph):
            drop(paragraph, "subscription")
        elif _is_marked_caption(paragraph):
            drop(paragraph, "caption")
        follows_read_also = _is_read_also_lead(paragraph)


def _drop_teasers(paragraphs: list[_Paragraph], drop: _Drop) -> None:
    """Drop a lead that the article repeats: cut short with an ellipsis, or verbatim."""
    for index, paragraph in enumerate(paragraphs):
        if paragraph.removed_as is not None:
            continue
        text = paragraph.collapsed
        # Collapsed text has no trailing space, so an ellipsis can only be at its very end;
        # the pattern, with nothing to scan for, would be tried at every position.
        ellipsis = _ELLIPSIS_END.search(text) if text.endswith(("..", "…")) else None
        stem = text[: ellipsis.start()] if ellipsis else text
        if (_word_count(stem) if ellipsis else paragraph.word_count) < MIN_REPEAT_WORDS:
            continue
        for later in paragraphs[index + 1 :]:
            if later.removed_as is not None:
                continue
            other = later.collapsed
            if other == text or (ellipsis and 0 <= other.find(stem) <= TEASER_MAX_OFFSET):
                drop(paragraph, "teaser")
                break


def _drop_trailing_navigation(paragraphs: list[_Paragraph], drop: _Drop) -> None:
    kept = [p for p in paragraphs if p.removed_as is None]
    if len(kept) > 1 and date_line_day(kept[-1].text) is not None:
        drop(kept.pop(), "date")  # «05/09/2022» under the article: the page's date
    tail_start = len(kept)
    while tail_start > 0 and (
        _is_short_label(kept[tail_start - 1]) or _is_headline(kept[tail_start - 1])
    ):
        tail_start -= 1
    tail = kept[tail_start:]
    # Under a marker such as «أخبار متعلقة» come linked headlines of any length.
    marker = next((i for i, p in enumerate(tail) if _is_navigation_marker(p)), None)
    if marker is None:
        start = len(tail)
        while start > 0 and _is_short_label(tail[start - 1]):
            start -= 1
        # A single short last line may be a signature; it takes two to make a menu.
        if len(tail) - start < 2:
            return
    else:
        start = marker
        while start > 0 and _is_short_label(tail[start - 1]):
            start -= 1
    for paragraph in tail[start:]:
        drop(paragraph, "navigation")


def _drop_head_captions(paragraphs: list[_Paragraph], drop: _Drop, has_lead: bool) -> None:
    """Drop short labels between the headline or teaser and the first real paragraph."""
    candidates = []
    for paragraph in paragraphs:
        if paragraph.removed_as is not None:
            has_lead = has_lead or paragraph.removed_as == "teaser"
            continue
        if date_line_day(paragraph.text) is not None:
            drop(paragraph, "date")  # the page's date, not the article's text
            continue
        if _is_byline(paragraph):
            drop(paragraph, "byline")
            continue
        if (
            paragraph.word_count >= MIN_ARTICLE_WORDS
            or _ends_like_sentence(paragraph.text)
            or _match_dateline_line(paragraph.text)
        ):
            break
        if has_lead and paragraph.word_count <= MAX_CAPTION_WORDS:
            candidates.append(paragraph)
    else:
        return  # no article proper follows, so these short lines are the article
    for paragraph in candidates:
        drop(paragraph, "caption")


def _split_lead_prefix(
    text: str, *, has_source_tag: bool
) -> tuple[str, re.Match[str], str | None, str | None] | None:
    """Find «موسكو:», «دمشق (رويترز) -» or «(سانا) -» in front of the first paragraph."""
    if (match := _match_dateline(text)) is not None:
        if not _AGENCY_WORDS.isdisjoint(_fold(match["place"]).split()):
            return "source_tag", match, None, match["place"]  # «المدينة نيوز :-»
        agency = match.groupdict().get("agency")
        return "dateline", match, match["place"], agency.strip() if agency else None
    if not has_source_tag and (match := _match_leading_tag(text)) is not None:
        return "source_tag", match, None, match["paren"] or match["dashed"]
    return None


def _match_dateline(text: str) -> re.Match[str] | None:
    for pattern, needs_one_of in _DATELINE_PATTERNS:
        if not any(char in text for char in needs_one_of):
            continue
        match = pattern.match(text)
        if match is None or not _is_plausible_place(match["place"]):
            continue
        if pattern is _DATELINE_WITH_DAY and dateline_day(match["date"]) is None:
            continue
        rest = text[match.end() :]
        # «لافروف: "..."» introduces a quote by its speaker; a place is not quoted.
        if pattern is _DATELINE_WITH_COLON and rest[:1] in _OPENERS:
            continue
        if _word_count(rest) >= 3:
            return match
    return None


def _match_dateline_line(text: str) -> re.Match[str] | None:
    """A line of its own such as «دمشق-سانا» or «الكويت، 25 مارس 2014، وكالات –» that opens
    the article."""
    dated = _DATED_DATELINE_LINE.match(text) or _DASHED_DATELINE_LINE.match(text)
    if dated is not None and dateline_day(dated.group("date")) is not None:
        return dated if _is_plausible_place(dated["place"]) else None
    match = _DATELINE_LINE.match(text)
    if match is None or not _is_plausible_place(match["place"]):
        return None
    agency = _first_folded_word(match["agency"])
    return None if agency is None or _starts_a_sentence(agency) else match


def _line_agency(match: re.Match[str]) -> str | None:
    """The agency of «دمشق-سانا» or «باريس - فرانس برس»; None for a byline."""
    words = _fold(match["agency"]).split()
    return match["agency"] if len(words) == 1 or not _AGENCY_WORDS.isdisjoint(words) else None


def _is_plausible_place(place: str) -> bool:
    if "\u064b" in place:  # tanween fath marks adverbs such as «أولاً», not names
        return False
    return not any(_starts_a_sentence(word) for word in _fold(place).split())


def _match_leading_tag(text: str) -> re.Match[str] | None:
    match = _LEADING_TAG.match(text)
    if match is None or _word_count(text[match.end() :]) < 3:
        return None
    tag = _first_folded_word(match["paren"] or match["dashed"])
    return None if tag is None or _starts_a_sentence(tag) else match


def _first_folded_word(text: str) -> str | None:
    """None when nothing is left of `text` once folded (a lone combining mark)."""
    words = _fold(text).split()
    return words[0] if words else None
