"""YAML values to model field values, learnt from the model's own fields.

- a StreamField gets a body built from its blocks (blocks.py);
- an image field gets the picture with that key, and `<field>_alt` its alt text;
- a foreign key or many-to-many field to pages takes page references (`place:rmo`),
  one to themes takes theme slugs;
- a child relation (an event's occurrences, a venue's rooms) takes a list of rows, each
  converted by the same rules;
- a decimal is read from its text, a date may be a date rule (dates.py), a time "10:00";
- a field that modeltranslation translates (it has a `<field>_nl` column) gets a Translated
  value: a plain YAML value is then the same in every language.
"""

from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.db import models

from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page

from leiden_site.models import Theme

from .blocks import build_body
from .content import ContentError
from .context import Context
from .dates import clock, resolve
from .translations import Translated, expand, translated

# Keys of a page's YAML entry that are not model fields: the loader reads them itself.
ENTRY_KEYS = {"key", "type", "parent", "form_fields"}


def model_field(model, name: str):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        raise ContentError(f"{model.__name__} has no field {name!r}") from None


def has_field(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def is_translated(model, name: str) -> bool:
    """True when modeltranslation added a column per language for the field."""
    return has_field(model, f"{name}_nl")


def points_to(field, model) -> bool:
    return field.is_relation and issubclass(field.related_model, model)


def field_values(model, name: str, value, context: Context) -> dict:
    """The model values for one YAML field: usually one; an image also sets its alt text."""
    field = model_field(model, name)
    if points_to(field, AbstractImage):
        values = {name: context.pictures.image(value)}
        if has_field(model, f"{name}_alt"):
            values[f"{name}_alt"] = context.pictures.alt(value)
        return values
    if isinstance(field, StreamField):
        value = build_body(value, context.pictures, context.pages)
    elif points_to(field, Page):
        value = context.pages.page(value) if value else None
    elif isinstance(field, models.DecimalField):
        value = Decimal(str(value))
    elif isinstance(field, models.DateField) and isinstance(value, dict):
        value = resolve(value, context.today)
    elif isinstance(field, models.TimeField) and value is not None:
        value = clock(value)
    if is_translated(model, name) and not isinstance(value, Translated):
        value = translated(value)
    return {name: value}


def related_values(model, name: str, value: list, context: Context) -> list:
    """The objects of a many-to-many field, or the rows of a child relation."""
    field = model_field(model, name)
    if field.many_to_many and points_to(field, Theme):
        return [theme(slug, context) for slug in value]
    if field.many_to_many:
        return [context.pages.page(reference) for reference in value]
    return [row_values(field.related_model, row, context) for row in value]


def row_values(model, row: dict, context: Context) -> dict:
    """One child row (an occurrence, a room, a stop); translated values are expanded."""
    values = {}
    for name, value in row.items():
        values.update(field_values(model, name, value, context))
    return expand(values)


def theme(slug: str, context: Context):
    if slug not in context.themes:
        raise ContentError(f"Unknown theme {slug!r}: see discoveries/themes.yaml")
    return context.themes[slug]


def page_values(model, entry: dict, context: Context) -> tuple[dict, dict]:
    """A page's field values, and its child rows and many-to-many sets, from its YAML entry."""
    values, related = {}, {}
    for name, value in entry.items():
        if name in ENTRY_KEYS:
            continue
        field = model_field(model, name)
        if field.many_to_many or field.one_to_many:
            related[name] = related_values(model, name, value, context)
        else:
            values.update(field_values(model, name, value, context))
    return values, related
