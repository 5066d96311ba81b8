"""Each process's copy of the gazetteer (entities with their aliases and roles), for the
lookups every search page makes: the names in the query, the envoy filter, the result chips.

Reading them from the database costs ~6 ms a page; they change only when a curator edits
them. A copy is kept for the gazetteer version it was built from (migration 0004: a trigger
bumps the version in the same transaction as any write), and one small query per use checks
that version, so an edit shows on the next page in every process.
"""

from collections.abc import Callable
from typing import TypeVar

from django.db import connection
from django.utils.translation import get_language

T = TypeVar("T")

_copies: dict[tuple[str, str], tuple[tuple, object]] = {}


def version() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT value FROM articles_gazetteer_version")
        row = cursor.fetchone()
    return row[0] if row else 0


def cached(name: str, build: Callable[[], T], per_language: bool = False) -> T:
    """build()'s result for the current gazetteer version (and language), built once."""
    slot = (name, get_language() if per_language else "")
    key = (connection.settings_dict["NAME"], version())
    found = _copies.get(slot)
    if found is not None and found[0] == key:
        return found[1]
    value = build()
    _copies[slot] = (key, value)
    return value
