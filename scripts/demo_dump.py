"""Load the demo content into a fresh SQLite database and print a canonical description of the result.

For comparing what the loader builds before and after a change to it:

    .venv/bin/python scripts/demo_dump.py > before.txt
    ... change the loader ...
    .venv/bin/python scripts/demo_dump.py > after.txt && diff before.txt after.txt

Every page (locale, URL path, type, title, live, revisions, a hash of its field values without ids), every
snippet, the site settings, the form fields, the translation sources and targets and every string translation.
The query counts of a first and a second load go to stderr (counted exactly: Django's query log keeps
only the last 9,000).
"""

import hashlib
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# Random or time-dependent values that differ between two loads of the same content.
VOLATILE = {
    "id",
    "pk",
    "path",
    "translation_key",
    "latest_revision",
    "live_revision",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
    "draft_title",
    "created_at",
    "updated_at",
    "submit_time",
}


def canonical(value):
    """The value with ids, uuids and timestamps left out (StreamField blocks carry a random id)."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return canonical(json.loads(value))
        except ValueError:
            return value
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in sorted(value.items()) if key not in VOLATILE}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    return value


def digest(value):
    return hashlib.sha256(json.dumps(canonical(value), sort_keys=True, default=str).encode()).hexdigest()[:16]


def describe():
    from django.apps import apps
    from django.core.serializers.json import DjangoJSONEncoder
    from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
    from wagtail.models import Page, Revision
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    def data(instance):
        if isinstance(instance, ClusterableModel):
            return json.loads(instance.to_json())
        return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))

    def where(page):
        return f"{page.locale.language_code}:{page.url_path}"

    pages = {page.pk: page for page in Page.objects.select_related("locale")}
    lines = []
    for page in sorted(pages.values(), key=where):
        specific = page.specific
        revisions = Revision.page_revisions.filter(object_id=str(page.pk)).count()
        siblings = sorted(where(other) for other in pages.values() if other.translation_key == page.translation_key)
        lines.append(
            f"page {where(page)} {specific._meta.label} {page.title!r} live={page.live} revisions={revisions} "
            f"fields={digest(data(specific))} translations={siblings}"
        )
    for model in apps.get_models():
        label = model._meta.label
        if label.startswith(
            ("home.", "news.", "vacancies.", "contact.", "formpages.", "submissions.", "taggit.")
        ) and not issubclass(model, Page):
            for instance in model._default_manager.all():
                lines.append(f"object {label} {digest(data(instance))} {canonical(data(instance))}")
    for source in TranslationSource.objects.select_related("locale", "specific_content_type"):
        instance = source.get_source_instance()
        name = where(instance) if isinstance(instance, Page) else f"{source.specific_content_type.model}:{instance}"
        targets = sorted(t.target_locale.language_code for t in Translation.objects.filter(source=source))
        lines.append(f"source {name} {source.locale.language_code} content={digest(source.content_json)} -> {targets}")
    for translation in StringTranslation.objects.select_related("translation_of", "locale", "context"):
        lines.append(
            f"string {translation.locale.language_code} {UUID.sub('*', translation.context.path)} "
            f"{digest(translation.translation_of.data)} -> {digest(translation.data)}"
        )
    return sorted(lines)


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def main():
    database = Path(tempfile.mkdtemp()) / "demo.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijraad.settings.dev")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("createcachetable", verbosity=0)
    call_command("migrate", interactive=False, verbosity=0)
    for run in ("first", "second"):
        started = time.monotonic()
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            call_command("load_demo_content", verbosity=0)
        print(f"{run} load: {counter.count} queries, {time.monotonic() - started:.1f} s", file=sys.stderr)
        if run == "first":
            after_first = describe()
    after_second = describe()
    print("\n".join(after_first))
    if after_second != after_first:
        print("THE SECOND LOAD CHANGED:", *sorted(set(after_second) ^ set(after_first)), sep="\n", file=sys.stderr)


if __name__ == "__main__":
    main()
