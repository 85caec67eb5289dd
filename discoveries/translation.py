from modeltranslation.decorators import register

from leiden_site.translation import HomePageTranslation

from .models import HomePage


@register(HomePage)
class HomePageTranslation(HomePageTranslation):
    pass
