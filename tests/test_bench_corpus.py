"""The synthetic benchmark corpus (articles/bench_corpus.py): run with -p no:django."""

import json
import re
from collections import Counter
from datetime import date, timedelta
from functools import cache

import pytest

from articles import bench_corpus, bench_corpus_data
from articles.bench_corpus import SyntheticArticle, generate_articles
from articles.bench_corpus_files import write_corpus

WEEKDAYS = bench_corpus_data.WEEKDAYS
OUTLETS = {o[0]: o[1] for o in bench_corpus_data.OUTLETS}


@cache
def sample(count: int = 2000, seed: int = 11) -> tuple[SyntheticArticle, ...]:
    return tuple(generate_articles(count, seed=seed))


def plain(text: str) -> str:
    """Without vocalisation, tatweel and hamza on alef, as a search would see it."""
    text = re.sub("[\u064b-\u0652\u0640]", "", text)
    return text.replace("أ", "ا").replace("إ", "ا")


def words(text: str) -> set[str]:
    return set(re.findall("[\u0621-\u064a]+", plain(text)))


def test_it_is_deterministic_for_a_seed():
    first = list(generate_articles(300, seed=7))
    assert first == list(generate_articles(300, seed=7))
    assert first[:50] == list(generate_articles(50, seed=7))  # a prefix does not depend on count
    other = list(generate_articles(300, seed=8))
    assert sum(a.body == b.body for a, b in zip(first, other, strict=True)) == 0


def test_it_keeps_bodies_between_1_and_6_kb():
    sizes = [len(a.body.encode()) for a in sample()[:500]]
    assert all(1024 <= size < 6144 for size in sizes)
    assert sum(size < 2048 for size in sizes) > 50  # spread over the range
    assert sum(size > 5120 for size in sizes) > 30


def test_it_lays_bodies_out_in_3_to_12_paragraphs():
    counts = Counter()
    for article in sample()[:500]:
        paragraphs = article.body.split("\n\n")
        assert all(p.strip() for p in paragraphs)
        counts[len(paragraphs)] += 1
    assert set(counts) <= set(range(3, 13))
    assert len(counts) >= 8


def test_it_makes_every_body_and_url_unique():
    articles = sample()
    assert len({a.body for a in articles}) == len(articles)
    assert len({a.url for a in articles}) == len(articles)
    assert len({a.title for a in articles}) < len(articles)  # some titles repeat, as in the press


def test_it_fills_every_field():
    articles = sample()
    for article in articles:
        assert 5 <= len(article.title.split()) <= 14
        assert article.source in OUTLETS
        slug, n = re.fullmatch(r"https://example\.org/([a-z0-9-]+)/(\d+)", article.url).groups()
        assert slug == OUTLETS[article.source]
        assert date(2011, 1, 1) <= date.fromisoformat(article.published) <= date(2024, 12, 31)
    assert len({a.source for a in articles}) >= 14
    assert len({a.published[:4] for a in articles}) == 14


def test_it_dates_stories_consistently_with_publication():
    checked = 0
    names = "|".join(plain(w) for w in WEEKDAYS)
    for article in sample():
        published = date.fromisoformat(article.published)
        text = plain(article.body)
        for match in re.finditer(f"اليوم ({names})", text):
            assert match[1] == plain(WEEKDAYS[published.weekday()]), article
            checked += 1
        for match in re.finditer(f"امس ({names})", text):
            yesterday = published - timedelta(days=1)
            assert match[1] == plain(WEEKDAYS[yesterday.weekday()]), article
            checked += 1
    assert checked > 300


def test_it_keeps_envoys_within_their_years():
    for article in sample():
        text = plain(article.body + " " + article.title)
        if "بيدرسن" in text or "بيدرسون" in text:
            assert article.published >= "2019-01"
        if "كوفي عنان" in text or "كوفي انان" in text:
            assert "2012-02" <= article.published <= "2012-09"
        if "الابراهيمي" in text or "الابراهيمى" in text:
            assert "2012-08" <= article.published <= "2014-06"


def test_it_spells_like_the_press():
    articles = sample()

    def share(predicate) -> float:
        return sum(1 for a in articles if predicate(a.body)) / len(articles)

    assert share(lambda b: " فى " in b) > 0.05  # Egyptian final ى
    assert share(lambda b: " في " in b) > 0.5
    assert share(lambda b: re.search(r"(^|\s)سورية($|[\s،.])", b) is not None) > 0.05
    assert share(lambda b: "الامم" in b or " ان " in b) > 0.05  # hamza left out
    assert share(lambda b: re.search("[٠-٩]", b) is not None) > 0.01  # Arabic-Indic digits
    assert share(lambda b: re.search("[0-9]", b) is not None) > 0.5
    assert share(lambda b: "أميرك" in b or "اميرك" in b) > 0.01
    assert share(lambda b: re.search("[\u064b-\u0650\u0652]", b) is not None) > 0.01
    assert share(lambda b: re.search("[\u0621-\u064a]\u0640[\u0621-\u064a]", b) is not None) > 0.002
    assert share(lambda b: '"' in b) > 0.05
    assert share(lambda b: "«" in b) > 0.3
    assert share(lambda b: re.match(r"[^\n]{2,20}(: | - |-سانا\n)", b) is not None) > 0.1
    assert share(lambda b: "تموز" in b or "حزيران" in b or "شباط" in b) > 0.02
    assert share(lambda b: "يوليو" in b or "يونيو" in b or "فبراير" in b) > 0.02


def test_it_has_common_words_and_a_long_tail():
    articles = sample()
    seen = Counter()
    for article in articles:
        seen.update(words(article.body))
    n = len(articles)
    assert (seen["سوريا"] + seen["سورية"]) / n > 0.8
    assert seen["الازمة"] / n > 0.5
    rare = [w for w, count in seen.items() if count < n / 100]
    assert len(rare) > 1000
    assert len(rare) / len(seen) > 0.3
    tail = [plain(place) for place in bench_corpus_data.RARE_PLACES[-40:] if " " not in place]
    assert all(seen[place] < n / 100 for place in tail)


def test_it_draws_on_enough_material():
    templates = Counter(t[0] for t in bench_corpus_data.TEMPLATES)
    assert templates["L"] + templates["B"] + templates["K"] + templates["E"] >= 80
    assert len(bench_corpus_data.PEOPLE) >= 60
    assert len(bench_corpus_data.CITIES) + len(bench_corpus_data.COUNTRIES) >= 40
    assert len(bench_corpus_data.ORGANIZATIONS) >= 20
    assert 14 <= len(bench_corpus_data.OUTLETS) <= 16


def test_it_can_fill_every_template():
    """Each template renders in a month where it is valid: no unknown slot."""
    generator = bench_corpus._Generator(0)
    for category, validity, text in bench_corpus_data.TEMPLATES:
        start, end = bench_corpus_data.VALID[validity]
        start, end = max(start, 201107), min(end, 202412)
        for ym in (start, end):
            story = generator.story(date(ym // 100, ym % 100, 15))
            story.cover(0, bench_corpus._MONTH_NAMES["both"])
            story.update(N="1234", src="سانا")
            rendered = text.format_map(story)
            assert "{" not in rendered and rendered.strip(), (category, text)


def test_it_writes_txt_files_and_jsonl_parts(tmp_path):
    counts = write_corpus(tmp_path, 2500, seed=3, txt_share=0.1, per_jsonl=1000)
    files = sorted(tmp_path.iterdir())
    txt = [f for f in files if f.suffix == ".txt"]
    parts = [f for f in files if f.suffix == ".jsonl"]
    assert counts == {
        "txt": 250,
        "jsonl_files": 3,
        "articles": 2500,
        "bytes": sum(f.stat().st_size for f in files),
    }
    assert len(txt) == 250 and len(parts) == 3

    lines = [f.read_text(encoding="utf-8").splitlines() for f in parts]
    assert [len(part) for part in lines] == [1000, 1000, 250]
    records = [json.loads(line) for part in lines for line in part]
    assert all(set(r) == {"title", "body", "url", "source", "published"} for r in records)

    articles = list(generate_articles(2500, seed=3))
    by_url = {a.url: a for a in articles}
    assert all(by_url[r["url"]].body == r["body"] for r in records)
    tagged = 0
    for path in txt:
        article = articles[int(path.name.split("-")[0]) - 1]
        text = path.read_text(encoding="utf-8")
        title, blank, rest = text.split("\n", 2)
        assert (title, blank) == (article.title, "")
        assert rest.endswith(article.body + "\n")
        tagged += rest != article.body + "\n"
        assert path.name.endswith(f"-{OUTLETS[article.source]}.txt")
    assert 0 < tagged < 250  # some files carry a source tag line before the body
    assert {r["url"] for r in records}.isdisjoint(
        articles[int(p.name.split("-")[0]) - 1].url for p in txt
    )


def test_it_writes_the_same_files_for_a_seed(tmp_path):
    write_corpus(tmp_path / "a", 300, seed=5, per_jsonl=100)
    write_corpus(tmp_path / "b", 300, seed=5, per_jsonl=100)
    a = {f.name: f.read_bytes() for f in (tmp_path / "a").iterdir()}
    b = {f.name: f.read_bytes() for f in (tmp_path / "b").iterdir()}
    assert a == b and len(a) == 30 + 3


def test_it_handles_all_or_no_txt_and_empty_corpora(tmp_path):
    only_txt = write_corpus(tmp_path / "txt", 40, txt_share=1.0)
    assert only_txt["txt"] == 40 and only_txt["jsonl_files"] == 0
    no_txt = write_corpus(tmp_path / "jsonl", 40, txt_share=0.0, per_jsonl=15)
    assert no_txt["txt"] == 0 and no_txt["jsonl_files"] == 3
    assert write_corpus(tmp_path / "none", 0) == {
        "txt": 0,
        "jsonl_files": 0,
        "articles": 0,
        "bytes": 0,
    }


def test_it_rejects_bad_arguments(tmp_path):
    with pytest.raises(ValueError):
        list(generate_articles(-1))
    with pytest.raises(ValueError):
        write_corpus(tmp_path, 10, txt_share=1.5)
    with pytest.raises(ValueError):
        write_corpus(tmp_path, 10, per_jsonl=0)
