"""Arabic date expressions, and when an article was published. Pure Python: no Django.

* `find_dates` — the date expressions of a text («في 17 تموز 2012», «أمس الاثنين», «يوليو
  الماضي», «15 رمضان 1433», «3/5/2016»), with offsets into the original text.
* `estimate_publication` — an interval for the publication date from outside facts (an
  official's tenure) and the text's own dates, with the reasoning as evidence strings.
* `resolve_expression` — the date an expression refers to, given the article's date.

Matching runs on folded text (articles.text.arabic.normalize, one character at a time) so
that spelling variants need no special patterns; offsets are mapped back afterwards.

The estimate prefers being right to being narrow: a publication bound is only drawn from
evidence that is safe for news (an event reported in the past tense happened before the
article; an undated day-month is tied to a year only through its weekday), and a piece of
evidence that contradicts what is already known is set aside, with a note, rather than
allowed to empty the interval.
"""

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from articles.text import date_names as names
from articles.text.date_names import (
    OPEN,
    Interval,
    contains,
    intersection,
    month_end,
    on_day,
    shift,
    show,
    union,
)
from articles.text.date_tenses import BEFORE_WINDOW, span_start, tense_of

# An undated event in the past tense is at most this long before the article, and a
# full date is at most this long before (or, if it may be in the future, after) it.
DATE_HORIZON_DAYS = 366
# The article is at most this long after the latest full date it reports as past. A year
# was too short: a review of the trilateral summits ran 374 days after the last one it dated.
LOOKBACK_DAYS = 548
# «اليوم» and «أمس» count from the print edition; the online copy is often dated a day
# earlier, and a dateline's time zone may differ.
RELATIVE_SLACK_DAYS = 1
NO_EVIDENCE = "no date evidence in the text: the interval is open"
_PRECISION_SPANS = ((1, "day"), (7, "week"), (31, "month"), (366, "year"))  # most days in each


@dataclass(frozen=True)
class DateExpression:
    start: int
    end: int
    text: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    relative_days: int | None = None
    relation: str | None = None
    calendar: str = "gregorian"

    @property
    def relation_unit(self) -> str | None:
        """What `relation` (or «الجاري») shifts: "year" in «حزيران من العام الماضي» and
        «العام الماضي», "month" in «يوليو الماضي» and «الشهر المقبل», "week", "weekday"."""
        words = set(names.fold(self.text)[0].split())
        if words & {"عام", "العام", "لعام", "للعام", "سنه", "السنه"}:
            return "year"
        if words & {"الاسبوع", "للاسبوع"}:
            return "week"
        if self.month is None and words & {"الشهر", "للشهر"}:
            return "month"
        if self.weekday is not None and self.day is None:
            return "weekday"
        if self.day is not None or self.relative_days is not None:
            return "day"
        return "month" if self.month is not None else "year" if self.year is not None else None


@dataclass(frozen=True)
class Constraint:
    earliest: date | None
    latest: date | None
    reason: str


@dataclass(frozen=True)
class DateEstimate:
    earliest: date | None
    latest: date | None
    best: date | None
    precision: str
    evidence: tuple[str, ...]


# ---------------------------------------------------------------- finding expressions

_STAGES = {"relative": 0, "weekday": 1, "calendar": 2}


@dataclass
class _Atom:
    start: int  # offsets into the folded text
    end: int
    kind: str
    fields: dict


def _calendar_atom(match: re.Match, folded: str) -> _Atom | None:
    month_name = names.canonical(match["month"])
    hijri = month_name in names.HIJRI_MONTHS
    month = (names.HIJRI_MONTHS if hijri else names.GREGORIAN_MONTHS)[month_name]
    day = int(match["digits"]) if match["digits"] else None
    previous = (names.words_before(folded, match.start(), 1) or [""])[0]
    if match["unit"] or match["tens_only"]:
        day = names.ordinal_day(match)
        if day is None or names.among(previous, names.NOT_DAY_ORDINAL_HEADS):
            return None
    year = int(match["year"]) if match["year"] else None
    end = match.end()
    if year is not None and not (
        1410 <= year <= 1460 if hijri else 1990 <= year <= 2030 and not match["hmark"]
    ):
        year, end = None, match.end("month_end")
    relation = names.relation(match["rel_year"] or match["rel_month"])
    ambiguous = month_name in names.AMBIGUOUS_MONTHS
    if match["clitic"] and ambiguous:
        return None
    if day is not None and not 1 <= day <= (30 if hijri else month_end(2012, month).day):
        return None
    anchored = year is not None or match["rel_year"] or match["rel_month"] or match["this_year"]
    if day is None and not anchored and not match["shahr"]:
        glued_preposition = any(c in match["clitic"] for c in "بل")
        if (
            hijri
            or ambiguous
            or not (glued_preposition or names.among(previous, names.MONTH_PREPOSITIONS))
        ):
            return None
    if day is not None and year is None:
        if hijri and ambiguous:
            return None
        if any(
            names.among(w, names.NAME_MAKERS) for w in names.words_before(folded, match.start(), 3)
        ):
            return None
    start = match.start()
    if day is None and not match["shahr"]:
        start = match.start("month")
    fields = dict(day=day, month=month, year=year, relation=relation)
    fields["calendar"] = "hijri" if hijri else "gregorian"
    return _Atom(start, end, "calendar", fields)


def _atoms(folded: str) -> list[_Atom]:
    atoms = []
    matches = names.pattern_matches(folded)
    for match in matches["calendar"]:
        atom = _calendar_atom(match, folded)
        if atom:
            atoms.append(atom)
    for match in matches["numeric"]:
        y, m, d = (
            (match["y1"], match["m1"], match["d1"])
            if match["y1"]
            else match.group("y2", "m2", "d2")
        )
        try:
            date(int(y), int(m), int(d))
        except ValueError:
            continue
        if 1990 <= int(y) <= 2030:
            fields = dict(day=int(d), month=int(m), year=int(y))
            atoms.append(_Atom(match.start(), match.end(), "calendar", fields))
    for match in matches["year"]:
        year, hijri = int(match["year"]), bool(match["hmark"])
        if (1410 <= year <= 1460) if hijri else (1990 <= year <= 2030):
            fields = dict(year=year, calendar="hijri" if hijri else "gregorian")
            atoms.append(_Atom(match.end("clitic"), match.end(), "calendar", fields))
    for match in matches["weekday"]:
        name = match["weekday"]
        previous = (names.words_before(folded, match.start(), 1) or [""])[0]
        if names.among(previous, names.NOT_WEEKDAY_BEFORE.get(name, frozenset())):
            continue
        if name == "الاثنين" and names.word_after(folded, match.end()) in ("معا", "منهما"):
            continue
        start = match.start("yawm") if match["yawm"] else match.end("clitic")
        fields = dict(weekday=names.WEEKDAYS[name], relation=names.relation(match["rel"]))
        atoms.append(_Atom(start, match.end(), "weekday", fields))
    for match in matches["relative"]:
        word = names.canonical(match["word"])
        previous = (names.words_before(folded, match.start(), 1) or [""])[0]
        if word == "اليوم" and (
            names.among(previous, names.NOT_TODAY_BEFORE)
            or names.word_after(folded, match.end()) in names.NOT_TODAY_AFTER
        ):
            continue
        fields = dict(relative_days=names.RELATIVE_DAYS[word])
        atoms.append(_Atom(match.end("clitic"), match.end(), "relative", fields))
    for match in matches["unit"]:
        start = match.end("clitic") if match["clitic"] is not None else match.start()
        atoms.append(_Atom(start, match.end(), "unit", dict(relation=names.relation(match["rel"]))))
    atoms.sort(key=lambda atom: (atom.start, atom.start - atom.end))
    kept: list[_Atom] = []
    for atom in atoms:
        if not kept or atom.start >= kept[-1].end:
            kept.append(atom)
    return kept


def _merged(atoms: list[_Atom], folded: str) -> list[_Atom]:
    """«اليوم الثلاثاء» and «الثلاثاء 17 تموز»: one expression, not two."""
    merged: list[_Atom] = []
    for atom in atoms:
        previous = merged[-1] if merged else None
        joinable = (
            previous is not None
            and previous.kind in ("relative", "weekday")
            and atom.kind in ("weekday", "calendar")
            and _STAGES[atom.kind] > _STAGES[previous.kind]
            and (atom.kind == "weekday" or atom.fields.get("day") is not None)
            and names.JOINER_RE.fullmatch(folded, previous.end, atom.start)
        )
        if joinable:
            fields = {**atom.fields, **{k: v for k, v in previous.fields.items() if v is not None}}
            merged[-1] = _Atom(previous.start, atom.end, atom.kind, fields)
        else:
            merged.append(atom)
    return merged


def _expressions(text: str) -> tuple[str, list[tuple[_Atom, DateExpression]]]:
    """fold(text)[0], and the date expressions of `text` with their atoms: _find without the
    tenses, which only the publication estimate needs."""
    folded, segments = names.fold(text)
    found = []
    for atom in _merged(_atoms(folded), folded):
        start, end = names.original_span(text, segments, atom.start, atom.end)
        end = start + len(text[start:end].rstrip())  # «14 شباط/فبراير »: not the space after
        expression = DateExpression(start=start, end=end, text=text[start:end], **atom.fields)
        found.append((atom, expression))
    return folded, found


def _find(text: str) -> list[tuple[DateExpression, str]]:
    folded, found = _expressions(text)
    return [(e, tense_of(folded[: a.start], a.fields.get("relation"))) for a, e in found]


def find_dates(text: str) -> list[DateExpression]:
    """The date expressions of `text`, in order, none overlapping."""
    return [expression for _, expression in _expressions(text)[1]]


def _with_tenses(text: str, expressions: list[DateExpression]) -> list[tuple[DateExpression, str]]:
    """_find(text), given find_dates(text)."""
    befores = [names.folded_before(text, e.start, BEFORE_WINDOW + 1) for e in expressions]
    if None in befores:  # a first character folded to several: where its atom began is lost
        return _find(text)
    return [(e, tense_of(b, e.relation)) for e, b in zip(expressions, befores, strict=True)]


def precision_of(earliest: date | None, latest: date | None) -> str:
    if earliest is None or latest is None:
        return "unknown" if earliest is None and latest is None else "range"
    span = (latest - earliest).days + 1
    return next((name for most, name in _PRECISION_SPANS if span <= most), "range")


def full_date(expression: DateExpression) -> Interval | None:
    """The days a dated expression can be: one day, or ±2 days for a Hijri date."""
    e = expression
    if e.day is None or e.month is None or e.year is None:
        return None
    if e.calendar == "hijri":
        day = names.hijri_to_gregorian(e.year, e.month, e.day)
        return shift(day, -names.HIJRI_SIGHTING_DAYS), shift(day, names.HIJRI_SIGHTING_DAYS)
    try:
        return date(e.year, e.month, e.day), date(e.year, e.month, e.day)
    except ValueError:
        return None


def period_of(expression: DateExpression) -> Interval | None:
    """The days of a month-year or a bare year."""
    e = expression
    if e.year is None or e.day is not None:
        return None
    if e.calendar == "hijri":
        first, last = names.hijri_month_range(e.year, e.month or 1)
        if e.month is None:
            last = names.hijri_month_range(e.year, 12)[1]
        sighting = names.HIJRI_SIGHTING_DAYS
        return shift(first, -sighting), shift(last, sighting)
    if e.month is None:
        return date(e.year, 1, 1), date(e.year, 12, 31)
    return date(e.year, e.month, 1), month_end(e.year, e.month)


# ---------------------------------------------------------------- publication estimate


def _constraint_window(constraints: list[Constraint], evidence: list[str]) -> list[Interval]:
    valid = []
    for constraint in constraints:
        lo, hi = constraint.earliest or date.min, constraint.latest or date.max
        if lo > hi:
            evidence.append(f"ignored constraint (it ends before it starts): {constraint.reason}")
        else:
            valid.append((constraint, lo, hi))
    if not valid:
        return [OPEN]
    # On a line, intervals that overlap pairwise share a point, so the largest consistent
    # group is the set covering the most-covered start date. Tied groups are no majority:
    # only what they share is kept.
    groups = {
        frozenset(i for i, (_, lo, hi) in enumerate(valid) if lo <= p <= hi) for _, p, _ in valid
    }
    largest = max(map(len, groups))
    kept = frozenset.intersection(*(g for g in groups if len(g) == largest))
    window = [OPEN]
    for index, (constraint, lo, hi) in enumerate(valid):
        if index in kept:
            window = intersection(window, [(lo, hi)])
            evidence.append(f"constraint: {constraint.reason} ({show((lo, hi))})")
        else:
            evidence.append(
                f"ignored constraint (conflicts with the other constraints): {constraint.reason}"
            )
    return window


class _Estimator:
    def __init__(self, window: list[Interval], evidence: list[str]):
        self.feasible = window
        self.evidence = evidence
        self.narrowed = False

    def narrow(self, allowed: list[Interval], reason: str) -> bool:
        narrowed = intersection(self.feasible, allowed)
        if not narrowed:
            self.evidence.append(f"ignored (contradicts the evidence above): {reason}")
            return False
        if narrowed != self.feasible:
            self.evidence.append(f"{reason}: now {show((narrowed[0][0], narrowed[-1][1]))}")
            self.feasible, self.narrowed = narrowed, True
        return True

    def inside(self, days: list[date]) -> list[date]:
        return [day for day in days if contains(self.feasible, day)]

    @property
    def hull(self) -> Interval:
        return self.feasible[0][0], self.feasible[-1][1]


def _published_weekday(found: list[tuple[DateExpression, str]], evidence: list[str]) -> int | None:
    votes = Counter()
    for e, _ in found:
        if e.relative_days is not None and e.weekday is not None and e.day is None:
            votes[(e.weekday - e.relative_days) % 7] += 1
    if not votes:
        return None
    weekday = votes.most_common(1)[0][0]
    quoted = "، ".join(
        dict.fromkeys(
            f"«{e.text}»" for e, _ in found if e.relative_days is not None and e.weekday is not None
        )
    )
    evidence.append(f"{quoted}: published on a {names.WEEKDAY_NAMES_EN[weekday]} (±1 day)")
    return weekday


def _yearless_candidates(e: DateExpression, hull: Interval) -> list[date]:
    days = (on_day(y, e.month, e.day) for y in range(hull[0].year - 1, hull[1].year + 2))
    return [d for d in days if d and (e.weekday is None or d.weekday() == e.weekday)]


def _full_date_steps(state: _Estimator, found: list[tuple[DateExpression, str]]) -> list[date]:
    """Dated expressions: lower bounds, then an upper bound from the latest past one."""
    dated = [(e, tense, full_date(e)) for e, tense in found if full_date(e)]
    anchors = []
    for e, _, (lo, hi) in dated:
        if e.relative_days is not None:
            offset, slack = -e.relative_days, RELATIVE_SLACK_DAYS
            allowed = (shift(lo, offset - slack), shift(hi, offset + slack))
            if state.narrow([allowed], f"«{e.text}» dates the article itself"):
                anchors.append(shift(lo, offset))
    latest_past = None
    for e, tense, (lo, hi) in sorted(dated, key=lambda item: item[2]):
        if e.relative_days is not None or tense == "future":
            continue
        if (span := span_start(tense)) is not None:
            # «من 28 إلى 3 أكتوبر»: begun the month before; «من 20 سبتمبر إلى 27 أكتوبر»
            first, month = span
            if month is None:
                month = e.month if first <= e.day else (e.month - 2) % 12 + 1
            year = e.year - (month > e.month)
            began = on_day(year, month, first)
            if began and state.narrow([(began, date.max)], f"«{e.text}» ends a span begun {began}"):
                latest_past = (e, began, began)
            continue
        if state.narrow([(lo, date.max)], f"«{e.text}» ({show((lo, hi))}) is reported as past"):
            if tense == "past":
                latest_past = (e, lo, hi)
            elif tense == "earlier":
                latest_past = None  # newer news from before: no look-back from an older date
    if latest_past:
        e, lo, hi = latest_past
        reason = (
            f"the latest past date «{e.text}» ({show((lo, hi))}): published within "
            f"{LOOKBACK_DAYS} days of it"
        )
        if state.narrow([(lo, shift(hi, LOOKBACK_DAYS))], reason):
            anchors.append(lo)
    for e, tense, (lo, hi) in dated:
        if tense == "future" and e.relative_days is None:
            around = (shift(lo, -DATE_HORIZON_DAYS), shift(hi, DATE_HORIZON_DAYS))
            state.narrow([around], f"«{e.text}» may be after the article: within a year of it")
    return anchors


def _yearless_steps(state: _Estimator, found, named_weekdays: set[int]) -> tuple[list, list]:
    """Day-months without a year: tied to years only through a weekday or «أمس/اليوم»."""
    strong, weak = [], []
    for e, tense in found:
        if e.day is None or e.month is None or e.year is not None or e.calendar == "hijri":
            continue
        if e.relation is not None or state.hull[0] == date.min or state.hull[1] == date.max:
            continue
        candidates = _yearless_candidates(e, state.hull)
        if e.relative_days is not None:
            offset, slack = -e.relative_days, RELATIVE_SLACK_DAYS
            allowed = [(shift(d, offset - slack), shift(d, offset + slack)) for d in candidates]
            reason = f"«{e.text}» dates the article itself"
            if state.narrow(union(allowed), reason):
                strong.extend(shift(d, offset) for d in candidates)
        elif e.weekday is not None:
            before = 0 if tense in ("past", "earlier") else DATE_HORIZON_DAYS
            allowed = [(shift(d, -before), shift(d, DATE_HORIZON_DAYS)) for d in candidates]
            shown = ", ".join(str(d.year) for d in candidates) or "no year"
            reason = f"«{e.text}» falls on that weekday in {shown}"
            if state.narrow(union(allowed), reason):
                strong.extend(candidates)
        else:
            weak.extend(d for d in candidates if d.weekday() in named_weekdays)
    return strong, weak


def _best(state: _Estimator, anchor_groups: list[list[date]], weekday: int | None) -> date | None:
    """From the first group of anchors with one inside the interval: the latest dated one
    (the newest past date is the likeliest to be days old), or else the undated candidate
    nearest the middle; without anchors the middle itself. Then the nearest day on the
    publication weekday."""
    lo, hi = state.hull
    middle = lo + (hi - lo) / 2 if date.min < lo and hi < date.max else None
    dated, *undated = [state.inside(group) for group in anchor_groups]
    target = max(dated, default=None)
    for group in undated:
        if target is None and group:
            target = min(group, key=lambda d: abs(d - middle)) if middle else max(group)
    if target is None:
        if middle is None:
            return None
        ends = [day for piece in state.feasible for day in piece]
        target = (
            middle if contains(state.feasible, middle) else min(ends, key=lambda d: abs(d - middle))
        )
    if weekday is not None:
        for offset in (0, 1, -1, 2, -2, 3, -3):
            day = shift(target, offset)
            if day.weekday() == weekday and contains(state.feasible, day):
                return day
    return target


def estimate_publication(
    text: str,
    constraints: list[Constraint],
    *,
    stated: DateEstimate | None = None,
    expressions: list[DateExpression] | None = None,
    floors: list[Constraint] = (),
) -> DateEstimate:
    """When the article was published: the stated date when there is one, else an interval
    from the constraints and the text's dates (`expressions`: find_dates(text), if known).
    `floors` («names resolution 2254») bound it after the text's full dates, which win."""
    evidence: list[str] = []
    window = _constraint_window(constraints, evidence)
    if stated is not None:
        notes = ["publication date stated by the input file"]
        if stated.best and not contains(window, stated.best):
            notes.append("note: the stated date lies outside the constraints' window")
        return replace(stated, evidence=(*stated.evidence, *notes, *evidence))
    state = _Estimator(window, evidence)
    found = _find(text) if expressions is None else _with_tenses(text, expressions)
    dated_anchors = _full_date_steps(state, found)
    for floor in floors:
        state.narrow([(floor.earliest or date.min, floor.latest or date.max)], floor.reason)
    for e, tense in found:
        period = period_of(e)
        if period and tense != "future" and span_start(tense) is None:
            state.narrow([(period[0], date.max)], f"«{e.text}» is reported as past")
    named_weekdays = {
        e.weekday
        for e, _ in found
        if e.weekday is not None and e.relative_days is None and e.relation is None
    }
    strong, weak = _yearless_steps(state, found, named_weekdays)
    weekday = _published_weekday(found, evidence)
    if not state.narrowed and not constraints and weekday is None:
        return DateEstimate(None, None, None, "unknown", (NO_EVIDENCE,))
    best = _best(state, [dated_anchors, strong, weak], weekday)
    lo, hi = state.hull
    earliest = None if lo == date.min else lo
    latest = None if hi == date.max else hi
    if best:
        evidence.append(f"best guess: {best.isoformat()}")
    if earliest is None and latest is None:
        evidence.append("nothing bounds the publication date: the interval is open")
    return DateEstimate(earliest, latest, best, precision_of(earliest, latest), tuple(evidence))
