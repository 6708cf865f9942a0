from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.snippet_chooser import SnippetChooserViewSet

from .models import NewsCategory


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("Nieuwscategorieën")
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]
    chooser_viewset_class = SnippetChooserViewSet


register_snippet(NewsCategoryViewSet)
