"""Persian letters (ی ک ھ ۀ ە) now fold to their Arabic forms in normalisation: the stored
normalised forms of the aliases that hold them, and the normalised text, search vector and
content hash of such articles, are worked out again (a hash another article already has is
left as it was). Their mentions and events change too: run `manage.py relink` after it."""

from django.db import migrations


def refold(apps, schema_editor):
    from articles.ingest.refold import refold_letters
    from articles.text.arabic import PERSIAN_LETTERS

    refold_letters(apps, schema_editor, "".join(PERSIAN_LETTERS))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_entity_known_from"),
    ]

    operations = [migrations.RunPython(refold, migrations.RunPython.noop)]
