"""Routes: the listing of walks and rides, and each route as a GPX file for navigation apps."""

import xml.etree.ElementTree as ET

from django.http import HttpResponse
from django.utils.translation import gettext as _

from leiden_site.listing import paginate, with_renditions
from leiden_site.page_cache import query_parameter
from leiden_site.page_views import page_view, render_page

from ..models import RouteIndexPage, RoutePage
from .responses import attachment, cacheable

ROUTES_PER_PAGE = 12
GPX_NAMESPACE = "http://www.topografix.com/GPX/1/1"
GPX_SCHEMA = "http://www.topografix.com/GPX/1/1/gpx.xsd"
XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"


def _coordinates(place) -> dict[str, str]:
    return {"lat": format(place.latitude, "f"), "lon": format(place.longitude, "f")}


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _gpx_metadata(root: ET.Element, route_page, request) -> None:
    metadata = ET.SubElement(root, "metadata")
    _text(metadata, "name", route_page.title)
    if route_page.intro:
        _text(metadata, "desc", route_page.intro)
    link = ET.SubElement(metadata, "link", href=route_page.get_full_url(request))
    _text(link, "text", route_page.title)


def _gpx_waypoint(root: ET.Element, stop) -> None:
    waypoint = ET.SubElement(root, "wpt", _coordinates(stop.place))
    _text(waypoint, "name", stop.place.title)
    if stop.note:
        _text(waypoint, "desc", stop.note)


def build_gpx(route_page, request) -> ET.Element:
    root = ET.Element(
        "gpx",
        {
            "version": "1.1",
            "creator": _("Leiden, City of Discoveries"),
            "xmlns": GPX_NAMESPACE,
            "xmlns:xsi": XSI_NAMESPACE,
            "xsi:schemaLocation": f"{GPX_NAMESPACE} {GPX_SCHEMA}",
        },
    )
    _gpx_metadata(root, route_page, request)
    # A GPX point needs coordinates; a stop whose place has none cannot be drawn.
    stops = [stop for stop in route_page.ordered_stops() if stop.place.has_location]
    # GPX 1.1 requires every <wpt> before the <rte>.
    for stop in stops:
        _gpx_waypoint(root, stop)
    route = ET.SubElement(root, "rte")
    _text(route, "name", route_page.title)
    for stop in stops:
        _text(ET.SubElement(route, "rtept", _coordinates(stop.place)), "name", stop.place.title)
    return root


@page_view(RoutePage, "gpx")
def route_gpx(route_page, request) -> HttpResponse:
    xml = ET.tostring(build_gpx(route_page, request), encoding="utf-8", xml_declaration=True)
    response = HttpResponse(xml, content_type="application/gpx+xml")
    return cacheable(attachment(response, f"{route_page.slug}.gpx"))


@page_view(RouteIndexPage, "routes")
def route_listing_view(index, request):
    errors = []
    routes = (
        RoutePage.objects.live()
        .descendant_of(index.get_parent())
        .select_related("image")
        .prefetch_related(with_renditions("image"))
        .order_by("title_nl", "pk")
    )
    page = paginate(routes, query_parameter(request, "page"), ROUTES_PER_PAGE, errors)
    return render_page(index, request, status=400 if errors else 200, errors=errors, routes=page)
