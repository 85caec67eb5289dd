from modeltranslation.decorators import register

from leiden_site.translation import HomePageTranslation

from .models import ExpatHomePage


@register(ExpatHomePage)
class ExpatHomePageTranslation(HomePageTranslation):
    pass
