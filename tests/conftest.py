import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "fixtures" / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "gold"


def database_url(settings_dict: dict) -> str:
    """A DATABASE_URL for a child process that must use the same (test) database."""
    user = quote(settings_dict.get("USER") or "")
    password = quote(settings_dict.get("PASSWORD") or "")
    host = settings_dict.get("HOST") or ""
    port = settings_dict.get("PORT") or ""
    name = settings_dict["NAME"]
    credentials = f"{user}:{password}@" if user else ""
    if host.startswith("/"):
        return f"postgresql://{credentials}/{name}?host={quote(host)}"
    return f"postgresql://{credentials}{host}{':' + str(port) if port else ''}/{name}"


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
