"""Colour helpers for the generated pictures: hex to RGB, mixing and light or dark tints."""

WHITE = (255, 255, 255)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def mix(start: tuple[int, ...], end: tuple[int, ...], share: float) -> tuple[int, int, int]:
    """The colour `share` of the way from start to end (0: start, 1: end)."""
    return tuple(
        round(this + (that - this) * share) for this, that in zip(start[:3], end[:3], strict=True)
    )


def tint(
    colour: tuple[int, ...], alpha: int, towards=WHITE, amount=0.8
) -> tuple[int, int, int, int]:
    """A light (or dark) version of a palette colour, as RGBA for the motif layer."""
    return (*mix(colour, towards, amount), alpha)
