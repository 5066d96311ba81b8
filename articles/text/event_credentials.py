"""Credentials: an ambassador who hands his letters to a head of state meets him («تسلم
الرئيس … أوراق اعتماد السفير …», «قدم السفير … أوراق اعتماده إلى الرئيس …»), for
articles.text.events. Pure Python: no Django."""

import re

from articles.text import event_patterns as words
from articles.text.event_frame import HELD, PLANNED, Frame
from articles.text.event_patterns import MEETING
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit

VERB_REACH = 16  # from «أوراق اعتماد» back to the verb, over a title, a name, the day, where
ENVOY_BUDGET = 3  # «أوراق اعتماد السفير [unknown name] سفيرا للجمهورية العربية السورية»
TO_REACH = 3  # from «اعتماده» to the «إلى» before whom they are handed to
# «تسلم», «يتسلم», «استلم», «تقبل», «تلقى»: who receives the letters; tried first, as
# «تسلم» is «he received», not «she hands»
_RECEIVES = re.compile(
    r"[وف]?(?:(?P<fut>س)?(?P<imp>[يت])(?:تسلم|ستلم|تقبل|تلقي)|تسلم|استلم|تقبل|تلقي)(?:ت)?"
)
_HANDS = re.compile(r"[وف]?(?:(?P<fut>س)?(?P<imp>[يت])(?:قدم|سلم)|قدم|سلم)(?:ت|ا|وا)?")


def credentials_frame(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Frame | None:
    """The meeting of whoever receives the letters with the ambassador who hands them; None
    when the verb or either of them is not found in the sentence."""
    for verb in range(hit.first - 1, max(sentence.first, hit.first - VERB_REACH) - 1, -1):
        form = article.tokens[verb].form
        if found := _RECEIVES.fullmatch(form):
            receiver = _subject(article, sentence, verb, hit.first)
            envoy = _first_named(article, hit.last + 1, sentence, budget=ENVOY_BUDGET)
            break
        if found := _HANDS.fullmatch(form):
            envoy = _subject(article, sentence, verb, hit.first)
            receiver = _handed_to(article, sentence, hit)
            break
        if article.is_trigger_word(verb):
            return None
    else:
        return None
    if receiver is None or envoy is None or receiver.entity == envoy.entity:
        return None
    frame = Frame(hit, MEETING, sentence, span_last=max(hit.last, envoy.last, receiver.last))
    frame.set_subject(receiver)
    frame.others.append(envoy)
    frame.span_first = min(frame.span_first, envoy.first, verb)
    frame.slot, frame.place = "credentials", _place_between(article, verb, hit)
    future = found.group("fut") or (found.group("imp") and not sentence.headline)
    frame.status = PLANNED if future else HELD
    return frame


def _subject(article: ArticleText, sentence: Sentence, verb: int, end: int) -> Mention | None:
    """«الرئيس X تسلم», «تسلم الرئيس X»: the verb's subject on either side."""
    before = article.person_before(verb, sentence.first)
    return before or _first_named(article, verb + 1, sentence, end)


def _first_named(
    article: ArticleText, index: int, sentence: Sentence, end: int | None = None, budget: int = 1
) -> Mention | None:
    end = end or sentence.last
    found, body = article.scan_person(index, end, stop_at_with=True, budget=budget)
    return found or body


def _place_between(article: ArticleText, verb: int, hit: TriggerHit) -> str | None:
    """«تسلم الرئيس … بالقصر الرئاسي في نواكشوط أوراق اعتماد»: where he received them."""
    for index in range(verb + 1, hit.first):
        mention = article.other_at.get(index)
        if (
            mention is not None
            and mention.first == index
            and article.is_event_place(mention)
            and (
                article.locative_lead(mention) is not None
                or mention.match.prefix.endswith("ب")  # «في قصر الشعب بدمشق»
            )
        ):
            return mention.entity
    return None


def _handed_to(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Mention | None:
    """«أوراق اعتماده إلى الرئيس X», «… للرئيس X»: whom they are handed to."""
    for index in range(hit.last + 1, min(sentence.last, hit.last + 1 + TO_REACH)):
        if article.word(index, words.TO_WORDS):
            return _first_named(article, index + 1, sentence)
        if article.tokens[index].form.startswith("ل") and (person := article.person_at.get(index)):
            return person
        if article.tokens[index].title_like and article.tokens[index].form.startswith("ل"):
            return _first_named(article, index, sentence)
    return None
