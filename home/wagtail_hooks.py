from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .lockouts import LockoutViewSet
from .models import FooterText
from .rich_text import LocalizedPageLinkHandler


class FooterTextViewSet(SnippetViewSet):
    """Under Settings, next to the site settings, where the secretary looks for site-wide texts."""

    model = FooterText
    icon = "list-ul"
    menu_label = _("Voettekst")
    add_to_settings_menu = True
    list_display = ["organisation_name", "locale"]


register_snippet(FooterTextViewSet)


@hooks.register("register_admin_viewset")
def register_lockouts():
    return LockoutViewSet()


@hooks.register("register_rich_text_features", order=100)  # after Wagtail's own, which it replaces
def register_page_links(features):
    features.register_link_type(LocalizedPageLinkHandler)
