"""Who holds a gathering, as the words around its noun say: the body or the states a support
verb makes hold it, the leaders who hold a summit, the one who hosts it. Pure Python: no
Django."""

import re

from articles.text import event_patterns as words
from articles.text.event_frame import HELD, PLANNED
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_tokens import is_adjective
from articles.text.mentions import ORGANIZATION, PERSON, PLACE

HOLDER_REACH = 12  # «يعقد وزراء خارجية مجموعة "أصدقاء سوريا"، الأربعاء اجتماعا»


def holders(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> list[Mention]:
    """The organization that holds a meeting: «يعقد وزراء خارجية مجموعة أصدقاء سوريا …
    اجتماعا», «اجتماع طارئ عقده مجلس الجامعة»; else the states whose ministers hold it,
    two or more («عقد وزراء خارجية روسيا وتركيا وإيران اجتماعا»)."""
    if body := _holding_body(article, sentence, hit) or _body_at_its_phase(article, sentence, hit):
        return [body]
    return holding_states(article, sentence, hit)


OPENING_SUBJECT = 3  # «وكان وزراء الخارجية العرب»: how far into its sentence a subject starts


def _body_at_its_phase(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Mention | None:
    """«وكان وزراء الخارجية العرب طلبوا في ختام اجتماع طارئ في القاهرة»: the body the
    sentence opens with, speaking at the end (or start) of its meeting; no person before."""
    phase = hit.first - 1
    if not (
        article.word(phase, words.PHASE_WORDS) and article.word(phase - 1, words.LOCATIVE_WORDS)
    ):
        return None
    for index in range(sentence.first, phase - 1):
        if index in article.person_at:
            return None
        body = article.other_at.get(index)
        if body is not None:
            opens = body.first - sentence.first <= OPENING_SUBJECT
            return body if opens and body.match.kind == ORGANIZATION else None
    return None


def leaders_holding(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> list[Mention]:
    """«ويعقد الرئيس التركي رجب طيب أردوغان ونظيريه الروسي فلاديمير بوتين والإيراني حسن
    روحاني، القمة عبر تقنية الفيديو»: the people a support verb makes hold the summit told."""
    if not (hit.pattern.is_summit and "ال" in (hit.groups.get("pre") or "")):
        return []
    subject = article.support_verb_subject(sentence, hit)
    if subject is None or subject.match.kind != PERSON or subject.last > hit.first:
        return []
    more = article.coordinated_people(subject.last + 1, sentence)
    return [subject, *(m for m in more if m.last < hit.first)]


def holding_states(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> list[Mention]:
    """The states, two or more, named between a support verb and its noun: «عقد وزراء خارجية
    روسيا وتركيا وإيران اجتماعا», «بدأت 17 دولة بينها السعودية وروسيا وإيران محادثات»."""
    verb = article.support_verb(sentence, hit, HOLDER_REACH)
    if verb is None or any(i in article.person_at for i in range(verb + 1, hit.first)):
        return []
    states = [
        mention
        for index in range(verb + 1, hit.first)
        if (mention := article.other_at.get(index)) is not None
        and mention.first == index
        and _a_state(mention)
        and article.locative_lead(mention) is None  # «في موسكو» is where, not who
    ]
    if not states and _FEMININE_VERB.fullmatch(article.tokens[verb].form):
        states = _states_opening_the_clause(article, sentence, verb)
    return states if len(states) >= 2 else []


# «عقدت», «ستعقد»: a verb whose subject may be states (feminine); not «عقد» (ministers)
_FEMININE_VERB = re.compile(r"[وف]?(?:س?ت\w+|\w+تا?)")  # and the dual «عقدتا»
STATES_NOUN_REACH = 4  # «الدول الضامنة لاتفاق أستانا روسيا وتركيا»: the noun before the names


def _states_opening_the_clause(
    article: ArticleText, sentence: Sentence, verb: int
) -> list[Mention]:
    """«وكانت الدول الضامنة روسيا وتركيا وإيران قد عقدت اجتماعا»: the states the clause
    opens with, as the verb's subject; none behind a preposition or after another verb
    («قادما من موسكو وأنقرة وقد عقد»)."""
    index, states = verb - 1, []
    while index > sentence.first and article.word(index, words.BEFORE_VERB_WORDS):
        index -= 1
    while (state := article.other_at.get(index)) is not None and _a_state(state):
        if article.locative_lead(state) is not None or state.match.prefix not in ("", "و"):
            return []
        states.insert(0, state)
        index = state.first - 1
        if not state.match.prefix:
            break  # the list's head: «روسيا وتركيا», not «اتفاق أستانا» before it
    noun = next(
        (
            i
            for i in range(index, max(sentence.first, index - STATES_NOUN_REACH) - 1, -1)
            if article.word(i, words.STATES_NOUNS)
        ),
        None,
    )
    if noun is not None:
        index = noun - 1  # «الدول الضامنة (لاتفاق أستانا)»
    elif article.word(index, words.FROM_WORDS) and article.word(index - 1, words.EACH_WORDS):
        index -= 2  # «أن كلا من روسيا وتركيا وإيران ستعقد»
    opens = index < sentence.first or article.word(index, words.BACKGROUND_WORDS | words.THAT_WORDS)
    return states if opens and states and not states[0].match.prefix else []


def _a_state(mention: Mention) -> bool:
    return mention.match.kind == PLACE and not mention.match.adjective


def _holding_body(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Mention | None:
    """The organization named between the support verb and the noun, or after «عقده»."""
    tokens, bodies = article.tokens, []
    verb = article.support_verb(sentence, hit, HOLDER_REACH)
    if verb is None:
        verb = host_verb(article, sentence, hit)
    if verb is not None:
        if any(i in article.person_at for i in range(verb + 1, hit.first)):
            return None  # «عقد الأمين العام للجامعة العربية نبيل العربي اجتماعا»: his
        bodies = [article.other_at.get(i) for i in range(verb + 1, hit.first)]
        before = verb - 1
        while before > sentence.first and article.word(before, words.BACKGROUND_WORDS):
            before -= 1  # «كانت اللجنة الوزارية العربية قد عقدت اجتماعا»: its subject
        if before < verb - 1 and not any(bodies):
            bodies = [article.other_at.get(before)]
        if not any(bodies) and words.HOST_VERB.fullmatch(tokens[verb].form):
            bodies = [article.other_at.get(verb - 1)]  # «أن الجامعة العربية ستستضيف … مؤتمراً»
    after = past_adjectives(article, sentence, hit.last + 1)
    if not bodies and after < sentence.last and words.HELD_BY_VERB.fullmatch(tokens[after].form):
        bodies = [article.other_at.get(i) for i in range(after + 1, min(sentence.last, after + 4))]
    return next((m for m in bodies if m is not None and m.match.kind == ORGANIZATION), None)


def hosting_person(
    article: ArticleText, sentence: Sentence, hit: TriggerHit
) -> tuple[Mention, str] | None:
    """«يستضيف وزير الخارجية جان مارك إيرولت في 10 كانون الأول اجتماعا لوزراء خارجية …»:
    the one who hosts the gathering takes part in it, held or planned as the verb's tense."""
    verb = host_verb(article, sentence, hit)
    if verb is None:
        return None
    people = article.people(verb + 1, hit.first, nearest_to_last=False)
    if not people:
        return None
    hosts = words.HOST_VERB.fullmatch(article.tokens[verb].form)
    return people[0], PLANNED if hosts.group("fut") or hosts.group("imp") else HELD


def unnamed_ministers_hold(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """Whether ministers or leaders named by no one hold the gathering: «يعقد وزراء خارجية
    الدول الداعمة للمعارضة السورية اجتماعا»."""
    verb = article.support_verb(sentence, hit, HOLDER_REACH)
    if verb is None or not article.word(verb + 1, words.PLURAL_TITLE_WORDS):
        return False
    return not any(i in article.person_at for i in range(verb + 1, hit.first))


def host_verb(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> int | None:
    """«ستستضيف الجامعة العربية مطلع العام مؤتمراً»: the verb that hosts the gathering, up
    to HOLDER_REACH tokens back; none past another event."""
    for index in range(hit.first - 1, max(sentence.first, hit.first - HOLDER_REACH) - 1, -1):
        if words.HOST_VERB.fullmatch(article.tokens[index].form):
            return index
        if article.is_trigger_word(index):
            return None
    return None


def past_adjectives(article: ArticleText, sentence: Sentence, index: int) -> int:
    while index < sentence.last and is_adjective(article.tokens[index]):
        index += 1
    return index
