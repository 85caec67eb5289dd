"""The newsletter: sign-up with double opt-in, and a way out in every mail."""

import secrets

from django.db import models
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


class Subscriber(models.Model):
    email = models.EmailField(_("email"), unique=True)
    language = models.CharField(_("language"), max_length=8)
    interests = models.ManyToManyField("leiden_site.Theme", verbose_name=_("interests"), blank=True)
    consent_at = models.DateTimeField(_("consent given"))
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

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
