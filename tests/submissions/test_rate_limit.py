"""The per-address form rate limit holds when posts arrive at the same moment, on real cache backends: the database
cache (on the suite's database, PostgreSQL in CI's second run) and Redis (db 12 on 127.0.0.1)."""

import threading

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connections
from django.test import RequestFactory

from submissions import spam

# Real commits: the threads each use their own database connection.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LIMIT, WINDOW = 5, 600
THREADS = 24

DATABASE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "wijraad_rate_limit_test_cache",
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }
}
REDIS_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/12",
        "KEY_PREFIX": "wijraad-test-rate",
    }
}


@pytest.fixture
def database_cache(settings):
    settings.CACHES = DATABASE_CACHE
    call_command("createcachetable", verbosity=0)
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = REDIS_CACHE
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


def request_from(address):
    return RequestFactory().post("/contact/", REMOTE_ADDR=address)


def post_at_once(count, now):
    """`count` threads ask the rate limit at the same moment; returns how many got through."""
    barrier = threading.Barrier(count)
    allowed, errors = [], []
    start_lock = threading.Lock()

    def one():
        try:
            with start_lock:  # open the connections one by one, then send all at once
                connections["default"].ensure_connection()
            barrier.wait(timeout=30)
            if not spam.hit_rate_limit(request_from("203.0.113.50"), now=now):
                allowed.append(1)
        except Exception as exc:
            errors.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    return len(allowed)


@pytest.fixture(params=["database", "redis"])
def real_cache(request, settings):
    settings.FORMS_RATE_LIMIT = (LIMIT, WINDOW)
    return request.getfixturevalue(f"{request.param}_cache")


def test_concurrent_posts_never_get_past_the_limit(real_cache):
    assert post_at_once(THREADS, now=WINDOW * 3_000_000) == LIMIT


def test_the_window_stays_where_it_started_whatever_comes_later(real_cache):
    start = WINDOW * 3_000_001
    request = request_from("198.51.100.20")

    results = [spam.hit_rate_limit(request, now=start + second) for second in range(0, 5 * 60, 60)]
    assert results == [False] * LIMIT
    # Posts later in the window stay refused: they do not restart it, and it does not end early.
    assert spam.hit_rate_limit(request, now=start + 9 * 60) is True
    assert spam.hit_rate_limit(request, now=start + WINDOW - 1) is True
    assert spam.hit_rate_limit(request, now=start + WINDOW) is False


def test_the_database_cache_keeps_the_slots_for_the_whole_window(database_cache, settings):
    """Django's database cache rewrites the expiry on incr(); our slots are written once with add()."""
    settings.FORMS_RATE_LIMIT = (LIMIT, WINDOW)
    import time_machine

    start = (int(__import__("time").time()) // WINDOW + 1) * WINDOW
    request = request_from("198.51.100.30")
    with time_machine.travel(start, tick=False) as traveller:
        for _post in range(LIMIT):
            assert spam.hit_rate_limit(request) is False
        traveller.shift(WINDOW - 30)
        assert spam.hit_rate_limit(request) is True
