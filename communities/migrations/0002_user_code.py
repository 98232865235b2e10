"""Give every clinician a short public code for profile URLs (existing rows get their own)."""

from django.db import migrations, models

import communities.models


def fill_codes(apps: object, schema_editor: object) -> None:
    User = apps.get_model("communities", "User")  # type: ignore[attr-defined]
    for user in User.objects.filter(code__isnull=True).only("pk"):
        user.code = communities.models.new_code()
        user.save(update_fields=["code"])


class Migration(migrations.Migration):
    dependencies = [("communities", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="user",
            name="code",
            field=models.CharField(editable=False, max_length=16, null=True),
        ),
        migrations.RunPython(fill_codes, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="user",
            name="code",
            field=models.CharField(
                default=communities.models.new_code, editable=False, max_length=16, unique=True
            ),
        ),
    ]
