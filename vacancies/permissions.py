from submissions.permissions import ReadOnlyCreationPolicy

from .models import Application

# "view" is reading applications and downloading the CV; "change" is moving one to another step; "delete" removes
# it with everything that belongs to it.
application_permission_policy = ReadOnlyCreationPolicy(Application)
