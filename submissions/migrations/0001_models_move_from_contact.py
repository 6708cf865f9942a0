"""The submission pipeline's models, taken over from contact in the state only: contact 0012 renamed the tables."""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contact", "0012_tables_move_to_submissions_and_formpages"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='OutgoingMail',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('to', models.JSONField(default=list, verbose_name='aan')),
                    ('reply_to', models.JSONField(blank=True, default=list, verbose_name='antwoord naar')),
                    ('subject', models.CharField(max_length=255, verbose_name='onderwerp')),
                    ('body', models.TextField(verbose_name='tekst')),
                    ('language', models.CharField(default='nl', max_length=10, verbose_name='taal')),
                    ('message_id', models.CharField(max_length=255, unique=True)),
                    ('state', models.CharField(choices=[('pending', 'Wacht op verzending'), ('sending', 'Wordt verzonden'), ('sent', 'Verzonden'), ('failed', 'Mislukt')], default='pending', max_length=10, verbose_name='status')),
                    ('attempts', models.PositiveSmallIntegerField(default=0, verbose_name='pogingen')),
                    ('next_attempt_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='volgende poging')),
                    ('claimed_until', models.DateTimeField(blank=True, null=True)),
                    ('last_error', models.TextField(blank=True, verbose_name='laatste foutmelding')),
                    ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='aangemaakt op')),
                    ('sent_at', models.DateTimeField(blank=True, null=True, verbose_name='verzonden op')),
                ],
                options={
                    'verbose_name': 'uitgaande e-mail',
                    'verbose_name_plural': 'uitgaande e-mails',
                    'ordering': ['-created_at'],
                },
            ),
            migrations.CreateModel(
                name='ContactSettings',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('retention_months', models.PositiveSmallIntegerField(default=6, help_text='Na zoveel maanden worden berichten van het contactformulier automatisch verwijderd, met de e-mails die erbij horen. Geldt ook voor andere formulieren zonder eigen bewaartermijn.', validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(24)], verbose_name='bewaartermijn berichten (maanden)')),
                    ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                ],
                options={
                    'verbose_name': 'formulieren en privacy',
                },
            ),
            migrations.CreateModel(
                name='MailAttachment',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('filename', models.CharField(max_length=255)),
                    ('mimetype', models.CharField(max_length=100)),
                    ('content', models.BinaryField()),
                    ('mail', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='attachments', to='submissions.outgoingmail')),
                ],
                options={
                    'verbose_name': 'bijlage',
                    'verbose_name_plural': 'bijlagen',
                },
            ),
            migrations.CreateModel(
                name='Submission',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('reference', models.CharField(editable=False, max_length=12, unique=True, verbose_name='kenmerk')),
                    ('kind', models.CharField(db_index=True, editable=False, max_length=40, verbose_name='soort')),
                    ('language', models.CharField(editable=False, max_length=10, verbose_name='taal')),
                    ('sender_name', models.CharField(editable=False, max_length=255, verbose_name='naam afzender')),
                    ('sender_email', models.EmailField(editable=False, max_length=254, verbose_name='e-mailadres afzender')),
                    ('subject', models.CharField(blank=True, editable=False, max_length=255, verbose_name='onderwerp')),
                    ('data', models.JSONField(default=list, editable=False, help_text='Lijst van velden: naam, label en ingevulde waarde.', verbose_name='ingevulde gegevens')),
                    ('flagged', models.BooleanField(default=False, editable=False, verbose_name='controleren')),
                    ('flag_reason', models.CharField(blank=True, choices=[('recaptcha_no_token', 'Geen reCAPTCHA-controle: de browser stuurde geen token (bijvoorbeeld zonder JavaScript)'), ('recaptcha_unreachable', 'Geen reCAPTCHA-controle: de dienst was niet bereikbaar'), ('recaptcha_no_verdict', 'Geen reCAPTCHA-controle: de dienst gaf geen oordeel'), ('virus_scan_unavailable', 'Bestand nog niet op virussen gecontroleerd: de scanner was niet bereikbaar')], editable=False, max_length=40, verbose_name='reden controle')),
                    ('status', models.CharField(choices=[('nieuw', 'Nieuw'), ('in_behandeling', 'In behandeling'), ('beantwoord', 'Beantwoord'), ('afgehandeld', 'Afgehandeld')], default='nieuw', max_length=20, verbose_name='afhandeling')),
                    ('dedupe_key', models.CharField(editable=False, max_length=64, unique=True)),
                    ('form_nonce', models.CharField(blank=True, editable=False, max_length=32, null=True, unique=True)),
                    ('created_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, editable=False, verbose_name='ontvangen op')),
                    ('updated_at', models.DateTimeField(auto_now=True, verbose_name='gewijzigd op')),
                    ('page', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.page', verbose_name='pagina')),
                ],
                options={
                    'verbose_name': 'inzending',
                    'verbose_name_plural': 'inzendingen',
                    'ordering': ['-created_at'],
                    'permissions': [('change_recipient', 'Kan wijzigen naar welk e-mailadres formulieren gaan')],
                },
            ),
            migrations.AddField(
                model_name='outgoingmail',
                name='submission',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='mails', to='submissions.submission', verbose_name='inzending'),
            ),
            migrations.AddIndex(
                model_name='outgoingmail',
                index=models.Index(fields=['state', 'next_attempt_at'], name='contact_mail_due_idx'),
            ),
            ],
        ),
    ]
