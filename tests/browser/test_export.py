"""The export links of a search: a CSV download spreadsheets read, and JSON."""

import csv
import io
from pathlib import Path
from urllib.parse import urljoin

from playwright.sync_api import expect

from articles.search_results import CSV_COLUMNS


def test_it_downloads_the_results_as_csv_with_a_byte_order_mark(page, archive):
    page.goto(archive.pages["results"])
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV", exact=True).click()
    download = download_info.value

    assert download.suggested_filename == "archive-search.csv"
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), data[:20]
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))
    assert rows[0] == list(CSV_COLUMNS)
    files = sorted(row[CSV_COLUMNS.index("file")][:3] for row in rows[1:])
    assert files == ["001", "003", "004"]
    titles = [row[CSV_COLUMNS.index("title")] for row in rows[1:]]
    assert "دي ميستورا في موسكو لإنقاذ الهدنة في سوريا" in titles


def test_it_exports_the_results_as_json(page, archive):
    page.goto(archive.pages["results"])
    link = page.get_by_role("link", name="JSON", exact=True)
    expect(link).to_be_visible()
    response = page.request.get(urljoin(page.url, link.get_attribute("href")))

    assert response.ok
    assert response.headers["content-type"].startswith("application/json")
    data = response.json()
    assert data["query"] == "لافروف"
    assert data["count"] == 3
    assert sorted(result["file"][:3] for result in data["results"]) == ["001", "003", "004"]
    lavrov = {"sergey-lavrov"}
    for result in data["results"]:
        assert result["body"]
        assert lavrov <= {person["slug"] for person in result["people"]}
