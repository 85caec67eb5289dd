"""Newsletter sign-up with double opt-in, confirmation and unsubscribe."""

from django import forms
from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Subscriber, Theme
from .tasks import mail_newsletter_confirmation


class SignUpForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)
    interests = forms.ModelMultipleChoiceField(
        label=_("I am interested in"),
        queryset=Theme.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=_("I agree that Leiden Marketing stores my address to send me the newsletter."),
        error_messages={"required": _("We can only send the newsletter with your consent.")},
    )
    website_url = forms.CharField(required=False, label=_("Leave this field empty"))  # honeypot


def _render(page, request, state, status=200, **extra):
    context = page.get_context(request)
    context.update(state=state, **extra)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _absolute(page, request, route: str, token: str) -> str:
    return request.build_absolute_uri(
        page.get_url(request) + page.reverse_subpage(route, kwargs={"token": token})
    )


def sign_up_view(page, request):
    if request.method != "POST":
        return _render(page, request, "form", form=SignUpForm(initial={"language": get_language()}))
    form = SignUpForm(request.POST)
    if request.POST.get("website_url"):
        return _render(page, request, "check_mail")
    if not form.is_valid():
        return _render(page, request, "form", form=form)
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
        transaction.on_commit(
            lambda: mail_newsletter_confirmation.enqueue(
                subscriber_id=subscriber.pk,
                confirm_url=confirm_url,
                unsubscribe_url=unsubscribe_url,
            )
        )
    # The same answer whether or not the address was known: nothing to learn here.
    return _render(page, request, "check_mail")


def _subscriber(token: str) -> Subscriber:
    subscriber = Subscriber.objects.filter(token=token).first()
    if subscriber is None:
        raise Http404
    return subscriber


def confirm_view(page, request, token):
    subscriber = _subscriber(token)
    if not subscriber.confirmed_at or subscriber.unsubscribed_at:
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.save(update_fields=["confirmed_at", "unsubscribed_at"])
    return _render(page, request, "confirmed", subscriber=subscriber)


def unsubscribe_view(page, request, token):
    subscriber = _subscriber(token)
    # A GET only asks: mail scanners open links, and must not unsubscribe anyone.
    if request.method != "POST":
        return _render(page, request, "unsubscribe_confirm", subscriber=subscriber)
    if not subscriber.unsubscribed_at:
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["unsubscribed_at"])
    return _render(page, request, "unsubscribed", subscriber=subscriber)
