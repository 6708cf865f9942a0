"""Sign-ups cancelled before the inbox followed them: their submission, still "nieuw" or "in behandeling", gets
the status "afgemeld" that a cancel now gives it (formpages/signups.py)."""

from django.db import migrations


def follow_the_cancel(apps, schema_editor):
    FormPageSubmission = apps.get_model("formpages", "FormPageSubmission")
    Submission = apps.get_model("submissions", "Submission")
    cancelled = FormPageSubmission.objects.filter(cancelled_at__isnull=False, submission__isnull=False)
    Submission.objects.filter(
        pk__in=cancelled.values("submission_id"), status__in=["nieuw", "in_behandeling"]
    ).update(status="afgemeld")


class Migration(migrations.Migration):
    dependencies = [
        ("formpages", "0002_places_per_choice_in_the_choices"),
        ("submissions", "0002_status_history"),
    ]

    operations = [migrations.RunPython(follow_the_cancel, migrations.RunPython.noop)]
