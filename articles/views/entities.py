"""Person, place and organization pages: who or what it is, a timeline of its meetings, the
people met most often, and the articles that mention it. A constant number of queries."""

from django.db.models import F, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from articles import pages
from articles.charts import TimelinePoint, timeline_svg
from articles.models import Article, Entity, Event, Role
from articles.models.entity import EntityKind

ARTICLES_PER_PAGE = 20
MAX_EVENTS_SHOWN = 200  # the timeline and the list; the events page has them all


def person_detail(request, slug: str):
    return _entity_detail(request, slug, EntityKind.PERSON)


def place_detail(request, slug: str):
    return _entity_detail(request, slug, EntityKind.PLACE)


def organization_detail(request, slug: str):
    return _entity_detail(request, slug, EntityKind.ORGANIZATION)


def _entity_detail(request, slug: str, kind: str):
    entity = get_object_or_404(Entity.objects.select_related("country"), slug=slug[:120])
    if entity.kind != kind:
        return redirect(entity.get_absolute_url())
    params = pages.clean_params(request.GET)

    roles = []
    office_holders = []
    if kind == EntityKind.PERSON:
        roles = list(
            Role.objects.filter(person=entity)
            .select_related("organization", "country")
            .order_by("start", "id")
        )
    elif kind == EntityKind.ORGANIZATION:
        office_holders = list(
            Role.objects.filter(organization=entity)
            .select_related("person", "country")
            .order_by("-start", "id")[:50]
        )
    is_envoy = any(role.is_envoy for role in roles)

    if kind == EntityKind.PLACE:
        # A country's page gathers the meetings in its cities too.
        events = Event.objects.filter(Q(place=entity) | Q(place__country=entity))
        events_link = reverse("events") + "?" + urlencode({"place": entity.slug})
    else:
        events = Event.objects.filter(participants=entity)
        events_link = reverse("events") + "?" + urlencode({"participant": entity.slug})
    shown = pages.describe_events(
        events.select_related("place")
        .prefetch_related(Prefetch("participants", queryset=Entity.objects.order_by("name")))
        .order_by(F("date_best").desc(nulls_last=True), "-id")[: MAX_EVENTS_SHOWN + 1]
    )
    more_events = len(shown) > MAX_EVENTS_SHOWN
    shown = shown[:MAX_EVENTS_SHOWN]
    undated = sum(1 for event in shown if event.date_best is None)
    name = pages.display_name(entity)
    chart = timeline_svg(
        [
            TimelinePoint(
                event.date_best,
                pages.event_summary(event),
                reverse("event", args=[event.id]),
                event.kind,
            )
            for event in shown
            if event.date_best
        ],
        title=_("Timeline of events: %(name)s") % {"name": name},
        desc=_("Each dot is one event on its estimated date; dots of nearby dates stack."),
        id_prefix="entity-timeline",
        rtl=pages.is_rtl(),
    )
    met = pages.met_most_often(events, exclude=entity if kind == EntityKind.PERSON else None)

    articles = (
        Article.objects.filter(entity_slugs__contains=[entity.slug])
        .select_related("source")
        .only(
            "id",
            "title",
            "body",
            "published_best",
            "published_earliest",
            "published_latest",
            "published_precision",
            "source__name",
        )
        .order_by(F("published_best").desc(nulls_last=True), "-id")
    )
    page = pages.paginate(articles, params, ARTICLES_PER_PAGE)
    for article in page.object_list:
        article.date = pages.article_date(article)

    filter_name = {
        EntityKind.PERSON: "envoy" if is_envoy else "person",
        EntityKind.PLACE: "place",
        EntityKind.ORGANIZATION: "organization",
    }[kind]
    context = {
        "entity": entity,
        "name": name,
        "other_name": entity.name if pages.is_arabic() else entity.name_ar,
        "kind_label": pages.label(pages.ENTITY_KINDS, kind),
        "subkind_label": pages.label(pages.SUBKINDS, entity.subkind) if entity.subkind else "",
        "roles": [_describe_role(role) for role in roles],
        "office_holders": [_describe_role(role) for role in office_holders],
        "is_envoy": is_envoy,
        "events": shown,
        "more_events": more_events,
        "undated": undated,
        "events_link": events_link,
        "timeline": mark_safe(chart),  # noqa: S308 -- charts.py escapes every text it writes
        "met": met,
        "page": page,
        "search_link": reverse("search") + "?" + urlencode({filter_name: entity.slug}),
        "meeting_search_link": (
            reverse("search") + "?" + urlencode({"meeting_place": entity.slug})
            if kind == EntityKind.PLACE
            else ""
        ),
        "page_links": _page_links(page, params),
    }
    return render(request, f"entities/{kind}.html", context)


def _describe_role(role: Role) -> Role:
    role.tenure = _tenure(role)
    return role


def _tenure(role: Role) -> str:
    start = pages.format_day(role.start) if role.start else "?"
    end = pages.format_day(role.end) if role.end else _("present")
    return f"{start} – {end}"


def _page_links(page, params) -> dict:
    links = {}
    if page.has_previous():
        links["previous"] = pages.query_string(params, page=str(page.previous_page_number()))
    if page.has_next() and page.number < pages.MAX_PAGES:
        links["next"] = pages.query_string(params, page=str(page.next_page_number()))
    return links
