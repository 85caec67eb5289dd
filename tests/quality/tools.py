"""Where the quality tools live, and the rule for a missing one.

axe-core and vnu-jar come from npm (package.json; `make test` runs `npm ci`). A
missing tool skips its test with the reason shown, unless REQUIRE_BROWSER=1 (CI),
which turns the skip into a failure.
"""

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def require_tool(available: bool, reason: str) -> None:
    if available:
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}; REQUIRE_BROWSER=1 makes this an error")
    pytest.skip(reason)


def java() -> str | None:
    return shutil.which("java")
