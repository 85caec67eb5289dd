"""What the loader knows while it runs: today, the pictures, and what it made so far."""

from dataclasses import dataclass, field
from datetime import date

from .content import PageRegistry
from .pages import Report
from .pictures import Pictures


@dataclass
class Context:
    today: date  # date rules resolve against it
    pictures: Pictures
    pages: PageRegistry = field(default_factory=PageRegistry)  # by reference, e.g. "place:rmo"
    entries: dict[str, dict] = field(default_factory=dict)  # each page's YAML, by reference
    themes: dict = field(default_factory=dict)  # Theme snippets by slug
    report: Report = field(default_factory=Report)
