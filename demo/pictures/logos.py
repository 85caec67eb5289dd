"""Made-up logos for the demo's city partners, drawn with Pillow: a mark (a shape in the
partner's own colour with its initials) above its name, on white. Each partner gets its
own colours, shape and initials, so the directory reads as a wall of distinct organisations
rather than one illustration repeated. Nothing is copied from a real logo."""

from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

from .colours import WHITE, rgb

LOGO_SIZE = (600, 400)


def font_of_size(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, ImportError, OSError):  # Pillow without FreeType: a small bitmap font
        return ImageFont.load_default()


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


def _mark_box(size):
    width, height = size
    side = int(height * 0.5)
    left, top = (width - side) // 2, int(height * 0.12)
    return (left, top, left + side, top + side)


def paint_circle(draw, box, colour, accent):
    draw.ellipse(box, fill=colour)
    inset = (box[2] - box[0]) // 14
    draw.arc(
        (box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset),
        200,
        340,
        fill=accent,
        width=max(4, inset // 2),
    )


def paint_square(draw, box, colour, accent):
    draw.rounded_rectangle(box, radius=(box[2] - box[0]) // 6, fill=colour)
    draw.rectangle((box[0], box[3] - (box[3] - box[1]) // 7, box[2], box[3]), fill=accent)


def paint_diamond(draw, box, colour, accent):
    cx, cy = (box[0] + box[2]) // 2, (box[1] + box[3]) // 2
    half = (box[2] - box[0]) // 2
    draw.polygon([(cx, cy - half), (cx + half, cy), (cx, cy + half), (cx - half, cy)], fill=colour)
    draw.line(
        [(cx - half // 2, cy + half // 2 + 6), (cx + half // 2, cy + half // 2 + 6)],
        fill=accent,
        width=6,
    )


def paint_shield(draw, box, colour, accent):
    left, top, right, bottom = box
    middle = top + (bottom - top) * 3 // 5
    draw.polygon(
        [(left, top), (right, top), (right, middle), ((left + right) // 2, bottom), (left, middle)],
        fill=colour,
    )
    draw.rectangle((left, top, right, top + (bottom - top) // 8), fill=accent)


def paint_bars(draw, box, colour, accent):
    left, top, right, bottom = box
    band = (bottom - top) // 5
    draw.rectangle(box, fill=colour)
    for offset in (0, 4):
        draw.rectangle(
            (left, top + offset * band, right, top + offset * band + band // 2), fill=accent
        )


SHAPES = {
    "circle": paint_circle,
    "square": paint_square,
    "diamond": paint_diamond,
    "shield": paint_shield,
    "bars": paint_bars,
}


def _centred_text(draw, text, font, centre_x, top, fill, stroke=0):
    width = draw.textlength(text, font=font)
    draw.text(
        (centre_x - width / 2, top),
        text,
        font=font,
        fill=fill,
        stroke_width=stroke,
        stroke_fill=fill,
    )


def make_partner_logo(
    name: str, initials: str, colours: tuple[str, str], shape: str, size=LOGO_SIZE
) -> bytes:
    """A PNG logo: the mark in the first colour (the second as its accent), the initials in
    white on it, and the name in the first colour underneath, wrapped to two lines."""
    if shape not in SHAPES:
        raise ValueError(f"Unknown logo shape {shape!r}; choose from {', '.join(SHAPES)}")
    colour, accent = rgb(colours[0]), rgb(colours[1])
    image = Image.new("RGB", size, WHITE)
    draw = ImageDraw.Draw(image)
    box = _mark_box(size)
    SHAPES[shape](draw, box, colour, accent)

    side = box[2] - box[0]
    letters = initials[:3]
    font_size = int(side * (0.5 if len(letters) < 3 else 0.36))
    font = font_of_size(font_size)
    _centred_text(
        draw, letters, font, size[0] // 2, box[1] + (side - font_size) // 2 - 4, WHITE, stroke=2
    )

    width, height = size
    name_size = int(height * 0.085)
    while True:
        name_font = font_of_size(name_size)
        lines = wrap_words(draw, name, name_font, int(width * 0.9))
        if len(lines) <= 2 or name_size <= 18:
            break
        name_size -= 2
    top = box[3] + int(height * 0.06)
    for line in lines:
        _centred_text(draw, line, name_font, width // 2, top, colour)
        top += int(name_size * 1.2)
    output = BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()
