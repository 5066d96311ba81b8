"""Event verbs: «التقى», «استقبل», «بحث مع», «اتصل ب» and whom they join (the subject on either
side of the verb, whom it meets after «مع», «ب», a clitic or nothing at all), for
articles.text.events. Pure Python: no Django."""

from articles.text import event_patterns as words
from articles.text.event_frame import Frame
from articles.text.event_noun_phrases import ministers_before
from articles.text.event_participants import nationality_referent
from articles.text.event_patterns import CONFERENCE, MEETING, VISIT
from articles.text.event_phrases import (
    hosted_visit,
    joined_before_plural,
    joined_delegations,
    over_during_phrase,
    over_place_phrase,
    over_sidelines_phrase,
    over_venue,
    past_arrival,
)
from articles.text.event_sentences import NAME_BUDGET, ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_tokens import joined_by_and
from articles.text.mentions import ORGANIZATION, PERSON, PLACE

_DURING_OR_IN = words.DURING_WORDS | words.LOCATIVE_WORDS
AGENT_REACH = 5  # «… بدمشق، من قبل الرئيس»: from the object to «من قبل»
B_OBJECT_REACH = 8  # «، ووفدا مرافقا لهما، ببشار الأسد»: from the last subject to «ب»


def verb_frame(
    article: ArticleText, sentence: Sentence, hit: TriggerHit, frame: Frame
) -> Frame | None:
    if article.word(hit.last + 1, words.DUAL_WORDS):
        named, _ = article.scan_person(hit.last + 2, sentence.last, stop_at_with=True, budget=0)
        more = article.coordinated_people(named.last + 1, sentence) if named else []
        if more:  # «التقى الرئيسان فلاديمير بوتين ورجب طيب أردوغان»: the two are named
            frame.others = [named, *more]
            frame.span_last = more[-1].last
            return frame
        frame.slot, frame.span_last = "dual", hit.last + 1  # «التقى الوزيران»
        return frame
    if (
        article.word(hit.first - 1, words.DUAL_WORDS)
        and article.tokens[hit.last].form.endswith("ا")
        and article.scan_person(hit.last + 1, sentence.last, stop_at_with=False, budget=0)
        == (None, None)
    ):
        # «أن الوزيرين التقيا في مقر البعثة»: the two of the event told before
        frame.slot, frame.span_first = "dual", hit.first - 1
        return frame
    if hit.groups.get("cl"):
        return _object_clitic_frame(article, sentence, hit, frame)
    # «أن وزراء خارجية روسيا وتركيا وإيران سيلتقون»: the states are the subjects
    ministers = ministers_before(article, sentence, hit.first)
    if hit.pattern.hosts_visit and (hosted := hosted_visit(article, sentence, hit, frame)):
        return hosted
    visited_place = None
    if article.word(hit.last + 1, words.DURING_IT_WORDS):
        # «وصل بيدرسن إلى دمشق في زيارة يلتقي خلالها المقداد»: the visitor meets whom follows
        frame.set_subject(None)
        frame.slot, after = "during it", hit.last + 2
    elif article.word(hit.last + 1, words.IN_IT_WORDS):
        # «بعد زيارة أجراها إلى دمشق …، والتقى فيها الرئيس الأسد»: on that trip, where it went;
        # «فيها» is anything else unless a visit with its destination comes before
        trip = _trip_before(article, sentence, hit)
        if trip is None:
            return None
        frame.set_subject(None)
        frame.slot, after = "during it", hit.last + 2
        # the trip's date is the meeting's: «زيارة أجراها إلى دمشق منتصف شباط»
        visited_place, frame.background, frame.span_first = trip
    elif _during_his_visit(article, hit):
        # «ومن المقرر أن يلتقي خلال زيارته عدداً من المسؤولين السوريين»: the visitor, too
        frame.set_subject(None)
        frame.slot, after = "during it", hit.last + 3
        visited = article.other_at.get(after)
        if visited is not None and visited.first == after and article.is_event_place(visited):
            visited_place, after = visited.entity, visited.last + 1  # «خلال زيارته بيروت»
    elif article.word(hit.first - 1, words.HE_WORDS):
        frame.set_subject(None)  # «وأشار إلى أنه التقى وليد المعلم»: «he» met whom follows
        after = hit.last + 1
    else:
        subject = None if ministers else article.subject_of_verb(sentence, hit, NAME_BUDGET)
        arrived = past_arrival(article, sentence, hit.last + 1)
        if subject is None and arrived > hit.last + 1:
            # «و التقى فور وصوله لدمشق وزير الخارجية وليد المعلم»: whom, past his arrival
            subject = article.scan_person(arrived, sentence.last, stop_at_with=True)[0]
        after = frame.set_subject(subject)
        if subject is not None and subject.last < hit.first:
            after = max(after, arrived)  # «إن لافروف التقى فور وصوله الأسد»
    after = article.past_date_phrase(after, sentence.last)  # «استقبل الأسد، يوم الأحد، …»
    after, frame.place = over_during_phrase(article, sentence, after)
    if frame.place is None:
        after, frame.place = over_sidelines_phrase(article, sentence, after)
    if frame.place is None:
        after, frame.place = over_place_phrase(article, sentence, after)
    if frame.place is None:
        after = over_venue(article, sentence, after)
    frame.place = frame.place or visited_place
    if after < sentence.last and words.PHONE_ADVERB.fullmatch(article.tokens[after].form):
        after += 1  # «اتصل الرئيس الأسد هاتفيا بالرئيس روحاني»
    partners = []  # «لافروف والأمريكي جون كيري بحثا»: a dual verb after two names
    subject, verb = frame.subject, article.tokens[hit.last].form
    if ministers:
        partners = ministers
    elif subject and subject.last < hit.first and words.PLURAL_VERB.fullmatch(verb):
        # «أن وزراء خارجية روسيا وتركيا وإيران سيلتقون»: all the plural verb's subjects
        partners = joined_before_plural(article, sentence, hit.last, subject)[::-1]
    elif subject and subject.last < hit.first and verb.endswith(("ا", "ان")):
        partners = article.people(sentence.first, subject.first)[:1]
    if subject and subject.first > hit.last and article.word(after, words.AIDE_WORDS):
        # «التقى دي ميستورا ونائبه رمزي عز الدين رمزي وفد الحكومة»: his aide comes along
        aide, _ = article.scan_person(after + 1, sentence.last, stop_at_with=True, budget=0)
        if aide is not None:
            partners, after = [aide], aide.last + 1
    if (met := _object_after_joined_subjects(article, sentence, frame)) is not None:
        frame.others, frame.span_last = met, met[-1].last
        return frame
    with_index = article.with_word(after, sentence) if hit.pattern.needs_counterpart else None
    if hit.pattern.only_with and with_index is None:
        return None
    if with_index is not None:
        frame.slot = "with"
        found, body = article.scan_person(with_index + 1, sentence.last, stop_at_with=False)
    elif hit.pattern.needs_counterpart:  # «بحث الرئيسان بوتين وأردوغان», «اجتمع بوتين بأردوغان»
        found, body = article.scan_person(after, sentence.last, stop_at_with=True, budget=0)
        subject = frame.subject
        if (found or body) is None and subject is not None and subject.first > hit.last:
            joined = article.coordinated_people(subject.last + 1, sentence)  # «بحث لافروف، وكيري»
            # «والتقى الوفدان الروسي والإيراني»
            joined = joined or joined_delegations(article, sentence, subject)
            found = joined[0] if joined else None
    else:
        found, body = article.scan_person(after, sentence.last, stop_at_with=False)
    subject = frame.subject
    if found is not None and subject is not None and found.entity == subject.entity:
        # «والتقى حينها بالرئيس السابق للدائرة، حسين أمير عبد اللهيان، وذكر هذا الأخير»: the
        # one named after the verb, then again, is whom the verb's left-out subject met
        found = body = None
    if (
        found is None
        and body is not None
        and subject is not None
        and subject.first > hit.last
        and article.in_title_of(body, [subject])
    ):
        body = None  # «ويلتقي غدا نبيل العربي الأمين العام للجامعة العربية»: his title
    if (found or body) is None and frame.subject is not None and frame.subject.first < hit.first:
        referent = nationality_referent(article, sentence, after)  # «استقبل الوزير الإماراتي»
        if referent is not None:
            frame.others, frame.span_last = [referent], after + 1
            return frame
    if found is None and not partners and (states := _ministers_states(article, frame)):
        # «ويجتمع وزراء خارجية الأردن والسعودية والعراق ومصر غدا في عمان»: the states meet
        frame.others, frame.span_last = states, states[-1].last
        return frame
    if (found or body) is None and frame.subject and article.word(hit.first - 1, words.WHERE_WORDS):
        found, frame.subject, frame.needs_subject = frame.subject, None, True  # «حيث يلتقي الملك»
    if partners:
        frame.span_first = min(frame.span_first, partners[0].first)
        frame.others.extend(partners)
    if (found or body) is None and (agent := _passive_agent(article, sentence, after)):
        found = agent  # «استقبل مساهل بدمشق، من قبل الرئيس الأسد»: who received him
    if (found or body) is None:
        if not partners and hit.pattern.convenes and _is_body(frame.subject):
            frame.kind = CONFERENCE  # «اجتمع مجلس الأمن الدولي أمس في نيويورك»
            frame.span_last = max(frame.span_last, frame.subject.last)
            return frame
        joined = not partners and _one_name_after_joined_verb(article, frame)
        after_that = not partners and (
            _one_name_after_that(article, frame) or _one_name_after_visit_phrase(article, frame)
        )
        if after_that:
            # «وسط توقعات بأن يلتقي الرئيس بشار الأسد»: whom the one the story follows meets
            frame.others, frame.slot = [frame.subject], "after that"
            frame.span_last = max(frame.span_last, frame.subject.last)
            frame.subject, frame.needs_subject = None, True
            return frame
        if not partners and article.word(after, words.GROUP_NOUNS):
            # «والتقى عنان خلال زيارته لمصر عددًا من المسؤولين …»: whom he met is named by no
            # one; he is still the subject a verb «و» joins on takes («وكذا استعرض مع العربي»)
            return frame
        if joined or (not partners and _one_name_after_opening_verb(article, frame)):
            # «التقى بيدرسن الأسد. كما التقى وزير الخارجية فيصل المقداد»: he met him too;
            # «وصل المعلم إلى طهران والتقى نظيره ظريف»: the subject of the verb before
            frame.others, frame.slot = [frame.subject], "joined" if joined else "object"
            frame.span_last = max(frame.span_last, frame.subject.last)
            frame.subject, frame.needs_subject = None, True
            return frame
        return frame if partners else None
    frame.others.append(found or body)
    frame.span_last = (found or body).last  # not a partner's before the verb
    if found is not None:
        more = article.coordinated_people(found.last + 1, sentence)
    else:  # «التقى دي ميستورا وفدي الحكومة والمعارضة»
        more = article.coordinated_bodies(body, sentence)
    if more:
        frame.others.extend(more)
        frame.span_last = more[-1].last
    return frame


VISIT_PHRASE_REACH = 10  # «خلال الزيارة الخارجية الأولى للمقداد إلى إيران سيلتقي»


def _one_name_after_visit_phrase(article: ArticleText, frame: Frame) -> bool:
    """«أنه خلال الزيارة الخارجية الأولى للمقداد إلى إيران سيلتقي غداً … ظريف»: one name
    after a verb a visit phrase leads to is whom the visitor meets."""
    hit, sentence = frame.hit, frame.sentence
    if not _one_name_after_verb(article, frame):
        return False
    for index in range(hit.first - 1, max(sentence.first, hit.first - VISIT_PHRASE_REACH), -1):
        if article.word(index - 1, words.DURING_WORDS) and words.VISIT_NOUN.fullmatch(
            article.tokens[index].form
        ):
            return True
    return False


TRIP_PLACE_REACH = 4  # «زيارة أجراها إلى دمشق»: from the visit noun to its destination


def _trip_before(
    article: ArticleText, sentence: Sentence, hit: TriggerHit
) -> tuple[str, bool, int] | None:
    """The destination of the last visit noun before the verb, whether that visit came
    before the news («بعد زيارة أجراها إلى دمشق») and where the noun stands; None when it
    names no destination."""
    trips = [
        trip
        for trip in article.triggers(sentence)
        if trip.pattern.kind == VISIT and not trip.pattern.is_verb and trip.last < hit.first
    ]
    if not trips:
        return None
    trip = trips[-1]
    for index in range(trip.last + 1, min(hit.first, trip.last + 1 + TRIP_PLACE_REACH)):
        place = article.other_at.get(index)
        if place is None or place.first != index or not article.is_event_place(place):
            continue
        if place.match.prefix.endswith("ل") or article.word(index - 1, words.TO_WORDS):
            return place.entity, article.word(trip.first - 1, words.AFTER_WORDS), trip.first
        return None
    return None


def _during_his_visit(article: ArticleText, hit: TriggerHit) -> bool:
    """«يلتقي خلال زيارته …»: a verb whose subject is left to whose visit it is."""
    return _his_visit_at(article, hit.last + 1)


def _his_visit_at(article: ArticleText, index: int) -> bool:
    """Whether «خلال زيارته», «في زيارتها» stands at token `index`."""
    if not article.word(index, _DURING_OR_IN) or index + 1 >= len(article.tokens):
        return False
    form = article.tokens[index + 1].form
    return words.VISIT_NOUN.fullmatch(form) is not None and form.endswith(("ه", "ها"))


def _object_after_joined_subjects(
    article: ArticleText, sentence: Sentence, frame: Frame
) -> list[Mention] | None:
    """«والتقى لافرنتييف، ونائب وزير الخارجية فيرشينين، ووفدا مرافقا لهما، ببشار الأسد»:
    the subjects «و» joins after the verb, then whom they met, behind «ب»."""
    subject = frame.subject
    if subject is None or subject.first < frame.hit.last:
        return None
    more = article.coordinated_people(subject.last + 1, sentence)
    if not more:
        return None
    for index in range(more[-1].last + 1, min(sentence.last, more[-1].last + B_OBJECT_REACH)):
        if article.is_trigger_word(index):
            return None
        person = article.person_at.get(index)
        if person is not None:
            if person.first == index and person.match.prefix.endswith("ب"):
                return [*more, person]
            return None
    return None


def _passive_agent(article: ArticleText, sentence: Sentence, index: int) -> Mention | None:
    """The person after «من قبل», a place or date phrase away: who acted, in the passive."""
    for position in range(index, min(sentence.last - 2, index + AGENT_REACH)):
        if article.tokens[position].form == words.BY_AGENT_WORDS[0] and (
            article.tokens[position + 1].form == words.BY_AGENT_WORDS[1]
        ):
            found, _ = article.scan_person(position + 2, sentence.last, stop_at_with=True, budget=0)
            return found
    return None


def _object_clitic_frame(
    article: ArticleText, sentence: Sentence, hit: TriggerHit, frame: Frame
) -> Frame | None:
    """«واستقبله الأسد», «بشار الأسد الذي التقاه»: the enclitic stands for a participant, the
    relative's antecedent when there is one; whoever is left is found as a verbal noun's
    owner is."""
    antecedent = None
    if article.word(hit.first - 1, words.RELATIVE_WORDS):
        antecedent = article.person_at.get(hit.first - 2)
        if antecedent is None:
            return None  # «الوفد الذي استقبله الأسد»: a body, not a person
    found, body = article.scan_person(hit.last + 1, sentence.last, stop_at_with=True)
    after = found or body
    frame.others = [person for person in (antecedent, after) if person is not None]
    if not frame.others:
        before = article.person_before(hit.first, sentence.first)
        frame.others = [before] if before is not None else []
    if not frame.others:
        return None
    frame.span_first = min(hit.first, frame.others[0].first)
    frame.span_last = max(hit.last, frame.others[-1].last)
    frame.needs_subject = len(frame.others) == 1
    return frame


def _one_name_after_opening_verb(article: ArticleText, frame: Frame) -> bool:
    """A singular meeting verb opening its sentence with one person after it and no one else:
    that person is met by whom the sentence before was about."""
    hit, sentence = frame.hit, frame.sentence
    return _one_name_after_verb(article, frame) and all(
        article.word(i, words.CLAUSE_OPENERS) for i in range(sentence.first, hit.first)
    )


def _one_name_after_that(article: ArticleText, frame: Frame) -> bool:
    """A singular imperfect meeting verb right after «أن» with one person after it and no
    one else: «توقعات بأن يلتقي الرئيس بشار الأسد» tells whom someone will meet."""
    hit = frame.hit
    if not (
        bool(hit.groups.get("imp"))
        and hit.first > frame.sentence.first
        and article.word(hit.first - 1, words.THAT_WORDS)
        and _one_name_after_verb(article, frame)
    ):
        return False
    # but «أن يلتقي لافروف نظراءه من المنطقة»: the name is the subject of unnamed others
    after = frame.subject.last + 1
    return after >= frame.sentence.last or not (
        article.word(after, words.UNNAMED_OBJECT_WORDS)
        or article.word(after, words.GROUP_WORDS)
        or article.word(after, words.PLURAL_TITLE_WORDS)
    )


def _one_name_after_joined_verb(article: ArticleText, frame: Frame) -> bool:
    """«وصل المعلم إلى طهران والتقى نظيره ظريف»: a singular meeting verb joined by «و» to
    an event verb before it in the sentence, one person after it: the one it meets."""
    hit, sentence = frame.hit, frame.sentence
    joined = (
        joined_by_and(article.tokens[hit.first].form, hit.pattern.words[0])
        or (hit.first > sentence.first and article.tokens[hit.first - 1].form == "و")  # «، و»
        or article.word(hit.first - 1, words.ALSO_WORDS)  # «…، كما التقى رئيس الهيئة»
    )
    return (
        joined
        and _one_name_after_verb(article, frame)
        and any(article.is_trigger_word(i) for i in range(sentence.first, hit.first))
    )


def _one_name_after_verb(article: ArticleText, frame: Frame) -> bool:
    """A singular meeting verb with one person after it, who may be whom it meets; not when
    his own visit follows («كما سيلتقي بوجدانوف في زيارته إلى دمشق …»: he meets)."""
    hit, subject = frame.hit, frame.subject
    return (
        hit.pattern.kind == MEETING
        and not hit.pattern.needs_counterpart
        and subject is not None
        and subject.match.kind == PERSON
        and subject.first > hit.last
        and not article.tokens[hit.last].form.endswith(("ا", "ان", "وا"))
        and not _his_visit_at(article, subject.last + 1)
    )


def _ministers_states(article: ArticleText, frame: Frame) -> list[Mention]:
    """The other states of «وزراء خارجية الأردن والسعودية والعراق» after the first, the
    subject: ministers of several states, unnamed."""
    subject = frame.subject
    if subject is None or subject.match.kind != PLACE or subject.match.adjective:
        return []
    if not article.word(subject.first - 2, words.PLURAL_TITLE_WORDS):
        return []
    return article.coordinated_states(subject.last + 1, frame.sentence)


def _is_body(mention: Mention | None) -> bool:
    return mention is not None and mention.match.kind == ORGANIZATION
