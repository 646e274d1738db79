"""Cancelling long work: honoured until its final step (one transaction another program runs),
refused from then on."""

import pytest

from networkjournal.core.progress import Cancelled, Progress


def test_cancelled_before_the_final_step_stops_there():
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.final_step()


def test_in_the_final_step_cancel_is_refused_and_the_ui_is_told():
    told = []
    progress = Progress(on_final=lambda: told.append("final"))
    progress.final_step()
    progress.cancel()
    assert told == ["final"] and not progress.cancelled
    progress.report(1, 1)  # does not raise: the work runs to its end
