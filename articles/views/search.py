"""The search page `/`: web-search syntax, filters with facet counts, relevance or date order,
capped pagination, CSV / JSON export of the results. All state lives in the URL.

A constant number of SQL queries per page, whatever the number of results (see
tests/test_search_view.py), each bounded (articles/querysets.py) and all of them under a
statement timeout, so a runaway query becomes a message rather than a stuck worker.
"""

import math
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.http import HttpResponse, JsonResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import render
from django.utils.formats import number_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from articles import pages, search_html
from articles.filters import ENTITY_FILTERS, ArticleFilter
from articles.models import Article
from articles.models.entity import EntityKind
from articles.models.event import EventKind
from articles.search_results import (
    COUNT_CAP,
    EXPORT_CAP,
    FACET_SAMPLE,
    FACET_VALUES,
    JSON_EXPORT_CAP,
    MAX_CARDS,
    MAX_PAGES,
    PAGE_SIZE,
    RANK_CANDIDATES,
    SearchPlan,
    build_plan,
    describe_results,
    entity_url,
    role_summary,
    stream_csv,
    stream_json,
)
from articles.text.query import MAX_QUERY_CHARS, MAX_TERMS

DEFAULT_STATEMENT_TIMEOUT_MS = 3000
MAX_PARAM_CHARS = 200
FILTERS = ("envoy", "person", "place", "meeting_place", "organization", "source", "kind")
MULTI_VALUED = ("person", "place", "meeting_place", "organization")
DATES = ("date_from", "date_to")
SORTS = ("relevance", "date", "-date")
FILTER_LABELS = {
    "envoy": gettext_lazy("Envoy"),
    "person": gettext_lazy("Person"),
    "place": gettext_lazy("Place mentioned"),
    "meeting_place": gettext_lazy("Meeting place"),
    "organization": gettext_lazy("Organization"),
    "source": gettext_lazy("Source"),
    "kind": gettext_lazy("Event kind"),
    "date_from": gettext_lazy("From"),
    "date_to": gettext_lazy("To"),
}
FACETS = (
    ("envoy", gettext_lazy("Envoys")),
    (EntityKind.PERSON, gettext_lazy("People")),
    (EntityKind.PLACE, gettext_lazy("Places mentioned")),
    ("meeting_place", gettext_lazy("Meeting places")),
    (EntityKind.ORGANIZATION, gettext_lazy("Organizations")),
    ("source", gettext_lazy("Sources")),
    ("kind", gettext_lazy("Event kinds")),
    ("year", gettext_lazy("Years")),
)
# The filter an entity kind's facet (and an entity card) sets.
FILTER_FOR_KIND = {
    EntityKind.PERSON: "person",
    EntityKind.PLACE: "place",
    EntityKind.ORGANIZATION: "organization",
}


class SearchTimeout(Exception):
    pass


def _timed_out(error: Exception) -> bool:
    cause = error.__cause__
    return getattr(cause, "sqlstate", None) == "57014" or type(cause).__name__ == "QueryCanceled"


@contextmanager
def search_transaction():
    """Run the search's queries in one transaction with `SET LOCAL statement_timeout` (a
    query cancelled by it raises SearchTimeout) and without sequential scans.

    Search vectors are ~4.6 KB, so PostgreSQL stores them out of line (TOAST), and a
    sequential scan that evaluates `search_vector @@ query` row by row reads every one of
    them; the planner prices `@@` as cheap and picks that scan for common words and for
    `text OR entity_slugs` conditions (measured at 30k articles: 420 ms for «Lavrov», 21 ms
    through the GIN indexes and a BitmapOr). Every search query here has an index to use.
    """
    milliseconds = int(
        getattr(settings, "SEARCH_STATEMENT_TIMEOUT_MS", DEFAULT_STATEMENT_TIMEOUT_MS)
    )
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SET LOCAL statement_timeout = {max(1, milliseconds)}; "
                    "SET LOCAL enable_seqscan = off"
                )
            yield
    except OperationalError as error:
        if _timed_out(error):
            raise SearchTimeout from error
        raise


def _clean_params(raw: QueryDict) -> QueryDict:
    """Without NUL bytes; q kept long enough to be cut (and said so) later, the rest cut."""
    cleaned = QueryDict(mutable=True)
    for key, values in raw.lists():
        key = key.replace("\x00", "")[:MAX_PARAM_CHARS]
        limit = MAX_QUERY_CHARS + 1 if key == "q" else MAX_PARAM_CHARS
        cleaned.setlist(key, [value.replace("\x00", " ")[:limit] for value in values[:20]])
    return cleaned


@dataclass
class State:
    """The search as URL parameters: the links on the page change one thing each."""

    pairs: list[tuple[str, str]]

    def url(self, pairs=None) -> str:
        pairs = self.pairs if pairs is None else pairs
        return "?" + urlencode(pairs) if pairs else "?"

    def _without(self, *names) -> list[tuple[str, str]]:
        return [(key, value) for key, value in self.pairs if key not in names and key != "page"]

    def adding(self, name: str, value: str) -> str:
        if name in MULTI_VALUED:
            pairs = [pair for pair in self.pairs if pair != (name, value) and pair[0] != "page"]
            return self.url([*pairs, (name, value)])
        return self.setting(name, value)

    def setting(self, name: str, value: str | None, **more: str | None) -> str:
        changes = {name: value, **more}
        pairs = self._without(*changes)
        return self.url(
            pairs + [(key, val) for key, val in changes.items() if val not in (None, "")]
        )

    def removing(self, name: str, value: str | None = None) -> str:
        pairs = [
            (key, val)
            for key, val in self.pairs
            if key != "page" and not (key == name and (value is None or val == value))
        ]
        return self.url(pairs)

    def page(self, number: int) -> str:
        return self.url(self._without() + ([("page", str(number))] if number > 1 else []))

    def export(self, fmt: str) -> str:
        return self.url(self._without() + [("format", fmt)])

    def values(self, name: str) -> list[str]:
        return [value for key, value in self.pairs if key == name]

    def has(self, name: str, value: str) -> bool:
        return (name, value) in self.pairs


@dataclass
class Search:
    """Everything the page shows."""

    query: str
    plan: SearchPlan
    state: State
    sort: str = "-date"
    notices: list[str] = field(default_factory=list)
    count: int = 0  # counted to COUNT_CAP + 1
    estimate: int | None = None  # the planner's, when the count reached its cap: may be low
    results: list = field(default_factory=list)
    facets: list = field(default_factory=list)
    facets_sampled: bool = False
    facet_sample: int = 0
    cards: list = field(default_factory=list)
    active: list = field(default_factory=list)
    page: int = 1
    pages: int = 0
    failed: bool = False

    @property
    def count_capped(self) -> bool:
        return self.count > COUNT_CAP

    @property
    def pages_capped(self) -> bool:
        """More articles match than the pages can reach (MAX_PAGES, RANK_CANDIDATES)."""
        return self.count > self.pages * PAGE_SIZE


def _notices_from_form(filterset: ArticleFilter) -> list[str]:
    form = filterset.form
    form.is_valid()
    notices = list(form.non_field_errors())
    for name, errors in form.errors.items():
        if name == "__all__":
            continue
        label = FILTER_LABELS.get(name, name)
        notices += [f"{label}: {error}" for error in errors]
    return notices


def _state(query: str, filterset: ArticleFilter, params: QueryDict, sort: str) -> State:
    """The valid part of the request, in a stable order, for every link on the page."""
    pairs: list[tuple[str, str]] = [("q", query)] if query else []
    active = filterset.active()
    for name in FILTERS:
        pairs += [(name, str(value)) for value in active.get(name, [])]
    for name in DATES:
        if name in active:
            pairs.append((name, params.get(name, "").strip()))
    if sort:
        pairs.append(("sort", sort))
    return State(pairs)


def _page_number(params: QueryDict, notices: list[str]) -> int:
    raw = params.get("page", "").strip()
    if not raw:
        return 1
    if not raw.isdigit() or len(raw) > 6 or int(raw) < 1:
        notices.append(
            _("“%(page)s” is not a page number: showing the first page.") % {"page": raw[:20]}
        )
        return 1
    return int(raw)


def _active_filters(search: Search, filterset: ArticleFilter) -> list[dict]:
    entities = filterset.entities
    envoys = {envoy.slug: envoy for envoy in filterset.envoys}
    chips = []
    for key, value in search.state.pairs:
        if key not in FILTER_LABELS:
            continue
        if key in ENTITY_FILTERS:
            entity = entities.get(value)
            envoy = envoys.get(value)
            if entity is not None:
                name = pages.display_name(entity)
            elif envoy is not None:
                name = envoy.name_ar if pages.is_arabic() and envoy.name_ar else envoy.name
            else:
                name = value
        elif key == "kind":
            name = pages.label(pages.EVENT_KINDS, value)
        else:
            name = value
        chips.append(
            {
                "filter": FILTER_LABELS[key],
                "name": name,
                "remove_url": search.state.removing(key, value),
            }
        )
    return chips


def _cards(search: Search, envoy_slugs: set[str]) -> list[dict]:
    cards = []
    whole_query = len(search.plan.positive_units) == 1 and len(search.plan.units) == 1
    for entity in search.plan.entities[:MAX_CARDS]:
        name = "envoy" if entity.slug in envoy_slugs else FILTER_FOR_KIND[entity.kind]
        # A query that is only this name becomes the filter; otherwise the filter narrows it.
        dropped = {("q", search.query), ("sort", "relevance")} if whole_query else set()
        base = State([pair for pair in search.state.pairs if pair not in dropped])
        arabic = pages.is_arabic() and entity.name_ar
        cards.append(
            {
                "entity": entity,
                "name": entity.name_ar if arabic else entity.name,
                "other_name": entity.name if arabic else entity.name_ar,
                "other_lang": "en" if arabic else "ar",
                "kind": pages.label(pages.ENTITY_KINDS, entity.kind),
                "subkind": pages.label(pages.SUBKINDS, entity.subkind) if entity.subkind else "",
                "envoy": entity.slug in envoy_slugs,
                "roles": role_summary(entity) if entity.kind == EntityKind.PERSON else [],
                "url": entity_url(entity),
                "filter_url": base.adding(name, entity.slug),
                "filtered": search.state.has(name, entity.slug),
            }
        )
    return cards


def _facets(search: Search, rows: list[tuple]) -> None:
    """Facet groups for the template; counts estimated from the sample when it is partial."""
    sample = next((n for facet, _v, n, _a, _b in rows if facet == "total"), 0)
    search.facet_sample = sample
    total = max(search.count, search.estimate or 0)
    search.facets_sampled = total > sample > 0
    scale = total / sample if search.facets_sampled else 1
    by_facet: dict[str, list] = {}
    for facet, value, n, name, name_ar in rows:
        by_facet.setdefault(facet, []).append((value, n, name, name_ar))
    groups = []
    for facet, title in FACETS:
        items = []
        values = by_facet.get(facet, [])
        if facet == "year":
            values = sorted(values, key=lambda row: row[0], reverse=True)
        else:
            values = sorted(values, key=lambda row: (-row[1], row[2] or row[0]))
        for value, n, name, name_ar in values:
            filter_name = FILTER_FOR_KIND.get(facet, facet)
            if facet == "year":
                label = value
                active = search.state.values("date_from") == [value] and search.state.values(
                    "date_to"
                ) == [value]
                url = (
                    search.state.setting("date_from", None, date_to=None)
                    if active
                    else search.state.setting("date_from", value, date_to=value)
                )
            else:
                if facet == "kind":
                    label = pages.label(pages.EVENT_KINDS, value)
                elif name_ar and pages.is_arabic():
                    label = name_ar
                else:
                    label = name or value
                active = search.state.has(filter_name, value)
                url = (
                    search.state.removing(filter_name, value)
                    if active
                    else search.state.adding(filter_name, value)
                )
            items.append(
                {
                    "value": value,
                    "label": label,
                    "count": max(1, round(n * scale)) if search.facets_sampled else n,
                    "active": active,
                    "url": url,
                }
            )
        if items:
            shown = items[:FACET_VALUES]
            groups.append(
                {
                    "name": facet,
                    "title": title,
                    "items": shown,
                    "items_html": search_html.facet_items(shown, search.facets_sampled),
                }
            )
    search.facets = groups


def _ordered(articles, search: Search, rank_tsquery: str | None, candidates: int):
    if search.sort == "relevance" and rank_tsquery:
        return articles.ranked(rank_tsquery, candidates)
    return articles.by_date(newest_first=search.sort != "date")


def _export_response(fmt: str, search: Search, ids: list[int], capped: bool, filterset):
    if fmt == "csv":
        response = StreamingHttpResponse(stream_csv(ids), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="archive-search.csv"'
        return response
    header = {
        "query": search.query,
        "filters": {
            name: [str(value) for value in values] for name, values in filterset.active().items()
        },
        "sort": search.sort,
        "count": len(ids),
        "capped": capped,  # more articles matched than the export holds
        "cap": JSON_EXPORT_CAP,
        "notices": [str(notice) for notice in search.notices],
    }
    response = StreamingHttpResponse(
        stream_json(ids, header), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="archive-search.json"'
    return response


def search(request):
    params = _clean_params(request.GET)
    notices: list[str] = []
    query = params.get("q", "")
    if len(query) > MAX_QUERY_CHARS:
        notices.append(
            _("The query was cut to its first %(count)s characters.")
            % {"count": number_format(MAX_QUERY_CHARS)}
        )
        query = query[:MAX_QUERY_CHARS]
    query = " ".join(query.split())
    fmt = params.get("format", "")
    if fmt not in ("", "csv", "json"):
        notices.append(_("Unknown export format “%(format)s”.") % {"format": fmt[:20]})
        fmt = ""
    sort = params.get("sort", "")
    if sort not in ("", *SORTS):
        notices.append(_("Unknown sort order “%(sort)s”: using the default.") % {"sort": sort[:20]})
        sort = ""
    page = _page_number(params, notices)

    filterset = ArticleFilter(params, queryset=Article.objects.all())
    search = Search(query=query, plan=SearchPlan(query, []), state=State([]), notices=notices)
    try:
        with search_transaction():
            notices += _notices_from_form(filterset)
            search.state = _state(query, filterset, params, sort)
            search.plan = build_plan(query) if query else SearchPlan(query, [])
            if search.plan.truncated:
                notices.append(
                    _("Only the first %(count)d words were searched.") % {"count": MAX_TERMS}
                )
            articles = filterset.qs
            condition = search.plan.condition()
            if condition is not None:
                articles = articles.filter(condition)
            rank_tsquery = search.plan.rank_tsquery()
            search.sort = sort or ("relevance" if rank_tsquery else "-date")
            if search.sort == "relevance" and not rank_tsquery:
                notices.append(_("Sorting by relevance needs search words: sorted by date."))
                search.sort = "-date"
            envoy_slugs = {envoy.slug for envoy in filterset.envoys}

            if fmt:
                cap = EXPORT_CAP if fmt == "csv" else JSON_EXPORT_CAP
                ordered = _ordered(articles, search, rank_tsquery, cap)
                ids = list(ordered.values_list("id", flat=True)[: cap + 1])
                return _export_response(fmt, search, ids[:cap], len(ids) > cap, filterset)

            ranking = search.sort == "relevance"
            # A sampled index scan pays when one index entry holds many articles; the
            # planner's estimate says so (and is the count shown when it is capped).
            planned = None
            if search.plan.one_entry and not filterset.active():
                planned = articles.estimated_count()
            overview = articles.overview(
                count_cap=COUNT_CAP,
                candidates=RANK_CANDIDATES if ranking else 0,
                sample=FACET_SAMPLE,
                envoy_slugs=envoy_slugs,
                per_facet=FACET_VALUES,
                one_entry_estimate=planned,
            )
            search.count = overview.count
            if search.count_capped:
                search.estimate = articles.estimated_count() if planned is None else planned
            reachable = min(max(search.count, search.estimate or 0), MAX_PAGES * PAGE_SIZE)
            if ranking:
                reachable = min(reachable, RANK_CANDIDATES)
            search.pages = math.ceil(reachable / PAGE_SIZE)
            if page > max(search.pages, 1):
                if search.pages_capped:
                    notices.append(
                        _("Only the first %(count)d pages can be shown: add words or filters.")
                        % {"count": search.pages}
                    )
                elif search.count:
                    notices.append(
                        _("There is no page %(page)d: showing the last one.") % {"page": page}
                    )
                page = max(search.pages, 1)
            search.page = page
            if search.count:
                offset = (page - 1) * PAGE_SIZE
                if ranking:
                    ranked = Article.objects.ranked_ids(overview.candidate_ids, rank_tsquery)
                    rows = list(ranked.for_listing()[offset : offset + PAGE_SIZE])
                else:
                    rows = articles.page_by_date(
                        newest_first=search.sort != "date",
                        offset=offset,
                        size=PAGE_SIZE,
                        counted=None if search.count_capped else search.count,
                        estimate=search.estimate,
                    )
                search.results = describe_results(
                    rows, search.plan.highlight_phrases(), envoy_slugs
                )
                _facets(search, overview.facet_rows)
            search.cards = _cards(search, envoy_slugs)
            search.active = _active_filters(search, filterset)
    except SearchTimeout:
        message = _(
            "This search took too long and was stopped. Try more specific words, a phrase, "
            "or a filter (a person, a place, a date range)."
        )
        if fmt == "json":
            return JsonResponse({"error": message}, status=503)
        if fmt == "csv":
            return HttpResponse(message, status=503, content_type="text/plain; charset=utf-8")
        search.failed = True
        search.results, search.facets, search.count = [], [], 0
        notices.append(message)

    return render(request, "articles/search.html", _context(search, filterset))


def _context(search: Search, filterset: ArticleFilter) -> dict:
    state = search.state
    window = range(max(1, search.page - 2), min(search.pages, search.page + 2) + 1)
    sorts = [
        ("relevance", _("relevance")),
        ("-date", _("newest first")),
        ("date", _("oldest first")),
    ]
    words = search.plan.positive_units
    return {
        "search": search,
        "query": search.query,
        "notices": search.notices,
        "results": search.results,
        "count_label": _count_label(search),
        "envoys": filterset.envoys,
        "event_kinds": [
            (value, pages.label(pages.EVENT_KINDS, value)) for value in EventKind.values
        ],
        "selected": {
            "envoy": (state.values("envoy") or [""])[0],
            "kind": (state.values("kind") or [""])[0],
            "date_from": (state.values("date_from") or [""])[0],
            "date_to": (state.values("date_to") or [""])[0],
        },
        "hidden_filters": [
            (key, value) for key, value in state.pairs if key in MULTI_VALUED or key == "source"
        ],
        "sorts": [
            {
                "value": value,
                "label": label,
                "url": state.setting("sort", value),
                "current": value == search.sort,
            }
            for value, label in sorts
            if value != "relevance" or search.plan.positive_units
        ],
        "page_numbers": [(number, state.page(number)) for number in window],
        "first_url": state.page(1) if search.page > 3 else None,
        "last_url": state.page(search.pages) if search.page + 2 < search.pages else None,
        "previous_url": state.page(search.page - 1) if search.page > 1 else None,
        "next_url": state.page(search.page + 1) if search.page < search.pages else None,
        "csv_url": state.export("csv"),
        "json_url": state.export("json"),
        "csv_cap": number_format(EXPORT_CAP, force_grouping=True),
        "json_cap": number_format(JSON_EXPORT_CAP, force_grouping=True),
        "clear_filters_url": state.url([pair for pair in state.pairs if pair[0] in ("q", "sort")]),
        "any_word_url": (
            state.setting("q", " OR ".join(unit.entries[0].text for unit in words))
            if len(words) > 1
            and all(len(unit.entries) == 1 for unit in words)
            and len(search.plan.units) == len(words)
            else None
        ),
        "sort_param": (state.values("sort") or [""])[0],
        "options_open": sum(
            1 for key, _value in state.pairs if key in ("envoy", "kind", "sort", *DATES)
        ),
        "max_pages": MAX_PAGES,
        "page_size": PAGE_SIZE,
    }


def _count_label(search: Search) -> str:
    if search.failed:
        return ""
    if search.count_capped:
        # The planner's estimate is close for words and for one filter, but low for phrases
        # and for filters that go together (an envoy and the places of the mandate).
        if search.estimate and search.estimate > 2 * COUNT_CAP and not search.plan.has_phrase:
            return _("About %(count)s articles") % {
                "count": number_format(_two_significant(search.estimate), force_grouping=True)
            }
        return _("More than %(count)s articles") % {
            "count": number_format(COUNT_CAP, force_grouping=True)
        }
    return ngettext("%(count)s article", "%(count)s articles", search.count) % {
        "count": number_format(search.count, force_grouping=True)
    }


def _two_significant(number: int) -> int:
    """92,000 for 91,671: an estimate shown with more digits would claim a precision it lacks."""
    magnitude = 10 ** max(0, len(str(number)) - 2)
    return round(number / magnitude) * magnitude
