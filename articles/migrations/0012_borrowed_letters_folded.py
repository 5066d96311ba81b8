"""Letters borrowed for sounds Arabic lacks (ڤ ڨ گ ڭ ݣ پ چ ژ: «لاڤروڤ», «پوتين») now fold to the
letters other outlets write (ف ق غ ب ج ز): the stored normalised forms of the aliases and
articles that hold them are worked out again, as in 0009. Run `manage.py relink` after it."""

from django.db import migrations


def refold(apps, schema_editor):
    from articles.ingest.refold import refold_letters
    from articles.text.arabic import BORROWED_LETTERS

    refold_letters(apps, schema_editor, "".join(BORROWED_LETTERS))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_entity_subkind_area_help"),
    ]

    operations = [migrations.RunPython(refold, migrations.RunPython.noop)]
