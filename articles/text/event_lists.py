"""Names joined on in a list, for ArticleText (event_sentences): the people «و», «إلى جانب»
or «فضلا عن» join on after a name, over their titles, and the states joined on after a state.
Pure Python: no Django."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from articles.text import event_patterns as words
from articles.text.event_mentions import Mention
from articles.text.event_titles import TITLE_WORDS_BUDGET
from articles.text.event_tokens import COMMAS, COMMAS_AND_QUOTES, QUOTE_MARKS
from articles.text.joined_names import DUAL_HEAD
from articles.text.mentions import ORGANIZATION, PLACE

if TYPE_CHECKING:
    from articles.text.event_sentences import Sentence

NAME_BUDGET = 3  # ordinary words allowed between a trigger and a name
# «والمبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا، غير بيدرسن»: from «و» to the name
JOINED_TITLE_REACH = 12


_DUAL_HEAD_RE = re.compile(rf"{DUAL_HEAD}$")  # «وفدا», «بالوفدين»: one head, two bodies
_PRESENT_VERB_RE = re.compile(r"[يت]\w{2,}[وا]?|\w+(?:ت|وا)")  # «تدعو», «يرى», «أكدت»


class ListsInText:
    """The list lookups of ArticleText, over its tokens and the mentions filed on them."""

    def coordinated_people(self, index: int, sentence: Sentence, limit: int = 3) -> list[Mention]:
        """The people «و» joins on after a name, over their titles: «مايكل راتني، ونائب وزير
        الخارجية الروسي غينادي غاتيلوف», «بوتين وأردوغان»."""
        found = []
        while len(found) < limit:
            while index < sentence.last and self.tokens[index].form in COMMAS_AND_QUOTES:
                index += 1  # «“كيري” ونظيره», «بوتين، وأردوغان»
            person = self._joined_on(index, sentence) or self._alongside(index, sentence)
            if person is None and (titled := self._past_apposition(index, sentence)) != index:
                # «وجينادي جاتيلوف نائبي وزير الخارجية الروسي، إلى جانب ويندي شيرمان»
                person = self._joined_on(titled, sentence) or self._alongside(titled, sentence)
            if person is None or not self.is_participant(person):
                break
            found.append(person)
            index = person.last + 1
        return found

    def _name_or_title_at(self, index: int, sentence: Sentence) -> bool:
        """Whether a name, a title or a quote mark goes on at `index` after a comma."""
        return index < sentence.last and (
            index in self.person_at
            or index in self.other_at
            or self.tokens[index].title_like
            or self.tokens[index].form in COMMAS_AND_QUOTES
        )

    def _alongside(self, index: int, sentence: Sentence) -> Mention | None:
        """The person after «إلى جانب», «بالإضافة إلى», «فضلا عن»: joined on as by «و»."""
        pair = tuple(token.form for token in self.tokens[index : index + 2])
        if len(pair) < 2 or pair not in words.ALONGSIDE_PAIRS:
            return None
        found, _ = self.scan_person(index + 2, sentence.last, stop_at_with=True, budget=0)
        return found

    def coordinated_states(self, index: int, sentence: Sentence, limit: int = 8) -> list[Mention]:
        """The states «و» joins on after one: «ممثلي فرنسا وألمانيا وبريطانيا والأردن»."""
        found = []
        while len(found) < limit and index < sentence.last:
            if self.tokens[index].form in ",،":
                index += 1
                continue
            state = self.other_at.get(index)
            if state is None or state.first != index or not state.match.prefix.startswith("و"):
                break
            if state.match.kind != PLACE or state.match.adjective:
                break
            found.append(state)
            index = state.last + 1
        return found

    def coordinated_bodies(
        self, body: Mention, sentence: Sentence, limit: int = 3
    ) -> list[Mention]:
        """The bodies «و» joins on after one, of the same kind of body or sharing its dual
        head, over its adjective: «وفد الحكومة ووفد المعارضة», «وفدا النظام والمعارضة»; not
        «وفد الحكومة والأمم المتحدة تدعو …», which starts a clause of its own."""
        found, index = [], body.last + 1
        head = self.tokens[body.first]
        dual = _DUAL_HEAD_RE.search(head.form) is not None
        while len(found) < limit and index < sentence.last:
            joined = self.other_at.get(index)
            if joined is None or joined.first != index:
                break
            if joined.match.kind == PLACE and joined.match.adjective:
                index = joined.last + 1  # «الحكومة السورية»: the one before's adjective
                continue
            if joined.match.kind != ORGANIZATION or not joined.match.prefix.startswith("و"):
                break
            alike = dual or self.tokens[joined.first].is_in(head.bases)
            if not alike and self._verb_at(joined.last + 1, sentence):
                break  # «وفد الحكومة والأمم المتحدة تدعو …»: the subject of a new clause
            found.append(joined)
            index = joined.last + 1
        return found

    def _verb_at(self, index: int, sentence: Sentence) -> bool:
        """Whether token `index` looks like a verb opening a clause: «تدعو», «أكدت», «يرى»."""
        if index >= sentence.last or index in self.other_at or index in self.person_at:
            return False
        token = self.tokens[index]
        return bool(token.heads) or _PRESENT_VERB_RE.fullmatch(token.form) is not None

    def _joined_on(self, index: int, sentence: Sentence, apart: bool = False) -> Mention | None:
        """The person «و» joins on at token `index`: «وغاتيلوف», «ونائب وزير … غاتيلوف»;
        `apart` when a lone «و» came before it («و الأمريكي باراك أوباما»)."""
        if index >= sentence.last:
            return None
        if self.tokens[index].form == "و" and index + 2 < sentence.last and not apart:
            quoted = index + 1 + (self.tokens[index + 1].form in QUOTE_MARKS)
            person = self.person_at.get(quoted)  # «“لافروف” و”شويغو”»: «و» set apart by a quote
            if quoted == index + 1 and person is None:
                return self._joined_on(index + 1, sentence, apart=True)
            return person if person is not None and person.first == quoted else None
        if (person := self.person_at.get(index)) is not None:
            joined = person.first == index and (apart or person.match.prefix.startswith("و"))
            return person if joined else None
        form, state = self.tokens[index].form, self.other_at.get(index)
        form = "و" + form if apart else form
        # «ونائب وزير الخارجية …», «والروسي فلاديمير بوتين», «وتركيا مولود جاويش أوغلو»: a
        # title, or a nationality or state standing for the title of the name before
        by_state = (
            state is not None
            and state.first == index
            and state.match.kind == PLACE
            and (apart or state.match.prefix.startswith("و"))
        )
        titled = (
            form.startswith("و")
            and (form[1:] in words.TITLE_WORDS or self.tokens[index].adjective)
            and not self.is_trigger_word(index)  # «والتقى», folded «والتقي», is no adjective
            or form in words.AIDE_WORDS
        )  # «والمصري بدر عبد العاطي» after «بنظيره السعودي فيصل بن فرحان»
        if not (by_state or titled):
            return None
        start = state.last + 1 if by_state else index + 1
        ordinary = 0  # «وأمين المجلس الأعلى للأمن القومي سعيد جليلي», «ورئيس الحكومة المنشق»
        for position in range(start, min(sentence.last, start + JOINED_TITLE_REACH)):
            if (person := self.person_at.get(position)) is not None:
                return person
            token, inside = self.tokens[position], self.other_at.get(position)
            if token.form in COMMAS and not self._name_or_title_at(position + 1, sentence):
                return None  # «ووزير الدفاع السوري، بينما كان الرئيس الإيراني …»: a new clause
            # «والتركي، مولود جاويش أوغلو», «ووزير خارجية المملكة، فيصل بن فرحان»
            if not (token.title_like or token.form in COMMAS_AND_QUOTES or inside is not None):
                ordinary += 1
                if (
                    ordinary > TITLE_WORDS_BUDGET
                    or not token.is_word
                    or self.is_trigger_word(position)
                ):
                    return None
        return None
