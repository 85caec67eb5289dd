from .home import VvvHomePage

__all__ = ["VvvHomePage"]
