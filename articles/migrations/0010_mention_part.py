"""Mentions say which text their offsets point into (the body, the headline or the
dateline), and the search vector holds the dateline too: the vectors of articles stored with
a dateline are worked out again. Their headline and dateline mentions come with the next
`manage.py relink`."""

from django.db import migrations, models

BATCH = 500


def add_datelines_to_search_vectors(apps, schema_editor):
    from articles.ingest.prepare import search_vector

    Article = apps.get_model("articles", "Article")
    table = Article._meta.db_table
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, title, dateline, body_normalized FROM {table} WHERE dateline <> ''"
            " ORDER BY id"
        )
        rows = cursor.fetchall()
    for start in range(0, len(rows), BATCH):
        with connection.cursor() as cursor:
            for article_id, title, dateline, body_normalized in rows[start : start + BATCH]:
                cursor.execute(
                    f"UPDATE {table} SET search_vector = %s::tsvector WHERE id = %s",
                    [search_vector(title, dateline, body_normalized), article_id],
                )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0009_persian_letters_folded"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="mention",
            name="mention_article_entity_start_unique",
        ),
        migrations.AddField(
            model_name="mention",
            name="part",
            field=models.CharField(
                choices=[("body", "body"), ("title", "headline"), ("dateline", "dateline")],
                default="body",
                help_text="The text the offsets point into: the body, the headline or the dateline.",
                max_length=8,
            ),
        ),
        migrations.AlterField(
            model_name="mention",
            name="start",
            field=models.PositiveIntegerField(help_text="Offset into the text of its part."),
        ),
        migrations.AddConstraint(
            model_name="mention",
            constraint=models.UniqueConstraint(
                fields=("article", "entity", "start", "part"),
                name="mention_article_entity_start_part_unique",
            ),
        ),
        migrations.RunPython(add_datelines_to_search_vectors, migrations.RunPython.noop),
    ]
