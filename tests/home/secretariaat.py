"""Helpers for tests of what the council secretary (the "Secretariaat" group, not a superuser) can do in the admin."""

import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.html import soup


def log_in_secretary(client):
    user = get_user_model().objects.create_user("secretaris", "secretaris@wijraad.example.org", "geheim-wachtwoord")
    user.groups.add(Group.objects.get(name="Secretariaat"))
    client.force_login(user)
    return user


def group_codenames(app_label):
    return set(
        Group.objects.get(name="Secretariaat")
        .permissions.filter(content_type__app_label=app_label)
        .values_list("codename", flat=True)
    )


def sidebar_links(client):
    """The admin sidebar's links as (submenu label or None, label, url), read from the data the sidebar is built from."""
    response = client.get("/admin/")
    assert response.status_code == 200
    script = soup(response).find("script", id="wagtail-sidebar-props")
    links = []
    _collect(json.loads(script.string), None, links)
    return links


def _collect(node, submenu, links):
    if isinstance(node, list):
        for item in node:
            _collect(item, submenu, links)
    elif isinstance(node, dict):
        arguments = node.get("_args")
        if node.get("_type", "").endswith("MenuItem") and arguments and "label" in arguments[0]:
            item = arguments[0]
            if item.get("url"):
                links.append((submenu, item["label"], item["url"]))
            for children in arguments[1:]:
                _collect(children, item["label"], links)
            return
        for value in node.values():
            _collect(value, submenu, links)
