"""The Nu Html Checker (vnu-jar) finds no error on any page type, in nl and en."""

import json
import subprocess

import pytest

from tests.catalogue import build_catalogue
from tests.quality.tools import VNU_JAR, java, require_tool


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
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]
    assert errors == []
