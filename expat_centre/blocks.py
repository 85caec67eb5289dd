"""The Expat Centre's own StreamField blocks: what to bring, the steps and the fees of a
service. Everything else comes from the shared blocks (leiden_site.blocks)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class ChecklistItemBlock(blocks.StructBlock):
    item = blocks.CharBlock(label=_("What to bring"), max_length=200)
    note = blocks.CharBlock(
        label=_("Note"),
        required=False,
        max_length=250,
        help_text=_("For instance: only for family members, or: original and a copy."),
    )


class ChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Leave empty for “What to bring”."),
    )
    items = blocks.ListBlock(ChecklistItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "expat_centre/blocks/checklist_block.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=160)
    text = blocks.TextBlock(label=_("Explanation"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class FeeBlock(blocks.StructBlock):
    description = blocks.CharBlock(label=_("For"), max_length=160)
    amount = blocks.CharBlock(
        label=_("Amount"),
        max_length=120,
        help_text=_("For instance “€ 14.40”, “free”, or “set by the IND each year”."),
    )
    exemptions = blocks.TextBlock(
        label=_("Exemptions"),
        required=False,
        help_text=_("Who pays less or nothing, and how to ask for it."),
    )

    class Meta:
        icon = "tag"
        label = _("Fee")
