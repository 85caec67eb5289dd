"""Request handlers for pages: declared on the page model, written in the app's views.

A page model declares its routes with Wagtail's `@path` / `@re_path` and hands the
request on with `self.serve_view("name", request, ...)`; the app's `views` package
registers the handler with `@page_view(PageModel, "name")` when the app is ready.
So models never import views (the import contracts in `make lint` check it), and a
page's routes are still read in one place, on the model.
"""

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured
from django.template.response import TemplateResponse

_handlers: dict[tuple[type, str], Callable] = {}


def page_view(model: type, name: str) -> Callable:
    """Register the decorated function as `model`'s handler for the view `name`."""

    def register(handler: Callable) -> Callable:
        _handlers[(model, name)] = handler
        return handler

    return register


def serve_view(page, name: str, request, *args, **kwargs):
    """Call the handler registered for the page's type (or a parent type) under `name`."""
    for model in type(page).__mro__:
        handler = _handlers.get((model, name))
        if handler is not None:
            return handler(page, request, *args, **kwargs)
    raise ImproperlyConfigured(f"No view {name!r} is registered for {type(page).__name__}.")


def render_page(page, request, *, status: int = 200, template: str = "", **context):
    """The page's template with its own context plus `context`: how every page view ends."""
    full_context = page.get_context(request)
    full_context.update(context)
    return TemplateResponse(
        request, template or page.get_template(request), full_context, status=status
    )
