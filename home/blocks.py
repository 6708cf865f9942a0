"""StreamField blocks shared by every page type."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
INLINE_FEATURES = ["bold", "italic", "link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"))
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3"))],
        default="h2",
        help_text=_("Gebruik Kop 3 alleen onder een Kop 2."),
    )

    class Meta:
        icon = "title"
        label = _("Kop")
        template = "blocks/heading_block.html"


class ListBlock(blocks.StructBlock):
    ordered = blocks.BooleanBlock(
        label=_("Genummerd"), required=False, help_text=_("Aanvinken voor 1, 2, 3 in plaats van bolletjes.")
    )
    items = blocks.ListBlock(blocks.RichTextBlock(features=INLINE_FEATURES, label=_("Punt")), label=_("Punten"))

    class Meta:
        icon = "list-ul"
        label = _("Lijst")
        template = "blocks/list_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        help_text=_("Beschrijf wat er op de afbeelding staat, voor wie de afbeelding niet kan zien."),
    )
    caption = blocks.CharBlock(label=_("Onderschrift"), required=False)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Citaat"))
    attribution = blocks.CharBlock(label=_("Van wie"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "blocks/quote_block.html"


class LetterBlock(blocks.StructBlock):
    """A letter or another text quoted whole, in its own words (it may say "u"), shown as one quotation."""

    text = blocks.RichTextBlock(label=_("Tekst"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])
    source = blocks.CharBlock(label=_("Van wie"), required=False, help_text=_("Bijvoorbeeld: het college van B&W."))

    class Meta:
        icon = "openquote"
        label = _("Brief of langer citaat")
        template = "blocks/letter_block.html"


class RetentionBlock(blocks.StaticBlock):
    """How long each kind of personal data is kept, read from the settings the deletion itself uses."""

    class Meta:
        icon = "time"
        label = _("Bewaartermijnen")
        admin_text = _(
            "Hier staan de bewaartermijnen uit de instellingen (Formulieren en privacy, Instellingen vacatures). "
            "Verander je een termijn daar, dan verandert deze tekst mee."
        )
        template = "blocks/retention_block.html"


class SpamCheckBlock(blocks.StaticBlock):
    """How the forms keep spam out: names Google reCAPTCHA only while it is switched on."""

    class Meta:
        icon = "warning"
        label = _("Spamcontrole")
        admin_text = _(
            "Hier staat hoe de formulieren spam tegenhouden. Staat Google reCAPTCHA aan, dan staat hier wat Google "
            "daarbij ziet; staat het uit, dan staat dat hier."
        )
        template = "blocks/spam_check_block.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst van de link"))
    page = blocks.PageChooserBlock(label=_("Pagina"), required=False)
    url = blocks.URLBlock(label=_("Of een webadres"), required=False)
    style = blocks.ChoiceBlock(label=_("Vorm"), choices=[("button", _("Knop")), ("link", _("Link"))], default="button")

    class Meta:
        icon = "link"
        label = _("Oproep (link of knop)")
        template = "blocks/call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Kies een pagina of vul een webadres in (één van de twee).")
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        return value


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag"))
    answer = blocks.RichTextBlock(label=_("Antwoord"), features=INLINE_FEATURES + ["ol", "ul"])


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Vragen en antwoorden"))

    class Meta:
        icon = "help"
        label = _("Vragen en antwoorden")
        template = "blocks/accordion_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titel"), required=False, help_text=_("Laat leeg om de titel van het document te gebruiken.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document om te downloaden")
        template = "blocks/document_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Tekst"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    list = ListBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    letter = LetterBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    document = DocumentBlock()
    retention = RetentionBlock()
    spam_check = SpamCheckBlock()


class SectionLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Pagina"))
    title = blocks.CharBlock(label=_("Titel"), required=False, help_text=_("Leeg: de titel van de pagina."))
    text = blocks.TextBlock(label=_("Korte uitleg"), required=False)

    class Meta:
        icon = "link"
        label = _("Verwijzing naar een onderdeel")


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Pagina"), required=False)
    url = blocks.URLBlock(label=_("Of een webadres"), required=False)
    text = blocks.CharBlock(label=_("Tekst"), required=False, help_text=_("Leeg: de titel van de pagina."))

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Kies een pagina of vul een webadres in (één van de twee).")
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        if value.get("url") and not value.get("text"):
            raise StructBlockValidationError(block_errors={"text": ValidationError(_("Geef de link een tekst."))})
        return value
