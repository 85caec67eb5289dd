"""The arrival checklist's rules, as plain data: which steps a newcomer takes, and when.

A visitor answers five questions (see `Answers`). Every `Rule` below names the answers it
applies to (`when`: question -> accepted answers; a question it does not name accepts any
answer) and, if it has a date, how that date is counted (`Due`): so many days or months
after the arrival, or after the date of an earlier step. A due date is either a legal
deadline (`binding=True`) or our advice of when to do it. The page lists the steps with a
date first, in date order, then the others in the order written here; the checklist page
explains the rules to visitors from this same data, and the README sums them up.

These rules simplify: they give the usual case, and each step's text says where it depends
on more than the answers (the country that issued a driving licence, a later first working
day). The IND, the municipality, the tax office and the RDW decide.
"""

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

# The questions and their answers.
EU, NON_EU = "eu", "non_eu"
WORK, RESEARCH, STUDY = "work", "research", "study"
YES, NO = "yes", "no"

ORIGINS = [
    (EU, _("A citizen of the EU, the EEA or Switzerland")),
    (NON_EU, _("A citizen of another country")),
]
ACTIVITIES = [
    (WORK, _("Work")),
    (RESEARCH, _("Research (as a researcher or PhD candidate)")),
    (STUDY, _("Study")),
]
YES_NO = [(YES, _("Yes")), (NO, _("No"))]
# Each question's short name and answers, to say in words to whom a rule applies.
QUESTIONS = {
    "origin": (_("Citizenship"), ORIGINS),
    "family": (_("Moving with a partner or children"), YES_NO),
    "sponsor": (_("Employer or university is a recognised sponsor"), YES_NO),
    "activity": (_("Coming to"), ACTIVITIES),
}

ARRIVAL = "arrival"

# Where a step sends the visitor: a service page (by its kind) or a guide (by its topic).
SERVICE, GUIDE = "service", "guide"


@dataclass(frozen=True)
class Answers:
    origin: str  # EU or NON_EU
    family: bool  # moves with a partner or children
    sponsor: bool  # employer or university is a recognised sponsor of the IND
    activity: str  # WORK, RESEARCH or STUDY
    arrival: date

    def value(self, question: str) -> str:
        answer = getattr(self, question)
        if isinstance(answer, bool):
            return YES if answer else NO
        return answer


@dataclass(frozen=True)
class Due:
    days: int = 0
    months: int = 0
    after: str = ARRIVAL  # ARRIVAL or the key of an earlier rule
    binding: bool = True

    def describe(self, titles: dict[str, str]) -> str:
        """How the date is counted, in words: 'within 5 days of arrival'."""
        if self.months:
            span = ngettext("%(n)d month", "%(n)d months", self.months) % {"n": self.months}
        else:
            span = ngettext("%(n)d day", "%(n)d days", self.days) % {"n": self.days}
        if self.after == ARRIVAL:
            return _("%(span)s after arrival") % {"span": span}
        return _("%(span)s after the step “%(step)s”") % {"span": span, "step": titles[self.after]}


@dataclass(frozen=True)
class Rule:
    key: str
    title: str
    text: str
    when: dict[str, frozenset] = field(default_factory=dict)
    due: Due | None = None
    link: tuple[str, str] | None = None

    def applies_to(self, answers: Answers) -> bool:
        return all(answers.value(question) in accepted for question, accepted in self.when.items())

    def conditions(self) -> list[str]:
        """To whom the rule applies, in words: one 'question: answers' line per question."""
        lines = []
        for question, accepted in self.when.items():
            name, choices = QUESTIONS[question]
            answers = [str(label) for value, label in choices if value in accepted]
            lines.append(f"{name}: {' / '.join(answers)}")
        return lines


def only(*answers: str) -> frozenset:
    return frozenset(answers)


RULES = [
    Rule(
        key="register",
        title=_("Register with the municipality and get your BSN"),
        text=_(
            "Anyone who stays in the Netherlands for more than four months registers with the "
            "municipality where they live, within five days of arrival. You receive your citizen "
            "service number (BSN) at the appointment or soon after: employers, banks and insurers "
            "ask for it."
        ),
        due=Due(days=5),
        link=(SERVICE, "registration"),
    ),
    Rule(
        key="register_family",
        title=_("Register your family members"),
        text=_(
            "Everyone who moves in with you registers too, within the same five days and "
            "preferably at the same appointment. Bring their passports and the marriage, "
            "partnership or birth certificates that show how you are related."
        ),
        when={"family": only(YES)},
        due=Due(days=5),
        link=(SERVICE, "family"),
    ),
    Rule(
        key="collect_permit",
        title=_("Collect your residence permit"),
        text=_(
            "Your employer or university applies for your residence permit with the IND. When "
            "the IND lets you know that the card is ready, collect it in person with your "
            "passport, at the place the IND's letter names."
        ),
        when={"origin": only(NON_EU), "sponsor": only(YES)},
        due=Due(days=14, binding=False),
        link=(SERVICE, "residence_permit"),
    ),
    Rule(
        key="apply_permit",
        title=_("Apply for your residence permit with the IND"),
        text=_(
            "Without a recognised sponsor you apply yourself. Do it as soon as you can: if you "
            "came without a long-stay visa (MVV), your application must be in before the 90 days "
            "of your short stay are over."
        ),
        when={"origin": only(NON_EU), "sponsor": only(NO)},
        due=Due(days=90),
        link=(SERVICE, "residence_permit"),
    ),
    Rule(
        key="family_permits",
        title=_("Residence permits for your family"),
        text=_(
            "Family members from outside the EU, the EEA and Switzerland need a residence "
            "permit of their own. Ask your sponsor whether it applies for them together with "
            "yours; otherwise you apply for them with the IND."
        ),
        when={"origin": only(NON_EU), "family": only(YES)},
        due=Due(days=14, binding=False),
        link=(SERVICE, "residence_permit"),
    ),
    Rule(
        key="digid",
        title=_("Apply for DigiD"),
        text=_(
            "With your BSN you can apply for DigiD, your login for the tax office, benefits and "
            "many other public services. The activation code comes by post to your registered "
            "address."
        ),
        due=Due(days=7, after="register", binding=False),
        link=(SERVICE, "digid"),
    ),
    Rule(
        key="bank",
        title=_("Open a Dutch bank account"),
        text=_(
            "A Dutch account makes receiving your salary and paying rent and bills easier. Banks "
            "ask for your passport, your BSN and your address."
        ),
        due=Due(days=14, after="register", binding=False),
        link=(GUIDE, "banking"),
    ),
    Rule(
        key="health_insurance",
        title=_("Take out Dutch health insurance"),
        text=_(
            "If you work in the Netherlands, basic health insurance is compulsory. Take it out "
            "within four months: the cover then starts on the day the obligation began, and you "
            "pay the premium from that day too."
        ),
        when={"activity": only(WORK, RESEARCH)},
        due=Due(months=4),
        link=(GUIDE, "healthcare"),
    ),
    Rule(
        key="student_insurance",
        title=_("Check your health insurance"),
        text=_(
            "A student who does not work may not need Dutch basic insurance but must be insured, "
            "for instance with a European health insurance card or a private student insurance. "
            "A paid job, even a small one, makes Dutch basic insurance compulsory."
        ),
        when={"activity": only(STUDY)},
        link=(GUIDE, "healthcare"),
    ),
    Rule(
        key="thirty_percent",
        title=_("Ask your employer about the 30% ruling"),
        text=_(
            "Employees recruited from abroad may receive part of their salary tax-free, if they "
            "meet conditions such as a minimum salary. Your employer applies together with you; "
            "if the application is in within four months of your first working day, the ruling "
            "counts from that day. We count from your arrival: count from your first working day "
            "if it is later."
        ),
        when={"activity": only(WORK)},
        due=Due(months=4),
        link=(SERVICE, "thirty_percent_ruling"),
    ),
    Rule(
        key="thirty_percent_research",
        title=_("Ask your institute about the 30% ruling"),
        text=_(
            "Researchers recruited from abroad may receive part of their salary tax-free; at "
            "universities and research institutes the minimum salary does not apply to them. "
            "Your employer applies together with you; if the application is in within four "
            "months of your first working day, the ruling counts from that day. We count from "
            "your arrival: count from your first working day if it is later."
        ),
        when={"activity": only(RESEARCH)},
        due=Due(months=4),
        link=(SERVICE, "thirty_percent_ruling"),
    ),
    Rule(
        key="driving_licence",
        title=_("Exchange a driving licence from outside the EU"),
        text=_(
            "A driving licence from outside the EU, the EEA and Switzerland is valid here for "
            "185 days after you registered with the municipality. Whether you can exchange it "
            "depends on the country that issued it (or on the 30% ruling); otherwise you take a "
            "Dutch driving test."
        ),
        when={"origin": only(NON_EU)},
        due=Due(days=185, after="register"),
        link=(SERVICE, "driving_licence"),
    ),
    Rule(
        key="school",
        title=_("Find a school or childcare"),
        text=_(
            "Children go to school from the age of five. International and bilingual schools "
            "often have waiting lists, and so does childcare: apply early."
        ),
        when={"family": only(YES)},
        link=(GUIDE, "education"),
    ),
    Rule(
        key="doctor",
        title=_("Register with a family doctor"),
        text=_(
            "In the Netherlands your family doctor (huisarts) is your first stop for care and "
            "refers you to a specialist. Register with one near your home before you need one."
        ),
        link=(GUIDE, "healthcare"),
    ),
]
RULES_BY_KEY = {rule.key: rule for rule in RULES}


def add_months(day: date, months: int) -> date:
    """The same day so many months later; the month's last day when it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class PlannedStep:
    rule: Rule
    due_date: date | None

    @property
    def binding(self) -> bool:
        return bool(self.rule.due and self.rule.due.binding)


def due_date(rule: Rule, answers: Answers, dates: dict[str, date]) -> date | None:
    if rule.due is None:
        return None
    start = answers.arrival if rule.due.after == ARRIVAL else dates[rule.due.after]
    return add_months(start, rule.due.months) + timedelta(days=rule.due.days)


def plan_arrival(answers: Answers) -> list[PlannedStep]:
    """The visitor's own steps: those with a date in date order, then the others."""
    dates: dict[str, date] = {}
    steps = []
    for rule in RULES:
        if not rule.applies_to(answers):
            continue
        when = due_date(rule, answers, dates)
        if when is not None:
            dates[rule.key] = when
        steps.append(PlannedStep(rule, when))
    dated = sorted((s for s in steps if s.due_date), key=lambda s: s.due_date)
    return dated + [s for s in steps if s.due_date is None]


def rule_explanations() -> list[tuple[Rule, str]]:
    """Each rule with how its date is counted (empty when it has none), for the page."""
    titles = {rule.key: str(rule.title) for rule in RULES}
    return [(rule, rule.due.describe(titles) if rule.due else "") for rule in RULES]
