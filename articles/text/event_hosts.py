"""Places an article gives its events away from their triggers: the city that hosts the
day's talks, the gathering the article opens with, a series of meetings put in one place, the
visitor's destination, the lead's dateline. Pure Python: no Django."""

from articles.text import event_patterns as words
from articles.text.event_frame import HELD, PLANNED, Frame
from articles.text.event_patterns import CONFERENCE, MEETING, STATEMENT, VISIT
from articles.text.event_sentences import ArticleText, Sentence
from articles.text.event_tokens import QUOTE_MARKS, is_title_like

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
            or article.tokens[place_index].form in QUOTE_MARKS
        ):
            place_index += 1  # «شهدت العاصمة الروسية موسكو», «شهدت مدينة “لوزان”»
        mention = article.other_at.get(place_index)
        before = article.other_at.get(index - 1) if index > sentence.first else None
        if mention is None and before is not None and before.last == index - 1:
            mention = before  # «أن العاصمة عمان ستستضيف، غدا الإثنين، اجتماعا»
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


def _during(article: ArticleText, frame: Frame, visits: list[Frame]) -> bool:
    """«جاء ذلك بعد لقائه بيدرسون خلال زيارة يجريها الأخير إلى عمّان»: the meeting was on
    the visit its sentence goes on to tell after «خلال»."""
    return any(
        v.sentence is frame.sentence
        and v.hit.first > frame.hit.last
        and article.word(v.hit.first - 1, words.DURING_WORDS)
        for v in visits
    )


def _trip_came_after(article: ArticleText, frame: Frame, visits: list[Frame]) -> bool:
    """«وصل عنان إلى طهران بعد محادثات مع الأسد»: a meeting noun after «بعد» that a trip told
    before it in its sentence came after; «سيلتقي ظريف قبل أن يتوجه إلى دمشق»: a trip told
    after the meeting as what comes next. The meeting was not where the trip went."""
    hit = frame.hit
    if any(
        v.sentence is frame.sentence
        and v.hit.first > hit.last
        and article.word(v.hit.first - 1, words.THAT_WORDS)
        and article.word(v.hit.first - 2, _BEFORE_WORDS)
        for v in visits
    ):
        return True
    if hit.pattern.is_verb or not article.word(hit.first - 1, words.AFTER_WORDS):
        return False
    return any(v.sentence is frame.sentence and v.hit.last < hit.first for v in visits)


_BEFORE_WORDS = frozenset("قبل قبيل".split())


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
    *,
    hosted_in: int | None = None,
    headline: tuple[str, frozenset] | None = None,
) -> None:
    """Places the article gives away from the trigger: for a meeting the visitor's destination
    or the host city of the day's talks (else of the gathering the article opens with), for a
    conference the trip a participant makes to it or its host city, for the lead's first
    meeting the dateline."""
    meetings_host = host or lead
    # a tour's list of places says where the trip goes, not where any meeting was
    visits = [frame for frame in frames if frame.kind == VISIT and frame.slot != "tour"]
    for frame in frames:
        if frame.kind != MEETING or frame.place is not None:
            continue
        people = set(frame.participants)
        by_visitor = [v for v in visits if people & set(v.participants)]
        if frame.background:
            # «وكان عنان التقى مود بعد وصوله إلى سورية»: earlier news, on the trip its own
            # sentence tells only
            trip = _nearest_trip([v for v in by_visitor if v.sentence is frame.sentence], frame)
            if not trip and frame.status == HELD:
                # «وكان أنان قد التقى في وقت سابق مع …», «وكان عبداللهيان بحث الأربعاء مع …»
                # after «وصل … مساء الأربعاء»: earlier the same day, on the trip told
                trip = [v for v in by_visitor if v.status == HELD and _same_day(article, frame, v)]
            if len({v.place for v in trip}) == 1 and trip[0].status == frame.status:
                frame.place = trip[0].place
            continue
        if (
            by_visitor
            and _told_as_before(article, frame)
            and not _during(article, frame, by_visitor)
        ):
            continue  # «وتأتي هذه الزيارة بعد … محادثة قصيرة مع المقداد»: not on this trip
        if _trip_came_after(article, frame, by_visitor):
            continue  # «وصل عنان إلى طهران بعد محادثات مع الأسد»: the talks were elsewhere
        # «التقى … الأسد خلال زيارة عمل إلى دمشق، الأربعاء», «وصل إلى دمشق لإجراء محادثات
        # مع الأسد»: the visit the sentence tells, whatever became of the meeting.
        same_sentence = _nearest_trip(
            [v for v in by_visitor if v.sentence is frame.sentence], frame
        )
        told = [v for v in by_visitor if v.sentence.index <= frame.sentence.index]
        if frame.subject is not None and frame.status == PLANNED:
            # «زيارة لعمامرة إلى دمشق تأتي في أعقاب الزيارة التي قام بها المقداد إلى الجزائر
            # … كما سيجري مباحثات مع نظيره فيصل المقداد»: he will meet on his own trip
            own = [v for v in told if frame.subject.entity in v.participants]
            told = own or told
        # «غادر عنان القاهرة متوجها إلى دمشق … وكان قد وصل إلى القاهرة … كما التقى عنان
        # بوزير الخارجية»: of the trips told so far, the one told last
        last_told = [v for v in told if v.status == frame.status][-1:]
        # «وصل الإبراهيمي إلى دمشق اليوم … ومن المقرر أن يلتقي الأسد غدا»: where he is now
        here = [v.place for v in told[-1:] if v.status == HELD and frame.status == PLANNED]
        places = (
            {v.place for v in same_sentence}
            or {v.place for v in last_told}
            or set(here)
            # not the trips told as what came before («بعد زيارتين قام بهما إلى روسيا وإيران»)
            or {v.place for v in by_visitor if v.status == frame.status and not v.background}
        )
        if same_sentence and frame.date is None and same_sentence[0].status == frame.status:
            frame.date = same_sentence[0].date
        date = frame.date
        past_day = _before_today(date)
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
        elif host is not None and (not frame.participants or frame.sentence.index == hosted_in):
            # «تستضيف باريس غدا لقاء وزاريا لمجموعة أصدقاء سوريا»; not «مؤتمر جنيف 2» later
            frame.place, frame.status = host
    lead = next((sentence for sentence in article.sentences if not sentence.headline), None)
    lead_events = [f for f in frames if f.sentence is lead and f.kind in (MEETING, CONFERENCE)]
    if dateline and lead_events and lead_events[0].place is None:
        lead_events[0].place = dateline
    if dateline and not any(v.place for v in visits):
        # «جنيف 24 فبراير / … عقد دي ميستورا اجتماعا بعد ظهر اليوم مع وفد المعارضة»: with no
        # trip told, the day's news happens where it is filed from
        for frame in frames:
            if (
                frame.kind in (MEETING, CONFERENCE)
                and frame.place is None
                and frame.status == HELD
                and not frame.background
                and not _before_today(frame.date)
            ):
                frame.place = dateline
    if headline and not any(v.place for v in visits):
        # «غير بيدرسون في دمشق …» over «التقى … صباغ الأمس … بيدرسون»: the place the title
        # gives the people it names is where they met
        place, people = headline
        for frame in frames:
            if (
                frame.kind == MEETING
                and frame.place is None
                and frame.status == HELD
                and not frame.background
                and people & set(frame.participants)
            ):
                frame.place = place


def _same_day(article: ArticleText, frame: Frame, trip: Frame) -> bool:
    """Whether news told as background happened on the day of the trip: «في وقت سابق»
    ("earlier", with no other day), or the trip's weekday."""
    date = frame.date
    if date is None or date.relative_days == 0:
        return article.says_earlier(frame.sentence)
    return date.weekday is not None and trip.date is not None and trip.date.weekday == date.weekday


def _before_today(date) -> bool:
    """Whether a frame's date expression puts it on an earlier day («أمس», «الأحد الماضي»)."""
    return date is not None and (
        getattr(date, "relation", None) == "past" or (getattr(date, "relative_days", 0) or 0) < 0
    )


_THAT_WORDS = frozenset("ذلك ذالك هذا".split())  # «جاء ذلك خلال», «جاء هذا في»
_DURING_OR_AT = words.DURING_WORDS | words.LOCATIVE_WORDS | frozenset(("لدي",))
CONTEXT_REACH = 20  # from «جاء ذلك خلال استقبال» to the place of that reception


def told_during(article: ArticleText, frames: list[Frame]) -> None:
    """«بحث لوكاشينكو مع المعلم العلاقات. جاء ذلك خلال استقبال الرئيس البيلاروسي للمسئول
    السوري بالعاصمة البيلاروسية مينسك»: a sentence telling during what the one before came
    gives the place of that one's meetings that have none."""
    for sentence in article.sentences:
        first = sentence.first
        if sentence.index == 0 or first + 3 >= sentence.last:
            continue
        if (place := _meeting_comes_in(article, sentence)) is not None:
            # «يلتقي بوتين بأردوغان اليوم. ويأتي الاجتماع في موسكو بعد يوم من …»: the
            # last meeting told, not one told as what came before
            before = [
                frame
                for frame in frames
                if frame.sentence.index == sentence.index - 1
                and frame.kind == MEETING
                and not frame.background
            ]
            if before and before[-1].place is None:
                before[-1].place = place
            continue
        if not (
            words.COMES_VERB.fullmatch(article.tokens[first].form)
            and article.word(first + 1, _THAT_WORDS)
            and article.word(first + 2, _DURING_OR_AT)
            and article.is_trigger_word(first + 3)
            # not «جاء ذلك في مؤتمر صحفي عقده المقداد في دمشق»: where he spoke, not met
            and not (
                first + 4 < sentence.last
                and words.PRESS_WORD.fullmatch(article.tokens[first + 4].form)
            )
        ):
            continue
        place = _context_place(article, sentence, first + 4)
        if place is None:
            continue
        for frame in frames:
            if (
                frame.sentence.index in (sentence.index - 1, sentence.index)
                and frame.kind == MEETING
                and frame.place is None
            ):
                frame.place = place


_THE_MEETING = frozenset("الاجتماع اللقاء المحادثات المباحثات".split())


def _meeting_comes_in(article: ArticleText, sentence: Sentence) -> str | None:
    """«ويأتي الاجتماع في موسكو بعد …», «ويأتي اللقاء بموسكو»: the place the sentence gives
    the meeting told before, right after the noun; None for any other sentence."""
    first = sentence.first
    if not (
        words.COMES_VERB.fullmatch(article.tokens[first].form)
        and article.word(first + 1, _THE_MEETING)
    ):
        return None
    at = first + 2 + article.word(first + 2, words.LOCATIVE_WORDS)
    place = article.other_at.get(at)
    if place is None or place.first != at or not article.is_event_place(place):
        return None
    if at == first + 2 and not place.match.prefix.endswith("ب"):
        return None  # «ويأتي الاجتماع روسيا …»: no locative
    return place.entity


def _context_place(article: ArticleText, sentence: Sentence, start: int) -> str | None:
    """The first place after `start` in a locative phrase: «بالعاصمة البيلاروسية مينسك»."""
    for index in range(start, min(sentence.last, start + CONTEXT_REACH)):
        mention = article.other_at.get(index)
        if mention is None or mention.first != index or not article.is_event_place(mention):
            continue
        lead = article.locative_lead(mention)
        if lead is not None and not article.word(lead - 1, words.CONFLICT_WORDS):
            return mention.entity
    return None


def meetings_with_hosts(
    article: ArticleText,
    frames: list[Frame],
    countries: dict[str, str],
    states_of: dict[str, frozenset[str]],
) -> None:
    """«وهي الزيارة الثانية لانان إلى دمشق … وكان انان التقى مساء الاثنين وزير الخارجية
    السوري وليد المعلم»: a meeting no place is told for, between the one who made the
    article's only trip there and an official of the state he went to, is where he went;
    earlier news, only on a day of the trip («الشهر الماضي» is another time)."""
    trips: dict[str, list[Frame]] = {}
    for frame in frames:
        if frame.kind == VISIT and frame.status == HELD and frame.slot != "tour":
            for person in frame.participants:
                trips.setdefault(person, []).append(frame)
    if not trips:
        return
    for frame in frames:
        if frame.kind != MEETING or frame.place is not None or frame.status != HELD:
            continue
        people = frame.participants
        for visitor in (p for p in people if len({v.place for v in trips.get(p, ())}) == 1):
            trip = trips[visitor][0]
            if frame.background and not _on_the_trip(article, frame, trip):
                continue  # «وكان ظريف قد التقى المعلم الشهر الماضي»: not on this trip
            state = countries.get(trip.place, trip.place)
            visited = state in states_of.get(visitor, frozenset())
            hosts = [p for p in people if p != visitor and state in states_of.get(p, frozenset())]
            if hosts and not visited and len(hosts) == len(people) - 1:
                frame.place = trip.place
                break


def _on_the_trip(article: ArticleText, frame: Frame, trip: Frame) -> bool:
    """Whether earlier news happened on a day of the trip: its weekday or a day told relative
    to today, when the trip has no day of its own or the same one."""
    date = frame.date
    if date is None or (date.weekday is None and date.relative_days is None):
        return False
    return trip.date is None or _same_day(article, frame, trip)
