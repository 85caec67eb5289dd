"""Checks of the Expat Centre's demo content (run by tests/demo/test_demo_data.py, which loads
the demo once for every site): services, guides, employers and the checklist, in three
languages, a checklist that links its steps to the demo's services, and the FAQ, the desk
and the events for internationals."""

from datetime import timedelta

from django.utils import timezone
from django.utils.html import escape

from discoveries.models import EventOccurrence
from expat_centre.models import (
    AppointmentRequestPage,
    ArrivalChecklistPage,
    DeskPage,
    EmployerPage,
    ExpatEventsPage,
    ExpatFaqPage,
    GuidePage,
    ServiceIndexPage,
    ServicePage,
)

EXPAT = "expat.localhost"


def check_expat_centre_demo(client):
    """After `load_demo_data`: the Expat Centre's pages in three languages, and a checklist
    linking its steps to the demo's services."""
    services = ServicePage.objects.live()
    guides = GuidePage.objects.live()
    assert {s.kind for s in services} == {
        "registration",
        "residence_permit",
        "thirty_percent_ruling",
        "digid",
        "driving_licence",
        "family",
    }
    assert len({g.topic for g in guides}) == 7
    assert EmployerPage.objects.live().count() == 12
    for page in [*services, *guides, *EmployerPage.objects.live()]:
        assert page.title_en and page.title_de and page.intro_en and page.intro_de, page
    assert GuidePage.due_for_review().exists(), "the staff report has something to show"

    checklist = ArrivalChecklistPage.objects.get()
    for language in ("nl", "en", "de"):
        slug = getattr(checklist, f"slug_{language}")
        response = client.get(f"/{language}/{slug}/", HTTP_HOST=EXPAT)
        assert response.status_code == 200, language
    arrival = timezone.localdate() + timedelta(days=14)
    path = f"/en/{checklist.slug_en}/?origin=non_eu&family=yes&sponsor=yes&activity=work"
    response = client.get(f"{path}&arrival={arrival.isoformat()}", HTTP_HOST=EXPAT)
    html = response.content.decode()
    for kind in ("registration", "residence_permit", "digid", "driving_licence"):
        service = services.get(kind=kind)
        assert f'href="/en/services/{service.slug_en}/"' in html, kind

    # Every service's button leads to the appointment page, which has all three languages
    # and offers the site's services.
    appointment = AppointmentRequestPage.objects.live().get()
    assert {service.appointment_page_id for service in services} == {appointment.pk}
    for language in ("nl", "en", "de"):
        assert getattr(appointment, f"intro_{language}"), language
        slug = getattr(appointment, f"slug_{language}")
        response = client.get(f"/{language}/{slug}/", HTTP_HOST=EXPAT)
        assert response.status_code == 200, language
        assert response.content.decode().count('name="services"') == services.count()

    check_desk_faq_and_events_demo(client)


def check_desk_faq_and_events_demo(client):
    """The FAQ has 8 to 10 questions in every language, the desk page shows the services'
    hours, and the events page lists the agenda's events for internationals."""
    faq = ExpatFaqPage.objects.live().get()
    for language in ("nl", "en", "de"):
        questions = [
            item
            for block in getattr(faq, f"body_{language}")
            if block.block_type == "faq"
            for item in block.value["items"]
        ]
        assert 8 <= len(questions) <= 10, language
        assert all(item["question"] and item["answer"].source for item in questions), language
    assert ServiceIndexPage.objects.live().get().opening_hours.is_set
    desk = DeskPage.objects.live().get()
    assert desk.has_location and desk.directions_en and desk.directions_de
    response = client.get(f"/en/{desk.slug_en}/", HTTP_HOST=EXPAT)
    assert response.status_code == 200
    assert "max-age=60" in response["Cache-Control"]
    events_page = ExpatEventsPage.objects.live().get()
    upcoming = EventOccurrence.objects.of_live_events().for_audience("internationals")
    titles = {occurrence.event.title_en for occurrence in upcoming.not_ended()}
    assert len(titles) >= 3, "the demo agenda has events for internationals"
    html = client.get(f"/en/{events_page.slug_en}/", HTTP_HOST=EXPAT).content.decode()
    assert sum(escape(title) in html for title in titles) >= 3
    assert html.count("event.ics") >= 3
