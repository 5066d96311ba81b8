"""The phrases an event noun's partner may stand behind: a building and its city, a place, a
topic, «زعماء الدول الثلاث» before their names, unnamed ministers of a list of states.
Pure Python: no Django."""

from articles.text import event_patterns as words
from articles.text.event_sentences import ArticleText, Mention, Sentence
from articles.text.event_tokens import COMMAS, QUOTE_MARKS, is_title_like
from articles.text.mentions import PERSON, PLACE

TOPIC_REACH = 7  # «حول سبل تنفيذ قرار مجلس الأمن 2254 مع»
WITH_OR_FROM = words.WITH_WORDS | words.FROM_WORDS
GATHERS = words.BETWEEN_WORDS - {"بين"}  # «تضم», «تجمع»: whom a gathering brings together
_FOREIGN = frozenset(("خارجيه",))
_COUNTS = frozenset("الثلاث الثلاثه الاربع الاربعه الخمس الخمسه الضامنه".split())

FACILITY_NAME_REACH = 7  # «بمقر الأمانة العامة للجامعة العربية في القاهرة مع»


def past_facility(
    article: ArticleText, sentence: Sentence, index: int
) -> tuple[int, str | None] | None:
    """The «مع» after a building an event noun is held in, and the city named with it; None
    when a name or another event comes first."""
    place = None
    for position in range(index + 1, min(sentence.last, index + FACILITY_NAME_REACH)):
        if position in article.person_at or article.is_trigger_word(position):
            return None
        if article.word(position, WITH_OR_FROM):
            return position, place
        mention = article.other_at.get(position)
        if mention is not None and mention.first == position and article.is_event_place(mention):
            place = place or (mention.entity if article.locative_lead(mention) else None)
    return None


def past_place_phrase(article: ArticleText, sentence: Sentence, place: Mention) -> int:
    """The token after a place phrase between an event noun and its partner: over the city
    a description names («في العاصمة السورية دمشق») and the comma closing the phrase when
    «مع» follows it («اجتماعًا في العاصمة السورية دمشق، مع بيدرسون»)."""
    index = article.past_place(place)
    if (
        index + 1 < sentence.last
        and article.tokens[index].form in COMMAS
        and article.word(index + 1, words.WITH_WORDS)
    ):
        index += 1
    return index


def past_topic(
    article: ArticleText, sentence: Sentence, index: int, gathers: bool = False
) -> int | None:
    """The «مع» after a topic phrase («حول الأزمة السورية مع»), or with `gathers` the «تضم»
    of a gathering, if no name or event comes first."""
    for position in range(index + 1, min(sentence.last, index + TOPIC_REACH)):
        if article.word(position, words.WITH_WORDS) or (
            gathers and article.word(position, GATHERS)
        ):
            return position  # «قمة ثلاثية حول سوريا تضم كل من …»
        if position in article.person_at or article.is_trigger_word(position):
            return None
    return None


def past_leaders_of_states(article: ArticleText, sentence: Sentence, index: int) -> int:
    """Past «زعماء الدول الثلاث» and «وزراء خارجية الدول الضامنة» to the names that say who
    they are; `index` itself when no name follows."""
    position = index
    if not article.word(position, words.PLURAL_TITLE_WORDS):
        return index
    position += 1 + article.word(position + 1, _FOREIGN)
    if not article.word(position, words.STATES_NOUNS):
        return index
    position += 1
    while position < sentence.last and article.word(position, _COUNTS):
        position += 1
    # «الدول الثلاث تركيا وروسيا وإيران رجب طيب أردوغان …»: over the states named
    while (state := article.other_at.get(position)) is not None and state.match.kind == PLACE:
        position = state.last + 1
    return position if position in article.person_at else index


def ministers_of_states(article: ArticleText, sentence: Sentence, index: int) -> list[Mention]:
    """«لوزراء خارجية الأردن، والسعودية، والعراق، مع وزير خارجية سوريا»: the states whose
    unnamed ministers meet, and the one they meet with."""
    if not article.word(index, words.PLURAL_TITLE_WORDS):
        return []
    position = index + 1  # «لنواب وزراء خارجية روسيا»: over the rest of the title
    while (
        position < min(sentence.last, index + 4)
        and position not in article.other_at  # «لوزراء خارجية السعودية»: a state, not a title
        and is_title_like(article.tokens[position])
    ):
        position += 1
    if position < sentence.last and article.tokens[position].form in QUOTE_MARKS:
        position += 1  # «لزعماء "تركيا وروسيا وألمانيا وفرنسا"»
    first = article.other_at.get(position)
    if first is None or first.first != position:  # «لزعماء تركيا وروسيا», «لوزراء خارجية …»
        return []
    if first.match.kind != PLACE:
        return []
    if first.match.adjective:
        return []
    states = [first, *article.coordinated_states(first.last + 1, sentence)]
    after = states[-1].last + 1
    after += after < sentence.last and article.tokens[after].form in COMMAS
    if len(states) >= 2 and article.word(after, words.WITH_WORDS):
        position = after + 1  # over «وزير خارجية» to the person or the state
        while position < min(sentence.last, after + 4) and not (
            position in article.person_at or position in article.other_at
        ):
            if not is_title_like(article.tokens[position]):
                break
            position += 1
        other = article.person_at.get(position) or article.other_at.get(position)
        if other is not None and other.match.kind in (PERSON, PLACE):
            states.append(other)  # «مع وزير الخارجية السوري»: Syria, or its named minister
    return states if len(states) >= 2 else []


MINISTERS_REACH = 14  # «وزراء خارجية الدول الضامنة لمسار أستانا، روسيا وتركيا وإيران،»


def ministers_before(article: ArticleText, sentence: Sentence, verb: int) -> list[Mention]:
    """«أن وزراء خارجية روسيا وتركيا وإيران سيلتقون», «وزراء خارجية الدول الضامنة، روسيا
    وتركيا وإيران، سيجتمعون»: the states whose ministers are a plural verb's subject."""
    if not words.PLURAL_VERB.fullmatch(article.tokens[verb].form):
        return []
    for index in range(verb - 1, max(sentence.first, verb - MINISTERS_REACH) - 1, -1):
        if index in article.person_at or article.is_trigger_word(index):
            return []
        if article.word(index, words.PLURAL_TITLE_WORDS):
            return _states_of_ministers(article, sentence, index, verb)
    return []


def _states_of_ministers(
    article: ArticleText, sentence: Sentence, index: int, verb: int
) -> list[Mention]:
    position = index + 1
    while position < verb and position not in article.other_at:
        if not is_title_like(article.tokens[position]):
            break
        position += 1
    if article.word(position, words.STATES_NOUNS):  # «الدول الضامنة لمسار أستانا، روسيا»
        commas = [i for i in range(position, verb) if article.tokens[i].form in COMMAS]
        position = commas[0] + 1 if commas else verb
    first = article.other_at.get(position)
    if first is None or first.first != position or first.match.kind != PLACE:
        return []
    if first.match.adjective:
        return []
    states = [first, *article.coordinated_states(first.last + 1, sentence)]
    after = states[-1].last + 1
    after += after < verb and article.tokens[after].form in COMMAS
    return states if len(states) >= 2 and after == verb else []
