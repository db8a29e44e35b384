"""The overview's bar chart as a PNG, for the Word report and the workbook.

Drawn here with the standard library (``zlib`` and ``struct``): no imaging library is
installed, and the chart is six bars. The geometry is the SVG chart's
(``oversight.overview.chart``): one row per figure, in the overview's order, a bar as long
as its count relative to the largest, in the colour of its light, with the count written
after the bar (a 5 x 7 digit font, drawn three times larger). The labels are not drawn: the
documents put the picture next to the table of figures, in the same order, and
:func:`caption` says so in words.
"""

from __future__ import annotations

import struct
import zlib
from typing import TYPE_CHECKING

from oversight.overview.chart import COLOURS, LIGHT_WORDS

if TYPE_CHECKING:
    from oversight.overview.model import Overview

WIDTH = 600
ROW = 44
BAR = 26
PAD = 12
SCALE = 3
VALUE_SPACE = 90
GRID = (200, 200, 200)
WHITE = (255, 255, 255)
#: Digits 0-9, 5 columns x 7 rows, each row a 5-bit number (most significant bit left).
DIGITS = {
    "0": (14, 17, 19, 21, 25, 17, 14), "1": (4, 12, 4, 4, 4, 4, 14), "2": (14, 17, 1, 2, 4, 8, 31),
    "3": (31, 2, 4, 2, 1, 17, 14), "4": (2, 6, 10, 18, 31, 2, 2), "5": (31, 16, 30, 1, 1, 17, 14),
    "6": (6, 8, 16, 30, 17, 17, 14), "7": (31, 1, 2, 4, 8, 8, 8), "8": (14, 17, 17, 14, 17, 17, 14),
    "9": (14, 17, 17, 15, 1, 2, 12),
}


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


class _Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(bytes(WHITE) * width * height)

    def rect(self, x: int, y: int, w: int, h: int, colour: tuple[int, int, int]) -> None:
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.width, x + w), min(self.height, y + h)
        if x1 <= x0 or y1 <= y0:
            return
        line = bytes(colour) * (x1 - x0)
        for row in range(y0, y1):
            start = (row * self.width + x0) * 3
            self.pixels[start : start + len(line)] = line

    def number(self, x: int, y: int, value: int, colour: tuple[int, int, int]) -> None:
        for digit in str(value):
            for row, bits in enumerate(DIGITS[digit]):
                for column in range(5):
                    if bits & (1 << (4 - column)):
                        self.rect(x + column * SCALE, y + row * SCALE, SCALE, SCALE, colour)
            x += 6 * SCALE

    def png(self) -> bytes:
        raw = b"".join(
            b"\x00" + bytes(self.pixels[row * self.width * 3 : (row + 1) * self.width * 3])
            for row in range(self.height)
        )

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(
            b"IEND", b""
        )


def overview_png(overview: Overview) -> bytes:
    """The bar chart of ``overview`` as PNG bytes (RGB, 8 bits per channel)."""
    figures = overview.figures
    height = PAD * 2 + ROW * len(figures)
    canvas = _Canvas(WIDTH, height)
    largest = max((f.count for f in figures), default=0) or 1
    span = WIDTH - PAD * 2 - VALUE_SPACE
    canvas.rect(PAD, PAD - 4, 1, height - PAD * 2 + 8, GRID)
    for index, figure in enumerate(figures):
        top = PAD + index * ROW + (ROW - BAR) // 2
        colour = _rgb(COLOURS[figure.light])
        length = round(span * figure.count / largest) if figure.count else 0
        canvas.rect(PAD + 1, top, length, BAR, colour)
        canvas.number(PAD + length + 10, top + (BAR - 7 * SCALE) // 2, figure.count, colour)
    return canvas.png()


def caption(overview: Overview) -> str:
    """The picture in words, in the order of its bars."""
    parts = [f"{f.label}: {f.count} ({LIGHT_WORDS[f.light]})" for f in overview.figures]
    return "Staafdiagram, van boven naar beneden: " + "; ".join(parts) + "."
