from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import ApplicationViewSet
from .models import CouncilMember


class CouncilMemberFilterSet(WagtailFilterSet):
    class Meta:
        model = CouncilMember
        fields = ["role"]


class CouncilMemberViewSet(SnippetViewSet):
    model = CouncilMember
    icon = "group"
    menu_label = _("Leden WIJ-raad")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "role", "term_start", "term_end"]
    filterset_class = CouncilMemberFilterSet
    search_fields = ["name"]
    search_backend_name = None


register_snippet(CouncilMemberViewSet)


@hooks.register("register_admin_viewset")
def register_applications_admin():
    return ApplicationViewSet()
