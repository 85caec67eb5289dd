"""The VVV pages for the quality gates: the home with the office, the opening hours page and
the FAQ. Wired into `tests.catalogue.build_catalogue`."""

from datetime import time, timedelta
from decimal import Decimal

from django.utils import timezone

from discoveries.factories import weekly_periods
from tests.conftest import publish
from vvv.models import FaqPage, OpeningHoursPage, VvvOpeningException, VvvOpeningSchedule


def faq_block(heading, items):
    return ("faq", {"heading": heading, "items": [{"question": q, "answer": a} for q, a in items]})


def build_vvv_office(home, today=None):
    """The office on the VVV home: location, services and hours with a season and an
    exception two days from today."""
    today = today or timezone.localdate()
    home.latitude = Decimal("52.166300")
    home.longitude = Decimal("4.482500")
    home.walk_from_station_nl = "Neem de uitgang Centrum en loop drie minuten rechtdoor."
    home.walk_from_station_en = "Take the Centrum exit and walk straight on for three minutes."
    home.services_nl = [
        ("service", {"title": "Informatie", "text": "Tips voor vandaag.", "page": None}),
        ("service", {"title": "Cadeaukaarten", "text": "Voor elke Leidse winkel.", "page": None}),
    ]
    home.opening_schedules = [
        VvvOpeningSchedule(
            name_nl="Winter",
            name_en="Winter",
            periods=weekly_periods(range(6), time(10), time(17)),
            on_holidays="closed",
        ),
        VvvOpeningSchedule(
            name_nl="Zomer",
            name_en="Summer",
            valid_from=today + timedelta(days=30),
            valid_until=today + timedelta(days=150),
            periods=weekly_periods(range(7), time(9), time(18)),
            on_holidays="other",
            holiday_opens=time(11),
            holiday_closes=time(16),
        ),
    ]
    home.opening_exceptions = [
        VvvOpeningException(
            start_date=today + timedelta(days=2), closed=True, note_nl="Personeelsdag"
        )
    ]
    return publish(home)


def build_vvv_catalogue(sites) -> list:
    """Returns `CataloguePage` entries (paths without the language prefix)."""
    from tests.catalogue import CataloguePage

    home = build_vvv_office(sites["vvv"].root_page.specific)
    publish(
        home.add_child(
            instance=OpeningHoursPage(
                title_nl="Openingstijden",
                title_en="Opening hours",
                slug_nl="openingstijden",
                intro_nl="Wanneer de VVV open is.",
                intro_en="When the VVV is open.",
            )
        )
    )
    publish(
        home.add_child(
            instance=FaqPage(
                title_nl="Veelgestelde vragen",
                title_en="Frequently asked questions",
                slug_nl="veelgestelde-vragen",
                intro_nl="Antwoorden op wat bezoekers ons vaak vragen.",
                body_nl=[
                    faq_block(
                        "Bezoek",
                        [
                            ("Kan ik mijn koffer bij jullie laten?", "<p>Ja, in een kluisje.</p>"),
                            ("Is er een toilet?", "<p>Ja, <b>gratis</b> voor bezoekers.</p>"),
                        ],
                    )
                ],
            )
        )
    )
    return [
        CataloguePage("vvv-opening-hours", "vvv.localhost", "/openingstijden/"),
        CataloguePage("vvv-faq", "vvv.localhost", "/veelgestelde-vragen/"),
    ]
