"""A message delivered by hand is a meeting of whoever carried it and whoever received it:
«نقل ظريف رسالة من روحاني إلى الأسد», «سلم لافرنتييف الأسد رسالة من بوتين», «تسلم الأسد
رسالة من بوتين نقلها لافرنتييف». The sender is no party to it. For articles.text.events;
pure Python: no Django."""

import re
from bisect import bisect_left

from articles.text import event_patterns as words
from articles.text.event_frame import Frame
from articles.text.event_patterns import MEETING
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_tokens import is_adjective
from articles.text.mentions import PERSON

MESSAGE_WORDS = frozenset("رساله رسالتين رسالتان رسائل".split())  # with «ال» or not: bases
# «نقل», «ينقل», «سينقل», «سلم», «يسلم», «حمل», «يحمل»: who carries it
_CARRY_VERB = re.compile(r"[وف]?(?:(?P<fut>س)?(?P<imp>[يت])(?:نقل|سلم|حمل)|نقل|سلم|حمل)(?:ت)?")
# «تسلم», «يتسلم», «تلقى», «استلم»: who receives it
_RECEIVE_VERB = re.compile(
    r"[وف]?(?:(?P<fut>س)?(?P<imp>[يت])(?:تسلم|تلقي|ستلم)|تسلم|تلقي|استلم)(?:ت)?"
)
_MESSAGE_ADJECTIVES = frozenset("خطيه جوابيه شفهيه شفويه مكتوبه رسميه عاجله خاصه".split())
_TO_HIM = frozenset("اليه اليها له لها".split())
_CARRIED_IT = re.compile(r"(?:نقل|حمل|سلم)(?:ها|هما)")  # «… نقلها لافرنتييف»
CARRY = words.TriggerPattern(MEETING, (_CARRY_VERB,), is_verb=True)
RECEIVE = words.TriggerPattern(MEETING, (_RECEIVE_VERB,), is_verb=True)
VERB_REACH = 8  # «سلم المبعوث الروسي ألكسندر لافرنتييف الرئيس بشار الأسد رسالة»: to the verb
ADDRESS_REACH = 10  # «رسالة من الرئيس الروسي فلاديمير بوتين إلى الرئيس بشار الأسد»: to «إلى»


def delivered_messages(article: ArticleText, sentence: Sentence) -> list[Frame]:
    """The meetings the sentence tells by a message carried from one to another."""
    messages = article.word_positions(MESSAGE_WORDS)  # found once an article: most have none
    found = []
    for message in messages[
        bisect_left(messages, sentence.first) : bisect_left(messages, sentence.last)
    ]:
        frame = _carried(article, sentence, message) or _received(article, sentence, message)
        if frame is not None:
            found.append(frame)
    return found


def _verb_before(article: ArticleText, sentence: Sentence, message: int, verb: re.Pattern):
    for index in range(message - 1, max(sentence.first, message - VERB_REACH) - 1, -1):
        if (match := verb.fullmatch(article.tokens[index].form)) is not None:
            return index, match
    return None


def _subject(article: ArticleText, sentence: Sentence, verb: int, end: int) -> Mention | None:
    """The verb's subject: right after it over titles, or right before it («إن بوتين سلم»)."""
    after, _ = article.scan_person(verb + 1, end, stop_at_with=True, budget=0)
    if after is not None and after.match.kind == PERSON:
        return after
    return article.person_before(verb, sentence.first)


def _carried(article: ArticleText, sentence: Sentence, message: int) -> Frame | None:
    """«نقل ظريف رسالة من روحاني إلى الأسد», «سلم لافرنتييف الأسد رسالة من بوتين»."""
    found = _verb_before(article, sentence, message, _CARRY_VERB)
    if found is None or _RECEIVE_VERB.fullmatch(article.tokens[found[0]].form):
        return None  # «تسلم الأسد رسالة»: he received it (read by _received)
    verb, match = found
    messenger = _subject(article, sentence, verb, message)
    if messenger is None or not article.is_participant(messenger):
        return None
    if not _object_of(article, verb, messenger, message):
        return None  # «نقل الأسد في رسالة إلى بوتين تعازيه», «حمل الأسد ضيفه رسالة»
    # whom he handed it, before the message («سلم X الرئيس الأسد رسالة») or after «إلى»
    recipient = None
    if messenger.first > verb:
        recipient, _ = article.scan_person(messenger.last + 1, message, stop_at_with=True, budget=0)
    if recipient is None:
        recipient = _addressed_with_lam(article, sentence, message)
    if recipient is None:
        end = min(sentence.last, message + ADDRESS_REACH)
        to = next((i for i in range(message + 1, end) if article.word(i, words.TO_WORDS)), None)
        if to is not None:
            recipient, _ = article.scan_person(to + 1, sentence.last, stop_at_with=True, budget=0)
    return _meeting(article, sentence, (verb, match, CARRY), messenger, recipient)


def _object_of(article: ArticleText, verb: int, messenger: Mention, message: int) -> bool:
    """Whether the message is what the verb carries: right after the messenger (or the verb),
    over a day and, for «سلم», the one handed it («سلم لافرنتييف الرئيس الأسد رسالة»)."""
    index = article.past_date_phrase(max(verb, messenger.last) + 1, message)
    if index == message:
        return True
    handed, _ = article.scan_person(index, message, stop_at_with=True, budget=0)
    if handed is None or handed.match.kind != PERSON or handed.first < index:
        return False
    return article.tokens[verb].form.lstrip("وف").endswith("سلم") and (
        article.past_date_phrase(handed.last + 1, message) == message
    )


def _addressed_with_lam(article: ArticleText, sentence: Sentence, message: int) -> Mention | None:
    """«رسالة جوابية لوزير الخارجية العماني بدر البوسعيدي»: whom «ل» addresses it to."""
    index = message + 1
    while index < sentence.last and (
        is_adjective(article.tokens[index]) or article.word(index, _MESSAGE_ADJECTIVES)
    ):
        index += 1  # «جوابية», «خطية»
    if index >= sentence.last or not article.tokens[index].form.startswith("ل"):
        return None
    found, _ = article.scan_person(index, sentence.last, stop_at_with=True, budget=0)
    return found


def _received(article: ArticleText, sentence: Sentence, message: int) -> Frame | None:
    """«تسلم الأسد رسالة من بوتين نقلها لافرنتييف»: the one who carried it is named after."""
    found = _verb_before(article, sentence, message, _RECEIVE_VERB)
    if found is None:
        return None
    verb, match = found
    recipient = _subject(article, sentence, verb, message)
    if recipient is None:
        return None
    end = min(sentence.last, message + ADDRESS_REACH)
    carried = next(
        (i for i in range(message + 1, end) if _CARRIED_IT.fullmatch(article.tokens[i].form)),
        None,
    )
    if carried is None:
        return None  # «تلقى الأسد رسالة من بوتين»: by hand or not, the text does not say
    after = carried + 1 + article.word(carried + 1, _TO_HIM)  # «نقلها إليه لافرنتييف»
    messenger, _ = article.scan_person(after, sentence.last, stop_at_with=True, budget=0)
    return _meeting(article, sentence, (verb, match, RECEIVE), recipient, messenger)


def _meeting(
    article: ArticleText,
    sentence: Sentence,
    trigger: tuple,
    subject: Mention,
    other: Mention | None,
) -> Frame | None:
    if other is None or other.match.kind != PERSON or other.entity == subject.entity:
        return None
    if not article.is_participant(other):
        return None
    verb, match, pattern = trigger
    groups = {"fut": match.group("fut"), "imp": match.group("imp")}
    frame = Frame(TriggerHit(pattern, verb, verb, groups), MEETING, sentence, span_last=verb)
    frame.set_subject(subject)
    frame.others = [other]
    frame.span_first = min(verb, subject.first, other.first)
    frame.span_last = max(verb, subject.last, other.last)
    return frame
