"""Demo pictures drawn with Pillow: a soft two-colour gradient, a simple Leiden motif
and the subject's name. No downloads and no external fonts, so the demo works offline.

`make_demo_image` returns JPEG bytes; `get_or_create_demo_image` stores the picture once
as a Wagtail image in the "Demo" collection.
"""

import math
import random
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter, ImageFont

MOTIFS = ("gables", "windmill", "keys", "tower", "castle", "leaf", "books", "bridge")
DEMO_COLLECTION = "Demo"

WHITE = (255, 255, 255)


# --- Colour helpers ---------------------------------------------------------------------------


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a: tuple[int, ...], b: tuple[int, ...], t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a[:3], b[:3], strict=True))


def _tint(
    colour: tuple[int, ...], alpha: int, towards=WHITE, amount=0.8
) -> tuple[int, int, int, int]:
    """A light (or dark) version of a palette colour, as RGBA for the motif layer."""
    return (*_mix(colour, towards, amount), alpha)


# --- Background -------------------------------------------------------------------------------


def _gradient(
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
    light = Image.new("RGB", size, _mix(start, WHITE, 0.6))
    mask = Image.new("L", size, 0)
    mask.paste(glow, (width // 3, -width // 2))
    return Image.composite(light, image, mask)


# --- Motifs -----------------------------------------------------------------------------------
# Each motif draws on a transparent RGBA layer of the full canvas size. They keep to the
# right-hand side and the lower half so the title on the left stays readable.


def _gables(layer: Image.Image, palette) -> None:
    width, height = layer.size
    draw = ImageDraw.Draw(layer)
    waterline = int(height * 0.72)
    rng = random.Random(1575)  # fixed seed: the same picture on every run
    houses = Image.new("RGBA", layer.size, (0, 0, 0, 0))
    hdraw = ImageDraw.Draw(houses)
    x = int(width * 0.30)
    index = 0
    while x < width:
        house_w = rng.randint(int(width * 0.075), int(width * 0.105))
        top = waterline - rng.randint(int(height * 0.30), int(height * 0.44))
        fill = _tint(palette[index % 2], 215, amount=0.55 + 0.1 * (index % 3))
        _draw_house(hdraw, x, top, house_w, waterline, fill, style=index % 3)
        x += house_w + 2
        index += 1
    layer.alpha_composite(houses)

    # The canal: a darker band with the houses mirrored and broken up by ripples.
    draw.rectangle((0, waterline, width, height), fill=(*_mix(palette[1], (0, 0, 0), 0.35), 120))
    reflection = houses.crop((0, waterline - (height - waterline), width, waterline))
    reflection = reflection.transpose(Image.Transpose.FLIP_TOP_BOTTOM).filter(
        ImageFilter.GaussianBlur(3)
    )
    reflection.putalpha(reflection.getchannel("A").point(lambda a: a * 45 // 100))
    layer.alpha_composite(reflection, (0, waterline))
    for row in range(waterline + 12, height, 18):
        offset = (row * 37) % 90
        for start in range(-offset, width, 150):
            draw.line((start, row, start + 70, row), fill=(255, 255, 255, 70), width=2)
    draw.line((0, waterline, width, waterline), fill=(255, 255, 255, 150), width=3)


def _draw_house(draw, x, top, house_w, bottom, fill, style) -> None:
    """One canal house: a façade, a gable (stepped, neck or spout) and a grid of windows."""
    gable_h = int(house_w * 0.55)
    body_top = top + gable_h
    draw.rectangle((x, body_top, x + house_w, bottom), fill=fill)
    mid = x + house_w / 2
    if style == 0:  # stepped gable
        steps = 3
        points = [(x, body_top)]
        for step in range(steps):
            inset = house_w * (step + 1) / (2 * steps + 2)
            level = body_top - gable_h * (step + 1) / (steps + 1)
            points += [(x + inset - house_w / 12, points[-1][1]), (x + inset - house_w / 12, level)]
        points += [(mid - house_w / 8, top), (mid + house_w / 8, top)]
        right = [(2 * mid - px, py) for px, py in reversed(points)]
        draw.polygon(points + right, fill=fill)
    elif style == 1:  # neck gable: a tall narrow top with shoulders
        draw.polygon(
            [
                (x, body_top),
                (x + house_w * 0.22, body_top - gable_h * 0.35),
                (x + house_w * 0.28, top + gable_h * 0.15),
                (mid, top),
                (x + house_w * 0.72, top + gable_h * 0.15),
                (x + house_w * 0.78, body_top - gable_h * 0.35),
                (x + house_w, body_top),
            ],
            fill=fill,
        )
    else:  # spout gable: a simple point
        draw.polygon([(x, body_top), (mid, top), (x + house_w, body_top)], fill=fill)

    window = (255, 255, 255, 170)
    pane_w = house_w * 0.2
    pane_h = house_w * 0.28
    row_y = body_top + pane_h * 0.5
    while row_y + pane_h < bottom - house_w * 0.45:
        for column in (0.2, 0.6):
            left = x + house_w * column
            draw.rectangle((left, row_y, left + pane_w, row_y + pane_h), fill=window)
        row_y += pane_h * 1.6
    # The door, with a top light.
    door_left = mid - house_w * 0.12
    draw.rectangle(
        (door_left, bottom - house_w * 0.4, door_left + house_w * 0.24, bottom), fill=window
    )


def _windmill(layer: Image.Image, palette) -> None:
    """A tall tower mill with a stage, like Molen De Valk on the Binnenvestgracht."""
    width, height = layer.size
    draw = ImageDraw.Draw(layer)
    ground = int(height * 0.9)
    cx = int(width * 0.68)
    base_half = int(width * 0.085)
    top_half = int(width * 0.05)
    top = int(height * 0.3)
    body = _tint(palette[0], 225, amount=0.7)
    dark = _tint(palette[1], 230, towards=(0, 0, 0), amount=0.35)

    draw.rectangle((0, ground, width, height), fill=_tint(palette[1], 130, amount=0.3))
    draw.polygon(
        [
            (cx - base_half, ground),
            (cx - top_half, top),
            (cx + top_half, top),
            (cx + base_half, ground),
        ],
        fill=body,
    )
    # The stage: a balcony around the mill about halfway up, with its struts.
    stage_y = int(top + (ground - top) * 0.48)
    stage_half = int(base_half * 1.5)
    draw.rectangle((cx - stage_half, stage_y, cx + stage_half, stage_y + 10), fill=dark)
    for side in (-1, 1):
        draw.line(
            (cx + side * stage_half, stage_y + 10, cx + side * int(base_half * 0.8), stage_y + 70),
            fill=dark,
            width=5,
        )
    # Cap, door and windows.
    draw.chord((cx - top_half - 14, top - 60, cx + top_half + 14, top + 40), 180, 360, fill=dark)
    draw.rounded_rectangle((cx - 22, ground - 80, cx + 22, ground), radius=18, fill=dark)
    for wy in (top + 60, stage_y - 70, stage_y + 60):
        draw.rounded_rectangle((cx - 12, wy, cx + 12, wy + 34), radius=10, fill=dark)

    # Four sails on a hub, each a lattice frame.
    hub = (cx, top - 5)
    sail_length = int(height * 0.36)
    for angle in (20, 110, 200, 290):
        _sail(draw, hub, angle, sail_length, body, dark)
    draw.ellipse((hub[0] - 14, hub[1] - 14, hub[0] + 14, hub[1] + 14), fill=dark)


def _sail(draw, hub, angle_deg, length, fill, line) -> None:
    angle = math.radians(angle_deg)
    dx, dy = math.cos(angle), math.sin(angle)
    px, py = -dy, dx  # perpendicular: the sail's width runs along it
    inner, sail_w = 0.18 * length, 0.16 * length

    def point(along, across):
        return (hub[0] + dx * along + px * across, hub[1] + dy * along + py * across)

    draw.line((hub, point(length, 0)), fill=line, width=8)
    corners = [point(inner, 0), point(length, 0), point(length, sail_w), point(inner, sail_w)]
    draw.polygon(corners, outline=line, fill=(*fill[:3], 90))
    for step in range(1, 8):
        along = inner + (length - inner) * step / 8
        draw.line((point(along, 0), point(along, sail_w)), fill=line, width=2)
    draw.line((point(inner, sail_w / 2), point(length, sail_w / 2)), fill=line, width=2)


def _key(size: int, colour) -> Image.Image:
    """One upright key (bow at the top, bit at the bottom) on its own transparent layer."""
    key = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(key)
    cx = size // 2
    bow = size * 0.13
    thick = max(6, size // 28)
    draw.ellipse(
        (cx - bow, size * 0.06, cx + bow, size * 0.06 + 2 * bow), outline=colour, width=thick * 2
    )
    draw.rectangle((cx - thick, size * 0.06 + 2 * bow - thick, cx + thick, size * 0.9), fill=colour)
    # The bit: a block with two notches, facing right.
    bit_top, bit_w = size * 0.72, size * 0.16
    draw.rectangle((cx, bit_top, cx + bit_w, size * 0.9), fill=colour)
    notch = size * 0.035
    for y in (bit_top + notch, bit_top + 3 * notch):
        draw.rectangle((cx + bit_w * 0.5, y, cx + bit_w, y + notch), fill=(0, 0, 0, 0))
    draw.rectangle((cx - thick * 2, size * 0.36, cx + thick * 2, size * 0.36 + thick), fill=colour)
    return key


def _keys(layer: Image.Image, palette) -> None:
    """Two crossed keys, as in the arms of Leiden."""
    width, height = layer.size
    size = int(height * 0.85)
    colour = (255, 255, 255, 215)
    centre = (int(width * 0.7), int(height * 0.52))
    # A soft shield shape behind the keys.
    draw = ImageDraw.Draw(layer)
    half = int(size * 0.42)
    draw.rounded_rectangle(
        (centre[0] - half, centre[1] - half, centre[0] + half, centre[1] + half),
        radius=half // 3,
        fill=_tint(palette[0], 45, towards=(0, 0, 0), amount=0.3),
    )
    # Bits up and facing outwards, bows down, crossed in saltire.
    upright = _key(size, colour).rotate(180)
    for key, angle in ((upright, -38), (upright.transpose(Image.Transpose.FLIP_LEFT_RIGHT), 38)):
        key = key.rotate(angle, resample=Image.Resampling.BICUBIC)
        layer.alpha_composite(key, (centre[0] - size // 2, centre[1] - size // 2))


def _castle(layer: Image.Image, palette) -> None:
    """De Burcht: a round shell keep with battlements on a green mound."""
    width, height = layer.size
    draw = ImageDraw.Draw(layer)
    cx = int(width * 0.68)
    ground = int(height * 0.92)
    mound_top = int(height * 0.6)
    mound_half = int(width * 0.28)
    draw.chord(
        (cx - mound_half, mound_top, cx + mound_half, ground + (ground - mound_top)),
        180,
        360,
        fill=_tint(palette[1], 190, amount=0.35),
    )
    draw.rectangle((0, ground, width, height), fill=_tint(palette[1], 150, amount=0.25))
    # The keep: a wide, low cylinder seen from the side.
    wall = _tint(palette[0], 230, amount=0.75)
    shade = _tint(palette[0], 230, amount=0.55)
    keep_half = int(width * 0.15)
    keep_top = int(height * 0.38)
    keep_bottom = mound_top + int(height * 0.06)
    draw.rectangle((cx - keep_half, keep_top, cx + keep_half, keep_bottom), fill=wall)
    draw.ellipse((cx - keep_half, keep_bottom - 30, cx + keep_half, keep_bottom + 30), fill=wall)
    draw.rectangle((cx + keep_half * 0.45, keep_top, cx + keep_half, keep_bottom), fill=shade)
    # Battlements along the top edge.
    merlon = keep_half * 2 // 11
    for i in range(0, 11, 2):
        left = cx - keep_half + i * merlon
        draw.rectangle((left, keep_top - merlon * 0.8, left + merlon, keep_top), fill=wall)
    # The gate and a path down the mound.
    gate_half = int(keep_half * 0.17)
    draw.rectangle(
        (cx - gate_half, keep_bottom - gate_half * 3, cx + gate_half, keep_bottom + 10),
        fill=(40, 40, 40, 160),
    )
    draw.pieslice(
        (cx - gate_half, keep_bottom - gate_half * 4, cx + gate_half, keep_bottom - gate_half * 2),
        180,
        360,
        fill=(40, 40, 40, 160),
    )
    draw.polygon(
        [
            (cx - gate_half, keep_bottom + 10),
            (cx + gate_half, keep_bottom + 10),
            (cx + gate_half * 3, ground),
            (cx - gate_half * 3, ground),
        ],
        fill=_tint(palette[0], 140, amount=0.85),
    )
    # A flag on a pole.
    draw.line((cx, keep_top - merlon, cx, keep_top - 150), fill=wall, width=5)
    draw.polygon(
        [(cx, keep_top - 150), (cx + 70, keep_top - 130), (cx, keep_top - 110)],
        fill=(255, 255, 255, 230),
    )


def _leaf(layer: Image.Image, palette) -> None:
    """Three leaves with veins, for the botanical garden."""
    width, height = layer.size
    specs = [
        ((0.70, 0.55), 0.55, -30, 215),
        ((0.86, 0.36), 0.36, 35, 170),
        ((0.55, 0.82), 0.30, -75, 150),
    ]
    for (fx, fy), scale, angle, alpha in specs:
        length = int(height * scale)
        leaf = Image.new("RGBA", (length, length), (0, 0, 0, 0))
        draw = ImageDraw.Draw(leaf)
        half_w = length * 0.26
        cx = length / 2
        outline = []
        for i in range(41):  # a pointed oval: widest a little below the middle
            t = i / 40
            y = length * 0.05 + t * length * 0.9
            x = half_w * math.sin(math.pi * t) ** 0.8
            outline.append((cx + x, y))
        outline += [(2 * cx - x, y) for x, y in reversed(outline)]
        draw.polygon(outline, fill=_tint(palette[1], alpha, amount=0.55))
        vein = (*_mix(palette[1], (0, 0, 0), 0.2), min(255, alpha + 20))
        draw.line((cx, length * 0.05, cx, length * 0.98), fill=vein, width=max(3, length // 90))
        for i in range(1, 7):
            y = length * (0.12 + i * 0.11)
            reach = half_w * 0.85 * math.sin(math.pi * (y / length))
            for side in (-1, 1):
                draw.line(
                    (cx, y, cx + side * reach, y - length * 0.08),
                    fill=vein,
                    width=max(2, length // 160),
                )
        leaf = leaf.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        layer.alpha_composite(
            leaf, (int(width * fx - leaf.width / 2), int(height * fy - leaf.height / 2))
        )


def _books(layer: Image.Image, palette) -> None:
    """A shelf of standing books beside a small stack, for the university."""
    width, height = layer.size
    draw = ImageDraw.Draw(layer)
    shelf = int(height * 0.82)
    draw.rectangle(
        (int(width * 0.38), shelf, width - int(width * 0.04), shelf + 18), fill=(255, 255, 255, 190)
    )
    rng = random.Random(1606)
    x = int(width * 0.42)
    index = 0
    while x < width * 0.78:
        book_w = rng.randint(38, 70)
        book_h = rng.randint(int(height * 0.32), int(height * 0.48))
        tone = (0.45, 0.7, 0.85)[index % 3]
        colour = _tint(palette[index % 2], 225, amount=tone)
        lean = 0 if index % 5 != 3 else 1  # one book leans on its neighbour
        if lean:
            draw.polygon(
                [
                    (x, shelf),
                    (x + book_w, shelf),
                    (x + book_w + 60, shelf - book_h),
                    (x + 60, shelf - book_h),
                ],
                fill=colour,
            )
            x += 60
        else:
            draw.rectangle((x, shelf - book_h, x + book_w, shelf), fill=colour)
            for band in (0.12, 0.85):
                y = shelf - book_h * (1 - band)
                draw.rectangle((x + 6, y, x + book_w - 6, y + 8), fill=(255, 255, 255, 120))
        x += book_w + 4
        index += 1
    # A stack of lying books on the right.
    y = shelf
    for i, (book_w, book_h) in enumerate([(260, 52), (230, 44), (250, 48), (200, 40)]):
        left = int(width * 0.8) - book_w // 2 + (i % 2) * 16
        draw.rectangle(
            (left, y - book_h, left + book_w, y),
            fill=_tint(palette[i % 2], 230, amount=0.5 + 0.1 * i),
        )
        draw.rectangle(
            (left + book_w - 24, y - book_h + 6, left + book_w - 6, y - 6),
            fill=(255, 255, 255, 140),
        )
        y -= book_h


def _bridge(layer: Image.Image, palette) -> None:
    """An arched brick bridge over a canal, its arch mirrored in the water."""
    width, height = layer.size
    draw = ImageDraw.Draw(layer)
    waterline = int(height * 0.7)
    left, right = int(width * 0.34), int(width * 0.98)
    deck = int(height * 0.42)
    stone = _tint(palette[0], 225, amount=0.65)
    draw.rectangle((0, waterline, width, height), fill=(*_mix(palette[1], (0, 0, 0), 0.3), 120))
    draw.polygon(
        [(left, waterline), (left + 80, deck), (right - 80, deck), (right, waterline)], fill=stone
    )
    cx = (left + right) // 2
    arch_half = int((right - left) * 0.28)
    arch_top = deck + int(height * 0.09)
    clear = (0, 0, 0, 0)
    draw.chord(
        (cx - arch_half, arch_top, cx + arch_half, waterline + (waterline - arch_top)),
        180,
        360,
        fill=clear,
    )
    draw.rectangle((cx - arch_half, waterline - 2, cx + arch_half, waterline + 2), fill=clear)
    # Keystone ring and railing.
    draw.arc(
        (
            cx - arch_half - 16,
            arch_top - 16,
            cx + arch_half + 16,
            waterline + (waterline - arch_top) + 16,
        ),
        180,
        360,
        fill=(255, 255, 255, 160),
        width=10,
    )
    draw.rectangle((left + 60, deck - 12, right - 60, deck), fill=(255, 255, 255, 200))
    for post in range(left + 80, right - 60, 60):
        draw.line((post, deck - 70, post, deck), fill=(255, 255, 255, 200), width=6)
    draw.line((left + 70, deck - 70, right - 70, deck - 70), fill=(255, 255, 255, 200), width=6)
    # Reflection of the bridge in the water: arch and piers, faint and rippled.
    reflection = layer.crop((0, deck - 70, width, waterline)).transpose(
        Image.Transpose.FLIP_TOP_BOTTOM
    )
    reflection.putalpha(reflection.getchannel("A").point(lambda a: a * 35 // 100))
    layer.alpha_composite(reflection.filter(ImageFilter.GaussianBlur(2)), (0, waterline))
    for row in range(waterline + 14, height, 20):
        offset = (row * 53) % 110
        for start in range(-offset, width, 170):
            draw.line((start, row, start + 80, row), fill=(255, 255, 255, 60), width=2)


MOTIF_PAINTERS = {
    "gables": _gables,
    "windmill": _windmill,
    "keys": _keys,
    "tower": _castle,
    "castle": _castle,
    "leaf": _leaf,
    "books": _books,
    "bridge": _bridge,
}


# --- Text -------------------------------------------------------------------------------------


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, ImportError, OSError):  # Pillow without FreeType: a small bitmap font
        return ImageFont.load_default()


def _draw_title(image: Image.Image, title: str) -> None:
    """The subject's name, large, on the left, wrapped to two lines when long."""
    width, height = image.size
    draw = ImageDraw.Draw(image)
    max_width = int(width * 0.5)
    size = int(height * 0.11)
    while True:
        font = _font(size)
        lines = _wrap(draw, title, font, max_width)
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


def _wrap(draw, text: str, font, max_width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return lines + [current] if current else lines


# --- Public API -------------------------------------------------------------------------------


def make_demo_image(title: str, motif: str, palette: tuple[str, str], size=(1600, 900)) -> bytes:
    """A JPEG picture: gradient in the two colours, the motif, and the title."""
    if motif not in MOTIF_PAINTERS:
        raise ValueError(f"Unknown motif {motif!r}; choose from {', '.join(MOTIFS)}")
    colours = (_rgb(palette[0]), _rgb(palette[1]))
    image = _gradient(size, *colours).convert("RGBA")
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    MOTIF_PAINTERS[motif](layer, colours)
    image.alpha_composite(layer)
    _draw_title(image, title)
    output = BytesIO()
    image.convert("RGB").save(output, format="JPEG", quality=85, optimize=True, progressive=True)
    return output.getvalue()


def demo_collection():
    from wagtail.models import Collection

    existing = Collection.objects.filter(name=DEMO_COLLECTION).first()
    if existing:
        return existing
    return Collection.get_first_root_node().add_child(name=DEMO_COLLECTION)


def get_or_create_demo_image(
    title: str, motif: str, palette: tuple[str, str], alt: str = "", size=(1600, 900)
):
    """The Wagtail image with this title, drawn and stored the first time only."""
    from django.core.files.images import ImageFile
    from django.utils.text import slugify

    from wagtail.images import get_image_model

    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).order_by("pk").first()
    if existing:
        if alt and getattr(existing, "description", alt) != alt:
            existing.description = alt
            existing.save(update_fields=["description"])
        return existing
    data = make_demo_image(title, motif, palette, size=size)
    image = image_model(
        title=title,
        collection=demo_collection(),
        file=ImageFile(BytesIO(data), name=f"demo-{slugify(title)}.jpg"),
    )
    if hasattr(image, "description"):
        image.description = alt  # Wagtail 6.3+: the image's default alternative text
    image.save()
    return image
