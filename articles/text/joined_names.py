"""Names a dual head shares between two words: «وفدا النظام والمعارضة» are the delegation
of each, as «وفد النظام» and «وفد المعارضة» would be. Pure Python: no Django."""

import re

from articles.text.mentions import ORGANIZATION, Match

# «وفدا الحكومة والمعارضة السورية», «وفدي النظام والمعارضة», «الوفدين الحكومي والمعارض»:
# the dual head, the first owner (and its adjective), «و», the second owner
_DUAL_HEAD_RE = re.compile(
    r"(?<!\w)(?P<head>(?:[وفب]|بال|وال|ال|لل)?وفد(?:ا|ي|ان|ين))"
    r" (?P<first>\w+)(?P<first_adjective> السوريه| السوري)?"
    r" و(?P<second>\w+)(?P<second_adjective> السوريه| السوري)?(?!\w)"
)
_ADJECTIVES = ("", " السوريه", " السوري")


def dual_head_matches(
    text: str, normalized: str, offsets: list[int], entity_of, taken: list[tuple[int, int]]
) -> list[Match]:
    """Matches for each owner of a dual head: `entity_of(alias)` gives the organization a
    normalized alias names, or None; `taken` the display spans already linked."""
    found = []
    for match in _DUAL_HEAD_RE.finditer(normalized):
        owners = []
        for group in ("first", "second"):
            entity = next(
                (
                    entity
                    for noun in ("وفد", "الوفد")
                    for adjective in _ADJECTIVES
                    if (entity := entity_of(f"{noun} {match[group]}{adjective}"))
                ),
                None,
            )
            if entity is None:
                break
            owners.append((group, entity))
        if len(owners) != 2 or owners[0][1] == owners[1][1]:
            continue
        spans = []
        for group, _ in owners:
            start = match.start("head") if group == "first" else match.start(group) - 1
            end = match.end(group)  # its adjective («السورية») is a mention of its own
            spans.append((offsets[start], offsets[end - 1] + 1))
        if any(start < end_ and start_ < end for start, end in spans for start_, end_ in taken):
            continue  # a name the linker found there already
        for (group, entity), (start, end) in zip(owners, spans, strict=True):
            found.append(
                Match(
                    entity=entity,
                    kind=ORGANIZATION,
                    start=start,
                    end=end,
                    surface=text[start:end],
                    reason=f"«{match['head']}» shared by «{match[group]}»",
                    prefix="و" if group == "second" else "",
                )
            )
    return found
