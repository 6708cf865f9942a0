from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content and its loader (`manage.py load_demo_content`); no models."""

    name = "demo"
