"""Work out again the stored folded forms a change of the normaliser touches: the normalised
form of the aliases, and the normalised text, search vector and content hash of the articles,
that hold one of the newly folded letters (a hash another article already has is left as it
was). For data migrations; their mentions and events change too: run `manage.py relink`."""

BATCH = 500


def refold_letters(apps, schema_editor, letters: str) -> None:
    from articles.ingest.prepare import content_hash
    from articles.text.arabic import normalize, tsvector_literal

    pattern = "[" + letters + "]"
    Alias = apps.get_model("articles", "Alias")
    for alias in Alias.objects.filter(text__regex=pattern):
        alias.normalized = " ".join(normalize(alias.text).split())
        alias.save(update_fields=["normalized"])
    table = apps.get_model("articles", "Article")._meta.db_table
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, title, body FROM {table} WHERE body ~ %s OR title ~ %s ORDER BY id",
            [pattern, pattern],
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
