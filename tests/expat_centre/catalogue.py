"""The Expat Centre's pages for the quality gates: services, a service, guides, a guide, the
arrival checklist (empty and answered), employers (also filtered), an employer, the events
for internationals, the FAQ, the desk and the appointment request page (empty and with a
service chosen). Wired into `tests.catalogue.build_catalogue`."""

from datetime import date, time, timedelta
from decimal import Decimal

import wagtail_factories

from django.utils import timezone

from discoveries.factories import weekly_periods
from expat_centre.models import (
    AppointmentRequestPage,
    ArrivalChecklistPage,
    DeskOpeningException,
    DeskOpeningSchedule,
    DeskPage,
    EmployerIndexPage,
    EmployerPage,
    ExpatEventsPage,
    ExpatFaqPage,
    GuideIndexPage,
    GuidePage,
    ServiceIndexPage,
    ServicePage,
)
from leiden_site.factories import StandardPageFactory
from leiden_site.models import Theme
from tests.conftest import publish

EXPAT = "expat.localhost"


def _add(parent, instance):
    return publish(parent.add_child(instance=instance))


def build_services(home, appointment_page):
    today = timezone.localdate()
    index = _add(
        home,
        ServiceIndexPage(
            title_nl="Diensten",
            title_en="Services",
            slug_nl="diensten",
            intro_nl="Wat het Expat Centre voor je regelt.",
            opening_schedules=[
                DeskOpeningSchedule(periods=weekly_periods(range(5), time(9), time(17)))
            ],
            opening_exceptions=[
                DeskOpeningException(
                    start_date=today + timedelta(days=3), closed=True, note_nl="Feestdag"
                )
            ],
        ),
    )
    service = _add(
        index,
        ServicePage(
            title_nl="Inschrijven en BSN",
            title_en="Registration and BSN",
            slug_nl="inschrijven",
            kind="registration",
            intro_nl="Inschrijven bij de gemeente, in één afspraak.",
            audiences=["eu", "non_eu", "family"],
            what_to_bring_nl=[
                (
                    "checklist",
                    {
                        "heading": "",
                        "items": [
                            {"item": "Paspoort", "note": ""},
                            {"item": "Huurcontract", "note": "origineel en kopie"},
                        ],
                    },
                )
            ],
            steps_nl=[
                ("step", {"title": "Maak een afspraak", "text": "Online of telefonisch."}),
                ("step", {"title": "Kom langs", "text": "Neem alles mee."}),
            ],
            fees_nl=[
                ("fee", {"description": "Inschrijving", "amount": "gratis", "exemptions": ""}),
                (
                    "fee",
                    {
                        "description": "Uittreksel",
                        "amount": "€ 14,40",
                        "exemptions": "Gratis voor studenten.",
                    },
                ),
            ],
            appointment_page=appointment_page,
        ),
    )
    return index, service


def build_expat_catalogue(sites) -> list:
    """Returns `CataloguePage` entries (paths without the language prefix)."""
    # Imported here: tests.catalogue imports this module while it is being loaded.
    from tests.catalogue import CataloguePage

    home = sites["expat"].root_page.specific
    booking = publish(
        StandardPageFactory(
            parent=home,
            title_nl="Boeken voor je medewerkers",
            title_en="Booking for your staff",
            slug_nl="boeken",
        )
    )
    appointments = _add(
        home,
        AppointmentRequestPage(
            title_nl="Afspraak aanvragen",
            title_en="Request an appointment",
            slug_nl="afspraak",
            intro_nl="Kies een dienst en de dagen die je passen.",
        ),
    )
    _index, service = build_services(home, appointments)
    guides = _add(home, GuideIndexPage(title_nl="Gidsen", title_en="Guides", slug_nl="gidsen"))
    image = wagtail_factories.ImageFactory(title="Leiden Centraal")
    guide = GuidePage(
        title_nl="Wonen",
        title_en="Housing",
        slug_nl="wonen",
        topic="housing",
        intro_nl="Een huis vinden in Leiden.",
        image=image,
        image_alt_nl="Huizen aan de gracht",
        body_nl=[("paragraph", "<p>Begin op tijd met zoeken.</p>")],
        last_reviewed=date(2026, 1, 15),
    )
    guide = _add(guides, guide)
    guide.related_services.set([service])
    theme = Theme.objects.filter(slug="wetenschap").first()
    if theme:
        guide.themes.set([theme])
    publish(guide)
    _add(
        home,
        ArrivalChecklistPage(
            title_nl="Aankomstlijst",
            title_en="Arrival checklist",
            slug_nl="aankomstlijst",
            intro_nl="Beantwoord vijf vragen en krijg je eigen lijst.",
        ),
    )
    employers = _add(
        home,
        EmployerIndexPage(
            title_nl="Werkgevers",
            title_en="Employers",
            slug_nl="werkgevers",
            intro_nl="Organisaties waarvan wij de internationale medewerkers helpen.",
            booking_page=booking,
        ),
    )
    for title, sector in [("Universiteit Leiden", "education"), ("Biotech BV", "life_sciences")]:
        _add(
            employers,
            EmployerPage(
                title_nl=title,
                slug_nl=title.lower().replace(" ", "-"),
                sector=sector,
                intro_nl="Een werkgever in Leiden.",
                image=image,
                image_alt_nl="Een gebouw",
                website="https://example.org/",
            ),
        )
    build_desk_pages(home)
    arrival = (timezone.localdate() + timedelta(days=20)).isoformat()
    answers = f"origin=non_eu&family=yes&sponsor=yes&activity=research&arrival={arrival}"
    return [
        CataloguePage("expat-services", EXPAT, "/diensten/", ServiceIndexPage),
        CataloguePage("expat-service", EXPAT, "/diensten/inschrijven/", ServicePage),
        CataloguePage("expat-guides", EXPAT, "/gidsen/", GuideIndexPage),
        CataloguePage("expat-guide", EXPAT, "/gidsen/wonen/", GuidePage),
        CataloguePage("expat-checklist", EXPAT, "/aankomstlijst/", ArrivalChecklistPage),
        CataloguePage(
            "expat-checklist-answered", EXPAT, f"/aankomstlijst/?{answers}", ArrivalChecklistPage
        ),
        CataloguePage(
            "expat-checklist-tampered",
            EXPAT,
            "/aankomstlijst/?origin=mars",
            ArrivalChecklistPage,
            400,
        ),
        CataloguePage("expat-employers", EXPAT, "/werkgevers/", EmployerIndexPage),
        CataloguePage(
            "expat-employers-sector", EXPAT, "/werkgevers/?sector=education", EmployerIndexPage
        ),
        CataloguePage("expat-employer", EXPAT, "/werkgevers/universiteit-leiden/", EmployerPage),
        CataloguePage("expat-events", EXPAT, "/evenementen/", ExpatEventsPage),
        CataloguePage("expat-faq", EXPAT, "/vragen/", ExpatFaqPage),
        CataloguePage("expat-desk", EXPAT, "/bezoek-ons/", DeskPage),
        CataloguePage("expat-appointment", EXPAT, "/afspraak/", AppointmentRequestPage),
        CataloguePage(
            "expat-appointment-service",
            EXPAT,
            f"/afspraak/?service={service.pk}",
            AppointmentRequestPage,
        ),
    ]


def faq_item(question, answer):
    return {"question": question, "answer": answer}


def build_desk_pages(home):
    """The events for internationals, the FAQ and the desk (whose hours are the services')."""
    _add(
        home,
        ExpatEventsPage(
            title_nl="Evenementen",
            title_en="Events",
            slug_nl="evenementen",
            intro_nl="Wat er in Leiden te doen is voor internationals.",
        ),
    )
    _add(
        home,
        ExpatFaqPage(
            title_nl="Vragen",
            title_en="Questions",
            slug_nl="vragen",
            intro_nl="Wat nieuwkomers ons vaak vragen.",
            body_nl=[
                (
                    "faq",
                    {
                        "heading": "Aankomst",
                        "items": [
                            faq_item("Wanneer schrijf ik me in?", "<p>Binnen vijf dagen.</p>"),
                            faq_item("Wat kost het?", "<p>Advies is <b>gratis</b>.</p>"),
                        ],
                    },
                ),
                ("paragraph", "<p>Staat je vraag er niet bij? Mail ons.</p>"),
            ],
        ),
    )
    _add(
        home,
        DeskPage(
            title_nl="Bezoek ons",
            title_en="Visit us",
            slug_nl="bezoek-ons",
            intro_nl="De balie staat naast het station.",
            directions_nl="Neem de uitgang Centrum en loop rechtdoor.",
            latitude=Decimal("52.166000"),
            longitude=Decimal("4.482000"),
        ),
    )
