"""The one handling status of a submission, changed here by the secretary and by what happens elsewhere.

Feature apps call `change_status` when their own state moves on (an application's procedure step, a cancelled
sign-up), so the inbox shows the same status as their specialised views. Every change, and every note, is kept in
the submission's history (SubmissionStatusChange).
"""

from django.db import transaction

from .models import Submission, SubmissionStatusChange


def change_status(submission, status, *, detail="", note="", user=None):
    """Give `submission` the status `status` with `detail` (e.g. the procedure step) and keep it in the history.

    Nothing is recorded when neither the status, the detail nor a note is new. Returns the history entry or None.
    """
    note = (note or "").strip()
    with transaction.atomic():
        old_status, old_detail = (
            Submission.objects.select_for_update().filter(pk=submission.pk).values_list("status", "status_detail").get()
        )
        submission.status, submission.status_detail = status, detail
        if (old_status, old_detail) == (status, detail) and not note:
            return None
        # A save, not an update: the menu's count of new submissions listens to it (submissions/dashboard.py).
        submission.save(update_fields=["status", "status_detail", "updated_at"])
        return SubmissionStatusChange.objects.create(
            submission=submission, old_status=old_status, new_status=status, detail=detail, note=note, user=user
        )
