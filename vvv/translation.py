from modeltranslation.decorators import register

from leiden_site.translation import HomePageTranslation

from .models import VvvHomePage


@register(VvvHomePage)
class VvvHomePageTranslation(HomePageTranslation):
    pass
