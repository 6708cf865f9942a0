from .form_page import FieldType, FormField, FormPage
from .form_submissions import FormPageSubmission

__all__ = ["FieldType", "FormField", "FormPage", "FormPageSubmission"]
