"""Motifs of Leiden's emblems: the crossed keys, the botanical garden's leaves and books.

Like the buildings, each draws on a transparent RGBA layer, on the right-hand side.
"""

import math
import random

from PIL import Image, ImageDraw

from .colours import mix, tint


def draw_key(size: int, colour) -> Image.Image:
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


def paint_keys(layer: Image.Image, palette) -> None:
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
        fill=tint(palette[0], 45, towards=(0, 0, 0), amount=0.3),
    )
    # Bits up and facing outwards, bows down, crossed in saltire.
    upright = draw_key(size, colour).rotate(180)
    for key, angle in ((upright, -38), (upright.transpose(Image.Transpose.FLIP_LEFT_RIGHT), 38)):
        key = key.rotate(angle, resample=Image.Resampling.BICUBIC)
        layer.alpha_composite(key, (centre[0] - size // 2, centre[1] - size // 2))


def paint_leaf(layer: Image.Image, palette) -> None:
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
        draw.polygon(outline, fill=tint(palette[1], alpha, amount=0.55))
        vein = (*mix(palette[1], (0, 0, 0), 0.2), min(255, alpha + 20))
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


def paint_books(layer: Image.Image, palette) -> None:
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
        colour = tint(palette[index % 2], 225, amount=tone)
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
            fill=tint(palette[i % 2], 230, amount=0.5 + 0.1 * i),
        )
        draw.rectangle(
            (left + book_w - 24, y - book_h + 6, left + book_w - 6, y - 6),
            fill=(255, 255, 255, 140),
        )
        y -= book_h
