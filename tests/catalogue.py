"""One page of every page type on every site: what the quality gates walk through.

Every new page type joins the gates by adding itself to `build_catalogue`.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import wagtail_factories

from django.utils import timezone

from wagtail.models import Page

from discoveries.factories import weekly_periods
from discoveries.models import (
    EventIndexPage,
    EventOccurrence,
    EventPage,
    NewsletterPage,
    PlaceIndexPage,
    PlaceOpeningException,
    PlaceOpeningSchedule,
    PlacePage,
    RouteIndexPage,
    RoutePage,
    RouteStop,
    StoryIndexPage,
    StoryPage,
    ThemeIndexPage,
    VenueIndexPage,
    VenuePage,
    VenueRoom,
)
from discoveries.views.agenda import preset_range
from expat_centre.models import ExpatHomePage
from leiden_site.factories import FormFieldFactory, FormPageFactory, StandardPageFactory
from leiden_site.models import FormPage, StandardPage, Theme
from leiden_site.models.opening_hours import AMSTERDAM
from tests.conftest import publish
from tests.expat_centre.catalogue import build_expat_catalogue
from tests.leiden_site.privacy_catalogue import build_privacy_catalogue
from tests.partners.catalogue import build_partner_catalogue
from tests.vvv.catalogue import build_vvv_catalogue
from tests.vvv.product_catalogue import build_product_catalogue
from vvv.models import VvvHomePage


@dataclass(frozen=True)
class CataloguePage:
    name: str
    host: str
    path: str  # without the language prefix
    page_type: type[Page] | None  # the page model that answers; None for a view of our own
    status: int = 200

    def url(self, language: str) -> str:
        return f"/{language}{self.path}"


def rich_body(image):
    return [
        ("heading", {"text": "Een stad vol verhalen", "level": "h2"}),
        ("paragraph", "<p>Leiden heeft de oudste <b>universiteit</b> van Nederland.</p>"),
        (
            "image",
            {
                "image": image,
                "alt_text": "Grachtenpanden aan het Rapenburg",
                "caption": "Rapenburg",
                "credit": "Leiden Marketing",
            },
        ),
        ("quote", {"quote": "Hier begon de Gouden Eeuw van de wetenschap.", "attribution": "Gids"}),
        (
            "call_to_action",
            {
                "title": "Plan je bezoek",
                "text": "Alles over reizen en parkeren.",
                "link": {"page": None, "external_url": "https://example.org/", "label": "Meer"},
            },
        ),
        (
            "faq",
            {
                "heading": "Vragen",
                "items": [{"question": "Is de Hortus open?", "answer": "<p>Ja, dagelijks.</p>"}],
            },
        ),
        (
            "table",
            {
                "caption": "Openingstijden",
                "table": {
                    "data": [["Dag", "Open"], ["Maandag", "10-17"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            },
        ),
    ]


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=AMSTERDAM)


def _index(parent, model, title_nl, title_en, slug, **fields):
    return publish(
        parent.add_child(
            instance=model(title_nl=title_nl, title_en=title_en, slug_nl=slug, **fields)
        )
    )


def build_brand_content(brand, image) -> list["CataloguePage"]:
    """One page of every brand-site page type, with realistic content."""
    theme = Theme.objects.create(
        name_nl="Wetenschap",
        name_en="Science",
        slug="wetenschap",
        description_nl="Van Einstein tot de Hortus: Leiden ontdekt al eeuwen.",
        description_en="From Einstein to the Hortus: Leiden has been discovering for centuries.",
        image=image,
        image_alt_nl="Kassen in de Hortus",
    )
    agenda = _index(
        brand, EventIndexPage, "Agenda", "What's on", "agenda", intro_nl="Wat is er te doen?"
    )
    places = _index(
        brand, PlaceIndexPage, "Plekken", "Places", "plekken", intro_nl="Musea en hofjes."
    )
    stories = _index(brand, StoryIndexPage, "Verhalen", "Stories", "verhalen")
    _index(brand, ThemeIndexPage, "Thema's", "Themes", "themas")
    _index(brand, RouteIndexPage, "Routes", "Routes", "routes", intro_nl="Wandelen en varen.")
    venues = _index(
        brand,
        VenueIndexPage,
        "Vergaderen in Leiden",
        "Meet in Leiden",
        "vergaderen",
        intro_nl="Congreslocaties in een historische stad.",
        request_intro_nl="Vertel ons wat u zoekt; wij sturen een voorstel.",
        thank_you_text_nl="<p>Dank u wel! Wij nemen <b>binnen twee werkdagen</b> contact op.</p>",
    )
    _index(
        brand,
        NewsletterPage,
        "Nieuwsbrief",
        "Newsletter",
        "nieuwsbrief",
        intro_nl="Eens per maand de mooiste ontdekkingen in uw inbox.",
    )

    today = timezone.localdate()
    place = PlacePage(
        title_nl="Hortus botanicus",
        title_en="Hortus botanicus",
        slug_nl="hortus-botanicus",
        place_type="park",
        intro_nl="De oudste botanische tuin van Nederland, sinds 1590.",
        image=image,
        image_alt_nl="Kassen in de Hortus botanicus",
        body_nl=[("paragraph", "<p>Carolus Clusius plantte hier de eerste tulpen.</p>")],
        gallery_nl=[
            ("image", {"image": image, "alt_text": "De Clusiustuin", "caption": "", "credit": ""})
        ],
        street_address="Rapenburg 73",
        postal_code="2311 GJ",
        city="Leiden",
        latitude=Decimal("52.157300"),
        longitude=Decimal("4.486200"),
        website="https://example.org/hortus",
        phone="071 527 5144",
        prices_nl="Volwassenen € 9\nKinderen € 4",
        wheelchair_accessible=True,
        accessible_toilet=True,
        accessibility_note_nl="De kassen zijn drempelvrij.",
        themes=[theme],
        opening_schedules=[
            PlaceOpeningSchedule(periods=weekly_periods(range(7), time(10), time(17)))
        ],
        opening_exceptions=[
            PlaceOpeningException(
                start_date=today + timedelta(days=2),
                closed=True,
                note_nl="Gesloten wegens onderhoud",
            )
        ],
    )
    place = publish(places.add_child(instance=place))

    weekend_sunday = preset_range("weekend", today)[1]
    event = EventPage(
        title_nl="Nacht van de Ontdekking",
        title_en="Night of Discovery",
        slug_nl="nacht-van-de-ontdekking",
        summary_nl="Musea en laboratoria open tot middernacht.",
        summary_en="Museums and laboratories open until midnight.",
        image=image,
        image_alt_nl="Verlichte grachtenpanden",
        body_nl=[("paragraph", "<p>Proefjes, lezingen en muziek door de hele stad.</p>")],
        audiences=["visitors", "students", "internationals"],
        venue=place,
        price_nl="€ 12,50",
        ticket_url="https://example.org/tickets",
        wheelchair_accessible=True,
        themes=[theme],
        occurrences=[
            EventOccurrence(
                start=_local(weekend_sunday, 20),
                end=_local(weekend_sunday, 23, 30),
            ),
            EventOccurrence(
                start=_local(today + timedelta(days=9), 20),
                end=_local(today + timedelta(days=9), 23),
                status=EventOccurrence.CANCELLED,
            ),
            EventOccurrence(
                start=_local(today + timedelta(days=10), 20),
                status=EventOccurrence.SOLD_OUT,
            ),
        ],
    )
    event = publish(agenda.add_child(instance=event))

    publish(
        stories.add_child(
            instance=StoryPage(
                title_nl="De tulp begon in Leiden",
                title_en="The tulip started in Leiden",
                slug_nl="de-tulp-begon-in-leiden",
                intro_nl="Hoe Clusius in 1593 de eerste tulpen plantte.",
                image=image,
                image_alt_nl="Tulpen in de Hortus",
                author="Anna de Vries",
                date=today - timedelta(days=3),
                body_nl=[
                    ("paragraph", "<p>In de Hortus bloeiden de eerste tulpen van Nederland.</p>"),
                    (
                        "timeline",
                        {
                            "heading": "Tijdlijn",
                            "entries": [
                                {
                                    "when": "1590",
                                    "title": "De Hortus opent",
                                    "text": "Voor studenten.",
                                },
                                {"when": "1593", "title": "Clusius komt", "text": ""},
                            ],
                        },
                    ),
                ],
                themes=[theme],
                related_places=[place],
                related_events=[event],
            )
        )
    )
    second = publish(
        places.add_child(
            instance=PlacePage(
                title_nl="Pieterskerk",
                title_en="St Peter's Church",
                slug_nl="pieterskerk",
                place_type="monument",
                intro_nl="De grootste kerk van Leiden.",
                latitude=Decimal("52.157900"),
                longitude=Decimal("4.488900"),
            )
        )
    )
    route = publish(
        brand.add_child(
            instance=RoutePage(
                title_nl="Wandeling langs de wetenschap",
                title_en="A walk along science",
                slug_nl="wetenschapswandeling",
                intro_nl="Een ochtend langs laboratoria en tuinen.",
                image=image,
                image_alt_nl="Het Rapenburg",
                mode="walk",
                distance_km=Decimal("3.5"),
                duration_minutes=90,
                wheelchair_friendly=True,
                themes=[theme],
                stops=[
                    RouteStop(place=place, note_nl="Begin bij de kassen."),
                    RouteStop(place=second, note_nl="Hier ligt Rembrandts vader begraven."),
                ],
            )
        )
    )
    venue = publish(
        venues.add_child(
            instance=VenuePage(
                title_nl="Stadsgehoorzaal",
                title_en="City concert hall",
                slug_nl="stadsgehoorzaal",
                intro_nl="Concertzaal uit 1891 in het hart van de stad.",
                image=image,
                image_alt_nl="De grote zaal",
                street_address="Breestraat 60",
                walking_minutes_from_station=10,
                facilities=["wifi", "av", "catering", "accessible"],
                place=place,
                rooms=[
                    VenueRoom(
                        name="Grote zaal",
                        image=image,
                        image_alt_nl="De grote zaal vol stoelen",
                        area_m2=800,
                        theatre=1000,
                        classroom=300,
                        banquet=450,
                        reception=1200,
                    ),
                    VenueRoom(name="Aalmarktzaal", area_m2=120, theatre=100, reception=150),
                ],
            )
        )
    )
    return [
        CataloguePage("agenda", "localhost", "/agenda/", EventIndexPage),
        CataloguePage("agenda-weekend", "localhost", "/agenda/?when=weekend", EventIndexPage),
        CataloguePage("event", "localhost", f"/agenda/{event.slug}/", EventPage),
        CataloguePage("places", "localhost", "/plekken/", PlaceIndexPage),
        CataloguePage("place", "localhost", "/plekken/hortus-botanicus/", PlacePage),
        CataloguePage("stories", "localhost", "/verhalen/", StoryIndexPage),
        CataloguePage("story", "localhost", "/verhalen/de-tulp-begon-in-leiden/", StoryPage),
        CataloguePage("themes", "localhost", "/themas/", ThemeIndexPage),
        CataloguePage("theme", "localhost", f"/themas/{theme.slug}/", ThemeIndexPage),
        CataloguePage("route", "localhost", f"/{route.slug}/", RoutePage),
        CataloguePage("routes", "localhost", "/routes/", RouteIndexPage),
        CataloguePage("venues", "localhost", "/vergaderen/", VenueIndexPage),
        CataloguePage("venue", "localhost", f"/vergaderen/{venue.slug}/", VenuePage),
        CataloguePage("newsletter", "localhost", "/nieuwsbrief/", NewsletterPage),
    ]


def build_catalogue(sites) -> list[CataloguePage]:
    brand = sites["discoveries"].root_page.specific
    image = wagtail_factories.ImageFactory(title="Rapenburg")
    content = publish(
        StandardPageFactory(
            parent=brand,
            title_nl="Ontdek Leiden",
            slug_nl="ontdek",
            title_en="Discover Leiden",
            body_nl=rich_body(image),
        )
    )
    cards = [("card_grid", {"heading": "Meer", "cards": [{"page": content, "text": ""}]})]
    brand.body_nl = cards
    publish(brand)
    form = FormPageFactory(parent=brand, title_nl="Contact", slug_nl="contact")
    FormFieldFactory(page=form, label_nl="Naam", field_type="singleline")
    FormFieldFactory(page=form, label_nl="E-mail", field_type="email")
    FormFieldFactory(
        page=form,
        label_nl="Onderwerp",
        field_type="dropdown",
        choices_nl="Vraag\nTip",
        required=False,
    )
    FormFieldFactory(page=form, label_nl="Bericht", field_type="multiline", required=False)
    FormFieldFactory(page=form, label_nl="Nieuwsbrief", field_type="checkbox", required=False)
    publish(form)
    brand_pages = build_brand_content(brand, image)
    return [
        CataloguePage("home-discoveries", "localhost", "/", type(brand)),
        CataloguePage("home-vvv", "vvv.localhost", "/", VvvHomePage),
        CataloguePage("home-expat", "expat.localhost", "/", ExpatHomePage),
        CataloguePage("standard-page", "localhost", "/ontdek/", StandardPage),
        CataloguePage("form-page", "localhost", "/contact/", FormPage),
        CataloguePage("search", "localhost", "/search/?q=leiden", None),
        *brand_pages,
        *build_partner_catalogue(sites),
        *build_expat_catalogue(sites),
        *build_vvv_catalogue(sites),
        *build_product_catalogue(sites, image),
        *build_privacy_catalogue(sites),
        CataloguePage("not-found", "vvv.localhost", "/bestaat-niet/", None, status=404),
    ]
