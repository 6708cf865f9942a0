"""Background tasks (django-tasks). The task is only a trigger: the outbox keeps the state of every mail."""

from django_tasks import task

from . import outbox


@task()
def send_mails(mail_ids):
    """Send the mails of one submission. Never raises: failures are recorded on the mail and retried by the sweep."""
    return [state or "skipped" for state in outbox.send_mails(mail_ids)]
