"""Places: the listing with its filters (theme, kind, open now, access) and the map."""

from django.utils import timezone

from leiden_site.listing import bind_filters, paginate, with_renditions
from leiden_site.page_cache import expire_within, query_parameter
from leiden_site.page_views import page_view, render_page

from ..forms import PlaceFilterForm
from ..models import PlaceIndexPage, PlacePage

PLACES_PER_PAGE = 24


@page_view(PlaceIndexPage, "places")
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
    places = list(
        places.select_related("image").prefetch_related(
            "opening_schedules", "opening_exceptions", with_renditions("image")
        )
    )
    for place in places:
        place.status = place.opening_status(now)
    if data.get("open_now"):
        places = [place for place in places if place.status and place.status.is_open]
    page = paginate(places, query_parameter(request, "page"), PLACES_PER_PAGE, errors)
    # The cards say which places are open now.
    return expire_within(
        render_page(
            index,
            request,
            status=status,
            form=form,
            errors=errors,
            places=page,
            map_markers=[place.map_marker(request) for place in page if place.has_location],
        )
    )
