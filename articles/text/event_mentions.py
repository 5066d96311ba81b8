"""The linker's matches placed on an article's tokens, for articles.text.event_sentences:
people apart from the rest, as a role naming someone («وزير الخارجية الروسي») may hold a
state too. Pure Python: no Django."""

import re
from bisect import bisect_right
from dataclasses import replace
from typing import NamedTuple

from articles.text import event_patterns as words
from articles.text.event_tokens import NAME_LINKS, past_lineage
from articles.text.mentions import ORGANIZATION, PERSON, PLACE, Match

# «نظام الأسد»: the regime named after a man, who is no participant; but «وزير خارجية النظام
# وليد المعلم» is the minister.
_REGIME_BEFORE_RE = re.compile(r"(?<!\w)[وفبل]?نظام\s+$")
TITLE_TO_NAME = 5  # «الموفد الأممي [العربي إلى سوريا] الأخضر الإبراهيمي»
LATTER_REACH = 40  # tokens from «الأخير» back to the one it stands for
_LATTER_RE = re.compile(r"([وفبل]*?)(?:ال|ل)اخير")  # «الأخير», «والأخير», «للأخير», «بالأخير»
_NOT_LATTER_BEFORE = frozenset(("في",))  # «في الأخير»: at last


class Mention(NamedTuple):
    """A linker match placed on the tokens it covers."""

    match: Match
    first: int  # its tokens are [first, last]
    last: int

    @property
    def entity(self) -> str:
        return self.match.entity


def file_mentions(
    text: str, tokenized, matches: list[Match]
) -> tuple[dict[int, Mention], dict[int, Mention], dict[int, Mention]]:
    """(people, the rest, places inside a body's name) by token: each mention filed under
    every token it covers, a place inside a body's name under the body's first token."""
    tokens, starts, ends = tokenized.tokens, tokenized.starts, tokenized.ends
    person_at: dict[int, Mention] = {}
    other_at: dict[int, Mention] = {}
    place_inside: dict[int, Mention] = {}
    count = len(ends)
    match_starts = None  # where mentions start, once a name may go on («فيصل بن فرحان بن»)
    previous, joinable = None, False  # a person named twice in a row: title, then name?
    for match in sorted(matches, key=lambda m: (m.start, -m.end)):
        if match.kind == PERSON and _REGIME_BEFORE_RE.search(
            text, max(0, match.start - 8), match.start
        ):
            continue  # «وزير خارجية نظام الأسد»: the government, not the man, takes part
        first = bisect_right(ends, match.start)
        if first >= count or starts[first] >= match.end:
            continue
        last = min(bisect_right(ends, match.end - 1, first), count - 1)
        if match.kind == PERSON:
            if last + 1 < count and tokens[last + 1].form in NAME_LINKS:
                if match_starts is None:
                    match_starts = {m.start for m in matches}
                last = past_lineage(tokens, starts, last, match_starts)
            joinable = joinable or (
                previous is not None
                and previous.match.entity == match.entity
                and 0 < first - previous.last <= TITLE_TO_NAME
            )
        mention = Mention(match, first, last)
        if match.kind == PERSON:
            previous = mention
        target = person_at if match.kind == PERSON else other_at
        outer = target.get(first)
        if (
            match.kind == PLACE
            and not match.adjective
            and outer is not None
            and outer.match.kind == ORGANIZATION
            and last <= outer.last
        ):
            place_inside[outer.first] = mention
        for index in range(first, last + 1):
            if index not in target:
                target[index] = mention
    if joinable:
        _join_title_to_name(tokens, person_at, other_at)
    _drop_named_offices(tokens, person_at, other_at)
    _file_the_latter(text, tokenized, person_at, other_at)
    return person_at, other_at, place_inside


def _file_the_latter(
    text: str, tokenized, person_at: dict[int, Mention], other_at: dict[int, Mention]
) -> None:
    """«وقال الأخير», «زيارة الأخير إلى دمشق», «لقائه بالأخير»: «the latter» stands for the
    last person named before it. Not after a definite noun, whose adjective it is
    («الاجتماع الأخير»), nor after a noun with a pronoun («لقائه الأخير»: his last meeting)."""
    tokens, starts, ends = tokenized.tokens, tokenized.starts, tokenized.ends
    if "خير" not in text:  # the cheap test first: most articles have no «الأخير»
        return
    people = sorted({id(m): m for m in person_at.values()}.values(), key=lambda m: m.first)
    if not people:
        return
    lasts = [m.last for m in people]
    for index, token in enumerate(tokens):
        if "اخير" not in token.form or index in person_at or index == 0:
            continue
        found = _LATTER_RE.fullmatch(token.form)
        if found is None:
            continue
        before = tokens[index - 1]
        raw_before = text[starts[index - 1] : ends[index - 1]]
        if (
            before.form.startswith(("ال", "لل", "وال", "بال", "فال"))
            or raw_before.endswith(("ه", "ها", "هم"))  # «لقائه الأخير»; «زيارة الأخير» has «ة»
            or before.is_in(_NOT_LATTER_BEFORE)
            or not before.is_word
        ):
            continue
        position = bisect_right(lasts, index - 1) - 1
        if position < 0 or index - people[position].last > LATTER_REACH:
            continue
        if any(i in other_at for i in range(people[position].last + 1, index)):
            continue  # «… للنظام السوري بعد اتهام الأخير»: the last named is no person
        referent = people[position].match
        latter = replace(
            referent,
            start=starts[index],
            end=ends[index],
            surface=text[starts[index] : ends[index]],
            reason=f"«the latter»: {referent.surface}",
            prefix=found.group(1),  # «للأخير»: «ل»; «بالأخير»: «ب»
            adjective=False,
        )
        person_at[index] = Mention(latter, index, index)


def _drop_named_offices(tokens, person_at: dict[int, Mention], other_at: dict[int, Mention]):
    """«المبعوث الأمريكي الخاص إلى سوريا جيمس جيفري»: an office that stood for its state
    while no name was beside it goes when its holder's name follows the rest of the title."""
    offices = [m for index, m in person_at.items() if m.match.office and m.first == index]
    for office in offices:
        index = office.last + 1
        while (
            index - office.last <= TITLE_TO_NAME and index < len(tokens) and index not in person_at
        ):
            if not (
                tokens[index].title_like
                or tokens[index].is_in(words.TO_WORDS)
                or (index in other_at and other_at[index].match.kind == PLACE)
            ):
                break
            index += 1
        if (
            index in person_at
            and index - office.last <= TITLE_TO_NAME
            # «وزراء خارجية أمريكا وتركيا»: the next one «و» joins on is another party
            and not person_at[index].match.prefix.startswith("و")
        ):
            for covered in range(office.first, office.last + 1):
                if person_at.get(covered) is office:
                    del person_at[covered]


def _join_title_to_name(tokens, person_at: dict[int, Mention], other_at: dict[int, Mention]):
    """«الموفد الأممي العربي إلى سوريا الأخضر الإبراهيمي»: a role the linker resolved, then
    the holder's name after the rest of the title, is one mention of him."""
    people = sorted({id(m): m for m in person_at.values()}.values(), key=lambda m: m.first)
    for title, name in zip(people, people[1:], strict=False):
        if title.entity != name.entity or name.first - title.last > TITLE_TO_NAME:
            continue
        if all(
            tokens[i].title_like
            or tokens[i].is_in(words.TO_WORDS)
            or (i in other_at and other_at[i].match.kind == PLACE)
            for i in range(title.last + 1, name.first)
        ):
            joined = Mention(name.match, title.first, name.last)
            for index in range(title.first, name.last + 1):
                person_at[index] = joined
