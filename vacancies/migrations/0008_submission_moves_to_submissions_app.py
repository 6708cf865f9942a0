"""An application's submission is now submissions.Submission: the same table (renamed by contact 0012), state only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("submissions", "0001_models_move_from_contact"),
        ("vacancies", "0007_cv_virus_scan"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="application",
                    name="submission",
                    field=models.OneToOneField(
                        editable=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="application",
                        to="submissions.submission",
                        verbose_name="inzending",
                    ),
                ),
            ],
        ),
    ]
