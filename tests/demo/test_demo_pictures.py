"""Demo pictures carry no words, and no two subjects get the same picture."""

import pytest
from PIL import ImageDraw

from demo.content import read
from demo.pictures.drawing import MOTIFS, make_demo_image


def refuse_text(*args, **kwargs):
    raise AssertionError("a demo picture must not carry words: every language shows it")


@pytest.mark.parametrize("motif", MOTIFS)
def test_no_picture_has_words_drawn_on_it(monkeypatch, motif):
    monkeypatch.setattr(ImageDraw.ImageDraw, "text", refuse_text)
    monkeypatch.setattr(ImageDraw.ImageDraw, "multiline_text", refuse_text)
    assert make_demo_image("Molen De Valk", motif, ("#B0121B", "#1F5F8B"), size=(320, 180))


def test_subjects_with_the_same_motif_and_colours_get_pictures_of_their_own():
    pictures = read("pictures.yaml")["pictures"]
    titles = [picture["title"] for picture in pictures.values()]
    assert len(set(titles)) == len(titles), "two pictures share a title, so one is never drawn"
    drawn = {
        make_demo_image(title, "leaf", ("#00726B", "#F2B705"), size=(320, 180))
        for title in ["Hortus botanicus Leiden", "Naturalis", "Singelpark"]
    }
    assert len(drawn) == 3
