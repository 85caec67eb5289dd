"""Page types every site offers: a home base, the content page and the form page."""

from dateutil.relativedelta import relativedelta
from modelcluster.fields import ParentalKey

from django.conf import settings
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.forms import (
    HONEYPOT_FIELD,
    honeypot_field,
    is_robot,
    resent_values,
    token_refused,
)
from leiden_site.panels import TranslationStatusPanel
from leiden_site.throttle import CONTACT_FORM, TOO_MANY_REQUESTS, over_limit

from .mixins import BasePage, CardImageMixin, LanguagePreviewMixin, SeoMixin

# The page types every site may have anywhere in its tree.
SHARED_CHILD_PAGE_TYPES = ["leiden_site.StandardPage", "leiden_site.FormPage"]


# --- Home pages ---------------------------------------------------------------------------


class BaseHomePage(CardImageMixin, BasePage):
    """What the three sites' home pages have in common; the image is the hero picture."""

    hero_title = models.CharField(_("hero title"), max_length=120, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [TranslationStatusPanel(), *Page.content_panels] + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("intro"),
                FieldPanel("image"),
                FieldPanel("image_alt"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("hero_title", "intro", "body")
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        abstract = True

    def json_ld(self, request) -> list[dict]:
        from leiden_site.models.settings import SiteIdentity

        identity = SiteIdentity.for_request(request)
        home_url = self.get_full_url(request)
        organisation = identity.organisation_json_ld(home_url)
        website = {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": identity.site_name or self.title,
            "url": home_url,
            "inLanguage": request.LANGUAGE_CODE,
            "publisher": {"@type": "Organization", "name": organisation["name"]},
        }
        return [website, organisation]


# --- Standard content page ------------------------------------------------------------------


class StandardPage(BasePage):
    """A content page built from the shared blocks."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "body")

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


# --- Form page ------------------------------------------------------------------------------


class FormField(AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(LanguagePreviewMixin, SeoMixin, AbstractEmailForm):
    """An editor-built form: every submission is stored first, then mailed to staff by a task."""

    intro = models.TextField(_("introduction"), blank=True)
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [TranslationStatusPanel(), *AbstractEmailForm.content_panels] + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email to staff"),
        ),
    ]
    promote_panels = Page.promote_panels + SeoMixin.promote_panels
    search_fields = Page.search_fields + [index.SearchField("intro")]
    search_text_fields = ("intro",)

    class Meta:
        verbose_name = _("form page")
        verbose_name_plural = _("form pages")

    # The shared page behaviour, borrowed from BasePage: a form page cannot inherit
    # from it because AbstractEmailForm already is a concrete Page ancestry.
    search_text = BasePage.search_text
    breadcrumb_trail = BasePage.breadcrumb_trail
    json_ld = BasePage.json_ld

    @classmethod
    def expired_submissions(cls, now=None):
        """Submissions to form pages, of any site, sent longer ago than the retention
        period (settings). Wagtail owns the submission model, so the query lives here."""
        months = settings.FORM_SUBMISSION_RETENTION_MONTHS
        cutoff = (now or timezone.now()) - relativedelta(months=months)
        return FormSubmission.objects.filter(page__in=cls.objects.all(), submit_time__lt=cutoff)

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.fields[HONEYPOT_FIELD] = honeypot_field()
        return form

    def serve(self, request, *args, **kwargs):
        if token_refused(request):
            context = self.get_context(request)
            context["form"] = self.get_form(
                initial=resent_values(request), page=self, user=request.user
            )
            return TemplateResponse(request, self.get_template(request), context)
        if is_robot(request):
            return self.render_landing_page(request)
        if request.method == "POST" and over_limit(request, CONTACT_FORM, self.to_address):
            form = self.get_form(request.POST, page=self, user=request.user)
            form.add_error(None, TOO_MANY_REQUESTS)
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context, status=429)
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form):
        form.cleaned_data.pop(HONEYPOT_FIELD, None)
        with transaction.atomic():
            submission = self.get_submission_class().objects.create(
                form_data=form.cleaned_data, page=self
            )
        if self.to_address:
            from leiden_site.tasks import send_form_submission_mail

            transaction.on_commit(
                lambda: send_form_submission_mail.enqueue(submission_id=submission.pk)
            )
        return submission

    def render_email_for_submission(self, submission) -> str:
        labels = dict(self.get_data_fields())
        lines = [
            f"{labels.get(name, name)}: {value}" for name, value in submission.get_data().items()
        ]
        return "\n".join(lines)
