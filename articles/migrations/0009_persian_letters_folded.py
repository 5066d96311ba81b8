"""Persian letters (ی ک ھ ۀ ە) now fold to their Arabic forms in normalisation: the stored
normalised forms of the aliases that hold them, and the normalised text, search vector and
content hash of such articles, are worked out again (a hash another article already has is
left as it was). Their mentions and events change too: run `manage.py relink` after it."""

from django.db import migrations

BATCH = 500


def refold(apps, schema_editor):
    from articles.ingest.prepare import content_hash
    from articles.text.arabic import PERSIAN_LETTERS, normalize, tsvector_literal

    Alias = apps.get_model("articles", "Alias")
    for alias in Alias.objects.filter(text__regex="[" + "".join(PERSIAN_LETTERS) + "]"):
        alias.normalized = " ".join(normalize(alias.text).split())
        alias.save(update_fields=["normalized"])
    Article = apps.get_model("articles", "Article")
    table = Article._meta.db_table
    letters = "[" + "".join(PERSIAN_LETTERS) + "]"
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, title, body FROM {table} WHERE body ~ %s OR title ~ %s ORDER BY id",
            [letters, letters],
        )
        rows = cursor.fetchall()
    for start in range(0, len(rows), BATCH):
        with connection.cursor() as cursor:
            for article_id, title, body in rows[start : start + BATCH]:
                folded = normalize(body)
                vector = tsvector_literal(normalize(title) + "\n" + folded, normalized=True)
                digest = content_hash(folded)
                cursor.execute(
                    f"UPDATE {table} SET body_normalized = %s, search_vector = %s::tsvector,"
                    f" content_hash = CASE WHEN EXISTS (SELECT 1 FROM {table}"
                    f" WHERE content_hash = %s AND id <> %s) THEN content_hash ELSE %s END"
                    " WHERE id = %s",
                    [folded, vector, digest, article_id, digest, article_id],
                )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_entity_known_from"),
    ]

    operations = [migrations.RunPython(refold, migrations.RunPython.noop)]
