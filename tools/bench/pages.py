"""The pages measured and the targets each figure is held to.

A new page type adds one line to PAGES. Models are named by dotted strings, so this module
imports none of the project's apps: it finds the first live page of each model on its site.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.utils import translation

from wagtail.models import Site

from tools.bench import BenchError


@dataclass(frozen=True)
class PageSpec:
    """A page to measure: a fixed `path`, or the first live page of `model` on `host`."""

    name: str
    host: str
    path: str = ""
    model: str = ""
    query: str = ""  # appended to the URL, e.g. "?category=music" for a filtered agenda
    status: int = 200  # what a visitor gets; anything else is marked short
    lighthouse: bool = False  # held to LIGHTHOUSE_TARGET too (a browser load per page)


# The pages measured, one line per page type: a new page type adds its line here.
PAGES = [
    PageSpec("language redirect", "localhost", path="/", status=302),
    PageSpec("home brand", "localhost", path="/nl/", lighthouse=True),
    PageSpec("home vvv", "vvv.localhost", path="/nl/", lighthouse=True),
    PageSpec("home expat", "expat.localhost", path="/nl/", lighthouse=True),
    PageSpec("content page", "localhost", model="leiden_site.StandardPage"),
    PageSpec("form page", "localhost", model="leiden_site.FormPage"),
    PageSpec("agenda", "localhost", model="discoveries.EventIndexPage"),
    PageSpec(
        "agenda filtered",
        "localhost",
        model="discoveries.EventIndexPage",
        query="?when=month&free=on",
    ),
    PageSpec("event", "localhost", model="discoveries.EventPage"),
    PageSpec("places", "localhost", model="discoveries.PlaceIndexPage", query="?open_now=on"),
    PageSpec("place", "localhost", model="discoveries.PlacePage"),
    PageSpec("story", "localhost", model="discoveries.StoryPage"),
    PageSpec("route", "localhost", model="discoveries.RoutePage"),
    PageSpec(
        "venue finder", "localhost", model="discoveries.VenueIndexPage", query="?min_capacity=200"
    ),
    PageSpec("newsletter", "localhost", model="discoveries.NewsletterPage"),
    PageSpec("partner directory", "localhost", model="partners.PartnerIndexPage"),
    PageSpec("partner", "localhost", model="partners.PartnerPage"),
    PageSpec("board", "localhost", model="partners.BoardPage"),
    PageSpec("search", "localhost", path="/nl/search/?q=leiden"),
    PageSpec("sitemap", "localhost", path="/sitemap.xml"),
]
# The static reference file gets this page's size; whitenoise serves it from STATIC_ROOT.
REFERENCE_PAGE = "home brand"
REFERENCE_FILE = "bench-reference.html"


@dataclass(frozen=True)
class PageTarget:
    key: str
    column: str  # its short name in the tables
    label: str
    limit: float
    at_least: bool = False  # False: the figure must stay at or below the limit

    def met(self, value) -> bool:
        if value is None:
            return False
        return value >= self.limit if self.at_least else value <= self.limit


PAGE_TARGETS = [
    PageTarget("sql_queries", "SQL", "≤ 15 SQL queries per page", 15),
    PageTarget("median_ms", "median", "median uncached server time ≤ 25 ms", 25),
    PageTarget(
        "static_ratio", "vs static", "cached throughput ≥ 10% of the static file's", 0.10, True
    ),
    PageTarget("asset_bytes", "CSS+JS", "CSS + JS ≤ 50 KB compressed", 50_000),
]
MEMORY_TARGET = PageTarget("peak_worker_mb", "memory", "peak worker memory ≤ 250 MB", 250)
LIGHTHOUSE_TARGET = PageTarget(
    "score", "Lighthouse", "Lighthouse (mobile) performance ≥ 95", 95, True
)


@dataclass(frozen=True)
class Target:
    """A resolved page: what goes on the wire."""

    name: str
    host: str
    path: str
    status: int = 200
    lighthouse: bool = False


def resolve_pages(only: str = "") -> list[Target]:
    """Every page of PAGES, or those named in `only` (comma-separated)."""
    port = settings.SITE_PORT
    wanted = {name.strip() for name in only.split(",") if name.strip()}
    unknown = wanted - {spec.name for spec in PAGES}
    if unknown:
        raise BenchError(f"No such page in PAGES: {', '.join(sorted(unknown))}")
    # The Host header carries the port, as a browser's would, so it matches the Site rows.
    return [
        Target(spec.name, f"{spec.host}:{port}", page_path(spec), spec.status, spec.lighthouse)
        for spec in PAGES
        if not wanted or spec.name in wanted
    ]


def page_path(spec: PageSpec) -> str:
    if spec.path:
        return spec.path + spec.query
    site = Site.objects.get(hostname=spec.host)
    page = (
        apps.get_model(spec.model)
        .objects.live()
        .descendant_of(site.root_page, inclusive=True)
        .order_by("path")
        .first()
    )
    if page is None:
        raise BenchError(f"No live {spec.model} on {spec.host}: is the demo data loaded?")
    with translation.override("nl"):
        return page.get_url(current_site=site) + spec.query
