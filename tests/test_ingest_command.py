import json
import os
import random
import shutil
import subprocess
import sys
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from articles.models import Article
from tests.conftest import GOLD, PROJECT, SEEDS

GOLD_ARTICLES = json.loads((GOLD / "seeds.json").read_text(encoding="utf-8"))["articles"]
UNREACHABLE_DATABASE_URL = "postgresql://postgres@127.0.0.1:9/nowhere"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"


def _article(number: int) -> str:
    """A distinct one-paragraph Arabic article of about 1 KB that cleaning leaves alone."""
    sentence = (
        f"أكد وزير الخارجية في البيان رقم {number} أن المباحثات حول الأزمة السورية ستستمر "
        "في جنيف الأسبوع المقبل بمشاركة الأطراف المعنية، وأضاف أن الجولة "
        f"{number} من المحادثات ستبحث سبل وقف إطلاق النار."
    )
    return " ".join([sentence] * 4)


def _ingest(*paths, **options) -> tuple[str, str]:
    stdout, stderr = StringIO(), StringIO()
    options = {"workers": 0, "no_progress": True, **options}
    call_command("ingest", *map(str, paths), stdout=stdout, stderr=stderr, **options)
    return stdout.getvalue(), stderr.getvalue()


def _ingest_with_report(tmp_path: Path, *paths, **options) -> tuple[dict, str, str]:
    report_path = tmp_path / "report.json"
    stdout, stderr = _ingest(*paths, report=report_path, **options)
    return json.loads(report_path.read_text(encoding="utf-8")), stdout, stderr


def _rejections(report: dict) -> dict[tuple[str, str | None], str]:
    """The report's rejections by (file name, location)."""
    return {
        (Path(item["path"]).name, item["location"]): item["reason"] for item in report["rejected"]
    }


def _raw_lines(gold: dict) -> list[str]:
    raw = (SEEDS / gold["file"]).read_bytes().decode("utf-8")
    return raw.replace("\r\n", "\n").split("\n")


def _jsonl(path: Path, records: list) -> Path:
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    return path


@pytest.mark.django_db
def test_it_ingests_the_samples_with_gold_titles_sources_and_datelines():
    stdout, stderr = _ingest(SEEDS)

    assert "Ingested 5 new article(s)" in stdout
    assert stderr == ""
    assert Article.objects.count() == 5
    for gold in GOLD_ARTICLES:
        article = Article.objects.select_related("source").get(file_name=gold["file"])
        assert article.title == (gold["title"] or "")
        assert article.dateline == (gold.get("dateline") or "")
        source = article.source.name if article.source else None
        assert source == gold.get("source_tag")

    assert Article.objects.get(file_name__startswith="001_").source.name == "دام برس"
    assert Article.objects.get(file_name__startswith="003_").dateline == "موسكو"


@pytest.mark.django_db
def test_it_moves_gold_boilerplate_from_the_body_to_removed():
    _ingest(SEEDS)

    for gold in GOLD_ARTICLES:
        article = Article.objects.get(file_name=gold["file"])
        lines = _raw_lines(gold)
        paragraphs = article.body.split("\n\n")
        removed = {(item["line"], item["text"]) for item in article.removed}
        for number in gold["boilerplate_lines"]:
            text = lines[number - 1].strip()
            assert text not in paragraphs, (gold["file"], number)
            assert (number, text) in removed, (gold["file"], number)
        # Sample 003's subscription promotion is not a word of its body.
        if gold["file"].startswith("003_"):
            assert "إنستجرام" not in article.body
            assert "إضغط هنا للإشتراك" not in article.body


@pytest.mark.django_db
def test_it_keeps_the_file_as_received_in_raw_text():
    _ingest(SEEDS)

    for path in sorted(SEEDS.glob("*.txt")):
        article = Article.objects.get(file_name=path.name)
        assert article.raw_text == path.read_bytes().decode("utf-8")


@pytest.mark.django_db
def test_it_adds_nothing_on_a_second_run():
    first, _ = _ingest(SEEDS)
    hashes = set(Article.objects.values_list("content_hash", flat=True))

    second, stderr = _ingest(SEEDS)

    assert "Ingested 5 new article(s); 0 duplicate(s)" in first
    assert "Ingested 0 new article(s); 5 duplicate(s) already stored" in second
    assert "Nothing new" in second
    assert stderr == ""
    assert set(Article.objects.values_list("content_hash", flat=True)) == hashes
    assert Article.objects.count() == 5


@pytest.mark.django_db
def test_it_walks_folders_recursively_and_skips_other_suffixes(tmp_path):
    root = tmp_path / "in"
    deep = root / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text(_article(1), encoding="utf-8")
    (root / "a" / "UPPER.TXT").write_text(_article(2), encoding="utf-8")
    _jsonl(root / "a" / "b" / "batch.jsonl", [{"body": _article(3)}])
    (root / "rows.csv").write_text(f"title,body\nعنوان,{_article(4)}\n", encoding="utf-8")
    (root / "notes.md").write_text(_article(5), encoding="utf-8")
    (root / "a" / "picture.png").write_bytes(PNG_HEADER)
    (root / "a" / "b" / "data.json").write_text(json.dumps({"body": _article(6)}))
    (root / "no_suffix").write_text(_article(7), encoding="utf-8")

    report, stdout, stderr = _ingest_with_report(tmp_path, root)

    assert report["rejected"] == []
    assert report["files"] == 4
    assert report["ingested"] == 4
    assert stderr == ""
    assert sorted(Article.objects.values_list("file_name", flat=True)) == [
        "UPPER.TXT",
        "batch.jsonl:1",
        "deep.txt",
        "rows.csv:2",
    ]
    assert "Ingested 4 new article(s)" in stdout


@pytest.mark.django_db
def test_it_rejects_a_named_file_of_another_suffix(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(_article(1), encoding="utf-8")
    good = SEEDS / GOLD_ARTICLES[0]["file"]

    report, stdout, stderr = _ingest_with_report(tmp_path, notes, good)

    assert _rejections(report) == {
        ("notes.md", None): "unsupported file type .md; use .txt, .jsonl or .csv"
    }
    assert f"rejected {notes}: unsupported file type .md" in stderr
    assert list(Article.objects.values_list("file_name", flat=True)) == [good.name]
    assert "1 input(s) rejected" in stdout


@pytest.mark.django_db
def test_it_rejects_each_bad_file_with_a_reason_and_keeps_the_good_ones(tmp_path):
    root = tmp_path / "in"
    shutil.copytree(SEEDS, root / "good")
    text = _article(1) + "\n"
    noise = random.Random(20240501)
    bad_files = {
        "empty.txt": b"",
        "whitespace.txt": b"  \n\t\n   \r\n\n",
        "utf16.txt": text.encode("utf-16"),
        "utf32.txt": text.encode("utf-32"),
        "utf16_no_bom.txt": text.encode("utf-16-le"),
        "invalid_utf8.txt": text.encode() + b"\xff\xfe\xc3(" + text.encode(),
        "nul.txt": text.encode() + b"\x00" + _article(2).encode(),
        "random.txt": noise.randbytes(4096),
        "image.txt": PNG_HEADER + noise.randbytes(2048),
        "controls.txt": ("\x01\x02\x03\x04\x05" * 40 + text).encode(),
    }
    for name, data in bad_files.items():
        (root / name).write_bytes(data)
    (root / "bom.txt").write_bytes(b"\xef\xbb\xbf" + _article(3).encode())

    report, stdout, stderr = _ingest_with_report(tmp_path, root)

    reasons = {name: reason for (name, _), reason in _rejections(report).items()}
    assert set(reasons) == set(bad_files)
    assert all(item["location"] is None for item in report["rejected"])
    assert reasons["empty.txt"] == "empty file"
    assert reasons["whitespace.txt"] == "empty file (only whitespace)"
    assert reasons["utf16.txt"] == "UTF-16 text; convert it to UTF-8"
    assert reasons["utf32.txt"] == "UTF-32 text; convert it to UTF-8"
    assert "UTF-16" in reasons["utf16_no_bom.txt"]
    assert reasons["invalid_utf8.txt"].startswith("invalid UTF-8 at byte ")
    assert "NUL bytes" in reasons["nul.txt"]
    for name in ("random.txt", "image.txt"):
        assert any(word in reasons[name] for word in ("NUL", "UTF-8", "UTF-16", "binary"))
    assert reasons["controls.txt"] == "binary content (control characters), not text"

    assert report["rejected_count"] == len(bad_files)
    assert report["files"] == len(bad_files) + 6
    assert report["ingested"] == 6
    assert report["duplicates"] == 0
    assert Article.objects.count() == 6
    for name in bad_files:
        assert f"{root / name}: {reasons[name]}" in stderr
    assert f"{len(bad_files)} input(s) rejected" in stdout
    assert "Report written to" in stdout

    bom = Article.objects.get(file_name="bom.txt")
    assert bom.body == _article(3)
    assert not bom.raw_text.startswith("\ufeff")


@pytest.mark.django_db
def test_it_rejects_a_txt_file_over_the_size_cap(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(" ".join([_article(1)] * 8), encoding="utf-8")
    size = big.stat().st_size
    largest_sample = max(path.stat().st_size for path in SEEDS.glob("*.txt"))
    cap = largest_sample + 100
    assert size > cap

    with override_settings(INGEST_MAX_FILE_BYTES=cap):
        report, _, _ = _ingest_with_report(tmp_path, SEEDS, big)

    assert _rejections(report) == {
        ("big.txt", None): f"file too large: {size} bytes, the limit is {cap}"
    }
    assert report["ingested"] == 5
    assert not Article.objects.filter(file_name="big.txt").exists()


@pytest.mark.django_db
def test_it_rejects_broken_jsonl_lines_and_keeps_the_good_ones(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"title": "عنوان أول", "body": _article(1)}, ensure_ascii=False).encode(),
        b'{"body": "\xd8\xa3\xd9\x83\xd8\xaf unterminated',
        b"[1, 2, 3]",
        json.dumps({"title": "بلا نص"}, ensure_ascii=False).encode(),
        json.dumps({"body": "  \n "}).encode(),
        b"",
        json.dumps({"body": _article(2)}, ensure_ascii=False).encode(),
        b'"just a string"',
        b'{"body": 42}',
        b'{"body": "\xff\xfe bad bytes"}',
        json.dumps({"body": _article(3)}, ensure_ascii=False).encode(),
    ]
    path.write_bytes(b"\n".join(lines))  # the last line has no line break

    report, stdout, _ = _ingest_with_report(tmp_path, path)

    rejections = _rejections(report)
    assert set(rejections) == {
        ("batch.jsonl", f"line {number}") for number in (2, 3, 4, 5, 8, 9, 10)
    }
    assert rejections["batch.jsonl", "line 2"].startswith("invalid JSON")
    assert rejections["batch.jsonl", "line 3"] == "not a JSON object"
    assert rejections["batch.jsonl", "line 4"] == "missing or empty 'body'"
    assert rejections["batch.jsonl", "line 5"] == "missing or empty 'body'"
    assert rejections["batch.jsonl", "line 8"] == "not a JSON object"
    assert rejections["batch.jsonl", "line 9"] == "missing or empty 'body'"
    assert "UTF-8" in rejections["batch.jsonl", "line 10"]
    assert all(item["path"] == str(path) for item in report["rejected"])
    assert report["rejected_count"] == 7
    assert report["ingested"] == 3
    assert report["files"] == 1
    assert dict(Article.objects.values_list("file_name", "body")) == {
        "batch.jsonl:1": _article(1),
        "batch.jsonl:7": _article(2),
        "batch.jsonl:11": _article(3),
    }
    assert Article.objects.get(file_name="batch.jsonl:1").title == "عنوان أول"
    assert "Ingested 3 new article(s)" in stdout


@pytest.mark.django_db
def test_it_rejects_an_article_its_analysis_fails_on_and_keeps_the_others(tmp_path, monkeypatch):
    from articles.ingest import prepare

    clean = prepare.clean_article

    def failing_on_the_second(raw, **options):
        if "رقم 2 " in raw:
            raise IndexError("list index out of range")
        return clean(raw, **options)

    monkeypatch.setattr(prepare, "clean_article", failing_on_the_second)
    path = _jsonl(tmp_path / "batch.jsonl", [{"body": _article(n)} for n in (1, 2, 3)])

    report, stdout, _ = _ingest_with_report(tmp_path, path)

    assert _rejections(report) == {
        ("batch.jsonl:2", None): "could not be analysed (IndexError: list index out of range); "
        "please report it"
    }
    assert sorted(Article.objects.values_list("file_name", flat=True)) == [
        "batch.jsonl:1",
        "batch.jsonl:3",
    ]
    assert "Ingested 2 new article(s)" in stdout


@pytest.mark.django_db
def test_it_dates_an_article_by_a_date_line_of_its_own(tmp_path):
    (tmp_path / "dated.txt").write_text(f"عنوان الخبر\n\n05 مارس 2019\n\n{_article(1)}\n")
    (tmp_path / "told.txt").write_text(f"عنوان آخر\n\nوصل في 5 مارس 2019\n\n{_article(2)}\n")

    _ingest(tmp_path)

    dated = Article.objects.get(file_name="dated.txt")
    assert (dated.published_earliest, dated.published_latest) == (date(2019, 3, 5),) * 2
    assert dated.published_precision == "day"
    assert "«05 مارس 2019»" in dated.published_evidence[0]
    assert Article.objects.get(file_name="told.txt").published_precision != "day"


@pytest.mark.django_db
def test_it_dates_an_article_by_the_day_its_dateline_gives(tmp_path):
    (tmp_path / "line.txt").write_text(f"الكويت، 25 مارس 2014، وكالات –\n\n{_article(1)}\n")
    (tmp_path / "lead.txt").write_text(f"دمشق، 12 أيار 2013 (سانا) - {_article(2)}\n")

    _ingest(tmp_path)

    line = Article.objects.get(file_name="line.txt")
    assert (line.dateline, line.title) == ("الكويت", "")
    assert (line.published_earliest, line.published_latest) == (date(2014, 3, 25),) * 2
    lead = Article.objects.get(file_name="lead.txt")
    assert (lead.published_earliest, lead.published_precision) == (date(2013, 5, 12), "day")
    assert "the dateline" in lead.published_evidence[0]


@pytest.mark.django_db
def test_it_rejects_broken_csv_rows_and_keeps_the_good_ones(tmp_path):
    path = tmp_path / "rows.csv"
    multi_line = _article(5) + "\n\n" + _article(6)
    path.write_bytes(
        b"title,body,url,source,published\n"
        + f"أول,{_article(1)},https://example.org/1,وكالة,2016-05-03\n".encode()
        + b"only,two\n"
        + "ثالث,,https://example.org/3,وكالة,\n".encode()
        + b"fourth,"
        + _article(4).encode()
        + b"\xff\xfe,,,\n"
        + f'خامس,"{multi_line}",,,\n'.encode()
        + b"a,b,c,d,e,f\n"
        + f"سابع,{_article(7)},,,\n".encode()
    )

    report, _, _ = _ingest_with_report(tmp_path, path)

    assert _rejections(report) == {
        ("rows.csv", "row 2"): "row has 2 fields, the header has 5",
        ("rows.csv", "row 3"): "missing or empty 'body'",
        ("rows.csv", "row 4"): "invalid UTF-8 or NUL bytes in row",
        ("rows.csv", "row 6"): "row has 6 fields, the header has 5",
    }
    assert report["rejected_count"] == 4
    assert report["ingested"] == 3
    bodies = set(Article.objects.values_list("body", flat=True))
    assert bodies == {_article(1), multi_line, _article(7)}
    first = Article.objects.select_related("source").get(body=_article(1))
    assert (first.title, first.url, first.source.name) == ("أول", "https://example.org/1", "وكالة")


@pytest.mark.django_db
def test_it_rejects_a_csv_without_a_body_column(tmp_path):
    path = tmp_path / "nobody.csv"
    path.write_text(f"title,text\nعنوان,{_article(1)}\n", encoding="utf-8")
    good = SEEDS / GOLD_ARTICLES[2]["file"]

    report, _, stderr = _ingest_with_report(tmp_path, path, good)

    reason = _rejections(report)["nobody.csv", None]
    assert "no 'body' column" in reason
    assert report["rejected_count"] == 1
    assert f"rejected {path}: " in stderr
    assert list(Article.objects.values_list("file_name", flat=True)) == [good.name]


@pytest.mark.django_db
def test_it_accepts_utf8_files_with_a_byte_order_mark(tmp_path):
    bom = b"\xef\xbb\xbf"
    (tmp_path / "bom.txt").write_bytes(bom + _article(1).encode())
    record = json.dumps({"title": "عنوان", "body": _article(2)}, ensure_ascii=False)
    (tmp_path / "bom.jsonl").write_bytes(bom + record.encode() + b"\n")
    (tmp_path / "bom.csv").write_bytes(bom + f"Body,Title\n{_article(3)},عنوان\n".encode())

    report, _, _ = _ingest_with_report(tmp_path, tmp_path)

    assert report["rejected"] == []
    assert report["ingested"] == 3
    assert dict(Article.objects.values_list("file_name", "body")) == {
        "bom.txt": _article(1),
        "bom.jsonl:1": _article(2),
        "bom.csv:2": _article(3),
    }
    assert not Article.objects.filter(raw_text__startswith="\ufeff").exists()


@pytest.mark.django_db
def test_it_reads_title_url_source_and_published_from_jsonl_and_csv(tmp_path):
    _jsonl(
        tmp_path / "meta.jsonl",
        [
            {
                "title": "دي ميستورا في موسكو",
                "body": _article(1),
                "url": "https://example.org/de-mistura",
                "source": "فرانس برس",
                "published": "2016-05-03",
            },
            {"body": _article(2), "published": "2016-05"},
            {"body": _article(3), "published": "yesterday"},
        ],
    )
    (tmp_path / "meta.csv").write_text(
        "title,body,url,source,published\n"
        f"عنوان,{_article(4)},https://example.org/csv,سانا,2012-07\n"
        f",{_article(5)},,,2012-07-16\n",
        encoding="utf-8",
    )

    report, _, _ = _ingest_with_report(tmp_path, tmp_path)

    assert report["rejected"] == []
    assert report["ingested"] == 5
    day = Article.objects.select_related("source").get(file_name="meta.jsonl:1")
    assert day.title == "دي ميستورا في موسكو"
    assert day.url == "https://example.org/de-mistura"
    assert day.source.name == "فرانس برس"
    assert day.published_best == date(2016, 5, 3)
    assert day.published_earliest == day.published_latest == date(2016, 5, 3)
    assert day.published_precision == "day"
    assert any("2016-05-03" in str(item) for item in day.published_evidence)

    month = Article.objects.get(file_name="meta.jsonl:2")
    assert (month.published_earliest, month.published_latest) == (
        date(2016, 5, 1),
        date(2016, 5, 31),
    )
    assert month.published_precision == "month"
    assert date(2016, 5, 1) <= month.published_best <= date(2016, 5, 31)
    assert month.source is None
    assert month.title == ""

    undated = Article.objects.get(file_name="meta.jsonl:3")
    assert undated.body == _article(3)
    assert undated.published_best is None
    assert undated.published_precision == "unknown"
    assert len(report["warnings"]) == 1
    warning = report["warnings"][0]
    assert warning["file"] == "meta.jsonl:3"
    assert "published" in warning["warning"] and "yesterday" in warning["warning"]

    csv_month = Article.objects.select_related("source").get(body=_article(4))
    assert (csv_month.title, csv_month.url, csv_month.source.name) == (
        "عنوان",
        "https://example.org/csv",
        "سانا",
    )
    assert csv_month.published_precision == "month"
    assert csv_month.published_earliest == date(2012, 7, 1)
    assert csv_month.published_latest == date(2012, 7, 31)
    csv_day = Article.objects.get(body=_article(5))
    assert csv_day.published_best == date(2012, 7, 16)
    assert csv_day.published_precision == "day"


@pytest.mark.django_db
def test_it_stores_the_same_text_once_across_formats(tmp_path):
    gold = GOLD_ARTICLES[2]
    raw = (SEEDS / gold["file"]).read_bytes().decode("utf-8")
    shutil.copy(SEEDS / gold["file"], tmp_path / "article.txt")
    _jsonl(tmp_path / "same.jsonl", [{"body": raw}, {"title": gold["title"], "body": raw}])

    report, stdout, _ = _ingest_with_report(tmp_path, tmp_path)

    assert report["ingested"] == 1
    assert report["duplicates"] == 2
    assert Article.objects.count() == 1
    assert "Ingested 1 new article(s); 2 duplicate(s)" in stdout

    again, _ = _ingest(tmp_path / "same.jsonl")
    assert "Ingested 0 new article(s); 2 duplicate(s)" in again
    assert Article.objects.count() == 1


def test_it_raises_a_command_error_for_a_nonexistent_path(tmp_path):
    missing = tmp_path / "nowhere"

    with pytest.raises(CommandError, match="no such file or folder") as error:
        _ingest(SEEDS, missing)

    assert str(missing) in str(error.value)


def test_it_exits_non_zero_for_a_nonexistent_path(tmp_path, run_manage):
    missing = tmp_path / "nowhere.txt"

    result = run_manage("ingest", missing, "--workers", "0", "--no-progress")

    assert result.returncode != 0
    assert f"no such file or folder: {missing}" in result.stderr
    assert "Traceback" not in result.stderr
    assert Article.objects.count() == 0


def test_it_exits_zero_when_some_inputs_are_rejected(tmp_path, run_manage):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "utf16.txt").write_bytes(_article(1).encode("utf-16"))
    shutil.copy(SEEDS / GOLD_ARTICLES[0]["file"], tmp_path / "good.txt")

    result = run_manage("ingest", tmp_path, "--workers", "0", "--no-progress")

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert f"rejected {tmp_path / 'empty.txt'}: empty file" in result.stderr
    assert f"rejected {tmp_path / 'utf16.txt'}: UTF-16 text" in result.stderr
    assert "Ingested 1 new article(s)" in result.stdout
    assert "2 input(s) rejected" in result.stdout
    assert list(Article.objects.values_list("file_name", flat=True)) == ["good.txt"]


def test_it_exits_non_zero_when_the_database_is_unreachable():
    env = dict(os.environ, DATABASE_URL=UNREACHABLE_DATABASE_URL, PYTHONUNBUFFERED="1")

    result = subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), "ingest", str(SEEDS), "--workers", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=PROJECT,
    )

    assert result.returncode != 0
    assert "database unreachable" in result.stderr
    assert "Traceback" not in result.stderr
