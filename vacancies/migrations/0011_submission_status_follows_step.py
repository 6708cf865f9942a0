"""Applications that moved on before the inbox followed the procedure: their submission, still "nieuw", gets the
handling status and step that the procedure now gives it (vacancies/procedure.py `handling_status`)."""

from django.db import migrations

# The step names as they were when this migration was written (ApplicationStatus labels).
IN_PROGRESS = {
    "kennismakingsgesprek": "Kennismakingsgesprek",
    "gesprek_delegatie": "Gesprek met een paar leden van de WIJ-raad",
    "proefperiode": "Proefperiode van 3 maanden",
}
DONE = {"benoemd": "Benoeming", "afgewezen": "Afgewezen"}


def follow_the_step(apps, schema_editor):
    Application = apps.get_model("vacancies", "Application")
    Submission = apps.get_model("submissions", "Submission")
    moved_on = Application.objects.filter(submission__status="nieuw").exclude(status="ontvangen")
    for step, submission_id in moved_on.values_list("status", "submission_id"):
        if step in IN_PROGRESS:
            status, detail = "in_behandeling", IN_PROGRESS[step]
        elif step in DONE:
            status, detail = "afgehandeld", DONE[step]
        elif step == "ingetrokken":
            status, detail = "ingetrokken", ""
        else:
            continue
        Submission.objects.filter(pk=submission_id).update(status=status, status_detail=detail)


class Migration(migrations.Migration):
    dependencies = [
        ("vacancies", "0010_body_letter_and_privacy_blocks"),
        ("submissions", "0002_status_history"),
    ]

    operations = [migrations.RunPython(follow_the_step, migrations.RunPython.noop)]
