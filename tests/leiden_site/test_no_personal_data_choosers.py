"""No page, block, snippet or setting offers visitors' personal data in a chooser.

The snippet chooser views refuse roles without the model's permission
(leiden_site/snippets.py); this closes the other door: no editing form has a field or block
that points at such a model. Models with personal data are recognised the way the retention
jobs recognise them (leiden_site/retention.py: an `expired()` QuerySet method), plus Wagtail's
form submissions, whose retention lives on the form page."""

from django.apps import apps
from django.db import models

from wagtail.blocks import ListBlock
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.fields import StreamField
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

NAMED_IN_THE_ISSUE = {
    "discoveries.Subscriber",
    "discoveries.CongressRequest",
    "wagtailforms.FormSubmission",
    "vvv.BookingRequest",
    "expat_centre.AppointmentRequest",
}


def personal_data_models() -> set[type[models.Model]]:
    kept = {m for m in apps.get_models() if hasattr(m._default_manager, "expired")}
    return kept | {FormSubmission}


def edited_models() -> set[type[models.Model]]:
    return set(get_page_models()) | set(get_snippet_models()) | set(settings_registry)


def child_blocks(block):
    if isinstance(block, ListBlock):
        yield block.child_block
    yield from getattr(block, "child_blocks", {}).values()


def chooser_targets(block, path: str):
    """(path, model) for every block below `block` that chooses a model instance."""
    target = getattr(block, "target_model", None)
    if isinstance(target, type) and issubclass(target, models.Model):
        yield path, target
    for child in child_blocks(block):
        yield from chooser_targets(child, f"{path}.{child.name or 'item'}")


def offers(model) -> list[tuple[str, type[models.Model]]]:
    found = []
    for field in model._meta.get_fields():
        if field.is_relation and not field.auto_created and field.related_model:
            found.append((field.name, field.related_model))
        if isinstance(field, StreamField):
            found.extend(chooser_targets(field.stream_block, field.name))
    return found


def test_the_personal_data_models_are_the_ones_the_issue_names():
    assert {m._meta.label for m in personal_data_models()} >= NAMED_IN_THE_ISSUE


def test_no_page_block_snippet_or_setting_offers_personal_data_in_a_chooser():
    personal = personal_data_models()
    offending = [
        f"{model._meta.label}.{path} -> {target._meta.label}"
        for model in edited_models() - personal
        for path, target in offers(model)
        if target in personal
    ]
    assert offending == []


def test_the_check_sees_choosers_deep_inside_stream_fields():
    """The walk reaches a snippet chooser inside a list inside a struct inside a stream."""
    from wagtail.blocks import StreamBlock, StructBlock
    from wagtail.snippets.blocks import SnippetChooserBlock

    from discoveries.models import Subscriber

    stream = StreamBlock(
        [("group", StructBlock([("people", ListBlock(SnippetChooserBlock(Subscriber)))]))]
    )
    stream.set_name("body")
    assert [t for _path, t in chooser_targets(stream, "body")] == [Subscriber]
