"""Names a dual head shares between two words: «وفدا النظام والمعارضة» are the delegation
of each, as «وفد النظام» and «وفد المعارضة» would be. Pure Python: no Django."""

import re

from articles.text.anchored_scan import AnchoredPattern
from articles.text.mentions import COUNTRY_ADJECTIVES, ORGANIZATION, Match

# «وفدا الحكومة والمعارضة السورية», «بوفدي النظام والمعارضة», «للوفدين الحكومي والمعارض»:
# the proclitics (with the article), the dual head, the first owner (past a Syrian
# adjective), «و», the second owner
DUAL_HEAD = r"وفد(?:ا|ي|ان|ين)"
_DUAL_HEAD_RE = re.compile(
    rf"(?<!\w)(?P<head>(?P<pre>[وف]?(?:لل|[بل]?(?:ال)?)){DUAL_HEAD})"
    r" (?P<first>\w+)(?: السوريه| السوري)?"
    r" و(?P<second>\w+)(?!\w)"
)
_DUAL_HEADS = AnchoredPattern(_DUAL_HEAD_RE, ("وفد",), reach=len("وبال"))
_NEXT_WORD_RE = re.compile(r" (\w+)")
_OWNER_ALIASES = ("وفد {}", "وفد {} السوريه", "وفد {} السوري", "الوفد {}")


def _proclitics(pre: str) -> str:
    """«وبال» → «وب», «لل» → «ل»: the proclitics without the article."""
    return pre[:-1] if pre.endswith("لل") else pre.removesuffix("ال")


def dual_head_matches(
    text: str, normalized: str, offsets: list[int], entity_of, taken: list[tuple[int, int]]
) -> list[Match]:
    """Matches for each owner of a dual head: `entity_of(alias)` gives the organization a
    normalized alias names, or None; `taken` the display spans already linked (where the
    linker found a name, neither owner is read from the head)."""
    found = []
    for match in _DUAL_HEADS.finditer(normalized):
        after = _NEXT_WORD_RE.match(normalized, match.end())
        if after is not None and COUNTRY_ADJECTIVES.get(after[1], "syria") != "syria":
            continue  # «وفدي الحكومة والمعارضة اليمنية»: another state's, not in the gazetteer
        owners = [
            next((e for alias in _OWNER_ALIASES if (e := entity_of(alias.format(match[g])))), None)
            for g in ("first", "second")
        ]
        if None in owners or owners[0] == owners[1]:
            continue
        spans = [
            (offsets[match.start("head")], offsets[match.end("first") - 1] + 1),
            (offsets[match.start("second") - 1], offsets[match.end("second") - 1] + 1),
        ]
        if any(start < end_ and start_ < end for start, end in spans for start_, end_ in taken):
            continue
        prefixes = (_proclitics(match["pre"]), "و")
        head = text[spans[0][0] : spans[0][1]].split()[0]
        for entity, (start, end), prefix in zip(owners, spans, prefixes, strict=True):
            owner = text[start:end].split()[-1]
            found.append(
                Match(
                    entity=entity,
                    kind=ORGANIZATION,
                    start=start,
                    end=end,
                    surface=text[start:end],
                    reason=f"the dual «{head}» of «{owner}»",
                    prefix=prefix,
                )
            )
    return found
