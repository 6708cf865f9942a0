"""Wagtail's snippet chooser with its button texts in the language of each request.

Wagtail writes "Kies nieuwscategorie" into the widget once, in whatever language is active when the admin first
builds it; after a restart that can be the English of a visitor's /en/ page, and then every editor sees "Choose
another nieuwscategorie". These texts are translated when the widget is shown instead. The msgids are Wagtail's own
(kept out of the project's catalogue: they are not literal gettext calls here).
"""

from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext
from wagtail.snippets.views.chooser import SnippetChooserViewSet as WagtailSnippetChooserViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

WAGTAIL_MSGIDS = {
    "choose_one_text": "Choose %(object)s",
    "choose_another_text": "Choose another %(object)s",
    "link_to_chosen_text": "Edit this %(object)s",
}


def _translated(msgid, name):
    return gettext(msgid) % {"object": name}


_lazy_translated = lazy(_translated, str)


class SnippetChooser(AdminSnippetChooser):
    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        for attribute, msgid in WAGTAIL_MSGIDS.items():
            setattr(self, attribute, _lazy_translated(msgid, model._meta.verbose_name))


class SnippetChooserViewSet(WagtailSnippetChooserViewSet):
    """For a SnippetViewSet's `chooser_viewset_class`."""

    @cached_property
    def widget_class(self):
        return SnippetChooser(model=self.model, icon=self.icon)
