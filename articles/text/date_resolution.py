"""What a date expression refers to once the article's publication date is estimated: «أمس»
the day before, «الثلاثاء الماضي» the Tuesday before, «في 28 كانون الأول» the nearest such
day. Pure Python: no Django."""

from datetime import date

from articles.text import date_names as names
from articles.text.date_names import Interval, month_end, on_day, shift, show
from articles.text.dates import DateEstimate, DateExpression, full_date, period_of, precision_of


def _occurrence(e: DateExpression, year: int) -> Interval | None:
    """The days of a yearly day-month or month in one (Gregorian or Hijri) year."""
    if e.calendar == "hijri":
        first, last = names.hijri_month_range(year, e.month)
        if e.day is not None:
            first = last = names.hijri_to_gregorian(year, e.month, e.day)
        sighting = names.HIJRI_SIGHTING_DAYS
        return shift(first, -sighting), shift(last, sighting)
    if e.day is None:
        return date(year, e.month, 1), month_end(year, e.month)
    day = on_day(year, e.month, e.day)
    return (day, day) if day else None


def _yearly_meaning(e: DateExpression, published: date) -> Interval | None:
    """A day-month or month without a year, as of a publication day."""
    this_year = names.hijri_year_of(published) if e.calendar == "hijri" else published.year
    if e.relation_unit == "year":
        return _occurrence(e, this_year + {"past": -1, "next": 1}.get(e.relation, 0))
    spread = 7 if e.weekday is not None else 2
    options = [_occurrence(e, this_year + k) for k in range(-spread, spread + 1)]
    options = [o for o in options if o and (e.weekday is None or o[0].weekday() == e.weekday)]
    if e.relation == "past":
        return max((o for o in options if o[1] < published), default=None)
    if e.relation == "next":
        return min((o for o in options if o[0] > published), default=None)
    # Undated months and days are nearly always the nearest ones: «في 28 كانون الأول»
    # written on 5 January is last December.
    return min(options, key=lambda o: abs(o[0] + (o[1] - o[0]) / 2 - published), default=None)


def _meaning(e: DateExpression, published: date) -> tuple[date, date, date] | None:
    """(earliest, latest, best) of a relative expression for an article of that day."""
    p = published
    if e.month is not None:
        found = _yearly_meaning(e, p)
        return (*found, found[0] + (found[1] - found[0]) / 2) if found else None
    if e.relative_days is not None:
        return (shift(p, e.relative_days),) * 3
    if e.weekday is not None:
        earlier = shift(p, -((p.weekday() - e.weekday) % 7 or 7))
        later = shift(p, (e.weekday - p.weekday()) % 7 or 7)
        if e.relation == "past":
            return earlier, earlier, earlier
        if e.relation == "next":
            return later, later, later
        if p.weekday() == e.weekday:
            return p, p, p
        return earlier, later, earlier if p - earlier <= later - p else later
    step = {"past": -1, "next": 1}.get(e.relation, 0)
    if e.relation_unit == "week":
        # The previous calendar week lies in the 13 days before, whichever day starts it.
        return shift(p, 7 * step - 6), shift(p, 7 * step + 6), shift(p, 7 * step)
    if e.relation_unit == "month":
        year, index = divmod(p.year * 12 + p.month - 1 + step, 12)
        return date(year, index + 1, 1), month_end(year, index + 1), date(year, index + 1, 15)
    if e.relation_unit == "year":
        year = p.year + step
        return date(year, 1, 1), date(year, 12, 31), date(year, 7, 2)
    return None


def resolve_expression(expression: DateExpression, published: DateEstimate) -> DateEstimate:
    """The date an expression refers to, given the article's publication estimate."""
    e = expression
    absolute = full_date(e) or period_of(e)
    if absolute:
        lo, hi = absolute
        best = lo + (hi - lo) / 2
        return DateEstimate(lo, hi, best, precision_of(lo, hi), (f"«{e.text}» is dated",))
    meanings = [_meaning(e, p) if p else None for p in (published.earliest, published.latest)]
    at_best = _meaning(e, published.best) if published.best else None
    if not any((*meanings, at_best)):
        why = "the publication date is unknown" if e.relation_unit else "it names no date"
        return DateEstimate(None, None, None, "unknown", (f"«{e.text}» cannot be placed: {why}",))
    earliest = meanings[0][0] if meanings[0] else None
    latest = meanings[1][1] if meanings[1] else None
    precision = precision_of(earliest, latest)
    bare_weekday = e.weekday is not None and e.relation is None and e.relative_days is None
    if bare_weekday and e.day is None and published.precision != "day":
        precision = "range"
    span = show((published.earliest or date.min, published.latest or date.max))
    reason = f"«{e.text}» counted from the publication date ({span})"
    return DateEstimate(earliest, latest, at_best[2] if at_best else None, precision, (reason,))
