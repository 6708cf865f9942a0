import ipaddress
import socket

import pytest
from wagtail.models import Site

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
