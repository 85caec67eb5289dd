"""Demo pictures drawn with Pillow: a soft two-colour gradient and a simple Leiden motif.
No downloads, so the demo works offline. A picture carries no words: pages in every
language show it, and words in one language would not be read by the others.
"""

import hashlib
from io import BytesIO

from PIL import Image, ImageOps

from .buildings import paint_bridge, paint_castle, paint_gables, paint_windmill
from .colours import WHITE, mix, rgb
from .emblems import paint_books, paint_keys, paint_leaf

MOTIF_PAINTERS = {
    "gables": paint_gables,
    "windmill": paint_windmill,
    "keys": paint_keys,
    "tower": paint_castle,
    "castle": paint_castle,
    "leaf": paint_leaf,
    "books": paint_books,
    "bridge": paint_bridge,
}

MOTIFS = tuple(MOTIF_PAINTERS)


# --- Background -------------------------------------------------------------------------------


def gradient(
    size: tuple[int, int], start: tuple[int, int, int], end: tuple[int, int, int], glow_x: int
) -> Image.Image:
    """A diagonal gradient with a soft light glow in the upper right, so it never looks flat."""
    width, height = size
    # Pillow's 256×256 linear gradient, turned diagonal and stretched over the canvas.
    ramp = Image.linear_gradient("L").rotate(45, resample=Image.Resampling.BICUBIC, expand=True)
    inset = ramp.width // 4
    ramp = ramp.crop((inset, inset, ramp.width - inset, ramp.height - inset)).resize(size)
    image = Image.composite(Image.new("RGB", size, end), Image.new("RGB", size, start), ramp)

    glow = Image.radial_gradient("L").resize((width, width))
    # Bright centre fading to nothing before the square's edge (181 at the edge's midpoint).
    glow = glow.point(lambda v: max(0, 110 - v * 110 // 175))
    light = Image.new("RGB", size, mix(start, WHITE, 0.6))
    mask = Image.new("L", size, 0)
    mask.paste(glow, (glow_x, -width // 2))
    return Image.composite(light, image, mask)


# --- The picture ------------------------------------------------------------------------------


def make_demo_image(title: str, motif: str, palette: tuple[str, str], size=(1600, 900)) -> bytes:
    """A JPEG picture: gradient in the two colours and the motif. The title only varies the
    composition (which way the motif faces, where the light falls), so two subjects with
    the same motif and colours still get pictures of their own."""
    if motif not in MOTIF_PAINTERS:
        raise ValueError(f"Unknown motif {motif!r}; choose from {', '.join(MOTIFS)}")
    variation = hashlib.sha256(title.encode()).digest()
    colours = (rgb(palette[0]), rgb(palette[1]))
    glow_x = size[0] // 6 + variation[1] * size[0] // 512
    image = gradient(size, *colours, glow_x=glow_x).convert("RGBA")
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    MOTIF_PAINTERS[motif](layer, colours)
    if variation[0] % 2:
        layer = ImageOps.mirror(layer)
    image.alpha_composite(layer)
    output = BytesIO()
    image.convert("RGB").save(output, format="JPEG", quality=85, optimize=True, progressive=True)
    return output.getvalue()
