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

from bisect import bisect_left
from itertools import pairwise

from articles.text import event_patterns as words
from articles.text.event_article import (
    cities_as_states,
    drop_announced_meetings,
    drop_announced_visits,
    drop_conference_references,
    drop_country_visits,
    drop_covered_headlines,
    drop_represented_states,
    drop_sidelines_gatherings,
    drop_state_level,
    drop_time_references,
    fold_call_details,
    gatherings_of_states,
    places_in_gathering_names,
    places_in_the_datelines_city,
    places_in_the_trips_city,
    visits_to_the_gatherings_city,
)
from articles.text.event_attending import attended_gathering
from articles.text.event_calls import PHONE_WORDS, told_by_phone
from articles.text.event_credentials import credentials_frame
from articles.text.event_dedup import deduplicate
from articles.text.event_each import (
    meetings_with_each_host,
    one_call_each,
    one_meeting_each,
    one_visit_each,
)
from articles.text.event_frame import ExtractedEvent, Frame
from articles.text.event_framing import framing_gathering
from articles.text.event_gatherings import (
    conference_frame,
    is_press_conference,
    opened_gathering,
)
from articles.text.event_held import held_as_subject, round_of_talks
from articles.text.event_hosts import (
    host_place,
    inherit_places,
    lead_gathering,
    meetings_with_hosts,
    series_base,
    told_during,
)
from articles.text.event_messages import MESSAGE_WORDS, delivered_messages
from articles.text.event_nouns import DISTANCE_OPENERS, noun_frame, past_distance
from articles.text.event_participants import (
    add_attendees,
    add_joiners,
    add_named_participants,
    complete_participants,
    holders_for_states,
)
from articles.text.event_patterns import CONFERENCE, MEETING, PHONE_CALL, STATEMENT, VISIT
from articles.text.event_places import TAIL, tied_place
from articles.text.event_sentences import ArticleText, Sentence, TriggerHit
from articles.text.event_status import status_of, tells_earlier_news
from articles.text.event_tokens import COMMAS, is_adjective, joined_by_and
from articles.text.event_travellers import drop_hosts_from_trips, headline_visit
from articles.text.event_verbs import verb_frame
from articles.text.event_visits import purpose_gatherings, visit_frame
from articles.text.mentions import Match
from articles.text.sentences import split_sentences

try:
    from articles.text.dates import find_dates
except ImportError:  # without the date module, events carry no date
    find_dates = None

# split_sentences moved to articles.text.sentences; callers still import it from here.
__all__ = ["ExtractedEvent", "extract_events", "split_sentences"]

_DURING_OR_IN = words.DURING_WORDS | words.LOCATIVE_WORDS


def extract_events(
    text: str,
    matches: list[Match],
    *,
    dateline_place: str | None = None,
    headline_place: tuple[str, frozenset] | None = None,
    headline_visitor: tuple[str, str] | None = None,
    dates: list | None = None,
    countries: dict[str, str] | None = None,
    states_of: dict[str, frozenset[str]] | None = None,
    areas: frozenset[str] = frozenset(),
) -> list[ExtractedEvent]:
    """The events the text reports, each once however many sentences repeat it. `countries`
    gives a city's country, `states_of` the states a person or a body acts for, `areas` the
    places too wide to hold an event («الشرق الأوسط», «أفريقيا»)."""
    if dates is None:
        dates = find_dates(text) if find_dates else []
    article = ArticleText(text, matches, dates, areas, states_of)
    frames: list[Frame] = []
    host: tuple[str, str] | None = None
    hosted_in = None  # the sentence that names the host city
    bases = []  # (sentence index, (person, place, status)) of series of meetings
    # the others have no event to tell; a verb of telling or carrying opens no trigger
    to_read = set(article.sentences_to_read())
    to_read |= article.sentences_with(MESSAGE_WORDS) | article.sentences_with(PHONE_WORDS)
    for sentence in sorted(to_read, key=lambda sentence: sentence.index):
        found = _read_sentence(article, sentence, frames)
        if (attended := add_attendees(article, sentence, frames)) is not None:
            found = [frame for frame in found if frame.hit.first != attended.first]
        if host is None and any(frame.kind in (MEETING, CONFERENCE) for frame in found):
            host, hosted_in = host_place(article, sentence), sentence.index
        if not found and article.has_trigger(sentence) and (base := series_base(article, sentence)):
            bases.append((sentence.index, base))
        frames.extend(meetings_with_each_host(article, found, states_of or {}))
    countries = countries or {}
    visiting = headline_visit(article, headline_visitor, frames, countries, states_of or {})
    if visiting is not None:
        frames.append(visiting)  # «لافروف في دمشق لبحث التسوية», unless the body tells it
    frames = drop_covered_headlines(drop_country_visits(frames, countries))
    frames = drop_announced_meetings(article, drop_announced_visits(frames, countries))
    frames = drop_time_references(article, drop_conference_references(article, frames, countries))
    fold_call_details(frames)
    told_during(article, frames)
    lead = lead_gathering(frames)
    inherit_places(
        article,
        frames,
        host,
        dateline_place,
        bases,
        lead,
        hosted_in=hosted_in,
        headline=headline_place,
    )
    meetings_with_hosts(article, frames, countries, states_of or {})
    places_in_the_datelines_city(article, frames, dateline_place, countries)
    places_in_the_trips_city(frames, countries, states_of or {})
    drop_hosts_from_trips(frames, countries, states_of or {})
    places_in_gathering_names(article, frames, countries)
    visits_to_the_gatherings_city(frames, countries)
    frames = drop_sidelines_gatherings(article, frames)
    holders_for_states(article, frames)
    cities_as_states(frames, countries)
    drop_represented_states(frames, states_of or {})
    gatherings_of_states(article, frames, states_of or {})
    frames = drop_state_level(article, frames, countries, states_of or {})
    return deduplicate(article, frames, countries)


# -- one sentence


def _read_sentence(article: ArticleText, sentence: Sentence, earlier: list[Frame]) -> list[Frame]:
    frames = _trigger_frames(article, sentence, earlier) if article.has_trigger(sentence) else []
    frames += purpose_gatherings(article, sentence, frames)
    called = None
    if all(f.kind != PHONE_CALL for f in frames):
        called = told_by_phone(article, sentence)  # «أكد لافروف لنظيره كيري خلال اتصال هاتفي»
    if called is not None:
        frames.append(called)
    told = {frozenset(f.participants) for f in frames}
    # «تسلم الأسد رسالة من بوتين نقلها لافرنتييف»: unless the sentence tells their meeting
    frames += [
        f for f in delivered_messages(article, sentence) if frozenset(f.participants) not in told
    ]
    if not frames:
        frames = [frame for frame in [_statement(article, sentence)] if frame is not None]
    for frame in frames:
        frame.status = status_of(article, frame)
        if frame.place is None and frame.kind != VISIT:
            frame.place = tied_place(article, frame)
        last = min(sentence.last - 1, frame.span_last + TAIL)
        last = _before_their_relative_clause(article, frame, last)
        start, end = article.starts[frame.span_first], article.ends[last]
        anchor = article.starts[frame.trigger[0]]
        beside = [date for date in article.dates if date.start < end and date.end > start]
        frame.date = min(beside, key=lambda date: abs(date.start - anchor), default=None)
    if called is not None:
        # the call is how they talked («مواصلة المباحثات بينهما»), unless a meeting of the
        # two has a place of its own («لقاءهما الأخير في سوتشي»)
        pair = frozenset(called.participants)
        frames = [
            f
            for f in frames
            if f is called or frozenset(f.participants) != pair or f.place is not None
        ]
    frames += _visits_of_meetings(article, sentence, frames)
    return _one_gathering_each(frames)


def _before_their_relative_clause(article: ArticleText, frame: Frame, last: int) -> int:
    """«التقى دي ميستورا مع وفد المعارضة الذي اكتمل وصوله أمس»: a relative clause on a
    participant tells its own time, not the event's."""
    relative = frame.span_last + 1
    if frame.kind == CONFERENCE or article.word(relative + 1, words.HELD_VERB_WORDS):
        return last  # «اجتماعات اللجنة الدستورية التي تعقد اليوم»: the gathering's own clause
    if relative <= last and article.word(relative, words.RELATIVE_WORDS):
        named = article.person_at.get(frame.span_last) or article.other_at.get(frame.span_last)
        if named is not None and named.last == frame.span_last:
            return frame.span_last
    return last


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
    conference twice tells one conference, as its first mention reads it; but not one still
    to come beside one held («سيعقد اجتماع جديد … الوفود التي شاركت في الاجتماع الأول»)."""
    seen, kept = set(), []
    for frame in frames:
        named = frame.kind == CONFERENCE and frame.participants
        key = (frozenset(frame.participants), frame.status) if named else None
        if key and key in seen:
            continue
        seen.add(key)
        kept.append(frame)
    return kept


MANY_PARTIES_REACH = 4  # «اجتماع وزاري عربي تشاوري»: the adjectives after the noun


def _of_many_parties(article: ArticleText, frame: Frame) -> bool:
    """Whether an adjective right after the noun says the gathering is of several parties."""
    hit = frame.hit
    if hit.pattern.is_verb:
        return False
    for index in range(hit.last + 1, min(frame.sentence.last, hit.last + 1 + MANY_PARTIES_REACH)):
        token = article.tokens[index]
        if words.MANY_PARTIES_ADJECTIVE.fullmatch(token.form):
            return True
        if not is_adjective(token):
            return False
    return False


def _joined_verbs_keep_their_subject(article: ArticleText, frames: list[Frame]) -> None:
    """«التقى لافروف كيري، وسيلتقي ظريف»: a verb «و» joins on after the one whom the verb
    before met has that verb's subject, not him."""
    verbs = [f for f in frames if f.hit.pattern.is_verb and f.subject is not None]
    for before, frame in pairwise(verbs):
        if (
            joined_by_and(article.tokens[frame.hit.first].form, frame.hit.pattern.words[0])
            and frame.subject.last < frame.hit.first
            and frame.subject.first > before.hit.last
            and frame.subject.entity in {m.entity for m in before.others}
            and before.subject.entity not in set(frame.participants)
        ):
            frame.subject = before.subject


def _trigger_frames(article: ArticleText, sentence: Sentence, earlier: list[Frame]) -> list[Frame]:
    frames = [f for hit in article.triggers(sentence) if (f := _frame(article, sentence, hit))]
    for frame in frames:
        complete_participants(article, frame, frames, earlier)
        if frame.kind in (MEETING, CONFERENCE):
            add_named_participants(article, frame)
    # «سيبحث بوتين … خلال اللقاء الثلاثي مع روحاني وأردوغان»: the talks are that gathering's
    gatherings = set()
    for frame in frames:
        if frame.kind == MEETING and len(frame.members) >= 3 and _of_many_parties(article, frame):
            frame.kind = CONFERENCE
            gatherings.add(frozenset(frame.participants))
    for frame in frames:
        if frame.kind == MEETING and frozenset(frame.participants) in gatherings:
            frame.kind = CONFERENCE
    _joined_verbs_keep_their_subject(article, frames)
    add_joiners(article, frames)
    frames = [f for f in _apply_phone_qualifiers(article, frames) if _is_complete(f)]
    frames = [part for f in frames for part in one_call_each(article, f)]
    frames = [part for f in frames for part in one_meeting_each(article, f)]
    frames = [part for f in frames for part in one_visit_each(f)]
    calls = {frozenset(f.participants) for f in frames if f.kind == PHONE_CALL}
    return [f for f in frames if f.kind != MEETING or frozenset(f.participants) not in calls]


def _frame(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Frame | None:
    if article.any_word(
        max(sentence.first, hit.first - CANCEL_REACH), hit.first, words.CANCEL_WORDS
    ):
        # «وألغى لافروف زيارته إلى أنقرة», «ألغى وزير الخارجية الإيراني محمد جواد ظريف زيارة
        # كانت مقررة إلى دمشق، كان من المفترض أن يلتقي خلالها الأسد»
        clause = _clause_start(article, sentence, hit)
        near = article.any_word(max(clause, hit.first - 8), hit.first, words.CANCEL_WORDS)
        if near or article.any_word(hit.first - 4, hit.first, _WAS_TO_WORDS):
            return None
    if _called_off_after(article, sentence, hit):
        return None  # «وكان مقررا أن يلتقي لافروف كيري في جنيف لكن اللقاء ألغي»
    if hit.pattern.kind == PHONE_CALL and article.word(hit.first - 1, words.ON_WORDS):
        return None  # «أن بلاده على اتصال مع واشنطن»: in touch, no call
    if hit.pattern.credentials:
        return credentials_frame(article, sentence, hit)
    if hit.pattern.names_conference and is_press_conference(article, sentence, hit):
        return None  # «سيعقد مؤتمرا صحفيا في عمان»: a press conference is no gathering
    framing = None
    if not hit.pattern.is_verb and hit.pattern.kind != VISIT:
        framing = framing_gathering(article, sentence, hit)
    if framing is not None:
        return framing  # «في إطار الجولة الـ 13 من محادثات أستانا، عقد …»
    opened = None if hit.pattern.is_verb else opened_gathering(article, sentence, hit)
    if opened is not None or hit.pattern.needs_opening:
        return opened
    before = range(max(sentence.first, hit.first - 5), hit.first)
    if (
        not hit.pattern.is_verb
        and hit.pattern.kind != VISIT
        and (attended := attended_gathering(article, sentence, hit))
    ):
        attended.background = tells_earlier_news(article, hit, before)
        return attended
    # «محادثات السلام السورية ستعقد في جنيف», «للمحادثات السورية المقررة في سوتشي»
    pattern = hit.pattern
    talks = pattern.kind == MEETING and not (pattern.is_verb or pattern.names_conference)
    talks = talks or round_of_talks(article, hit)  # «الجولة المقبلة ستعقد في أستانا»
    if talks and (held := held_as_subject(article, sentence, hit)) is not None:
        held.background = tells_earlier_news(article, hit, before)
        return held
    if hit.pattern.names_conference:
        conference = conference_frame(article, sentence, hit)
        if conference is None or (conference is False and hit.pattern.kind == CONFERENCE):
            conference = held_as_subject(article, sentence, hit) or conference
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
    if _only_in_case(article, sentence, hit):
        return None  # «وفي حال التقى لافروف كيري»: only if it happens
    if _hoped_denied_or_unplanned(article, sentence, hit):
        return None
    frame = Frame(hit, hit.pattern.kind, sentence, span_last=hit.last)
    frame.background = tells_earlier_news(article, hit, before)
    if hit.pattern.kind == VISIT:
        return visit_frame(article, sentence, hit, frame)
    return (verb_frame if hit.pattern.is_verb else noun_frame)(article, sentence, hit, frame)


_IN_CASE_WORDS = frozenset("حال حاله".split())
IN_CASE_REACH = 8


def _only_in_case(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """«وفي حال التقى لافروف كيري», «في حالة انعقاد اللقاء»: in the trigger's own clause, or
    opening the sentence before the clause the trigger opens («وفي حال وافقت دمشق، سيلتقي
    …»); not «وفي حالة نادرة، التقى …» (an instance) nor «في حال استمرت الخروقات، وذلك خلال
    لقائه» (a clause after the condition's)."""
    clause = _clause_start(article, sentence, hit)
    start = max(clause, hit.first - IN_CASE_REACH, 1)
    if any(_in_case_at(article, index) for index in range(start, hit.first)):
        return True
    # the condition opens the sentence, and the trigger's clause is the one right after it
    before = clause - 1
    opening = range(sentence.first + 1, min(before, sentence.first + 3))
    return (
        before > sentence.first
        and not any(token.form in COMMAS for token in article.tokens[sentence.first : before])
        and any(_in_case_at(article, index) for index in opening)
    )


def _in_case_at(article: ArticleText, index: int) -> bool:
    """«في حال» or «في حالة الموافقة / انعقاد / عدم» at token `index`: a condition; not «في
    حالة نادرة», «في حالة تأهب», an instance or a state."""
    if not (article.word(index, _IN_CASE_WORDS) and article.word(index - 1, words.LOCATIVE_WORDS)):
        return False
    following = article.tokens[index + 1].form
    return (
        article.tokens[index].form.endswith("حال")
        or following.startswith("ال")
        or following in _IN_CASE_OF
        or article.word(index + 1, words.CALLED_FOR_WORDS)  # «في حالة انعقاد اللقاء»
        or article.is_trigger_word(index + 1)
    )


_IN_CASE_OF = frozenset("عدم لم ما تم".split())  # «في حالة عدم التوصل»


_UNREAL_WORDS = words.HOPE_WORDS | words.DENY_WORDS | words.PLANS_WORDS
_OWN_TIME_WORDS = words.AFTER_WORDS | words.DURING_WORDS | frozenset("لدي عند".split())


def _clause_start(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> int:
    """Where the trigger's clause starts: after the comma before it, or at the trigger itself
    when it is a verb «و» joins on («نفت موسكو التقارير واستقبل لافروف …»)."""
    if hit.pattern.is_verb and joined_by_and(article.tokens[hit.first].form, hit.pattern.words[0]):
        return hit.first
    for index in range(hit.first - 1, sentence.first - 1, -1):
        if article.tokens[index].form in COMMAS:
            return index + 1
    return sentence.first


UNREAL_REACH = 8  # «نفت الخارجية الأردنية صحة الأنباء التي تحدثت عن زيارة»: to «نفت»


def _hoped_denied_or_unplanned(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """«يأمل أن تتاح الفرصة للقاء», «نفت صحة الأنباء عن زيارة», «لا توجد أي خطط لعقد لقاء»:
    an event hoped for, denied or not planned, unless a clause that tells a real one comes
    between («أعرب عن أمله بعد لقائه»)."""
    marks = article.word_positions(_UNREAL_WORDS)
    found = bisect_left(marks, hit.first - UNREAL_REACH)
    if found == len(marks) or marks[found] >= hit.first:
        return False  # the cheap test first: most triggers have none of these words before
    clause = _clause_start(article, sentence, hit)
    for index in range(hit.first - 1, max(clause, hit.first - UNREAL_REACH) - 1, -1):
        token = article.tokens[index]
        if token.is_in(_OWN_TIME_WORDS):
            return False  # «عن أمله … لدى استقباله», «بعد لقائه»: the event's own phrase
        if token.is_in(words.RELATIVE_WORDS) and index > hit.first - 3:
            return False
        if token.is_in(words.HOPE_WORDS) or token.is_in(words.DENY_WORDS):
            return True
        if token.is_in(words.PLANS_WORDS) and article.any_word(
            max(sentence.first, index - 4), index, words.NEGATION_WORDS
        ):
            return True
    return False


CANCEL_REACH = 20
_WAS_TO_WORDS = frozenset("المفترض مقررا مقرره".split())  # «كان من المفترض أن يلتقي»
CALLED_OFF_REACH = 12  # «… أن يلتقي لافروف نظيره الأمريكي كيري في جنيف لكن اللقاء ألغي»


def _called_off_after(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """Whether the sentence goes on to call the event off: «لكن اللقاء ألغي»."""
    for index in range(hit.last + 2, min(sentence.last, hit.last + CALLED_OFF_REACH)):
        if article.word(index, words.CALLED_OFF_WORDS) and (
            article.is_trigger_word(index - 1) or article.word(index - 1, _BUT_WORDS)
        ):
            return True
    return False


_BUT_WORDS = frozenset("لكن لكنه لكنها ولكن".split())


def _apply_phone_qualifiers(article: ArticleText, frames: list[Frame]) -> list[Frame]:
    """«بحث لافروف مع بان كي مون ... خلال اتصال هاتفي»: the call is how they talked."""
    kept, verbs = [], [f for f in frames if f.kind == MEETING and f.hit.pattern.is_verb]
    openers = set(article.word_positions(DISTANCE_OPENERS))
    # «بحث أردوغان مع نظيره الروسي بوتين، في اتصال جرى مساء الجمعة، …»
    qualifiers = set(article.word_positions(words.PHONE_QUALIFIER_WORDS))
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
        # «عقد لافروف ونظيره التركي اجتماعا عبر تقنية الفيديو»: the names may come first
        last = max(frame.span_last, frame.hit.last)
        reach = range(frame.hit.first, min(frame.sentence.last - 1, last + 3))
        if frame.kind == MEETING and any(
            words.PHONE_ADVERB.fullmatch(article.tokens[i].form)
            or (i in openers and past_distance(article, i) > i)
            or (i in qualifiers and words.CALL_NOUN.fullmatch(article.tokens[i + 1].form))
            for i in reach
        ):
            frame.kind = PHONE_CALL  # «تحادث كيري هاتفياً مع نظيره», «عبر تقنية الفيديو»
        kept.append(frame)
    return kept


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
