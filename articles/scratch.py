from contextlib import contextmanager

from django.db import connection


@contextmanager
def scratch_database(name: str, keep: bool = False):
    """Point the default connection at a freshly migrated database `name`, dropped after."""
    creation = connection.creation
    test_settings = connection.settings_dict.setdefault("TEST", {})
    previous_name = test_settings.get("NAME")
    test_settings["NAME"] = name
    original = creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        yield
    finally:
        if keep:
            connection.close()
            connection.settings_dict["NAME"] = original
        else:
            creation.destroy_test_db(original, verbosity=0)
        test_settings["NAME"] = previous_name


def database_url(settings_dict: dict) -> str:
    """A DATABASE_URL for a child process that must use the same database."""
    from urllib.parse import quote

    user = quote(settings_dict.get("USER") or "")
    password = quote(settings_dict.get("PASSWORD") or "")
    # dj-database-url puts a Unix socket folder in OPTIONS["host"], not HOST.
    host = settings_dict.get("HOST") or settings_dict.get("OPTIONS", {}).get("host") or ""
    port = settings_dict.get("PORT") or ""
    name = settings_dict["NAME"]
    credentials = f"{user}:{password}@" if user else ""
    if host.startswith("/"):
        return f"postgresql://{credentials}/{name}?host={quote(host)}"
    return f"postgresql://{credentials}{host}{':' + str(port) if port else ''}/{name}"
