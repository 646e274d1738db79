"""Operations on opportunities: save, move along the stages (with history), delete."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from networkjournal.core.changes import Action, Changes, Kind
from networkjournal.core.vocabulary import OpportunityStage
from networkjournal.ops._record import recorded
from networkjournal.store import opportunities as store
from networkjournal.store import undo
from networkjournal.store.conflicts import refuse_if_changed
from networkjournal.store.journal import Journal
from networkjournal.store.models import Opportunity

_OPPORTUNITIES = frozenset({Kind.OPPORTUNITIES})


def _with_history(ids: Sequence[int]) -> list[undo.Scope]:
    return [undo.scope("opportunities", "id", ids),
            undo.scope("opportunity_stage_changes", "opportunity_id", ids)]


def save_opportunity(journal: Journal, draft: store.OpportunityDraft, stage: str,
                     opportunity_id: int | None = None, *,
                     seen: datetime | None = None) -> Changes:
    """Create or edit one opportunity at ``stage``; ``ids`` holds its id.

    ``seen`` (store.conflicts.opportunity_seen when the editor opened) refuses, as
    EditConflict, to overwrite a change made elsewhere since (a card moved, an edit)."""
    if opportunity_id is None:
        with journal.transaction() as session:
            new_id = store.create_opportunity(session, draft, stage).id
            record = undo.created(session, _with_history([new_id]))
        return Changes(Action.SAVE_OPPORTUNITY, _OPPORTUNITIES, (new_id,), 1, undo=record)
    with recorded(journal, _with_history([opportunity_id])) as unit:
        refuse_if_changed(unit.session, Opportunity, opportunity_id, seen)
        opportunity = store.update_opportunity(unit.session, opportunity_id, draft)
        store.move_stage(unit.session, opportunity, stage)
    return Changes(Action.SAVE_OPPORTUNITY, _OPPORTUNITIES, (opportunity_id,), 1,
                   undo=unit.record)


def move_opportunities(journal: Journal, ids: Sequence[int],
                       stage: OpportunityStage | str) -> Changes:
    """Move cards to ``stage`` in one transaction; each move kept with its date."""
    with recorded(journal, _with_history(ids)) as unit:
        moved = [opportunity_id for opportunity_id in ids
                 if store.move_stage(unit.session, store.get_opportunity(unit.session,
                                                                         opportunity_id), stage)]
    return Changes(Action.MOVE_OPPORTUNITY, _OPPORTUNITIES, tuple(moved), len(moved),
                   undo=unit.record)


def delete_opportunity(journal: Journal, opportunity_id: int) -> Changes:
    with recorded(journal, undo.dependents("opportunities", [opportunity_id])) as unit:
        store.delete_opportunity(unit.session, opportunity_id)
    return Changes(Action.DELETE_OPPORTUNITY, _OPPORTUNITIES, (opportunity_id,), 1,
                   undo=unit.record)
