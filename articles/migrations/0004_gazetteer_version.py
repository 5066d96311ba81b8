"""A version number for the gazetteer, bumped in the same transaction as every write to
entities, aliases and roles, so each process's copy of them (articles/gazetteer_cache.py)
knows when it is stale. A trigger catches every writer: admin, loaddata, relink, a shell.

A table rather than a bare sequence: a sequence's value is visible before the write commits,
so a reader could cache the old rows under the new number.
"""

from django.db import migrations

TABLES = ("articles_entity", "articles_alias", "articles_role")

FORWARD = """
CREATE SEQUENCE articles_gazetteer_version_seq;
CREATE TABLE articles_gazetteer_version (
    id smallint PRIMARY KEY CONSTRAINT gazetteer_version_single_row CHECK (id = 1),
    value bigint NOT NULL
);
CREATE FUNCTION articles_bump_gazetteer_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO articles_gazetteer_version (id, value)
    VALUES (1, nextval('articles_gazetteer_version_seq'))
    ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value;
    RETURN NULL;
END
$$;
""" + "".join(
    f"""
CREATE TRIGGER {table}_bumps_gazetteer_version
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
FOR EACH STATEMENT EXECUTE FUNCTION articles_bump_gazetteer_version();
"""
    for table in TABLES
)

BACKWARD = "".join(
    f"DROP TRIGGER IF EXISTS {table}_bumps_gazetteer_version ON {table};\n" for table in TABLES
) + """
DROP FUNCTION IF EXISTS articles_bump_gazetteer_version();
DROP TABLE IF EXISTS articles_gazetteer_version;
DROP SEQUENCE IF EXISTS articles_gazetteer_version_seq;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_article_newest_index"),
    ]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
