from wagtail.permissions import ModelPermissionPolicy

from .models import Application


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    """Applications come only from the website: nobody adds one by hand.

    "view" is reading them and downloading the CV; "change" is moving one to another step; "delete" removes it with
    everything that belongs to it.
    """

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


application_permission_policy = ApplicationPermissionPolicy(Application)
