"""Listings of the brand site: places, stories, a theme's content and the home page.

Each listing runs a fixed number of queries, however many items it shows:
related rows and image renditions are fetched in bulk.
"""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.db.models import prefetch_related_objects
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from leiden_site.listing import bind_filters, paginate, specific_live_pages, with_renditions

from .models import (
    DiscoveryIndexPage,
    DiscoveryPage,
    EventIndexPage,
    EventOccurrence,
    PlaceIndexPage,
    PlacePage,
    RoutePage,
    Theme,
    ThemeIndexPage,
)

PLACES_PER_PAGE = 24
STORIES_PER_PAGE = 12


class ThemeFilterMixin(forms.Form):
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
        error_messages={"invalid_choice": _("We do not know that theme.")},
    )


class PlaceFilterForm(ThemeFilterMixin):
    place_type = forms.ChoiceField(
        label=_("Kind of place"),
        choices=[("", _("All kinds")), *PlacePage.PLACE_TYPES],
        required=False,
    )
    open_now = forms.BooleanField(label=_("Open now"), required=False)
    accessible = forms.BooleanField(label=_("Wheelchair accessible"), required=False)


class StoryFilterForm(ThemeFilterMixin):
    pass


# --- Places ---------------------------------------------------------------------------------


def places_with_hours(queryset):
    return queryset.select_related("image").prefetch_related(
        "opening_periods", "opening_exceptions", with_renditions("image")
    )


def place_marker(place, request) -> dict:
    return {
        "name": place.title,
        "url": place.get_url(request),
        "lat": float(place.latitude),
        "lon": float(place.longitude),
    }


def place_listing_view(index, request):
    form, data, errors = bind_filters(PlaceFilterForm, request)
    status = 400 if errors else 200
    places = PlacePage.objects.live().child_of(index).order_by("title_nl")
    if data.get("theme"):
        places = places.filter(themes=data["theme"])
    if data.get("place_type"):
        places = places.filter(place_type=data["place_type"])
    if data.get("accessible"):
        places = places.filter(wheelchair_accessible=True)
    now = timezone.now()
    places = list(places_with_hours(places))
    for place in places:
        place.status = place.opening_status(now)
    if data.get("open_now"):
        places = [place for place in places if place.status and place.status.is_open]
    page = paginate(places, request.GET.get("page"), PLACES_PER_PAGE, errors)
    context = index.get_context(request)
    context.update(
        form=form,
        errors=errors,
        places=page,
        map_markers=[place_marker(p, request) for p in page if p.has_location],
        map_tile_url=settings.MAP_TILE_URL,
    )
    return TemplateResponse(request, index.get_template(request), context, status=status)


# --- Stories --------------------------------------------------------------------------------


def story_listing_view(index, request):
    form, data, errors = bind_filters(StoryFilterForm, request)
    status = 400 if errors else 200
    stories = (
        DiscoveryPage.objects.live()
        .child_of(index)
        .select_related("lead_image")
        .prefetch_related(with_renditions("lead_image"))
        .order_by("-date", "-pk")
    )
    if data.get("theme"):
        stories = stories.filter(themes=data["theme"])
    page = paginate(stories, request.GET.get("page"), STORIES_PER_PAGE, errors)
    base = index.get_url(request)
    context = index.get_context(request)
    context.update(
        form=form,
        errors=errors,
        stories=page,
        rss_url=f"{base}rss/",
        atom_url=f"{base}atom/",
    )
    return TemplateResponse(request, index.get_template(request), context, status=status)


# --- Shared pieces --------------------------------------------------------------------------


def next_occurrences(limit: int, **filters):
    """The next `limit` occurrences that have not ended, with their events and images."""
    now = timezone.now()
    return list(
        EventOccurrence.objects.filter(event__live=True, **filters)
        .exclude(end__lt=now)
        .exclude(end__isnull=True, start__lt=now - timedelta(hours=12))
        .select_related("event", "event__image", "event__venue")
        .prefetch_related(with_renditions("event__image"))
        .order_by("start", "pk")[:limit]
    )


def theme_content(theme, request) -> dict:
    content = {
        "stories": list(
            DiscoveryPage.objects.live()
            .filter(themes=theme)
            .select_related("lead_image")
            .order_by("-date")[:12]
        ),
        "places": list(
            PlacePage.objects.live()
            .filter(themes=theme)
            .select_related("image")
            .order_by("title_nl")[:24]
        ),
        "occurrences": next_occurrences(12, event__themes=theme),
        "routes": list(RoutePage.objects.live().filter(themes=theme).select_related("image")[:12]),
    }
    # The renditions of every image on the page in one query, not one per list.
    images = [
        image
        for image in [
            *(story.lead_image for story in content["stories"]),
            *(place.image for place in content["places"]),
            *(route.image for route in content["routes"]),
        ]
        if image is not None and "renditions" not in getattr(image, "_prefetched_objects_cache", {})
    ]
    prefetch_related_objects(images, with_renditions())
    return content


# --- Home page ------------------------------------------------------------------------------


def _chosen(stream) -> list:
    return [block.value for block in stream if block.value is not None]


def home_content(home, request) -> dict:
    # Both editor's picks in one go: one query per page type, not per page.
    featured_picks, highlight_picks = _chosen(home.featured_stories), _chosen(home.highlights)
    chosen = {page.pk: page for page in specific_live_pages(featured_picks + highlight_picks)}
    featured = [chosen[p.pk] for p in featured_picks if p.pk in chosen] or list(
        DiscoveryPage.objects.live()
        .descendant_of(home)
        .select_related("lead_image")
        .prefetch_related(with_renditions("lead_image"))
        .order_by("-date")[:3]
    )
    highlights = [chosen[p.pk] for p in highlight_picks if p.pk in chosen] or list(
        PlacePage.objects.live()
        .descendant_of(home)
        .select_related("image")
        .prefetch_related(with_renditions("image"))
        .order_by("-last_published_at")[:4]
    )
    index_pages = {
        page.specific_class: page
        for page in home.get_children()
        .live()
        .type(EventIndexPage, DiscoveryIndexPage, PlaceIndexPage, ThemeIndexPage)
    }
    return {
        "featured_stories": featured,
        "upcoming": next_occurrences(4),
        "themes": list(Theme.objects.all()),
        "highlights": highlights,
        "agenda_page": index_pages.get(EventIndexPage),
        "stories_page": index_pages.get(DiscoveryIndexPage),
        "places_page": index_pages.get(PlaceIndexPage),
        "themes_page": index_pages.get(ThemeIndexPage),
    }
