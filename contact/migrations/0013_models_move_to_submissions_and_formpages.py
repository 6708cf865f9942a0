"""The moved models' content types get their new app in place, and contact lets go of the models (state only).

Renaming the django_content_type rows keeps every row that points at them: permissions (and so the Secretariaat
group's), the content type of every form page, revisions, log entries and wagtail-localize's translation sources.
A new content type beside the old one would orphan all of those.
"""

from django.db import migrations

MOVED = {
    "submission": "submissions",
    "outgoingmail": "submissions",
    "mailattachment": "submissions",
    "contactsettings": "submissions",
    "formpage": "formpages",
    "formfield": "formpages",
    "formpagesubmission": "formpages",
}


def rename_content_types(apps, schema_editor, old_app=None):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model, new_app in MOVED.items():
        source, target = (new_app, "contact") if old_app else ("contact", new_app)
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(app_label=target)
    ContentType.objects.clear_cache()


def rename_back(apps, schema_editor):
    rename_content_types(apps, schema_editor, old_app="contact")


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0012_tables_move_to_submissions_and_formpages"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("formpages", "0001_models_move_from_contact"),
        ("submissions", "0001_models_move_from_contact"),
        ("vacancies", "0008_submission_moves_to_submissions_app"),
    ]

    operations = [
        migrations.RunPython(rename_content_types, rename_back),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="MailAttachment"),
                migrations.DeleteModel(name="OutgoingMail"),
                migrations.DeleteModel(name="FormPageSubmission"),
                migrations.DeleteModel(name="FormField"),
                migrations.DeleteModel(name="FormPage"),
                migrations.DeleteModel(name="ContactSettings"),
                migrations.DeleteModel(name="Submission"),
            ],
        ),
    ]
