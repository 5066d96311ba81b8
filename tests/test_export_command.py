import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article
from articles.text.cleaning import clean_article
from tests.conftest import GOLD, SEEDS

GOLD_ARTICLES = json.loads((GOLD / "seeds.json").read_text(encoding="utf-8"))["articles"]
EXPORT_FIELDS = {
    "id",
    "file",
    "url",
    "title",
    "source",
    "body",
    "published",
    "people",
    "places",
    "organizations",
    "events",
}
PUBLISHED_FIELDS = {"earliest", "latest", "best", "precision", "evidence"}
BODY = (
    "أكد وزير الخارجية أن المباحثات حول الأزمة السورية ستستمر في جنيف الأسبوع المقبل "
    "بمشاركة الأطراف المعنية، وأضاف أن الجولة المقبلة من المحادثات ستبحث سبل وقف إطلاق النار."
)


def _ingest(*paths) -> None:
    call_command(
        "ingest",
        *map(str, paths),
        workers=0,
        no_progress=True,
        stdout=StringIO(),
        stderr=StringIO(),
    )


def _export(*args) -> str:
    stdout = StringIO()
    call_command("export", *args, stdout=stdout, stderr=StringIO())
    return stdout.getvalue()


def _records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.django_db
def test_it_exports_one_json_object_a_line_with_the_documented_fields():
    _ingest(SEEDS)

    output = _export("--format", "jsonl")

    lines = output.splitlines()
    assert len(lines) == 5
    records = [json.loads(line) for line in lines]
    assert all(isinstance(record, dict) for record in records)
    for record in records:
        assert set(record) == EXPORT_FIELDS
        assert set(record["published"]) == PUBLISHED_FIELDS
        for name in ("people", "places", "organizations", "events"):
            assert isinstance(record[name], list)
    assert [record["id"] for record in records] == sorted(
        Article.objects.values_list("id", flat=True)
    )
    assert {record["file"] for record in records} == {gold["file"] for gold in GOLD_ARTICLES}


@pytest.mark.django_db
def test_it_exports_the_cleaned_body_title_and_source():
    _ingest(SEEDS)

    records = {record["file"]: record for record in _records(_export("--format", "jsonl"))}

    for gold in GOLD_ARTICLES:
        record = records[gold["file"]]
        raw = (SEEDS / gold["file"]).read_bytes().decode("utf-8")
        assert record["body"] == clean_article(raw).body
        assert record["title"] == (gold["title"] or "")
        assert record["source"] == gold.get("source_tag")
        lines = raw.split("\n")
        for number in gold["boilerplate_lines"]:
            assert lines[number - 1].strip() not in record["body"].split("\n\n")


@pytest.mark.django_db
def test_it_writes_the_output_file(tmp_path):
    _ingest(SEEDS)
    output = tmp_path / "export.jsonl"
    stdout, stderr = StringIO(), StringIO()

    call_command(
        "export", "--format", "jsonl", "--output", str(output), stdout=stdout, stderr=stderr
    )

    records = _records(output.read_text(encoding="utf-8"))
    assert len(records) == 5
    assert all(set(record) == EXPORT_FIELDS for record in records)
    bodies = dict(Article.objects.values_list("id", "body"))
    assert {record["id"]: record["body"] for record in records} == bodies
    assert f"Exported 5 article(s) to {output}" in stderr.getvalue()
    assert stdout.getvalue() == ""


@pytest.mark.django_db
def test_it_says_so_when_an_article_has_no_date(tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text(BODY, encoding="utf-8")
    _ingest(undated)
    output = tmp_path / "export.jsonl"

    call_command("export", "--output", str(output), stderr=StringIO())

    [record] = _records(output.read_text(encoding="utf-8"))
    published = record["published"]
    assert published["earliest"] is None
    assert published["latest"] is None
    assert published["best"] is None
    assert published["precision"] == "unknown"
    assert published["evidence"]
    assert any("no date" in str(item) for item in published["evidence"])


@pytest.mark.django_db
def test_it_exports_a_stated_date_as_an_iso_interval(tmp_path):
    batch = tmp_path / "dated.jsonl"
    batch.write_text(
        json.dumps(
            {
                "title": "عنوان",
                "body": BODY,
                "url": "https://example.org/a",
                "source": "وكالة",
                "published": "2016-05",
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    _ingest(batch)
    output = tmp_path / "export.jsonl"

    call_command("export", "--output", str(output), stderr=StringIO())

    [record] = _records(output.read_text(encoding="utf-8"))
    assert (record["file"], record["title"], record["url"], record["source"]) == (
        "dated.jsonl:1",
        "عنوان",
        "https://example.org/a",
        "وكالة",
    )
    published = record["published"]
    assert (published["earliest"], published["latest"]) == ("2016-05-01", "2016-05-31")
    assert published["precision"] == "month"
    assert "2016-05-01" <= published["best"] <= "2016-05-31"
    assert any("2016-05" in str(item) for item in published["evidence"])
