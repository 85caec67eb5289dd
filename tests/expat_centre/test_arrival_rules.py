"""The arrival checklist's rules: each answer changes the steps as the page documents."""

from datetime import date

import pytest

from expat_centre.arrival_rules import (
    EU,
    NON_EU,
    RESEARCH,
    RULES,
    STUDY,
    WORK,
    Answers,
    add_months,
    plan_arrival,
)

ARRIVAL = date(2026, 3, 2)


def answers(**changes) -> Answers:
    base = {"origin": EU, "family": False, "sponsor": True, "activity": WORK, "arrival": ARRIVAL}
    return Answers(**{**base, **changes})


def plan(**changes) -> dict[str, date | None]:
    return {step.rule.key: step.due_date for step in plan_arrival(answers(**changes))}


def test_everyone_registers_within_five_days_and_applies_for_digid_after_the_bsn():
    steps = plan()
    assert steps["register"] == date(2026, 3, 7)
    assert steps["digid"] == date(2026, 3, 14)  # a week after the registration date
    assert steps["bank"] == date(2026, 3, 21)
    assert "doctor" in steps


def test_eu_citizens_need_no_permit_and_no_licence_exchange():
    steps = plan(origin=EU)
    assert not {"collect_permit", "apply_permit", "family_permits", "driving_licence"} & set(steps)


def test_non_eu_citizens_with_a_sponsor_collect_their_permit():
    steps = plan(origin=NON_EU, sponsor=True)
    assert steps["collect_permit"] == date(2026, 3, 16)
    assert "apply_permit" not in steps


def test_non_eu_citizens_without_a_sponsor_apply_within_their_90_days():
    steps = plan(origin=NON_EU, sponsor=False)
    assert steps["apply_permit"] == date(2026, 5, 31)
    assert "collect_permit" not in steps


def test_a_non_eu_driving_licence_is_exchanged_within_185_days_of_registration():
    assert plan(origin=NON_EU)["driving_licence"] == date(2026, 9, 8)  # 7 March + 185 days


def test_family_adds_their_registration_schools_and_for_non_eu_their_permits():
    alone, together = plan(), plan(family=True)
    assert set(together) - set(alone) == {"register_family", "school"}
    assert together["register_family"] == date(2026, 3, 7)
    assert "family_permits" in plan(origin=NON_EU, family=True)


def test_workers_get_health_insurance_and_the_30_percent_ruling_within_four_months():
    steps = plan(activity=WORK)
    assert steps["health_insurance"] == date(2026, 7, 2)
    assert steps["thirty_percent"] == date(2026, 7, 2)
    assert "student_insurance" not in steps


def test_researchers_get_the_researchers_30_percent_ruling():
    steps = plan(activity=RESEARCH)
    assert steps["thirty_percent_research"] == date(2026, 7, 2)
    assert "thirty_percent" not in steps


def test_students_check_their_insurance_and_get_no_30_percent_ruling():
    steps = plan(activity=STUDY)
    assert steps["student_insurance"] is None
    assert not {"health_insurance", "thirty_percent", "thirty_percent_research"} & set(steps)


def test_dated_steps_come_first_in_date_order_then_the_others():
    steps = plan_arrival(answers(origin=NON_EU, family=True))
    dated = [step.due_date for step in steps if step.due_date]
    assert dated == sorted(dated)
    assert [step.due_date for step in steps[len(dated) :]] == [None] * (len(steps) - len(dated))


def test_four_months_after_the_end_of_a_month_stays_in_the_month():
    assert add_months(date(2026, 10, 31), 4) == date(2027, 2, 28)
    assert add_months(date(2027, 10, 31), 4) == date(2028, 2, 29)
    assert add_months(date(2026, 1, 15), -12) == date(2025, 1, 15)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.key)
def test_every_rule_reaches_someone(rule):
    everyone = [
        answers(origin=origin, family=family, sponsor=sponsor, activity=activity)
        for origin in (EU, NON_EU)
        for family in (True, False)
        for sponsor in (True, False)
        for activity in (WORK, RESEARCH, STUDY)
    ]
    assert any(rule.applies_to(person) for person in everyone)
