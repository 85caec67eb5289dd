"""Newsletter sign-up with double opt-in, confirmation and unsubscribe."""

from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language

from leiden_site.forms import is_robot, resent_values
from leiden_site.page_views import page_view, render_page
from leiden_site.throttle import (
    NEWSLETTER,
    TOO_MANY_REQUESTS,
    address_over_limit,
    recipient_over_limit,
)

from ..forms import NewsletterSignUpForm
from ..models import NewsletterPage, Subscriber
from ..tasks import mail_newsletter_confirmation


def _absolute(page, request, route: str, token: str) -> str:
    return request.build_absolute_uri(
        page.get_url(request) + page.reverse_subpage(route, kwargs={"token": token})
    )


@page_view(NewsletterPage, "sign_up")
def sign_up_view(page, request):
    if request.method != "POST":
        form = NewsletterSignUpForm(initial={"language": get_language(), **resent_values(request)})
        return render_page(page, request, state="form", form=form)
    if is_robot(request):
        return render_page(page, request, state="check_mail")
    form = NewsletterSignUpForm(request.POST)
    if address_over_limit(request, NEWSLETTER):
        form.add_error(None, TOO_MANY_REQUESTS)
        return render_page(page, request, status=429, state="form", form=form)
    if not form.is_valid():
        return render_page(page, request, state="form", form=form)
    email = form.cleaned_data["email"]
    with transaction.atomic():
        subscriber = Subscriber.request_sign_up(
            email, form.cleaned_data["language"], form.cleaned_data["interests"]
        )
        confirm_url = _absolute(page, request, "confirm", subscriber.confirm_token)
        unsubscribe_url = _absolute(page, request, "unsubscribe", subscriber.token)
        # The confirmation mail is a task, enqueued once the sign-up is committed; an
        # address that got several already this hour gets no more (nor is told so).
        if not recipient_over_limit(request, NEWSLETTER, email):
            transaction.on_commit(
                lambda: mail_newsletter_confirmation.enqueue(
                    subscriber_id=subscriber.pk,
                    confirm_url=confirm_url,
                    unsubscribe_url=unsubscribe_url,
                )
            )
    # The same answer whether or not the address was known: nothing to learn here.
    return render_page(page, request, state="check_mail")


def _subscriber(token: str) -> Subscriber:
    subscriber = Subscriber.objects.filter(token=token).first()
    if subscriber is None:
        raise Http404
    return subscriber


@page_view(NewsletterPage, "confirm")
def confirm_view(page, request, token):
    subscriber = Subscriber.for_confirmation(token)
    if subscriber is None:
        raise Http404
    subscriber.confirm()
    return render_page(page, request, state="confirmed", subscriber=subscriber)


@page_view(NewsletterPage, "unsubscribe")
def unsubscribe_view(page, request, token):
    subscriber = _subscriber(token)
    # A GET only asks: mail scanners open links, and must not unsubscribe anyone.
    if request.method != "POST":
        return render_page(page, request, state="unsubscribe_confirm", subscriber=subscriber)
    if not subscriber.unsubscribed_at:
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["unsubscribed_at"])
    return render_page(page, request, state="unsubscribed", subscriber=subscriber)
