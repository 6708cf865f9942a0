from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from submissions.dashboard import name_on_dashboard

from .admin_views import ApplicationViewSet
from .dashboard import WaitingApplicationsPanel
from .models import CouncilMember
from .models.pages import KIND
from .permissions import application_permission_policy

name_on_dashboard(KIND, _("Aanmeldingen vacatures"), order=20)


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


@hooks.register("construct_homepage_panels")
def add_waiting_applications_panel(request, panels):
    if application_permission_policy.user_has_permission(request.user, "view"):
        panels.append(WaitingApplicationsPanel())
