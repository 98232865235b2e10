"""The modality tags groups choose from (the directory filters by them)."""

from django.db import migrations

TAGS = [
    ("emdr", "EMDR"),
    ("dbt", "DBT"),
    ("cbt", "CBT"),
    ("act", "ACT"),
    ("psychodynamic", "Psychodynamic"),
    ("couples", "Couples"),
    ("child-and-family", "Child and family"),
    ("ifs", "IFS"),
    ("trauma", "Trauma-focused"),
    ("group-therapy", "Group therapy"),
]


def add_tags(apps: object, schema_editor: object) -> None:
    ModalityTag = apps.get_model("communities", "ModalityTag")  # type: ignore[attr-defined]
    for slug, name in TAGS:
        ModalityTag.objects.get_or_create(slug=slug, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("communities", "0002_user_code")]

    operations = [migrations.RunPython(add_tags, migrations.RunPython.noop)]
