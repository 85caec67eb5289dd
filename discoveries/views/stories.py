"""Stories: the listing with its theme filter, and the RSS and Atom feeds."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from leiden_site.listing import bind_filters, paginate, with_renditions
from leiden_site.page_cache import query_parameter
from leiden_site.page_views import page_view, render_page

from ..forms import StoryFilterForm
from ..models import StoryIndexPage, StoryPage
from .responses import LOCAL_TIMEZONE, cacheable

STORIES_PER_PAGE = 12
STORIES_IN_FEED = 20


@page_view(StoryIndexPage, "stories")
def story_listing_view(index, request):
    form, data, errors = bind_filters(StoryFilterForm, request)
    status = 400 if errors else 200
    stories = (
        StoryPage.objects.live()
        .child_of(index)
        .select_related("image")
        .prefetch_related(with_renditions("image"))
        .order_by("-date", "-pk")
    )
    if data.get("theme"):
        stories = stories.filter(themes=data["theme"])
    page = paginate(stories, query_parameter(request, "page"), STORIES_PER_PAGE, errors)
    base = index.get_url(request)
    return render_page(
        index,
        request,
        status=status,
        form=form,
        errors=errors,
        stories=page,
        rss_url=f"{base}rss/",
        atom_url=f"{base}atom/",
    )


class StoriesRssFeed(Feed):
    """The newest stories of one stories index; made per request for that index."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        self.index_page = index_page
        self.request = None

    def __call__(self, request, *args, **kwargs):
        # Item links need the request to build full URLs on the right site.
        self.request = request
        return cacheable(super().__call__(request, *args, **kwargs))

    def get_object(self, request, *args, **kwargs):
        return self.index_page

    def title(self, index_page):
        return index_page.title

    def link(self, index_page):
        return index_page.get_full_url(self.request)

    def description(self, index_page):
        return index_page.intro or _("The newest stories from Leiden, City of Discoveries")

    def items(self, index_page):
        return (
            StoryPage.objects.child_of(index_page)
            .live()
            .public()
            .order_by("-date", "-first_published_at", "-pk")[:STORIES_IN_FEED]
        )

    def item_title(self, story):
        return story.title

    def item_description(self, story):
        return story.intro

    def item_link(self, story):
        return story.get_full_url(self.request)

    def item_pubdate(self, story):
        # Stories carry a date only; midnight in Leiden is when that day began there.
        return datetime.datetime.combine(story.date, datetime.time.min, tzinfo=LOCAL_TIMEZONE)

    def item_author_name(self, story):
        return story.author or None


class StoriesAtomFeed(StoriesRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index_page):
        return self.description(index_page)


@page_view(StoryIndexPage, "rss")
def stories_rss(index, request):
    return StoriesRssFeed(index)(request)


@page_view(StoryIndexPage, "atom")
def stories_atom(index, request):
    return StoriesAtomFeed(index)(request)
