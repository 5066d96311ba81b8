"""One article's facts: who and what it names, when it was published, which events it
reports. Pure Python: the ingestion workers and `relink` call it, Django stores the result.

Order matters: names are linked first; the roles the text gives them bound the publication
date; role phrases without a name («وزير الخارجية الروسي») are then resolved to whoever held
the office at that date; events are extracted last, from the sentences, with the mentions.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from articles.text.candidates import Candidate
from articles.text.date_resolution import resolve_expression
from articles.text.dates import (
    Constraint,
    DateEstimate,
    estimate_publication,
    find_dates,
)
from articles.text.events import ExtractedEvent, extract_events
from articles.text.hit_context import FORMER_RE, is_deputy_title, named_at_death
from articles.text.linking import Gazetteer, LinkResult, RoleEntry, link, resolve_roles
from articles.text.mentions import PERSON, PLACE, Match
from articles.text.role_links import unnamed_offices

UNKNOWN = DateEstimate(None, None, None, "unknown", ())
# Generic titles near a name say which of a person's roles the article speaks of: (a title,
# the words one of which it holds, the role kinds it gives). The words are looked up first, as
# most titles are absent from the text around a name.
_TITLE_KINDS = (
    (
        re.compile(r"(?<!\w)(?:و|ب|ل)?(?:ال)?(?:مبعوث|موفد|وسيط)"),
        ("مبعوث", "موفد", "وسيط"),
        ("envoy", "deputy-envoy"),
    ),
    (re.compile(r"(?<!\w)(?:و|ب|ل)?(?:ال)?ممثل (?:ال)?خاص"), ("ممثل",), ("envoy", "deputy-envoy")),
    # «وزيرا/وزيري خارجية إيران محمد جواد ظريف وسورية وليد المعلم»: the dual too.
    (
        re.compile(r"(?<!\w)(?:و|ب|ل)?(?:ال)?وزير(?:ه|ا|ي)? (?:ال)?خارجيه"),
        ("وزير",),
        ("foreign-minister",),
    ),
    (
        re.compile(r"(?<!\w)(?:و|ب|ل)?(?:ال)?وزير(?:ه|ان|ين|ا|ي)?(?!\w)"),
        ("وزير",),
        ("foreign-minister",),
    ),
    # «رئيس الوزراء», «رئيس مجلس الوزراء», «رئيس الحكومة العراقية»
    (
        re.compile(
            r"(?<!\w)(?:و|ب|ل)?رئيس(?:ه)? (?:(?:ال)?مجلس (?:ال)?وزراء|(?:ال)?وزراء|(?:ال)?حكومه)"
        ),
        ("رئيس",),
        ("head-of-government",),
    ),
    # not «رئيس الوزراء», «رئيس مجلس الوزراء», «رئيس الحكومة»: the head of government's
    (
        re.compile(r"(?<!\w)(?:و|ب|ل)?(?:ال)?رئيس(?:ه)?(?!\w)(?! (?:ال)?(?:وزراء|مجلس|حكومه))"),
        ("رئيس",),
        ("head-of-state",),
    ),
    (re.compile(r"(?<!\w)(?:و|ب|ل)?(?:ال)?امين (?:ال)?عام"), ("امين",), ("secretary-general",)),
    # «ونظيريه الروسي … والإيراني حسين أمير عبد اللهيان»: a counterpart holds a like office.
    (
        re.compile(r"(?<!\w)(?:و|ب|ل)?(?:نظير(?:ه|ها|يه|يها)|نظراء\w*)"),
        ("نظير", "نظراء"),
        ("foreign-minister",),
    ),
    (re.compile(r"(?<!\w)(?:و|ب|ل)?(?:ال)?متحدث"), ("متحدث",), ("spokesperson",)),
)
_TITLE_WINDOW = 60
# «نائب وزير الخارجية X»: X holds the deputy's office, not the minister's.
_DEPUTY_KINDS = {
    "foreign-minister": "deputy-foreign-minister",
    "envoy": "deputy-envoy",
    "deputy-envoy": "deputy-envoy",
    "head-of-state": "vice-president",
}


@dataclass(frozen=True)
class DatedEvent:
    event: ExtractedEvent
    date: DateEstimate


@dataclass(frozen=True)
class ArticleAnalysis:
    matches: tuple[Match, ...]
    candidates: tuple[Candidate, ...]
    published: DateEstimate
    events: tuple[DatedEvent, ...]
    constraints: tuple[Constraint, ...]
    # Mentions in the headline and the dateline, by offsets into them (not into the body):
    # «قطر تحدد شرطها …» over a body that says only «الدوحة» still names Qatar.
    title_matches: tuple[Match, ...] = ()
    dateline_matches: tuple[Match, ...] = ()

    def matches_by_part(self) -> tuple[tuple[str, tuple[Match, ...]], ...]:
        """(part, its mentions) for the body, the headline and the dateline (Mention.part)."""
        return (
            ("body", self.matches),
            ("title", self.title_matches),
            ("dateline", self.dateline_matches),
        )


def _role_constraint(person: str, role: RoleEntry, names: dict[str, str]) -> Constraint:
    start = role.start.isoformat() if role.start else "?"
    end = role.end.isoformat() if role.end else "present"
    who = names.get(person, person)
    return Constraint(role.start, role.end, f"{who} held the {role.role} office {start} – {end}")


def _normalized_index(offsets: list[int], offset: int, default: int) -> int:
    """The last index of `offset` in the non-decreasing `offsets`, or `default`."""
    index = bisect_right(offsets, offset) - 1
    return index if index >= 0 and offsets[index] == offset else default


# «مبعوث الرئيس الروسي فلاديمير بوتين», «الممثل الخاص لملك الأردن»: the head whose envoy
# acts. The name right after such a title may also be the envoy's own («مبعوث الرئيس الروسي
# ألكسندر لافرنتييف»), so only a head of state or government is taken for the principal.
_PRINCIPAL_BEFORE_RE = re.compile(
    r"(?:مبعوث|موفد|ممثل|مندوب)\S*\s+(?:\S+\s+)?(?:لل|ال|ل)?(?:رئيس|ملك|امير)\S*\s+(?:\S+\s+)?$"
    # «وزير خارجية الأسد فيصل المقداد»: whose minister he is
    r"|(?:^|\s)[وف]?(?:وزير|وزيره|وزراء)\s+(?:خارجيه|دفاع|داخليه)\s+$"
)
_PRINCIPAL_KINDS = frozenset(("head-of-state", "head-of-government", "crown-prince"))
# «المساعد السابق لوزير الخارجية الإيراني», «النائب الأول لرئيس الوزراء»: an office named
# only as whose assistant or deputy someone else is
_AIDE_BEFORE_RE = re.compile(
    r"(?:^|\s)[وفب]?(?:ال)?(?:نائب|مساعد|معاون|مستشار|وكيل)\S*(?:\s+(?:الاول|السابق|الخاص))?\s+$"
)


def _principals(linked: LinkResult, gazetteer: Gazetteer) -> set[tuple[int, int]]:
    """(start, end) of the heads named only as whose envoy someone is, and of offices named
    only as whose aide someone is: no participants."""
    found = set()
    normalized, offsets = linked.normalized, linked.offsets
    for match in linked.matches:
        if match.kind == PERSON and match.role:
            start = _normalized_index(offsets, match.start, 0)
            if normalized[start : start + 1] == "ل" and _AIDE_BEFORE_RE.search(
                normalized, max(0, start - _TITLE_WINDOW), start
            ):
                found.add((match.start, match.end))
                continue
        if match.kind != PERSON or not any(
            role.role in _PRINCIPAL_KINDS
            for role in gazetteer.roles_by_holder.get(match.entity, ())
        ):
            continue
        start = _normalized_index(offsets, match.start, 0)
        if _PRINCIPAL_BEFORE_RE.search(normalized, max(0, start - _TITLE_WINDOW), start):
            found.add((match.start, match.end))
    return found


def _titled_roles(linked: LinkResult, gazetteer: Gazetteer) -> list[tuple[str, RoleEntry]]:
    """Roles the text gives people by a generic title next to their name («المبعوث X»,
    «X، رئيس الجمهورية»); several roles of that kind count as their combined span."""
    normalized, offsets, matches = linked.normalized, linked.offsets, linked.matches
    starts = [  # where names start; not the man a regime is named after («نظام الأسد»)
        index
        for index in (_normalized_index(offsets, m.start, 0) for m in matches if m.kind == PERSON)
        if not normalized[max(0, index - 6) : index].endswith("نظام ")
    ]
    found = []
    for match in matches:
        if match.kind != PERSON or match.entity not in gazetteer.roles_by_holder:
            continue
        start = _normalized_index(offsets, match.start, 0)
        end = _normalized_index(offsets, match.end, len(normalized))
        before = normalized[max(0, start - _TITLE_WINDOW) : start].rsplit(".", 1)[-1]
        after = normalized[end : end + _TITLE_WINDOW // 2].split(".", 1)[0]
        near = before + " " + after
        if FORMER_RE.search(near) or named_at_death(normalized, start):
            continue  # «كوفي عنان الأمين العام السابق»: held it before the article's date
        offset, after_start = start - len(before), len(before) + 1
        for pattern, words, kinds in _TITLE_KINDS:
            if not any(word in near for word in words) or not pattern.search(near):
                continue
            # A title after the name is its own unless «و» opens it for the next one.
            titles = [
                title
                for title in pattern.finditer(near)
                if (
                    title.start() >= after_start
                    and not _opens_with_and(pattern, title)
                    and not _leads_to_another(normalized, end + title.end() - after_start, starts)
                )
                or (
                    title.start() < after_start and not _names_another(title, offset, start, starts)
                )
            ]
            if not titles:
                continue
            if all(is_deputy_title(near, found.start()) for found in titles):
                kinds = tuple(_DEPUTY_KINDS[kind] for kind in kinds if kind in _DEPUTY_KINDS)
            roles = [r for r in gazetteer.roles_by_holder[match.entity] if r.role in kinds]
            if roles:  # «رئيس الوزراء وزير الخارجية القطري حمد بن جاسم»: each office he held
                found.append((match.entity, _hull(roles)))
    return found


def _opens_with_and(pattern: re.Pattern, title: re.Match) -> bool:
    """«وزير الخارجية» after a name is his; «ووزير الخارجية», «والرئيس» open the next
    one's title: the «و» is a conjunction only when the title still reads without it."""
    text = title.group()
    return text.startswith("و") and pattern.fullmatch(text[1:]) is not None


def _leads_to_another(normalized: str, title_end: int, starts: list[int]) -> bool:
    """Whether a title after a name leads straight into the next name («… سيرغي فيرشينين، على
    حين يرأس مساعد وزير الخارجية الإيراني حسين جابري أنصاري»): that one's title, not his; but
    a title in construct with the next name is his («فيصل المقداد نائب وزير خارجية الأسد»)."""
    following = next((other for other in starts if other >= title_end), None)
    if following is None:
        return False
    between = normalized[title_end:following]
    in_construct = not between.strip() and not normalized[:title_end].split()[-1].startswith("ال")
    return (
        not in_construct
        and len(between.split()) <= 2
        and not any(mark in between for mark in "،,؛(")
    )


def _names_another(title: re.Match, offset: int, start: int, starts: list[int]) -> bool:
    """Whether another name stands between a singular title before a name and that name:
    «الرئيس السوري بشار الأسد ومحمد بن زايد» does not make bin Zayed a president; but the
    dual «وزيري الخارجية الروسي سيرغي لافروف والأمريكي جون كيري» titles both."""
    text = title.group()
    if ("وزير" in text and text.endswith(("ي", "ا"))) or "نظيري" in text or "نظراء" in text:
        return False  # «نظيريه الروسي سيرغي لافروف، والإيراني حسين أمير عبد اللهيان»
    title_end = offset + title.end()
    return any(title_end <= other < start for other in starts)


def _hull(roles: list[RoleEntry]) -> RoleEntry:
    """One role spanning several of the same kind (an envoy with two successive mandates)."""
    if len(roles) == 1:
        return roles[0]
    starts = [role.start for role in roles]
    ends = [role.end for role in roles]
    return replace(
        roles[0],
        start=None if None in starts else min(starts),
        end=None if None in ends else max(ends),
    )


def _terms(gazetteer: Gazetteer, person: str, role: RoleEntry) -> list[RoleEntry]:
    """Every term the person held the office in: «وزير الخارجية التركي مولود جاويش أوغلو»
    may speak of his first term or his second."""
    terms = [
        other
        for other in gazetteer.roles_by_holder.get(person, ())
        if other.role == role.role and other.role_of == role.role_of
    ]
    return terms if len(terms) > 1 else [role]


def _terms_within(terms: list[RoleEntry], window: tuple) -> RoleEntry:
    """The terms that overlap the window as one span; all of them when none does."""
    overlapping = [term for term in terms if term.overlaps(*window)]
    return _hull(overlapping or terms)


def _role_constraints(
    roles: list[tuple[str, RoleEntry]], names: dict[str, str]
) -> list[Constraint]:
    seen, constraints = set(), []
    for person, role in roles:
        if (person, role) in seen or (role.start is None and role.end is None):
            continue
        seen.add((person, role))
        constraints.append(_role_constraint(person, role, names))
    return constraints


def _named_since(
    linked: LinkResult, gazetteer: Gazetteer, names: dict[str, str]
) -> list[Constraint]:
    """«القرار 2254», «اللجنة الدستورية»: an article that names a body, a resolution or a
    process is no older than the name."""
    found = {
        m.entity: gazetteer.known_from[m.entity]
        for m in linked.matches
        if m.entity in gazetteer.known_from
    }
    return [
        Constraint(
            since, None, f"names {names.get(slug, slug)}, a name in use from {since.isoformat()}"
        )
        for slug, since in sorted(found.items())
    ]


def _dateline_place(matches: list[Match], areas: frozenset[str]) -> str | None:
    places = [m.entity for m in matches if m.kind == PLACE and m.entity not in areas]
    return places[0] if places else None


_HEADLINE_TO_RE = re.compile(r"(?<!\w)(?:في|فى|إلى|الى|إلي)\s+$")  # «بيدرسون في دمشق»


def _headline_place(
    headline: str, matches: list[Match], gazetteer: Gazetteer
) -> tuple[str, frozenset] | None:
    """«غير بيدرسون في دمشق …»: the one city a headline puts people in or sends them to,
    with the people it names (`matches`); None when it names no person, or no such city or
    several. A country in a headline is mostly what it is about («… إبعاد سوريا عن
    الصراعات»)."""
    people = frozenset(m.entity for m in matches if m.kind == PERSON)
    if not people:
        return None
    cities = {
        m.entity
        for m in matches
        if m.kind == PLACE
        and not m.adjective
        and m.entity in gazetteer.countries  # a city or region, not a country
        and (m.prefix.endswith("ب") or _HEADLINE_TO_RE.search(headline, 0, m.start))
    }
    return (cities.pop(), people) if len(cities) == 1 else None


# «وزير الخارجية الإيراني يصل إلى دمشق», «… في زيارة رسمية»: someone travels there
_TRAVEL_RE = re.compile(r"(?<!\w)(?:[وف]?(?:ي|ت)?(?:صل|زور)|وصل|زار|زيار[ةه]|[يت]?توجه)(?!\w)")


def _headline_place_of(
    headline: str | None, named: list[Match], resolved: list[Match], gazetteer: Gazetteer
) -> tuple[str, frozenset] | None:
    """The headline's city for the people it names; for those it names by office only when it
    tells a trip («وزير الخارجية الإيراني يصل إلى دمشق»), not a comment on a city («المبعوث
    الأممي يحذر من كارثة في حلب»)."""
    if not headline:
        return None
    found = _headline_place(headline, named, gazetteer)
    if found is None and _TRAVEL_RE.search(headline):
        found = _headline_place(headline, resolved, gazetteer)
    return found


_BETWEEN_VISITOR_AND_CITY_RE = re.compile(r"\s+(?:في|فى)\s+")


def _headline_visitor(
    headline: str, matches: list[Match], gazetteer: Gazetteer
) -> tuple[str, str] | None:
    """«لافروف في دمشق لبحث التسوية», «المعلم في موسكو: …», «صالحي بعمان»: (person, place)
    when a headline opens on one person «في» or «ب» a place, nothing else named before them."""
    if headline.rstrip().endswith(("؟", "?")):
        return None  # «لافروف في دمشق؟»: a question, no news
    matches = sorted(matches, key=lambda m: m.start)
    if len(matches) < 2 or matches[0].kind != PERSON or matches[1].kind != PLACE:
        return None
    person, place = matches[0], matches[1]
    if place.adjective or place.entity not in gazetteer.countries:
        return None  # a country in a headline is mostly what it is about
    between = headline[person.end : place.start]
    if not (
        _BETWEEN_VISITOR_AND_CITY_RE.fullmatch(between)
        or (place.prefix == "ب" and between.isspace())  # «وزير خارجية إيران بعمان»
    ):
        return None
    return person.entity, place.entity


def analyse(
    body: str,
    gazetteer: Gazetteer,
    *,
    dateline: str | None = None,
    stated: DateEstimate | None = None,
    names: dict[str, str] | None = None,
    headline: str | None = None,
) -> ArticleAnalysis:
    names = names or {}
    linked = link(body, gazetteer)
    # Linked apart, as their offsets are their own; what the body names in full counts there.
    headline_linked = link(headline, gazetteer, named_elsewhere=linked.named) if headline else None
    # the people a headline names, before its offices are: «المبعوث الأممي يحذر من كارثة في
    # حلب» puts no one it names in Aleppo
    named_in_headline = list(headline_linked.matches) if headline_linked else []
    in_dateline = link(dateline, gazetteer).matches if dateline else []
    # A role phrase beside a name says which office it is; a title nearby only guesses.
    phrased = {person for person, _ in linked.roles_in_text}
    titled = [(p, role) for p, role in _titled_roles(linked, gazetteer) if p not in phrased]
    roles = [
        (person, _terms(gazetteer, person, role)) for person, role in linked.roles_in_text + titled
    ]
    expressions = find_dates(body)
    once = [(person, terms[0]) for person, terms in roles if len(terms) == 1]
    named = _named_since(linked, gazetteer, names)
    constraints = _role_constraints(once, names)
    published = estimate_publication(
        body, constraints, stated=stated, expressions=expressions, floors=named
    )
    if len(once) < len(roles):
        # An office held more than once bounds the date by the terms the rest allows.
        window = (published.earliest, published.latest)
        chosen = [(person, _terms_within(terms, window)) for person, terms in roles]
        constraints = _role_constraints(chosen, names)
        published = estimate_publication(
            body, constraints, stated=stated, expressions=expressions, floors=named
        )
    if published.earliest is not None or published.latest is not None:
        window = (published.earliest, published.latest)
        resolve_roles(linked, window=window)
        if headline_linked:
            resolve_roles(headline_linked, window=window)
    matches = linked.matches
    # after its roles are named: «وزير خارجية إيران بعمان» is a visitor in Amman
    in_headline = list(headline_linked.matches) if headline_linked else []
    principals = _principals(linked, gazetteer)
    # An office with no name and no known holder is its state in events, not a mention.
    in_events = [match for match in matches if (match.start, match.end) not in principals]
    in_events += unnamed_offices(linked, gazetteer)
    in_events.sort(key=lambda match: (match.start, match.end))
    extracted = extract_events(
        body,
        in_events,
        dateline_place=_dateline_place(in_dateline, gazetteer.areas),
        headline_place=_headline_place_of(headline, named_in_headline, in_headline, gazetteer),
        headline_visitor=_headline_visitor(headline, in_headline, gazetteer) if headline else None,
        dates=expressions,
        countries=gazetteer.countries,
        states_of=gazetteer.states_of,
        areas=gazetteer.areas,
    )
    by_span = {(e.start, e.end): e for e in expressions}
    events = []
    for event in extracted:
        expression = by_span.get((event.date_start, event.date_end))
        date = resolve_expression(expression, published) if expression else UNKNOWN
        events.append(DatedEvent(event, date))
    return ArticleAnalysis(
        matches=tuple(matches),
        candidates=tuple(linked.candidates),
        published=published,
        events=tuple(events),
        constraints=tuple(constraints),
        title_matches=tuple(headline_linked.matches) if headline_linked else (),
        dateline_matches=tuple(in_dateline),
    )


@dataclass
class LoadedGazetteer:
    """The matcher with the database ids and English names of its entities."""

    gazetteer: Gazetteer
    ids: dict[str, int]  # slug → Entity id
    names: dict[str, str]  # slug → English name


def analyse_article(
    loaded: LoadedGazetteer,
    body: str,
    dateline: str = "",
    stated: DateEstimate | None = None,
    headline: str = "",
) -> ArticleAnalysis:
    return analyse(
        body,
        loaded.gazetteer,
        dateline=dateline,
        stated=stated,
        names=loaded.names,
        headline=headline,
    )


@dataclass(frozen=True)
class ArticleArrays:
    entity_slugs: list[str]
    meeting_place_slugs: list[str]
    event_kinds: list[str]


def article_arrays(analysis: ArticleAnalysis, ids: dict[str, int]) -> ArticleArrays:
    parts = analysis.matches_by_part()
    entity_slugs = sorted({m.entity for _, matches in parts for m in matches if m.entity in ids})
    places = sorted({e.event.place for e in analysis.events if e.event.place in ids})
    kinds = sorted({e.event.kind for e in analysis.events})
    return ArticleArrays(entity_slugs, places, kinds)
