"""Creating and updating pages so that a second run changes nothing.

Pages are found again by their Dutch slug under their parent. Values are compared with what
is stored, and a page only gets a new revision (and is published) when something changed,
or when it is not live yet.
"""

from dataclasses import dataclass, field
from typing import Any

from django.core.management.base import CommandError

from wagtail.fields import StreamField
from wagtail.models import Page

from leiden_site.models import FormField

from .models import DemoRecord
from .translations import LANGUAGES, Translated, expand

# --- Assigning values and noticing changes ---------------------------------------------------


def without_block_ids(value):
    """StreamField data minus the block ids, which are new each time a value is built."""
    if isinstance(value, list):
        return [without_block_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: without_block_ids(item) for key, item in value.items() if key != "id"}
    return value


def stored_value(instance, name: str):
    model_field = instance._meta.get_field(name)
    return without_block_ids(model_field.get_prep_value(model_field.value_from_object(instance)))


def assign(instance, values: dict[str, Any]) -> bool:
    """Set the values on the instance; True when any stored value differs from before."""
    changed = False
    for name, value in values.items():
        before = stored_value(instance, name)
        setattr(instance, name, value)
        changed |= stored_value(instance, name) != before
    return changed


# --- The run's report ------------------------------------------------------------------------


@dataclass
class Report:
    """What a run did to the pages, for the command's summary."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def note(self, page, status: str) -> None:
        getattr(self, status).append(page.url_path_nl or page.url_path)


# --- Pages -------------------------------------------------------------------------------------


def find_child(parent, model, slug_nl: str):
    child = parent.get_children().filter(slug_nl=slug_nl).first()
    if child is None:
        return None
    child = child.specific
    if not isinstance(child, model):
        raise CommandError(
            f"{parent.title}/{slug_nl} is a {type(child).__name__}, expected a {model.__name__}"
        )
    return child


def publish(page) -> None:
    page.save_revision().publish()
    page.refresh_from_db()


def upsert_page(parent, model, values: dict, report: Report, related=None, form_fields=None):
    """Create the page under `parent`, or update the one with the same Dutch slug.

    `values` are field values (Translated ones are expanded per language) and must hold the
    slug. `related` maps child relations (to lists of row values) and many-to-many fields (to
    lists of objects) to what the page should have; `form_fields` are a form page's fields.
    """
    values = expand(values)
    page = find_child(parent, model, values["slug_nl"])
    if page is None:
        page = model(**values)
        if form_fields is not None:
            page.form_fields = build_form_fields(form_fields)
        # Before the first save: a page's save may derive values from its rows.
        assign_related(page, related or {})
        parent.add_child(instance=page)
        DemoRecord.remember(Page, page.pk)
        status = "created"
    else:
        changed = assign(page, values)
        if form_fields is not None and form_fields_differ(page, form_fields):
            page.form_fields = build_form_fields(form_fields)  # replaced as a whole
            changed = True
        changed |= assign_related(page, related or {})
        status = "updated" if changed else "unchanged"
    if status != "unchanged" or not page.live or page.has_unpublished_changes:
        publish(page)
    report.note(page, status)
    return page


def update_page(page, values: dict, report: Report, related=None):
    """Update an existing page (a home page that setup_sites made) the same way."""
    changed = assign(page, expand(values))
    changed |= assign_related(page, related or {})
    if changed or not page.live or page.has_unpublished_changes:
        publish(page)
        report.note(page, "updated")
    else:
        report.note(page, "unchanged")
    return page


def publish_if_changed(page, values: dict, report: Report, related=None) -> None:
    """Set values or relations on a page the run made before (an event's organiser, a story's
    partners); a new revision, and a line in the report, only when they changed."""
    changed = assign(page, expand(values))
    changed |= assign_related(page, related or {})
    if changed:
        publish(page)
        report.note(page, "updated")


# --- Child rows and many-to-many relations ---------------------------------------------------


def comparable(value):
    """Objects compare by id; empty text and NULL compare alike."""
    if hasattr(value, "_meta"):
        return value.pk
    return "" if value is None else value


def row_matches(row, wanted_values: dict) -> bool:
    for name, wanted in wanted_values.items():
        field = row._meta.get_field(name)
        if isinstance(field, StreamField):  # a schedule's periods: compare the stored data
            if stored_value(row, name) != without_block_ids(
                field.get_prep_value(field.to_python(wanted))
            ):
                return False
        elif comparable(getattr(row, f"{name}_id" if hasattr(wanted, "_meta") else name)) != (
            comparable(wanted)
        ):
            return False
    return True


def rows_differ(manager, wanted_rows: list[dict]) -> bool:
    existing = sorted(manager.all(), key=lambda row: row.sort_order or 0)
    return len(existing) != len(wanted_rows) or not all(
        row_matches(row, wanted) for row, wanted in zip(existing, wanted_rows, strict=True)
    )


def assign_related(page, related: dict[str, list]) -> bool:
    """Replace child rows or many-to-many sets that differ; True when any did."""
    changed = False
    for name, wanted in related.items():
        manager = getattr(page, name)
        if page._meta.get_field(name).many_to_many:
            if {obj.pk for obj in manager.all()} != {obj.pk for obj in wanted}:
                setattr(page, name, wanted)
                changed = True
        elif rows_differ(manager, wanted):
            rows = [manager.model(sort_order=n, **values) for n, values in enumerate(wanted)]
            setattr(page, name, rows)  # replaced as a whole, like the form fields
            changed = True
    return changed


# --- Form fields -------------------------------------------------------------------------------

FORM_FIELD_KEYS = (
    "field_type",
    "required",
    *[f"{name}_{code}" for name in ("label", "choices") for code in LANGUAGES],
)


def form_field_values(field_type: str, label: Translated, required: bool, choices: Translated):
    """A FormField's values; choices are one option per line, in every language."""
    return expand(
        {"label": label, "field_type": field_type, "required": required, "choices": choices}
    )


def comparable_form_field(values: dict) -> tuple:
    # Empty translations are stored as "" or None; treat them alike.
    return tuple(
        values.get(key) if key in ("field_type", "required") else values.get(key) or ""
        for key in FORM_FIELD_KEYS
    )


def form_fields_differ(page, wanted: list[dict]) -> bool:
    existing = page.form_fields.all().order_by("sort_order")
    stored = [
        comparable_form_field({key: getattr(item, key) for key in FORM_FIELD_KEYS})
        for item in existing
    ]
    return stored != [comparable_form_field(values) for values in wanted]


def build_form_fields(wanted: list[dict]) -> list[FormField]:
    return [FormField(sort_order=position, **values) for position, values in enumerate(wanted)]
