"""Diplomatic events, article-wide: what one sentence cannot tell alone. One trip told twice,
talks told by states beside the talks of their envoys (one event per meeting however many
sentences report it is event_dedup's; the places an article gives away from the trigger are
event_hosts'). Pure Python: no Django."""

import re
from dataclasses import replace

from articles.text import event_patterns as words
from articles.text.event_dedup import same_day_or_untold
from articles.text.event_frame import HELD, PLANNED, Frame
from articles.text.event_patterns import CONFERENCE, MEETING, PHONE_CALL, STATEMENT, VISIT
from articles.text.event_sentences import ArticleText, Sentence
from articles.text.mentions import PERSON, PLACE


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


# «على هامش مشاركته في …»: his taking part in the gathering
_TAKING_PART = frozenset("مشاركته مشاركتها مشاركتهما مشاركتهم مشاركه".split())


def drop_sidelines_gatherings(article: ArticleText, frames: list[Frame]) -> list[Frame]:
    """«التقى الصفدي صباغ على هامش اجتماعات الجمعية العامة»: the gathering only says where
    and when the sentence's news happened; it is not news itself. «وفي هذا اللقاء الذي جرى
    على هامش … في نيويورك»: nor when the sentence tells again the meeting before it, which
    takes the gathering's place if it had none."""
    told = {id(f.sentence) for f in frames if f.kind not in (CONFERENCE, STATEMENT)}
    kept: list[Frame] = []
    dropped: set[frozenset] = set()  # the participants of the settings dropped
    for frame in frames:
        # «على هامش القمة», «على هامش اجتماع الدورة 73 للجمعية العامة», «على هامش
        # مشاركتهما في اجتماعات الجمعية العامة للأمم المتحدة بنيويورك»
        first = frame.hit.first
        if article.word(first - 1, words.LOCATIVE_WORDS) and article.word(first - 2, _TAKING_PART):
            first -= 2
        sidelines = frame.kind == CONFERENCE and article.any_word(
            first - 2, first, words.SIDELINES_WORDS
        )
        if sidelines and _tells_again(article, frame.sentence):
            before = [
                f for f in kept if f.kind == MEETING and f.sentence.index < frame.sentence.index
            ]
            if before and before[-1].place is None:
                before[-1].place = frame.place
            continue
        if sidelines and id(frame.sentence) in told:
            for met in frames:  # the meetings it held, where it was
                if met.sentence is frame.sentence and met.kind == MEETING and met.place is None:
                    met.place = frame.place
            dropped.add(frozenset(frame.participants))
            continue
        if sidelines and frozenset(frame.participants) in dropped:
            continue  # «… على هامش الدورة 76 للجمعية العامة» again: the setting told before
        kept.append(frame)
    return kept


def _tells_again(article: ArticleText, sentence: Sentence) -> bool:
    """«وفي هذا اللقاء …», «وخلال هذه المباحثات …»: the sentence opens on the event told."""
    opening = range(sentence.first, min(sentence.last - 1, sentence.first + BACK_REFERENCE_REACH))
    return any(
        article.word(index, words.THIS_WORDS) and article.is_trigger_word(index + 1)
        for index in opening
    )


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
            if same_day_or_untold(city, frame)
        ]
        if not same_trip:
            kept.append(frame)
        elif same_trip[0].date is None:
            same_trip[0].date = frame.date
    return kept


def places_in_gathering_names(
    article: ArticleText, frames: list[Frame], countries: dict[str, str]
) -> None:
    """«على هامش قمة ميونخ للأمن في ألمانيا»: an event put in a country goes to the city of
    that country which names the gathering its sentence tells after it."""
    for frame in frames:
        if frame.place is None:
            continue
        for index in range(frame.hit.last + 1, frame.sentence.last):
            city = article.other_at.get(index)
            if (
                city is not None
                and city.first == index
                and city.match.kind == PLACE
                and countries.get(city.entity) == frame.place
                and _names_a_gathering(article.tokens[index - 1])
                and _frames_the_event(article, index - 1)
            ):
                frame.place = city.entity
                break


def visits_to_the_gatherings_city(frames: list[Frame], countries: dict[str, str]) -> None:
    """«وصل الأسد إلى السعودية للمشاركة في قمة الجامعة العربية في جدة»: a trip to a country
    for a gathering its sentence puts in one of that country's cities goes to that city."""
    for visit in frames:
        if visit.kind != VISIT or visit.place is None:
            continue
        visit.place = next(
            (
                gathering.place
                for gathering in frames
                if gathering.kind == CONFERENCE
                and gathering.sentence is visit.sentence
                and gathering.hit.first > visit.hit.last
                and countries.get(gathering.place) == visit.place
            ),
            visit.place,
        )


def _frames_the_event(article: ArticleText, noun: int) -> bool:
    """«على هامش قمة ميونخ», «خلال مؤتمر», «في منتدى أنطاليا»: the gathering is where the
    event happened, not one it comes before, after or supports."""
    before = noun - 1
    if article.word(before, words.GATHERING_PARTS):
        before -= 1  # «على هامش أعمال قمة»
    return article.word(before, _FRAMING_WORDS)


_FRAMING_WORDS = words.SIDELINES_WORDS | words.DURING_WORDS | words.LOCATIVE_WORDS


def _names_a_gathering(token) -> bool:
    """«قمة», «مؤتمر», «منتدى» before a city: the gathering it names («قمة ميونخ»)."""
    return any(
        pattern.kind == CONFERENCE or pattern.names_conference or pattern.is_summit
        for pattern, _ in token.heads
    )


def places_in_the_trips_city(
    frames: list[Frame], countries: dict[str, str], states_of: dict[str, frozenset[str]]
) -> None:
    """«يزور روسيا في زيارة عمل» beside «خلال لقاء قمة جمعه مع الرئيس الروسي في موسكو»;
    «ومن المقرر أن يعقد اجتماعاً مع المعلم», placed in Syria by a trip the article puts in
    Damascus: an event put in a country goes to the one city of it where the article puts
    the event's traveller on a report of the same day (or of no day). A visit takes the city
    of the traveller's visit or meeting; a meeting, the city of the visit of one of its own
    from abroad. Who stays at home tells nothing: «زار الأسد حلب» places none of his
    meetings in Syria."""
    states = set(countries.values())
    # visits first, as a meeting takes the city of the visit it comes during
    for frame in sorted(frames, key=lambda f: f.kind != VISIT):
        if frame.place not in states or frame.background or frame.kind not in (VISIT, MEETING):
            continue
        travellers = {
            slug for slug in frame.participants if frame.place not in states_of.get(slug, ())
        }
        cities = {
            other.place
            for other in frames
            if other is not frame
            and not other.background
            and countries.get(other.place) == frame.place
            and not travellers.isdisjoint(other.participants)
            and (other.kind == VISIT or (frame.kind == VISIT and other.kind == MEETING))
            # «استقبل بوتين في موسكو الأسد، في إطار زيارة … إلى روسيا»: one sentence, one trip
            and (other.sentence is frame.sentence or _on_one_trip(other, frame))
        }
        if len(cities) == 1:
            frame.place = cities.pop()


TRIP_DAYS = 3  # «وصل لافروف إلى دمشق أمس في زيارة تستمر يومين … يلتقي اليوم الأسد»


def _on_one_trip(one: Frame, other: Frame) -> bool:
    """Whether two reports may tell one trip: told for the same day or none, or by days from
    the article's own («أمس» and «اليوم») a few days apart."""
    days = [getattr(f.date, "relative_days", None) for f in (one, other)]
    if None not in days:
        return abs(days[0] - days[1]) <= TRIP_DAYS
    return same_day_or_untold(one, other)


_PLACED_KINDS = (MEETING, CONFERENCE, VISIT)  # a call is where neither is
_SITUATION_WORDS = frozenset(
    "الاوضاع الوضع التطورات المستجدات الاحداث الازمه المعارك التصعيد".split()
)


def places_in_the_datelines_city(
    article: ArticleText, frames: list[Frame], dateline: str | None, countries: dict[str, str]
) -> None:
    """«عمان - … يستضيف الأردن غداً اجتماعاً لوزراء خارجية …»: what the lead puts in the
    dateline's country happens in the city it is filed from, unless the article puts an
    event in another city of that country («موسكو - … استضاف بوتين الأسد في روسيا … والتقى
    بوتين بالأسد … في منتجع سوتشي») or the lead names one otherwise than as a topic."""
    if dateline is None or (state := countries.get(dateline)) is None:
        return
    if any(countries.get(f.place) == state and f.place != dateline for f in frames):
        return
    lead = next((sentence for sentence in article.sentences if not sentence.headline), None)
    if lead is None:
        return
    # «دمشق - زار بوتين سوريا اليوم حيث تفقد القوات الروسية في ريف اللاذقية»: the lead names
    # another place of that country, which may be where it happens
    for index in range(lead.first, lead.last):
        named = article.other_at.get(index)
        if named is None or named.first != index or named.entity == dateline:
            continue
        if countries.get(named.entity) != state or not article.is_event_place(named):
            continue
        # «يبحث خلالها الأوضاع في إدلب»: what the talks are about, not where they are
        before = index - 1 - article.word(index - 1, words.LOCATIVE_WORDS)
        if not article.word(before, _SITUATION_WORDS):
            return
    for frame in frames:
        if frame.sentence is lead and frame.place == state and frame.kind in _PLACED_KINDS:
            frame.place = dateline


def drop_announced_visits(frames: list[Frame], countries: dict[str, str]) -> list[Frame]:
    """«قال إن الإبراهيمي سيزور سوريا خلال الأيام المقبلة» beside «وصل الإبراهيمي إلى دمشق
    اليوم»: the trip announced is the one the article reports made, to that place or a city
    of that country, unless the reports give different days."""
    held = [f for f in frames if f.kind == VISIT and f.status == HELD and f.place]
    made = [f for f in held if _told_made(f)]
    planned = [f for f in frames if f.kind == VISIT and f.status == PLANNED and f.place]
    named_again = {id(f) for f in held if not _told_made(f)}

    def same_trip(one: Frame, other: Frame) -> bool:
        return set(one.participants) == set(other.participants) and (
            other.place in (None, one.place, countries.get(one.place or ""))
            or countries.get(other.place or "") == one.place  # «لزيارة الرياض … وصل إلى السعودية»
        )

    for frame in planned:
        trip = next((t for t in made if same_trip(t, frame) and same_day_or_untold(t, frame)), None)
        if trip is not None and countries.get(frame.place) == trip.place:
            trip.place = frame.place  # the city the announcement named says more
    return [
        frame
        for frame in frames
        if not (
            frame.kind == VISIT
            and frame.status == PLANNED
            and any(same_trip(trip, frame) and same_day_or_untold(trip, frame) for trip in made)
        )
        # «وتعدّ زيارة المقداد للقاهرة هي الأولى» after «يعتزم زيارة القاهرة اليوم»: the trip
        # announced, named again; no verb or day of its own says it was made
        and not (
            id(frame) in named_again
            and not any(same_trip(trip, frame) for trip in made)
            and any(same_trip(frame, trip) or same_trip(trip, frame) for trip in planned)
        )
    ]


def _told_made(frame: Frame) -> bool:
    """Whether the report of a trip says it was made: a verb, a day, or earlier news."""
    return frame.hit.pattern.is_verb or frame.date is not None or frame.background


def drop_announced_meetings(article: ArticleText, frames: list[Frame]) -> list[Frame]:
    """«استقبل الأسد ظريف اليوم» … «وكانت الخارجية الإيرانية أعلنت، الأحد، أن ظريف سيلتقي
    بالأسد في دمشق»: a meeting earlier news announced is the one the article reports held."""
    held = [f for f in frames if f.kind in (MEETING, PHONE_CALL) and f.status == HELD]
    kept = []
    for frame in frames:
        same = [
            made
            for made in held
            if made.kind == frame.kind
            and set(made.participants) == set(frame.participants)
            and frame.place in (None, made.place)
        ]
        if frame.status != PLANNED or not same:
            kept.append(frame)
        elif (trip := _trip_made_for(frames, frame)) is not None:
            # «وصل أردوغان إلى موسكو للقاء بوتين» … «بدأ بوتين اجتماعه مع أردوغان»: the
            # meeting the trip was made for is the one held, where the trip went
            same[0].place = same[0].place or trip.place
        elif not _announced_earlier(article, frame):
            kept.append(frame)
    return kept


def _trip_made_for(frames: list[Frame], frame: Frame) -> Frame | None:
    """The held visit of the meeting's subject its sentence tells, the meeting its purpose
    («وصل … إلى موسكو للقاء بوتين»)."""
    if frame.slot != "purpose" or frame.subject is None:
        return None
    return next(
        (
            trip
            for trip in frames
            if trip.kind == VISIT
            and trip.status == HELD
            and trip.sentence is frame.sentence
            and frame.subject.entity in trip.participants
        ),
        None,
    )


def _announced_earlier(article: ArticleText, frame: Frame) -> bool:
    """Whether the frame's sentence opens as earlier news («وكانت», «كان») and announces it
    before its trigger («أعلنت … أن ظريف سيلتقي»)."""
    first = frame.sentence.first
    return article.word(first, words.BACKGROUND_WORDS) and any(
        words.ANNOUNCE_VERB.fullmatch(article.tokens[index].form)
        for index in range(first + 1, frame.hit.first)
    )


def drop_conference_references(
    article: ArticleText, frames: list[Frame], countries: dict[str, str]
) -> list[Frame]:
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
            if any(
                frame.place in (f.place, countries.get(f.place))
                and (f.status == frame.status or not _held_apart(frame))
                for f in told
            ):
                continue
        if (
            frame.kind != CONFERENCE
            or frame.status == PLANNED
            or _opened_right_before(article, frame)
            or (frame.place and not frame.place_named)  # «مؤتمر جنيف 2» names Geneva itself
            or frame.date
            or frozenset(frame.participants) not in planned
        ):
            kept.append(frame)
    return kept


def _opened_right_before(article: ArticleText, frame: Frame) -> bool:
    """«انطلقت القمة الثلاثية التي تجمع زعماء …»: a gathering told by the verb opening it."""
    before = frame.hit.first - 1
    return before >= frame.sentence.first and bool(
        words.OPENING_VERB.fullmatch(article.tokens[before].form)
    )


BACK_REFERENCE_REACH = 4  # «وفي هذا اللقاء»: from the sentence's start to «هذا»
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
    article: ArticleText,
    frames: list[Frame],
    places_in: dict[str, str] | None = None,
    states_of: dict[str, frozenset[str]] | None = None,
) -> list[Frame]:
    """«مباحثات أمريكية مصرية» beside the talks of the two envoys: the same talks told twice;
    «الزيارة الخامسة للوزير الإيراني إلى سوريا» beside «وصل عبد اللهيان إلى دمشق»: the
    same trip. `places_in` gives a city's country, `states_of` whom a person or body acts for."""
    by_people = [f for f in frames if any(m.match.kind == PERSON for m in f.members)]
    kept = {id(frame) for frame in by_people}
    countries: dict[str, set] = {}  # each person's states, where the text gives them
    for mention in article.person_at.values():
        countries.setdefault(mention.entity, set()).add(mention.match.role_of)
    places_in = places_in or {}

    def kept_apart(frame: Frame) -> bool:
        if frame.kind == VISIT:
            return not _state_trip_told(frame, by_people, countries, places_in, states_of or {})
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


def drop_represented_states(frames: list[Frame], states_of: dict[str, frozenset[str]]) -> None:
    """«أجريا اتصالاً هاتفياً بنظيره الأميركي» after «الرئيسين … و الامريكي باراك اوباما»:
    a state beside the person named for it is that person told twice, not another party."""
    for frame in frames:
        if frame.kind not in (MEETING, PHONE_CALL):
            continue
        people = [m for m in frame.members if m.match.kind == PERSON]
        acting = frozenset().union(*(states_of.get(m.entity, ()) for m in people))
        others = [m for m in frame.others if m.match.kind != PLACE or m.entity not in acting]
        if len(people) >= 2 and len(others) < len(frame.others):
            frame.others = others


GATHERING_STATES = 3  # «واجتمع في طهران بوتين وأردوغان وروحاني»: a summit of three
# «اجتمع», «يجتمع», «اجتماع», «لقاء», «قمة»: what several hold together
_GATHERING_WORD = re.compile(
    r"[وف]?(?:ل|ب)?(?:ال)?(?:(?:س)?[يت]?جتمع(?:وا|ون|ا|ان|ت)?|اجتمع(?:وا|ا|ت|تا)?"
    r"|(?P<met>(?:س)?[يت]لتقون|التقوا)"  # «سيلتقون», «التقوا»: if no one is met after it
    r"|اجتماع(?:ا|ات)?|لقاء|قم(?:ه|ت))"
)


def gatherings_of_states(
    article: ArticleText, frames: list[Frame], states_of: dict[str, frozenset[str]]
) -> None:
    """«واجتمع في طهران الرئيس الروسي … والتركي … والإيراني», «اجتماعاً لوزراء خارجية الأردن
    والسعودية والعراق ومصر»: a meeting of three states or more, each there by itself or by
    the one person acting for it, is a gathering of many parties (not states named only by
    adjectives: «اللقاء الروسي الإيراني التركي» stays as the text tells it). Not when someone
    acts for no state («استقبل الأسد بيدرسن بحضور …»), nor when one meets the others
    («التقى كيري نظيريه الأردني والسعودي», «أجرى محادثات مع …»)."""
    for frame in frames:
        if frame.kind != MEETING or len(frame.members) < GATHERING_STATES:
            continue
        gathering = _GATHERING_WORD.fullmatch(article.tokens[frame.hit.first].form)
        if gathering is None:
            continue
        if gathering["met"] and any(m.first > frame.hit.last for m in frame.members):
            continue  # «وزراء خارجية روسيا وتركيا وإيران التقوا الأسد»: they met him
        if frame.subject is not None and frame.slot == "with":
            continue  # «اجتمع كيري مع نظيريه السعودي والتركي»: one meets the others
        states = []
        for member in frame.members:
            # a state by its name, or by its office with no holder named («وزير خارجية سوريا»)
            if (member.match.kind == PLACE and not member.match.adjective) or (
                member.match.role_of == member.entity
            ):
                states.append(frozenset((member.entity,)))
            elif (
                member.match.kind == PERSON and len(acting := states_of.get(member.entity, ())) == 1
            ):
                states.append(acting)
            else:
                break
        else:
            if len(frozenset().union(*states)) >= GATHERING_STATES:
                frame.kind = CONFERENCE


def _state_trip_told(
    frame: Frame,
    by_people: list[Frame],
    countries: dict[str, set],
    places_in: dict[str, str],
    states_of: dict[str, frozenset[str]],
) -> bool:
    """A state's or a body's trip («زيارة للوزير الإيراني إلى سوريا», «وصل وفد الحكومة
    السورية إلى جنيف») that one of its people makes to the same place, or to a city of that
    country, with the same status; not a person who acts for another state."""
    if any(m.match.kind == PERSON for m in frame.members):
        return False
    bodies = frozenset().union(*(states_of.get(m.entity, ()) for m in frame.members))
    return any(
        o.kind == VISIT
        and o.status == frame.status
        and frame.place in (None, o.place, places_in.get(o.place or ""))
        and _their_states(frame, o, countries)
        and (not bodies or all(bodies & states_of.get(p, bodies) for p in o.participants))
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


def _held_apart(frame: Frame) -> bool:
    """«التي شاركت في اجتماع أستانا الأول في 23 كانون الثاني الماضي» beside «أن اجتماعا جديدا
    سيعقد في أستانا»: a gathering held that its day, or the verb that held it, sets apart from
    one still to come."""
    return frame.status == HELD and (frame.date is not None or frame.slot == "held as subject")
