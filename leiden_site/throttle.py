"""Limits on the forms that make the site send mail, kept in the shared cache.

Each sending form is limited per client address (one visitor cannot send a flood) and
per recipient (nobody's inbox can be flooded from many addresses). Limits are counted
with django-ratelimit on the default cache, so every app server counts together; when
the cache is unreachable the forms keep working (RATELIMIT_FAIL_OPEN).
"""

from dataclasses import dataclass

from django_ratelimit.core import is_ratelimited

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import PasswordResetForm

TOO_MANY_REQUESTS = _(
    "We received many requests from your connection in the last hour. "
    "Please try again later; what you typed is kept below."
)


@dataclass(frozen=True)
class MailLimit:
    name: str
    per_address: str  # django-ratelimit rates, e.g. "10/h"
    per_recipient: str


NEWSLETTER = MailLimit("newsletter", per_address="10/h", per_recipient="3/h")
CONTACT_FORM = MailLimit("contact-form", per_address="10/h", per_recipient="60/h")
CONGRESS_REQUEST = MailLimit("congress-request", per_address="10/h", per_recipient="60/h")
# The organiser's copy of a request for proposal, counted per organiser's address.
CONGRESS_CONFIRMATION = MailLimit("congress-confirmation", per_address="10/h", per_recipient="5/h")
TOUR_BOOKING = MailLimit("tour-booking", per_address="10/h", per_recipient="5/h")
EXPAT_APPOINTMENT = MailLimit("expat-appointment", per_address="10/h", per_recipient="5/h")
PASSWORD_RESET = MailLimit("password-reset", per_address="10/h", per_recipient="3/h")


def address_over_limit(request, limit: MailLimit) -> bool:
    """Counts this request against its client address; True when it is one too many."""
    return is_ratelimited(
        request, group=f"{limit.name}:address", key="ip", rate=limit.per_address, increment=True
    )


def recipient_over_limit(request, limit: MailLimit, recipient: str) -> bool:
    """Counts one mail to `recipient`; True when it would be one too many."""
    return is_ratelimited(
        request,
        group=f"{limit.name}:recipient",
        key=lambda _group, _request: recipient.strip().lower(),
        rate=limit.per_recipient,
        increment=True,
    )


def over_limit(request, limit: MailLimit, recipient: str = "") -> bool:
    """Counts this request against its client address and, if given, its recipient."""
    over = address_over_limit(request, limit)
    if recipient:
        over = recipient_over_limit(request, limit, recipient) or over
    return over


class ThrottledPasswordResetForm(PasswordResetForm):
    """The admin's password reset (WAGTAILADMIN_USER_PASSWORD_RESET_FORM): past the limit
    it answers as always but sends nothing, so it cannot flood an inbox or tell whether
    an address has an account."""

    def save(self, *args, request=None, **kwargs):
        if over_limit(request, PASSWORD_RESET, self.cleaned_data["email"]):
            return None
        return super().save(*args, request=request, **kwargs)
