from .form_page import FieldType, FormField, FormPage
from .form_submissions import FormPageSubmission
from .pages import ContactPage
from .settings import ContactSettings
from .submissions import FlagReason, HandlingStatus, MailAttachment, MailState, OutgoingMail, Submission

__all__ = [
    "ContactPage",
    "ContactSettings",
    "FieldType",
    "FlagReason",
    "FormField",
    "FormPage",
    "FormPageSubmission",
    "HandlingStatus",
    "MailAttachment",
    "MailState",
    "OutgoingMail",
    "Submission",
]
