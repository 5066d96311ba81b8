from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import models
from django.db.models import F

from articles.text.query import to_tsquery


class RawTsQuery(SearchQuery):
    """A tsquery already built by articles.text.query: passed as a cast, never re-parsed."""

    def as_sql(self, compiler, connection):
        return "%s::tsquery", [self.source_expressions[0].value]

    def __init__(self, tsquery_text: str):
        super().__init__(tsquery_text)


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
