"""Titles set around names among an article's tokens, for ArticleText (event_sentences):
whether a token belongs to a title, how far a title set after a name runs, the name a long
title follows, the subject named before his title and a delegation's kind before its state.
Pure Python: no Django."""

from __future__ import annotations

from typing import TYPE_CHECKING

from articles.text import event_patterns as words
from articles.text.event_mentions import Mention
from articles.text.event_tokens import COMMAS
from articles.text.mentions import PLACE

if TYPE_CHECKING:
    from articles.text.event_sentences import Sentence

APPOSITION_REACH = 6  # «نائبي وزير الخارجية الروسي» after a name in a list
# «نائب رئيس الوزراء ووزير خارجية الإمارات العربية المتحدة،»: a title a comma closes
LONG_APPOSITION_REACH = 10
TITLE_WORDS_BUDGET = 3  # ordinary words inside the title of a name «و» joins on
TITLE_LINKS = frozenset("الي لدي".split())  # «المبعوث الخاص إلى سوريا», «مندوبها لدى»
APPOSITION_WORDS = 5  # «خالد خوجة رئيس الائتلاف الوطني السوري سيزور»: the title between
_NISBA_ENDS = ("يا", "يه", "ي")  # «برلمانيا», «عسكريه»: adjectives of a delegation's kind


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

    def _titled_subject(self, last: int, start: int) -> Mention | None:
        """«إن خالد خوجة رئيس الائتلاف سيزور الصين»: the name right before the title its
        verb follows, the title told in at most APPOSITION_WORDS words (titles, adjectives,
        bodies, definite nouns), a title word first."""
        position = last
        while position >= start and last - position < APPOSITION_WORDS:
            if (person := self.person_at.get(position)) is not None:
                titled = position < last and self.tokens[position + 1].title_like
                if not (titled and self.is_participant(person)):
                    return None
                # the clause's subject, not an earlier verb's («استقبل المقداد رئيس البعثة»)
                return person if self._opens_clause(person.first - 1, start) else None
            token = self.tokens[position]
            definite = (
                token.form.startswith("ال")
                and position not in self._trigger_words
                and not token.is_in(words.RELATIVE_WORDS)  # «… الأممية الذي وصل»: a clause
            )
            if not (token.title_like or position in self.other_at or definite):
                return None  # «رئيس الائتلاف»: a title in construct with a definite noun
            position -= 1
        return None

    def _opens_clause(self, index: int, start: int) -> bool:
        """Whether a name whose title ends at `index` opens its clause: the sentence's start,
        «إن»/«أن», a comma or «و» before it (over its title)."""
        while index >= start and self.tokens[index].title_like:
            index -= 1
        if index < start:
            return True
        form = self.tokens[index].form
        return form in ",،" or form == "و" or self.word(index, words.THAT_WORDS)

    def _nisba_before_state(self, index: int, end: int) -> bool:
        """«وفدا [برلمانيا] أردنيا», «وفدا [عسكريا رفيعا] روسيا»: adjectives of a delegation's
        kind, then the state whose it is (not «وفدا شعبيا من حلب»)."""
        for position in range(index, min(end, index + 3)):
            form = self.tokens[position].form
            if position > index and (state := self.other_at.get(position)) is not None:
                return state.match.kind == PLACE and state.first == position  # «روسيا» too
            if len(form) < 5 or not form.endswith(_NISBA_ENDS):
                return False
        return False

    def led_by_between(self, first: int, last: int) -> bool:
        """Whether «برئاسة», «بقيادة» or «يرأسه» comes in tokens [first, last)."""
        return any(
            words.HEADED_BY.fullmatch(token.form.removeprefix("و"))
            or words.HEADS_VERB.fullmatch(token.form.removeprefix("و"))
            for token in self.tokens[first:last]
        )
