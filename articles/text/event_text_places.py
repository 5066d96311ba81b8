"""Where places stand among an article's tokens, for ArticleText (event_sentences): whether a
place is named for itself, the phrase that leads to it, and whether that phrase hangs on an
event, the states an event noun's adjectives name, a group named earlier. Pure Python: no
Django."""

from __future__ import annotations

from typing import TYPE_CHECKING

from articles.text import event_patterns as words
from articles.text.arabic import normalize
from articles.text.event_mentions import Mention
from articles.text.event_tokens import QUOTE_MARKS, is_adjective, is_title_like
from articles.text.mentions import PLACE

if TYPE_CHECKING:
    from articles.text.event_sentences import Sentence

_BESIDE_EVENT = (
    words.TITLE_WORDS
    | words.DATE_WORDS
    | words.EVENT_ADVERBS
    | words.PLANNED_AFTER
    | words.HELD_VERB_WORDS  # «اللقاء بين لافروف وكيري سيعقد في جنيف»
)


class PlacesInText:
    """The place lookups of ArticleText, over its tokens and the mentions filed on them."""

    def past_place(self, mention: Mention) -> int:
        """The token after a place and the names of the same place right after it («العاصمة
        السورية دمشق», «موسكو الروسية»)."""
        index = mention.last + 1
        while (same := self.other_at.get(index)) is not None and same.entity == mention.entity:
            index = same.last + 1
        return index

    def is_event_place(self, mention: Mention) -> bool:
        """A place named for itself: not an adjective («الروسية») nor inside another name
        («بيان جنيف», «موقع روسيا اليوم»)."""
        span = range(mention.first, mention.last + 1)
        return (
            mention.match.kind == PLACE
            and not mention.match.adjective
            and mention.first not in self.quoted
            and all(self.other_at.get(i) is mention and i not in self.person_at for i in span)
        )

    def locative_lead(self, mention: Mention) -> int | None:
        """The token opening «في موسكو», «بموسكو», «بمدينة سوتشي», «في العاصمة الروسية موسكو»."""
        match = mention.match
        if match.prefix.endswith("ب") or normalize(match.surface).startswith("بال"):
            # «مجموعة الاتصال المعنية بليبيا»: what the body deals with, not where it meets
            return None if self.word(mention.first - 1, words.TOPIC_WORDS) else mention.first
        index = mention.first - 1
        while self.word(index, words.CITY_OR_FACILITY_WORDS) or (
            index >= 0
            and (is_adjective(self.tokens[index]) or self.tokens[index].form in QUOTE_MARKS)
        ):  # «في العاصمة الروسية موسكو», «في مطار دمشق», «في أحد قصور فيينا»
            if self.tokens[index].form.startswith("ب"):
                return index
            index -= 1
        return index if self.word(index, words.LOCATIVE_WORDS) else None

    def in_envoy_title(self, mention: Mention) -> bool:
        """«المبعوث المشترك للأمم المتحدة والجامعة العربية إلى سوريا»: a title, not a trip."""
        for index in range(mention.first - 1, max(-1, mention.first - 9), -1):
            if self.word(index, words.ENVOY_WORDS):
                return True
            token = self.tokens[index]
            if not (
                index in self.other_at or is_title_like(token) or token.is_in(words.CONNECTOR_WORDS)
            ):
                return False
        return False

    def hangs_on_event(self, index: int, own: set[int], sentence: Sentence) -> bool:
        """Whether a locative phrase after token `index` belongs to the event whose trigger
        and names are the tokens `own`, rather than to some other noun."""
        if index < sentence.first or index in own:
            return True
        if self.any_word(max(sentence.first, index - 2), index + 1, words.AMBASSADOR_WORDS):
            return False  # «سفير روسيا في دمشق»
        token, other = self.tokens[index], self.other_at.get(index)
        if other is not None:  # «لمجموعة العمل حول سوريا في موسكو», but not «الأزمة السورية في»
            return not other.match.adjective
        level = next(
            (
                i
                for i in range(
                    index - 1, max(sentence.first, index - words.LEVEL_REACH - 1) - 1, -1
                )
                if self.word(i, words.LEVEL_WORDS) and self.word(i - 1, words.ON_WORDS)
            ),
            None,
        )
        if level is not None:  # «اجتماعا على مستوى وزراء الخارجية في القاهرة»
            return self.hangs_on_event(level - 2, own, sentence)
        if token.adjective:  # «اجتماع اللجنة الدستورية المصغرة في جنيف»: what it describes
            before = index - 1 - (self.tokens[index - 1].form == "غير")  # «غير مسبوقة»
            return self.hangs_on_event(before, own, sentence)
        return (
            not token.is_word
            or index in self.person_at
            or token.is_in(_BESIDE_EVENT)
            or token.form.isdigit()
        )

    def nisba_states(self, index: int, sentence: Sentence) -> list[Mention]:
        """«مباحثات أمريكية مصرية»: the states an event noun's adjectives name."""
        states: list[Mention] = []
        while index < sentence.last:
            mention = self.other_at.get(index)
            if mention is None and self.tokens[index].form in ("و", "-"):
                index += 1
                continue
            if mention is None or not mention.match.adjective:
                return states
            states.append(mention)
            index = mention.last + 1
        return states

    def group_named_earlier(self, short_name: str) -> Mention | None:
        """«مجموعة العمل» after «لمجموعة العمل حول سوريا»: the organization named in full."""
        named = [m for m in self.other_at.values() if m.match.kind != PLACE]
        named = [m for m in named if short_name in normalize(m.match.surface)]
        return named[0] if len({m.entity for m in named}) == 1 else None
