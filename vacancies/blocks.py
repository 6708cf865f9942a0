"""StreamField blocks for the member profile and the application procedure."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import INLINE_FEATURES, RICH_TEXT_FEATURES

from .procedure import PROCEDURE_STEPS


class RequirementGroupBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), help_text=_("Bijvoorbeeld: Algemene eisen."))
    intro = blocks.TextBlock(label=_("Inleiding"), required=False, help_text=_("Een korte zin boven de lijst."))
    requirements = blocks.ListBlock(
        blocks.TextBlock(label=_("Eis"), rows=2),
        label=_("Eisen"),
        help_text=_("Op de website staan de eisen genummerd, in deze volgorde."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Groep eisen")
        template = "vacancies/blocks/requirement_group_block.html"


class TextSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), help_text=_("Bijvoorbeeld: Praktische informatie."))
    text = blocks.RichTextBlock(label=_("Tekst"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Tekst met kop")
        template = "vacancies/blocks/text_section_block.html"


class ProfileBlock(blocks.StreamBlock):
    group = RequirementGroupBlock()
    text = TextSectionBlock()


def procedure_step_choices():
    return [(status.value, status.label) for status in PROCEDURE_STEPS]


class ProcedureStepBlock(blocks.StructBlock):
    """The explanation of one step; its name comes from vacancies.procedure, so it reads the same everywhere."""

    step = blocks.ChoiceBlock(label=_("Stap"), choices=procedure_step_choices)
    text = blocks.RichTextBlock(label=_("Uitleg"), features=INLINE_FEATURES, required=False)

    class Meta:
        icon = "order"
        label = _("Stap")


class ProcedureBlock(blocks.StreamBlock):
    step = ProcedureStepBlock()
