"""Whole-text regex scans tried only where a match can start. Pure Python: no Django.

A pattern that opens with a look-behind and optional proclitics («(?<!\\w)[وفبل]?(?:ال)?وزير»)
gives the regex engine no fixed text to search for, so `finditer` tries it at every character
of the article, several times an article at ingestion. Every match of such a pattern holds one
of a few words near its start; `str.find` finds those words far faster, and the pattern is
tried only just before them.
"""

import re
from dataclasses import dataclass


def scan(pattern: re.Pattern, text: str, positions) -> list[re.Match]:
    """`list(pattern.finditer(text))`, given every position where the pattern may match (more
    do no harm). The pattern must not match the empty string."""
    matches: list[re.Match] = []
    end = 0
    for position in sorted(positions):
        if position >= end and (match := pattern.match(text, position)):
            matches.append(match)
            end = match.end()
    return matches


@dataclass(frozen=True)
class AnchoredPattern:
    """A pattern each match of which holds one of `anchors` starting at most `reach`
    characters after the match's start: `finditer` gives exactly what the pattern's own
    would. Keep the anchors in step with the pattern: tests compare the two on real text."""

    pattern: re.Pattern
    anchors: tuple[str, ...]
    reach: int

    def finditer(self, text: str) -> list[re.Match]:
        positions: set[int] = set()
        reach = self.reach
        for anchor in self.anchors:
            found = text.find(anchor)
            while found != -1:
                positions.update(range(max(found - reach, 0), found + 1))
                found = text.find(anchor, found + 1)
        return scan(self.pattern, text, positions) if positions else []
