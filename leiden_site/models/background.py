"""What the scheduler keeps in the database: a row per periodic job (its lock and last
run) and the findings of the last internal link check."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ScheduledJob(models.Model):
    """One row per registered job. Claiming a run is one conditional UPDATE on this row,
    so of several scheduler processes (on several servers) exactly one runs it."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    next_run_at = models.DateTimeField(_("next run at"))
    locked_until = models.DateTimeField(_("locked until"), null=True, blank=True)
    locked_by = models.CharField(_("locked by"), max_length=100, blank=True)
    last_started_at = models.DateTimeField(_("last started at"), null=True, blank=True)
    last_finished_at = models.DateTimeField(_("last finished at"), null=True, blank=True)
    last_outcome = models.TextField(_("last outcome"), blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("scheduled job")
        verbose_name_plural = _("scheduled jobs")

    def __str__(self):
        return self.name

    @classmethod
    def claim(cls, name: str, now, next_run_at, lease, runner: str) -> bool:
        """Take the job's run if it is due and nobody holds it; True when we got it."""
        unlocked = Q(locked_until__isnull=True) | Q(locked_until__lte=now)
        return bool(
            cls.objects.filter(unlocked, name=name, next_run_at__lte=now).update(
                next_run_at=next_run_at,
                locked_until=now + lease,
                locked_by=runner,
                last_started_at=now,
            )
        )

    @classmethod
    def release(cls, name: str, runner: str, finished_at, outcome: str, error: str) -> None:
        cls.objects.filter(name=name, locked_by=runner).update(
            locked_until=None,
            locked_by="",
            last_finished_at=finished_at,
            last_outcome=outcome,
            last_error=error,
        )


class BrokenLinkQuerySet(models.QuerySet):
    def editable_by(self, user):
        """Findings on pages the user may edit: those are the ones they can fix."""
        return [
            link
            for link in self.select_related("source_page")
            if link.source_page.permissions_for_user(user).can_edit()
        ]


class BrokenLink(models.Model):
    """A link on a live page to a page visitors cannot reach, found by the nightly check."""

    MISSING = "missing"
    NOT_LIVE = "not_live"
    REASONS = [(MISSING, _("the page was deleted")), (NOT_LIVE, _("the page is not published"))]

    source_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    field = models.CharField(_("field"), max_length=255)
    target_page_id = models.PositiveIntegerField(_("linked page id"))
    target_title = models.CharField(_("linked page"), max_length=255, blank=True)
    reason = models.CharField(_("reason"), max_length=20, choices=REASONS)
    checked_at = models.DateTimeField(_("checked at"))

    objects = BrokenLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("broken internal link")
        verbose_name_plural = _("broken internal links")
        ordering = ["source_page_id", "field"]

    def __str__(self):
        return f"{self.source_page} → {self.target_title or self.target_page_id}"
