import os
import subprocess
import sys
from pathlib import Path

import pytest

from articles.scratch import database_url

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "fixtures" / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "gold"


@pytest.fixture
def child_env(transactional_db):
    """Environment for a manage.py child process that talks to the test database."""
    from django.db import connection

    env = dict(os.environ)
    env["DATABASE_URL"] = database_url(connection.settings_dict)
    env["PYTHONUNBUFFERED"] = "1"
    return env


@pytest.fixture
def run_manage(child_env):
    """Run `manage.py ARGS...` in a child process against the test database."""

    def run(*args, timeout=300, **kwargs):
        return subprocess.run(
            [sys.executable, str(PROJECT / "manage.py"), *map(str, args)],
            env=child_env,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=PROJECT,
            **kwargs,
        )

    return run


def _load_gazetteer_quickly():
    """fixtures/gazetteer.json with bulk inserts: loaddata takes ~15 s, this well under one.
    test_gazetteer_command.py checks `loaddata gazetteer` itself."""
    import json

    from articles.models import Alias, Entity, Role

    objects = json.loads((PROJECT / "fixtures" / "gazetteer.json").read_text(encoding="utf-8"))
    by_model: dict[str, list[dict]] = {}
    for item in objects:
        by_model.setdefault(item["model"], []).append(item["fields"])
    entities = Entity.objects.bulk_create(
        [
            Entity(**{key: value for key, value in fields.items() if key != "country"})
            for fields in by_model["articles.entity"]
        ]
    )
    ids = {entity.slug: entity.id for entity in entities}
    for entity, fields in zip(entities, by_model["articles.entity"], strict=True):
        if fields["country"]:
            entity.country_id = ids[fields["country"][0]]
    Entity.objects.bulk_update(entities, ["country"])
    Alias.objects.bulk_create(
        [
            Alias(
                entity_id=ids[fields["entity"][0]],
                **{key: value for key, value in fields.items() if key != "entity"},
            )
            for fields in by_model["articles.alias"]
        ]
    )

    def ref(value):
        return ids[value[0]] if value else None

    Role.objects.bulk_create(
        [
            Role(
                **{
                    **{
                        k: v
                        for k, v in fields.items()
                        if k not in ("person", "organization", "country")
                    },
                    "person_id": ref(fields["person"]),
                    "organization_id": ref(fields["organization"]),
                    "country_id": ref(fields["country"]),
                }
            )
            for fields in by_model["articles.role"]
        ]
    )


@pytest.fixture
def gazetteer(db):
    """The curated gazetteer in the test database."""
    _load_gazetteer_quickly()


@pytest.fixture
def linked_samples(gazetteer):
    """The five sample articles, ingested and linked."""
    from django.core.management import call_command

    call_command("ingest", str(SEEDS), workers=0, no_progress=True, stdout=None)


@pytest.fixture(scope="module")
def module_samples(django_db_setup, django_db_blocker):
    """The linked samples, loaded once for a module (ingesting costs ~2 s a test); each test
    still runs in a transaction that is rolled back. Flushed at the end."""
    from django.core.management import call_command

    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)
        _load_gazetteer_quickly()
        call_command("ingest", str(SEEDS), workers=0, no_progress=True, stdout=None)
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)
