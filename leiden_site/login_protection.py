"""Log-in lock-outs that stop guessing without locking out the innocent.

django-axes counts failed log-ins per combination of lockout parameters and compares
every combination with one limit. Here each combination has its own limit:

- a username at one address: 5 failures (someone guessing one account's password);
- one address, over any usernames: 30 failures (password spraying).

So a guesser elsewhere cannot lock a colleague out, and an office behind one NAT
address has room for honest typing mistakes. Attempts during a lock-out do not make
it longer, and the lock-outs live in the database, so every app server sees them.
"""

from axes.handlers.database import AxesDatabaseHandler

from django.conf import settings
from django.db.models import Sum

# One limit per entry of AXES_LOCKOUT_PARAMETERS, in the same order.
LOCKOUT_LIMITS = (5, 30)


class PerCombinationLimitsHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None) -> int:
        """The failures that count against AXES_FAILURE_LIMIT: each combination's count,
        scaled so that reaching its own limit reaches AXES_FAILURE_LIMIT."""
        counts = [
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        ]
        scaled = [
            count * settings.AXES_FAILURE_LIMIT // limit
            for count, limit in zip(counts, LOCKOUT_LIMITS, strict=True)
        ]
        return max(scaled, default=0)
