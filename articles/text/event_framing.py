"""The named gathering a sentence opens with as the frame of what it tells: «في إطار الجولة الـ
13 من محادثات أستانا، عقد وفد … اجتماعا مع …». For articles.text.events; pure Python: no
Django."""

from articles.text import event_patterns as words
from articles.text.event_frame import Frame
from articles.text.event_gatherings import named_place, round_head
from articles.text.event_patterns import CONFERENCE
from articles.text.event_sentences import ArticleText, Sentence, TriggerHit
from articles.text.mentions import ORGANIZATION

_FRAME_WORDS = frozenset(("اطار",))  # «في إطار الجولة الـ 13 من محادثات أستانا»
_WITHIN_WORDS = frozenset(("ضمن",))  # «ضمن اجتماعات أستانا»
FRAMING_LEAD = 3  # «وفي إطار»: how far into its sentence the framing phrase starts


def framing_gathering(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> "Frame | None":
    """«في إطار الجولة الـ 13 من محادثات أستانا، عقد وفد … اجتماعا مع …»: the named
    gathering a sentence opens with as the frame of what it tells, where its name puts it."""
    head = round_head(article, sentence, hit)
    lead = head - 1
    within = article.word(lead, _WITHIN_WORDS)
    framed = article.word(lead, _FRAME_WORDS) and article.word(lead - 1, words.LOCATIVE_WORDS)
    start = lead if within else lead - 1
    if not (within or framed) or start - sentence.first > FRAMING_LEAD or hit.groups.get("cl"):
        return None
    bodies = []
    index = hit.last + 1
    while index < sentence.last and (mention := article.other_at.get(index)) is not None:
        if mention.match.kind != ORGANIZATION:
            break
        bodies.append(mention)  # «محادثات أستانا», «اجتماعات "جنيف 6"»
        index = mention.last + 1
    place = named_place(article, hit, bodies)
    if place is None:
        return None
    frame = Frame(hit, CONFERENCE, sentence, span_last=max(hit.last, index - 1))
    frame.span_first, frame.slot, frame.others, frame.place = head, "framing", bodies, place
    frame.place_named = True
    return frame
