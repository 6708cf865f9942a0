"""Admin users by role for permission tests. Each role's group name is written here and nowhere else in the tests."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

ROLE_GROUPS = {
    "editor": "Redacteuren",  # Wagtail's default "Editors" (home/migrations/0010): may edit and publish every page
    "moderator": "Moderatoren",  # Wagtail's default "Moderators": editors who also approve in workflows
    "secretary": "Secretariaat",  # the council secretary (home/roles.py)
}


def user_with_role(role, username=None):
    """A new active user in the group of `role` (not a superuser)."""
    username = username or role
    user = get_user_model().objects.create_user(username, f"{username}@wijraad.example.org", "geheim-wachtwoord")
    user.groups.add(Group.objects.get(name=ROLE_GROUPS[role]))
    return user
