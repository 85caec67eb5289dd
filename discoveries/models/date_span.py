"""How an event's dates read on its card: one day, a range, or several dates."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone


@dataclass(frozen=True)
class DateSpan:
    """The local days from an event's first to its last date; `several` when days in
    between have no date (every Saturday, say), so a range would promise too much."""

    first: date
    last: date
    several: bool

    @property
    def same_month(self) -> bool:
        return (self.first.year, self.first.month) == (self.last.year, self.last.month)

    @property
    def same_year(self) -> bool:
        return self.first.year == self.last.year

    @classmethod
    def of(cls, occurrences) -> "DateSpan | None":
        """The span of these occurrences; None when they all fall on one day."""
        days = sorted(
            (timezone.localtime(o.start).date(), timezone.localtime(o.end or o.start).date())
            for o in occurrences
        )
        if not days:
            return None
        first, covered, several = days[0][0], days[0][1], False
        for start, end in days[1:]:
            several = several or start > covered + timedelta(days=1)
            covered = max(covered, end)
        return None if first == covered else cls(first, covered, several)
