"""Every change this project makes to the behaviour of Wagtail or wagtail-modeltranslation.

Each patch says why it exists and which upstream version it was written against; the
version guard stops start-up on any other version, so an upgrade is a deliberate step:
read the upstream changes, re-run the tests of this module (tests/leiden_site/
test_patches.py, one per patch), then widen TESTED_VERSIONS.
"""

import json

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.forms import RadioSelect
from django.http import HttpResponseBadRequest, HttpResponseForbidden, QueryDict
from django.http.request import split_domain_port
from django.shortcuts import get_object_or_404, redirect
from django.urls import re_path
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

import wagtail
import wagtail.api.rich_text
import wagtail.rich_text
import wagtail.templatetags.wagtailcore_tags
import wagtail_modeltranslation
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import Page, Site
from wagtail_modeltranslation import patch_wagtailadmin
from wagtail_modeltranslation.wagtail_hooks import (
    return_translation_target_field_rendered_html as upstream_copy_translation_content,
)

from leiden_site import page_cache, rich_text
from leiden_site.languages import approval_refusal
from leiden_site.permissions import refused_references

# Package -> the major.minor versions these patches were written and tested against.
TESTED_VERSIONS = {
    "wagtail": (wagtail.__version__, ["8.0"]),
    "wagtail_modeltranslation": (wagtail_modeltranslation.__version__, ["0.16"]),
}


def check_versions() -> None:
    """Refuse to start on a version the patches below were not tested with."""
    for package, (installed, tested) in TESTED_VERSIONS.items():
        if ".".join(installed.split(".")[:2]) not in tested:
            raise ImproperlyConfigured(
                f"{package} {installed} is installed, but leiden_site.patches was only tested "
                f"with {', '.join(tested)}: check each patch against the new version first."
            )


# --- Patch 1: route a site's pages by translated URL path in one query --------------------
# Written against wagtail-modeltranslation 0.16.1 on Wagtail 8.0.
#
# wagtail-modeltranslation replaces Page.route with its own `_new_route`, which walks the
# tree one level at a time with two queries per level. A site's home page instead finds
# the deepest page whose URL path in the visitor's language is a prefix of the request
# path, in one query; that page routes the rest (routable pages answer their feeds there).
# The pages found on the way are the breadcrumb trail, kept on the request for the page.
# Anything the single query cannot match falls back to modeltranslation's own routing.


def route_by_url_path(self, request, path_components):
    if not path_components:
        return patch_wagtailadmin._new_route(self, request, path_components)
    field = f"url_path_{get_language()}"
    prefixes = [
        self.url_path + "/".join(path_components[:length]) + "/"
        for length in range(1, len(path_components) + 1)
    ]
    trail = list(
        Page.objects.filter(**{f"{field}__in": prefixes}, path__startswith=self.path).order_by(
            "depth"
        )
    )
    if not trail:
        return patch_wagtailadmin._new_route(self, request, path_components)
    match = trail[-1].specific
    request.route_trail = [self, *trail[:-1], match]
    return match.route(request, path_components[match.depth - self.depth :])


# --- Patch 2: site root paths once per publish generation, not once per link -------------
# Written against wagtail-modeltranslation 0.16.1 on Wagtail 8.0.
#
# wagtail-modeltranslation keeps each language's site root paths in the shared cache and
# reads them again for every page object that builds a URL without a request (menus,
# cards, sitemap entries): with the database cache that is a query per link. The paths
# only change when a site or a home page does, and both replace the page cache's
# generation (leiden_site.signals), so each process may keep them per generation.

_site_root_paths = {"generation": None, "by_language": {}}


def site_root_paths_per_generation(self, request=None):
    generation = page_cache.current_generation()
    if _site_root_paths["generation"] != generation:
        _site_root_paths.update(generation=generation, by_language={})
    by_language = _site_root_paths["by_language"]
    language = get_language()
    if language not in by_language:
        by_language[language] = patch_wagtailadmin._localized_site_get_site_root_paths()
    return by_language[language]


# --- Patch 3: guard wagtail-modeltranslation's copy-translation endpoint ---------------------
# Written against wagtail-modeltranslation 0.16.1.
#
# `pages/<id>/edit/copy_translation_content/` renders one language's StreamField as the
# editor widget of another. Upstream exempts it from CSRF, checks no page permission,
# answers a GET or an unknown page with a 500, and renders whatever image or document
# ids the request names. Our view answers at the same address first (its hook is
# ordered before upstream's): POST only, CSRF-checked, the page's edit permission, and
# only images, documents and pages the editor may use; then upstream's code does the copy.


def _posted_stream_references(page, request) -> list[tuple[type, str]]:
    """The images, documents and pages named in the posted field (ValueError when bad)."""
    origin = request.POST["origin_field_name"]
    target = request.POST["target_field_name"]
    serialized = json.loads(request.POST["serializedOriginField"])
    data = QueryDict(mutable=True)
    for item in serialized:
        data[item["name"].replace(origin, target, 1)] = item["value"]
    field = page.specific._meta.get_field(target)
    value = field.stream_block.value_from_datadict(data, {}, target)
    return [(model, pk) for model, pk, _path, _content in field.extract_references(value)]


@require_POST
def guarded_copy_translation_content(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        return HttpResponseForbidden()
    if request.headers.get("X-Requested-With") != "XMLHttpRequest":
        return HttpResponseBadRequest("This address answers the page editor's requests only.")
    try:
        references = _posted_stream_references(page, request)
    except (KeyError, TypeError, ValueError, LookupError, AttributeError):
        return HttpResponseBadRequest("The content to copy could not be read.")
    if refused_references(request.user, references):
        return HttpResponseBadRequest("The content names items you may not use.")
    return upstream_copy_translation_content.__wrapped__(request, page_id)


def register_guarded_copy_translation_url():
    return [
        re_path(
            r"^pages/(?P<page_id>\d+)/edit/copy_translation_content/$",
            guarded_copy_translation_content,
            name="copy_translation_content",
        )
    ]


# --- Patch 4: a "missing translation" filter in every page listing ----------------------
# Written against Wagtail 8.0.
#
# Wagtail's page listings (the explorer and each page type's listing) build their filters
# from PageFilterSet and GenericPageFilterSet and offer no hook to add one. The filter
# is added to both classes' declared filters, so each listing shows it beside "Site" and
# "Has child pages".


def add_missing_translation_filter():
    from wagtail.admin.views.pages.listing import GenericPageFilterSet, PageFilterSet

    from leiden_site.panels import MissingTranslationFilter

    for filterset in (PageFilterSet, GenericPageFilterSet):
        filterset.base_filters["missing_translation"] = MissingTranslationFilter(widget=RadioSelect)


# --- Patch 5: find each request's site once per publish generation -------------------------
# Written against Wagtail 8.0.
#
# `Site.find_for_request` asks the database on every request (it caches on the request
# only). Sites, their host names and their home pages change only through saves that
# replace the page cache's generation (leiden_site.signals), so each process keeps the
# answer per host name and port for the current generation. The request still gets its
# own `_wagtail_site` from upstream's `find_for_request`.

_upstream_find_site = Site._find_for_request


def find_site_per_generation(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    return page_cache.shared_for_generation(
        ("site", hostname, port), lambda: _upstream_find_site(request)
    )


# --- Patch 6: sanitise rich text on output, however it was saved ----------------------------
# Written against Wagtail 8.0.
#
# Wagtail trusts stored rich text: the admin's editor only writes what its features allow,
# but text saved through a shell, a fixture or the API reaches visitors as it was written.
# `expand_db_html` is the one function every rendering passes through (the |richtext
# filter, RichText values of StreamField blocks, the API's rich-text fields); each module
# imports it by name, so each module's reference is replaced.

RICH_TEXT_MODULES = (
    wagtail.rich_text,
    wagtail.templatetags.wagtailcore_tags,
    wagtail.api.rich_text,
)
upstream_expand_db_html = wagtail.rich_text.expand_db_html


def expand_db_html_sanitised(html):
    return rich_text.sanitise(upstream_expand_db_html(html))


# --- Patch 7: a moderator's last approval publishes only a complete page ---------------------
# Written against Wagtail 8.0.
#
# The moderation modal (dashboard, page listing, the page's status side panel) posts
# "approve" to `pages/workflow/action/<page>/approve/<task state>/`, whose view calls the
# task's `on_action` with no form and no hook in between. The last approval publishes the
# page's latest revision, so on a site that requires complete languages
# (SiteIdentity.require_complete_languages) an incomplete page is not approved: the
# moderator is told what is missing and the page stays in moderation. Approving from the
# edit form is refused by the form itself (CompleteLanguagesPublishMixin).
# Why here: Wagtail 8 offers no before-hook for workflow actions, and a custom Task
# subclass would mean converting the stored tasks of every workflow while its `on_action`
# gets no request, so it could not tell the moderator why.

upstream_workflow_action_post = WorkflowActionView.post


def refuse_approving_incomplete_pages(self, request, *args, **kwargs):
    if self.action_name == "approve":
        page = self.object.get_latest_revision_as_object()
        refusal = approval_refusal(self.task_state, page)
        if refusal:
            messages.error(request, refusal)
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                # The modal closes and opens the next page, which shows the message.
                return self.render_modal_json(
                    request, {"step": "success", "redirect": self.redirect_url}
                )
            return redirect(self.redirect_url)
    return upstream_workflow_action_post(self, request, *args, **kwargs)


def install() -> None:
    """Apply the patches; called from the core app's ready(), after modeltranslation's own."""
    from leiden_site.models import BaseHomePage

    check_versions()
    for model in apps.get_models():
        if issubclass(model, Page):
            model._get_site_root_paths = site_root_paths_per_generation
        if issubclass(model, BaseHomePage):
            model.route = route_by_url_path
    hooks.register("register_admin_urls", register_guarded_copy_translation_url, order=-1)
    add_missing_translation_filter()
    Site._find_for_request = staticmethod(find_site_per_generation)
    for module in RICH_TEXT_MODULES:
        module.expand_db_html = expand_db_html_sanitised
    WorkflowActionView.post = refuse_approving_incomplete_pages
