import ipaddress
import socket
from dataclasses import dataclass, field

import pytest
from django.db import connections
from wagtail.models import Site

from tests import demo_snapshot, migrated_db
from tests.home.secretariaat import log_in_secretary
from tests.module_data import rolled_back_after_the_module

_real_connect = socket.socket.connect


def _loopback_only_connect(sock, address, *args, **kwargs):
    """Tests never talk to outside hosts (Google, mail servers): only loopback and local sockets."""
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        try:
            is_local = ipaddress.ip_address(host).is_loopback
        except ValueError:
            is_local = host == "localhost"
        if not is_local:
            raise ConnectionRefusedError(f"Test tried to reach an outside host: {host}")
    return _real_connect(sock, address, *args, **kwargs)


@pytest.fixture(autouse=True)
def _no_outside_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _loopback_only_connect)


@pytest.fixture(scope="session")
def django_db_keepdb(request, django_db_modify_db_settings, django_db_blocker):
    """Each test database starts as a copy of one migrated template (tests/migrated_db.py), which Django then keeps:
    its `migrate` only confirms that nothing is left to do. `--reuse-db` keeps a copy made by an earlier run."""
    from django.db import connection

    name = connection.creation._get_test_db_name()
    url = migrated_db.url_of(connection.settings_dict, name)
    reuse = request.config.getvalue("reuse_db") and not request.config.getvalue("create_db")
    if not (reuse and migrated_db.exists(url)):
        with django_db_blocker.unblock():
            migrated_db.copy_to(url)
    return True


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(site):
    return site.root_page.specific


@dataclass
class DemoSite:
    """What loading the demo content left behind that a test may check: the warnings it logged."""

    warnings: list[tuple[str, str]] = field(default_factory=list)  # (logger, message)

    def warnings_from(self, logger_name):
        return [message for name, message in self.warnings if name == logger_name]


@pytest.fixture(scope="module")
def _demo_site(django_db_setup, django_db_blocker):
    """The demo content, inside a transaction rolled back after the module.

    Each test runs in a savepoint inside that transaction (pytest-django's `db`), so every test of the
    module starts from the same fresh demo site. It is loaded once and then copied (tests/demo_snapshot.py).
    """
    with rolled_back_after_the_module(django_db_blocker):
        yield DemoSite(demo_snapshot.load_or_restore())


@pytest.fixture
def demo(_demo_site, db):
    """The site with the demo content (see `_demo_site`); `demo.warnings` holds what the loader logged."""
    return _demo_site


_modules_with_transactional_tests = set()


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    return "transactional_db" in item.fixturenames or bool(
        marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0]))
    )


@pytest.fixture(scope="module", autouse=True)
def _migrated_data_back_after_transactional_tests(request):
    """Put back what the migrations created (site, locales, groups) after a module of transactional tests.

    A transactional test empties the database when it ends. Django and pytest-django run those tests last
    for that reason, but pytest-xdist hands out whole files in its own order, so tests of other files may
    follow in the same process.
    """
    if request.module not in _modules_with_transactional_tests:
        yield
        return
    request.getfixturevalue("django_db_setup")
    yield
    with request.getfixturevalue("django_db_blocker").unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)


_DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback"}
_DATABASE_MARKERS = ("django_db", "own_database", "browser", "production")


def _reaches_a_database(item):
    return any(item.get_closest_marker(name) for name in _DATABASE_MARKERS) or bool(
        _DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
    )


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(items):
    """Marks tests before `-m` selects; orders the selected tests after every other plugin (pytest-django sorts
    tests that reach no database last)."""
    _mark_tests(items)
    yield
    _order_for_the_workers(items)


def _mark_tests(items):
    """A test that never reaches a database is marked `without_database` (pytest-django keeps it away from the test
    database, so it gives the same result on every engine and CI runs it once).

    A module that loads the demo site keeps it until its last test, so every test there must ask for it
    (and none may flush the database, as transactional tests do)."""
    for item in items:
        if not _reaches_a_database(item):
            item.add_marker(pytest.mark.without_database)
    _modules_with_transactional_tests.update(
        item.module for item in items if hasattr(item, "fixturenames") and _is_transactional(item)
    )
    demo_modules = _demo_modules(items)
    for item in items:
        if getattr(item, "module", None) not in demo_modules:
            continue
        if "demo" not in item.fixturenames or _is_transactional(item):
            item.add_marker(pytest.mark.demo_site_misused)


def _demo_modules(items):
    return {item.module for item in items if "demo" in getattr(item, "fixturenames", ())}


def _modules(items, marker):
    return {item.module for item in items if getattr(item, "module", None) and item.get_closest_marker(marker)}


def _order_for_the_workers(items):
    """A parallel run (pytest-xdist, whole files per worker, `--no-loadscope-reorder`) hands the files out in the
    order of their first test.

    Long files (the demo site, expensive tests) come first, so that the workers end together instead of one running
    a long file alone at the end. Right after the first of them come the files whose tests all reach no database:
    on a fresh checkout the worker with the first file migrates the template and loads the demo site (some 15 s on
    one core), and the other worker runs those files meanwhile instead of waiting for it. A file's tests stay
    together, the transactional ones (which empty the database) last. Browser tests come last: the rest gives
    quick feedback while the live site is prepared."""
    long_modules = _demo_modules(items) | _modules(items, "expensive")
    first_long = next((item.module for item in items if getattr(item, "module", None) in long_modules), None)
    without_database = _modules(items, "without_database") - {
        getattr(item, "module", None) for item in items if not item.get_closest_marker("without_database")
    }

    position = {}
    for index, item in enumerate(items):
        position.setdefault(getattr(item, "module", None), index)

    def rank(module):
        if module is first_long:
            return 0
        if module in without_database:
            return 1
        return 2 if module in long_modules else 3

    def key(item):
        module = getattr(item, "module", None)
        transactional = hasattr(item, "fixturenames") and _is_transactional(item)
        return item.get_closest_marker("browser") is not None, rank(module), position[module], transactional

    items.sort(key=key)


@pytest.fixture(autouse=True)
def _demo_site_is_for_the_whole_module(request):
    if request.node.get_closest_marker("demo_site_misused"):
        pytest.fail(
            f"{request.node.nodeid} is in a module whose tests share the demo site (the `demo` fixture): ask for "
            "`demo` (and do not use a transactional database), or move the test to a module of its own.",
            pytrace=False,
        )


@pytest.fixture
def secretary_client(client):
    """The test client, logged in as the council secretary: a Secretariaat member, not a superuser."""
    log_in_secretary(client)
    return client


# --- Forms and mail (submissions app) -----------------------------------------------------------------------------
# `smtp_server`: a real SMTP server on 127.0.0.1 for any test that checks mail (see tests/submissions/fixtures.py).
# The per-IP form rate limit counts in the cache: start every test with an empty one.
from tests.submissions.fixtures import smtp_server  # noqa: E402, F401


@pytest.fixture(autouse=True)
def _empty_cache():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def privacy_page(home, site):
    """A privacy statement at /privacy/, chosen in the site settings: every form links it."""
    from home.models import SiteSettings
    from tests.factories.home import ContentPageFactory

    page = ContentPageFactory(parent=home, title="Privacyverklaring", slug="privacy")
    SiteSettings.objects.update_or_create(site=site, defaults={"privacy_page": page})
    return page
