"""The events page (meetings, calls, visits… with filters and a timeline) and one event's
page (participants, place, date and every report of it)."""

from datetime import date

import django_filters
from django.db.models import Count, F, Prefetch, Q
from django.db.models.functions import TruncMonth
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles import pages
from articles.charts import Bucket, buckets_from_rows, histogram_svg
from articles.filters import PeriodFilter
from articles.models import Entity, Event, EventReport, Role
from articles.models.event import EventKind, EventStatus

EVENTS_PER_PAGE = 30
FILTER_NAMES = ("envoy", "participant", "place", "kind", "status", "date_from", "date_to")


class EventFilter(django_filters.FilterSet):
    """The events page's filters; entity filters take the entity's slug."""

    envoy = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Envoy"),
        queryset=Entity.objects.envoys(),
        to_field_name="slug",
        field_name="participants",
        distinct=False,  # one row per (event, participant): no duplicates to remove
    )
    participant = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Participant"),
        queryset=Entity.objects.all(),
        to_field_name="slug",
        field_name="participants",
        distinct=False,
    )
    place = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Place"),
        queryset=Entity.objects.places(),
        to_field_name="slug",
        method="filter_place",
    )
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Kind"),
        choices=[(code, pages.EVENT_KINDS[code]) for code in EventKind.values],
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=[(code, pages.EVENT_STATUSES[code]) for code in EventStatus.values],
    )
    # Like the search page's: a day, a month (2016-03) or a year (2016).
    date_from = PeriodFilter(label=gettext_lazy("From"), field_name="date_best", lookup_expr="gte")
    date_to = PeriodFilter(
        label=gettext_lazy("To"), field_name="date_best", lookup_expr="lte", end=True
    )

    class Meta:
        model = Event
        fields = list(FILTER_NAMES)

    def filter_place(self, queryset, name, value):
        # A country stands for the places in it: «meetings in Egypt» includes Cairo.
        return queryset.filter(Q(place=value) | Q(place__country=value))


def _filter_errors(filterset: EventFilter) -> list[str]:
    messages = []
    for name, errors in filterset.form.errors.items():
        field = filterset.form.fields.get(name)
        label = str(field.label) if field is not None and field.label else name
        value = filterset.form.data.get(name, "")
        for error in errors:
            messages.append(
                _("%(filter)s «%(value)s» was ignored: %(error)s")
                % {"filter": label, "value": value, "error": error}
            )
    return messages


def _entity_order():
    return ("name_ar", "name") if pages.is_arabic() else ("name",)


def _filter_options() -> dict:
    """The choices the filter form offers: only entities that have events (3 queries)."""
    envoys = list(
        Entity.objects.envoys()
        .prefetch_related(
            Prefetch("roles", queryset=Role.objects.filter(is_envoy=True).order_by("start"))
        )
        .order_by(*_entity_order())
    )
    for envoy in envoys:
        spans = [
            f"{role.start.year if role.start else '?'}–{role.end.year if role.end else ''}"
            for role in envoy.roles.all()
        ]
        envoy.mandates = ", ".join(spans)
    participant_ids = Event.participants.through.objects.values("entity_id")
    participants = list(
        Entity.objects.filter(id__in=participant_ids)
        .only("slug", "name", "name_ar", "kind")
        .order_by(*_entity_order())
    )
    place_ids = Event.objects.filter(place__isnull=False).values("place_id")
    places = list(
        Entity.objects.filter(
            Q(id__in=place_ids)
            | Q(id__in=Entity.objects.filter(id__in=place_ids).values("country_id"))
        )
        .only("slug", "name", "name_ar", "kind", "subkind")
        .order_by(*_entity_order())
    )
    return {
        "envoys": envoys,
        "participants": participants,
        "places": places,
        "kinds": [(code, pages.EVENT_KINDS[code]) for code in EventKind.values],
        "statuses": [(code, pages.EVENT_STATUSES[code]) for code in EventStatus.values],
    }


def _active_filters(filterset: EventFilter, params) -> list[dict]:
    """The filters in force, each with a link that removes it."""
    filterset.is_valid()  # invalid fields are left out of cleaned_data
    cleaned = filterset.form.cleaned_data
    active = []
    for name in FILTER_NAMES:
        value = cleaned.get(name)
        if value in (None, ""):
            continue
        if isinstance(value, Entity):
            shown = pages.display_name(value)
        elif name == "kind":
            shown = pages.label(pages.EVENT_KINDS, value)
        elif name == "status":
            shown = pages.label(pages.EVENT_STATUSES, value)
        elif isinstance(value, date):
            shown = pages.format_day(value)
        else:
            shown = str(value)
        active.append(
            {
                "label": filterset.filters[name].label,
                "value": shown,
                "remove": pages.query_string(params, **{name: None, "page": None}),
            }
        )
    return active


def _timeline(events, params) -> str:
    rows = (
        events.filter(date_best__isnull=False)
        .order_by()
        .annotate(month=TruncMonth("date_best"))
        .values_list("month", "kind")
        .annotate(n=Count("id"))
    )
    buckets = buckets_from_rows([(month, kind, n) for month, kind, n in rows])
    if not buckets:
        return ""
    # Year buckets all start in January; consecutive month buckets cannot.
    by_year = len(buckets) > 1 and buckets[0].start.month == buckets[1].start.month == 1

    def period_end(bucket: Bucket) -> date:
        if by_year:
            return date(bucket.start.year, 12, 31)
        next_month = (
            date(bucket.start.year + 1, 1, 1)
            if bucket.start.month == 12
            else date(bucket.start.year, bucket.start.month + 1, 1)
        )
        return date.fromordinal(next_month.toordinal() - 1)

    def bar_label(bucket: Bucket) -> str:
        period = str(bucket.start.year) if by_year else pages.format_day(bucket.start, "month")
        counts = ", ".join(
            f"{pages.label(pages.EVENT_KINDS_PLURAL, kind)}: {count}"
            for kind, count in sorted(bucket.counts.items())
        )
        return f"{period} — {counts}"

    def bar_url(bucket: Bucket) -> str:
        return pages.query_string(
            params,
            date_from=bucket.start.isoformat(),
            date_to=period_end(bucket).isoformat(),
            page=None,
        )

    return histogram_svg(
        buckets,
        title=_("Events per year") if by_year else _("Events per month"),
        desc=_(
            "Bars count the dated events that match the filters, stacked by kind; "
            "a bar links to its period."
        ),
        bar_label=bar_label,
        bar_url=bar_url,
        id_prefix="events-histogram",
        rtl=pages.is_rtl(),
    )


def event_list(request):
    params = pages.clean_params(request.GET)
    filterset = EventFilter(params, queryset=Event.objects.all())
    errors = _filter_errors(filterset)
    events = filterset.qs
    # Links (pagination, chips, chart bars) carry only the parameters that were understood.
    for name in filterset.errors:
        params.pop(name, None)
    page = pages.paginate(
        events.select_related("place")
        .prefetch_related(Prefetch("participants", queryset=Entity.objects.order_by("name")))
        .order_by(F("date_best").desc(nulls_last=True), "-id"),
        params,
        EVENTS_PER_PAGE,
    )
    page.object_list = pages.describe_events(page.object_list)
    links = {}
    if page.has_previous():
        links["previous"] = pages.query_string(params, page=str(page.previous_page_number()))
    if page.has_next() and page.number < pages.MAX_PAGES:
        links["next"] = pages.query_string(params, page=str(page.next_page_number()))
    context = {
        "page": page,
        "page_links": links,
        "errors": errors,
        "current": {name: params.get(name, "") for name in FILTER_NAMES},
        "active": _active_filters(filterset, params),
        "timeline": mark_safe(_timeline(events, params)),  # noqa: S308 -- charts.py escapes
        **_filter_options(),
    }
    return render(request, "events/list.html", context)


def event_detail(request, event_id: int):
    event = get_object_or_404(
        Event.objects.select_related("place__country").prefetch_related(
            Prefetch(
                "participants",
                queryset=Entity.objects.order_by("kind", "name"),
            )
        ),
        pk=event_id,
    )
    pages.describe_events([event])
    reports = list(
        EventReport.objects.filter(event=event)
        .select_related("article__source")
        .defer(
            "article__raw_text",
            "article__body",
            "article__body_normalized",
            "article__search_vector",
        )
        .order_by(F("article__published_best").asc(nulls_last=True), "article_id", "sentence_start")
    )
    for report in reports:
        report.article.date = pages.article_date(report.article)
    context = {"event": event, "reports": reports, "summary": pages.event_summary(event)}
    return render(request, "events/detail.html", context)
