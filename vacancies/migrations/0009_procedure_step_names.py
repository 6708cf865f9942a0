import json

import vacancies.blocks
import wagtail.fields
from django.db import migrations, models

# Steps written before their names were fixed: the free title is matched to a step, else the position among the
# steps after the application (the old pages listed those four, in order).
KNOWN_TITLES = {
    "kennismakingsgesprek": "kennismakingsgesprek",
    "introductory talk": "kennismakingsgesprek",
    "proefperiode van 3 maanden": "proefperiode",
    "trial period of 3 months": "proefperiode",
    "benoeming": "benoemd",
    "appointment": "benoemd",
}
LATER_STEPS = ["kennismakingsgesprek", "gesprek_delegatie", "proefperiode", "benoemd"]


def name_the_steps(apps, schema_editor):
    VacancyIndexPage = apps.get_model("vacancies", "VacancyIndexPage")
    for page in VacancyIndexPage.objects.all():
        raw = list(page.procedure.raw_data)
        changed = False
        for position, block in enumerate(raw):
            value = block.get("value") or {}
            if block.get("type") != "step" or "step" in value:
                continue
            title = str(value.pop("title", "")).strip().lower()
            fallback = LATER_STEPS[position] if position < len(LATER_STEPS) else LATER_STEPS[-1]
            value["step"] = KNOWN_TITLES.get(title, fallback)
            block["value"] = value
            changed = True
        if changed:
            page.procedure = json.dumps(raw)
            page.save(update_fields=["procedure"])


class Migration(migrations.Migration):

    dependencies = [
        ('vacancies', '0008_submission_moves_to_submissions_app'),
    ]

    operations = [
        migrations.AlterField(
            model_name='application',
            name='status',
            field=models.CharField(choices=[('ontvangen', 'Aanmelding ontvangen'), ('kennismakingsgesprek', 'Kennismakingsgesprek'), ('gesprek_delegatie', 'Gesprek met een paar leden van de WIJ-raad'), ('proefperiode', 'Proefperiode van 3 maanden'), ('benoemd', 'Benoeming'), ('afgewezen', 'Afgewezen'), ('ingetrokken', 'Ingetrokken')], db_index=True, default='ontvangen', editable=False, max_length=30, verbose_name='stap in de procedure'),
        ),
        migrations.AlterField(
            model_name='applicationstatuschange',
            name='status',
            field=models.CharField(choices=[('ontvangen', 'Aanmelding ontvangen'), ('kennismakingsgesprek', 'Kennismakingsgesprek'), ('gesprek_delegatie', 'Gesprek met een paar leden van de WIJ-raad'), ('proefperiode', 'Proefperiode van 3 maanden'), ('benoemd', 'Benoeming'), ('afgewezen', 'Afgewezen'), ('ingetrokken', 'Ingetrokken')], max_length=30, verbose_name='stap'),
        ),
        migrations.AlterField(
            model_name='vacancyindexpage',
            name='procedure',
            field=wagtail.fields.StreamField([('step', 2)], blank=True, block_lookup={0: ('wagtail.blocks.ChoiceBlock', [], {'choices': vacancies.blocks.procedure_step_choices, 'label': 'Stap'}), 1: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link'], 'label': 'Uitleg', 'required': False}), 2: ('wagtail.blocks.StructBlock', [[('step', 0), ('text', 1)]], {})}, help_text='Een uitleg bij de stappen na een aanmelding. De namen en de volgorde van de stappen liggen vast, zodat ze op de website, in de e-mails en in het beheer hetzelfde zijn. Ze staan hier en op elke vacature.', verbose_name='procedure'),
        ),
        migrations.RunPython(name_the_steps, migrations.RunPython.noop),
    ]
