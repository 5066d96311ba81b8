"""Clean and analyse one raw article into the row that will be stored. No Django.

Runs in worker processes, so it takes and returns plain data; the gazetteer is handed over
before the workers fork (`use_gazetteer`).
"""

import calendar
import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import date

from articles.ingest.readers import RawArticle, Rejection
from articles.text.analysis import (
    ArticleAnalysis,
    ArticleArrays,
    analyse_article,
    article_arrays,
)
from articles.text.arabic import normalize, tsvector_literal
from articles.text.cleaning import Removed, clean_article
from articles.text.date_lines import date_line_day, dateline_day
from articles.text.dates import DateEstimate, estimate_publication

MAX_TITLE_CHARS = 500
MAX_DATELINE_CHARS = 200  # Article.dateline
_METADATA_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")


logger = logging.getLogger(__name__)
STATED_EVIDENCE_PREFIX = "stated by the input file"
# The gazetteer the workers link against; set in the parent before they fork.
_gazetteer = None


def default_workers() -> int:
    """Analysis processes: one a core, at most two (PostgreSQL needs a core too)."""
    return max(1, min(2, os.cpu_count() or 1))


def use_gazetteer(loaded) -> None:
    global _gazetteer
    _gazetteer = loaded


@dataclass(frozen=True)
class PreparedArticle:
    title: str
    source_name: str
    url: str
    file_name: str
    raw_text: str
    body: str
    body_normalized: str
    dateline: str
    removed_json: str
    content_hash: str
    published: DateEstimate
    search_vector: str
    warnings: tuple[str, ...]
    analysis: ArticleAnalysis | None = None
    entity_slugs: tuple[str, ...] = ()
    meeting_place_slugs: tuple[str, ...] = ()
    event_kinds: tuple[str, ...] = ()


def search_vector(title: str, dateline: str, normalized_body: str) -> str:
    """The article's tsvector literal. The dateline too: cleaning took it out of the body, and
    a relink finds the articles that may name a place through this vector."""
    text = "\n".join((normalize(title), normalize(dateline), normalized_body))
    return tsvector_literal(text, normalized=True)


def content_hash(normalized_body: str) -> str:
    """Same text, same hash: whitespace and spelling variants the normaliser folds don't count."""
    canonical = " ".join(normalized_body.split())  # str.split's whitespace is regex \s
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def published_from_metadata(value: str) -> DateEstimate | None:
    """The date a JSONL/CSV `published` field states, as an interval; None if unparseable."""
    match = _METADATA_DATE_RE.match(value.strip())
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if day is not None:
            earliest = latest = date(year, month, day)
            precision = "day"
        elif month is not None:
            earliest = date(year, month, 1)
            latest = date(year, month, calendar.monthrange(year, month)[1])
            precision = "month"
        else:
            earliest, latest = date(year, 1, 1), date(year, 12, 31)
            precision = "year"
    except ValueError:
        return None
    best = earliest + (latest - earliest) / 2
    evidence = (f"{STATED_EVIDENCE_PREFIX}: {value.strip()}",)
    return DateEstimate(earliest, latest, best, precision, evidence)


def published_from_date_line(removed: tuple[Removed, ...]) -> DateEstimate | None:
    """The day of the date line cleaning took out («05 مارس 2019»): the page's publication."""
    for item in removed:
        if item.kind == "date" and (day := date_line_day(item.text)) is not None:
            evidence = f"{STATED_EVIDENCE_PREFIX}: the date line «{item.text}»"
            return DateEstimate(day, day, day, "day", (evidence,))
        if item.kind == "dateline" and (day := dateline_day(item.text)) is not None:
            evidence = f"{STATED_EVIDENCE_PREFIX}: the dateline «{item.text}»"
            return DateEstimate(day, day, day, "day", (evidence,))
    return None


def prepare(raw: RawArticle) -> PreparedArticle | Rejection:
    cleaned = clean_article(raw.text, title=raw.title)
    body = cleaned.body
    if not body.strip():
        return Rejection(raw.file_name, "no article text after cleaning")
    body_normalized = normalize(body)
    warnings = list(raw.warnings)
    stated = None
    if raw.published:
        stated = published_from_metadata(raw.published)
        if stated is None:
            warnings.append(f"ignored 'published': not a date ({raw.published[:40]!r})")
    stated = stated or published_from_date_line(cleaned.removed)
    analysis = None
    arrays = None
    # The title as stored, so that a relink reads the very headline ingestion read.
    title = (cleaned.title or "").strip()[:MAX_TITLE_CHARS]
    dateline = (cleaned.dateline or "")[:MAX_DATELINE_CHARS]  # as stored, for its mentions
    if _gazetteer is not None:
        analysis = analyse_article(_gazetteer, body, dateline, stated, title)
        arrays = article_arrays(analysis, _gazetteer.ids)
        published = analysis.published
    else:
        published = estimate_publication(body, [], stated=stated)
    removed = [
        {"kind": item.kind, "text": item.text, "line": item.line} for item in cleaned.removed
    ]
    return PreparedArticle(
        title=title,
        source_name=(raw.source or cleaned.source_tag or "").strip()[:200],
        url=raw.url,
        file_name=raw.file_name[:500],
        raw_text=raw.text,
        body=body,
        body_normalized=body_normalized,
        dateline=dateline,
        removed_json=json.dumps(removed, ensure_ascii=False),
        content_hash=content_hash(body_normalized),
        published=published,
        search_vector=search_vector(title, dateline, body_normalized),
        warnings=tuple(warnings),
        analysis=analysis,
        entity_slugs=tuple(arrays.entity_slugs) if arrays else (),
        meeting_place_slugs=tuple(arrays.meeting_place_slugs) if arrays else (),
        event_kinds=tuple(arrays.event_kinds) if arrays else (),
    )


def prepare_many(raws: list[RawArticle]) -> list[PreparedArticle | Rejection]:
    prepared = []
    for raw in raws:
        try:
            prepared.append(prepare(raw))
        except Exception as error:  # a bug met on one article must not stop the others
            logger.exception("could not prepare %s", raw.file_name)
            reason = f"could not be analysed ({type(error).__name__}: {error}); please report it"
            prepared.append(Rejection(raw.file_name, reason))
    return prepared


def analyse_row(row: tuple) -> tuple:
    """Relink one stored article: (id, body, dateline, stated date, title) → (id, analysis,
    arrays).

    Without a gazetteer the date is still estimated from the text."""
    article_id, body, dateline, stated, title = row
    if _gazetteer is None:
        published = estimate_publication(body, [], stated=stated)
        analysis = ArticleAnalysis((), (), published, (), ())
        return article_id, analysis, ArticleArrays([], [], [])
    analysis = analyse_article(_gazetteer, body, dateline or "", stated, title or "")
    return article_id, analysis, article_arrays(analysis, _gazetteer.ids)
