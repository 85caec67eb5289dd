"""The newsletter: sign-up with double opt-in, and a way out in every mail."""

import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from leiden_site.models import BasePage
from leiden_site.panels import TranslationStatusPanel


def new_token() -> str:
    return secrets.token_urlsafe(32)


class NewsletterPage(RoutablePageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    check_your_mail_text = RichTextField(_("text after signing up"), blank=True, features=["bold"])
    confirmed_text = RichTextField(_("text after confirming"), blank=True, features=["bold"])
    unsubscribed_text = RichTextField(_("text after unsubscribing"), blank=True, features=["bold"])

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("check_your_mail_text"),
        FieldPanel("confirmed_text"),
        FieldPanel("unsubscribed_text"),
    ]
    search_text_fields = ("intro",)
    parent_page_types = ["discoveries.HomePage"]
    subpage_types = []
    max_count = 1
    template = "discoveries/newsletter_page.html"

    class Meta:
        verbose_name = _("newsletter page")

    @path("")
    def sign_up(self, request):
        return self.serve_view("sign_up", request)

    @re_path(r"^confirm/(?P<token>[-\w]{20,64})/$", name="confirm")
    def confirm(self, request, token):
        return self.serve_view("confirm", request, token)

    @re_path(r"^unsubscribe/(?P<token>[-\w]{20,64})/$", name="unsubscribe")
    def unsubscribe(self, request, token):
        return self.serve_view("unsubscribe", request, token)


class SubscriberQuerySet(models.QuerySet):
    def expired(self, now=None):
        """Addresses that never confirmed a sign-up and asked for none within the
        retention period (settings); whoever confirmed once stays, subscribed or not."""
        days = settings.NEWSLETTER_UNCONFIRMED_RETENTION_DAYS
        cutoff = (now or timezone.now()) - timedelta(days=days)
        return self.filter(confirmed_at__isnull=True, requested_at__lt=cutoff)


class Subscriber(models.Model):
    email = models.EmailField(_("email"), unique=True)
    language = models.CharField(_("language"), max_length=8)
    interests = models.ManyToManyField("leiden_site.Theme", verbose_name=_("interests"), blank=True)
    consent_at = models.DateTimeField(_("consent given"))
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    # The latest sign-up asked for with this address: an unconfirmed one is deleted a
    # retention period later, so a link mailed again keeps working for that long.
    requested_at = models.DateTimeField(_("sign-up last requested"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # A sign-up waits here until the address's owner confirms it with the link in the
    # mail that carries `confirm_token`; nothing changes without that round trip.
    pending_sign_up = models.JSONField(null=True, blank=True, editable=False)
    confirm_token = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")

    def __str__(self):
        return self.email

    @property
    def is_active(self) -> bool:
        return bool(self.confirmed_at and not self.unsubscribed_at)

    @property
    def interest_names(self) -> str:
        return ", ".join(theme.name for theme in self.interests.all())

    @classmethod
    def request_sign_up(cls, email: str, language: str, interests) -> "Subscriber":
        """Record a sign-up to be confirmed by mail.

        A new address is stored unconfirmed. A known one (subscribed, unsubscribed or
        waiting) keeps its language, interests and state until its owner confirms.
        """
        now = timezone.now()
        subscriber, created = cls.objects.get_or_create(
            email=email.lower(), defaults={"language": language, "consent_at": now}
        )
        if created:
            subscriber.interests.set(interests)
        subscriber.pending_sign_up = {
            "language": language,
            "interests": [theme.pk for theme in interests],
            "consent_at": now.isoformat(),
        }
        subscriber.confirm_token = new_token()
        subscriber.requested_at = now
        subscriber.save(update_fields=["pending_sign_up", "confirm_token", "requested_at"])
        return subscriber

    @classmethod
    def for_confirmation(cls, token: str) -> "Subscriber | None":
        """The subscriber a confirmation link is for (links sent before sign-ups waited
        for confirmation carry the subscriber's own token)."""
        if not token:
            return None
        return (
            cls.objects.filter(confirm_token=token).first()
            or cls.objects.filter(
                token=token, confirmed_at__isnull=True, pending_sign_up__isnull=True
            ).first()
        )

    def confirm(self) -> None:
        """Apply the sign-up waiting for confirmation, and subscribe. A link opened
        again later changes nothing: after unsubscribing, only a new sign-up counts."""
        pending = self.pending_sign_up
        if pending is None and self.confirmed_at:
            return
        if pending:
            self.language = pending["language"]
            self.consent_at = datetime.fromisoformat(pending["consent_at"])
            self.interests.set(pending["interests"])
        self.confirmed_at = timezone.now()
        self.unsubscribed_at = None
        self.pending_sign_up = None
        self.save()
