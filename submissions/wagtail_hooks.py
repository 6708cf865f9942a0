from wagtail import hooks

from .admin_views import FormsViewSetGroup, MailHealthPanel, MailPermissionPolicy
from .bulk_actions import DeleteBulkAction, ExportBulkAction, MarkHandledBulkAction
from .dashboard import NewWorkPanel, may_view_submissions
from .models import OutgoingMail
from .recipients import LOG_ACTION, RecipientChangeFormatter


@hooks.register("register_admin_viewset")
def register_forms_admin():
    return FormsViewSetGroup()


@hooks.register("register_log_actions")
def register_recipient_change(actions):
    actions.register_action(LOG_ACTION)(RecipientChangeFormatter)


@hooks.register("construct_homepage_panels")
def add_new_work_panel(request, panels):
    if may_view_submissions(request.user):
        panels.append(NewWorkPanel())


@hooks.register("construct_homepage_panels")
def add_mail_health_panel(request, panels):
    if MailPermissionPolicy(OutgoingMail).user_has_permission(request.user, "view"):
        panels.append(MailHealthPanel())


for bulk_action in (MarkHandledBulkAction, ExportBulkAction, DeleteBulkAction):
    hooks.register("register_bulk_action", bulk_action)
