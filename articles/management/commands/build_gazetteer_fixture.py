import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.models.entity import normalize_alias
from articles.text.gazetteer_source import load_records, parse_date, role_kind
from articles.text.mentions import ORGANIZATION, PERSON, PLACE

SOURCE = Path(settings.BASE_DIR) / "gazetteer"
FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "gazetteer.json"


def _entity(kind: str, record: dict) -> dict:
    fields = {
        "kind": kind,
        "slug": record["slug"],
        "name": record["name"],
        "name_ar": record["name_ar"],
        "description": record.get("description", ""),
        "subkind": record.get("kind", "") if kind != PERSON else "",
        "country": [record["country"]] if record.get("country") else None,
        "latitude": record.get("lat"),
        "longitude": record.get("lon"),
        "known_from": since.isoformat() if (since := parse_date(record.get("since"))) else None,
    }
    return {"model": "articles.entity", "fields": fields}


def _aliases(record: dict) -> list[dict]:
    seen = set()
    rows = []
    # Ambiguous first: a name that is also an ordinary phrase («الشرق الأوسط», the paper and
    # the region) stays ambiguous when it is the entity's Arabic name too.
    groups = [
        ("ar", True, record.get("ambiguous_aliases_ar", [])),
        ("ar", False, [record["name_ar"], *record.get("aliases_ar", [])]),
        ("en", False, [record["name"], *record.get("aliases_en", [])]),
    ]
    for language, ambiguous, texts in groups:
        for text in texts:
            text = " ".join(text.split())
            if not text or (language, text) in seen:
                continue
            seen.add((language, text))
            rows.append(
                {
                    "model": "articles.alias",
                    "fields": {
                        "entity": [record["slug"]],
                        "text": text,
                        "language": language,
                        "ambiguous": ambiguous,
                        "normalized": normalize_alias(text),
                    },
                }
            )
    return rows


def _roles(record: dict) -> list[dict]:
    rows = []
    for role in record.get("roles", []):
        start = parse_date(role.get("start"))
        end = parse_date(role.get("end"), end=True)
        rows.append(
            {
                "model": "articles.role",
                "fields": {
                    "person": [record["slug"]],
                    "title": role["title"],
                    "kind": role_kind(role["title"], role.get("is_envoy", False)),
                    "organization": [role["organization"]] if role.get("organization") else None,
                    "country": [role["country"]] if role.get("country") else None,
                    "start": start.isoformat() if start else None,
                    "end": end.isoformat() if end else None,
                    "is_envoy": bool(role.get("is_envoy")),
                    "phrases_ar": role.get("role_phrases_ar", []),
                },
            }
        )
    return rows


class Command(BaseCommand):
    help = "Rebuild fixtures/gazetteer.json from the curated source files in gazetteer/."

    def add_arguments(self, parser):
        parser.add_argument("--source", type=Path, default=SOURCE)
        parser.add_argument("--output", type=Path, default=FIXTURE)

    def handle(self, *args, source, output, **options):
        try:
            records = load_records(source)
        except (OSError, ValueError) as error:
            raise CommandError(f"cannot read the gazetteer in {source}: {error}") from None
        # Countries first: cities and organizations refer to them by natural key.
        order = [PLACE, ORGANIZATION, PERSON]
        places = sorted(records[PLACE], key=lambda r: (r.get("country") is not None, r["slug"]))
        objects = [_entity(PLACE, record) for record in places]
        for kind in order[1:]:
            objects += [_entity(kind, record) for record in records[kind]]
        for kind in order:
            for record in records[kind]:
                objects += _aliases(record)
        for record in records[PERSON]:
            objects += _roles(record)
        output.write_text(json.dumps(objects, ensure_ascii=False, indent=1), encoding="utf-8")
        entities = sum(len(entries) for entries in records.values())
        self.stdout.write(f"Wrote {output}: {entities} entities, {len(objects)} objects")
