"""Every other variable-length column of the article table is stored without compression too.

While the long texts are still in the row, PostgreSQL tries pglz on each compressible column
that is left, largest first: the search vector (about 4 KB) was compressed on every insert, and
pglz still took 12% of a storing backend's CPU after 0005 (perf, 100,000 articles). Short
values stay in the row as they were; the search vector goes out of line, uncompressed.
"""

from django.db import migrations

COLUMNS = (
    "search_vector",
    "title",
    "url",
    "file_name",
    "dateline",
    "removed",
    "content_hash",
    "published_precision",
    "published_evidence",
    "entity_slugs",
    "meeting_place_slugs",
    "event_kinds",
)


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_article_texts_uncompressed")]

    operations = [
        migrations.RunSQL(
            [f"ALTER TABLE articles_article ALTER COLUMN {column} SET STORAGE EXTERNAL" for column in COLUMNS],
            [f"ALTER TABLE articles_article ALTER COLUMN {column} SET STORAGE EXTENDED" for column in COLUMNS],
        )
    ]
