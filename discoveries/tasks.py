"""Mail for the brand site: tasks enqueued once the data they report on is committed.

Where they run is the TASKS setting's choice (settings/base.py).
"""

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import CongressRequest, Subscriber


@task()
def mail_congress_request(request_id: int) -> None:
    congress_request = CongressRequest.objects.select_related("venue").get(pk=request_id)
    with translation.override("nl"):  # the congress desk reads Dutch
        send_mail(
            subject=_("Congress request: %(name)s") % {"name": congress_request},
            message=render_to_string(
                "discoveries/mail/congress_request.txt", {"request": congress_request}
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[settings.CONGRESS_DESK_EMAIL],
        )
    CongressRequest.objects.filter(pk=request_id).update(mailed_at=timezone.now())


@task()
def mail_congress_confirmation(request_id: int) -> None:
    """The organiser's copy, in the language they wrote in, with the reference to quote."""
    congress_request = CongressRequest.objects.select_related("venue").get(pk=request_id)
    with translation.override(congress_request.language or settings.LANGUAGE_CODE):
        send_mail(
            subject=_("Your request for proposal %(reference)s")
            % {"reference": congress_request.reference},
            message=render_to_string(
                "discoveries/mail/congress_confirmation.txt", {"request": congress_request}
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[congress_request.email],
        )
    CongressRequest.objects.filter(pk=request_id).update(confirmation_mailed_at=timezone.now())


@task()
def mail_newsletter_confirmation(
    subscriber_id: int, confirm_url: str, unsubscribe_url: str
) -> None:
    subscriber = Subscriber.objects.get(pk=subscriber_id)
    context = {"confirm_url": confirm_url, "unsubscribe_url": unsubscribe_url}
    with translation.override(subscriber.language):
        EmailMessage(
            subject=_("Please confirm your subscription to the Leiden newsletter"),
            body=render_to_string("discoveries/mail/newsletter_confirm.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[subscriber.email],
            headers={"List-Unsubscribe": f"<{unsubscribe_url}>"},
        ).send()
