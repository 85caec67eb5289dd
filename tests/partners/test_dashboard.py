"""A partner's dashboard: its profile, proposing an event, and its own submissions.

Partner A's editor looks at the admin's own dashboard; partner B's event and proposals
must never show there, and a marketing editor's dashboard keeps Wagtail's summary.
"""

import re

import pytest

from django.contrib.auth.models import Group

from wagtail.models import WorkflowState

from discoveries.models import EventPage
from leiden_site.declarations import MARKETING_EDITORS
from tests.partners.conftest import event_form, make_user

pytestmark = pytest.mark.django_db


def panel(html: str, panel_id: str) -> str:
    """The markup of one dashboard panel (empty when the dashboard has none)."""
    match = re.search(rf'id="{panel_id}-section"(.*?)</section>', html, re.S)
    return match.group(1) if match else ""


def add_url(agenda) -> str:
    return f"/admin/pages/add/discoveries/eventpage/{agenda.pk}/"


def propose(client, agenda, title, slug, action="action-submit", **changes):
    response = client.post(add_url(agenda), {**event_form(title, slug, **changes), action: "1"})
    assert response.status_code == 302, re.findall(r"error-message.*", response.text)
    return EventPage.objects.get(slug_nl=slug)


def reject(client, moderator, page):
    state = WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    client.force_login(moderator)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{state.current_task_state.pk}/",
        {"comment": "Graag een foto"},
    )
    assert response.status_code == 302


def test_a_partner_starts_with_profile_proposal_and_submissions(client, world, agenda):
    client.force_login(world["editor_a"])
    propose(client, agenda, "Nacht van de Volkenkunde", "nacht-volkenkunde")
    propose(client, agenda, "Maskers maken", "maskers-maken", action="action-draft")

    html = client.get("/admin/").text
    panels = re.findall(r'id="([a-z-]+)-section"', html)
    assert panels[:3] == ["own-profile", "propose-event", "own-submissions"]

    profile = panel(html, "own-profile")
    assert f"/admin/pages/{world['a'].pk}/edit/" in profile
    assert world["a"].last_verified.strftime("%Y") in profile
    assert "still-correct" in profile
    assert f'href="{add_url(agenda)}"' in panel(html, "propose-event")

    submissions = panel(html, "own-submissions")
    assert "Nacht van de Volkenkunde" in submissions and "Maskers maken" in submissions
    # Partner B's event, its profile and the site's page counts are not theirs to see.
    assert world["event_b"].title not in html
    assert f"/admin/pages/{world['b'].pk}/edit/" not in html
    assert "w-summary" not in html


def test_each_submission_says_where_it_stands(client, world, agenda):
    client.force_login(world["editor_a"])
    waiting = propose(client, agenda, "Wachtende avond", "wachtende-avond")
    rejected = propose(client, agenda, "Afgewezen avond", "afgewezen-avond")
    draft = propose(client, agenda, "Concept avond", "concept-avond", action="action-draft")
    reject(client, world["moderator"], rejected)

    client.force_login(world["editor_a"])
    with_language = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    rows = dict(
        re.findall(
            r'<a href="/admin/pages/(\d+)/edit/">[^<]*</a></td>\s*<td>([^<]*)</td>',
            panel(with_language.text, "own-submissions"),
        )
    )
    assert set(rows) == {str(waiting.pk), str(rejected.pk), str(draft.pk)}
    assert len(set(rows.values())) == 3, rows  # three states, told apart


def test_the_proposal_form_asks_for_dates_on_its_first_tab(client, world, agenda):
    client.force_login(world["editor_a"])
    form = client.get(add_url(agenda)).text
    tab_starts = [m.start() for m in re.finditer(r'role="tabpanel"', form)]
    dates = form.index('name="occurrences-TOTAL_FORMS"')
    assert tab_starts[0] < dates < tab_starts[1]

    client.force_login(world["moderator"])
    form = client.get(add_url(agenda)).text
    tab_starts = [m.start() for m in re.finditer(r'role="tabpanel"', form)]
    dates = form.index('name="occurrences-TOTAL_FORMS"')
    assert tab_starts[1] < dates < tab_starts[2]
    assert form.count('name="occurrences-TOTAL_FORMS"') == 1


def test_a_marketing_editors_dashboard_keeps_the_site_summary(client, world):
    editor = make_user("els", Group.objects.get(name=MARKETING_EDITORS))
    client.force_login(editor)
    html = client.get("/admin/").text
    assert "w-summary" in html
    assert "stale-partner-profiles-section" in html
    for partner_panel in ("own-profile", "propose-event", "own-submissions"):
        assert f'id="{partner_panel}-section"' not in html
