"""How `manage.py ingest` stores: worker processes with their own connections, COPY and its
fallback, transactions a kill cannot split, uncompressed columns, indexes after a bulk load."""

import subprocess
import sys
import time

import pytest
from django.db import transaction

from articles.ingest import store
from articles.ingest.pipeline import ingest_paths, limits_from_settings
from articles.ingest.prepare import content_hash
from articles.models import Article
from articles.text.arabic import normalize
from tests.conftest import PROJECT
from tests.test_ingest_command import _article, _ingest, _ingest_with_report, _jsonl, _rejections


@pytest.mark.django_db(transaction=True)
def test_it_stores_from_worker_processes_with_the_same_tally(tmp_path):
    records = [{"title": f"خبر {n}", "body": _article(n)} for n in range(1, 301)]
    records[7] = {"body": _article(3)}  # the same text as line 3
    records[11] = {"body": _article(12), "published": "yesterday"}
    records[20] = {"title": "بلا نص"}
    _jsonl(tmp_path / "many.jsonl", records)
    (tmp_path / "empty.txt").write_bytes(b"")

    report, stdout, _ = _ingest_with_report(tmp_path, tmp_path, workers=2, batch_size=40)

    assert report["ingested"] == 298
    assert report["duplicates"] == 1
    assert report["articles_seen"] == 299
    assert sorted(_rejections(report).values()) == ["empty file", "missing or empty 'body'"]
    assert [warning["file"] for warning in report["warnings"]] == ["many.jsonl:12"]
    assert Article.objects.count() == 298
    assert set(Article.objects.values_list("body", flat=True)) == {
        _article(n) for n in range(1, 301) if n not in (8, 21)
    }

    again, _ = _ingest(tmp_path / "many.jsonl", workers=2)
    assert "Ingested 0 new article(s); 299 duplicate(s)" in again


@pytest.mark.django_db
def test_it_keeps_the_work_in_the_callers_transaction(tmp_path):
    """Workers would commit on their own connections; inside a transaction none are used."""
    _jsonl(tmp_path / "few.jsonl", [{"body": _article(n)} for n in range(5)])

    with transaction.atomic():
        report = ingest_paths([tmp_path], limits_from_settings(), workers=2)
        assert Article.objects.count() == 5
        transaction.set_rollback(True)

    assert report.ingested == 5
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_it_numbers_articles_in_input_order_whatever_order_they_are_copied_in(tmp_path):
    _jsonl(tmp_path / "ordered.jsonl", [{"body": _article(n)} for n in range(12)])

    _ingest(tmp_path)

    lines = list(Article.objects.order_by("id").values_list("file_name", flat=True))
    assert lines == [f"ordered.jsonl:{line}" for line in range(1, 13)]


@pytest.mark.django_db
def test_it_falls_back_to_insert_on_conflict_when_another_run_stored_the_text(
    tmp_path, monkeypatch
):
    _jsonl(tmp_path / "first.jsonl", [{"body": _article(1)}])
    _jsonl(tmp_path / "second.jsonl", [{"body": _article(n)} for n in (1, 2, 3)])
    _ingest(tmp_path / "first.jsonl")
    # As if a concurrent ingestion committed article 1 between the lookup and the COPY.
    monkeypatch.setattr(store, "_stored_hashes", lambda cursor, hashes: set())

    stdout, _ = _ingest(tmp_path / "second.jsonl")

    assert "Ingested 2 new article(s); 1 duplicate(s)" in stdout
    assert sorted(Article.objects.values_list("body", flat=True)) == sorted(
        _article(n) for n in (1, 2, 3)
    )


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["0", "2"])
def test_it_recovers_from_a_kill_mid_run(tmp_path, child_env, run_manage, workers):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files, per_file = 4, 1000
    expected = {}  # file_name -> body
    for part in range(files):
        records = []
        for line in range(1, per_file + 1):
            body = _article(part * per_file + line)
            records.append({"title": f"خبر {part}-{line}", "body": body})
            expected[f"part{part}.jsonl:{line}"] = body
        _jsonl(corpus / f"part{part}.jsonl", records)
    assert len(set(expected.values())) == files * per_file
    expected_hashes = {content_hash(normalize(body)) for body in expected.values()}
    assert len(expected_hashes) == files * per_file
    command = ["ingest", corpus, "--workers", workers, "--batch-size", "50", "--no-progress"]

    with (tmp_path / "stdout").open("w") as out, (tmp_path / "stderr").open("w") as err:
        child = subprocess.Popen(
            [sys.executable, str(PROJECT / "manage.py"), *map(str, command)],
            env=child_env,
            cwd=PROJECT,
            stdout=out,
            stderr=err,
        )
        try:
            while child.poll() is None and Article.objects.count() == 0:
                time.sleep(0.02)
            child.kill()  # SIGKILL: no cleanup, no final commit
            child.wait()
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    partial = Article.objects.count()
    assert partial > 0, (tmp_path / "stderr").read_text()
    # Batches are atomic: only whole batches of 50 can have landed.
    assert partial % 50 == 0
    for file_name, body in Article.objects.values_list("file_name", "body"):
        assert body == expected[file_name]

    result = run_manage(*command)

    assert result.returncode == 0, result.stderr
    assert f"Ingested {files * per_file - partial} new article(s)" in result.stdout
    assert f"{partial} duplicate(s) already stored" in result.stdout
    hashes = list(Article.objects.values_list("content_hash", flat=True))
    assert len(hashes) == files * per_file
    assert set(hashes) == expected_hashes
    assert dict(Article.objects.values_list("file_name", "body")) == expected


@pytest.mark.django_db
def test_it_stores_every_article_column_without_compression():
    """pglz was half of PostgreSQL's work per article (migrations 0005 and 0006)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname FROM pg_attribute JOIN pg_type ON pg_type.oid = atttypid "
            "WHERE attrelid = 'articles_article'::regclass AND attnum > 0 "
            "AND NOT attisdropped AND typlen = -1 AND attstorage <> 'e'"
        )
        compressed = [row[0] for row in cursor.fetchall()]

    assert compressed == []


@pytest.mark.django_db
def test_it_builds_the_search_indexes_after_a_bulk_load(tmp_path):
    from django.db import connection

    _jsonl(tmp_path / "few.jsonl", [{"body": _article(n)} for n in range(3)])

    stdout, _ = _ingest(tmp_path, bulk="yes")

    assert "Ingested 3 new article(s)" in stdout
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'articles_article'")
        indexes = {row[0] for row in cursor.fetchall()}
    assert {"article_search_gin", "article_entity_slugs_gin"} <= indexes
    assert Article.objects.search("المباحثات").count() == 3
