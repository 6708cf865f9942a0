"""What every page repeats, computed once per process and per version of the site's content.

The *generation* is a token in the shared cache (Redis, or the cache folder without REDIS_URL), read once per
request. Every change an editor can make to what pages show (publishing, unpublishing, moving, deleting or saving
a page; saving a snippet, a setting, a Site, a locale, an image, a document, a tag or a view restriction) writes
a new token, so each app server process drops everything it remembered on its next request. Nothing is
invalidated item by item, so no cached fragment can be forgotten after an edit. Building a fragment reads the
database; using one does not.

`remember(request, key, build)` keeps a value for the current generation (`recall` and `keep` are its halves).
The values are shared between requests: callers treat them as read-only (copy before changing).

PageCacheMiddleware uses it for routing: the Site of a host, the site settings and the page a path leads to are
found without the queries Wagtail would run for them; the page itself is loaded once per generation too.
"""

import copy
import functools
import threading
import uuid

from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest
from django.urls import Resolver404
from django.utils.functional import SimpleLazyObject

GENERATION_KEY = "page-cache:generation"
# A process keeps at most this many values per generation (pages x languages x fragments); then it starts afresh.
MAX_VALUES = 20_000

_lock = threading.Lock()
_state = {"generation": None, "values": {}}


def generation(request=None):
    """The current generation: read from the shared cache once per request."""
    if request is not None and (known := getattr(request, "_page_cache_generation", None)):
        return known
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        token = cache.get(GENERATION_KEY)
    if request is not None:
        request._page_cache_generation = token
    return token


def _values(request):
    """This process's values for the current generation."""
    token = generation(request)
    if _state["generation"] != token:
        with _lock:
            if _state["generation"] != token:
                _state["values"] = {}
                _state["generation"] = token
    return _state["values"]


def recall(request, key, default=None):
    """The value kept for `key` in the current generation, or `default`."""
    return _values(request).get(key, default)


def keep(request, key, value):
    values = _values(request)
    if len(values) >= MAX_VALUES:
        values.clear()
    values[key] = value
    return value


def remember(request, key, build):
    """The value for `key` in the current generation; `build()` makes it when this process has none yet."""
    missing = object()
    value = recall(request, key, missing)
    return keep(request, key, build()) if value is missing else value


def per_generation(method):
    """A method (or function) of a page whose result is kept for the current generation, per page and arguments:
    for look-ups such as "the privacy page beside this one" that every view of the page repeats."""

    @functools.wraps(method)
    def wrapper(owner, *args):
        request = next((arg for arg in args if isinstance(arg, HttpRequest)), None)
        if getattr(request, "is_preview", False):  # a draft may differ from what was published
            return method(owner, *args)
        site = getattr(request, "_wagtail_site", None)
        others = tuple(arg for arg in args if not isinstance(arg, HttpRequest))
        owner_key = owner if isinstance(owner, type) else owner.pk
        key = ("call", method.__module__, method.__qualname__, owner_key, site and site.pk, *others)
        return remember(request, key, lambda: method(owner, *args))

    return wrapper


def form_class_per_generation(request, page, fields, builder):
    """The form class a form builder makes for a page's saved questions, kept per language and per set of full
    choices (a preview, with questions not yet saved, always builds afresh)."""
    # Imported here: model modules import this one before the app registry is ready.
    from django.utils.translation import get_language

    if getattr(request, "is_preview", False) or any(field.pk is None for field in fields):
        return builder.get_form_class()
    full = tuple(sorted((name, tuple(sorted(shown))) for name, shown in (builder.full or {}).items()))
    key = ("form-class", page.pk, get_language(), tuple(field.pk for field in fields), full, builder.privacy_url)
    return remember(request, key, builder.get_form_class)


def new_generation(**kwargs):
    """Forget everything, in every process: now, and again when the current transaction commits (a process that
    rebuilt in between read what was committed before the change)."""
    _write_new_generation()
    connection = transaction.get_connection()
    # Once per transaction is enough (loading the demo content saves thousands of objects in one).
    if not any(callback[1] is _write_new_generation for callback in connection.run_on_commit):
        transaction.on_commit(_write_new_generation)


def _write_new_generation():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def _forget_in_this_process():
    with _lock:
        _state["generation"] = None
        _state["values"] = {}


def reset():
    """Drop this process's values and the shared generation (tests whose database is rolled back use it)."""
    _forget_in_this_process()
    cache.delete(GENERATION_KEY)


# What changes the content pages show --------------------------------------------------------------------------


def _watched_models():
    # Imported here: model modules import this one before the app registry is ready.
    from django.apps import apps
    from taggit.models import Tag
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site

    # Imported here: model modules import this one before the app registry is ready.
    from wijraad.front_cache import SITE_WIDE_MODELS

    # Pages are kept with what they show: the images, documents and tags they link to.
    models = [Page, Site, Locale, PageViewRestriction, BaseSiteSetting, BaseGenericSetting]
    models += [get_image_model(), get_document_model(), Tag]
    models += [apps.get_model(label) for label in SITE_WIDE_MODELS]
    return tuple(models)


def connect():
    # Imported here: model modules import this one before the app registry is ready.
    from django.core.signals import setting_changed
    from django.db.models.signals import post_delete, post_save
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.signals import page_published, page_unpublished, post_page_move

    watched = _watched_models()

    def on_change(sender, instance=None, created=False, **kwargs):
        # Settings are created with their defaults the first time a page reads them: nothing shown changes.
        if created and isinstance(instance, (BaseSiteSetting, BaseGenericSetting)):
            return
        if isinstance(instance, watched):
            new_generation()

    post_save.connect(on_change, weak=False, dispatch_uid="page_cache_save")
    post_delete.connect(on_change, weak=False, dispatch_uid="page_cache_delete")
    # Publishing saves the page too; these also cover changes made without a save signal (treebeard's moves).
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(new_generation, weak=False, dispatch_uid=f"page_cache_{id(signal)}")
    # Pages show some settings (reCAPTCHA on or off); a running site only gets new ones by restarting, tests change
    # them in place. Only this process forgets: the setting may be the cache itself.
    setting_changed.connect(lambda **kwargs: _forget_in_this_process(), weak=False, dispatch_uid="page_cache_setting")


# Routing -------------------------------------------------------------------------------------------------------


def site_for_request(request):
    """The Wagtail Site of this request (None when no Site matches), as Wagtail's Site.find_for_request finds it."""
    # Imported here: model modules import this one before the app registry is ready.
    from django.http.request import split_domain_port
    from wagtail.models import Site
    from wagtail.models.sites import get_site_for_hostname

    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def build():
        try:
            return get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None

    return remember(request, ("site", hostname, port), build)


def _setting(request, model, site):
    """The site's instance of a settings model, read once per generation; a copy per request."""
    instance = copy.copy(remember(request, ("setting", model._meta.label, site.pk), lambda: model.for_site(site)))
    instance._request = request
    return instance


def attach_site_settings(request, site):
    """Put every site setting where Wagtail's `for_request` looks first; each is read only when used."""
    # Imported here: model modules import this one before the app registry is ready.
    from wagtail.contrib.settings.registry import registry

    for model in registry:
        if hasattr(model, "for_site"):
            setattr(
                request,
                model.get_cache_attr_name(),
                SimpleLazyObject(lambda model=model: _setting(request, model, site)),
            )


class _PageTree:
    """Every page of the database by its url_path, as (id, content type), for routing."""

    def __init__(self):
        # Imported here: model modules import this one before the app registry is ready.
        from wagtail.models import Page

        rows = Page.objects.filter(depth__gte=2).values_list("id", "url_path", "content_type_id")
        self.by_url_path = {}
        for page_id, url_path, content_type_id in rows:
            self.by_url_path[url_path] = (page_id, content_type_id)


def _tree(request):
    return remember(request, ("page-tree",), _PageTree)


def _live_root_url_path(request, site):
    """Like Wagtail's `site.root_page.localized`: the translation in the active language when it is live."""
    # Imported here: model modules import this one before the app registry is ready.
    from django.utils import translation
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Page

    language = get_supported_content_language_variant(translation.get_language())

    def build():
        localized = Page.objects.filter(
            translation_key=site.root_page.translation_key, locale__language_code=language, live=True
        ).values_list("url_path", flat=True)
        return localized.first() or site.root_page.url_path

    return remember(request, ("root-url-path", site.pk, language), build)


def _page_model(content_type_id):
    # Imported here: model modules import this one before the app registry is ready.
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_id(content_type_id).model_class()


def _routable_ancestor_claims(tree, url_path, rest):
    """True when a routable page above or at the target would answer `rest` itself, as Wagtail's walk would."""
    # Imported here: model modules import this one before the app registry is ready.
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    if not rest:
        return False
    model = _page_model(tree.by_url_path[url_path][1])
    if model is None or not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + "/".join(rest) + "/")
    except Resolver404:
        return False
    return True


def route(request, path):
    """Wagtail's `Page.route_for_request` with the walk down the tree replaced by a look-up in the page tree.

    Returns what `page.route()` returns for the deepest page the path names, or None to let Wagtail route (a
    routable page on the way that could claim the rest of the path)."""
    site = request._wagtail_site
    if site is None:
        return None
    tree = _tree(request)
    root_url_path = _live_root_url_path(request, site)
    components = [component for component in path.split("/") if component]
    for depth in range(len(components), -1, -1):
        url_path = root_url_path + "".join(f"{component}/" for component in components[:depth])
        if url_path in tree.by_url_path:
            break
    else:
        return None
    rest = components[depth:]
    # Wagtail walks down from the root: a routable page above the target could take the rest of the path.
    for above in range(depth):
        ancestor = root_url_path + "".join(f"{component}/" for component in components[:above])
        if ancestor in tree.by_url_path and _routable_ancestor_claims(tree, ancestor, components[above:]):
            return None
    page_id, content_type_id = tree.by_url_path[url_path]
    model = _page_model(content_type_id)
    if model is None:
        return None
    # The page as loaded for this generation; each request gets its own copy to set attributes on.
    page = copy.copy(remember(request, ("page", page_id), lambda: model.objects.get(pk=page_id)))
    return page.route(request, rest)


def view_restriction_paths(request=None):
    """Tree paths of the pages that have a view restriction (this generation)."""
    # Imported here: model modules import this one before the app registry is ready.
    from wagtail.models import PageViewRestriction

    def build():
        return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))

    return remember(request, ("restricted-paths",), build)


# The admin, files and the health check (which must answer without the cache) route no pages.
NOT_PAGE_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/healthz", "/static/", "/media/")


class PageCacheMiddleware:
    """Finds the Site, its settings and the page of a request from the per-generation caches above. After
    LocaleMiddleware: the page depends on the active language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(NOT_PAGE_PREFIXES):
            return self.get_response(request)
        if not hasattr(request, "_wagtail_site"):
            request._wagtail_site = site_for_request(request)
        if request._wagtail_site is not None:
            attach_site_settings(request, request._wagtail_site)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Imported here: model modules import this one before the app registry is ready.
        from django.http import Http404
        from wagtail.views import serve

        if (
            view_func is not serve
            or not hasattr(request, "_wagtail_site")
            or hasattr(request, "_wagtail_route_for_request")
        ):
            return None
        try:
            # Wagtail's URL pattern passes the path as its one positional argument.
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            result = route(request, path)
        except Http404:
            request._wagtail_route_for_request = None
            return None
        if result is not None:
            request._wagtail_route_for_request = result
        return None
