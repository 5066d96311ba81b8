"""Phrases that stand between an event's trigger and who takes part: a place set off by
commas, a «خلال زيارته …» phrase, a relative clause that only plans the meeting, an arrival
before a reception, a city that receives a visitor. Pure Python: no Django."""

from articles.text import event_patterns as words
from articles.text.event_frame import Frame
from articles.text.event_patterns import VISIT
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_tokens import COMMAS
from articles.text.mentions import PERSON, PLACE

FACILITY_REACH = 4  # «في مقر الجامعة العربية بالقاهرة»: from the building to its city
RELATIVE_CLAUSE_REACH = 8  # «، التي تستمر يومين،» between a phrase and what follows it
DURING_REACH = 8  # «خلال زيارته القصيرة للعاصمة السورية»: the phrase a verb's object follows


def hosted_visit(
    article: ArticleText, sentence: Sentence, hit: TriggerHit, frame: Frame
) -> Frame | None:
    """«تستقبل موسكو غدا وزير الخارجية السوري وليد المعلم»: the city receives a visitor."""
    city = article.other_at.get(hit.last + 1)
    if city is None or city.first != hit.last + 1 or not article.is_event_place(city):
        return None
    visitor, _ = article.scan_person(city.last + 1, sentence.last, stop_at_with=True)
    if visitor is None:
        return None
    frame.kind, frame.place, frame.slot = VISIT, city.entity, "hosted"
    frame.others, frame.span_last = [visitor], visitor.last
    return frame


def over_place_phrase(
    article: ArticleText, sentence: Sentence, index: int
) -> tuple[int, str | None]:
    """«التقى بيدرسن، في جنيف، وفد المعارضة»: the object comes after where they met."""
    # a time before it is already read over: «التقى أبو الغيط اليوم في …»
    position = index + 1 if article.word(index, COMMAS) else index
    if not article.word(position, words.LOCATIVE_WORDS):
        return index, None
    mention = article.other_at.get(position + 1)
    if article.word(position + 1, words.FACILITY_WORDS):
        # «في مقر الجامعة بالقاهرة»: the building's city
        mention = next(
            (
                m
                for i in range(position + 2, min(sentence.last, position + 2 + FACILITY_REACH))
                if (m := article.other_at.get(i)) is not None
                and m.first == i
                and article.is_event_place(m)
                and article.locative_lead(m) is not None
            ),
            None,
        )
    elif mention is not None and mention.first != position + 1:
        mention = None
    if mention is None or not article.is_event_place(mention):
        return index, None
    after = mention.last + 1
    after += article.word(after, COMMAS)
    # «التقى مارغيلوف في موسكو اليوم وفد المعارضة»: the day may follow the place
    after = article.past_date_phrase(after, sentence.last)
    following = article.person_at.get(after) or article.other_at.get(after)
    if following is None and (after >= sentence.last or not article.tokens[after].title_like):
        return index, None  # «التقى لافروف في موسكو أمس»: the place is the tail's
    return after, mention.entity


_MET_WORDS = words.TITLE_WORDS | words.GROUP_NOUNS
VENUE_REACH = 7  # «في مكتبه بمقر الأمانة العامة للجامعة»: the venue's words


def over_venue(article: ArticleText, sentence: Sentence, index: int) -> int:
    """«استقبل أبو الغيط، في مكتبه بمقر الأمانة العامة، المبعوث الأممي», «خلال لقائه في قصر
    الشعب المبعوث الخاص»: past the building where they met, to the one met, who must follow
    its words or the comma that closes them; else `index`."""
    position = index + 1 if article.word(index, COMMAS) else index
    if position >= sentence.last:
        return index
    if article.word(position, words.LOCATIVE_WORDS):
        position += 1
    elif not article.tokens[position].form.startswith("ب"):
        return index
    if not article.word(position, words.VENUE_WORDS):
        return index
    for after in range(position + 1, min(sentence.last, position + VENUE_REACH)):
        if article.word(after, COMMAS):
            after += 1
        if after in article.person_at or (
            after < sentence.last and article.tokens[after].title_like
        ):
            return after
        if article.is_trigger_word(after) or after in article.quoted:
            return index
    return index


def over_during_phrase(
    article: ArticleText, sentence: Sentence, index: int
) -> tuple[int, str | None]:
    """«ويلتقي العربي خلال زيارته القصيرة للعاصمة السورية الرئيس بشار الأسد»: the object
    comes after the «خلال» phrase, at the first title or name; a place the phrase visits
    («للعاصمة السورية», «إلى دمشق») is where they meet."""
    # «سيلتقي في أول أيام زيارته مسؤولين …»: «في» a few words before his visit is «خلال»
    in_visit = article.word(index, words.LOCATIVE_WORDS) and any(
        words.VISIT_NOUN.fullmatch(article.tokens[i].form)
        for i in range(index + 1, min(sentence.last, index + 4))
    )
    if not (article.word(index, words.DURING_WORDS) or in_visit):
        return index, None
    place, position, reach = None, index + 1, index + DURING_REACH
    while position < min(sentence.last, reach):
        clause_end = _past_relative_clause(article, sentence, position)
        if clause_end != position:  # «خلال زيارته لدمشق، التي تستمر يومين، الرئيس»
            reach += clause_end - position
            position = clause_end
            continue
        if position in article.person_at or article.tokens[position].is_in(_MET_WORDS):
            return position, place  # «… خلال زيارته عدداً من المسؤولين السوريين»: a group too
        mention = article.other_at.get(position)
        visited = mention is not None and (
            mention.match.prefix.endswith("ل")
            or article.word(position - 1, words.TO_WORDS)
            or words.VISIT_NOUN.fullmatch(article.tokens[position - 1].form) is not None
        )  # «خلال زيارته بيروت»: the place a visit noun takes as its object
        if place is None and visited and article.is_event_place(mention):
            place = mention.entity
        position += 1
    return index, None


def _past_relative_clause(article: ArticleText, sentence: Sentence, index: int) -> int:
    """Past «، التي تستمر يومين،»: a relative clause set off by commas; `index` if none."""
    if not (article.word(index, COMMAS) and article.word(index + 1, words.RELATIVE_WORDS)):
        return index
    for position in range(index + 2, min(sentence.last, index + RELATIVE_CLAUSE_REACH)):
        if article.word(position, COMMAS):
            return position + 1
    return index


def over_sidelines_phrase(
    article: ArticleText, sentence: Sentence, index: int
) -> tuple[int, str | None]:
    """«والتقى الأسد على هامش القمة العربية في جدة بولي العهد السعودي»: the object comes
    after the «على هامش» phrase; the place it gives the gathering is where they meet."""
    if not (article.word(index, words.ON_WORDS) and article.word(index + 1, words.SIDELINES_WORDS)):
        return index, None
    place = None
    for position in range(index + 2, min(sentence.last, index + 2 + words.SIDELINES_REACH)):
        token = article.tokens[position]
        if position in article.person_at or (token.form.startswith("ب") and token.title_like):
            return position, place
        mention = article.other_at.get(position)
        if (
            place is None
            and mention is not None
            and article.is_event_place(mention)
            and article.locative_lead(mention) is not None
        ):
            place = mention.entity
    return index, None


def past_holding_clause(
    article: ArticleText, sentence: Sentence, index: int
) -> tuple[int, str | None, Mention | None]:
    """«الاجتماع الذي من المقرر أن يعقد في جنيف بين …», «الاجتماع الذي عقده لافروف مع …»:
    past a relative clause that says only whether, when, where or by whom the meeting is
    held, to who takes part; and that place and holder."""
    if not article.word(index, words.RELATIVE_WORDS):
        return index, None, None
    position, place, holder = index + 1, None, None
    while position < sentence.last:
        mention = article.other_at.get(position + 1)
        person = article.person_at.get(position)
        if article.word(position, words.HOLDING_WORDS) or article.word(position, words.DATE_WORDS):
            position += 1
        elif holder is None and person is not None and person.first == position:
            holder, position = person, person.last + 1
        elif (
            place is None
            and article.word(position, words.LOCATIVE_WORDS)
            and mention is not None
            and article.is_event_place(mention)
        ):
            place, position = mention.entity, mention.last + 1
        else:
            break
    if article.word(position, words.BETWEEN_WORDS) or article.word(position, words.WITH_WORDS):
        return position, place, holder
    return index, None, None


def past_arrival(article: ArticleText, sentence: Sentence, index: int) -> int:
    """«في استقباله لدى وصوله إلى مطار دمشق الدولي وزير الخارجية»: the first title or name
    after an arrival phrase."""
    if not (
        article.word(index, words.ARRIVAL_LEADS) and article.word(index + 1, words.ARRIVAL_WORDS)
    ):
        return index
    for position in range(index + 2, min(sentence.last, index + 2 + DURING_REACH)):
        if position in article.person_at or article.tokens[position].is_in(words.TITLE_WORDS):
            return position
        following = position + 1 < sentence.last and article.tokens[position + 1].form
        if article.word(position, COMMAS) and following and following.startswith("و"):
            break  # «لدى وصوله إلى قلعة حلب، وكان برفقته المقداد»: a new clause, no host
    return index


_ENTOURAGE = (frozenset(("والوفد",)), frozenset(("المرافق",)), frozenset("له لها لهما لهم".split()))


def past_entourage(article: ArticleText, index: int) -> int:
    """«في استقبال الوزير المقداد والوفد المرافق له في مطار جدة …»: past his delegation."""
    if all(article.word(index + step, forms) for step, forms in enumerate(_ENTOURAGE)):
        return index + len(_ENTOURAGE)
    return index


_DELEGATION_JOINS = frozenset(("والوفد", "ووفد"))  # «الوفد الروسي والوفد التركي»
DELEGATIONS_LIMIT = 3


def joined_delegations(article: ArticleText, sentence: Sentence, subject: Mention) -> list[Mention]:
    """«الوفدان الروسي والإيراني», «الوفد الروسي والوفد التركي»: the delegations «و» joins on
    to one its state names; each stands for its state."""
    if subject.match.kind != PLACE or not article.word(subject.first - 1, words.DELEGATION_WORDS):
        return []
    found, index = [], subject.last + 1
    while len(found) < DELEGATIONS_LIMIT and index < sentence.last:
        joined_by_noun = article.tokens[index].form in _DELEGATION_JOINS
        position = index + joined_by_noun
        state = article.other_at.get(position)
        if (
            state is None
            or state.first != position
            or state.match.kind == PERSON
            or not (joined_by_noun or state.match.prefix.startswith("و"))
        ):
            break
        found.append(state)
        index = state.last + 1
    return found


def joined_on_before(article: ArticleText, sentence: Sentence, subject: Mention) -> bool:
    """Whether «و» joins the name on, itself or its title: «وبشار الأسد», «والأمريكي باراك
    أوباما», «و الأمريكي باراك أوباما»."""
    if subject.match.prefix.startswith("و"):
        return True
    position = subject.first - 1
    while position > sentence.first:
        token = article.tokens[position]
        if token.form == "و":
            return True
        if not (token.title_like or token.adjective) or article.is_trigger_word(position):
            return False
        if token.form.startswith("و"):
            return True
        position -= 1
    return False


def joined_before_plural(
    article: ArticleText, sentence: Sentence, verb: int, subject: Mention
) -> list[Mention]:
    """«وكان خلوصي آكار وهاكان فيدان قد وصلا إلى موسكو»: the names «و» joins the subject on
    to before a dual verb (one) or a plural one (the list)."""
    form = article.tokens[verb].form
    if subject.last >= verb or not form.endswith(("ا", "وا", "ان", "ون")):
        return []
    found, last = [], subject
    while joined_on_before(article, sentence, last):
        before = article.people(sentence.first, last.first)[:1]
        if not before:
            break
        found.append(last := before[0])
        if not form.endswith(("وا", "ون")):
            break
    return found
