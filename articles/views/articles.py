"""The article page: the text as published with its people, places, organizations and the
evidence of the events it reports marked; its date with the reasoning; what cleaning
removed; other articles reporting the same events."""

from django.db.models import F, Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from articles import pages
from articles.models import Article, Entity, EventReport, Mention
from articles.text.markup import EntitySpan, HighlightSpan, render_body, render_line

MAX_OTHER_REPORTS = 50


def article_detail(request, article_id: int):
    article = get_object_or_404(
        Article.objects.select_related("source").defer(
            "raw_text", "body_normalized", "search_vector"
        ),
        pk=article_id,
    )
    mentions = list(
        Mention.objects.filter(article=article)
        .select_related("entity")
        .only(
            "part",
            "start",
            "end",
            "surface",
            "article_id",
            "entity__slug",
            "entity__kind",
            "entity__name",
            "entity__name_ar",
        )
        .order_by("start")
    )
    reports = list(
        EventReport.objects.filter(article=article)
        .select_related("event__place")
        .prefetch_related(Prefetch("event__participants", queryset=Entity.objects.order_by("name")))
        .order_by("sentence_start", "event_id")
    )
    events = pages.describe_events(report.event for report in reports)
    for report in reports:
        report.summary = pages.event_summary(report.event)

    spans = {part: [] for part in Mention.Part.values}
    for m in mentions:
        spans[m.part].append(
            EntitySpan(
                m.start,
                m.end,
                m.entity.get_absolute_url(),
                m.entity.kind,
                pages.display_name(m.entity),
            )
        )
    body_html = render_body(
        article.body,
        entities=spans[Mention.Part.BODY],
        highlights=[
            HighlightSpan(r.sentence_start, r.sentence_end, str(r.id), r.summary) for r in reports
        ],
    )

    event_ids = {event.id for event in events}
    other_reports = list(
        EventReport.objects.filter(event_id__in=event_ids)
        .exclude(article=article)
        .select_related("article__source")
        .only(
            "event_id",
            "sentence",
            "article__id",
            "article__title",
            "article__published_best",
            "article__published_earliest",
            "article__published_latest",
            "article__published_precision",
            "article__source__name",
        )
        .order_by("event_id", F("article__published_best").asc(nulls_last=True), "article_id")[
            :MAX_OTHER_REPORTS
        ]
        if event_ids
        else []
    )
    by_event = {event.id: event for event in events}
    other_by_event: dict[int, dict] = {}
    for report in other_reports:
        report.article.date = pages.article_date(report.article)
        entry = other_by_event.setdefault(
            report.event_id, {"event": by_event[report.event_id], "reports": []}
        )
        entry["reports"].append(report)

    people, places, organizations = {}, {}, {}
    groups = {"person": people, "place": places, "organization": organizations}
    for mention in mentions:
        group = groups.get(mention.entity.kind)
        if group is not None:
            entry = group.setdefault(mention.entity.slug, {"entity": mention.entity, "count": 0})
            entry["count"] += 1

    removed = [
        {
            "kind": pages.label(pages.REMOVED_KINDS, item.get("kind", "")),
            "text": item.get("text", ""),
            "line": item.get("line"),
        }
        for item in article.removed or []
        if isinstance(item, dict)
    ]
    context = {
        "article": article,
        "date": pages.article_date(article),
        # render_body and render_line escape every piece of article text; their only markup
        # is their own.
        "body_html": mark_safe(body_html),  # noqa: S308
        "title_html": mark_safe(render_line(article.title, spans[Mention.Part.TITLE])),  # noqa: S308
        "dateline_html": mark_safe(  # noqa: S308
            render_line(article.dateline, spans[Mention.Part.DATELINE])
        ),
        "reports": reports,
        "other_reports": list(other_by_event.values()),
        "people": sorted(people.values(), key=lambda e: -e["count"]),
        "places": sorted(places.values(), key=lambda e: -e["count"]),
        "organizations": sorted(organizations.values(), key=lambda e: -e["count"]),
        "removed": removed,
    }
    return render(request, "articles/article.html", context)
