"""Diplomatic events in an article's text: who met, phoned, visited or spoke, where and when.
Pure Python: no Django.

The input is the text and the entity mentions the linker found in it. Each sentence is
scanned for trigger words (event_patterns.TRIGGERS, matched on the folded tokens of
event_sentences, which keep their offsets into the original text). A trigger's participants
come from where Arabic news puts them: the subject beside the verb, the object after it or
after «مع» / «ب», the names after «بين» or after a noun («لقاء لافروف ونظيره جودة»), the
owner of a clitic («مباحثاته», «لقائهما»). Names are reached over titles and dates but
hardly over ordinary words; people quoted, reporting («حسبما صرح المتحدث») or only taking
the initiative are not participants. A place is kept only when a locative phrase hangs on
the event itself, or when the article ties it another way (a host city, the visitor's
destination, the lead's dateline). When unsure, the extractor drops the event or leaves the
place empty.
"""

from copy import copy

from articles.text import event_patterns as words
from articles.text.event_article import (
    cities_as_states,
    deduplicate,
    drop_announced_visits,
    drop_conference_references,
    drop_country_visits,
    drop_covered_headlines,
    drop_sidelines_gatherings,
    drop_state_level,
    drop_time_references,
    fold_call_details,
)
from articles.text.event_frame import ExtractedEvent, Frame
from articles.text.event_gatherings import conference_frame, opened_gathering
from articles.text.event_hosts import host_place, inherit_places, lead_gathering, series_base
from articles.text.event_nouns import noun_frame
from articles.text.event_participants import (
    add_attendees,
    add_joiners,
    complete_participants,
    nationality_referent,
)
from articles.text.event_patterns import CONFERENCE, MEETING, PHONE_CALL, STATEMENT, VISIT
from articles.text.event_phrases import (
    hosted_visit,
    over_during_phrase,
    over_place_phrase,
    over_sidelines_phrase,
    past_arrival,
)
from articles.text.event_places import TAIL, tied_place
from articles.text.event_sentences import NAME_BUDGET, ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_status import status_of, tells_earlier_news
from articles.text.event_visits import visit_frame
from articles.text.mentions import ORGANIZATION, PERSON, PLACE, Match
from articles.text.sentences import split_sentences

try:
    from articles.text.dates import find_dates
except ImportError:  # without the date module, events carry no date
    find_dates = None

# split_sentences moved to articles.text.sentences; callers still import it from here.
__all__ = ["ExtractedEvent", "extract_events", "split_sentences"]

AGENT_REACH = 5  # «… بدمشق، من قبل الرئيس»: from the object to «من قبل»
_DURING_OR_IN = words.DURING_WORDS | words.LOCATIVE_WORDS
B_OBJECT_REACH = 8  # «، ووفدا مرافقا لهما، ببشار الأسد»: from the last subject to «ب»


def extract_events(
    text: str,
    matches: list[Match],
    *,
    dateline_place: str | None = None,
    dates: list | None = None,
    countries: dict[str, str] | None = None,
) -> list[ExtractedEvent]:
    """The events the text reports, each once however many sentences repeat it."""
    if dates is None:
        dates = find_dates(text) if find_dates else []
    article = ArticleText(text, matches, dates)
    frames: list[Frame] = []
    host: tuple[str, str] | None = None
    hosted_in = None  # the sentence that names the host city
    bases = []  # (sentence index, (person, place, status)) of series of meetings
    for sentence in article.sentences_to_read():  # the others have no event to tell
        found = _read_sentence(article, sentence, frames)
        add_attendees(article, sentence, frames)
        if host is None and any(frame.kind in (MEETING, CONFERENCE) for frame in found):
            host, hosted_in = host_place(article, sentence), sentence.index
        if not found and article.has_trigger(sentence) and (base := series_base(article, sentence)):
            bases.append((sentence.index, base))
        frames.extend(found)
    countries = countries or {}
    frames = drop_covered_headlines(drop_country_visits(frames, countries))
    frames = drop_announced_visits(frames, countries)
    frames = drop_time_references(article, drop_conference_references(frames, countries))
    fold_call_details(frames)
    lead = lead_gathering(frames)
    inherit_places(article, frames, host, dateline_place, bases, lead, hosted_in=hosted_in)
    frames = drop_sidelines_gatherings(article, frames)
    cities_as_states(frames, countries)
    return deduplicate(article, drop_state_level(article, frames, countries))


# -- one sentence


def _read_sentence(article: ArticleText, sentence: Sentence, earlier: list[Frame]) -> list[Frame]:
    frames = _trigger_frames(article, sentence, earlier) if article.has_trigger(sentence) else []
    if not frames:
        frames = [frame for frame in [_statement(article, sentence)] if frame is not None]
    for frame in frames:
        frame.status = status_of(article, frame)
        if frame.place is None and frame.kind != VISIT:
            frame.place = tied_place(article, frame)
        last = min(sentence.last - 1, frame.span_last + TAIL)
        start, end = article.starts[frame.span_first], article.ends[last]
        anchor = article.starts[frame.trigger[0]]
        beside = [date for date in article.dates if date.start < end and date.end > start]
        frame.date = min(beside, key=lambda date: abs(date.start - anchor), default=None)
    frames += _visits_of_meetings(article, sentence, frames)
    return _one_gathering_each(frames)


def _visits_of_meetings(article: ArticleText, sentence: Sentence, frames: list[Frame]) -> list:
    """«لقاء عبد الله بن زايد، الثلاثاء، بالرئيس بشار الأسد، في دمشق، في زيارة هي الأولى»:
    a visit noun that names no one and nowhere is the trip of the meeting's guest to where
    they met (the one received, else the one whose meeting it is)."""
    if not any(f.kind == MEETING and f.place and f.others for f in frames):
        return []
    told = {frame.hit.first for frame in frames}
    found = []
    for hit in article.triggers(sentence):
        if hit.first in told or hit.pattern.kind != VISIT or hit.pattern.is_verb:
            continue
        if hit.groups.get("cl") or not article.word(hit.first - 1, _DURING_OR_IN):
            continue
        meeting = next(
            (
                f
                for f in reversed(frames)
                if f.kind == MEETING and f.place and f.hit.first < hit.first and f.others
            ),
            None,
        )
        if meeting is None:
            continue
        guest = meeting.others[0] if meeting.hit.pattern.hosts_visit else meeting.subject
        guest = guest or meeting.others[0]
        visit = Frame(hit, VISIT, sentence, span_last=hit.last)
        visit.set_subject(guest)
        visit.place, visit.status, visit.date = meeting.place, meeting.status, meeting.date
        found.append(visit)
    return found


def _one_gathering_each(frames: list[Frame]) -> list[Frame]:
    """«أن ينعقد مؤتمر جنيف 2 … لم يتم تحديد موعد لعقد المؤتمر»: one sentence naming a
    conference twice tells one conference, as its first mention reads it."""
    seen, kept = set(), []
    for frame in frames:
        key = frozenset(frame.participants) if frame.kind == CONFERENCE else None
        if key and key in seen:
            continue
        seen.add(key)
        kept.append(frame)
    return kept


def _trigger_frames(article: ArticleText, sentence: Sentence, earlier: list[Frame]) -> list[Frame]:
    frames = [f for hit in article.triggers(sentence) if (f := _frame(article, sentence, hit))]
    for frame in frames:
        complete_participants(article, frame, frames, earlier)
    add_joiners(article, frames)
    frames = [f for f in _apply_phone_qualifiers(article, frames) if _is_complete(f)]
    frames = [part for f in frames for part in _one_call_each(article, f)]
    frames = [part for f in frames for part in _one_visit_each(f)]
    calls = {frozenset(f.participants) for f in frames if f.kind == PHONE_CALL}
    return [f for f in frames if f.kind != MEETING or frozenset(f.participants) not in calls]


def _frame(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Frame | None:
    if article.any_word(max(sentence.first, hit.first - 4), hit.first, words.CANCEL_WORDS):
        return None  # «وألغى لافروف زيارته إلى أنقرة»
    opened = None if hit.pattern.is_verb else opened_gathering(article, sentence, hit)
    if opened is not None or hit.pattern.needs_opening:
        return opened
    before = range(max(sentence.first, hit.first - 5), hit.first)
    if hit.pattern.names_conference:
        conference = conference_frame(article, sentence, hit)
        if conference:  # «وكانت اللجنة قد عقدت اجتماعا»: earlier news too
            conference.background = tells_earlier_news(article, hit, before)
        if conference is not None or hit.pattern.kind == CONFERENCE:
            return conference or None
    near = before[-3:]  # the cheap test first: most triggers have no negation before them
    if article.any_word(near.start, near.stop, words.NEGATION_WORDS) and any(
        article.word(i, words.NEGATION_WORDS) and not article.word(i + 1, words.NOT_NEGATING)
        for i in near
    ):
        return None  # «لن يلتقي», «لا يعتزم لقاء»; but «لا سيما»
    if article.any_word(max(sentence.first, hit.first - 8), hit.first, words.CONDITIONAL_WORDS):
        return None
    frame = Frame(hit, hit.pattern.kind, sentence, span_last=hit.last)
    frame.background = tells_earlier_news(article, hit, before)
    if hit.pattern.kind == VISIT:
        return visit_frame(article, sentence, hit, frame)
    return (_verb_frame if hit.pattern.is_verb else noun_frame)(article, sentence, hit, frame)


def _verb_frame(
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
    if hit.groups.get("cl"):
        return _object_clitic_frame(article, sentence, hit, frame)
    if hit.pattern.hosts_visit and (hosted := hosted_visit(article, sentence, hit, frame)):
        return hosted
    visited_place = None
    if article.word(hit.last + 1, words.DURING_IT_WORDS):
        # «وصل بيدرسن إلى دمشق في زيارة يلتقي خلالها المقداد»: the visitor meets whom follows
        frame.set_subject(None)
        frame.slot, after = "during it", hit.last + 2
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
        subject = article.subject_of_verb(sentence, hit, NAME_BUDGET)
        arrived = past_arrival(article, sentence, hit.last + 1)
        if subject is None and arrived > hit.last + 1:
            # «و التقى فور وصوله لدمشق وزير الخارجية وليد المعلم»: whom, past his arrival
            subject = article.scan_person(arrived, sentence.last, stop_at_with=True)[0]
        after = frame.set_subject(subject)
    after = article.past_date_phrase(after, sentence.last)  # «استقبل الأسد، يوم الأحد، …»
    after, frame.place = over_during_phrase(article, sentence, after)
    if frame.place is None:
        after, frame.place = over_sidelines_phrase(article, sentence, after)
    if frame.place is None:
        after, frame.place = over_place_phrase(article, sentence, after)
    frame.place = frame.place or visited_place
    if after < sentence.last and words.PHONE_ADVERB.fullmatch(article.tokens[after].form):
        after += 1  # «اتصل الرئيس الأسد هاتفيا بالرئيس روحاني»
    partners = []  # «لافروف والأمريكي جون كيري بحثا»: a dual verb after two names
    subject = frame.subject
    if subject and subject.last < hit.first and article.tokens[hit.last].form.endswith(("ا", "ان")):
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
    if with_index is not None:
        frame.slot = "with"
        found, body = article.scan_person(with_index + 1, sentence.last, stop_at_with=False)
    elif hit.pattern.needs_counterpart:  # «بحث الرئيسان بوتين وأردوغان», «اجتمع بوتين بأردوغان»
        found, body = article.scan_person(after, sentence.last, stop_at_with=True, budget=0)
        subject = frame.subject
        if (found or body) is None and subject is not None and subject.first > hit.last:
            joined = article.coordinated_people(subject.last + 1, sentence)  # «بحث لافروف، وكيري»
            found = joined[0] if joined else None
    else:
        found, body = article.scan_person(after, sentence.last, stop_at_with=False)
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
        if joined or (not partners and _one_name_after_opening_verb(article, frame)):
            # «التقى بيدرسن الأسد. كما التقى وزير الخارجية فيصل المقداد»: he met him too;
            # «وصل المعلم إلى طهران والتقى نظيره ظريف»: the subject of the verb before
            frame.others, frame.slot = [frame.subject], "joined" if joined else "object"
            frame.span_last = max(frame.span_last, frame.subject.last)
            frame.subject, frame.needs_subject = None, True
            return frame
        return frame if partners else None
    frame.others.append(found or body)
    frame.span_last = frame.others[0].last
    if found is not None and (more := article.coordinated_people(found.last + 1, sentence)):
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


def _during_his_visit(article: ArticleText, hit: TriggerHit) -> bool:
    """«يلتقي خلال زيارته …»: a verb whose subject is left to whose visit it is."""
    if not article.word(hit.last + 1, words.DURING_WORDS) or hit.last + 2 >= len(article.tokens):
        return False
    visit = words.VISIT_NOUN.fullmatch(article.tokens[hit.last + 2].form)
    return visit is not None and article.tokens[hit.last + 2].form.endswith(("ه", "ها"))


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


def _apply_phone_qualifiers(article: ArticleText, frames: list[Frame]) -> list[Frame]:
    """«بحث لافروف مع بان كي مون ... خلال اتصال هاتفي»: the call is how they talked."""
    kept, verbs = [], [f for f in frames if f.kind == MEETING and f.hit.pattern.is_verb]
    for frame in frames:
        qualifies = frame.hit.first > frame.sentence.first and article.word(
            frame.hit.first - 1, words.PHONE_QUALIFIER_WORDS
        )
        if (
            frame.kind == PHONE_CALL
            and qualifies
            and frame.slot not in ("with", "from", "between")
            and verbs
        ):
            target = min(verbs, key=lambda f: abs(f.hit.first - frame.hit.first))
            target.kind, target.trigger = PHONE_CALL, frame.trigger
            target.span_last = max(target.span_last, frame.hit.last)
            continue
        reach = range(frame.hit.first, min(frame.sentence.last, frame.span_last + 2))
        if frame.kind == MEETING and any(
            words.PHONE_ADVERB.fullmatch(article.tokens[i].form) for i in reach
        ):
            frame.kind = PHONE_CALL  # «تحادث كيري هاتفياً مع نظيره»
        kept.append(frame)
    return kept


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
        article.tokens[hit.first].form.startswith("و")
        or (hit.first > sentence.first and article.tokens[hit.first - 1].form == "و")  # «، و»
        or article.word(hit.first - 1, words.ALSO_WORDS)  # «…، كما التقى رئيس الهيئة»
    )
    return (
        joined
        and _one_name_after_verb(article, frame)
        and any(article.is_trigger_word(i) for i in range(sentence.first, hit.first))
    )


def _one_name_after_verb(article: ArticleText, frame: Frame) -> bool:
    hit, subject = frame.hit, frame.subject
    return (
        hit.pattern.kind == MEETING
        and not hit.pattern.needs_counterpart
        and subject is not None
        and subject.match.kind == PERSON
        and subject.first > hit.last
        and not article.tokens[hit.last].form.endswith(("ا", "ان", "وا"))
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


def _one_call_each(article: ArticleText, frame: Frame) -> list[Frame]:
    """«أجرى لافروف اتصالين هاتفيين مع كيري وظريف»: a call with each of them."""
    others = [m for m in frame.others if frame.subject is None or m.entity != frame.subject.entity]
    several = words.SEVERAL_CALLS_RE.fullmatch(article.tokens[frame.hit.first].form)
    if frame.kind == PHONE_CALL and several and frame.subject is None and frame.slot == "with":
        return []  # who made the calls is unknown: those he called never called each other
    if not (frame.kind == PHONE_CALL and frame.subject is not None and several):
        return [frame]
    parts = []
    for other in others:
        part = copy(frame)
        part.others = [other]
        parts.append(part)
    return parts or [frame]


def _one_visit_each(frame: Frame) -> list[Frame]:
    """«زار بيدرسن موسكو وطهران»: a visit to each place."""
    parts = [frame]
    for place in frame.further_places:
        part = copy(frame)
        part.place, part.span_last, part.further_places = place.entity, place.last, []
        parts.append(part)
    return parts


def _is_complete(frame: Frame) -> bool:
    count = len(frame.participants)
    if frame.kind == CONFERENCE:
        return count >= 1 or frame.place is not None
    if frame.kind == VISIT:
        return count >= 1 and frame.place is not None
    return count >= 2


def _statement(article: ArticleText, sentence: Sentence) -> Frame | None:
    """The first «أعلن / صرح / أكد / قال» with a person as its subject, outside «حسبما»."""
    for index in article.statement_verbs(sentence):
        if index in article.quoted or index in article.person_at:
            continue
        if index > sentence.first and article.word(index - 1, words.SOURCE_WORDS):
            continue  # «حسبما صرح»: reporting someone else's event
        subject = article.person_before(index, sentence.first)
        # «دبلوماسيون … أكدوا تعيين دي ميستورا»: a plural verb's subject came before it.
        if subject is None and not article.tokens[index].form.endswith("وا"):
            speaker = article.scan_person(
                index + 1, sentence.last, stop_at_with=True, budget=1, accept=article.is_unquoted
            )
            subject = speaker[0]
        if subject is not None:
            hit = TriggerHit(words.STATEMENT_PATTERN, index, index, {})
            frame = Frame(hit, STATEMENT, sentence, span_last=index)
            frame.span_last = max(frame.set_subject(subject) - 1, index)
            return frame
    return None
