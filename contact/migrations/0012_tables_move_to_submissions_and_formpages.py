"""The shared submission pipeline and the form pages move to apps of their own (submissions, formpages).

Step 1 of 3: the tables get the new apps' names, in place, with every row. The new apps then take the models over
in their state only (submissions 0001, formpages 0001), their content types are renamed in place (submissions 0002),
and contact lets go of the models in its state only (contact 0013).
"""

from django.db import migrations

TABLES = {
    "submission": "submissions_submission",
    "outgoingmail": "submissions_outgoingmail",
    "mailattachment": "submissions_mailattachment",
    "contactsettings": "submissions_contactsettings",
    "formpage": "formpages_formpage",
    "formfield": "formpages_formfield",
    "formpagesubmission": "formpages_formpagesubmission",
}


class Migration(migrations.Migration):
    dependencies = [("contact", "0011_recipient_permission")]

    operations = [migrations.AlterModelTable(name=name, table=table) for name, table in TABLES.items()]
