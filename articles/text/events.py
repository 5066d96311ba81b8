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
    deduplicate,
    drop_announced_visits,
    drop_conference_references,
    drop_country_visits,
    drop_covered_headlines,
    drop_sidelines_gatherings,
    drop_state_level,
    drop_time_references,
    fold_call_details,
    host_place,
    inherit_places,
    series_base,
)
from articles.text.event_frame import ExtractedEvent, Frame
from articles.text.event_gatherings import conference_frame, holding_states, opened_gathering
from articles.text.event_participants import add_joiners, complete_participants
from articles.text.event_patterns import CONFERENCE, MEETING, PHONE_CALL, STATEMENT, VISIT
from articles.text.event_phrases import (
    hosted_visit,
    over_during_phrase,
    over_place_phrase,
    over_sidelines_phrase,
    past_arrival,
    past_holding_clause,
)
from articles.text.event_places import TAIL, tied_place
from articles.text.event_sentences import NAME_BUDGET, ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_status import status_of, tells_earlier_news
from articles.text.event_tokens import COMMAS, QUOTE_MARKS, is_adjective, is_title_like
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
TOPIC_REACH = 7  # «حول سبل تنفيذ قرار مجلس الأمن 2254 مع»
_TOPIC_LEADS = frozenset("حول بشان بخصوص".split())
_THERE_WORDS = frozenset(("هناك",))
_DURING_OR_IN = words.DURING_WORDS | words.LOCATIVE_WORDS
B_OBJECT_REACH = 8  # «، ووفدا مرافقا لهما، ببشار الأسد»: from the last subject to «ب»
_WITH_OR_FROM = words.WITH_WORDS | words.FROM_WORDS
_TOOK_PLACE = words.TOOK_PLACE_WORDS | words.RELATIVE_WORDS
_OF_WORDS = frozenset(("من",))


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
    bases = []  # (sentence index, (person, place, status)) of series of meetings
    for sentence in article.sentences_to_read():  # the others have no event to tell
        found = _read_sentence(article, sentence, frames)
        if host is None and any(frame.kind in (MEETING, CONFERENCE) for frame in found):
            host = host_place(article, sentence)
        if not found and article.has_trigger(sentence) and (base := series_base(article, sentence)):
            bases.append((sentence.index, base))
        frames.extend(found)
    countries = countries or {}
    frames = drop_covered_headlines(drop_country_visits(frames, countries))
    frames = drop_announced_visits(frames, countries)
    frames = drop_time_references(article, drop_conference_references(frames, countries))
    fold_call_details(frames)
    inherit_places(article, frames, host, dateline_place, bases)
    frames = drop_sidelines_gatherings(article, frames)
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
    return (_verb_frame if hit.pattern.is_verb else _noun_frame)(article, sentence, hit, frame)


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
    if article.word(hit.last + 1, words.DURING_IT_WORDS):
        # «وصل بيدرسن إلى دمشق في زيارة يلتقي خلالها المقداد»: the visitor meets whom follows
        frame.set_subject(None)
        frame.slot, after = "during it", hit.last + 2
    elif article.word(hit.first - 1, words.HE_WORDS):
        frame.set_subject(None)  # «وأشار إلى أنه التقى وليد المعلم»: «he» met whom follows
        after = hit.last + 1
    else:
        after = frame.set_subject(article.subject_of_verb(sentence, hit, NAME_BUDGET))
    after = article.past_date_phrase(after, sentence.last)  # «استقبل الأسد، يوم الأحد، …»
    after, frame.place = over_during_phrase(article, sentence, after)
    if frame.place is None:
        after, frame.place = over_sidelines_phrase(article, sentence, after)
    if frame.place is None:
        after, frame.place = over_place_phrase(article, sentence, after)
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


def _noun_frame(
    article: ArticleText, sentence: Sentence, hit: TriggerHit, frame: Frame
) -> Frame | None:
    prefix, clitic = hit.groups.get("pre") or "", hit.groups.get("cl")
    index = hit.last + 1
    while index < min(sentence.last, hit.last + 4):
        if (here := article.other_at.get(index)) is not None:
            if here.first == index and here.match.prefix.endswith("ب") and here.match.kind == PLACE:
                index = here.last + 1  # «أجرى محادثات بدمشق مع الأسد»
                continue
            break
        if (dated := article.past_date_phrase(index, sentence.last)) != index:
            index = dated  # «تلقى اتصالا هاتفيا، يوم الأربعاء، من الرئيس»
            continue
        token = article.tokens[index]
        place = article.other_at.get(index + 1)
        if token.is_in(words.LOCATIVE_WORDS) and place is not None and place.match.kind == PLACE:
            index = place.last + 1  # «أجرى محادثات في دمشق مع الأسد»
            continue
        if token.is_in(_TOPIC_LEADS) and (topic_end := _past_topic(article, sentence, index)):
            index = topic_end  # «يجري محادثات حول الأزمة السورية مع صالحي»
            break
        if not (
            is_adjective(token)
            or words.PHONE_ADVERB.fullmatch(token.form)
            or token.form in QUOTE_MARKS  # «عقد «اجتماعا مغلقا» مع»
        ):
            break
        index += 1
    index, frame.place, holder = past_holding_clause(article, sentence, index)
    held_verb = (
        holder is None
        and index < sentence.last
        and words.HELD_BY_VERB.fullmatch(article.tokens[index].form) is not None
    )
    there = held_verb and article.word(index + 1, _THERE_WORDS)  # «مشاورات أجراها هناك مع»
    held_by_clitic = held_verb and article.word(index + 1 + there, _WITH_OR_FROM)
    index += held_by_clitic + (there and held_by_clitic)  # «إن اجتماعا عقده مع لافروف»
    if there and held_by_clitic:
        frame.place = _place_before(article, sentence, hit.first)  # «هناك»: the one just named
    if (
        held_verb
        and not held_by_clitic
        and (found := article.scan_person(index + 1, sentence.last, stop_at_with=True, budget=0)[0])
    ):
        # «مؤتمر صحفي مشترك عقده كيري ونظيره الروسي لافروف»: those who held it
        frame.others = [found, *article.coordinated_people(found.last + 1, sentence)]
        frame.slot, frame.span_last = "holders", frame.others[-1].last
        return frame
    if article.word(index, words.BETWEEN_THEM_WORDS):
        frame.slot = "dual"  # «جولة من المباحثات بينهما»: the two named before
        return frame
    while article.word(index, _TOOK_PLACE) and index + 1 < sentence.last:
        index += 1  # «المكالمة التي جرت بين», «الاتصال الذي جمع بين»
    if article.word(index, words.BETWEEN_WORDS) and index < sentence.last:
        frame.slot, position = "between", index + 1
        if article.word(position, words.BETWEEN_WORDS):
            position += 1  # «اتصال جمع بين»
        while len(frame.others) < 4:
            found, body = article.scan_person(position, sentence.last, stop_at_with=True, budget=1)
            if (found or body) is None:
                break
            frame.others.append(found or body)
            position = frame.others[-1].last + 1
        frame.span_last = position - 1
        return frame
    if ministers := _ministers_of_states(article, sentence, index):
        # «اجتماعا لوزراء خارجية الأردن، والسعودية، والعراق، مع وزير خارجية سوريا»
        frame.others, frame.slot = ministers, "states"
        frame.span_last = ministers[-1].last
        return frame
    token = article.tokens[index] if index < sentence.last else None
    if token is not None and token.is_in(_WITH_OR_FROM):
        frame.slot, index = ("from" if token.is_in(words.FROM_WORDS) else "with"), index + 1
    elif (
        token is not None
        and token.form.startswith("ب")
        and (
            article.person_at[index].match.prefix.endswith("ب")
            if index in article.person_at
            else is_title_like(token)
        )
    ):
        frame.slot = "with"  # «لقائه بالرئيس الروسي», «لقائه بلافروف»; but «لقاء بيدرسن»
    states = article.nisba_states(hit.last + 1, sentence)
    if (
        frame.slot == "with"
        and "ال" in prefix
        and hit.first > sentence.first
        and words.ATTEND_VERB.fullmatch(article.tokens[hit.first - 1].form)
    ):
        return None  # «وحضر اللقاء مع عنان مستشاره أحمد فوزي»: who attended the meeting told
    if frame.slot is not None:
        found, body = article.scan_person(index, sentence.last, stop_at_with=False)
        if (found or body) is None:
            return None
        frame.others.append(found or body)
        if found is not None:  # «محادثات مع لافروف وكيري»
            frame.others.extend(article.coordinated_people(found.last + 1, sentence))
        elif body.match.kind == PLACE:  # «لقاء مع ممثلي فرنسا وألمانيا وبريطانيا»
            frame.others.extend(article.coordinated_states(body.last + 1, sentence))
    elif states:
        frame.slot, frame.others = "nisba", states  # «مباحثات أمريكية مصرية»
    elif hit.pattern.needs_counterpart or (
        ("ال" in prefix or prefix == "لل") and not clitic and not _round_of(article, hit)
    ):
        return None  # «اللقاء», «الاتصال»: the meeting already told
    elif clitic:  # «بعد لقائه ظريف»: the verbal noun's own object
        index = past_arrival(article, sentence, index)
        found, _ = article.scan_person(index, sentence.last, stop_at_with=True, budget=0)
        frame.others = [found] if found else []
    elif (
        first := article.scan_person(index, sentence.last, stop_at_with=False, budget=1)[0]
    ) is not None:
        found, body = article.scan_person(first.last + 1, sentence.last, stop_at_with=False)
        frame.slot, frame.others = "genitive", [m for m in [first, found or body] if m is not None]
        if prefix == "ل" and len(frame.others) == 1:
            frame.slot = "purpose"  # «توجه لافروف إلى جنيف للقاء كيري»: whom he goes to meet
        elif len(frame.others) == 1 and article.word(hit.first - 1, words.DURING_WORDS):
            frame.slot = "during"  # «وقال عبد اللهيان وخلال لقاء المقداد إن»: his meeting
    if frame.others:
        frame.span_last = frame.others[-1].last
    if clitic or frame.slot == "during" or held_by_clitic:
        frame.needs_subject, frame.slot = True, frame.slot or "clitic"
    elif frame.slot in ("with", "from", None):
        frame.set_subject(article.support_verb_subject(sentence, hit))
        subject = frame.subject
        if subject is not None and subject.last < hit.first:  # «عقد بوتين وأردوغان وروحاني قمة»
            more = article.coordinated_people(subject.last + 1, sentence)
            frame.others.extend(m for m in more if m.last < hit.first)
        elif (
            subject is None
            and not frame.others
            and (states := holding_states(article, sentence, hit))
        ):
            # «بدأت 17 دولة بينها السعودية والولايات المتحدة وروسيا وإيران محادثات في فيينا»
            frame.others, frame.needs_subject = states, False
            frame.kind = CONFERENCE if len(states) > 2 else frame.kind
    elif frame.slot == "purpose":
        frame.needs_subject = True
    if holder is not None and frame.subject is None:
        frame.set_subject(holder)  # «الاجتماع الذي عقده لافروف مع كيري»
    return frame


def _place_before(article: ArticleText, sentence: Sentence, index: int) -> str | None:
    """«وصل إلى دمشق قادما من بيروت بعد مشاورات أجراها هناك»: the place named last before
    token `index` in its sentence."""
    for position in range(index - 1, sentence.first - 1, -1):
        mention = article.other_at.get(position)
        if mention is not None and article.is_event_place(mention):
            return mention.entity
    return None


def _past_topic(article: ArticleText, sentence: Sentence, index: int) -> int | None:
    """The «مع» after a topic phrase («حول الأزمة السورية مع»), if no name or event comes
    first."""
    for position in range(index + 1, min(sentence.last, index + TOPIC_REACH)):
        if article.word(position, words.WITH_WORDS):
            return position
        if position in article.person_at or article.is_trigger_word(position):
            return None
    return None


def _round_of(article: ArticleText, hit: TriggerHit) -> bool:
    """«جولة ماراثونية من المباحثات»: the article is the round's, not a meeting told before."""
    of = hit.first - 1  # «جولة [ماراثونية] من», over at most two words describing it
    return article.word(of, _OF_WORDS) and article.any_word(max(0, of - 3), of, words.ROUND_WORDS)


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


def _one_name_after_joined_verb(article: ArticleText, frame: Frame) -> bool:
    """«وصل المعلم إلى طهران والتقى نظيره ظريف»: a singular meeting verb joined by «و» to
    an event verb before it in the sentence, one person after it: the one it meets."""
    hit, sentence = frame.hit, frame.sentence
    joined = article.tokens[hit.first].form.startswith("و") or article.word(
        hit.first - 1, words.ALSO_WORDS
    )  # «…، كما التقى رئيس الهيئة»
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


def _ministers_of_states(article: ArticleText, sentence: Sentence, index: int) -> list[Mention]:
    """«لوزراء خارجية الأردن، والسعودية، والعراق، مع وزير خارجية سوريا»: the states whose
    unnamed ministers meet, and the one they meet with."""
    if not article.word(index, words.PLURAL_TITLE_WORDS):
        return []
    position = index + 1  # «لنواب وزراء خارجية روسيا»: over the rest of the title
    while position < min(sentence.last, index + 4) and is_title_like(article.tokens[position]):
        position += 1
    first = article.other_at.get(position)
    if position == index + 1 or first is None or first.first != position:
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
