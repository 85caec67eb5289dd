"""Newsletter sign-up with double opt-in, confirmation and unsubscribe."""

from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language

from leiden_site.forms import is_robot
from leiden_site.page_views import page_view, render_page

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
        form = NewsletterSignUpForm(initial={"language": get_language()})
        return render_page(page, request, state="form", form=form)
    if is_robot(request):
        return render_page(page, request, state="check_mail")
    form = NewsletterSignUpForm(request.POST)
    if not form.is_valid():
        return render_page(page, request, state="form", form=form)
    with transaction.atomic():
        subscriber, _created = Subscriber.objects.get_or_create(
            email=form.cleaned_data["email"].lower(),
            defaults={"language": form.cleaned_data["language"], "consent_at": timezone.now()},
        )
        subscriber.language = form.cleaned_data["language"]
        subscriber.consent_at = timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.save()
        subscriber.interests.set(form.cleaned_data["interests"])
        confirm_url = _absolute(page, request, "confirm", subscriber.token)
        unsubscribe_url = _absolute(page, request, "unsubscribe", subscriber.token)
        # The confirmation mail is a task, enqueued once the sign-up is committed.
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
    subscriber = _subscriber(token)
    if not subscriber.confirmed_at or subscriber.unsubscribed_at:
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.save(update_fields=["confirmed_at", "unsubscribed_at"])
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
