"""One event for each party or place a frame lists, when the text tells them apart: calls with
each of those called, a visitor's meetings with each of his hosts, a visit to each place.
Pure: no Django."""

import re
from copy import copy
from itertools import pairwise

from articles.text import event_patterns as words
from articles.text.event_frame import Frame
from articles.text.event_patterns import MEETING, PHONE_CALL
from articles.text.event_sentences import ArticleText, Mention
from articles.text.event_tokens import COMMAS, QUOTE_MARKS
from articles.text.mentions import PERSON, PLACE


def one_call_each(article: ArticleText, frame: Frame) -> list[Frame]:
    """«أجرى لافروف اتصالين هاتفيين مع كيري وظريف»: a call with each of them."""
    others = [m for m in frame.others if frame.subject is None or m.entity != frame.subject.entity]
    several = words.SEVERAL_CALLS_RE.fullmatch(article.tokens[frame.hit.first].form)
    if frame.kind == PHONE_CALL and several and frame.subject is None and frame.slot == "with":
        return []  # who made the calls is unknown: those he called never called each other
    if not (frame.kind == PHONE_CALL and frame.subject is not None and several):
        return [frame]
    return _one_with_each(frame, others)


_SEVERAL_MEETINGS_RE = re.compile(r"(?:لقاءات|اجتماعات)")
EACH_REACH = 4  # «كلاً من رئيس النظام بشار الأسد»: from «من» over the title to the name


def one_meeting_each(article: ArticleText, frame: Frame) -> list[Frame]:
    """«والتقى الأسد في زيارته لطهران كلًا من خامنئي ورئيسي»: «each of» them, a meeting
    with each."""
    others = [m for m in frame.others if frame.subject is None or m.entity != frame.subject.entity]
    if frame.kind != MEETING or frame.subject is None or len(others) < 2:
        return [frame]
    first = min(m.first for m in others)
    before = range(first - 1, max(frame.sentence.first, first - EACH_REACH) - 1, -1)
    each = any(
        article.tokens[i].form == "من" and article.word(i - 1, words.EACH_WORDS) for i in before
    )
    # «يجري خلال زيارته لقاءات مع الرئيس العراقي … ورئيس الوزراء …»: meetings, one each
    several = _SEVERAL_MEETINGS_RE.search(article.tokens[frame.hit.first].form)
    if not (each or (several and frame.slot == "with")):
        return [frame]
    return _one_with_each(frame, others)


def meetings_with_each_host(
    article: ArticleText, frames: list[Frame], states_of: dict[str, frozenset[str]]
) -> list[Frame]:
    """«والتقى الصفدي الرئيس السوري بشار الأسد، ووزير الخارجية بسام الصباغ»: a visitor who
    meets several officials of one state, each named with his own office, meets each of them.
    Not «ظريف ونائبه عبد اللهيان» nor «الرئيس الأسد ووزير خارجيته المعلم», whom he meets
    together; nor «اجتمع بوتين بروحاني وأردوغان», officials of two states meeting him at once;
    nor anyone whose state the gazetteer does not tell."""
    split = []
    for frame in frames:
        others = [m for m in frame.others if m.entity != getattr(frame.subject, "entity", None)]
        if (
            frame.kind == MEETING
            and frame.subject is not None
            and len(others) >= 2
            and _hosts_one_by_one(article, frame, others)
            and _one_host_state(frame.subject, others, states_of)
        ):
            split += _one_with_each(frame, others)
        else:
            split.append(frame)
    return split


# «ونائبه», «وكبير مساعديه», «ووزير خارجيته», «ووزير دفاعه», «ورئيس وزرائه», «ومستشارته»:
# the one before's own official, met with him
_HIS_OFFICIAL_RE = re.compile(
    r"و?(?:نائب|مساعد|مساعدي|مستشار|معاون|خارجي|داخلي|دفاع|وزرا[ئي]|حكوم)ت?(?:ه|ها)"
)


def _one_host_state(
    visitor: Mention, hosts: list[Mention], states_of: dict[str, frozenset[str]]
) -> bool:
    """Whether every host acts for one and the same state, and the visitor for another."""
    states = {_acting_for(host, states_of) for host in hosts}
    if len(states) != 1 or len(host_state := states.pop()) != 1:
        return False
    visiting = _acting_for(visitor, states_of)
    return len(visiting) == 1 and visiting != host_state


def _acting_for(member: Mention, states_of: dict[str, frozenset[str]]) -> frozenset[str]:
    """The states a member acts for: a state itself, or one standing for its unnamed office
    («نظيريه الروسي والتركي» with no holder known)."""
    if member.match.kind == PLACE or member.match.role_of == member.entity:
        return frozenset((member.entity,))
    return states_of.get(member.entity, frozenset())


def _hosts_one_by_one(article: ArticleText, frame: Frame, others: list[Mention]) -> bool:
    """Whether a verb's subject meets `others`, named after it one by one, each with an
    office of his own and none as the one before's own official, with nothing telling them
    met him together («بحضور», «في اجتماع مشترك», «معاً»)."""
    hit, subject, sentence = frame.hit, frame.subject, frame.sentence
    if not hit.pattern.is_verb or hit.pattern.hosts_visit:
        return False  # «استقبل الأسد ظريف وأنصاري»: the host receives a delegation at once
    if any(o.match.kind != PERSON for o in others):
        return False
    hosts = sorted(others, key=lambda o: o.first)
    first = hosts[0].first
    if first <= hit.last or (subject.first >= sentence.first and first <= subject.last):
        return False  # whom he met follows the verb and him
    # «التقى لافروف وظريف المعلم»: one joined to the subject met the others with him
    between = range(max(hit.last, subject.last) + 1, first)
    if any(article.tokens[i].form.startswith("و") for i in between):
        return False
    if not all(_with_an_office(article, host) for host in hosts):
        return False  # «التقى أردوغان بوتين ولافروف»: nothing tells them apart
    for before, after in pairwise(hosts):
        for index in range(before.last + 1, after.first):
            token = article.tokens[index]
            if _HIS_OFFICIAL_RE.fullmatch(token.form):
                return False
            if not (
                index in article.other_at
                or token.form in _JOINERS
                or token.form in QUOTE_MARKS
                or token.title_like
            ):
                return False  # «بحضور وزير الخارجية»: present at the one meeting
    after = range(hosts[-1].last + 1, min(sentence.last, hosts[-1].last + 1 + TOGETHER_REACH))
    return not any(
        _TOGETHER_RE.fullmatch(form := article.tokens[index].form)
        or (form == "واحد" and article.is_trigger_word(index - 1))  # «في اجتماع واحد»
        for index in after
    )


def _with_an_office(article: ArticleText, host: Mention) -> bool:
    """«الرئيس السوري بشار الأسد», «ورئيس الوزراء عماد خميس», «الملك عبدالله الثاني»."""
    before = host.first - 1
    if before > 0 and article.tokens[before].form in QUOTE_MARKS:
        before -= 1  # «ونظيره "فيصل المقداد"»
    return article.tokens[host.first].title_like or (
        before >= 0 and article.tokens[before].title_like
    )


_JOINERS = COMMAS | {"و"}
TOGETHER_REACH = 4  # «… وليد المعلم في اجتماع مشترك»; not «القضايا ذات الاهتمام المشترك»
# «في اجتماع مشترك», «لقاء ثلاثي», «معاً», «وبحث معهما», «على مأدبة غداء», «في اجتماع
# واحد»: met together
_TOGETHER_RE = re.compile(r"(?:ال)?(?:مشترك|ثلاثي|رباعي)(?:ا|ه)?|معا|معهما|معهم|مادبه")


def _one_with_each(frame: Frame, others: list[Mention]) -> list[Frame]:
    """The frame once for each of `others`, with its subject."""
    parts = []
    for other in others:
        part = copy(frame)
        part.others = [other]
        parts.append(part)
    return parts or [frame]


def one_visit_each(frame: Frame) -> list[Frame]:
    """«زار بيدرسن موسكو وطهران»: a visit to each place."""
    parts = [frame]
    for place in frame.further_places:
        part = copy(frame)
        part.place, part.span_last, part.further_places = place.entity, place.last, []
        part.next_places = []
        parts.append(part)
    for place in frame.next_places:  # «في زيارة إلى سوريا تليها إلى تركيا»: still to come
        part = copy(frame)
        part.place, part.span_last, part.further_places = place.entity, place.last, []
        part.next_places, part.slot = [], "next"
        parts.append(part)
    return parts
