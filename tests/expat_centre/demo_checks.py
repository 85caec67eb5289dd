"""Checks of the Expat Centre's demo content (run by tests/demo/test_demo_data.py, which loads
the demo once for every site): services, guides, employers and the checklist, in three
languages, and a checklist that links its steps to the demo's services."""

from datetime import timedelta

from django.utils import timezone

from expat_centre.models import (
    AppointmentRequestPage,
    ArrivalChecklistPage,
    EmployerPage,
    GuidePage,
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
