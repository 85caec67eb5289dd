"""Demo pictures drawn with Pillow: a soft two-colour gradient, a simple Leiden motif and the
subject's name. No downloads and no external fonts, so the demo works offline.
"""

from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter, ImageFont

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
    size: tuple[int, int], start: tuple[int, int, int], end: tuple[int, int, int]
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
    mask.paste(glow, (width // 3, -width // 2))
    return Image.composite(light, image, mask)


# --- Text -------------------------------------------------------------------------------------


def font_of_size(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, ImportError, OSError):  # Pillow without FreeType: a small bitmap font
        return ImageFont.load_default()


def draw_title(image: Image.Image, title: str) -> None:
    """The subject's name, large, on the left, wrapped to two lines when long."""
    width, height = image.size
    draw = ImageDraw.Draw(image)
    max_width = int(width * 0.5)
    size = int(height * 0.11)
    while True:
        font = font_of_size(size)
        lines = wrap_words(draw, title, font, max_width)
        if (
            len(lines) <= 3 and all(draw.textlength(line, font=font) <= max_width for line in lines)
        ) or size <= 24:
            break
        size -= 4
    line_height = int(size * 1.15)
    y = int(height * 0.1)
    for line in lines:
        # A soft shadow keeps white text legible on the light parts of the gradient.
        shadow = Image.new("RGBA", image.size, (0, 0, 0, 0))
        ImageDraw.Draw(shadow).text(
            (int(width * 0.06) + 3, y + 4), line, font=font, fill=(0, 0, 0, 150)
        )
        image.alpha_composite(shadow.filter(ImageFilter.GaussianBlur(6)))
        draw.text((int(width * 0.06), y), line, font=font, fill=(255, 255, 255, 255))
        y += line_height
    # A short rule under the title, in the Leiden-flag manner.
    draw.rectangle(
        (int(width * 0.06), y + 18, int(width * 0.06) + 120, y + 26), fill=(255, 255, 255, 230)
    )


def wrap_words(draw, text: str, font, max_width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return lines + [current] if current else lines


# --- The picture ------------------------------------------------------------------------------


def make_demo_image(
    title: str, motif: str, palette: tuple[str, str], size=(1600, 900), words: bool = True
) -> bytes:
    """A JPEG picture: gradient in the two colours, the motif, and the title unless `words`
    is False (a picture shown in every language must not carry one language's words)."""
    if motif not in MOTIF_PAINTERS:
        raise ValueError(f"Unknown motif {motif!r}; choose from {', '.join(MOTIFS)}")
    colours = (rgb(palette[0]), rgb(palette[1]))
    image = gradient(size, *colours).convert("RGBA")
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    MOTIF_PAINTERS[motif](layer, colours)
    image.alpha_composite(layer)
    if words:
        draw_title(image, title)
    output = BytesIO()
    image.convert("RGB").save(output, format="JPEG", quality=85, optimize=True, progressive=True)
    return output.getvalue()
