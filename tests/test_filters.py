"""articles.filters.ArticleFilter over the five linked sample articles."""

import pytest
from django.http import QueryDict

from articles.filters import ArticleFilter, load_envoys
from articles.models import Article


def files(filterset):
    return sorted(article.file_name[:3] for article in filterset.qs)


def apply(**params):
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return ArticleFilter(data, queryset=Article.objects.all())


@pytest.fixture
def samples(module_samples, db):
    return {article.file_name[:3]: article for article in Article.objects.all()}


def test_it_filters_by_envoy(samples):
    assert files(apply(envoy="lakhdar-brahimi")) == ["000", "001"]
    assert files(apply(envoy="kofi-annan")) == ["003"]


def test_it_labels_envoys_with_their_mandates(samples):
    envoys = {envoy.slug: envoy for envoy in load_envoys()}
    assert "sergey-lavrov" not in envoys  # a foreign minister, not an envoy
    label = envoys["lakhdar-brahimi"].label
    assert label.startswith("Lakhdar Brahimi — ") and "(2012–2014)" in label
    assert "(2014–2018)" in envoys["staffan-de-mistura"].label
    choices = dict(
        ArticleFilter(QueryDict(), queryset=Article.objects.all()).form.fields["envoy"].choices
    )
    assert choices["kofi-annan"] == envoys["kofi-annan"].label


def test_it_filters_by_meeting_place_and_person(samples):
    assert files(apply(meeting_place="sochi")) == ["001"]
    assert files(apply(meeting_place="cairo")) == ["002"]
    assert files(apply(person="sergey-lavrov")) == ["001", "003", "004"]
    assert "004" in files(apply(person="sergey-lavrov", meeting_place="geneva"))


def test_it_requires_every_value_of_a_repeated_filter(samples):
    assert files(apply(person=["sergey-lavrov", "john-kerry"])) == ["001", "004"]
    assert files(apply(person=["sergey-lavrov", "kofi-annan"])) == ["003"]


def test_it_filters_by_place_mentioned_organization_and_event_kind(samples):
    assert files(apply(place="aleppo")) == ["004"]
    assert files(apply(organization="arab-league")) == ["000", "002", "003"]
    assert files(apply(kind="conference")) == ["003"]
    assert files(apply(kind="visit")) == ["004"]


def test_it_filters_by_source_name(samples):
    assert files(apply(source="دام برس")) == ["001"]


def test_it_keeps_articles_whose_estimated_interval_overlaps_the_dates(samples):
    # 000: 2012-09-01..2013-06-06, 001: 2013-02-01..2014-05-31, 003: 2012-06-01..2012-08-31,
    # 004: 2016-02-01..2016-07-13
    assert files(apply(date_from="2016-01-01")) == ["002", "004"]
    assert files(apply(date_to="2012-08-31")) == ["003"]
    assert files(apply(date_from="2012", date_to="2012")) == ["000", "003"]
    assert files(apply(date_from="2013-06", date_to="2013-06")) == ["000", "001"]
    assert files(apply(date_from="2013-07", date_to="2013-07")) == ["001"]


def test_it_drops_unknown_and_wrong_kind_slugs_with_a_message(samples):
    filterset = apply(person=["sergey-lavrov", "nobody-at-all"], place="sergey-lavrov")
    assert files(filterset) == ["001", "003", "004"]
    messages = " ".join(filterset.form.non_field_errors())
    assert "nobody-at-all" in messages
    assert "Sergey Lavrov is not a place" in messages
    assert filterset.active() == {"person": ["sergey-lavrov"]}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"date_from": "2016-02-30"}, "date_from"),
        ({"date_to": "yesterday"}, "date_to"),
        ({"date_from": "99999"}, "date_from"),
        ({"envoy": "sergey-lavrov"}, "envoy"),
        ({"kind": "dinner"}, "kind"),
    ],
)
def test_it_reports_invalid_values_and_ignores_them(samples, params, field):
    filterset = apply(**params)
    assert files(filterset) == ["000", "001", "002", "003", "004"]
    assert field in filterset.form.errors


def test_it_ignores_an_inverted_date_range_with_a_message(samples):
    filterset = apply(date_from="2016", date_to="2012")
    assert len(files(filterset)) == 5
    assert "start date is after the end date" in " ".join(filterset.form.non_field_errors())


def test_it_reports_an_unknown_source(samples):
    filterset = apply(source="No Such Paper")
    assert len(files(filterset)) == 5
    assert "No Such Paper" in " ".join(filterset.form.non_field_errors())


def test_it_refuses_too_many_values(samples):
    filterset = apply(person=[f"person-{n}" for n in range(9)])
    assert "person" in filterset.form.errors
    assert len(files(filterset)) == 5


def test_it_reads_the_filters_from_the_arrays_without_joins(samples):
    sql = str(apply(person="sergey-lavrov", meeting_place="geneva", kind="meeting").qs.query)
    assert "JOIN" not in sql
    assert sql.count("@>") == 3
