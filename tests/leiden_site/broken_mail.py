from django.core.mail.backends.base import BaseEmailBackend


class BrokenEmailBackend(BaseEmailBackend):
    """A real backend whose server is down: every send fails like an SMTP outage."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server unreachable")
