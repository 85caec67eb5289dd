"""The Nu Html Checker (vnu-jar) finds no error on any page type, in nl and en.

The checker's report is trusted only when it is whole: a crash, an empty or garbled
report, or an exit status that disagrees with the report fails the test instead of
passing it quietly.
"""

import json
import subprocess

import pytest

from tests.catalogue import build_catalogue
from tests.quality.tools import VNU_JAR, java, require_tool


class CheckerFailed(AssertionError):
    """The checker did not produce a report we can believe."""


def checker_errors(returncode: int, report: str) -> list[str]:
    """The errors in vnu's JSON report (`--errors-only --format json`, written to stderr).

    vnu exits 0 when it found no error and 1 when it found some; anything else, or a
    report that is empty, not JSON, or contradicts the exit status, is a failed run.
    """
    if returncode not in (0, 1):
        raise CheckerFailed(f"the checker exited with {returncode}: {report[-2000:]!r}")
    try:
        messages = json.loads(report)["messages"]
    except (ValueError, KeyError, TypeError) as error:
        raise CheckerFailed(f"the checker's report is not readable ({error}): {report!r}") from None
    errors = [
        f"{m.get('url', '?').rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m.get('message')}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    if returncode == 1 and not errors:
        raise CheckerFailed(f"the checker failed without naming an error: {report!r}")
    if returncode == 0 and errors:
        raise CheckerFailed(f"the checker passed a page with errors: {errors}")
    return errors


@pytest.mark.parametrize(
    ("returncode", "report"),
    [
        (0, ""),
        (0, "Exception in thread main java.lang.OutOfMemoryError"),
        (0, '{"version": "1"}'),
        (1, '{"messages": []}'),
        (0, '{"messages": [{"type": "error", "url": "file:/a.html", "message": "Stray"}]}'),
        (2, '{"messages": []}'),
        (137, ""),
    ],
    ids=["empty", "crash", "no-messages", "failed-silently", "passed-errors", "usage", "killed"],
)
def test_a_report_that_cannot_be_trusted_fails(returncode, report):
    with pytest.raises(CheckerFailed):
        checker_errors(returncode, report)


def test_a_whole_report_gives_its_errors():
    report = json.dumps(
        {
            "messages": [
                {"type": "info", "message": "Trailing slash"},
                {
                    "type": "error",
                    "url": "file:/tmp/x/place-nl.html",
                    "lastLine": 3,
                    "message": "Bad",
                },
            ]
        }
    )
    assert checker_errors(1, report) == ["place-nl.html:3: Bad"]
    assert checker_errors(0, '{"messages": []}') == []


@pytest.fixture
def rendered_pages(client, sites, tmp_path):
    files = {}
    for entry in build_catalogue(sites):
        for language in ("nl", "en"):
            response = client.get(entry.url(language), HTTP_HOST=entry.host)
            assert response.status_code == entry.status, entry
            path = tmp_path / f"{entry.name}-{language}.html"
            path.write_bytes(response.content)
            files[path.name] = path
    return files


def test_every_page_type_is_valid_html(rendered_pages):
    require_tool(VNU_JAR.exists() and java() is not None, "vnu-jar or Java is not installed")
    result = subprocess.run(
        [
            java(),
            "-jar",
            str(VNU_JAR),
            "--errors-only",
            "--format",
            "json",
            *map(str, rendered_pages.values()),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert checker_errors(result.returncode, result.stderr) == []
