"""Helpers the article, entity and event pages share: labels in the reader's language, dates
with their precision, safe query parameters, capped pagination, and who met whom."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from django.core.paginator import Page, Paginator
from django.db.models import Count, QuerySet
from django.http import QueryDict
from django.utils import formats
from django.utils.translation import get_language, get_language_bidi, gettext_lazy, pgettext_lazy
from django.utils.translation import gettext as _

from articles.models import Entity, Event

MAX_PARAM_CHARS = 200
MAX_PAGES = 50  # deep OFFSET pagination is slow and nobody reads page 500

EVENT_KINDS = {
    "meeting": gettext_lazy("meeting"),
    "phone_call": gettext_lazy("phone call"),
    "visit": gettext_lazy("visit"),
    "conference": gettext_lazy("conference"),
    "statement": gettext_lazy("statement"),
}
EVENT_KINDS_PLURAL = {
    "meeting": gettext_lazy("meetings"),
    "phone_call": gettext_lazy("phone calls"),
    "visit": gettext_lazy("visits"),
    "conference": gettext_lazy("conferences"),
    "statement": gettext_lazy("statements"),
}
EVENT_STATUSES = {
    "held": pgettext_lazy("event status", "held"),
    "planned": pgettext_lazy("event status", "planned"),
}
ENTITY_KINDS = {
    "person": gettext_lazy("person"),
    "place": gettext_lazy("place"),
    "organization": gettext_lazy("organization"),
}
SUBKINDS = {
    "city": gettext_lazy("city"),
    "country": gettext_lazy("country"),
    "region": gettext_lazy("region"),
    "area": gettext_lazy("wide area"),
    "international": gettext_lazy("international organization"),
    "media": gettext_lazy("news media"),
    "instrument": gettext_lazy("resolution or agreement"),
    "process": gettext_lazy("diplomatic process"),
    "ministry": gettext_lazy("ministry"),
}
REMOVED_KINDS = {
    "title": gettext_lazy("title"),
    "source_tag": gettext_lazy("source tag"),
    "dateline": gettext_lazy("dateline"),
    "byline": gettext_lazy("byline"),
    "subscription": gettext_lazy("subscription prompt"),
    "caption": gettext_lazy("photo caption"),
    "date": gettext_lazy("date line"),
    "teaser": gettext_lazy("teaser"),
    "navigation": gettext_lazy("site navigation"),
}
PRECISIONS = {
    "day": gettext_lazy("exact day"),
    "week": gettext_lazy("within a week"),
    "month": gettext_lazy("within a month"),
    "year": gettext_lazy("within a year"),
    "range": gettext_lazy("a wider range"),
    "unknown": gettext_lazy("unknown"),
}


def label(table: dict, value: str) -> str:
    """The translated label of a stored code, or the code itself when it is new."""
    return (
        str(table[value]) if value in table else (value or "").replace("_", " ").replace("-", " ")
    )


def is_arabic() -> bool:
    return (get_language() or "en").startswith("ar")


def is_rtl() -> bool:
    return bool(get_language_bidi())


def display_name(entity: Entity) -> str:
    if is_arabic() and entity.name_ar:
        return entity.name_ar
    return entity.name


def format_day(day: date | None, precision: str = "day") -> str:
    """«5 March 2016», «March 2016» or «2016», in the active language."""
    if day is None:
        return ""
    if precision == "year":
        return str(day.year)
    month = _month_names(get_language())[day.month - 1]
    return f"{month} {day.year}" if precision == "month" else f"{day.day} {month} {day.year}"


@lru_cache(maxsize=16)
def _month_names(_language: str) -> tuple[str, ...]:
    """Django's month names (date format "F") for a language: a results page formats ~60
    dates, and date_format costs ~60 µs each."""
    return tuple(formats.date_format(date(2001, month, 1), "F") for month in range(1, 13))


def date_label(
    best: date | None, earliest: date | None, latest: date | None, precision: str
) -> dict[str, str]:
    """`text`: the date as a reader says it; `range`: the interval it was estimated in."""
    if best is None and earliest is None and latest is None:
        return {"text": _("date unknown"), "range": "", "precision": label(PRECISIONS, "unknown")}
    if precision == "day" and best:
        text = format_day(best)
    elif precision == "month" and earliest and latest and earliest.month == latest.month:
        text = format_day(best or earliest, "month")
    elif best:
        text = _("about %(date)s") % {"date": format_day(best)}
    elif earliest:
        text = _("after %(date)s") % {"date": format_day(earliest)}
    else:
        text = _("before %(date)s") % {"date": format_day(latest)}
    if earliest and latest and earliest != latest:
        interval = _("between %(earliest)s and %(latest)s") % {
            "earliest": format_day(earliest),
            "latest": format_day(latest),
        }
    elif earliest and not latest:
        interval = _("not before %(date)s") % {"date": format_day(earliest)}
    elif latest and not earliest:
        interval = _("not after %(date)s") % {"date": format_day(latest)}
    else:
        interval = ""
    return {"text": text, "range": interval, "precision": label(PRECISIONS, precision)}


def article_date(article) -> dict[str, str]:
    return date_label(
        article.published_best,
        article.published_earliest,
        article.published_latest,
        article.published_precision,
    )


def event_date(event: Event) -> dict[str, str]:
    return date_label(event.date_best, event.date_earliest, event.date_latest, event.date_precision)


def describe_events(events) -> list[Event]:
    """Attach the labels templates show (the models' own labels are not translated)."""
    events = list(events)
    for event in events:
        event.kind_label = label(EVENT_KINDS, event.kind)
        event.status_label = label(EVENT_STATUSES, event.status)
        event.date = event_date(event)
    return events


def event_summary(event: Event) -> str:
    """A one-line text description: for chart titles and highlight tooltips."""
    names = "، ".join if is_arabic() else ", ".join
    who = names(display_name(p) for p in event.participants.all())
    text = f"{label(EVENT_KINDS, event.kind)}: {who}"
    if event.place_id:
        text += " — " + display_name(event.place)
    day = event_date(event)["text"]
    return f"{text} ({day})"


def clean_params(params: QueryDict) -> QueryDict:
    """Query parameters without NUL bytes and cut to a sane length, for forms and filters."""
    cleaned = QueryDict(mutable=True)
    for key, values in params.lists():
        key = key.replace("\x00", "")[:MAX_PARAM_CHARS]
        cleaned.setlist(key, [value.replace("\x00", "")[:MAX_PARAM_CHARS] for value in values])
    return cleaned


def page_number(params: QueryDict) -> int:
    raw = (params.get("page") or "1").strip()
    number = int(raw) if raw.isdigit() and len(raw) < 6 else 1
    return min(max(number, 1), MAX_PAGES)


def paginate(queryset: QuerySet, params: QueryDict, per_page: int) -> Page:
    """A page of `queryset` (the last one when the number is past the end), capped."""
    paginator = Paginator(queryset, per_page)
    return paginator.get_page(page_number(params))


def met_most_often(events: QuerySet, exclude: Entity | None = None, limit: int = 10) -> list:
    """People who took part in `events` most often, with how often (one query)."""
    people = Entity.objects.people().filter(events__in=events)
    if exclude is not None:
        people = people.exclude(pk=exclude.pk)
    return list(
        people.annotate(times=Count("events", distinct=True)).order_by("-times", "name")[:limit]
    )


def query_string(params: QueryDict, **changes) -> str:
    """`params` with some keys replaced (None removes them), as `?a=b&…` (or "")."""
    merged = params.copy()
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    encoded = merged.urlencode()
    return f"?{encoded}" if encoded else "?"
