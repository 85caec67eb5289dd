"""A walking or cycling route as a GPX file, for navigation apps."""

import xml.etree.ElementTree as ET

from django.http import HttpResponse
from django.utils.translation import gettext as _

from leiden_site.page_views import page_view

from ..models import RoutePage
from .responses import attachment, cacheable

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
