"""Demo content for the three sites, loaded by `manage.py load_demo_data`.

Everything here is idempotent: pages are found again by their Dutch slug under their
parent, images by title, settings and users by their keys, and a page only gets a new
revision when its content actually changed. Running the loader twice changes nothing.

The content modules (discoveries, vvv, expat) describe pages with the helpers below;
the texts are written for this demo from public facts about Leiden (see BRIEF.md).
"""

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from django.conf import settings
from django.core.management.base import CommandError

from leiden_site.demo_images import get_or_create_demo_image
from leiden_site.models import FormField

LANGUAGES = [code for code, _name in settings.LANGUAGES]  # nl first: the default
DEMO_CREDIT = "Illustratie: Leiden Marketing (demo)"

# Brand palettes from VISUAL.md, for the generated pictures.
RED_BLUE = ("#B0121B", "#1F5F8B")
BLUE_ORANGE = ("#0B4F9C", "#E36A00")
TEAL_YELLOW = ("#00726B", "#F2B705")
BLUE_TEAL = ("#1F5F8B", "#00726B")


class T(NamedTuple):
    """One value per language. `de=None` leaves German empty, so it falls back to Dutch."""

    nl: Any
    en: Any
    de: Any = None

    def get(self, language: str) -> Any:
        return getattr(self, language)


def per_language(build) -> T:
    """Call `build(language)` for every language: for bodies whose structure is shared."""
    return T(**{language: build(language) for language in LANGUAGES})


def say(language: str, nl: str, en: str, de: str) -> str:
    return {"nl": nl, "en": en, "de": de}[language]


# --- Blocks (values in the shape CommonStreamBlock normalises) -------------------------------


def heading(text: str, level: str = "h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(*paragraphs: str):
    """Rich text from plain paragraphs; each may contain inline HTML such as <b>."""
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


def bullets(intro: str, items: list[str]):
    lis = "".join(f"<li>{item}</li>" for item in items)
    return ("paragraph", f"<p>{intro}</p><ul>{lis}</ul>")


def image(picture, alt_text: str, caption: str = ""):
    return (
        "image",
        {"image": picture, "alt_text": alt_text, "caption": caption, "credit": DEMO_CREDIT},
    )


def quote(text: str, attribution: str = ""):
    return ("quote", {"quote": text, "attribution": attribution})


def link(page=None, external_url: str = "", label: str = "") -> dict:
    return {"page": page, "external_url": external_url, "label": label}


def call_to_action(title: str, text: str, page=None, label: str = ""):
    return ("call_to_action", {"title": title, "text": text, "link": link(page, label=label)})


def card_grid(heading_text: str, cards: list[tuple[Any, str]]):
    return (
        "card_grid",
        {"heading": heading_text, "cards": [{"page": page, "text": text} for page, text in cards]},
    )


def faq(heading_text: str, items: list[tuple[str, str]]):
    """Answers are rich text: plain sentences are wrapped in a paragraph."""
    return (
        "faq",
        {
            "heading": heading_text,
            "items": [
                {
                    "question": question,
                    "answer": answer if answer.startswith("<") else f"<p>{answer}</p>",
                }
                for question, answer in items
            ],
        },
    )


def table(caption: str, rows: list[list[str]]):
    """A table whose first row holds the column headings."""
    return (
        "table",
        {
            "caption": caption,
            "table": {
                "data": rows,
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "",
            },
        },
    )


def timeline(heading_text: str, entries: list[tuple[str, str, str]]):
    """Moments as (when, title, text), oldest first."""
    return (
        "timeline",
        {
            "heading": heading_text,
            "entries": [
                {"when": when, "title": title, "text": text} for when, title, text in entries
            ],
        },
    )


# --- Assigning fields and noticing changes ----------------------------------------------------


def expand(fields: dict[str, Any]) -> dict[str, Any]:
    """Turn `title=T(...)` into title, title_nl, title_en, title_de.

    The base column gets the Dutch value too: the admin's UI language writes into it
    (STACK-NOTES trap 4), so it must never hold stale text.
    """
    values = {}
    for name, value in fields.items():
        if isinstance(value, T):
            values[name] = value.nl
            for language in LANGUAGES:
                if value.get(language) is not None:
                    values[f"{name}_{language}"] = value.get(language)
        else:
            values[name] = value
    return values


def _without_ids(value):
    """StreamField data minus the block ids, which are new each time a value is built."""
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _without_ids(item) for key, item in value.items() if key != "id"}
    return value


def _stored(instance, name: str):
    model_field = instance._meta.get_field(name)
    return _without_ids(model_field.get_prep_value(model_field.value_from_object(instance)))


def assign(instance, values: dict[str, Any]) -> bool:
    """Set the values on the instance; True when any stored value differs from before."""
    changed = False
    for name, value in values.items():
        before = _stored(instance, name)
        setattr(instance, name, value)
        changed |= _stored(instance, name) != before
    return changed


# --- Pages ------------------------------------------------------------------------------------


@dataclass
class Report:
    """What a run did, for the command's summary."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def note(self, page, status: str) -> None:
        getattr(self, status).append(page.url_path_nl or page.url_path)


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


def upsert_page(parent, model, slug: T, report: Report, form_fields=None, related=None, **fields):
    """Create the page under `parent`, or update the one with the same Dutch slug.

    `related` maps child relations (to lists of row values, see `child_rows`) and
    many-to-many fields (to lists of objects) to what the page should have.
    Publishes only when something changed (or the page is not live yet), so a second
    run adds no revisions.
    """
    values = expand({"slug": slug, **fields})
    page = find_child(parent, model, slug.nl)
    if page is None:
        page = model(**values)
        if form_fields is not None:
            page.form_fields = build_form_fields(form_fields)
        # Before the first save: a page's save may derive values from its rows.
        assign_related(page, related or {})
        parent.add_child(instance=page)
        status = "created"
    else:
        changed = assign(page, values)
        if form_fields is not None and form_fields_differ(page, form_fields):
            page.form_fields = build_form_fields(form_fields)  # replaced as a whole
            changed = True
        changed |= assign_related(page, related or {})
        status = "updated" if changed else "unchanged"
    if status != "unchanged" or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
        page.refresh_from_db()
    report.note(page, status)
    return page


# --- Child rows and many-to-many relations ----------------------------------------------------


def child_rows(**fields) -> dict[str, Any]:
    """The values of one child row (an occurrence, a room, a stop); T values are expanded."""
    return expand(fields)


def _row_comparable(value):
    """Objects compare by id; empty text and NULL compare alike."""
    if hasattr(value, "_meta"):
        return value.pk
    return "" if value is None else value


def _row_matches(row, spec: dict) -> bool:
    return all(
        _row_comparable(getattr(row, f"{name}_id" if hasattr(wanted, "_meta") else name))
        == _row_comparable(wanted)
        for name, wanted in spec.items()
    )


def _rows_differ(manager, specs: list[dict]) -> bool:
    existing = sorted(manager.all(), key=lambda row: row.sort_order or 0)
    return len(existing) != len(specs) or not all(
        _row_matches(row, spec) for row, spec in zip(existing, specs, strict=True)
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
        elif _rows_differ(manager, wanted):
            rows = [manager.model(sort_order=n, **spec) for n, spec in enumerate(wanted)]
            setattr(page, name, rows)  # replaced as a whole, like the form fields
            changed = True
    return changed


def update_page(page, report: Report, **fields):
    """Update an existing page (the home pages setup_sites made) the same way."""
    if assign(page, expand(fields)) or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
        page.refresh_from_db()
        report.note(page, "updated")
    else:
        report.note(page, "unchanged")
    return page


# --- Form fields ------------------------------------------------------------------------------

FORM_FIELD_KEYS = (
    "field_type",
    "required",
    *[f"{name}_{code}" for name in ("label", "choices") for code in LANGUAGES],
)


def form_field(field_type: str, label: T, required: bool = True, choices: T | None = None) -> dict:
    """A FormField's values; choices are one option per line, in every language."""
    return expand(
        {
            "label": label,
            "field_type": field_type,
            "required": required,
            "choices": choices or T("", "", ""),
        }
    )


def _comparable(spec: dict) -> tuple:
    # Empty translations are stored as "" or None; treat them alike.
    return tuple(
        spec.get(key) if key in ("field_type", "required") else spec.get(key) or ""
        for key in FORM_FIELD_KEYS
    )


def form_fields_differ(page, specs: list[dict]) -> bool:
    existing = page.form_fields.all().order_by("sort_order")
    stored = [
        _comparable({key: getattr(item, key) for key in FORM_FIELD_KEYS}) for item in existing
    ]
    return stored != [_comparable(spec) for spec in specs]


def build_form_fields(specs: list[dict]) -> list[FormField]:
    return [FormField(sort_order=position, **spec) for position, spec in enumerate(specs)]


# --- Images -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Picture:
    """A generated demo image and its honest description in every language."""

    title: str
    motif: str
    palette: tuple[str, str]
    alt: T

    def get(self):
        return get_or_create_demo_image(self.title, self.motif, self.palette, alt=self.alt.nl)


# --- Settings ---------------------------------------------------------------------------------


def menu(*pages) -> list:
    """A link list for Navigation: an empty label shows the page title in the visitor's language."""
    return [("link", link(page)) for page in pages]


def apply_site_settings(site, data: dict) -> bool:
    """Fill SiteIdentity and Navigation for the site; True when something changed."""
    from leiden_site.models import Navigation, SiteIdentity

    changed = False
    identity = SiteIdentity.for_site(site)
    if assign(identity, expand(data["identity"])):
        identity.save()
        changed = True
    navigation = Navigation.for_site(site)
    # Every language gets the same list: empty labels show the page title in the
    # visitor's language, so there is nothing to translate.
    links = {}
    for name in ("main_menu", "footer_links"):
        links[name] = T(data[name], data[name], data[name])
    if assign(navigation, expand(links)):
        navigation.save()
        changed = True
    return changed


# --- Accounts ---------------------------------------------------------------------------------

DEFAULT_DEMO_PASSWORD = "leiden-demo"

# username -> (group name or None for the superuser, first name)
DEMO_ACCOUNTS = {
    "admin": (None, "Admin"),
    "editor": ("Marketing editors", "Eva"),
    "moderator": ("Marketing moderators", "Maarten"),
    "vvv": ("VVV staff", "Vera"),
    "expat": ("Expat Centre staff", "Emre"),
}


def ensure_demo_users(groups: dict, password: str) -> list:
    """The demo accounts, created only by load_demo_data; the password is reset every run."""
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    users = []
    for username, (group_name, first_name) in DEMO_ACCOUNTS.items():
        user, _created = user_model.objects.get_or_create(username=username)
        user.email = f"{username}@example.org"
        user.first_name = first_name
        user.is_active = True
        user.is_staff = group_name is None
        user.is_superuser = group_name is None
        user.set_password(password)
        user.save()
        user.groups.set([groups[group_name]] if group_name else [])
        users.append(user)
    from .partners import ensure_partner_accounts  # the content module imports this one

    return users + ensure_partner_accounts(password)
