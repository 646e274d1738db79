"""WCAG 2 contrast: relative luminance, contrast ratio, and a colour nudged until it is readable."""

from __future__ import annotations

RGB = tuple[int, int, int]
AA_TEXT = 4.5  # WCAG 2.1 AA for normal text


def parse_hex(colour: str) -> RGB:
    """"#rrggbb" (or "#rgb") as a tuple of 0-255 channels."""
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def to_hex(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def relative_luminance(rgb: RGB) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: RGB, background: RGB) -> float:
    """From 1 (same colour) to 21 (black on white), symmetric."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(a: RGB, b: RGB, share_of_b: float) -> RGB:
    """``a`` moved towards ``b`` by ``share_of_b`` (0: a, 1: b)."""
    return tuple(round(x + (y - x) * share_of_b) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def readable(colour: RGB, background: RGB, minimum: float = AA_TEXT) -> RGB:
    """``colour`` itself when it reads on ``background``, else the least change of it
    towards black (light background) or white (dark one) that does: the hue stays, so red
    still says "overdue" on a dark palette."""
    if contrast_ratio(colour, background) >= minimum:
        return colour
    target: RGB = (0, 0, 0) if relative_luminance(background) > 0.18 else (255, 255, 255)
    for step in range(1, 21):
        candidate = mix(colour, target, step / 20)
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
    return target


def muted(text: RGB, background: RGB, minimum: float = AA_TEXT) -> RGB:
    """Secondary text: as close to the background as it can be while staying readable."""
    for step in range(12, 0, -1):  # from 60 % of the way to the background, back to the text
        candidate = mix(text, background, step / 20)
        if contrast_ratio(candidate, background) >= minimum + 0.1:
            return candidate
    return text
