"""The brand site's admin (themes, congress requests, subscribers), and what it adds to
partner profiles."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from leiden_site.models import Theme
from leiden_site.snippets import SnippetViewSet
from partners.models import PROFILE_CONTEXT_HOOK

from .dashboard import add_event_panels
from .models import CongressRequest, EventOccurrence, Subscriber


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en", "slug"]
    ordering = ["sort_order", "slug"]


class CongressRequestViewSet(SnippetViewSet):
    model = CongressRequest
    icon = "mail"
    menu_label = _("Congress requests")
    list_display = [
        "reference",
        "name",
        "organisation",
        "status",
        "start_date",
        "attendees",
        "setup",
        "venue",
        "created_at",
    ]
    list_filter = ["status", "setup", "start_date"]
    list_export = [
        "reference",
        "status",
        "created_at",
        "name",
        "organisation",
        "email",
        "phone",
        "start_date",
        "end_date",
        "attendees",
        "setup",
        "venue",
        "message",
        "language",
        "mailed_at",
        "confirmation_mailed_at",
    ]
    export_filename = "congress-requests"
    search_fields = ["reference", "name", "organisation", "email"]
    # Staff follow a request up; what the organiser sent stays as it was sent.
    panels = [
        MultiFieldPanel(
            [FieldPanel("reference", read_only=True), FieldPanel("status")],
            heading=_("Follow-up"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("name", read_only=True),
                FieldPanel("organisation", read_only=True),
                FieldRowPanel(
                    [FieldPanel("email", read_only=True), FieldPanel("phone", read_only=True)]
                ),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("start_date", read_only=True),
                        FieldPanel("end_date", read_only=True),
                    ]
                ),
                FieldRowPanel(
                    [FieldPanel("attendees", read_only=True), FieldPanel("setup", read_only=True)]
                ),
                FieldPanel("venue", read_only=True),
                FieldPanel("message", read_only=True),
            ],
            heading=_("The event"),
        ),
    ]


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "user"
    menu_label = _("Newsletter subscribers")
    list_display = ["email", "language", "confirmed_at", "unsubscribed_at", "created_at"]
    list_filter = ["language", "confirmed_at", "unsubscribed_at"]
    list_export = [
        "email",
        "language",
        "interest_names",
        "consent_at",
        "confirmed_at",
        "unsubscribed_at",
    ]
    export_headings = {"interest_names": _("Interests")}
    export_filename = "newsletter-subscribers"
    search_fields = ["email"]
    panels = [
        FieldPanel("email", read_only=True),
        FieldPanel("language"),
        FieldPanel("interests"),
        FieldPanel("confirmed_at", read_only=True),
        FieldPanel("unsubscribed_at"),
    ]


class BrandSiteGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, CongressRequestViewSet, SubscriberViewSet)
    menu_label = _("City of Discoveries")
    menu_icon = "site"


register_snippet(BrandSiteGroup)


@hooks.register(PROFILE_CONTEXT_HOOK)
def partner_events_and_stories(partner, request) -> dict:
    """A partner's profile shows the events it organises and the stories that name it."""
    return {
        "upcoming": EventOccurrence.objects.upcoming(6, event__organiser=partner),
        "stories": list(partner.stories.live().order_by("-date").select_related("image")[:3]),
    }


hooks.register("construct_homepage_panels", add_event_panels)
