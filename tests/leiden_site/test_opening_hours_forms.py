"""What staff are told when the hours they enter cannot be right."""

from datetime import date, time

import pytest

from django.core.exceptions import ValidationError

from leiden_site.models.opening_hours import OpeningPeriodBlock
from vvv.models import VvvOpeningException, VvvOpeningSchedule


def errors_of(instance) -> dict:
    with pytest.raises(ValidationError) as error:
        instance.clean()
    return error.value.message_dict


def test_a_season_cannot_end_before_it_starts():
    schedule = VvvOpeningSchedule(valid_from=date(2027, 9, 30), valid_until=date(2027, 4, 1))
    assert "valid_until" in errors_of(schedule)


def test_other_hours_on_holidays_need_the_hours():
    assert "holiday_opens" in errors_of(VvvOpeningSchedule(on_holidays="other"))
    VvvOpeningSchedule(on_holidays="other", holiday_opens=time(11), holiday_closes=time(16)).clean()


def test_other_hours_on_an_exception_need_the_hours_and_not_twice_the_same_time():
    assert "opens" in errors_of(VvvOpeningException(start_date=date(2027, 1, 2), closed=False))
    same = VvvOpeningException(
        start_date=date(2027, 1, 2), closed=False, opens=time(10), closes=time(10)
    )
    assert "closes" in errors_of(same)
    # Past midnight is allowed: the evening runs on into the next day.
    VvvOpeningException(
        start_date=date(2027, 1, 2), closed=False, opens=time(20), closes=time(1)
    ).clean()


def test_a_period_with_equal_times_is_refused_unless_it_is_the_whole_day():
    block = OpeningPeriodBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"days": ["0"], "opens": "10:00", "closes": "10:00"}))
    whole_day = block.clean(block.to_python({"days": ["0"], "opens": "00:00", "closes": "00:00"}))
    assert whole_day["opens"] == time(0)
