"""Build the demo site from the data modules in `demo.content`, in the order of `STEPS`.

Idempotent: what exists is left alone, so a secretary's edits survive a rerun; translations go through
wagtail-localize's own records (see `demo.translation`).
"""

import importlib
import json
import re
from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.db.models import ForeignKey
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from taggit.models import Tag
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

from .content import STEPS
from .translation import translate

SOURCE, TARGET = "nl", "en"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def content(name):
    return importlib.import_module(f"demo.content.{name}")


def texts(module, language):
    """The passages of `module` in `language`, by id (a passage of lines is a list)."""
    return {ident: passage[language] for ident, passage in getattr(module, "TEXT", {}).items() if language in passage}


def strings(module):
    """{Dutch segment: English segment} as `translate` takes them; lines are shown joined by <br/>."""
    return {
        _segment(passage[SOURCE]): _segment(passage[TARGET])
        for passage in getattr(module, "TEXT", {}).values()
        if TARGET in passage
    }


def _segment(text):
    return "<br/>".join(text) if isinstance(text, list) else text


class Loader:
    """Runs the steps; `log(created, page)` is told about every page it made or found."""

    def __init__(self, log):
        self.log = log
        self.site = Site.objects.get(is_default_site=True)
        self.home = self.site.root_page.specific
        self.locale = Locale.get_default()
        self.pages = {"": self.home}  # by URL path under the home page
        self.loaded = {}  # module name -> the pages or snippets it made or found
        self.translating = TARGET in dict(settings.WAGTAIL_CONTENT_LANGUAGES)

    def run(self):
        for action, argument in STEPS:
            getattr(self, action)(argument)

    # Steps

    def load(self, name):
        module = content(name)
        objects = []
        if hasattr(module, "PAGE"):
            page = self.ensure_page(module)
            if page is not None:
                objects.append(page)
        for spec in getattr(module, "SNIPPETS", []):
            objects.append(self.ensure_snippet(module, spec))
        if hasattr(module, "SETTINGS"):
            self.ensure_settings(module, module.SETTINGS)
        self.loaded[name] = objects

    def translate(self, names):
        if not self.translating:
            return
        for name in names:
            module = content(name)
            if getattr(module, "PAGE", {}).get("translate", True) is False:
                continue
            for instance in self.loaded.get(name, []):
                translated, saved = translate(instance, TARGET, strings(module))
                if isinstance(instance, Page):
                    self.log(saved, translated)

    def home_section(self, name):
        module, pages = content(name), self.loaded.get(name)
        if pages:
            text = module.PAGE["home_section"]
            add_section_link(self.home, pages[0], fill_in(module, text), {TARGET: fill_in(module, text, TARGET)})

    # Pages, snippets, settings

    def ensure_page(self, module):
        spec = module.PAGE
        model = apps.get_model(spec["type"])
        if spec["parent"] is None:
            return self.fill(module, self.home)
        parent = self.page_at(spec["parent"])
        if parent is None:
            return None
        fields = self.fields(module, model, spec["fields"])
        path = "/".join(filter(None, [spec["parent"], fields["slug"]]))
        page = parent.get_children().filter(slug=fields["slug"]).first()
        created = page is None
        if created:
            page = model(**fields)
            _convert_stream_fields(page)
            parent.add_child(instance=page)
            page.save_revision().publish()
        else:
            page = page.specific
        self.pages[path] = page
        self.log(created, page)
        if "linked_from" in spec:
            self.link_from(page, **spec["linked_from"])
        return page

    def fill(self, module, page):
        """Fill an existing page (the home page) once, while the field that marks it filled is empty."""
        if not getattr(page, module.PAGE["fill_while_empty"]):
            for name, value in self.fields(module, type(page), module.PAGE["fields"]).items():
                setattr(page, name, value)
            page.save_revision().publish()
            self.log(True, page)
        return page

    def link_from(self, target, page, field):
        """Point the field of the page at path `page` to `target`, once: an editor's later choice stays."""
        other = self.page_at(page)
        if other is None or getattr(other, f"{field}_id") is not None:
            return
        setattr(other, field, target)
        other.save_revision().publish()

    def page_at(self, path):
        if path not in self.pages:
            parent_path, _, slug = path.rpartition("/")
            parent = self.page_at(parent_path)
            found = parent.get_children().filter(slug=slug).first() if parent is not None else None
            self.pages[path] = found.specific if found is not None else None
        return self.pages[path]

    def ensure_snippet(self, module, spec):
        model = apps.get_model(spec["type"])
        lookup = {"locale": self.locale, **spec["lookup"]}
        instance = model._default_manager.filter(**lookup).first()
        if instance is None:
            instance = model._default_manager.create(**lookup, **self.fields(module, model, spec["fields"]))
        return instance

    def ensure_settings(self, module, spec):
        instance = apps.get_model(spec["type"]).for_site(self.site)
        empty = {name: value for name, value in spec["fields"].items() if not getattr(instance, name)}
        if empty:
            for name, value in self.fields(module, type(instance), empty).items():
                setattr(instance, name, value)
            instance.save()

    # Field values

    def fields(self, module, model, fields):
        values = {}
        for name, value in fields.items():
            if name == "tags":
                through = model._meta.get_field("tags").through
                tags = [Tag.objects.get_or_create(slug=slugify(tag), defaults={"name": tag})[0] for tag in value]
                values["tagged_items"] = [through(tag=tag) for tag in tags]
                continue
            field = model._meta.get_field(name)
            value = self.resolve(module, value)
            if isinstance(field, StreamField):
                value = json.dumps([{"type": block_type, "value": block} for block_type, block in value])
            elif isinstance(field, ForeignKey) and isinstance(value, dict):
                value = self.related(field.related_model, value)
            elif field.one_to_many and isinstance(getattr(field, "remote_field", None), ParentalKey):
                value = [field.related_model(sort_order=order, **item) for order, item in enumerate(value)]
            values[name] = value
        return values

    def related(self, model, lookup):
        return model._default_manager.get(locale=self.locale, **lookup)

    def resolve(self, module, value):
        return fill_in(module, value, page_id=lambda path: self.page_at(path).pk)


def add_section_link(home, page, text, translations):
    """Add a pointer to `page` on the home page, once, and update the home page's translations.

    `translations` gives the text in other languages, e.g. {"en": "What the council does."}.
    """
    if any(block.value["page"] and block.value["page"].pk == page.pk for block in home.section_links):
        return
    home.section_links.append(("section", {"page": page, "title": "", "text": text}))
    home.save_revision().publish()
    for translated_home in home.get_translations().select_related("locale"):
        code = translated_home.locale.language_code
        translate(home, code, {text: translations[code]} if code in translations else {})


def fill_in(module, value, language=SOURCE, page_id=None):
    """`value` from `module` with every {id} replaced by its passage in `language`, naive datetimes in the
    site's time zone, callables called, and every "page:<path>" replaced by `page_id(path)`."""
    if isinstance(value, str):
        if value.startswith("page:"):
            return page_id(value.removeprefix("page:"))
        passages = texts(module, language)
        return PLACEHOLDER.sub(lambda match: _lines(passages[match[1]]), value)
    if isinstance(value, dict):
        return {key: fill_in(module, item, language, page_id) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(fill_in(module, item, language, page_id) for item in value)
    if isinstance(value, datetime) and timezone.is_naive(value):
        return timezone.make_aware(value)
    if callable(value):
        return value()
    return value


def _lines(text):
    return "\n".join(text) if isinstance(text, list) else text


def _convert_stream_fields(instance):
    """Turn raw StreamField data into blocks, so it is saved in Wagtail's current format.

    Raw list items are saved as plain strings otherwise, and wagtail-localize only offers
    list items with an id for translation.
    """
    for field in instance._meta.get_fields():
        if isinstance(field, StreamField):
            list(getattr(instance, field.name))
