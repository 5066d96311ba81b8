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

_ADDRESS_PREFIXES = ("", "ل")  # «لنظيره», «نظيره»
CALL_TOLD = words.TriggerPattern(PHONE_CALL, (), is_verb=False)  # shown on the phone phrase

# A verb of telling someone something, on folded forms: «أكد ل», «دعا», «أبلغ», «أعرب ل»,
# «شدد ل», «هنأ», «عزى», «طالب», «حث», «جدد ل», «أطلع»; not «نقل», mostly a report
_TELLING_VERB = re.compile(
    r"[وف]?(?:اكد|دعا|ابلغ|اعرب|شدد|هنا|هنئ|عزي|طالب|حث|جدد|اطلع"
    r"|[يت](?:ؤكد|دعو|بلغ|عرب|شدد|هنئ|عزي|طالب|حث|جدد|طلع))(?:ت)?"
)
PHONE_WORDS = frozenset(("هاتفي", "هاتفيا", "هاتفيه"))  # with «ال» or not: bases
_SPEAKER_REACH = 6  # «دعا وزير الخارجية الروسي "سيرغي لافروف"»: titles before the name
_ADDRESSEE_REACH = 12  # past the speaker, a day and the phone phrase to whom he told


def told_by_phone(article: ArticleText, sentence: Sentence) -> Frame | None:
    """The call a sentence tells by a verb of telling, its speaker, whom he told and the
    phone («خلال اتصال هاتفي», «هاتفيا») beside them or closing the sentence («وذلك عبر
    اتصال هاتفي»); None when one of them is missing. Not a phone word of another clause
    («… خلال لقائهما، وهو ما كان أبلغه به هاتفيا»)."""
    phones = _phone_phrases(article, sentence)
    if not phones:
        return None
    for index in range(sentence.first, sentence.last):
        if not _TELLING_VERB.fullmatch(article.tokens[index].form):
            continue
        if index in article.quoted:
            continue
        speaker, addressee = _speaker_and_addressee(article, sentence, index, phones)
        if speaker is None or addressee is None or addressee.entity == speaker.entity:
            continue
        phone = _beside(article, index, addressee, phones)
        if phone is None:
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


def _speaker_and_addressee(
    article: ArticleText, sentence: Sentence, verb: int, phones: list[tuple[int, int, int]]
) -> tuple[Mention | None, Mention | None]:
    """«أكد لافروف لنظيره كيري», «وعقب استقباله لافروف أبلغ الأسد بوتين»: the name after the
    verb speaks when another is told after it; «إن لافروف أبلغ كيري»: else the name before
    the verb speaks to the one after it."""
    after, _ = article.scan_person(verb + 1, sentence.last, stop_at_with=True, budget=0)
    if after is not None and (
        after.first > verb + _SPEAKER_REACH or after.match.prefix not in _ADDRESS_PREFIXES
    ):
        after = None
    if after is not None and not after.match.prefix:
        told = _addressee(article, sentence, after.last + 1, phones)
        if told is not None:
            return after, told
    before = article.person_before(verb, sentence.first)
    if before is None:
        return None, None
    return before, after or _addressee(article, sentence, verb + 1, phones)


# a telling verb with its object clitic too: «وهو ما كان أبلغه به هاتفيا»
_ANY_TELLING_VERB = re.compile(_TELLING_VERB.pattern + r"(?:ه|ها|هم|هما)?")


def _beside(
    article: ArticleText, verb: int, addressee: Mention, phones: list[tuple[int, int, int]]
) -> tuple[int, int, int] | None:
    """The phone phrase between the verb and whom he told, or after the latter with no verb
    of its own between («أكد لافروف لكيري ضرورة الحل، خلال اتصال هاتفي»; not «أن موسكو
    ستتصل هاتفيا», «وهو ما كان أبلغه به هاتفيا»)."""
    for phone in phones:
        if verb < phone[0] < addressee.first:
            return phone  # «هنأ الأسد في اتصال هاتفي الرئيس رئيسي»
        if phone[0] > addressee.last and not any(
            article.is_trigger_word(i) or _ANY_TELLING_VERB.fullmatch(article.tokens[i].form)
            for i in range(addressee.last + 1, phone[0])
        ):
            return phone
    return None


def _phone_phrases(article: ArticleText, sentence: Sentence) -> list[tuple[int, int, int]]:
    """Where «خلال/في/عبر اتصال هاتفي», «في مكالمة هاتفية» or «هاتفيا» stand: each one's
    first token, and the first and last of the call's own words."""
    phones = article.word_positions(PHONE_WORDS)  # found once an article: most have none
    tokens, found = article.tokens, []
    for index in phones[bisect_left(phones, sentence.first) : bisect_left(phones, sentence.last)]:
        if tokens[index].form.endswith("ا"):
            found.append((index, index, index))  # «أبلغ بوتين أردوغان هاتفيا»
            continue
        noun = index - 1
        if (
            noun > sentence.first
            and words.CALL_NOUN.fullmatch(tokens[noun].form)
            and article.word(noun - 1, words.PHONE_QUALIFIER_WORDS)
        ):
            found.append((noun - 1, noun, index))
    return found


def _addressee(
    article: ArticleText, sentence: Sentence, index: int, phones: list[tuple[int, int, int]]
) -> Mention | None:
    """Whom the speaker told: the next name, over a day, titles and a phone phrase, with
    «ل» before it or nothing; none past an ordinary word («أن», «على»)."""
    end = min(sentence.last, index + _ADDRESSEE_REACH)
    while index < end:
        index = article.past_date_phrase(index, end)
        if (phone := next((p for p in phones if p[0] == index), None)) is not None:
            index = phone[2] + 1  # «هنأ الأسد في اتصال هاتفي الرئيس رئيسي»
            continue
        found, _ = article.scan_person(index, end, stop_at_with=True, budget=0)
        if found is None or found.match.kind != PERSON:
            return None
        if found.match.prefix not in _ADDRESS_PREFIXES:
            return None
        return found
    return None
