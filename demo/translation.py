"""Translate demo content the way a translator does in wagtail-localize.

`translate(instance, "en", {dutch_text: english_text})` submits a page or snippet for
translation, stores a StringTranslation for every text segment and saves the target. Because
the translation is wagtail-localize's own, "Sync translated pages" works on it afterwards.

Idempotent: run it again and nothing changes. When the Dutch source changed since the last
run (e.g. another loader added a link to the home page), the translation is saved again and
only the new segments need an entry in `strings`. A StringTranslation that exists is never
overwritten, so a translator's improvements survive a rerun.
"""

import json
import logging

from django.core.exceptions import ObjectDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import StringTranslation, Translation, TranslationLog, TranslationSource

logger = logging.getLogger(__name__)


@transaction.atomic
def translate(instance, language_code, strings):
    """Translate a page or snippet into `language_code`; return (translated instance, whether it was saved).

    `strings` maps each Dutch text segment (as wagtail-localize splits it: a paragraph without
    its <p>, a list item, a heading, the title, the slug) to its translation. A segment without
    one keeps its Dutch text, is logged when the translation is saved, and shows as untranslated
    in wagtail-localize's editor.
    Pages are published.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    # Compare the database's version with the source, not an object edited in memory.
    instance = type(instance)._default_manager.get(pk=instance.pk)
    locale = Locale.objects.get(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created and _content_changed(source, instance):
        source.update_from_db()  # what "Sync translated pages" does
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )

    # One query for what is translated already, then one insert per new text (save() also flags invalid HTML).
    segments = source.stringsegment_set.select_related("string")
    translated = set(
        StringTranslation.objects.filter(locale=locale, translation_of__segments__source=source).values_list(
            "translation_of_id", "context_id"
        )
    )
    missing = []
    for segment in segments:
        key = (segment.string_id, segment.context_id)
        text = strings.get(segment.string.data)
        if key in translated:
            continue
        if text is None:
            missing.append(segment.string.data)
            continue
        StringTranslation(
            translation_of=segment.string,
            locale=locale,
            context_id=segment.context_id,
            data=text,
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        ).save()
        translated.add(key)
    if not _is_outdated(source, locale):
        return source.get_translated_instance(locale), False
    if missing:
        logger.warning("%r has no %s text for: %s", instance, language_code, missing)

    if isinstance(instance, DraftStateMixin):
        # Publish now, not on commit as save_target(publish=True) does: the demo loader runs in
        # one transaction and later loaders link to these pages.
        translation.save_target(publish=False)
        source.get_translated_instance(locale).get_latest_revision().publish()
    else:
        translation.save_target(publish=True)
    return source.get_translated_instance(locale), True


def _content_changed(source, instance):
    """Whether a translatable or synchronised field differs from the source (tree changes such as
    a new child page do not count: they would give the translation a new revision for nothing)."""
    if isinstance(instance, ClusterableModel):
        current = json.loads(instance.to_json())
    else:
        current = json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))
    stored = json.loads(source.content_json)
    return any(
        stored.get(field.field_name) != current.get(field.field_name)
        for field in get_translatable_fields(type(instance))
    )


def _is_outdated(source, locale):
    """True when the target is missing, or older than the source content or one of its translated strings."""
    last_saved = TranslationLog.objects.filter(source=source, locale=locale).order_by("-created_at").first()
    if last_saved is None:
        return True
    try:
        source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return True
    return (
        last_saved.created_at < source.last_updated_at
        or StringTranslation.objects.filter(
            locale=locale, context__object_id=source.object_id, updated_at__gt=last_saved.created_at
        ).exists()
    )
