"""Idempotent provisioning of the sites and the staff groups.

Run by `manage.py setup_sites` (in `make run`, CI and the demo loader) and by the
test fixtures, so every environment has the same sites and rights.

The core names no app model: each site app declares its site on its AppConfig
(`site = SiteSpec(...)`), and any app may grant the staff groups model permissions
(`group_permissions = {group name: ["app_label.codename", ...]}`).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
)

from leiden_site.declarations import MARKETING_EDITORS, MARKETING_MODERATORS, SiteSpec
from leiden_site.models import Navigation, SiteIdentity


def site_specs() -> list[SiteSpec]:
    """The sites the installed apps declare, in INSTALLED_APPS order."""
    return [config.site for config in apps.get_app_configs() if hasattr(config, "site")]


LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _localised(name: str, values: dict[str, str]) -> dict[str, str]:
    return {f"{name}_{code}": values[code] for code in LANGUAGES if code in values}


def ensure_tree_root() -> None:
    """The locale, root page and root collection Wagtail's migrations make.

    They are only missing from a flushed database (as transactional tests leave it).
    """
    from wagtail.models import Locale

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root", live=True))
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")


def ensure_home_page(spec: SiteSpec) -> Page:
    model = apps.get_model(spec.model)
    existing = model.objects.first()
    if existing:
        return existing
    root = Page.get_first_root_node()
    home = model(
        title=spec.titles["nl"],
        slug=spec.slug,
        **_localised("title", spec.titles),
        **_localised("slug", dict.fromkeys(LANGUAGES, spec.slug)),
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    return home


def remove_wagtail_welcome_page() -> None:
    """Wagtail's first migration leaves a placeholder home page and site behind."""
    for page in Page.objects.filter(
        depth=2, content_type__model="page", content_type__app_label="wagtailcore"
    ):
        Site.objects.filter(root_page=page).delete()
        page.delete()


def ensure_sites() -> dict[str, Site]:
    sites = {}
    with transaction.atomic():
        ensure_tree_root()
        remove_wagtail_welcome_page()
        for spec in site_specs():
            home = ensure_home_page(spec)
            hostname = getattr(settings, spec.hostname_setting)
            site = Site.objects.filter(root_page=home).first() or Site(root_page=home)
            site.hostname = hostname
            site.port = settings.SITE_PORT
            site.site_name = spec.titles["en"]
            site.is_default_site = spec.is_default
            site.save()
            ensure_identity(site, spec)
            sites[spec.key] = site
    return sites


def ensure_identity(site: Site, spec: SiteSpec) -> None:
    Navigation.for_site(site)  # created now rather than by the first visitor
    identity = SiteIdentity.for_site(site)
    if identity.organisation_name:
        return  # editors own it from here on
    identity.organisation_name = spec.organisation
    for name, value in _localised("site_name", spec.titles).items():
        setattr(identity, name, value)
    identity.site_name = spec.titles["nl"]
    identity.brand_colour = spec.brand
    identity.accent_colour = spec.accent
    identity.accent_contrast_colour = spec.accent_contrast
    identity.save()


# --- Groups ---------------------------------------------------------------------------------

ALL_SITES = "*"

EDIT = ["add_page", "change_page"]
PUBLISH = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MEDIA = [
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
]


@dataclass(frozen=True)
class GroupSpec:
    trees: list[str]  # site keys, or ALL_SITES
    page: list[str]
    model: list[str] = field(default_factory=list)


# The marketing groups and what the core itself grants them; apps add their own rights.
MARKETING_GROUPS = {
    MARKETING_EDITORS: GroupSpec(
        trees=[ALL_SITES],
        page=EDIT,
        model=["leiden_site.add_theme", "leiden_site.change_theme"],
    ),
    MARKETING_MODERATORS: GroupSpec(
        trees=[ALL_SITES],
        page=PUBLISH + ["bulk_delete_page"],
        model=[
            "wagtailadmin.access_admin",
            "leiden_site.change_siteidentity",
            "leiden_site.change_navigation",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
            "wagtailsearchpromotions.add_query",
            "wagtailsearchpromotions.change_query",
            "wagtailsearchpromotions.delete_query",
            "leiden_site.add_theme",
            "leiden_site.change_theme",
            "leiden_site.delete_theme",
            "axes.view_accessattempt",
            "axes.delete_accessattempt",
            "wagtailforms.view_formsubmission",
            "wagtailforms.delete_formsubmission",
        ],
    ),
}


def group_specs(sites: dict[str, Site]) -> dict[str, GroupSpec]:
    """Every staff group: the marketing groups, one per site that has staff, plus app rights."""
    specs = {
        name: GroupSpec(
            trees=list(sites) if ALL_SITES in spec.trees else spec.trees,
            page=spec.page,
            model=list(spec.model),
        )
        for name, spec in MARKETING_GROUPS.items()
    }
    for site_spec in site_specs():
        if site_spec.staff_group:
            specs[site_spec.staff_group] = GroupSpec(
                trees=[site_spec.key],
                page=PUBLISH,
                # Submissions of the forms in their own tree only: the forms they may edit.
                model=["wagtailforms.view_formsubmission", "wagtailforms.delete_formsubmission"],
            )
    for config in apps.get_app_configs():
        for name, permissions in getattr(config, "group_permissions", {}).items():
            specs[name].model.extend(permissions)
    return specs


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_groups(sites: dict[str, Site]) -> dict[str, Group]:
    groups = {}
    root_collection = Collection.get_first_root_node()
    access_admin = _permission("wagtailadmin.access_admin")
    with transaction.atomic():
        for name, rights in group_specs(sites).items():
            group, _created = Group.objects.get_or_create(name=name)
            group.permissions.add(access_admin, *[_permission(p) for p in rights.model])
            for tree in rights.trees:
                for codename in rights.page:
                    GroupPagePermission.objects.get_or_create(
                        group=group,
                        page=sites[tree].root_page,
                        permission=Permission.objects.get(
                            content_type__app_label="wagtailcore", codename=codename
                        ),
                    )
            for codename in MEDIA:
                app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=Permission.objects.get(
                        content_type__app_label=app_label, codename=codename
                    ),
                )
            groups[name] = group
    return groups


WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")


def hand_default_workflow_to_moderators(moderators: Group) -> None:
    """Wagtail's first migrations leave "Editors" and "Moderators" groups and a workflow
    approved by the latter; our groups replace them, so nobody is left out of approval."""
    for task in GroupApprovalTask.objects.filter(groups__name="Moderators"):
        task.groups.set([moderators])
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()


def setup_sites() -> tuple[dict[str, Site], dict[str, Group]]:
    sites = ensure_sites()
    groups = ensure_groups(sites)
    hand_default_workflow_to_moderators(groups[MARKETING_MODERATORS])
    return sites, groups
