"""Factories for the Expat Centre's page types (factory_boy + wagtail-factories).

Pages need a parent: `ServicePageFactory(parent=services)`.
"""

import datetime

import factory
import wagtail_factories

from expat_centre.models import (
    AppointmentRequestPage,
    ArrivalChecklistPage,
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


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Diensten"
    slug = "diensten"

    class Meta:
        model = ServiceIndexPage


class ServicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dienst {n}")
    slug = factory.Sequence(lambda n: f"dienst-{n}")
    kind = "other"
    intro = "Wat we voor je regelen."
    audiences = factory.LazyFunction(lambda: ["eu", "non_eu"])

    class Meta:
        model = ServicePage


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Gidsen"
    slug = "gidsen"

    class Meta:
        model = GuideIndexPage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Gids {n}")
    slug = factory.Sequence(lambda n: f"gids-{n}")
    topic = "housing"
    intro = "Alles wat je moet weten."
    last_reviewed = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = GuidePage


class ArrivalChecklistPageFactory(wagtail_factories.PageFactory):
    title = "Aankomstlijst"
    slug = "aankomstlijst"
    intro = "Beantwoord een paar vragen."

    class Meta:
        model = ArrivalChecklistPage


class EmployerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Werkgevers"
    slug = "werkgevers"

    class Meta:
        model = EmployerIndexPage


class EmployerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Werkgever {n}")
    slug = factory.Sequence(lambda n: f"werkgever-{n}")
    sector = "education"
    intro = "Een werkgever in Leiden."

    class Meta:
        model = EmployerPage


class ExpatEventsPageFactory(wagtail_factories.PageFactory):
    title = "Evenementen"
    slug = "evenementen"

    class Meta:
        model = ExpatEventsPage


class ExpatFaqPageFactory(wagtail_factories.PageFactory):
    title = "Veelgestelde vragen"
    slug = "veelgestelde-vragen"

    class Meta:
        model = ExpatFaqPage


class DeskPageFactory(wagtail_factories.PageFactory):
    title = "Bezoek ons"
    slug = "bezoek-ons"

    class Meta:
        model = DeskPage


class AppointmentRequestPageFactory(wagtail_factories.PageFactory):
    title = "Afspraak aanvragen"
    slug = "afspraak"
    intro = "Vraag een afspraak aan bij onze balie."

    class Meta:
        model = AppointmentRequestPage
