"""The questions of a form page in the editor: each one headed "Vraag 1", "Vraag 2", … under a button "Voeg een
vraag toe", and a warning on a question that asks for sensitive data.

Wagtail's InlinePanel uses its `label` for both the heading of each child and its "Add <label>" button, which in
Dutch reads "Voeg vraag toe"; this panel keeps the label for the headings and gives the button its own text.
"""

from wagtail.admin.panels import InlinePanel, Panel

from .sensitive import SENSITIVE_WARNING, is_sensitive


class QuestionsPanel(InlinePanel):
    def __init__(self, *args, add_label="", **kwargs):
        super().__init__(*args, **kwargs)
        self.add_label = add_label

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "add_label": self.add_label}

    class BoundPanel(InlinePanel.BoundPanel):
        template_name = "formpages/admin/questions_panel.html"


class SensitiveWarningPanel(Panel):
    """Shown on a question (as saved, or as sent back with an error) that asks for sensitive data."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "formpages/admin/sensitive_warning.html"

        def is_shown(self):
            return self.instance is not None and is_sensitive(self.instance)

        def get_context_data(self, parent_context=None):
            return {**super().get_context_data(parent_context), "warning": SENSITIVE_WARNING}
