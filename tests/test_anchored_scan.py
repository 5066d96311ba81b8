import random
import re

import pytest

from articles.bench_corpus import generate_articles
from articles.text import candidates, joined_names, near_names, role_links
from articles.text.anchored_scan import AnchoredPattern, scan
from articles.text.arabic import normalize_with_offsets
from tests.conftest import SEEDS

ANCHORED = {
    "near_names titles": near_names._TITLES,
    "candidate titles": candidates._TITLES,
    "dual heads": joined_names._DUAL_HEADS,
    "counterparts": role_links._COUNTERPARTS,
    "counterparts in": role_links._COUNTERPARTS_IN,
    "plural offices": role_links._PLURAL_OFFICES,
}

# Matches at the very start and end, after each proclitic, glued to a word before (no match),
# anchors overlapping one another and anchors whose pattern fails.
TRICKY = [
    "وزير الخارجية سيرغي لافروف",
    "ووزير الخارجية الروسي سيرغي لافروف يقول",
    "والوزير لافروف",
    "فالرئيس بشار الأسد",
    "اللوزير",
    "بوزيري الخارجية الأمريكي والروسي",
    "للوزراء خارجية",
    "وزراءوزراء خارجية روسيا وتركيا",
    "نائب وزير الخارجية السوري فيصل المقداد",
    "نائب نائب وزير الخارجية",
    "وبنظيره الأردني",
    "التقى نظيريه الروسي والتركي",
    "ونظرائه في السعودية ومصر وإيران",
    "نظير",
    "وفدا النظام والمعارضة",
    "بالوفدين الحكومي والمعارض السوريه",
    "للوفدين الحكومي والمعارض",
    "المتحدث باسم وزارة الخارجية العراقية، أحمد جمال، إن",
    "السفير الروسي في دمشق ألكسندر يفيموف",
    "قادة وزعماء الدول الثلاث",
    "رئيسا رئيسين رؤساء دول",
    "",
]


def _texts() -> list[str]:
    texts = TRICKY + [article.body for article in generate_articles(300)]
    texts += [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts = [normalize_with_offsets(text, squash_spaces=True)[0] for text in texts]
    rng = random.Random(7)
    cuts = []
    for text in texts[len(TRICKY) :]:
        for _ in range(3):  # a cut may start or end inside a word, or inside a match
            first, last = sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1)))
            cuts.append(text[first:last])
    return texts + cuts


TEXTS = _texts()


def _as_found(matches) -> list[tuple]:
    return [(match.span(), match.groups()) for match in matches]


@pytest.mark.parametrize("name", ANCHORED)
def test_it_finds_what_finditer_finds(name):
    anchored = ANCHORED[name]
    found = 0
    for text in TEXTS:
        expected = _as_found(anchored.pattern.finditer(text))
        assert _as_found(anchored.finditer(text)) == expected, text[:200]
        found += len(expected)
    assert found  # the texts do exercise the pattern


def test_it_misses_what_its_anchors_do_not_reach():
    # The contract, shown: a match whose anchor lies beyond the reach is not tried.
    pattern = re.compile(r"(?<!\w)(?:ال)?وزير")
    assert [m.span() for m in AnchoredPattern(pattern, ("وزير",), 2).finditer("الوزير")] == [(0, 6)]
    assert AnchoredPattern(pattern, ("وزير",), 1).finditer("الوزير") == []


def test_it_scans_given_positions_as_finditer_does():
    pattern = re.compile(r"ab|b")
    text = "abab b"
    assert [m.span() for m in scan(pattern, text, range(len(text)))] == [
        m.span() for m in pattern.finditer(text)
    ]
    # overlapping candidates: the match at 0 hides the one at 1
    assert [m.span() for m in scan(pattern, text, {1, 0})] == [(0, 2)]
