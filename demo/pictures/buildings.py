"""Motifs of Leiden's buildings: canal houses, a tower mill, De Burcht and an arched bridge.

Each motif draws on a transparent RGBA layer of the full canvas size. They keep to the
right-hand side and the lower half so the title on the left stays readable.
"""

import math
import random

from PIL import Image, ImageDraw, ImageFilter

from .colours import mix, tint


def paint_gables(layer: Image.Image, palette) -> None:
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
        fill = tint(palette[index % 2], 215, amount=0.55 + 0.1 * (index % 3))
        draw_house(hdraw, x, top, house_w, waterline, fill, style=index % 3)
        x += house_w + 2
        index += 1
    layer.alpha_composite(houses)

    # The canal: a darker band with the houses mirrored and broken up by ripples.
    draw.rectangle((0, waterline, width, height), fill=(*mix(palette[1], (0, 0, 0), 0.35), 120))
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


def draw_house(draw, x, top, house_w, bottom, fill, style) -> None:
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


def paint_windmill(layer: Image.Image, palette) -> None:
    """A tall tower mill with a stage, like Molen De Valk on the Binnenvestgracht."""
    width, height = layer.size
    draw = ImageDraw.Draw(layer)
    ground = int(height * 0.9)
    cx = int(width * 0.68)
    base_half = int(width * 0.085)
    top_half = int(width * 0.05)
    top = int(height * 0.3)
    body = tint(palette[0], 225, amount=0.7)
    dark = tint(palette[1], 230, towards=(0, 0, 0), amount=0.35)

    draw.rectangle((0, ground, width, height), fill=tint(palette[1], 130, amount=0.3))
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
        draw_sail(draw, hub, angle, sail_length, body, dark)
    draw.ellipse((hub[0] - 14, hub[1] - 14, hub[0] + 14, hub[1] + 14), fill=dark)


def draw_sail(draw, hub, angle_deg, length, fill, line) -> None:
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


def paint_castle(layer: Image.Image, palette) -> None:
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
        fill=tint(palette[1], 190, amount=0.35),
    )
    draw.rectangle((0, ground, width, height), fill=tint(palette[1], 150, amount=0.25))
    # The keep: a wide, low cylinder seen from the side.
    wall = tint(palette[0], 230, amount=0.75)
    shade = tint(palette[0], 230, amount=0.55)
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
        fill=tint(palette[0], 140, amount=0.85),
    )
    # A flag on a pole.
    draw.line((cx, keep_top - merlon, cx, keep_top - 150), fill=wall, width=5)
    draw.polygon(
        [(cx, keep_top - 150), (cx + 70, keep_top - 130), (cx, keep_top - 110)],
        fill=(255, 255, 255, 230),
    )


def paint_bridge(layer: Image.Image, palette) -> None:
    """An arched brick bridge over a canal, its arch mirrored in the water."""
    width, height = layer.size
    draw = ImageDraw.Draw(layer)
    waterline = int(height * 0.7)
    left, right = int(width * 0.34), int(width * 0.98)
    deck = int(height * 0.42)
    stone = tint(palette[0], 225, amount=0.65)
    draw.rectangle((0, waterline, width, height), fill=(*mix(palette[1], (0, 0, 0), 0.3), 120))
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
