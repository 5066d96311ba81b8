"""Diplomatic events, article-wide: what one sentence cannot tell alone. Places given away
from the trigger (a host city, the visitor's destination, the lead's dateline), one trip told
twice, talks told by states beside the talks of their envoys, and one event per meeting
however many sentences report it. Pure Python: no Django."""

from dataclasses import replace

from articles.text import event_patterns as words
from articles.text.event_frame import HELD, PLANNED, ExtractedEvent, Frame
from articles.text.event_patterns import CONFERENCE, MEETING, PHONE_CALL, STATEMENT, VISIT
from articles.text.event_sentences import ArticleText, Sentence
from articles.text.event_tokens import is_title_like
from articles.text.mentions import PERSON, PLACE

OPENING_WORDS = 3


def host_place(article: ArticleText, sentence: Sentence) -> tuple[str, str] | None:
    """«استضافت القاهرة اليوم مباحثات»: (place, status) of the talks the city hosts."""
    for index in range(sentence.first, sentence.last - 1):
        found = words.HOST_VERB.fullmatch(article.tokens[index].form)
        if not found or index in article.quoted:
            continue
        place_index = index + 1
        while place_index < sentence.last - 1 and (
            is_title_like(article.tokens[place_index])
            or article.word(place_index, words.CITY_WORDS)
        ):
            place_index += 1  # «شهدت العاصمة الروسية موسكو»
        mention = article.other_at.get(place_index)
        if mention is not None and article.is_event_place(mention):
            return mention.entity, PLANNED if found.group("fut") or found.group("imp") else HELD
    return None


def lead_gathering(frames: list[Frame]) -> tuple[str, str] | None:
    """«انطلقت في جنيف اليوم اجتماعات "جنيف 6"» … «وبعد الظهر التقى دي ميستورا مع وفد
    المعارضة»: (place, status) of the placed gathering the article opens with, which hosts
    the day's meetings it then tells without a place."""
    news = [f for f in frames if f.kind != STATEMENT and not f.sentence.headline]
    if not news or news[0].kind != CONFERENCE or news[0].background or not news[0].place:
        return None
    return news[0].place, news[0].status


def series_base(article: ArticleText, sentence: Sentence) -> tuple[str, str, str] | None:
    """«عقد دي ميستورا اليوم سلسلة من الاجتماعات مع أطراف سورية ودولية في جنيف»: (person,
    place, status) of a series of meetings the sentence puts in one place without naming
    whom with; the meetings the article then tells one by one are held there."""
    for hit in article.triggers(sentence):
        form = article.tokens[hit.first].form
        if hit.pattern.kind != MEETING or hit.pattern.is_verb or not form.endswith("ات"):
            continue
        verb = article.support_verb(sentence, hit)
        people = article.people(sentence.first, hit.first) if verb is not None else []
        if len(people) != 1:
            continue  # whose series it is must be plain
        subject = people[0]
        if place := _series_place(article, sentence, hit):
            return subject.entity, place, PLANNED if hit.groups.get("fut") else HELD
    return None


SERIES_REACH = 10  # from the series' noun to its «في»: «مع أطراف سورية وإقليمية ودولية في جنيف»


def _series_place(article: ArticleText, sentence: Sentence, hit) -> str | None:
    """The place right after a series' noun, or after the unnamed parties it is with."""
    index = hit.last + 1
    if article.word(index, words.WITH_WORDS):
        index += 1
        while index < min(sentence.last, hit.last + SERIES_REACH) and not (
            article.word(index, words.LOCATIVE_WORDS)
            or index in article.person_at
            or article.is_trigger_word(index)
        ):
            index += 1
    mention = article.other_at.get(index + 1)
    if not article.word(index, words.LOCATIVE_WORDS) or mention is None:
        return None
    return mention.entity if article.is_event_place(mention) else None


def drop_covered_headlines(frames: list[Frame]) -> list[Frame]:
    """A title or sub-headline repeats what full sentences tell: keep only what they don't."""
    told = [f for f in frames if not f.sentence.headline and f.kind != STATEMENT]
    covered = {slug for frame in told for slug in frame.participants}
    return [f for f in frames if not f.sentence.headline or not set(f.participants) <= covered]


def drop_time_references(article: ArticleText, frames: list[Frame]) -> list[Frame]:
    """«أن يعقد كيري قبل لقائه لافروف اجتماعا مع …»: «his meeting» after «قبل», «بعد»
    dates another event by one the article tells; it is not news again, in any tense."""
    told: dict[tuple, list[Frame]] = {}
    for frame in frames:
        if not _time_reference(article, frame):
            told.setdefault((frame.kind, frozenset(frame.participants)), []).append(frame)
    kept = []
    for frame in frames:
        reports = told.get((frame.kind, frozenset(frame.participants)))
        if not (reports and _time_reference(article, frame)):
            kept.append(frame)
        elif frame.place and not any(report.place for report in reports):
            # «عقب لقائه الرئيس الاسد اليوم بدمشق إن الاجتماع …»: where it was still holds
            for report in reports:
                report.place = frame.place
    return kept


def _time_reference(article: ArticleText, frame: Frame) -> bool:
    hit = frame.hit
    return (
        frame.kind in (MEETING, PHONE_CALL)
        and not hit.pattern.is_verb
        and bool(hit.groups.get("cl"))
        and article.word(hit.first - 1, words.TIME_REFERENCE_WORDS)
    )


def _told_as_before(article: ArticleText, frame: Frame) -> bool:
    """«وتأتي هذه الزيارة بعد … محادثة قصيرة مع المقداد», «ويأتي اللقاء عقب اتصال»: what
    the sentence's news came after is earlier, not part of the trip; «بعد ظهر اليوم» is
    only a time."""
    sentence = frame.sentence
    for index in range(sentence.first, min(sentence.first + OPENING_WORDS, frame.hit.first)):
        if words.COMES_VERB.fullmatch(article.tokens[index].form):
            return any(
                article.word(after, words.AFTER_WORDS)
                and not article.word(after + 1, words.DATE_WORDS)
                for after in range(index + 1, frame.hit.first)
            )
    return False


def _nearest_trip(visits: list[Frame], frame: Frame) -> list[Frame]:
    """«سيزور غدا بغداد …، كما زار السبت اسطنبول حيث التقى داود أوغلو»: of the trips its
    sentence tells, a meeting is on the one of its own status told last before it."""
    if len({v.place for v in visits}) < 2:
        return visits
    visits = [v for v in visits if v.status == frame.status] or visits
    before = [v for v in visits if v.hit.first < frame.hit.first]
    return before[-1:] if len({v.place for v in visits}) > 1 and before else visits


def inherit_places(
    article: ArticleText,
    frames: list[Frame],
    host: tuple[str, str] | None,
    dateline: str | None,
    bases: list[tuple[int, tuple[str, str, str]]] = (),
    lead: tuple[str, str] | None = None,
) -> None:
    """Places the article gives away from the trigger: for a meeting the visitor's destination
    or the host city of the day's talks (else of the gathering the article opens with), for a
    conference the trip a participant makes to it or its host city, for the lead's first
    meeting the dateline."""
    meetings_host = host or lead
    visits = [frame for frame in frames if frame.kind == VISIT]
    for frame in frames:
        if frame.kind != MEETING or frame.place is not None:
            continue
        people = set(frame.participants)
        by_visitor = [v for v in visits if people & set(v.participants)]
        if frame.background:
            # «وكان عنان التقى مود بعد وصوله إلى سورية»: earlier news, on the trip its own
            # sentence tells only
            trip = _nearest_trip([v for v in by_visitor if v.sentence is frame.sentence], frame)
            if len({v.place for v in trip}) == 1 and trip[0].status == frame.status:
                frame.place = trip[0].place
            continue
        if by_visitor and _told_as_before(article, frame):
            continue  # «وتأتي هذه الزيارة بعد … محادثة قصيرة مع المقداد»: not on this trip
        # «التقى … الأسد خلال زيارة عمل إلى دمشق، الأربعاء», «وصل إلى دمشق لإجراء محادثات
        # مع الأسد»: the visit the sentence tells, whatever became of the meeting.
        same_sentence = _nearest_trip(
            [v for v in by_visitor if v.sentence is frame.sentence], frame
        )
        told = [v for v in by_visitor if v.sentence.index <= frame.sentence.index]
        # «وصل الإبراهيمي إلى دمشق اليوم … ومن المقرر أن يلتقي الأسد غدا»: where he is now
        here = [v.place for v in told[-1:] if v.status == HELD and frame.status == PLANNED]
        places = (
            {v.place for v in same_sentence}
            or {v.place for v in told if v.status == frame.status}
            or set(here)
            or {v.place for v in by_visitor if v.status == frame.status}
        )
        if same_sentence and frame.date is None and same_sentence[0].status == frame.status:
            frame.date = same_sentence[0].date
        date = frame.date
        past_day = date is not None and (
            getattr(date, "relation", None) == "past"
            or (getattr(date, "relative_days", 0) or 0) < 0
        )
        based = {
            place
            for index, (person, place, status) in bases
            if person in people and status == frame.status and index <= frame.sentence.index
        }
        if len(places) == 1:
            frame.place = places.pop()
        elif meetings_host is not None and meetings_host[1] == frame.status and not past_day:
            frame.place = meetings_host[0]
        elif len(based) == 1 and not past_day:
            frame.place = based.pop()
        elif frame.slot == "object":  # «التقى بيدرسن الأسد في دمشق. كما التقى المقداد»: there too
            before = {
                f.place
                for f in frames
                if f.sentence.index == frame.sentence.index - 1
                and f.place
                and (f.status == frame.status or f.kind == VISIT)  # «وصل … وسيلتقي»
                and people & set(f.participants)
            }
            frame.place = before.pop() if len(before) == 1 else None
    for frame in frames:
        if frame.kind != CONFERENCE or frame.place is not None:
            continue
        trip = next((v for v in visits if v.sentence is frame.sentence and v.place), None)
        if trip is not None and trip.hit.first < frame.hit.first:
            # «يتوجه فابيوس إلى إسطنبول للمشاركة في الاجتماع الوزاري»: he takes part there.
            frame.place, frame.others = trip.place, [*frame.others, *trip.members]
        elif host is not None:  # «تستضيف باريس غدا لقاء وزاريا لمجموعة أصدقاء سوريا»
            frame.place, frame.status = host
    lead = next((sentence for sentence in article.sentences if not sentence.headline), None)
    lead_events = [f for f in frames if f.sentence is lead and f.kind in (MEETING, CONFERENCE)]
    if dateline and lead_events and lead_events[0].place is None:
        lead_events[0].place = dateline


def drop_sidelines_gatherings(article: ArticleText, frames: list[Frame]) -> list[Frame]:
    """«التقى الصفدي صباغ على هامش اجتماعات الجمعية العامة»: the gathering only says where
    and when the sentence's news happened; it is not news itself."""
    told = {id(f.sentence) for f in frames if f.kind not in (CONFERENCE, STATEMENT)}
    return [
        f
        for f in frames
        if not (
            f.kind == CONFERENCE
            and id(f.sentence) in told
            and article.word(f.hit.first - 1, words.SIDELINES_WORDS)
        )
    ]


def drop_country_visits(frames: list[Frame], countries: dict[str, str]) -> list[Frame]:
    """«بزيارته الثانية إلى سوريا … عند وصوله إلى دمشق», «زيارة بيدرسن إلى السعودية» …
    «خلال زيارته إلى الرياض»: one trip, told by its country and by its city; the city says
    more, and keeps the day the country's report gave. Trips dated to different days stay
    apart."""
    cities: dict[tuple, list[Frame]] = {}
    for f in frames:
        if f.kind == VISIT and f.place in countries:
            key = (f.status, frozenset(f.participants), countries[f.place])
            cities.setdefault(key, []).append(f)
    kept = []
    for frame in frames:
        key = (frame.status, frozenset(frame.participants), frame.place)
        same_trip = [
            city
            for city in (cities.get(key, []) if frame.kind == VISIT else [])
            if _same_day_or_untold(city, frame)
        ]
        if not same_trip:
            kept.append(frame)
        elif same_trip[0].date is None:
            same_trip[0].date = frame.date
    return kept


def drop_announced_visits(frames: list[Frame], countries: dict[str, str]) -> list[Frame]:
    """«قال إن الإبراهيمي سيزور سوريا خلال الأيام المقبلة» beside «وصل الإبراهيمي إلى دمشق
    اليوم»: the trip announced is the one the article reports made, to that place or a city
    of that country, unless the reports give different days."""
    held = [f for f in frames if f.kind == VISIT and f.status == HELD and f.place]
    return [
        frame
        for frame in frames
        if not (
            frame.kind == VISIT
            and frame.status == PLANNED
            and any(
                set(made.participants) == set(frame.participants)
                and frame.place in (None, made.place, countries.get(made.place or ""))
                and _same_day_or_untold(made, frame)
                for made in held
            )
        )
    ]


def drop_conference_references(frames: list[Frame], countries: dict[str, str]) -> list[Frame]:
    """«أن ينعقد مؤتمر جنيف2 …» then «أن مؤتمر جنيف2 يختلف عن جنيف1»: a conference the
    article plans, named again with no place or day, is the same conference, not a held one.
    So is a summit named by no one at the place, or in the country, of one already told
    («القمة العربية في جدة» … «انعقاد القمة العربية في السعودية»)."""
    conferences = [f for f in frames if f.kind == CONFERENCE]
    planned = {frozenset(f.participants) for f in conferences if f.status == PLANNED}
    kept = []
    for position, frame in enumerate(frames):
        if frame.kind == CONFERENCE and not frame.participants and frame.place:
            # the one told first, or one that names who takes part, is the summit
            told = [
                f
                for f in frames[:position] + [f for f in conferences if f.participants]
                if f.kind == CONFERENCE and f.place and f is not frame
            ]
            if any(frame.place in (f.place, countries.get(f.place)) for f in told):
                continue
        if (
            frame.kind != CONFERENCE
            or frame.status == PLANNED
            or (frame.place and not frame.place_named)  # «مؤتمر جنيف 2» names Geneva itself
            or frame.date
            or frozenset(frame.participants) not in planned
        ):
            kept.append(frame)
    return kept


CALL_DETAIL_SENTENCES = 3  # how far after a call «كما بحث الصفدي مع المقداد» still tells it


def fold_call_details(frames: list[Frame]) -> None:
    """«تلقى الصفدي اتصالا من المقداد … كما بحث الصفدي مع المقداد مخرجات الاجتماع»: what
    the two went on to discuss, with no place or day of its own, is the call, not a meeting."""
    calls = [f for f in frames if f.kind == PHONE_CALL]
    for frame in frames:
        if frame.kind != MEETING or frame.place or frame.date or frame.status != HELD:
            continue
        people = set(frame.participants)
        if any(
            set(call.participants) == people
            and 0 <= frame.sentence.index - call.sentence.index <= CALL_DETAIL_SENTENCES
            for call in calls
        ):
            frame.kind = PHONE_CALL


def cities_as_states(frames: list[Frame], places_in: dict[str, str]) -> None:
    """«ومباحثاته مع دمشق», «اتصال مع موسكو»: a city a meeting or call is with stands for
    its state's government."""
    for frame in frames:
        if frame.kind not in (MEETING, PHONE_CALL):
            continue
        frame.others = [_state_of_city(member, places_in) for member in frame.others]
        if frame.subject is not None:
            frame.subject = _state_of_city(frame.subject, places_in)


def _state_of_city(mention, places_in: dict[str, str]):
    state = places_in.get(mention.entity)
    if state is None or mention.match.kind != PLACE:
        return mention
    return mention._replace(match=replace(mention.match, entity=state))


def drop_state_level(
    article: ArticleText, frames: list[Frame], places_in: dict[str, str] | None = None
) -> list[Frame]:
    """«مباحثات أمريكية مصرية» beside the talks of the two envoys: the same talks told twice;
    «الزيارة الخامسة للوزير الإيراني إلى سوريا» beside «وصل عبد اللهيان إلى دمشق»: the
    same trip. `places_in` gives a city's country."""
    by_people = [f for f in frames if any(m.match.kind == PERSON for m in f.members)]
    kept = {id(frame) for frame in by_people}
    countries: dict[str, set] = {}  # each person's states, where the text gives them
    for mention in article.person_at.values():
        countries.setdefault(mention.entity, set()).add(mention.match.role_of)
    places_in = places_in or {}

    def kept_apart(frame: Frame) -> bool:
        if frame.kind == VISIT:
            return not _state_trip_told(frame, by_people, countries, places_in)
        if frame.kind not in (MEETING, PHONE_CALL):
            return True
        if id(frame) in kept:
            return not _announced(frame, by_people, countries)
        return not any(
            (o.kind, o.status) == (frame.kind, frame.status)
            and frame.place in (None, o.place)
            and _their_states(frame, o, countries)
            for o in by_people
        )

    return [frame for frame in frames if kept_apart(frame)]


def _state_trip_told(
    frame: Frame, by_people: list[Frame], countries: dict[str, set], places_in: dict[str, str]
) -> bool:
    """A state's trip («زيارة للوزير الإيراني إلى سوريا») that one of its people makes to the
    same place, or to a city of that country, with the same status."""
    if any(m.match.kind == PERSON for m in frame.members):
        return False
    return any(
        o.kind == VISIT
        and o.status == frame.status
        and frame.place in (None, o.place, places_in.get(o.place or ""))
        and _their_states(frame, o, countries)
        for o in by_people
    )


def _announced(frame: Frame, by_people: list[Frame], countries: dict[str, set]) -> bool:
    """«أعلنت أن جيفري سيلتقي كبار المسؤولين المصريين» beside «التقى شكري جيفري»: the
    meeting with a state's officials, planned, is the one its minister held with him."""
    if frame.status != PLANNED or not any(m.match.kind == PLACE for m in frame.members):
        return False
    people = {m.entity for m in frame.members if m.match.kind == PERSON}
    return any(
        o is not frame
        and o.kind == frame.kind
        and o.status == HELD
        and people < set(o.participants)
        and _their_states(frame, o, countries, strict=True)
        for o in by_people
    )


def _their_states(
    states: Frame, people: Frame, countries: dict[str, set], *, strict: bool = False
) -> bool:
    """Whether the states could be those the people speak for: each the country of one of
    them, or of one whose country the text does not give. «ويشارك في اجتماع يضم مصر وتركيا
    وإيران» beside the envoy's meeting with Morsi is another meeting."""
    named = [m.entity for m in people.members if m.match.kind == PERSON]
    known = {c for person in named for c in countries.get(person, ()) if c}
    unknown = sum(not (countries.get(person, set()) - {None}) for person in named)
    left = {m.entity for m in states.members if m.match.kind == PLACE} - known
    return not left if strict else len(left) <= unknown


def deduplicate(article: ArticleText, frames: list[Frame]) -> list[ExtractedEvent]:
    """One event per kind, participants and status: reports without a place join the one
    report that has it, and the report with a place and a date speaks for them all."""
    groups: dict[tuple, list[Frame]] = {}
    for frame in frames:
        who = frozenset(frame.participants)
        key = frame.place if frame.kind == CONFERENCE and frame.place else who
        groups.setdefault((frame.kind, frame.status, key), []).append(frame)
    _join_unplaced_conferences(groups)
    events: list[tuple[tuple[int, int, int], ExtractedEvent]] = []
    for group in groups.values():
        places = list(dict.fromkeys(frame.place for frame in group))  # in the text's order
        clusters = (
            [[f for f in group if f.place == p] for p in places]
            if len(set(places) - {None}) > 1
            else [group]
        )
        clusters = [part for c in clusters for part in _earlier_gathering_apart(c)]
        for cluster in [part for c in clusters for part in _apart_by_date(c)]:
            best = max(cluster, key=_information)
            slugs = {slug for f in cluster for slug in f.participants}
            place = next((f.place for f in cluster if f.place), None)
            events.append(
                (
                    (best.sentence.start, best.trigger[0], best.span_last),
                    _event(article, best, slugs, place),
                )
            )
    return [event for _, event in sorted(events, key=lambda pair: pair[0])]


def _earlier_gathering_apart(frames: list[Frame]) -> list[list[Frame]]:
    """«عقد مجلس الجامعة اجتماعا طارئا في القاهرة» … «وكانت اللجنة الوزارية العربية قد عقدت
    اجتماعا في القاهرة»: another body's gathering in the same city, told as earlier news, is
    another gathering."""
    news = {slug for f in frames if not f.background for slug in f.participants}
    earlier = [
        f
        for f in frames
        if f.kind == CONFERENCE
        and f.background
        and f.participants
        and news
        and news.isdisjoint(f.participants)
    ]
    if not earlier:
        return [frames]
    return [[f for f in frames if f not in earlier], earlier]


def _bare_definite(frame: Frame) -> bool:
    """«المؤتمر», «الاجتماع» with no body, state or place after it to name it."""
    return (
        "ال" in (frame.hit.groups.get("pre") or "")
        and frame.hit.first == frame.hit.last
        and not frame.place_named
        and all(m.last < frame.hit.first for m in frame.others)
    )


def _apart_by_date(frames: list[Frame]) -> list[list[Frame]]:
    """«استقبل الأسد ابن علوي يوم 7 تموز 2019» … «وكان ابن علوي قد زار دمشق يوم 26 تشرين
    الأول 2015 والتقى الأسد»: reports dated to different days in full are different
    events; an undated report goes with the dated one told last before it."""
    days = {_full_day(frame) for frame in frames} - {None}
    if len(days) < 2:
        return [frames]
    parts: dict[tuple, list[Frame]] = {}
    day = None
    for frame in sorted(frames, key=lambda f: (f.sentence.start, f.hit.first)):
        day = _full_day(frame) or day or min(days)
        parts.setdefault(day, []).append(frame)
    return list(parts.values())


def _same_day_or_untold(one: Frame, other: Frame) -> bool:
    """Whether two reports may tell the same day: one is undated, or both give it alike
    («أمس» and «29 مايو الماضي» do not)."""
    if one.date is None or other.date is None:
        return True
    return _day_told(one) == _day_told(other)


def _day_told(frame: Frame) -> tuple:
    """(year, month, day, days from the article's own) as the report's date expression gives
    them; None where it does not."""
    return tuple(
        getattr(frame.date, name, None) for name in ("year", "month", "day", "relative_days")
    )


def _full_day(frame: Frame) -> tuple[int, int, int] | None:
    day = _day_told(frame)[:3]
    return day if None not in day else None


def _join_unplaced_conferences(groups: dict[tuple, list[Frame]]) -> None:
    """«انطلق في فيينا اجتماع المجموعة الدولية لدعم سورية» … «ختامية لاجتماع المجموعة»: a
    conference named again without its place is the one the article placed, if one only."""
    for key in [k for k in groups if k[0] == CONFERENCE and isinstance(k[2], frozenset)]:
        who = key[2]
        placed = [
            other
            for other, frames in groups.items()
            if other[:2] == key[:2]
            and isinstance(other[2], str)
            and who <= {slug for f in frames for slug in f.participants}
        ]
        if who and len(placed) == 1:
            groups[placed[0]].extend(groups.pop(key))
            continue
        # «بدأت في مونترو أعمال مؤتمر جنيف 2» … «وافتتح بان كي مون المؤتمر»: «the
        # conference», named by nothing but its article, is the one already placed
        anywhere = [
            other for other in groups if other[0] == CONFERENCE and isinstance(other[2], str)
        ]
        if len(anywhere) == 1 and all(_bare_definite(f) for f in groups[key]):
            groups[anywhere[0]].extend(groups.pop(key))
            continue
        # «ستجمع هذه القمة الرؤساء …» … «قمة اسطنبول»: the one summit told, then placed
        patterns = {f.hit.pattern for f in groups[key]}
        told = max(f.sentence.start for f in groups[key])
        alike = [
            other
            for other, frames in groups.items()
            if other[:2] == key[:2]
            and isinstance(other[2], str)
            and not any(f.participants for f in frames)
            and {f.hit.pattern for f in frames} == patterns
            and min(f.sentence.start for f in frames) > told
        ]
        unplaced = [k for k in groups if k[:2] == key[:2] and isinstance(k[2], frozenset)]
        if who and len(alike) == 1 and len(unplaced) == 1 and len(patterns) == 1:
            groups[alike[0]].extend(groups.pop(key))


def _information(frame: Frame) -> tuple:
    """Which report of an event to keep: a place, then a date, then a full sentence, then the
    earliest."""
    return (
        frame.place is not None,
        frame.date is not None,
        not frame.sentence.headline,
        -frame.sentence.start,
    )


def _event(
    article: ArticleText, frame: Frame, participants: set[str], place: str | None
) -> ExtractedEvent:
    date, (first, last), sentence = frame.date, frame.trigger, frame.sentence
    return ExtractedEvent(
        kind=frame.kind,
        status=frame.status,
        participants=tuple(sorted(participants)),
        place=place,
        date_text=getattr(date, "text", None),
        date_start=getattr(date, "start", None),
        date_end=getattr(date, "end", None),
        sentence=article.text[sentence.start : sentence.end],
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        trigger=article.text[article.starts[first] : article.ends[last]],
    )
