"""Titles set around names among an article's tokens, for ArticleText (event_sentences):
whether a token belongs to a title, how far a title set after a name runs, and the name a
long title follows. Pure Python: no Django."""

from __future__ import annotations

from typing import TYPE_CHECKING

from articles.text.event_mentions import Mention
from articles.text.event_tokens import COMMAS

if TYPE_CHECKING:
    from articles.text.event_sentences import Sentence

APPOSITION_REACH = 6  # «نائبي وزير الخارجية الروسي» after a name in a list
# «نائب رئيس الوزراء ووزير خارجية الإمارات العربية المتحدة،»: a title a comma closes
LONG_APPOSITION_REACH = 10
TITLE_WORDS_BUDGET = 3  # ordinary words inside the title of a name «و» joins on
TITLE_LINKS = frozenset("الي لدي".split())  # «المبعوث الخاص إلى سوريا», «مندوبها لدى»


class TitlesInText:
    """The title lookups of ArticleText, over its tokens and the mentions filed on them."""

    def in_title_of(self, person: Mention, others: list[Mention]) -> bool:
        """Whether `person` is named inside the title set after one of `others`: «بثينة شعبان
        مستشارة الرئيس السوري بشار الأسد» names Assad as whose adviser she is."""
        for other in others:
            between = range(other.last + 1, person.first)
            if 0 < len(between) <= APPOSITION_REACH and all(map(self._in_title, between)):
                return True
        return False

    def _in_title(self, position: int) -> bool:
        """A title word, or a place or body named inside a title («وزير خارجية تركيا»)."""
        return self.tokens[position].title_like or (
            position in self.other_at and position not in self.person_at
        )

    def _past_apposition(self, index: int, sentence: Sentence) -> int:
        """Past a title set after a name and the comma that closes it: «نائبي وزير الخارجية
        الروسي،»; `index` itself unless something joins on after it. A longer title, or one
        holding words the linker left alone («وزير خارجية تركيا،», where the state belongs
        to the title), counts only when a comma closes it."""
        position, ordinary = index, 0
        reach = min(sentence.last, index + LONG_APPOSITION_REACH)
        while position < reach:
            token = self.tokens[position]
            if self._in_title(position):
                position += 1
            elif (
                position > index
                and ordinary < TITLE_WORDS_BUDGET
                and token.is_word
                and position not in self.person_at
                and not self.is_trigger_word(position)
            ):
                ordinary += 1
                position += 1
            else:
                break
        if position < sentence.last and self.tokens[position].form in COMMAS:
            return position + 1
        if ordinary or position - index > APPOSITION_REACH:
            return index
        return position

    def _titled_before(self, comma: int, start: int) -> Mention | None:
        """«أن وفد روسيا برئاسة الكسندر لافرينتييف المبعوث الخاص للرئيس فلاديمير بوتين إلى
        سوريا، وصل»: the name a long title runs from to the comma, not a name inside it."""
        position = comma - 1
        while position >= max(start, comma - LONG_APPOSITION_REACH):
            person = self.person_at.get(position)
            if person is not None and (
                person.first <= start or not self._in_title(person.first - 1)
            ):
                titled = person.last < comma - 1
                return person if titled and self.is_participant(person) else None
            if person is not None:
                position = person.first - 1
            elif self._in_title(position) or self.word(position, TITLE_LINKS):
                position -= 1
            else:  # «للرئيس فلاديمير بوتين»: a name the linker left inside the title
                position = self._title_before_words(position, start)
        return None

    def _title_before_words(self, position: int, start: int) -> int:
        """The title word before plain words ending at `position` (two at most), else -1."""
        for before in range(position - 1, max(start, position - 3) - 1, -1):
            token = self.tokens[before]
            if token.title_like and before not in self.person_at:
                return before
            if not token.is_word or before in self.person_at or self.is_trigger_word(before):
                break
        return -1
