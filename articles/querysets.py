"""Article queries for search, filters, facets and sorting.

Everything here is bounded, so a word that matches most of the archive costs no more than a
rare one (DESIGN.md, "Measured"): ranking reads at most `candidates` matches, counting stops
at a cap, and facets are counted over a bounded sample of the matches.
"""

import json
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection, models
from django.db.models import F, Q

from articles.text.query import to_tsquery

# Date order (ArticleQuerySet.page_by_date): the newest (oldest) articles a walk down the
# date index may read, and how many matches are sorted rather than walked to (sorting
# 10,000 costs ~10 ms at 100k articles).
DATE_WINDOW = 2_000
FEW_MATCHES = 15_000
# Articles a sampled GIN scan reads of one index entry (ArticleQuerySet.overview): well
# above the count cap, the ranking candidates and the facet sample.
SAMPLED_SCAN_LIMIT = 5_000


class RawTsQuery(SearchQuery):
    """A tsquery already built by articles.text.query: passed as a cast, never re-parsed."""

    def as_sql(self, compiler, connection):
        return "%s::tsquery", [self.source_expressions[0].value]

    def __init__(self, tsquery_text: str):
        super().__init__(tsquery_text)


def text_matches(tsquery_text: str) -> Q:
    """Articles whose search vector matches a tsquery built by articles.text.query."""
    return Q(search_vector=RawTsQuery(tsquery_text))


def mentions_any(slugs) -> Q:
    """Articles linked to any of the entities (entity_slugs, GIN)."""
    condition = Q()
    for slug in slugs:
        condition |= Q(entity_slugs__contains=[slug])
    return condition


# Heavy columns a result list never reads (body_normalized it does: snippets start from the
# first possible hit).
LISTING_DEFERRED = ("raw_text", "search_vector", "removed", "published_evidence")


class ArticleQuerySet(models.QuerySet):
    def search(self, query: str):
        """Articles matching a web-search style query, best first; all when it has no terms."""
        tsquery = to_tsquery(query)
        if tsquery is None:
            return self
        search_query = RawTsQuery(tsquery)
        return (
            self.filter(search_vector=search_query)
            .annotate(rank=SearchRank(F("search_vector"), search_query))
            .order_by("-rank", "-id")
        )

    def for_listing(self):
        return self.select_related("source").defer(*LISTING_DEFERRED)

    def ranked(self, rank_tsquery: str, candidates: int):
        """These articles best first, ranking at most `candidates` of them.

        ts_rank reads every vector it ranks (~380 ms for a word in 90% of 100k articles), so
        only a bounded set of matches, in storage order, is ranked: past that many matches
        the page shows the best of the first ones found, and says so.
        """
        candidate_ids = self.order_by().values("id")[:candidates]
        return (
            self.model._default_manager.filter(id__in=candidate_ids)
            .annotate(rank=SearchRank(F("search_vector"), RawTsQuery(rank_tsquery)))
            .order_by("-rank", "-id")
        )

    def ranked_ids(self, ids: list[int], rank_tsquery: str):
        """The articles `ids` (candidates found by overview()), best first."""
        return (
            self.filter(id__in=ids)
            .annotate(rank=SearchRank(F("search_vector"), RawTsQuery(rank_tsquery)))
            .order_by("-rank", "-id")
        )

    def by_date(self, newest_first: bool = True):
        """By estimated date (best guess); undated articles last either way."""
        if newest_first:
            return self.order_by(F("published_best").desc(nulls_last=True), "-id")
        return self.order_by(F("published_best").asc(nulls_last=True), "id")

    def page_by_date(
        self, newest_first: bool, offset: int, size: int, counted: int | None, estimate: int | None
    ):
        """A page of these articles in date order, without an unbounded walk down the date
        index. `counted`: how many match, when counted exactly; else `estimate` (planner's).

        PostgreSQL walks the date index, testing each article, whenever it expects the
        matches to be spread over time; but an envoy's articles cluster in the years of the
        mandate, and at 100k articles the newest 20 of Kofi Annan's took 98 ms that way
        (Lakhdar Brahimi's 40 ms). So: counted matches are few and sorted themselves;
        otherwise the walk is bounded to the DATE_WINDOW newest (or oldest) articles, which
        hold the page whenever the matches reach the present; failing that, the matches are
        sorted themselves unless there are so many that walking to them costs less.
        """
        ordered = self.by_date(newest_first=newest_first).for_listing()
        if counted is None:
            edge = self.model._default_manager.date_edge(newest_first, DATE_WINDOW)
            if edge is not None:
                bound = {"published_best__gte" if newest_first else "published_best__lte": edge}
                rows = list(ordered.filter(**bound)[offset : offset + size])
                if len(rows) == size:
                    return rows
        with _planner_sorts_matches(counted is not None or (estimate or 0) <= FEW_MATCHES):
            return list(ordered[offset : offset + size])

    def date_edge(self, newest_first: bool, depth: int):
        """The estimated date of the depth-th newest (or oldest) dated article, or None when
        there are fewer (one short walk down the date index)."""
        dated = self.filter(published_best__isnull=False).by_date(newest_first)
        edge = dated.values_list("published_best", flat=True)[depth - 1 : depth]
        return next(iter(edge), None)

    def estimated_count(self) -> int:
        """The planner's estimate of how many articles match (no rows are read): close for
        words, entity and place filters (tsvector and array statistics), low for phrases."""
        sql, params = self.order_by().values("id").query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
            plan = cursor.fetchone()[0]
        if isinstance(plan, str):
            plan = json.loads(plan)
        return int(plan[0]["Plan"]["Plan Rows"])

    def overview(
        self,
        count_cap: int,
        candidates: int,
        sample: int,
        envoy_slugs,
        per_facet: int,
        one_entry_estimate: int | None = None,
    ):
        """The count (to count_cap + 1), the first `candidates` matches' ids (to rank) and the
        facet counts over the first `sample` matches, in one statement.

        Each of the three reads the matches; for a common word that means building a bitmap
        of most of the archive from the GIN index (~13 ms at 100k articles), so it is built
        once. Facet rows are as _facets_sql() describes them.

        `one_entry_estimate`: the planner's count when the condition is on one index entry
        (a word, or a name: its word OR its entity). Past SAMPLED_SCAN_LIMIT, the GIN scan
        reads a random subset of about that many articles (PostgreSQL's
        gin_fuzzy_search_limit): a bitmap of 5,000 rather than of most of the archive
        (measured at 100k: «سوريا» 16 → 5 ms). Sampling only drops matches, so a count that
        still passes the cap is right to say "more than"; one that does not is counted again
        without sampling.
        """
        if one_entry_estimate is not None and one_entry_estimate > SAMPLED_SCAN_LIMIT:
            with _planner_setting("gin_fuzzy_search_limit", SAMPLED_SCAN_LIMIT, 0):
                found = self.overview(count_cap, candidates, sample, envoy_slugs, per_facet)
            if found.count > count_cap:
                return found
        from articles.models import Entity, Source

        matches_sql, matches_params = (
            self.order_by().values("id")[: count_cap + 1].query.sql_with_params()
        )
        table = connection.ops.quote_name(self.model._meta.db_table)
        facets_sql = _facets_sql(
            connection.ops.quote_name(Entity._meta.db_table),
            connection.ops.quote_name(Source._meta.db_table),
        )
        sql = f"""
            WITH matches AS MATERIALIZED ({matches_sql}),
            hits AS MATERIALIZED (
                SELECT a.entity_slugs, a.meeting_place_slugs, a.event_kinds, a.source_id,
                       a.published_earliest, a.published_latest
                FROM (SELECT id FROM matches LIMIT %s) m JOIN {table} a ON a.id = m.id
            ),
            {facets_sql}
            UNION ALL
                SELECT 'matched', '', (SELECT count(*) FROM matches), NULL, NULL
            UNION ALL
                SELECT 'candidates', (SELECT string_agg(id::text, ',')
                                      FROM (SELECT id FROM matches LIMIT %s) c), 0, NULL, NULL
        """
        with connection.cursor() as cursor:
            cursor.execute(
                sql,
                [*matches_params, sample, list(envoy_slugs), per_facet, candidates],
            )
            rows = cursor.fetchall()
        count = next(n for facet, _v, n, _a, _b in rows if facet == "matched")
        ids = next(value for facet, value, _n, _a, _b in rows if facet == "candidates")
        return Overview(
            count=count,
            candidate_ids=[int(id_) for id_ in ids.split(",")] if ids else [],
            facet_rows=[row for row in rows if row[0] not in ("matched", "candidates")],
        )


@contextmanager
def _planner_sorts_matches(sort_them: bool):
    """With sort_them, PostgreSQL reads the matches through their indexes (a bitmap scan)
    and sorts them, rather than walking the date index."""
    if not sort_them:
        yield
        return
    with _planner_setting("enable_indexscan", "off", "on"):
        yield


@contextmanager
def _planner_setting(name: str, value, then):
    """SET LOCAL name = value for the block, then `then`. Reset only after a clean run:
    after an error the transaction is aborted, and its rollback resets the setting."""
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL {name} = {value}")
    yield
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL {name} = {then}")


@dataclass
class Overview:
    count: int  # up to the cap + 1
    candidate_ids: list[int]  # the first matches, in the order the index gave them
    facet_rows: list[tuple]


def _facets_sql(entity_table: str, source_table: str) -> str:
    """Facet counts over a CTE `hits`: rows of (facet, value, count, name, name_ar).

    facet is an entity kind (person, place, organization), "envoy", "meeting_place",
    "source" (value: its name), "kind" (event kind), "year" (years the estimated date
    interval overlaps) or "total" (the number of hits). Its parameters: the envoy slugs, and
    how many values to keep per facet (the most frequent).
    """
    return f"""
            mentioned AS (
                SELECT slug, count(*) AS n FROM hits, unnest(hits.entity_slugs) AS slug
                GROUP BY slug
            )
            SELECT facet, value, n, name, name_ar FROM (
                SELECT e.kind AS facet, e.slug AS value, m.n, e.name, e.name_ar,
                       row_number() OVER (PARTITION BY e.kind ORDER BY m.n DESC, e.name) AS r
                FROM mentioned m JOIN {entity_table} e ON e.slug = m.slug
              UNION ALL
                SELECT 'envoy', e.slug, m.n, e.name, e.name_ar,
                       row_number() OVER (ORDER BY m.n DESC, e.name)
                FROM mentioned m JOIN {entity_table} e ON e.slug = m.slug
                WHERE m.slug = ANY(%s)
              UNION ALL
                SELECT 'meeting_place', e.slug, p.n, e.name, e.name_ar,
                       row_number() OVER (ORDER BY p.n DESC, e.name)
                FROM (
                    SELECT slug, count(*) AS n FROM hits, unnest(hits.meeting_place_slugs) AS slug
                    GROUP BY slug
                ) p JOIN {entity_table} e ON e.slug = p.slug
              UNION ALL
                SELECT 'source', s.name, c.n, s.name, '',
                       row_number() OVER (ORDER BY c.n DESC, s.name)
                FROM (
                    SELECT source_id, count(*) AS n FROM hits WHERE source_id IS NOT NULL
                    GROUP BY source_id
                ) c JOIN {source_table} s ON s.id = c.source_id
              UNION ALL
                SELECT 'kind', kind, count(*), NULL, NULL, 1
                FROM hits, unnest(hits.event_kinds) AS kind GROUP BY kind
              UNION ALL
                SELECT 'year', year::text, count(*), NULL, NULL, 1
                FROM hits, generate_series(
                    extract(year FROM published_earliest)::int,
                    extract(year FROM published_latest)::int
                ) AS year
                WHERE published_latest - published_earliest <= 3660
                GROUP BY year
              UNION ALL
                SELECT 'total', '', count(*), NULL, NULL, 1 FROM hits
            ) facets
            WHERE r <= %s
    """
