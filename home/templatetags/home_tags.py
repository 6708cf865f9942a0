"""The pages the home page's tasks link to, found by their type so the home page needs no setting for them."""

from django import template
from django.apps import apps
from wagtail.models import Page

from wijraad.page_cache import remember

from .navigation_tags import site_root

register = template.Library()


@register.simple_tag(takes_context=True)
def task_page(context, model_label):
    """The first live, public page of type `model_label` (e.g. "contact.ContactPage") in the current site and
    language, read once per generation of the site's content; None when there is none."""
    root = site_root(context)
    if root is None:
        return None
    model = apps.get_model(model_label)

    def build():
        return Page.objects.type(model).live().public().descendant_of(root).order_by("path").first()

    return remember(context.get("request"), ("task-page", root.pk, model_label), build)
