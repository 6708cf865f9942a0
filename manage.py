#!/usr/bin/env python
import os
import sys

DEV_SETTINGS = "wijraad.settings.dev"


def settings_module(environ):
    """Development settings by default, but never by accident on a server: there SECRET_KEY is set."""
    if environ.get("DJANGO_SETTINGS_MODULE"):
        return environ["DJANGO_SETTINGS_MODULE"]
    if environ.get("SECRET_KEY"):
        sys.exit(
            "manage.py: SECRET_KEY is set but DJANGO_SETTINGS_MODULE is not. On a server set "
            "DJANGO_SETTINGS_MODULE=wijraad.settings.production (it is in .env); for development settings "
            f"with your own key, set DJANGO_SETTINGS_MODULE={DEV_SETTINGS}."
        )
    return DEV_SETTINGS


if __name__ == "__main__":
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module(os.environ)
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
