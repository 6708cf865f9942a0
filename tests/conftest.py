import ipaddress
import socket

import pytest
from wagtail.models import Site

from tests.home.secretariaat import log_in_secretary

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


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture
def secretary_client(client):
    """The test client, logged in as the council secretary: a Secretariaat member, not a superuser."""
    log_in_secretary(client)
    return client


# --- Forms and mail (contact app) ---------------------------------------------------------------------------------
# `smtp_server`: a real SMTP server on 127.0.0.1 for any test that checks mail (see tests/contact/fixtures.py).
# The per-IP form rate limit counts in the cache: start every test with an empty one.
from tests.contact.fixtures import smtp_server  # noqa: E402, F401


@pytest.fixture(autouse=True)
def _empty_cache():
    from django.core.cache import cache

    cache.clear()
