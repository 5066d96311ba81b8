"""One event per meeting however many sentences report it (articles.text.events): reports
of one kind, people and status are one event, unless their places, their days or what they
say of their time set them apart. Pure Python: no Django."""

from articles.text.event_frame import HELD, PLANNED, ExtractedEvent, Frame
from articles.text.event_patterns import CONFERENCE, MEETING, PHONE_CALL, VISIT
from articles.text.event_sentences import ArticleText
from articles.text.event_tokens import is_adjective


def deduplicate(
    article: ArticleText, frames: list[Frame], places_in: dict[str, str] | None = None
) -> list[ExtractedEvent]:
    """One event per kind, participants and status: reports without a place join the one
    report that has it, a report placed in a country the one placed in its city, and the
    report with a place and a date speaks for them all. `places_in` gives a city's country."""
    _attended_as_held(article, frames)
    groups: dict[tuple, list[Frame]] = {}
    for frame in frames:
        who = frozenset(frame.participants)
        key = frame.place if frame.kind == CONFERENCE and frame.place else who
        groups.setdefault((frame.kind, frame.status, key), []).append(frame)
    _join_unplaced_conferences(groups)
    events: list[tuple[tuple[int, int, int], ExtractedEvent]] = []
    for group in groups.values():
        _country_to_city(group, places_in or {})
        places = list(dict.fromkeys(frame.place for frame in group))  # in the text's order
        clusters = (
            [[f for f in group if f.place == p] for p in places]
            if len(set(places) - {None}) > 1
            else [group]
        )
        clusters = [part for c in clusters for part in _earlier_gathering_apart(c)]
        clusters = [part for c in clusters for part in _told_as_earlier_apart(article, c)]
        clusters = [part for c in clusters for part in _dated_background_apart(c)]
        for cluster in [part for c in clusters for part in _apart_by_date(c)]:
            best = max(cluster, key=_information)
            slugs = {slug for f in cluster for slug in f.participants}
            place = next((f.place for f in cluster if f.place), None)
            # «استقبل الأسد، اليوم الثلاثاء، …» … «أن الأسد استقبل الوزير الإماراتي في دمشق»:
            # the place one report gives, the day another
            date = best.date or next((f.date for f in cluster if f.date), None)
            events.append(
                (
                    (best.sentence.start, best.trigger[0], best.span_last),
                    _event(article, best, slugs, place, date),
                )
            )
    return [event for _, event in sorted(events, key=lambda pair: pair[0])]


def _attended_as_held(article: ArticleText, frames: list[Frame]) -> None:
    """«وصل الرئيسان أردوغان وبوتين إلى طهران للمشاركة في القمة» beside «انطلقت القمة
    الثلاثية في طهران»: the gathering a trip made was for is the one held there that day.
    «انطلقت القمة الثلاثية …» then «ويعقد أردوغان ونظيراه القمة عبر الفيديو»: the summit
    told again by its definite noun, with those who hold it, is the one told held. Only a
    bare «القمة», «الاجتماع»: not «القمة العربية الصينية», «القمة المقبلة» nor one dated."""
    held = [f for f in frames if f.kind == CONFERENCE and f.status == HELD]
    trips = [f for f in frames if f.kind == VISIT and f.status == HELD and f.place]
    for frame in frames:
        if (
            frame.kind != CONFERENCE
            or frame.status != PLANNED
            or not frame.participants
            or frame.date is not None
            or not _told_bare(article, frame)
        ):
            continue
        made_for = frame.place is not None and any(
            trip.sentence is frame.sentence
            and trip.place == frame.place
            and set(frame.participants) <= set(trip.participants)
            for trip in trips
        )
        attended = made_for and any(
            gathering.place == frame.place and same_day_or_untold(gathering, frame)
            for gathering in held
        )
        told_again = any(
            gathering.sentence.index < frame.sentence.index
            and set(gathering.participants) == set(frame.participants)
            and frame.place in (None, gathering.place)
            for gathering in held
        )
        if attended or told_again:
            frame.status = HELD


def _told_bare(article: ArticleText, frame: Frame) -> bool:
    """«القمة» with nothing after it that would name another gathering: no word with «ال»
    («العربية», «المقبلة») nor a name."""
    after = frame.hit.last + 1
    return _bare_definite(frame) and (
        after >= frame.sentence.last
        or not (
            article.tokens[after].form.startswith("ال")
            or after in article.other_at
            or after in article.person_at
        )
    )


def _country_to_city(group: list[Frame], places_in: dict[str, str]) -> None:
    """«استقبل الأسد البشير في دمشق» … «أن الأسد استقبل البشير» told in Syria: the same
    meeting, in the one city of that country the reports name, unless both reports give a
    day. Trips are drop_country_visits' («وصل إلى سوريا أمس» beside «زار دمشق في مايو»)."""
    if not group or group[0].kind not in (MEETING, PHONE_CALL):
        return
    places = {frame.place for frame in group if frame.place}
    for country in places:
        cities = [city for city in places if places_in.get(city) == country]
        if len(cities) != 1:
            continue
        in_city = [frame for frame in group if frame.place == cities[0]]
        for frame in group:
            if frame.place == country and (
                frame.date is None or all(other.date is None for other in in_city)
            ):
                frame.place = cities[0]


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


_EARLIER = frozenset("سابق سابقه السابق السابقه".split())


def _told_as_earlier_apart(article: ArticleText, frames: list[Frame]) -> list[list[Frame]]:
    """«تلقى الأسد اتصالا هاتفيا من بوتين» … «كما أعرب الأسد في اتصال هاتفي سابق مع بوتين»:
    an event its noun calls earlier is another one than the news."""
    earlier = [
        frame
        for frame in frames
        if not frame.hit.pattern.is_verb and _called_earlier(article, frame)
    ]
    if not earlier or len(earlier) == len(frames):
        return [frames]
    return [[f for f in frames if f not in earlier], earlier]


def _called_earlier(article: ArticleText, frame: Frame) -> bool:
    """Whether «سابق» describes the event's noun, among its adjectives («اتصال هاتفي سابق»),
    not a title after it («لقائه المبعوث السابق»)."""
    index = frame.hit.last + 1
    while index < frame.sentence.last:
        if article.word(index, _EARLIER):
            return True
        if not is_adjective(article.tokens[index]):
            return False
        index += 1
    return False


def _dated_background_apart(frames: list[Frame]) -> list[list[Frame]]:
    """«وصل دي ميستورا إلى طهران اليوم الأحد» … «وكان المبعوث قد زار طهران في أبريل
    الماضي»: earlier news on a day no report of the news gives is another event."""
    earlier = [f for f in frames if f.background and f.date is not None]
    news = [f for f in frames if not f.background]
    if not (earlier and any(f.date is not None for f in news)):
        return [frames]
    if any(same_day_or_untold(one, other) for one in earlier for other in news if other.date):
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


def same_day_or_untold(one: Frame, other: Frame) -> bool:
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
    article: ArticleText, frame: Frame, participants: set[str], place: str | None, date
) -> ExtractedEvent:
    (first, last), sentence = frame.trigger, frame.sentence
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
