"""Every admin URL pattern that exists, made concrete for the objects of a test world.

The role matrix walks this list, so an admin view added later (by Wagtail, a package
or the project) joins the matrix without anyone listing it.
"""

import re
from dataclasses import dataclass

from django.urls import get_resolver
from django.urls.resolvers import URLPattern, URLResolver

ROUTE_PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")
REGEX_PARAMETER = re.compile(r"\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)")


@dataclass(frozen=True)
class AdminURL:
    name: str  # "namespace:name", or the path when the pattern has no name
    template: str  # the pattern as Django stores it

    @property
    def namespace(self) -> str:
        return self.name.rpartition(":")[0]

    @property
    def parameters(self) -> list[str]:
        return ROUTE_PARAMETER.findall(self.template) + REGEX_PARAMETER.findall(self.template)

    def fill(self, values: dict[str, object]) -> str:
        path = ROUTE_PARAMETER.sub(lambda m: str(values[m.group(1)]), self.template)
        path = REGEX_PARAMETER.sub(lambda m: str(values[m.group(1)]), path)
        return "/" + path.replace("^", "").replace("$", "").replace("\\", "")


def _walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            template = prefix + str(pattern.pattern)
            name = pattern.name or template
            yield AdminURL(f"{namespace}:{name}" if namespace else name, template)


def admin_urls() -> list[AdminURL]:
    seen, found = set(), []
    for url in _walk(get_resolver().url_patterns):
        if url.template.startswith("admin/") and url.template not in seen:
            seen.add(url.template)
            found.append(url)
    return found
