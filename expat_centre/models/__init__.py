from .home import ExpatHomePage

__all__ = ["ExpatHomePage"]
