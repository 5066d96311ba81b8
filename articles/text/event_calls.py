"""A phone call told by what one said to the other: «أكد لافروف لنظيره الأمريكي كيري خلال
اتصال هاتفي أن …», «دعا لافروف نظيره تيلرسون … وذلك عبر اتصال هاتفي», «أبلغ بوتين أردوغان
هاتفيا أن …». The call names no one of its own; the verb's speaker and whom he told are
its parties. For articles.text.events; pure Python: no Django."""

import re
from bisect import bisect_left

from articles.text import event_patterns as words
from articles.text.event_frame import Frame
from articles.text.event_patterns import PHONE_CALL
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_status import tells_earlier_news
from articles.text.mentions import PERSON

CALL_TOLD = words.TriggerPattern(PHONE_CALL, (), is_verb=False)  # shown on the phone phrase

# A verb of telling someone something, on folded forms: «أكد ل», «دعا», «أبلغ», «أعرب ل»,
# «شدد ل», «هنأ», «عزى», «طالب», «حث», «جدد ل», «أطلع»; not «نقل», mostly a report
_TELLING_VERB = re.compile(
    r"[وف]?(?:اكد|دعا|ابلغ|اعرب|شدد|هنا|هنئ|عزي|طالب|حث|جدد|اطلع"
    r"|[يت](?:ؤكد|دعو|بلغ|عرب|شدد|هنئ|عزي|طالب|حث|جدد|طلع))(?:ت)?"
)
_PHONE_NOUN = re.compile(r"(?:ال)?(?:اتصال|مكالم(?:ه|ت)|محادث(?:ه|ت))")
_PHONE_WORDS = frozenset(("هاتفي", "هاتفيا", "هاتفيه"))  # with «ال» or not: bases
_ADDRESS_PREFIX = ("", "ل", "و")  # «لنظيره», «نظيره»; «و» only before the verb's own «و»
_SPEAKER_REACH = 6  # «دعا وزير الخارجية الروسي "سيرغي لافروف"»: titles before the name
_ADDRESSEE_REACH = 12  # past the speaker, a day and the phone phrase to whom he told


def told_by_phone(article: ArticleText, sentence: Sentence) -> Frame | None:
    """The call a sentence tells by a verb of telling, its speaker, whom he told and the
    phone («خلال اتصال هاتفي», «هاتفيا») anywhere in it; None when one of them is missing."""
    phone = _phone_phrase(article, sentence)
    if phone is None:
        return None
    for index in range(sentence.first, sentence.last):
        if not _TELLING_VERB.fullmatch(article.tokens[index].form):
            continue
        if index in article.quoted:
            continue
        speaker = article.person_before(index, sentence.first)
        after = index + 1
        if speaker is None:
            speaker, _ = article.scan_person(index + 1, sentence.last, stop_at_with=True, budget=0)
            if speaker is None or speaker.first > index + _SPEAKER_REACH:
                continue
            after = speaker.last + 1
        addressee = _addressee(article, sentence, after, phone)
        if addressee is None or addressee.entity == speaker.entity:
            continue
        hit = TriggerHit(CALL_TOLD, phone[1], phone[2], {})
        frame = Frame(hit, PHONE_CALL, sentence, span_last=max(addressee.last, phone[2]))
        frame.set_subject(speaker)
        before = range(max(sentence.first, index - 5), index)
        frame.background = tells_earlier_news(
            article, TriggerHit(CALL_TOLD, index, index, {}), before
        )
        frame.span_first = min(frame.span_first, speaker.first)
        frame.others = [addressee]
        return frame
    return None


def _phone_phrase(article: ArticleText, sentence: Sentence) -> tuple[int, int, int] | None:
    """Where «خلال/في/عبر اتصال هاتفي», «في مكالمة هاتفية» or «هاتفيا» stands: its first
    token, and the first and last of the call's own words."""
    phones = article.word_positions(_PHONE_WORDS)  # found once an article: most have none
    tokens = article.tokens
    for index in phones[bisect_left(phones, sentence.first) : bisect_left(phones, sentence.last)]:
        if tokens[index].form.endswith("ا"):
            return index, index, index  # «أبلغ بوتين أردوغان هاتفيا»
        noun = index - 1
        if (
            noun > sentence.first
            and _PHONE_NOUN.fullmatch(tokens[noun].form)
            and article.word(noun - 1, words.PHONE_QUALIFIER_WORDS)
        ):
            return noun - 1, noun, index
    return None


def _addressee(
    article: ArticleText, sentence: Sentence, index: int, phone: tuple[int, int, int]
) -> Mention | None:
    """Whom the speaker told: the next name, over a day, titles and the phone phrase, with
    «ل» before it or nothing; none past an ordinary word («أن», «على»)."""
    end = min(sentence.last, index + _ADDRESSEE_REACH)
    while index < end:
        index = article.past_date_phrase(index, end)
        if index == phone[0]:
            index = phone[2] + 1  # «هنأ الأسد في اتصال هاتفي الرئيس رئيسي»
            continue
        found, _ = article.scan_person(index, end, stop_at_with=True, budget=0)
        if found is None or found.match.kind != PERSON:
            return None
        if found.match.prefix not in _ADDRESS_PREFIX[:2]:
            return None
        return found
    return None
