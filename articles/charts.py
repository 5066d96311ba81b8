"""Server-rendered SVG charts: no JavaScript, no library, every text escaped.

`timeline_svg` puts events on a time axis, one dot each (a person's, a place's meetings);
`histogram_svg` counts events per month or year, stacked by kind (the events page). Both
take already translated labels, so this module knows nothing of languages; `rtl` mirrors
the time axis so that time runs the way the page reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from html import escape

KIND_ORDER = ("meeting", "phone_call", "visit", "conference", "statement")


def _e(value: object) -> str:
    return escape(str(value), quote=True)


@dataclass(frozen=True)
class TimelinePoint:
    day: date
    label: str
    url: str = ""
    kind: str = "meeting"


@dataclass
class _Frame:
    """Maps days to x coordinates over whole years."""

    first_year: int
    last_year: int
    width: int
    margin: int
    rtl: bool
    left: float = field(init=False)
    right: float = field(init=False)

    def __post_init__(self) -> None:
        self.left = self.margin
        self.right = self.width - self.margin
        self.start = date(self.first_year, 1, 1).toordinal()
        self.end = date(self.last_year + 1, 1, 1).toordinal()

    def x(self, day: date) -> float:
        share = (day.toordinal() - self.start) / max(1, self.end - self.start)
        position = self.left + share * (self.right - self.left)
        return self.width - position if self.rtl else position

    def year_step(self) -> int:
        years = self.last_year - self.first_year + 1
        for step in (1, 2, 5, 10, 20, 50):
            if years / step <= 12:
                return step
        return 100


def _open_svg(
    width: int, height: int, title: str, desc: str, id_prefix: str, css_class: str
) -> list[str]:
    return [
        f'<svg class="chart {css_class}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMidYMid meet" '
        f'role="group" aria-labelledby="{id_prefix}-title {id_prefix}-desc" direction="ltr">',
        f'<title id="{id_prefix}-title">{_e(title)}</title>',
        f'<desc id="{id_prefix}-desc">{_e(desc)}</desc>',
    ]


def _year_axis(frame: _Frame, baseline: float, parts: list[str]) -> None:
    parts.append(
        f'<line class="axis" x1="{frame.left}" y1="{baseline}" x2="{frame.right}" y2="{baseline}"/>'
    )
    step = frame.year_step()
    for year in range(frame.first_year, frame.last_year + 2):
        if (year - frame.first_year) % step:
            continue
        x = round(frame.x(date(year, 1, 1)), 1)
        parts.append(f'<line class="tick" x1="{x}" y1="{baseline}" x2="{x}" y2="{baseline + 5}"/>')
        if year <= frame.last_year:
            middle = min(date(year, 7, 1), date(frame.last_year, 12, 31))
            label_x = round(frame.x(middle), 1) if step == 1 else x
            parts.append(
                f'<text class="tick-label" x="{label_x}" y="{baseline + 18}" '
                f'text-anchor="middle">{year}</text>'
            )


def timeline_svg(
    points: Sequence[TimelinePoint],
    *,
    title: str,
    desc: str,
    id_prefix: str = "timeline",
    rtl: bool = False,
    width: int = 720,
    max_stack: int = 12,
) -> str:
    """One dot per dated event on a year axis; dots that would touch stack upwards."""
    dated = sorted((p for p in points if p.day), key=lambda p: p.day)
    if not dated:
        return ""
    frame = _Frame(dated[0].day.year, dated[-1].day.year, width, 28, rtl)
    radius, gap = 5, 12
    columns: dict[int, list[TimelinePoint]] = {}
    for point in dated:
        columns.setdefault(round(frame.x(point.day) / gap), []).append(point)
    tallest = min(max(len(column) for column in columns.values()), max_stack)
    height = 44 + tallest * gap + 8
    baseline = height - 26
    parts = _open_svg(width, height, title, desc, id_prefix, "timeline")
    _year_axis(frame, baseline, parts)
    for column in columns.values():
        for level, point in enumerate(column):
            if level == max_stack:
                x = round(frame.x(point.day), 1)
                y = baseline - 8 - level * gap
                parts.append(
                    f'<text class="overflow" x="{x}" y="{y + 4}" text-anchor="middle">'
                    f"+{len(column) - max_stack}</text>"
                )
                break
            x = round(frame.x(point.day), 1)
            y = baseline - 8 - level * gap
            dot = (
                f'<circle class="dot kind-{_e(point.kind)}" cx="{x}" cy="{y}" r="{radius}">'
                f"<title>{_e(point.label)}</title></circle>"
            )
            if point.url:
                dot = f'<a href="{_e(point.url)}" aria-label="{_e(point.label)}">{dot}</a>'
            parts.append(dot)
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class Bucket:
    """Events in one month or year: `start` is its first day, `counts` by kind."""

    start: date
    counts: dict[str, int]
    label: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def buckets_from_rows(rows: Sequence[tuple[date, str, int]], max_months: int = 72) -> list[Bucket]:
    """(month, kind, count) rows → consecutive month buckets, or year buckets when the span
    is longer than `max_months`; empty periods included so the axis is even."""
    if not rows:
        return []
    months = sorted({(day.year, day.month) for day, _kind, _count in rows})
    first, last = months[0], months[-1]
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    by_year = span > max_months
    counts: dict[date, dict[str, int]] = {}
    for day, kind, count in rows:
        key = date(day.year, 1, 1) if by_year else date(day.year, day.month, 1)
        counts.setdefault(key, {})
        counts[key][kind] = counts[key].get(kind, 0) + count
    buckets = []
    if by_year:
        for year in range(first[0], last[0] + 1):
            start = date(year, 1, 1)
            buckets.append(Bucket(start, counts.get(start, {}), str(year)))
    else:
        year, month = first
        while (year, month) <= last:
            start = date(year, month, 1)
            buckets.append(Bucket(start, counts.get(start, {}), f"{year}-{month:02d}"))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return buckets


def histogram_svg(
    buckets: Sequence[Bucket],
    *,
    title: str,
    desc: str,
    bar_label: Callable[[Bucket], str],
    bar_url: Callable[[Bucket], str] | None = None,
    id_prefix: str = "histogram",
    rtl: bool = False,
    width: int = 720,
    height: int = 160,
) -> str:
    """Stacked bars, one per bucket, coloured by event kind; a bar links to its period."""
    if not buckets:
        return ""
    margin, top, bottom = 28, 12, 28
    plot_width = width - 2 * margin
    plot_height = height - top - bottom
    baseline = height - bottom
    tallest = max(bucket.total for bucket in buckets) or 1
    slot = plot_width / len(buckets)
    bar = max(1.0, slot * 0.8)
    parts = _open_svg(width, height, title, desc, id_prefix, "histogram")
    parts.append(
        f'<line class="axis" x1="{margin}" y1="{baseline}" x2="{width - margin}" y2="{baseline}"/>'
    )
    parts.append(
        f'<text class="tick-label" x="{margin - 4}" y="{top + 4}" text-anchor="end">'
        f"{tallest}</text>"
    )
    label_every = max(1, round(len(buckets) / 10))
    for index, bucket in enumerate(buckets):
        left = margin + index * slot + (slot - bar) / 2
        if rtl:
            left = width - left - bar
        left = round(left, 1)
        pieces = []
        y = float(baseline)
        kinds = [k for k in KIND_ORDER if bucket.counts.get(k)] + sorted(
            k for k in bucket.counts if k not in KIND_ORDER and bucket.counts[k]
        )
        for kind in kinds:
            h = bucket.counts[kind] / tallest * plot_height
            y -= h
            pieces.append(
                f'<rect class="bar kind-{_e(kind)}" x="{left}" y="{round(y, 1)}" '
                f'width="{round(bar, 1)}" height="{round(h, 1)}"/>'
            )
        if pieces:
            label = _e(bar_label(bucket))
            group = f"<g><title>{label}</title>{''.join(pieces)}</g>"
            if bar_url:
                group = f'<a href="{_e(bar_url(bucket))}" aria-label="{label}">{group}</a>'
            parts.append(group)
        if index % label_every == 0:
            center = round(left + bar / 2, 1)
            parts.append(
                f'<text class="tick-label" x="{center}" y="{baseline + 16}" '
                f'text-anchor="middle">{_e(bucket.label)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
