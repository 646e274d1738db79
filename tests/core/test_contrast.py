"""The WCAG contrast formula, and colours nudged until they read."""

from networkjournal.core.contrast import AA_TEXT, contrast_ratio, muted, parse_hex, readable


def test_contrast_ratio_matches_wcag():
    assert round(contrast_ratio((0, 0, 0), (255, 255, 255)), 1) == 21.0
    assert contrast_ratio((10, 20, 30), (10, 20, 30)) == 1.0
    assert round(contrast_ratio(parse_hex("#777"), parse_hex("#fff")), 2) == 4.48
    assert contrast_ratio(parse_hex("#fff"), parse_hex("#767676")) >= AA_TEXT


def test_a_colour_too_faint_is_nudged_keeping_its_hue():
    dark = parse_hex("#1f1f1f")
    red = readable(parse_hex("#b3261e"), dark)
    assert contrast_ratio(red, dark) >= AA_TEXT
    assert red[0] > red[1] and red[0] > red[2]  # still red
    assert readable(parse_hex("#000000"), parse_hex("#ffffff")) == (0, 0, 0)


def test_secondary_text_is_quieter_than_text_but_still_readable():
    for text, background in (("#000000", "#ffffff"), ("#e8e8e8", "#1f1f1f")):
        quiet = muted(parse_hex(text), parse_hex(background))
        assert AA_TEXT <= contrast_ratio(quiet, parse_hex(background)) < contrast_ratio(
            parse_hex(text), parse_hex(background))
