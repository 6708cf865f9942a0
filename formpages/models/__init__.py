from .form_field import FieldType, FormField
from .form_page import FormPage
from .form_submissions import FormPageSubmission

__all__ = ["FieldType", "FormField", "FormPage", "FormPageSubmission"]
