"""The layer under articles.text.events: an article's text cut into sentences and into folded
tokens (event_tokens), the linker's mentions placed on those tokens, and the lookups the
event rules ask of them (which words stand where, which name a phrase reaches, whether a
place is named for itself). Pure Python: no Django.
"""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from articles.text import event_patterns as words
from articles.text.event_lists import NAME_BUDGET, ListsInText
from articles.text.event_mentions import Mention, file_mentions
from articles.text.event_text_places import PlacesInText
from articles.text.event_titles import TITLE_LINKS, TitlesInText
from articles.text.event_tokens import (
    COMMAS,
    QUOTE_MARKS,
    is_principal,
    is_title_like,
    quoted_tokens,
    tokenize,
)
from articles.text.mentions import ORGANIZATION, PLACE, Match
from articles.text.sentences import alone_on_its_line, split_sentences

RELATIVE_REACH = 16  # «الذي وصل عصر الأحد إلى دمشق على رأس وفد رفيع المستوى،»
HEADLINE_TOKENS = 30  # the longest line without a full stop still read as a headline
WITH_REACH = 30  # how far «بحث ... مع» may stretch
# From a support verb to its noun: «بدأت الهيئة العليا للمفاوضات المنبثقة عن المعارضة
# السورية، اليوم الاثنين، أول لقاء رسمي مع …»
SUPPORT_VERB_REACH = 14
_STOPS = words.PHRASE_END_WORDS | words.PARTICIPATION_WORDS  # not past «بحضور»: attendees
_STOPS_BEFORE_WITH = _STOPS | words.WITH_WORDS | words.BETWEEN_WORDS
_CABINET = frozenset("حكومه الحكومه".split())
_CARETAKER = frozenset(("تصريف",))
_TIME = frozenset(("وقت",))
_IN_A_TITLE = words.LOCATIVE_WORDS | TITLE_LINKS | frozenset("بشان حول".split())
_SPANS = frozenset("الايام الساعات الاسابيع الاشهر الشهور ايام ساعات اسابيع".split())
_LATER_OR_EARLIER = frozenset("لاحق سابق قريب متاخر".split())
_EARLIER = frozenset(("سابق",))
_PERIODS = frozenset("الاسبوع الشهر العام".split())  # «يومي الثلاثاء والأربعاء من الأسبوع الجاري»
_THEN_WORDS, _THAT_WORDS = frozenset("بعد قبل".split()), frozenset(("ذلك",))
_LONE_PREPOSITIONS = frozenset("ل ب".split())  # «لـ», «بـ»: the tatweel cut them off
# «عشية بدء المؤتمر», «قبيل انطلاق أعمال القمة»: a time told by a gathering's start or end
_EVE_WORDS = frozenset("عشيه قبيل قبل بعد عقب اثر غداه مع لدي".split())
_ONSET_WORDS = frozenset("بدء بدايه انطلاق انطلاقه انعقاد افتتاح ختام اختتام انتهاء نهايه".split())
_GATHERING_PARTS = frozenset("اعمال جلسات جلسه جوله الجوله".split())
GATHERING_NAME_TOKENS = 3
_NAME_FILLERS = words.DATE_WORDS | words.CONNECTOR_WORDS | words.GROUP_WORDS  # «اليوم», «و», «وفد»


class Sentence(NamedTuple):
    index: int
    start: int
    end: int
    first: int  # its tokens are [first, last)
    last: int
    headline: bool  # a whole line without a final mark: a title or a sub-headline


@dataclass(frozen=True)
class TriggerHit:
    pattern: words.TriggerPattern
    first: int  # its tokens are [first, last]
    last: int
    groups: dict  # what its first word's pattern captured: fut, imp, pre, cl


_A_WHILE_LEADS = frozenset("منذ قبل".split())
_A_WHILE = frozenset(("قليل",))
_FIRST_LEADS = frozenset("لاول للمره".split())  # «لأول مرة», «للمرة الأولى»
_TIME_OR_FIRST = frozenset("مره اولي".split())


class ArticleText(PlacesInText, TitlesInText, ListsInText):
    """The text as tokens and sentences, each mention filed under every token it covers;
    people apart from the rest, as a role naming someone («وزير الخارجية الروسي») may hold
    a state too."""

    def __init__(
        self,
        text: str,
        matches: list[Match],
        dates: list,
        areas: frozenset[str] = frozenset(),
        states_of: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.states_of = states_of or {}  # the states a person or a body acts for
        tokenized = tokenize(text)
        if areas:  # «الشرق الأوسط», «أفريقيا»: too wide to hold an event or take part in one
            matches = [match for match in matches if match.entity not in areas]
        self.text, self.tokens, self.dates = text, tokenized.tokens, dates
        self.starts, self.ends = tokenized.starts, tokenized.ends  # of each token in the text
        self._head_indices, self._trigger_words = tokenized.heads, tokenized.trigger_words
        self._statements = tokenized.statements
        self._positions: dict[int, list[int]] = {}  # by vocabulary, for word_positions
        # people apart from the rest; «مؤتمر الحوار الوطني السوري في سوتشي»: the place inside
        # a body's name, by the body's first token
        self.person_at, self.other_at, self.place_inside = file_mentions(text, tokenized, matches)
        starts, ends, count = self.starts, self.ends, len(self.ends)
        # «الهيئة العليا للمفاوضات», «فيصل المقداد»: a word inside a name tells no event
        named = {
            index
            for index in self._trigger_words
            if index in self.person_at
            or (body := self.other_at.get(index)) is not None
            and body.first < index
            and body.match.kind == ORGANIZATION
        }
        if named:
            self._trigger_words = self._trigger_words - named
            self._head_indices = [index for index in self._head_indices if index not in named]
        self.quoted = quoted_tokens(text, tokenized, self.person_at)
        # a date expression's last token, by its first: «يوم الأحد 7 يوليو / تموز 2019»
        self.date_last: dict[int, int] = {}
        for date in dates:
            first = bisect_right(ends, date.start)
            if first < count and starts[first] < date.end:
                self.date_last[first] = min(bisect_right(ends, date.end - 1, first), count - 1)
        self._date_starts = sorted(self.date_last)
        self.sentences = []
        for start, end in split_sentences(text):
            headline = alone_on_its_line(text, start, end)
            first, last = bisect_right(starts, start - 1), bisect_right(starts, end - 1)
            # a paragraph left without its full stop is no headline, however alone
            headline = headline and last - first <= HEADLINE_TOKENS
            self.sentences.append(Sentence(len(self.sentences), start, end, first, last, headline))

    # -- words and clauses

    def word(self, index: int, vocabulary: frozenset[str]) -> bool:
        tokens = self.tokens
        return 0 <= index < len(tokens) and not tokens[index].bases.isdisjoint(vocabulary)

    def past_date_phrase(self, index: int, end: int) -> int:
        """Past a time between a verb's subject and its object, set off by commas or not:
        «، يوم الأحد 7 يوليو / تموز 2019،», «مساء أمس»; `index` itself when none stands there."""
        comma = index < end and self.tokens[index].form in COMMAS
        position = start = index + comma
        while position < end:
            if (last := self.date_last.get(position)) is not None:
                position = last + 1
            elif self.word(position, words.DATE_WORDS):
                position += 1
            elif self.word(position, words.AFTER_NOON_LEADS) and self.word(
                position + 1, words.NOON_WORDS
            ):
                position += 2  # «بعد ظهر اليوم»: «بعد» here opens no clause of its own
            elif (
                position > start
                and self.word(position, words.FROM_WORDS)
                and self.word(position + 1, _PERIODS)
            ):
                position += 1  # «يوم الخميس من الشهر المقبل»: the day's week or month
            elif self.word(position, words.DURING_WORDS) and self.word(position + 1, _SPANS):
                position += 1  # «خلال الأيام المقبلة», «خلال الساعات الماضية»
            elif self.word(position + 1, _TIME) and self.word(position + 2, _LATER_OR_EARLIER):
                if not self.word(position, words.LOCATIVE_WORDS):
                    break
                position += 3  # «في وقت لاحق», «في وقت سابق»
            elif position > start and self.tokens[position].form == "/":
                position += 1  # «بعد ظهر غد / الأربعاء/»: the day set off by slashes
            elif self.word(position, _A_WHILE_LEADS) and self.word(position + 1, _A_WHILE):
                position += 2  # «استقبل شكري، منذ قليل، نظيره»
            elif self.word(position, _FIRST_LEADS) and self.word(position + 1, _TIME_OR_FIRST):
                position += 2  # «التقى لافروف لأول مرة الخطيب», «للمرة الأولى»
            else:
                break
        if position == start:
            return index
        return position + (position < end and self.tokens[position].form in COMMAS)

    def reach_over_names(self, sentence: Sentence, index: int, reach: int) -> int:
        """`reach` tokens back from `index`, names and commas not counted («أجرى وزير الخارجية
        الروسي، سيرغي لافروف، ونظيره التركي، مولود …، محادثات»)."""
        counted, at = 0, index
        while at > sentence.first and counted < reach:
            at -= 1
            counted += not (self.tokens[at].form in COMMAS or at in self.person_at)
        return max(reach, index - at)

    def reach_over_dates(self, index: int, reach: int) -> int:
        """`reach` tokens back from `index`, the dates and date words among them not counted
        («، يومي 15 و 16 نونبر الجاري»)."""
        start, dated = max(index - reach, 0), set()
        starts = self._date_starts
        at = bisect_left(starts, start)
        if at == len(starts) or starts[at] >= index:
            return reach  # no date between: most nouns
        for first in starts[at : bisect_left(starts, index)]:
            dated.update(range(first, self.date_last[first] + 1))
        for position in range(start, index):
            token = self.tokens[position]
            if token.form.isdigit() or not token.bases.isdisjoint(words.DATE_WORDS):
                dated.add(position)
        return reach + len(dated)

    def says_earlier(self, sentence: Sentence) -> bool:
        """Whether the sentence tells its news as «في وقت سابق» ("earlier")."""
        return any(
            self.word(index, _TIME) and self.word(index + 1, _EARLIER)
            for index in range(sentence.first, sentence.last - 1)
        )

    def word_positions(self, vocabulary: frozenset[str]) -> list[int]:
        """The tokens that are words of a module-level `vocabulary`, in order, found once."""
        found = self._positions.get(id(vocabulary))
        if found is None:
            found = [i for i, t in enumerate(self.tokens) if not t.bases.isdisjoint(vocabulary)]
            self._positions[id(vocabulary)] = found
        return found

    def any_word(self, first: int, last: int, vocabulary: frozenset[str]) -> bool:
        """Whether one of the tokens [first, last) is a word of `vocabulary`."""
        tokens = self.tokens[max(first, 0) : max(last, 0)]
        return any(not token.bases.isdisjoint(vocabulary) for token in tokens)

    def is_trigger_word(self, index: int) -> bool:
        """Whether the token may open a trigger pattern or is a statement verb."""
        return index in self._trigger_words

    def statement_verbs(self, sentence: Sentence) -> list[int]:
        """The sentence's tokens that are a statement verb («قال», «أكد»), in order."""
        verbs = self._statements
        return verbs[bisect_left(verbs, sentence.first) : bisect_left(verbs, sentence.last)]

    def sentences_to_read(self) -> list[Sentence]:
        """The sentences with a word that may open a trigger or a statement: the only ones."""
        firsts = [sentence.first for sentence in self.sentences]
        found = dict.fromkeys(
            bisect_right(firsts, index) - 1 for index in sorted(self._trigger_words)
        )
        return [self.sentences[number] for number in found if number >= 0]

    def sentences_with(self, vocabulary: frozenset[str]) -> set[Sentence]:
        """The sentences holding a word of a module-level `vocabulary`."""
        positions = self.word_positions(vocabulary)
        if not positions:
            return set()  # most articles: no list of firsts to build
        firsts = [sentence.first for sentence in self.sentences]
        numbers = {bisect_right(firsts, index) - 1 for index in positions}
        return {self.sentences[number] for number in numbers if number >= 0}

    def has_trigger(self, sentence: Sentence) -> bool:
        """Whether a token of the sentence may open a trigger pattern."""
        found = bisect_left(self._head_indices, sentence.first)
        return found < len(self._head_indices) and self._head_indices[found] < sentence.last

    def triggers(self, sentence: Sentence) -> list[TriggerHit]:
        hits, tokens, free = [], self.tokens, sentence.first  # a hit's tokens are not reused
        heads = self._head_indices
        for index in heads[bisect_left(heads, free) : bisect_left(heads, sentence.last)]:
            if index < free or index in self.quoted or index in self.person_at:
                continue
            if not tokens[index].is_word:
                continue
            for pattern, groups in tokens[index].heads:
                size = len(pattern.words)
                if index + size <= sentence.last and (
                    size == 1
                    or all(
                        pattern.words[k].fullmatch(tokens[index + k].form) for k in range(1, size)
                    )
                ):
                    hits.append(TriggerHit(pattern, index, index + size - 1, dict(groups)))
                    free = index + size
                    break
        return hits

    def with_word(self, start: int, sentence: Sentence) -> int | None:
        """The «مع» opening a verb's counterpart, in its clause, before another trigger."""
        tokens, triggers = self.tokens, self._trigger_words
        opener = start + (start < sentence.last and tokens[start].form in COMMAS)
        if self.word(opener, words.RELATIVE_WORDS):
            # «يجتمع الإبراهيمي، الذي تمكن …، من جمع الطرفين …، مع وفد المعارضة»: the «مع»
            # after the comma that closes the subject's relative clause
            for index in range(opener + 1, min(sentence.last - 1, opener + WITH_REACH)):
                if tokens[index].form in COMMAS and self.word(index + 1, words.WITH_WORDS):
                    return index + 1
                if tokens[index].form in ".؛;:":
                    return None
            return None
        for index in range(start, min(sentence.last, start + WITH_REACH)):
            bases = tokens[index].bases
            if not bases.isdisjoint(words.WITH_WORDS):
                return index
            if tokens[index].form in ".؛;:" or not bases.isdisjoint(words.CLAUSE_END_WORDS):
                return None
            if index in triggers:
                return None
        return None

    # -- who may take part

    def is_unquoted(self, mention: Mention) -> bool:
        return mention.first not in self.quoted

    def is_participant(self, mention: Mention) -> bool:
        if mention.first in self.quoted or mention.match.role == "spokesperson":
            return False
        return not (self._is_spokesperson(mention) or self._is_reported_by(mention))

    def _is_spokesperson(self, mention: Mention) -> bool:
        """«المتحدث باسم الخارجية الأميركية باتريك فينتريل», «عمرو رشدى المتحدث الرسمى»."""
        for index, step in ((mention.first - 1, -1), (mention.last + 1, 1)):
            while 0 <= index < len(self.tokens):
                if self.word(index, words.SPOKESPERSON_WORDS):
                    return True
                if not (index in self.other_at or is_title_like(self.tokens[index])):
                    break
                index += step
        return False

    def _is_reported_by(self, mention: Mention) -> bool:
        """A name after «حسبما صرح», «وفقا لما قاله» or «بمبادرة من»."""
        ordinary = 0
        for index in range(mention.first - 1, -1, -1):
            token = self.tokens[index]
            initiative = token.is_in(words.FROM_WORDS) and self.word(
                index - 1, words.INITIATIVE_WORDS
            )
            if token.is_in(words.SOURCE_WORDS) or initiative:
                return True
            if not (index in self.other_at or is_title_like(token)):
                ordinary += 1
                if ordinary > 2 or not token.is_word:
                    return False
        return False

    def scan_person(
        self, index: int, end: int, *, stop_at_with: bool, budget: int = NAME_BUDGET, accept=None
    ) -> tuple[Mention | None, Mention | None]:
        """The first name from `index` reached over titles, dates and at most `budget` ordinary
        words; and the organization or state heading the phrase, for when no name comes."""
        accept = accept or self.is_participant
        stops = _STOPS_BEFORE_WITH if stop_at_with else _STOPS
        cost, body, after_to = 0, None, False
        in_title = False  # a comma after a title is apposition: «الأمين العام للجامعة، نبيل العربي»
        after_group = False
        tokens, person_at, other_at = self.tokens, self.person_at, self.other_at
        while index < end:
            if (person := person_at.get(index)) is not None:
                if index > 0 and is_principal(tokens, index, person.match):
                    index = person.last + 1  # the principal, not the one who acts
                    continue
                return (person if accept(person) else None), body
            if (other := other_at.get(index)) is not None:
                if (
                    body is None
                    and cost == 0
                    and not after_to
                    # «التقى دي ميستورا بوفد المعارضة»: a delegation behind «ب» is met there
                    and (self.locative_lead(other) is None or self._delegation_behind_b(other))
                    and not (other.match.kind == PLACE and self.in_envoy_title(other))
                ):
                    body = other  # but not «المبعوث الخاص إلى سوريا»
                index, after_to = other.last + 1, False
                continue
            token = tokens[index]
            if token.form in _LONE_PREPOSITIONS and (
                index + 1 in other_at
                or index + 1 in person_at
                or (index + 1 < end and tokens[index + 1].form in QUOTE_MARKS)
            ):
                index += 1  # «لـ "هيئة التنسيق الوطنية"»: «ل» drawn out, not a word
                continue
            if token.is_word:
                if token.form in _THEN_WORDS and self.word(index + 1, _THAT_WORDS):
                    index += 2  # «كما التقى بعد ذلك كيري ولافروف»: an adverb of time
                    continue
                if token.is_in(words.DURING_WORDS) and self.word(index + 1, words.DATE_WORDS):
                    index += 1  # «أن يصل خلال ساعات قليلة وزير الخارجية»: a time, not a phrase
                    continue
                if token.is_in(_EVE_WORDS) and self.word(index + 1, _ONSET_WORDS):
                    # «وصل إلى سويسرا عشية بدء المؤتمر رئيس الائتلاف»: a time, not a phrase
                    index = self._past_gathering(index + 2, end)
                    continue
                if token.form in ("عن", "في") and self.word(index - 1, words.GROUP_WORDS):
                    # «ممثلين عن روسيا», «مسؤولين في وزارة الخارجية»: whose they are
                    owner = other_at.get(index + 1)
                    if token.form == "في" and body is None and owner is not None:
                        body = owner if owner.match.kind == ORGANIZATION else None
                    index += 1
                    continue
                if token.is_in(_CARETAKER) and self.word(index + 1, words.WORKS_WORDS):
                    index += 2  # «رئيس حكومة تصريف الأعمال»: a title, not the works of one
                    continue
                if in_title and token.is_in(words.REGIME_WORDS):  # «وزير خارجية نظام الأسد»
                    # «نظام الأسد» names the regime; «رئيس النظام الأسد» names the man
                    regime_of = not token.form.endswith("النظام")
                    index += 1 + (regime_of and self.word(index + 1, words.REGIME_NAMES))
                    continue
                if (
                    token.is_in(words.LOCATIVE_WORDS)
                    and in_title
                    and self.word(index + 1, _CABINET)
                ) or (
                    token.is_in(_IN_A_TITLE)
                    and (seat := other_at.get(index + 1))
                    and seat.last + 1 in person_at
                ):
                    # «وزير الخارجية في حكومة النظام السوري، بسام الصباغ», «رئيس حكومة تصريف
                    # الأعمال في لبنان نجيب ميقاتي», «مبعوث الأمم المتحدة بشأن سوريا الأخضر
                    # الإبراهيمي»: where or what for the office is, inside the title
                    index += 1
                    continue
                if not token.bases.isdisjoint(stops) or index in self._trigger_words:
                    break
                in_title = token.title_like
                # «وفدا برلمانيا أردنيا»: what kind of delegation, before whose
                nisba = after_group and self._nisba_before_state(index, end)
                after_group = nisba or token.is_in(words.GROUP_WORDS)
                if not (token.title_like or nisba or not token.bases.isdisjoint(_NAME_FILLERS)):
                    cost += not token.form.isdigit()
            elif token.form in QUOTE_MARKS or self._bracket_beside_name(index):
                pass  # «التقى “غير بيدرسن”», «نظيره الروسي (فلاديمير بوتين)»: a name set off
            elif token.form not in ",،؛":  # «وزير الخارجية الجزائري؛ رمطان لعمامرة»
                break
            elif (dated := self.past_date_phrase(index, end)) > index:
                index = dated  # «وصل، أمس الخميس، جون كيري»: a time set off by commas
                continue
            elif not in_title:
                cost += 1
            else:
                in_title = False
            if cost > budget:
                break
            index, after_to = index + 1, not token.bases.isdisjoint(words.TO_WORDS)
        return None, body

    def _bracket_beside_name(self, index: int) -> bool:
        """Whether token `index` is a bracket opening right before a name or closing right
        after one: «الرئيس التركي (رجب طيب إردوغان)»."""
        form = self.tokens[index].form
        if form == "(":
            return index + 1 in self.person_at
        return form == ")" and index - 1 in self.person_at

    def _delegation_behind_b(self, other: Mention) -> bool:
        return (
            other.match.kind == ORGANIZATION
            and other.match.prefix.endswith("ب")
            and self.tokens[other.first].is_in(words.GROUP_NOUNS)
        )

    def _past_gathering(self, index: int, end: int) -> int:
        """Past the gathering a time is told by: «المؤتمر», «أعمال القمة», «مؤتمر جنيف 2»;
        `end` when those who held it are named next."""
        for _ in range(GATHERING_NAME_TOKENS):
            if index >= end:
                break
            if (named := self.other_at.get(index)) is not None:
                index = named.last + 1
            elif (
                self.is_trigger_word(index)
                or self.word(index, _GATHERING_PARTS)
                or self.tokens[index].form.isdigit()
            ):
                index += 1
            else:
                break
        # «عقب اختتام محادثات بوتين وروحاني»: those who held it are not the traveller
        return end if index in self.person_at else index

    def person_before(self, index: int, start: int, *, verb: bool = True) -> Mention | None:
        """The subject right before a verb: «إن بوتين يلتقي», «أن كوفي عنان أجرى»."""
        if verb and self.word(index - 1, words.AND_HE_WORDS):
            # «أن وزير الخارجية العراقي وصل … لدعوة المعلم، وأنه سيعقد»: the «أن» clause's subject
            that = (p for p in range(index - 2, start - 1, -1) if self.word(p, words.THAT_WORDS))
            if (earlier := self.person_at.get(next(that, -2) + 1)) and self.is_participant(earlier):
                return earlier
        if verb and index - 1 > start and self.word(index - 1, words.RELATIVE_WORDS):
            # «مع الرئيس بشار الأسد، الذي وصل»: the one the clause is about
            named = self.person_at.get(index - 2 - (self.tokens[index - 2].form in ",،"))
            if named is not None:
                return named if self.is_participant(named) else None
        for position in range(index - 1, start - 1, -1):
            if (person := self.person_at.get(position)) is not None:
                if not self.is_participant(person):
                    return None
                return self._antecedent(person, start) if self._after_with(person) else person
            form = self.tokens[position].form
            # «لافروف، اللذان سيلتقيان», «الوزير فيصل المقداد، التقى»
            comma = form in ",،" and (
                (verb and position == index - 1)
                or self.word(position + 1, words.BEFORE_VERB_WORDS)
                or (not verb and self.word(position + 1, words.INTENT_WORDS))
            )
            if comma and verb:
                # «وكان عراقجي الذي وصل الأحد إلى دمشق، قد التقى»: the relative's antecedent
                return self._before_relative(position, start)
            if not (
                self.word(position, words.BEFORE_VERB_WORDS)
                or comma
                or form in QUOTE_MARKS  # «“بشار الأسد” يستقبل»
                or self._bracket_beside_name(position)  # «الرئيس التركي (أردوغان) سيلتقي»
                or (not verb and self.word(position, words.INTENT_WORDS))  # «المقداد يعتزم زيارة»
            ):
                return self._titled_subject(position, start) if verb else None
        return None

    def _before_relative(self, comma: int, start: int) -> Mention | None:
        """The person right before the relative clause a comma closes, else before the comma."""
        for position in range(comma - 1, max(start, comma - RELATIVE_REACH) - 1, -1):
            if self.tokens[position].form in ",،":
                break
            if self.word(position, words.RELATIVE_WORDS):
                person = self.person_at.get(position - 1)
                if person is not None and person.last == position - 1:
                    return person if self.is_participant(person) else None
                break
        return self.person_before(comma, start, verb=False) or self._titled_before(comma, start)

    def _after_with(self, person: Mention) -> bool:
        index = person.first - 1
        while index >= 0 and is_title_like(self.tokens[index]):
            index -= 1
        return self.word(index, words.WITH_WORDS)

    def _antecedent(self, person: Mention, start: int) -> Mention | None:
        """«عنان الذي أجرى محادثات مع الأسد سيسافر»: the verb's subject is Annan."""
        for index in range(person.first - 1, start, -1):
            if self.word(index, words.RELATIVE_WORDS):
                return self.person_at.get(index - 1)
        return None

    def subject_of_verb(self, sentence: Sentence, hit: TriggerHit, budget: int) -> Mention | None:
        """A name right before the verb, else the first one after it (or the body heading
        that phrase): Arabic puts the subject on either side."""
        subject = self.person_before(hit.first, sentence.first, verb=hit.pattern.is_verb)
        if subject is None:
            found, body = self.scan_person(
                hit.last + 1, sentence.last, stop_at_with=True, budget=budget
            )
            if (
                hit.pattern.convenes
                and found
                and body
                and self.any_word(body.last + 1, found.first, words.LED_BY_WORDS)
                and self.with_word(found.last + 1, sentence) is None
            ):
                found = None  # «اجتمعت مجموعة العمل في جنيف برئاسة عنان»: the body meets
            if (
                found
                and body
                and body.last < found.first
                and self.word(hit.last + 1, words.DELEGATION_WORDS)
                and not self.led_by_between(body.last + 1, found.first)
            ):
                found = None  # «التقى وفد من الائتلاف لافروف»: the delegation meets him
            subject = found or body
        return subject

    def support_verb(
        self, sentence: Sentence, hit: TriggerHit, reach: int = SUPPORT_VERB_REACH
    ) -> int | None:
        """The verb that carries a noun trigger («أجرى اتصالا», «عقد … اجتماعا»), up to `reach`
        tokens back past names and dates; none past another trigger («أجرى اتصالا … للقائه»)."""
        reach = self.reach_over_names(sentence, hit.first, self.reach_over_dates(hit.first, reach))
        for index in range(hit.first - 1, max(sentence.first, hit.first - reach) - 1, -1):
            if words.SUPPORT_VERB.fullmatch(self.tokens[index].form):
                return index
            if index in self._trigger_words and not self.word(index, words.ROUND_WORDS):
                return None  # but «أجرى كيري جولة ماراثونية من المباحثات»
        return None

    def support_verb_subject(self, sentence: Sentence, hit: TriggerHit) -> Mention | None:
        """«أن كوفي عنان أجرى اتصالا», «أجرى الرئيس بوتين اتصالا»; a body when no person
        is named («بدأت الهيئة العليا للمفاوضات أول لقاء رسمي مع دي ميستورا»)."""
        verb = self.support_verb(sentence, hit)
        if verb is None:
            return None
        subject = self.person_before(verb, sentence.first)
        found, body = self.scan_person(verb + 1, hit.first, stop_at_with=True)
        if (
            body is not None
            and body.match.kind != ORGANIZATION
            and not self.word(body.first - 1, words.DELEGATION_WORDS)
        ):
            # «بدأت روسيا محادثات مع ظريف والمعلم»: the people take part; but «عقد وفد
            # الجمهورية العربية السورية اجتماعا مع …»: the state's delegation holds it
            body = None
        return subject or found or body

    def people(self, first: int, last: int, *, nearest_to_last: bool = True) -> list[Mention]:
        """The participants named in tokens [first, last), each once."""
        found: dict[str, Mention] = {}
        for index in range(last - 1, first - 1, -1) if nearest_to_last else range(first, last):
            person = self.person_at.get(index)
            if person and person.entity not in found and self.is_participant(person):
                found[person.entity] = person
        return list(found.values())

    def topic(self, sentence_index: int) -> Mention | None:
        """Whom a sentence is about: its first name that can take part in an event."""
        if sentence_index < 0:
            return None
        sentence = self.sentences[sentence_index]
        return next(iter(self.people(sentence.first, sentence.last, nearest_to_last=False)), None)
