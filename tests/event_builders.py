"""Hand-built linker output for the event-extraction tests: each mention is every whole-word
occurrence of a surface form, longest first, so the tests hold whatever the linker does."""

import re
from dataclasses import dataclass

from articles.text.events import ExtractedEvent, extract_events
from articles.text.mentions import ORGANIZATION, PERSON, PLACE, Match

ADJECTIVE = "adjective"  # a country adjective («أمريكية»), which the linker reports as a place
NESTED = "nested place"  # a place inside another name («بيان جنيف»), reported alongside it


@dataclass(frozen=True)
class DateExpression:
    """The fields of articles.text.dates.DateExpression that event extraction reads."""

    start: int
    end: int
    text: str
    relation: str | None = None
    relative_days: int | None = None
    weekday: int | None = None


def occurrences(text: str, surface: str):
    return re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)


def mentions(text: str, entries: list[tuple]) -> list[Match]:
    """entries: (surface, slug, kind[, proclitic]); kind is PERSON, PLACE, ORGANIZATION,
    ADJECTIVE or NESTED (a place allowed to sit inside another mention)."""
    found: list[Match] = []
    taken: set[int] = set()
    for surface, slug, kind, *proclitic in sorted(entries, key=lambda entry: -len(entry[0])):
        for hit in occurrences(text, surface):
            span = set(range(hit.start(), hit.end()))
            if kind != NESTED and span & taken:
                continue
            taken |= span
            match = Match(
                entity=slug,
                kind=PLACE if kind in (ADJECTIVE, NESTED) else kind,
                start=hit.start(),
                end=hit.end(),
                surface=surface,
                reason="built by hand",  # events must read prefix and adjective, not this
                prefix=proclitic[0] if proclitic else "",
                adjective=kind == ADJECTIVE,
            )
            found.append(match)
    return sorted(found, key=lambda match: match.start)


def date_expressions(text: str, surfaces: list[str]) -> list[DateExpression]:
    found: list[DateExpression] = []
    taken: set[int] = set()
    for surface in sorted(surfaces, key=len, reverse=True):
        for hit in occurrences(text, surface):
            if not set(range(hit.start(), hit.end())) & taken:
                taken |= set(range(hit.start(), hit.end()))
                relation = "past" if "الماضي" in surface or "أمس" in surface else None
                found.append(DateExpression(hit.start(), hit.end(), surface, relation))
    return found


def events_of(text, entries, dates=(), **options) -> list[ExtractedEvent]:
    return extract_events(
        text, mentions(text, entries), dates=date_expressions(text, list(dates)), **options
    )


def meetings(events) -> set[tuple]:
    """(kind, participants, place) of the meetings and calls: what the archive's users want."""
    return {
        (event.kind, frozenset(event.participants), event.place)
        for event in events
        if event.kind in ("meeting", "phone_call")
    }


def person(surface, slug, proclitic=None):
    return (surface, slug, PERSON, proclitic) if proclitic else (surface, slug, PERSON)


def only_event(text, entries, dates=(), **options) -> ExtractedEvent:
    """The one event (statements aside) the text reports."""
    events = [e for e in events_of(text, entries, dates, **options) if e.kind != "statement"]
    assert len(events) == 1, events
    return events[0]


# -- people and places the event tests share

LAVROV = person("لافروف", "sergey-lavrov")
ZARIF = person("محمد جواد ظريف", "mohammad-javad-zarif")
MUALLEM = person("وليد المعلم", "walid-al-muallem")
PEDERSEN = person("غير بيدرسن", "geir-pedersen")
CAVUSOGLU = person("مولود جاويش أوغلو", "mevlut-cavusoglu")
ASSAD = person("بشار الأسد", "bashar-al-assad")
ERDOGAN = person("رجب طيب أردوغان", "recep-tayyip-erdogan")
ROUHANI = person("حسن روحاني", "hassan-rouhani")
PUTIN = person("فلاديمير بوتين", "vladimir-putin")
SHOUKRY = person("سامح شكرى", "sameh-shoukry")
KERRY = person("جون كيري", "john-kerry")
GENEVA = ("جنيف", "geneva", PLACE)
FRIENDS = ("أصدقاء سوريا", "friends-of-syria", ORGANIZATION)
