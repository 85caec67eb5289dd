"""Inviting a partner's editor: an account in the partner's group and a mail with a
link to choose a password (Wagtail's own password-reset form)."""

from django_tasks import task

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from .rights import ensure_partner_rights


def set_password_url(user) -> str:
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@task()
def mail_invitation(user_id: int, partner_name: str) -> None:
    user = get_user_model().objects.get(pk=user_id)
    context = {"user": user, "partner_name": partner_name, "url": set_password_url(user)}
    send_mail(
        subject=_("Your account for the partner profile of %(partner)s")
        % {"partner": partner_name},
        message=render_to_string("partners/mail/invitation.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )


def invite_partner_user(email: str, partner, first_name: str = "", last_name: str = ""):
    """Create (or reuse) the account, put it in the partner's group, mail the link."""
    email = email.strip().lower()
    User = get_user_model()
    with transaction.atomic():
        group = partner.group or ensure_partner_rights(partner)
        user, created = User.objects.get_or_create(
            username=email,
            defaults={"email": email, "first_name": first_name, "last_name": last_name},
        )
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.add(group)
        transaction.on_commit(
            lambda: mail_invitation.enqueue(user_id=user.pk, partner_name=partner.title)
        )
    return user
