"""The search benchmark's parts on a small synthetic archive (the timings themselves are the
command's business, not a test's: only that every figure is measured and printed)."""

import pytest
from django.core.management import call_command

from articles.bench_corpus_files import write_corpus
from articles.search_benchmark import choose_cases, measure, percentile, report


@pytest.fixture
def synthetic_archive(gazetteer, tmp_path):
    write_corpus(tmp_path, 400, seed=11, per_jsonl=200)
    call_command("ingest", str(tmp_path), workers=0, no_progress=True, stdout=None)


def test_it_takes_nearest_rank_percentiles():
    values = [float(n) for n in range(1, 101)]
    assert percentile(values, 0.5) == 50
    assert percentile(values, 0.95) == 95
    assert percentile([7.0], 0.95) == 7
    assert percentile([3.0, 1.0, 2.0], 1.0) == 3


@pytest.mark.slow
def test_it_picks_every_kind_of_query_from_the_stored_articles(synthetic_archive):
    cases = choose_cases()

    categories = {case.category for case in cases}
    assert categories == {"common word", "rare word", "phrase", "entity name", "filtered"}
    assert any(case.params == [] for case in cases)  # the bare page, newest first
    filters = {name for case in cases for name, _value in case.params}
    assert {"envoy", "meeting_place", "person", "date_from", "kind", "sort", "page"} <= filters
    assert len({case.url for case in cases}) == len(cases)


@pytest.mark.slow
def test_it_times_each_page_beside_its_bare_sql_and_prints_the_figures(synthetic_archive):
    cases = choose_cases()
    measure(cases, repeats=2)
    lines: list[str] = []

    summary = report(cases, lines.append)

    for case in cases:
        assert len(case.page_ms) == 2 and len(case.sql_ms) == 2
        assert case.statements >= 1
        assert all(page > 0 for page in case.page_ms)
    common = [case for case in cases if case.category == "common word"]
    assert all(case.count_label.endswith("articles") for case in common)
    assert set(summary) >= {"all", "common word", "filtered"}
    assert summary["all"]["p95"] >= summary["all"]["p50"] > 0
    printed = "\n".join(lines)
    assert "bare SQL p50" in printed and "ratio" in printed
    assert "target p50 ≤ 50 ms and p95 ≤ 150 ms" in printed
