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
