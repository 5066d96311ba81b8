"""Read the curated gazetteer source files (gazetteer/*.json) into plain records. Pure Python.

The JSON files are the reviewed source of truth; `manage.py build_gazetteer_fixture` turns
them into fixtures/gazetteer.json, and tests build a Gazetteer from them directly.
"""

import json
import re
from datetime import date
from pathlib import Path

from articles.text.linking import AliasEntry, Gazetteer, RoleEntry
from articles.text.mentions import ORGANIZATION, PERSON, PLACE

FILES = {PERSON: "people.json", PLACE: "places.json", ORGANIZATION: "organizations.json"}

# English title words → role kind; the first that appears wins, so order matters.
_ROLE_KINDS = (
    # Who speaks for or advises an envoy or a president is neither: «المتحدث باسم المبعوث»,
    # «مستشارة الرئيس», «المتحدث باسم الكرملين».
    ("press secretary", "spokesperson"),
    ("spokes", "spokesperson"),
    ("adviser", "official"),
    ("advisor", "official"),
    ("deputy prime minister", "deputy-prime-minister"),
    ("deputy", "deputy-envoy"),
    ("envoy", "envoy"),
    ("special representative", "envoy"),
    ("presidential representative", "envoy"),
    # «مساعد وزير الخارجية», «وكيلة وزارة الخارجية»: officials of the ministry, not its head.
    ("assistant", "official"),
    ("under secretary", "official"),
    ("under-secretary", "official"),
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
    ("premier", "head-of-government"),  # «رئيس مجلس الدولة الصيني»: China's
    ("president", "head-of-state"),
    ("king", "head-of-state"),
    ("emir", "head-of-state"),
    ("sultan", "head-of-state"),
    ("crown prince", "crown-prince"),
    ("ambassador", "ambassador"),
)


_BODIES = ("coalition", "council", "committee", "commission")


def role_kind(title: str, is_envoy: bool) -> str:
    lowered = title.lower()
    if "(head of state)" in lowered:  # «رئيس مجلس السيادة», «رئيس المجلس العسكري»
        return "head-of-state"
    if "vice president" in lowered or "vice-president" in lowered:
        return "vice-president"
    if "deputy" in lowered and "foreign" in lowered and not is_envoy:
        return "deputy-foreign-minister"
    heads = any(word in lowered for word in ("president", "chair", "head of"))
    if heads and not is_envoy and "envoy" not in lowered and any(w in lowered for w in _BODIES):
        return "chair"  # «رئيس الائتلاف الوطني» heads a body, not a state
    if "minister of state" in lowered:  # «وزير الدولة للشؤون الخارجية» is not the minister
        return "minister-of-state"
    if "region of" in lowered:  # «رئيس إقليم كردستان العراق» heads a region, not the state
        return "regional-leader"
    if "deputy secretary-general" in lowered:  # «نائب الأمين العام للجامعة العربية»
        return "deputy-secretary-general"
    for words, kind in _ROLE_KINDS:
        if words in lowered:
            if kind in ("deputy-envoy", "envoy") and not is_envoy and "envoy" not in lowered:
                continue
            if (
                words == "foreign affairs"
                and "ministry of" in lowered
                and "minister" not in (lowered.replace("ministry", ""))
            ):
                return "official"  # «رئيس الدائرة الأوروبية في وزارة الخارجية العراقية»
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
    countries: dict[str, str] = {}
    body_countries: dict[str, str] = {}  # a government body's or a ministry's state
    known_from: dict[str, date] = {}
    for kind, entries in records.items():
        for entry in entries:
            if kind == PLACE and entry.get("country"):
                countries[entry["slug"]] = entry["country"]
            elif kind == ORGANIZATION and entry.get("country"):
                body_countries[entry["slug"]] = entry["country"]
            if since := parse_date(entry.get("since")):
                known_from[entry["slug"]] = since
            subkind = entry.get("kind", "") if kind != PERSON else ""
            envoy = any(role.get("is_envoy") for role in entry.get("roles", []))
            ambiguous_texts = list(dict.fromkeys(entry.get("ambiguous_aliases_ar", [])))
            texts = [(text, True) for text in ambiguous_texts]
            texts += [
                (text, False)
                for text in [entry["name_ar"], entry["name"], *entry.get("aliases_ar", [])]
                + entry.get("aliases_en", [])
                if text not in ambiguous_texts
            ]
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
    return Gazetteer(aliases, roles, countries, known_from, body_countries)


_SLUG_RE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_DIACRITIC_RE = re.compile("[\u064b-\u0652]")


def validate(records: dict[str, list[dict]]) -> list[str]:
    """Problems in the source files: slugs, names, aliases, references, dates, coordinates."""
    errors: list[str] = []
    seen: dict[str, str] = {}
    for kind, entries in records.items():
        for entry in entries:
            slug = entry.get("slug", "")
            if not _SLUG_RE.fullmatch(slug):
                errors.append(f"bad slug {slug!r}")
            if slug in seen:
                errors.append(f"duplicate slug {slug} ({seen[slug]} and {kind})")
            seen[slug] = kind
            for key in ("name", "name_ar"):
                if not entry.get(key):
                    errors.append(f"{slug}: missing {key}")
            if not entry.get("aliases_ar"):
                errors.append(f"{slug}: no Arabic alias")
            for alias in entry.get("aliases_ar", []) + entry.get("ambiguous_aliases_ar", []):
                if _DIACRITIC_RE.search(alias):
                    errors.append(f"{slug}: diacritics in alias {alias}")
            try:
                parse_date(entry.get("since"))
            except ValueError as error:
                errors.append(f"{slug}: unparseable since ({error})")
    places = records[PLACE]
    place_slugs = {entry["slug"] for entry in places}
    countries = {entry["slug"] for entry in places if entry["kind"] == "country"}
    organizations = {entry["slug"] for entry in records[ORGANIZATION]}
    for entry in places:
        if entry["kind"] not in ("city", "country", "region", "area"):
            errors.append(f"{entry['slug']}: bad place kind {entry['kind']}")
        if entry.get("country") is not None and entry["country"] not in countries:
            errors.append(f"{entry['slug']}: unknown country {entry['country']}")
        if not (-90 <= entry["lat"] <= 90 and -180 <= entry["lon"] <= 180):
            errors.append(f"{entry['slug']}: bad coordinates")
    for entry in records[ORGANIZATION]:
        if entry.get("country") is not None and entry["country"] not in place_slugs:
            errors.append(f"{entry['slug']}: unknown place {entry['country']}")
    for entry in records[PERSON]:
        for role in entry.get("roles", []):
            if role.get("organization") and role["organization"] not in organizations:
                errors.append(f"{entry['slug']}: unknown organization {role['organization']}")
            if role.get("country") and role["country"] not in countries:
                errors.append(f"{entry['slug']}: unknown country {role['country']}")
            try:
                start, end = parse_date(role.get("start")), parse_date(role.get("end"), end=True)
            except ValueError as error:
                errors.append(f"{entry['slug']}: unparseable date ({error})")
                continue
            if start and end and end < start:
                errors.append(f"{entry['slug']}: role ends before it starts ({role['title']})")
    return errors
