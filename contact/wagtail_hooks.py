from wagtail import hooks

from .admin_views import FormsViewSetGroup, MailHealthPanel, MailPermissionPolicy
from .models import OutgoingMail


@hooks.register("register_admin_viewset")
def register_forms_admin():
    return FormsViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_mail_health_panel(request, panels):
    if MailPermissionPolicy(OutgoingMail).user_has_permission(request.user, "view"):
        panels.append(MailHealthPanel())
