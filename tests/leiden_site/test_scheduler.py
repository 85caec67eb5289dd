"""The scheduler: scheduled publishing within the minute, one run per job however many
servers run it, and the nightly internal link check. A due time is moved instead of
waiting for it."""

import datetime
from io import StringIO

import pytest

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, Revision

from leiden_site import scheduler
from leiden_site.factories import StandardPageFactory
from leiden_site.link_check import check_internal_links
from leiden_site.models import BrokenLink, ScheduledJob
from leiden_site.scheduler import Job, run_due_jobs
from tests.conftest import publish

A_MINUTE = datetime.timedelta(minutes=1)


def test_the_command_lists_and_runs_every_registered_job(db):
    output = StringIO()
    call_command("run_scheduler", "--once", stdout=output)
    for name in [
        "publish_scheduled",
        "check_internal_links",
        "partner_freshness_reminders",
        "expat_retention_purge",
        "form_retention_purge",
        "discoveries_retention_purge",
        "vvv_retention_purge",
    ]:
        assert name in output.getvalue()
    # Jobs with an interval run at once; the nightly ones wait for their hour.
    assert "ran publish_scheduled" in output.getvalue()
    assert ScheduledJob.objects.get(name="check_internal_links").next_run_at > timezone.now()


def the_hour_comes(revision):
    now = timezone.now()
    content = {**revision.content, "go_live_at": now.isoformat()}
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=now, content=content)


def test_a_page_scheduled_to_go_live_is_published_in_the_minute_it_is_due(brand_home):
    page = StandardPageFactory(parent=brand_home, title_nl="Zomerfestival", slug_nl="zomer")
    page.unpublish()
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()  # approved, waiting for its time
    run_due_jobs("server-a")
    assert not Page.objects.get(pk=page.pk).live

    # The hour has come; the scheduler's next look, a minute later, publishes it.
    the_hour_comes(revision)
    ran = run_due_jobs("server-a", now=timezone.now() + A_MINUTE)
    assert "publish_scheduled" in ran
    assert Page.objects.get(pk=page.pk).live


def test_a_page_past_its_expiry_goes_offline(brand_home):
    page = publish(StandardPageFactory(parent=brand_home, title_nl="Oud", slug_nl="oud"))
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - A_MINUTE)
    run_due_jobs("server-a")
    assert not Page.objects.get(pk=page.pk).live


@pytest.fixture
def counted_job(db, monkeypatch):
    runs = []
    monkeypatch.setattr(scheduler, "_registry", {})
    return runs


def test_two_schedulers_run_a_due_job_once(counted_job):
    seen_by_second_server = []

    def count():
        counted_job.append("run")
        # A second server looks while the first is still running the job.
        seen_by_second_server.extend(run_due_jobs("server-b"))
        return "counted"

    scheduler.register_job(Job("count", count, every=datetime.timedelta(hours=1)))
    assert run_due_jobs("server-a") == ["count"]
    assert seen_by_second_server == []
    assert run_due_jobs("server-b") == []  # done for this hour
    assert counted_job == ["run"]
    job = ScheduledJob.objects.get(name="count")
    assert job.last_outcome == "counted"
    assert job.locked_until is None


def test_a_job_held_by_a_crashed_server_is_taken_over_after_its_lease(counted_job):
    scheduler.register_job(
        Job("count", lambda: counted_job.append("run") or "", every=datetime.timedelta(hours=1))
    )
    now = timezone.now()
    ScheduledJob.objects.create(
        name="count", next_run_at=now, locked_by="crashed", locked_until=now + A_MINUTE
    )
    assert run_due_jobs("server-b", now=now) == []
    assert run_due_jobs("server-b", now=now + 2 * A_MINUTE) == ["count"]
    assert counted_job == ["run"]


def test_a_failing_job_keeps_its_error_and_the_others_still_run(counted_job):
    def broken():
        raise RuntimeError("the disk is full")

    scheduler.register_job(Job("a_broken", broken))
    scheduler.register_job(Job("b_count", lambda: counted_job.append("run") or ""))
    assert run_due_jobs("server-a") == ["a_broken", "b_count"]
    assert ScheduledJob.objects.get(name="a_broken").last_error == "RuntimeError: the disk is full"
    assert counted_job == ["run"]


def linking_page(parent, target):
    body = [("paragraph", f'<p>Zie <a linktype="page" id="{target.pk}">hier</a>.</p>')]
    return publish(
        StandardPageFactory(parent=parent, title_nl="Verwijzer", slug_nl="verwijzer", body=body)
    )


def test_the_link_check_finds_links_to_unpublished_and_deleted_pages(brand_home):
    target = publish(StandardPageFactory(parent=brand_home, title_nl="Doel", slug_nl="doel"))
    source = linking_page(brand_home, target)
    check_internal_links()
    assert not BrokenLink.objects.exists()

    target.unpublish()
    check_internal_links()
    finding = BrokenLink.objects.get()
    assert (finding.source_page_id, finding.target_title) == (source.pk, "Doel")
    assert finding.reason == BrokenLink.NOT_LIVE

    Page.objects.get(pk=target.pk).delete()
    check_internal_links()
    assert BrokenLink.objects.get().reason == BrokenLink.MISSING
