"""Annotations: markers (the core AnnotationStore protocol), rupture episodes and session measures."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from rupturetool.core.domain import (
    Marker,
    RuptureEpisode,
    SessionMeasure,
)
from rupturetool.core.errors import InputError, NotFoundError
from rupturetool.storage import convert
from rupturetool.storage.repo_base import RepositoryBase
from rupturetool.storage.tables import (
    CoderRow,
    EpisodeMarkerRow,
    EpisodeRow,
    MarkerRow,
    SegmentRow,
    SessionMeasureRow,
    StageEventRow,
    StrategyEventRow,
    TurnRow,
)


class AnnotationQueries(RepositoryBase):
    # -- markers (the AnnotationStore protocol) ----------------------------------------------------------
    def _anchor(self, orm: OrmSession, marker: Marker) -> tuple[TurnRow, SegmentRow | None]:
        turn = orm.scalar(
            select(TurnRow).where(TurnRow.session_id == marker.session_id, TurnRow.idx == marker.turn_index)
        )
        if turn is None:
            raise NotFoundError(f"session {marker.session_id} has no turn {marker.turn_index}")
        if not 0 <= marker.start_char < marker.end_char <= len(turn.text):
            raise InputError(f"span {marker.start_char}–{marker.end_char} lies outside turn {marker.turn_index}")
        segment = None
        if marker.segment_index is not None:
            segment = next((s for s in turn.segments if s.idx == marker.segment_index), None)
            if segment is None:
                raise NotFoundError(f"turn {marker.turn_index} has no segment {marker.segment_index}")
        return turn, segment

    def _marker(self, orm: OrmSession, row: MarkerRow) -> Marker:
        turn = orm.get(TurnRow, row.turn_id)
        segment = orm.get(SegmentRow, row.segment_id) if row.segment_id else None
        coder = orm.get(CoderRow, row.coder_id)
        assert turn is not None and coder is not None
        return convert.marker(row, turn.idx, segment.idx if segment else None, coder.name)

    def _fill_marker(self, orm: OrmSession, row: MarkerRow, marker: Marker) -> None:
        if not 1 <= marker.significance <= 5:
            raise InputError(f"significance must be 1–5, not {marker.significance}")
        turn, segment = self._anchor(orm, marker)
        row.session_id, row.turn_id = marker.session_id, turn.id
        row.segment_id = segment.id if segment else None
        row.coder_id = self._coder_row(orm, marker.coder).id
        row.start_char, row.end_char = marker.start_char, marker.end_char
        row.scheme_id, row.family, row.subtype = marker.scheme_id, marker.family, marker.subtype
        row.actor, row.significance, row.note = str(marker.actor), marker.significance, marker.note
        row.source, row.deleted = str(marker.source), False

    def add_marker(self, marker: Marker) -> Marker:
        with self.atomic() as orm:
            row = MarkerRow()
            self._fill_marker(orm, row, marker)
            orm.add(row)
            orm.flush()
            self._audit(
                orm,
                "add",
                "marker",
                row.id,
                coder_id=row.coder_id,
                session_id=row.session_id,
                detail=f"{row.subtype} sig {row.significance}",
            )
            orm.refresh(row)
            return self._marker(orm, row)

    def delete_marker(self, marker_id: int, *, coder: str) -> Marker:
        """Hide a marker (kept in the database, so undo and the audit trail can bring it back)."""
        with self.atomic() as orm:
            row = orm.get(MarkerRow, marker_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no marker with id {marker_id}")
            row.deleted = True
            self._audit(
                orm,
                "delete",
                "marker",
                row.id,
                coder_id=self._coder_row(orm, coder).id,
                session_id=row.session_id,
                detail=row.subtype,
            )
            return self._marker(orm, row)

    def restore_marker(self, marker: Marker) -> Marker:
        with self.atomic() as orm:
            row = orm.get(MarkerRow, marker.id) if marker.id is not None else None
            if row is None:
                row = MarkerRow(id=marker.id)
                orm.add(row)
            self._fill_marker(orm, row, marker)
            orm.flush()
            self._audit(
                orm,
                "restore",
                "marker",
                row.id,
                coder_id=row.coder_id,
                session_id=row.session_id,
                detail=row.subtype,
            )
            return self._marker(orm, row)

    def markers(self, session_id: int, coder: str | None = None) -> list[Marker]:
        with self.atomic() as orm:
            query = (
                select(MarkerRow, TurnRow.idx, SegmentRow.idx, CoderRow.name)
                .join(TurnRow, TurnRow.id == MarkerRow.turn_id)
                .outerjoin(SegmentRow, SegmentRow.id == MarkerRow.segment_id)
                .join(CoderRow, CoderRow.id == MarkerRow.coder_id)
                .where(MarkerRow.session_id == session_id, MarkerRow.deleted.is_(False))
                .order_by(TurnRow.idx, MarkerRow.start_char, MarkerRow.id)
            )
            if coder is not None:
                query = query.where(CoderRow.name == coder)
            return [convert.marker(m, t, s, c) for m, t, s, c in orm.execute(query)]

    # -- episodes and measures ---------------------------------------------------------------------------
    def _turn_ids(self, orm: OrmSession, session_id: int) -> dict[int, int]:
        return dict(orm.execute(select(TurnRow.idx, TurnRow.id).where(TurnRow.session_id == session_id)).all())

    def add_episode(self, episode: RuptureEpisode) -> RuptureEpisode:
        with self.atomic() as orm:
            turn_ids = self._turn_ids(orm, episode.session_id)

            def turn_id(index: int) -> int:
                if index not in turn_ids:
                    raise NotFoundError(f"session {episode.session_id} has no turn {index}")
                return turn_ids[index]

            coder = self._coder_row(orm, episode.coder)
            row = EpisodeRow(
                session_id=episode.session_id,
                coder_id=coder.id,
                family=episode.family,
                outcome=str(episode.outcome) if episode.outcome else None,
                note=episode.note,
            )
            orm.add(row)
            orm.flush()
            for marker_id in episode.marker_ids:
                marker = orm.get(MarkerRow, marker_id)
                if marker is None or marker.session_id != episode.session_id:
                    raise NotFoundError(f"no marker {marker_id} in session {episode.session_id}")
                orm.add(EpisodeMarkerRow(episode_id=row.id, marker_id=marker_id))
            for stage in episode.stages:
                if not 1 <= stage.stage <= 4:
                    raise InputError(f"resolution stage must be 1–4, not {stage.stage}")
                orm.add(StageEventRow(episode_id=row.id, stage=stage.stage, turn_id=turn_id(stage.turn_index)))
            for strategy in episode.strategies:
                orm.add(StrategyEventRow(episode_id=row.id, code=strategy.code, turn_id=turn_id(strategy.turn_index)))
            self._audit(
                orm,
                "add",
                "episode",
                row.id,
                coder_id=coder.id,
                session_id=episode.session_id,
                detail=f"{episode.family} max stage {episode.max_stage}",
            )
            orm.flush()
            return RuptureEpisode(**{**episode.__dict__, "id": row.id})

    def episode_ids_by_marker(self, session_id: int) -> dict[int, int]:
        with self.atomic() as orm:
            query = (
                select(EpisodeMarkerRow.marker_id, EpisodeMarkerRow.episode_id)
                .join(EpisodeRow, EpisodeRow.id == EpisodeMarkerRow.episode_id)
                .where(EpisodeRow.session_id == session_id, EpisodeRow.deleted.is_(False))
            )
            return dict(orm.execute(query).all())

    def set_measure(self, measure: SessionMeasure) -> None:
        with self.atomic() as orm:
            coder_id = self._coder_row(orm, measure.coder).id if measure.coder else None
            row = orm.scalar(
                select(SessionMeasureRow).where(
                    SessionMeasureRow.session_id == measure.session_id,
                    SessionMeasureRow.name == measure.name,
                    SessionMeasureRow.coder_id.is_(None)
                    if coder_id is None
                    else SessionMeasureRow.coder_id == coder_id,
                )
            )
            if row is None:
                row = SessionMeasureRow(session_id=measure.session_id, name=measure.name, coder_id=coder_id)
                orm.add(row)
            row.value = measure.value
            orm.flush()
            self._audit(
                orm,
                "set",
                "measure",
                row.id,
                coder_id=coder_id,
                session_id=measure.session_id,
                detail=f"{measure.name}={measure.value:g}",
            )

    def measures(self, session_id: int) -> list[SessionMeasure]:
        with self.atomic() as orm:
            query = (
                select(SessionMeasureRow, CoderRow.name)
                .outerjoin(CoderRow, CoderRow.id == SessionMeasureRow.coder_id)
                .where(SessionMeasureRow.session_id == session_id)
                .order_by(SessionMeasureRow.name)
            )
            return [
                SessionMeasure(session_id=r.session_id, name=r.name, value=r.value, coder=c, id=r.id)
                for r, c in orm.execute(query)
            ]
