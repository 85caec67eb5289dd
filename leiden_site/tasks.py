"""Tasks of the core: mail is sent after the data it reports on is committed.

Where tasks run is the TASKS setting's choice (settings/base.py).
"""

import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import send_mail

from wagtail.contrib.forms.models import FormSubmission

logger = logging.getLogger(__name__)


@task()
def send_form_submission_mail(submission_id: int) -> None:
    submission = FormSubmission.objects.select_related("page").get(pk=submission_id)
    form_page = submission.page.specific
    recipients = [address.strip() for address in form_page.to_address.split(",") if address.strip()]
    if not recipients:
        return
    send_mail(
        subject=form_page.subject or form_page.title,
        message=form_page.render_email_for_submission(submission),
        from_email=form_page.from_address or settings.DEFAULT_FROM_EMAIL,
        recipient_list=recipients,
    )
