"""Web-search syntax to a PostgreSQL tsquery, through the same analysis as the index.

Words are ANDed, "quotes" make a phrase (straight, curly, guillemet and low-9 quotes alike),
OR between two items makes an alternative, and a leading - excludes. The tsquery is built
here rather than by websearch_to_tsquery because the index holds our own lexemes (see
articles.text.arabic), which PostgreSQL's parsers would not reproduce. Pure Python.
"""

import re
from dataclasses import dataclass

from articles.text.arabic import compound_halves, query_form, tokens

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32

_OPENING_QUOTES = '"“”„«»‟'
_ITEM_RE = re.compile(r"""(-?)(?:[\"“”„«»‟]([^\"“”„«»‟]*)[\"“”„«»‟]?|(\S+))""")


@dataclass(frozen=True)
class QueryItem:
    words: tuple[str, ...]  # analysed tokens, in order
    negated: bool
    phrase: bool


def parse(query: str) -> list[QueryItem | str]:
    """The items of a query, with the string "OR" between alternatives."""
    query = query.replace("\x00", " ")[:MAX_QUERY_CHARS]
    items: list[QueryItem | str] = []
    for match in _ITEM_RE.finditer(query):
        negated, quoted, bare = match.group(1) == "-", match.group(2), match.group(3)
        if bare == "OR":
            items.append("OR")
            continue
        text = quoted if quoted is not None else bare
        words = tuple(tokens(text))
        if words:
            items.append(QueryItem(words=words, negated=negated, phrase=quoted is not None))
    return items


def _lexeme(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def _word_expression(token: str) -> str:
    form = query_form(token)
    halves = compound_halves(form) if len(form) >= 6 else None
    if halves:
        left, right = halves
        return f"({_lexeme(form)} | {_lexeme(left)} <-> {_lexeme(right)})"
    return _lexeme(form)


def _item_expression(item: QueryItem) -> str:
    words = [_word_expression(word) for word in item.words]
    expression = words[0] if len(words) == 1 else "(" + " <-> ".join(words) + ")"
    return "!" + expression if item.negated else expression


def to_tsquery(query: str) -> str | None:
    """tsquery text for `query`, or None when it has no searchable term."""
    groups: list[list[str]] = []
    pending_or = False
    term_count = 0
    for item in parse(query):
        if item == "OR":
            pending_or = bool(groups)
            continue
        term_count += len(item.words)
        if term_count > MAX_TERMS:
            break
        expression = _item_expression(item)
        if pending_or:
            groups[-1].append(expression)
        else:
            groups.append([expression])
        pending_or = False
    if not groups:
        return None
    return " & ".join(
        group[0] if len(group) == 1 else "(" + " | ".join(group) + ")" for group in groups
    )
