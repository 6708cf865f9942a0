from .pages import ContactPage
from .settings import ContactSettings
from .submissions import FlagReason, HandlingStatus, MailAttachment, MailState, OutgoingMail, Submission

__all__ = [
    "ContactPage",
    "ContactSettings",
    "FlagReason",
    "HandlingStatus",
    "MailAttachment",
    "MailState",
    "OutgoingMail",
    "Submission",
]
