from wagtail.permissions import ModelPermissionPolicy


class ReadOnlyCreationPolicy(ModelPermissionPolicy):
    """For rows that come from the website only (submissions, applications): nobody adds one by hand. The other
    actions follow the model's permissions."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)
