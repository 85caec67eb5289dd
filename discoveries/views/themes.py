"""A theme's landing view: its stories, places, events and routes together."""

from leiden_site.page_views import page_view, render_page

from ..models import ThemeIndexPage


@page_view(ThemeIndexPage, "theme")
def theme_view(index, request, theme):
    return render_page(
        index,
        request,
        template="discoveries/theme_page.html",
        theme=theme,
        theme_url=index.get_url(request)
        + index.reverse_subpage("theme", kwargs={"slug": theme.slug}),
        **index.theme_content(theme),
    )
