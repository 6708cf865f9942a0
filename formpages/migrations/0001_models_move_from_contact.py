"""The form pages' models, taken over from contact in the state only: contact 0012 renamed the tables."""

import django.core.serializers.json
import django.core.validators
import django.db.models.deletion
import formpages.models.form_submissions
import modelcluster.fields
import uuid
import wagtail.contrib.forms.models
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contact", "0012_tables_move_to_submissions_and_formpages"),
        ("submissions", "0001_models_move_from_contact"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='FormPage',
                fields=[
                    ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.page')),
                    ('intro', models.TextField(blank=True, help_text='Eén of twee zinnen. Staat bovenaan de pagina, in overzichten en in zoekmachines.', verbose_name='inleiding')),
                    ('body', wagtail.fields.RichTextField(blank=True, help_text='Kort houden.', verbose_name='tekst boven het formulier')),
                    ('opens_at', models.DateTimeField(blank=True, help_text='Leeg: het formulier is meteen open.', null=True, verbose_name='open vanaf')),
                    ('closes_at', models.DateTimeField(blank=True, help_text='Vanaf dit moment kan niemand het formulier meer versturen. Leeg: geen einddatum.', null=True, verbose_name='open tot')),
                    ('max_signups', models.PositiveIntegerField(blank=True, help_text='Leeg: geen maximum. Wie zich afmeldt, telt niet meer mee.', null=True, validators=[django.core.validators.MinValueValidator(1)], verbose_name='maximaal aantal aanmeldingen')),
                    ('thank_you_text', models.TextField(default='Je hoort van ons als er iets verandert of als we nog iets van je nodig hebben.', help_text='Staat op de bedankpagina. Zeg wat er nu gebeurt.', verbose_name='tekst na versturen')),
                    ('confirmation_text', models.TextField(default='Bedankt! We hebben je formulier goed ontvangen.', help_text='De afzender krijgt deze tekst met het kenmerk, en bij een bijeenkomst wanneer en waar die is. Wat de afzender heeft ingevuld, staat er niet in. Dat kan alleen als het formulier een vraag met het antwoord E-mailadres heeft.', verbose_name='tekst in de bevestiging per e-mail')),
                    ('to_address', models.CharField(blank=True, help_text='Leeg laten: ze gaan naar het e-mailadres van het secretariaat in de instellingen. Meer adressen: zet een komma tussen de adressen.', max_length=255, validators=[wagtail.contrib.forms.models.validate_to_address], verbose_name='formulieren sturen naar')),
                ],
                options={
                    'verbose_name': 'formulierpagina',
                    'verbose_name_plural': "formulierpagina's",
                },
                bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, wagtail.contrib.forms.models.FormMixin, 'wagtailcore.page', models.Model),
            ),
            migrations.CreateModel(
                name='FormField',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                    ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                    ('clean_name', models.CharField(blank=True, default='', help_text='Safe name of the form field, the label converted to ascii_snake_case', max_length=255, verbose_name='name')),
                    ('label', models.CharField(help_text='Staat boven het veld. Bijvoorbeeld: Naam of Aan welke tafel?', max_length=255, verbose_name='vraag')),
                    ('field_type', models.CharField(choices=[('singleline', 'Eén regel tekst'), ('multiline', 'Meer regels tekst'), ('email', 'E-mailadres'), ('phone', 'Telefoonnummer'), ('number', 'Getal'), ('date', 'Datum'), ('dropdown', 'Keuzelijst (één keuze)'), ('radio', 'Rondjes (één keuze)'), ('checkboxes', 'Vinkjes (meer keuzes)'), ('checkbox', 'Eén vinkje (ja of nee)'), ('consent', 'Toestemming (met link naar de privacyverklaring)')], default='singleline', max_length=16, verbose_name='soort antwoord')),
                    ('required', models.BooleanField(default=True, verbose_name='verplicht')),
                    ('choices', models.TextField(blank=True, help_text='Zet elke keuze op een eigen regel. Alleen voor keuzelijst, rondjes en vinkjes.', verbose_name='keuzes')),
                    ('help_text', models.CharField(blank=True, help_text='Staat onder de vraag. Bijvoorbeeld: Kies één of twee tafels.', max_length=255, verbose_name='uitleg')),
                    ('min_choices', models.PositiveSmallIntegerField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(1)], verbose_name='minimaal aantal vinkjes')),
                    ('max_choices', models.PositiveSmallIntegerField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(1)], verbose_name='maximaal aantal vinkjes')),
                    ('min_value', models.DecimalField(blank=True, decimal_places=4, help_text='Alleen bij Getal. Leeg: -1.000.000.', max_digits=12, null=True, verbose_name='kleinste getal')),
                    ('max_value', models.DecimalField(blank=True, decimal_places=4, help_text='Alleen bij Getal. Leeg: 1.000.000.', max_digits=12, null=True, verbose_name='grootste getal')),
                    ('min_date', models.DateField(blank=True, help_text='Alleen bij Datum. Leeg: 1-1-1900.', null=True, verbose_name='vroegste datum')),
                    ('max_date', models.DateField(blank=True, help_text='Alleen bij Datum. Leeg: 31-12-2100.', null=True, verbose_name='laatste datum')),
                    ('choice_capacity', models.PositiveIntegerField(blank=True, help_text='Bijvoorbeeld 12 per tafel. Is een keuze vol, dan kan niemand die nog kiezen. Leeg: geen grens.', null=True, validators=[django.core.validators.MinValueValidator(1)], verbose_name='plaatsen per keuze')),
                    ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='form_fields', to='formpages.formpage')),
                ],
                options={
                    'verbose_name': 'vraag',
                    'verbose_name_plural': 'vragen',
                    'ordering': ['sort_order'],
                    'abstract': False,
                },
            ),
            migrations.CreateModel(
                name='FormPageSubmission',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('form_data', models.JSONField(encoder=django.core.serializers.json.DjangoJSONEncoder)),
                    ('submit_time', models.DateTimeField(auto_now_add=True, verbose_name='submit time')),
                    ('cancel_token', models.CharField(default=formpages.models.form_submissions.new_cancel_token, editable=False, max_length=64, unique=True)),
                    ('cancelled_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='afgemeld op')),
                    ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.page')),
                ],
                options={
                    'verbose_name': 'formulieraanmelding',
                    'verbose_name_plural': 'formulieraanmeldingen',
                    'ordering': ['submit_time'],
                },
            ),
            migrations.AddField(
                model_name='formpagesubmission',
                name='submission',
                field=models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='form_page_submission', to='submissions.submission', verbose_name='inzending'),
            ),
            migrations.AlterUniqueTogether(
                name='formfield',
                unique_together={('translation_key', 'locale')},
            ),
            ],
        ),
    ]
