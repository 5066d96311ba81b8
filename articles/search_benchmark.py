"""Search benchmark: server time of the search page beside the bare SQL of the same queries.

`manage.py benchmark search --articles N` ingests N synthetic articles (with linking) into a
scratch database, picks its queries from what was stored (the most frequent words, words
found in a handful of articles, phrases taken from articles, the names of the most mentioned
entities, and filters on the most frequent envoy, meeting place, person and years), then
requests each page through Django's test client — middleware, view, template and all — and
times the SQL statements that request ran, executed again on their own. The ratio of the two
says how much of a page is Python.

`--keep` leaves the database in place and `--database NAME` measures one kept earlier, so
the queries can be re-measured after a change without ingesting again.
"""

import re
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from articles.bench_corpus_files import write_corpus
from articles.benchmarks import ingest_in_child
from articles.models import Alias, Article, Entity
from articles.scratch import scratch_database
from articles.text.arabic import tokens

SCRATCH_NAME = "diplomacy_search_benchmark"
TARGET_P50_MS = 50
TARGET_P95_MS = 150
_LETTERS_RE = re.compile(r"[\u0621-\u064A]+")
# Transaction control, replaced by the replay's own transaction (the SET LOCAL planner
# settings a request makes are replayed with its queries).
_SETUP_PREFIXES = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE SAVEPOINT")


@dataclass
class Case:
    category: str
    label: str
    params: list[tuple[str, str]]
    page_ms: list[float] = field(default_factory=list)
    sql_ms: list[float] = field(default_factory=list)
    statements: int = 0
    count_label: str = ""

    @property
    def url(self) -> str:
        return "/?" + urlencode(self.params)


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..1) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


# -- The database --------------------------------------------------------------------------


def _ingest(articles: int, write) -> None:
    with tempfile.TemporaryDirectory(prefix="diplomacy-search-bench-") as scratch:
        corpus = Path(scratch) / "corpus"
        corpus.mkdir()
        started = time.perf_counter()
        written = write_corpus(corpus, articles)
        write(
            f"corpus: {articles} synthetic articles, {written['bytes'] / 1e6:.1f} MB, "
            f"generated in {time.perf_counter() - started:.1f} s"
        )
        call_command("loaddata", "gazetteer", verbosity=0)
        ingested, _report = ingest_in_child("with linking", corpus, None, "no")
        write(f"ingested with linking in {ingested.seconds:.0f} s")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def _use_existing(name: str) -> None:
    connection.close()
    connection.settings_dict["NAME"] = name


# -- The queries ---------------------------------------------------------------------------


def _sample_words(sample_every: int) -> list[tuple[str, int]]:
    """Lexemes of a sample of the articles with the number of sampled articles holding them."""
    table = Article._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word, ndoc FROM ts_stat(%s) WHERE length(word) >= 4 ORDER BY ndoc DESC, word",
            [f"SELECT search_vector FROM {table} WHERE id % {sample_every} = 0"],
        )
        return cursor.fetchall()


def _phrases(count: int) -> list[str]:
    """Runs of two or three words taken from stored articles, spread over the archive."""
    total = Article.objects.count()
    step = max(1, total // (count * 3))
    phrases: list[str] = []
    for body in Article.objects.order_by("id").values_list("body", flat=True)[: count * 3 * step][
        ::step
    ]:
        words = [word for word in body.split() if len(tokens(word)) == 1]
        if len(words) < 12:
            continue
        middle = len(words) // 2
        size = 2 + len(phrases) % 2
        phrases.append(" ".join(words[middle : middle + size]))
        if len(phrases) == count:
            break
    return [f'"{phrase}"' for phrase in phrases]


def _most_mentioned(kind_filter: str, limit: int) -> list[Entity]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT slug FROM (
                SELECT unnest(entity_slugs) AS slug FROM {Article._meta.db_table}
                WHERE id % 20 = 0
            ) s GROUP BY slug ORDER BY count(*) DESC LIMIT 200
            """
        )
        slugs = [row[0] for row in cursor.fetchall()]
    by_slug = {entity.slug: entity for entity in Entity.objects.filter(slug__in=slugs)}
    ordered = [by_slug[slug] for slug in slugs if slug in by_slug]
    return [entity for entity in ordered if kind_filter in ("", entity.kind)][:limit]


def _top_meeting_place() -> str | None:
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT slug FROM (
                SELECT unnest(meeting_place_slugs) AS slug FROM {Article._meta.db_table}
                WHERE id % 20 = 0
            ) s GROUP BY slug ORDER BY count(*) DESC LIMIT 1
            """
        )
        row = cursor.fetchone()
    return row[0] if row else None


def _envoys() -> list[Entity]:
    envoy_slugs = set(
        Entity.objects.filter(roles__is_envoy=True).values_list("slug", flat=True).distinct()
    )
    return [entity for entity in _most_mentioned("person", 200) if entity.slug in envoy_slugs]


def choose_cases() -> list[Case]:
    """The benchmark's queries, picked from the stored articles (see the module docstring)."""
    sample_every = max(1, Article.objects.count() // 4000)
    words = _sample_words(sample_every)
    sampled = max(1, Article.objects.count() // sample_every)
    common = [word for word, ndoc in words if ndoc >= 0.4 * sampled][:4]
    rare_words = [word for word, ndoc in words if ndoc == 1 and _LETTERS_RE.fullmatch(word)]
    rare = rare_words[:: max(1, len(rare_words) // 4)][:4]
    people = _most_mentioned("person", 3)
    places = _most_mentioned("place", 2)
    envoys = _envoys()
    cases = [Case("common word", word, [("q", word)]) for word in common]
    cases += [Case("rare word", word, [("q", word)]) for word in rare]
    cases += [Case("phrase", phrase, [("q", phrase)]) for phrase in _phrases(4)]
    named = list({entity.slug: entity for entity in people[:2] + envoys[:1]}.values())
    for entity in named:
        cases.append(Case("entity name", entity.name, [("q", entity.name)]))
        if entity.name_ar:
            cases.append(Case("entity name", entity.name_ar, [("q", entity.name_ar)]))
    if common:
        cases.append(
            Case("common word", f"{common[0]} by date", [("q", common[0]), ("sort", "date")])
        )
        cases.append(Case("common word", f"{common[0]} page 5", [("q", common[0]), ("page", "5")]))
    if envoys:
        # The most and the least mentioned envoys: an envoy's articles cluster in the years
        # of the mandate, which makes date order the hard part.
        for envoy in dict.fromkeys([envoys[0], envoys[-1]]):
            cases.append(Case("filtered", f"envoy={envoy.slug}", [("envoy", envoy.slug)]))
        if common:
            cases.append(
                Case(
                    "filtered",
                    f"{common[1 % len(common)]} + envoy",
                    [("q", common[1 % len(common)]), ("envoy", envoys[0].slug)],
                )
            )
    meeting_place = _top_meeting_place()
    if meeting_place:
        cases.append(
            Case("filtered", f"meeting_place={meeting_place}", [("meeting_place", meeting_place)])
        )
    if people and places:
        cases.append(
            Case(
                "filtered",
                f"person={people[0].slug}&place={places[-1].slug}",
                [("person", people[0].slug), ("place", places[-1].slug)],
            )
        )
    if common:
        cases.append(
            Case(
                "filtered",
                f"{common[0]} 2014–2016",
                [("q", common[0]), ("date_from", "2014"), ("date_to", "2016")],
            )
        )
    if rare:
        cases.append(
            Case("filtered", f"{rare[0]} + kind=meeting", [("q", rare[0]), ("kind", "meeting")])
        )
    cases.append(Case("filtered", "no query, newest first", []))
    return cases


# -- Measuring -----------------------------------------------------------------------------


def _bare_sql_ms(statements: list[str]) -> float:
    """The request's statements (bar its transaction control) run again, in one transaction."""
    with connection.cursor() as cursor:
        cursor.execute("BEGIN")
        try:
            started = time.perf_counter()
            for sql in statements:
                cursor.execute(sql)
                if cursor.description is not None:
                    cursor.fetchall()
            return (time.perf_counter() - started) * 1000
        finally:
            cursor.execute("ROLLBACK")


def measure(cases: list[Case], repeats: int) -> None:
    host = settings.ALLOWED_HOSTS[0] if settings.ALLOWED_HOSTS else "localhost"
    client = Client(HTTP_HOST=host.strip("[]") if host != "*" else "localhost")
    for case in cases:
        client.get(case.url)  # warms the caches (the gazetteer copy, PostgreSQL's buffers)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(case.url)
        if response.status_code != 200:
            raise RuntimeError(f"{case.url} answered {response.status_code}")
        statements = [
            query["sql"]
            for query in captured.captured_queries
            if not query["sql"].lstrip().upper().startswith(_SETUP_PREFIXES)
        ]
        case.statements = len(statements)
        case.count_label = _count_label(response.content.decode())
        for _ in range(repeats):
            started = time.perf_counter()
            client.get(case.url)
            case.page_ms.append((time.perf_counter() - started) * 1000)
            case.sql_ms.append(_bare_sql_ms(statements))


def _count_label(html: str) -> str:
    marker = 'class="search-count"'
    at = html.find(marker)
    if at < 0:
        return ""
    start = html.find(">", at) + 1
    return " ".join(html[start : html.find("<", start)].split())[:40]


def report(cases: list[Case], write) -> dict:
    write(
        f"{'category':12} {'query':38} {'p50 ms':>7} {'p95 ms':>7} {'SQL ms':>7} "
        f"{'ratio':>6} {'stmts':>5}  results"
    )
    for case in cases:
        p50 = statistics.median(case.page_ms)
        p95, sql = percentile(case.page_ms, 0.95), statistics.median(case.sql_ms)
        write(
            f"{case.category:12} {case.label[:38]:38} {p50:7.1f} {p95:7.1f}"
            f" {sql:7.1f} {p50 / sql if sql else 0:6.1f} {case.statements:5}  {case.count_label}"
        )
    write("")
    categories = list(dict.fromkeys(case.category for case in cases))
    summary = {}
    for category in [*categories, "all"]:
        chosen = [case for case in cases if category in ("all", case.category)]
        pages = [ms for case in chosen for ms in case.page_ms]
        sqls = [ms for case in chosen for ms in case.sql_ms]
        p50, p95 = statistics.median(pages), percentile(pages, 0.95)
        sql50, sql95 = statistics.median(sqls), percentile(sqls, 0.95)
        summary[category] = {"p50": p50, "p95": p95, "sql_p50": sql50, "sql_p95": sql95}
        write(
            f"{category:12} page p50 {p50:6.1f} ms  p95 {p95:6.1f} ms   "
            f"bare SQL p50 {sql50:6.1f} ms  p95 {sql95:6.1f} ms   ratio p50 {p50 / sql50:4.1f}x"
        )
    overall = summary["all"]
    met = overall["p50"] <= TARGET_P50_MS and overall["p95"] <= TARGET_P95_MS
    write(
        f"\ntarget p50 ≤ {TARGET_P50_MS} ms and p95 ≤ {TARGET_P95_MS} ms across all queries: "
        f"{'met' if met else 'NOT met'}"
    )
    return summary


def run_search_benchmark(
    articles: int, repeats: int, database: str | None, keep: bool, write
) -> dict:
    if database:
        _use_existing(database)
        return _measure_and_report(repeats, write)
    with scratch_database(SCRATCH_NAME, keep=keep):
        _ingest(articles, write)
        summary = _measure_and_report(repeats, write)
        if keep:
            write(f"kept the database {SCRATCH_NAME}: --database {SCRATCH_NAME} measures it again")
        return summary


def _measure_and_report(repeats: int, write) -> dict:
    total = Article.objects.count()
    write(
        f"archive: {total} articles, {Entity.objects.count()} entities, "
        f"{Alias.objects.count()} aliases; {repeats} timed requests per query"
    )
    cases = choose_cases()
    measure(cases, repeats)
    return report(cases, write)
