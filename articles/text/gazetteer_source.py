"""Read the curated gazetteer source files (gazetteer/*.json) into plain records. Pure Python.

The JSON files are the reviewed source of truth; `manage.py build_gazetteer_fixture` turns
them into fixtures/gazetteer.json, and tests build a Gazetteer from them directly.
"""

import json
from datetime import date
from pathlib import Path

from articles.text.linking import AliasEntry, Gazetteer, RoleEntry
from articles.text.mentions import ORGANIZATION, PERSON, PLACE

FILES = {PERSON: "people.json", PLACE: "places.json", ORGANIZATION: "organizations.json"}

# English title words → role kind; the first that appears wins, so order matters.
_ROLE_KINDS = (
    ("deputy", "deputy-envoy"),
    ("envoy", "envoy"),
    ("special representative", "envoy"),
    ("spokes", "spokesperson"),
    ("secretary-general", "secretary-general"),
    ("secretary general", "secretary-general"),
    ("foreign minister", "foreign-minister"),
    ("minister of foreign affairs", "foreign-minister"),
    ("minister for foreign affairs", "foreign-minister"),
    ("foreign secretary", "foreign-minister"),
    ("secretary of state", "foreign-minister"),
    ("foreign affairs", "foreign-minister"),
    ("prime minister", "head-of-government"),
    ("chancellor", "head-of-government"),
    ("president", "head-of-state"),
    ("king", "head-of-state"),
    ("emir", "head-of-state"),
    ("crown prince", "crown-prince"),
    ("ambassador", "ambassador"),
)


def role_kind(title: str, is_envoy: bool) -> str:
    lowered = title.lower()
    if "vice president" in lowered or "vice-president" in lowered:
        return "vice-president"
    if "deputy" in lowered and "foreign" in lowered and not is_envoy:
        return "deputy-foreign-minister"
    for words, kind in _ROLE_KINDS:
        if words in lowered:
            if kind in ("deputy-envoy", "envoy") and not is_envoy and "envoy" not in lowered:
                continue
            return kind
    return "envoy" if is_envoy else "official"


def parse_date(value: str | None, *, end: bool = False) -> date | None:
    """ISO date, or the first (start) / last (end) day of a bare year or month."""
    if not value:
        return None
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        year, month = parts
        if not end:
            return date(year, month, 1)
        next_month = date(year + month // 12, month % 12 + 1, 1)
        return date.fromordinal(next_month.toordinal() - 1)
    return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)


def load_records(directory: Path) -> dict[str, list[dict]]:
    return {
        kind: json.loads((directory / name).read_text(encoding="utf-8"))
        for kind, name in FILES.items()
    }


def gazetteer_from_records(records: dict[str, list[dict]]) -> Gazetteer:
    aliases: list[AliasEntry] = []
    roles: list[RoleEntry] = []
    for kind, entries in records.items():
        for entry in entries:
            subkind = entry.get("kind", "") if kind != PERSON else ""
            envoy = any(role.get("is_envoy") for role in entry.get("roles", []))
            texts = [(entry["name_ar"], False), (entry["name"], False)]
            texts += [(text, False) for text in entry.get("aliases_ar", [])]
            texts += [(text, False) for text in entry.get("aliases_en", [])]
            texts += [(text, True) for text in entry.get("ambiguous_aliases_ar", [])]
            for text, ambiguous in texts:
                aliases.append(AliasEntry(entry["slug"], kind, text, ambiguous, subkind, envoy))
            for role in entry.get("roles", []):
                roles.append(
                    RoleEntry(
                        holder=entry["slug"],
                        role=role_kind(role["title"], role.get("is_envoy", False)),
                        role_of=role.get("country") or role.get("organization"),
                        start=parse_date(role.get("start")),
                        end=parse_date(role.get("end"), end=True),
                        phrases=tuple(role.get("role_phrases_ar", [])),
                        is_envoy=role.get("is_envoy", False),
                    )
                )
    return Gazetteer(aliases, roles)
