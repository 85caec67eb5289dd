"""Everything in the demo content, in the order its links need.

The themes come first (the brand site's stories and the Expat Centre's guides name them),
then VVV and Expat Centre, so the brand site can link to their pages; within a file,
pages come in the order they are written. The Expat Centre's services come before its
guides, which name them as related services. The VVV's tours and shop come after the brand
site, whose places and events they name. The brand site's index pages, places,
events, stories, routes and venues come before its home page, which picks from them; the
partner network comes last, as it names events and stories as its own.
"""

from django.apps import apps

from discoveries.models import EventPage, StoryPage
from leiden_site.models import Navigation, SiteIdentity, Theme
from partners.models import BoardMember

from . import dates
from .collections import AFTER_UPSERT, PREPARE
from .content import read
from .context import Context
from .fields import field_values, page_values
from .pages import (
    Report,
    assign,
    form_field_values,
    publish_if_changed,
    update_page,
    upsert_page,
)
from .pictures import Pictures
from .translations import LANGUAGES, Translated, expand, is_translation, translated

SITE_FILES = {"vvv": "vvv.yaml", "expat": "expat.yaml", "discoveries": "discoveries/site.yaml"}
EXPAT_FILES = [f"expat/{name}.yaml" for name in ("services", "guides", "employers", "desk")]
BRAND_FILES = [
    f"discoveries/{name}.yaml" for name in ("places", "events", "stories", "routes", "venues")
]
# The VVV's tours meet at the brand site's places and its tickets are for agenda events.
VVV_PRODUCTS_FILE = "vvv_products.yaml"


class DemoLoader:
    """Loads the YAML content into the sites that setup_sites provisioned."""

    def __init__(self, sites: dict, today=None):
        self.sites = sites
        self.files = {}
        self.context = Context(
            today=today or dates.today(), pictures=Pictures(self.read("pictures.yaml"))
        )
        for key, site in sites.items():
            self.context.pages[f"{key}:home"] = site.root_page.specific

    def read(self, name: str) -> dict:
        """A content file, read once per run."""
        if name not in self.files:
            self.files[name] = read(name)
        return self.files[name]

    @property
    def pages(self):
        return self.context.pages

    @property
    def report(self) -> Report:
        return self.context.report

    def load_content(self) -> None:
        self.load_themes(self.read("discoveries/themes.yaml")["themes"])
        self.load_pages(self.read(SITE_FILES["vvv"]))
        self.update_home("vvv")
        self.load_pages(self.read(SITE_FILES["expat"]))
        for name in EXPAT_FILES:
            self.load_pages(self.read(name))
        self.update_home("expat")
        self.load_pages(self.read(SITE_FILES["discoveries"]))
        for name in BRAND_FILES:
            self.load_pages(self.read(name))
        self.update_home("discoveries")
        self.load_pages(self.read(VVV_PRODUCTS_FILE))
        partners = self.read("partners.yaml")
        self.load_pages(partners)
        self.load_board(partners["board"])
        self.link_partners(partners)

    # --- Pages ---------------------------------------------------------------------------------

    def load_pages(self, content: dict) -> None:
        """A file's `pages`, each under its `parent` and as its `type`, or the file's.

        The file's `defaults` fill in what the pages of the file's own type leave out.
        """
        defaults = content.get("defaults", {})
        for entry in content["pages"]:
            self.load_page(entry if "type" in entry else {**defaults, **entry}, content)

    def load_page(self, entry: dict, content: dict):
        label = entry.get("type") or content["type"]
        model = apps.get_model(label)
        parent = self.pages.page(entry.get("parent") or content["parent"])
        if label in PREPARE:
            entry = PREPARE[label](dict(entry), content, self.context)
        values, related = page_values(model, entry, self.context)
        form_fields = None
        if "form_fields" in entry:
            form_fields = [self.form_field(item) for item in entry["form_fields"]]
        page = upsert_page(parent, model, values, self.report, related, form_fields)
        if label in AFTER_UPSERT:
            AFTER_UPSERT[label](page)
        if "key" in entry:
            self.pages[entry["key"]] = page
            self.context.entries[entry["key"]] = entry
        return page

    def form_field(self, item: dict) -> dict:
        """A form field's values; its choices are lists of options, or one per line."""
        choices = item.get("choices", "")
        if is_translation(choices):
            choices = {language: one_per_line(options) for language, options in choices.items()}
        else:
            choices = one_per_line(choices)
        return form_field_values(
            item["type"], translated(item["label"]), item.get("required", True), translated(choices)
        )

    def update_home(self, site: str) -> None:
        home = self.pages.page(f"{site}:home")
        values, related = page_values(type(home), self.read(SITE_FILES[site])["home"], self.context)
        update_page(home, values, self.report, related)

    # --- Snippets and links between the brand site and the partners ----------------------------

    def load_themes(self, themes: list[dict]) -> None:
        """Themes by slug, created once and updated only when their text changed."""
        for order, item in enumerate(themes):
            theme = Theme.objects.filter(slug=item["slug"]).first() or Theme(slug=item["slug"])
            values = {"sort_order": order}
            for name in ("name", "description", "image"):
                if name in item:
                    values.update(field_values(Theme, name, item[name], self.context))
            if assign(theme, expand(values)) or theme.pk is None:
                theme.save()
            self.context.themes[item["slug"]] = theme

    def load_board(self, board: list[dict]) -> None:
        """Board members are snippets, found again by name and term start."""
        for item in board:
            member = BoardMember.objects.filter(
                name=item["name"], term_start=item["term_start"]
            ).first() or BoardMember(name=item["name"], term_start=item["term_start"])
            partner = item.get("partner")
            values = {
                "role": item["role"],
                "partner": self.pages.page(partner) if partner else None,
                "represents_municipality": item.get("represents_municipality", False),
                "term_end": item.get("term_end"),
            }
            if assign(member, values) or member.pk is None:
                member.full_clean()
                member.save()

    def link_partners(self, partners: dict) -> None:
        """Organisers of events and partners featured in stories, set on the published pages."""
        for event, partner in partners["event_organisers"].items():
            page = EventPage.objects.get(pk=self.pages.page(event).pk)
            publish_if_changed(page, {"organiser": self.pages.page(partner)}, self.report)
        for story, featured in partners["story_partners"].items():
            page = StoryPage.objects.get(pk=self.pages.page(story).pk)
            wanted = {"partners": [self.pages.page(partner) for partner in featured]}
            publish_if_changed(page, {}, self.report, related=wanted)

    # --- Site settings -------------------------------------------------------------------------

    def apply_site_settings(self, site: str) -> bool:
        """Fill SiteIdentity and Navigation of the site; True when something changed."""
        content = self.read(SITE_FILES[site])["settings"]
        wagtail_site = self.sites[site]
        changed = False
        identity = SiteIdentity.for_site(wagtail_site)
        values = {}
        for name, value in content["identity"].items():
            values.update(field_values(SiteIdentity, name, value, self.context))
        if assign(identity, expand(values)):
            identity.save()
            changed = True
        navigation = Navigation.for_site(wagtail_site)
        # An item is a page reference (its label empty: the menu shows the page's title in
        # the visitor's language) or {page: …, label: {nl: …, en: …, de: …}} for a shorter one.
        menus = {}
        for name in ("main_menu", "footer_links"):
            menus[name] = Translated(
                *[
                    [self.menu_link(item, language) for item in content[name]]
                    for language in LANGUAGES
                ]
            )
        if assign(navigation, expand(menus)):
            navigation.save()
            changed = True
        return changed

    def menu_link(self, item, language: str) -> tuple:
        if isinstance(item, str):
            item = {"page": item}
        label = translated(item.get("label", "")).get(language) or ""
        return ("link", {"page": self.pages.page(item["page"]), "external_url": "", "label": label})


def one_per_line(options):
    return "\n".join(options) if isinstance(options, list) else options
