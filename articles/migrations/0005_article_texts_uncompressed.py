"""The article's three long texts are stored out of line without compression.

Compressing them (pglz, the only method every PostgreSQL build has) was half of what
PostgreSQL spent storing an article: a COPY of 20,000 articles took 8.8 s of backend CPU
compressed and 5.4 s uncompressed. They compress to about half, so the table grows by about
that much; reading them also skips decompression.
"""

from django.db import migrations

COLUMNS = ("raw_text", "body", "body_normalized")


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_gazetteer_version")]

    operations = [
        migrations.RunSQL(
            [f"ALTER TABLE articles_article ALTER COLUMN {column} SET STORAGE EXTERNAL" for column in COLUMNS],
            [f"ALTER TABLE articles_article ALTER COLUMN {column} SET STORAGE EXTENDED" for column in COLUMNS],
        )
    ]
