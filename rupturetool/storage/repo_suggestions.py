"""Suggestion decisions: the store half of ``core.suggestion_commands`` (each write audited)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from rupturetool.core.errors import InputError, NotFoundError
from rupturetool.core.suggestion_commands import SuggestionDecision
from rupturetool.core.suggestions import Decision
from rupturetool.storage.repo_base import RepositoryBase
from rupturetool.storage.tables import CoderRow, SuggestionDecisionRow, TurnRow


class SuggestionQueries(RepositoryBase):
    def _decision(self, row: SuggestionDecisionRow, turn_index: int, coder: str) -> SuggestionDecision:
        return SuggestionDecision(
            session_id=row.session_id,
            turn_index=turn_index,
            segment_index=row.segment_index,
            start_char=row.start_char,
            end_char=row.end_char,
            family=row.family,
            subtype=row.subtype,
            decision=Decision(row.decision),
            coder=coder,
            suggester=row.suggester,
            confidence=row.confidence,
            final_subtype=row.final_subtype,
            marker_id=row.marker_id,
            id=row.id,
            decided_at=row.decided_at,
        )

    def _write_decision(self, orm: OrmSession, record: SuggestionDecision, action: str) -> SuggestionDecision:
        turn = orm.scalar(
            select(TurnRow).where(TurnRow.session_id == record.session_id, TurnRow.idx == record.turn_index)
        )
        if turn is None:
            raise NotFoundError(f"session {record.session_id} has no turn {record.turn_index}")
        if not 0 <= record.start_char < record.end_char <= len(turn.text):
            raise InputError(f"span {record.start_char}–{record.end_char} lies outside turn {record.turn_index}")
        coder = self._coder_row(orm, record.coder)
        row = SuggestionDecisionRow(
            id=record.id,
            session_id=record.session_id,
            turn_id=turn.id,
            segment_index=record.segment_index,
            start_char=record.start_char,
            end_char=record.end_char,
            family=record.family,
            subtype=record.subtype,
            decision=str(Decision(record.decision)),
            final_subtype=record.final_subtype,
            marker_id=record.marker_id,
            coder_id=coder.id,
            suggester=record.suggester,
            confidence=float(record.confidence),
        )
        orm.add(row)
        orm.flush()
        orm.refresh(row)
        detail = f"{row.decision} {row.subtype}" + (f" as {row.final_subtype}" if row.decision == "changed" else "")
        self._audit(orm, action, "suggestion", row.id, coder_id=coder.id, session_id=row.session_id, detail=detail)
        return self._decision(row, turn.idx, coder.name)

    def add_suggestion_decision(self, record: SuggestionDecision) -> SuggestionDecision:
        with self.atomic() as orm:
            return self._write_decision(orm, record, "decide")

    def restore_suggestion_decision(self, record: SuggestionDecision) -> SuggestionDecision:
        """Write back a decision that undo removed, under its old id (redo)."""
        with self.atomic() as orm:
            return self._write_decision(orm, record, "restore")

    def delete_suggestion_decision(self, decision_id: int, *, coder: str) -> SuggestionDecision:
        """Remove a decision (undo): the suggestion is pending again. The audit trail keeps the event."""
        with self.atomic() as orm:
            row = orm.get(SuggestionDecisionRow, decision_id)
            if row is None:
                raise NotFoundError(f"no suggestion decision with id {decision_id}")
            turn = orm.get(TurnRow, row.turn_id)
            owner = orm.get(CoderRow, row.coder_id)
            assert turn is not None and owner is not None
            record = self._decision(row, turn.idx, owner.name)
            self._audit(
                orm,
                "undo",
                "suggestion",
                row.id,
                coder_id=self._coder_row(orm, coder).id,
                session_id=row.session_id,
                detail=f"{row.decision} {row.subtype}",
            )
            orm.delete(row)
            return record

    def suggestion_decisions(self, session_id: int, coder: str | None = None) -> list[SuggestionDecision]:
        """A session's decisions (of ``coder``), oldest first."""
        with self.atomic() as orm:
            query = (
                select(SuggestionDecisionRow, TurnRow.idx, CoderRow.name)
                .join(TurnRow, TurnRow.id == SuggestionDecisionRow.turn_id)
                .join(CoderRow, CoderRow.id == SuggestionDecisionRow.coder_id)
                .where(SuggestionDecisionRow.session_id == session_id)
                .order_by(SuggestionDecisionRow.id)
            )
            if coder is not None:
                query = query.where(CoderRow.name == coder)
            return [self._decision(row, idx, name) for row, idx, name in orm.execute(query)]
