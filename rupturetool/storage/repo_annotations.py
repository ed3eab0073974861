"""Annotations: markers (the core AnnotationStore protocol), rupture episodes, session measures, 3RS slice codes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session as OrmSession

from rupturetool.core.domain import (
    Family,
    Marker,
    Outcome,
    RuptureEpisode,
    SessionMeasure,
    SliceCode,
    StageEvent,
    StrategyEvent,
)
from rupturetool.core.errors import InputError, NotFoundError
from rupturetool.storage import audit_diff, convert
from rupturetool.storage.repo_base import RepositoryBase
from rupturetool.storage.tables import (
    CoderRow,
    EpisodeMarkerRow,
    EpisodeRow,
    MarkerRow,
    SegmentRow,
    SessionMeasureRow,
    SessionRow,
    SliceCodeRow,
    StageEventRow,
    StrategyEventRow,
    TurnRow,
)


class AnnotationQueries(RepositoryBase):
    def _live_row(self, orm: OrmSession, table: Any, entity: str, row_id: int | None, *, writing: bool = True) -> Any:
        """The live row ``row_id``, else NotFoundError. Writing to a row someone else changed or removed since this
        app saw it is a conflict, and so is reading one they removed (row_versions.py)."""
        row = orm.get(table, row_id) if row_id is not None else None
        if row is not None and (writing or row.deleted):
            self.versions.expect(orm, entity, row)
        if row is None or row.deleted:
            raise NotFoundError(f"no {entity} with id {row_id}")
        return row

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
            self.versions.saw(orm, "marker", row.id, row.version)
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
            row = self._live_row(orm, MarkerRow, "marker", marker_id)
            row.deleted = True
            orm.flush()
            self.versions.saw(orm, "marker", row.id, row.version)
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
            else:
                self.versions.expect(orm, "marker", row, restoring=True)
            self._fill_marker(orm, row, marker)
            audit_diff.touch(orm, row, "deleted")  # a restore moves the version even if nothing differs
            orm.flush()
            self.versions.saw(orm, "marker", row.id, row.version)
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

    def update_marker(self, marker: Marker) -> Marker:
        """Change a live marker (significance, actor, note, subtype...) in place."""
        with self.atomic() as orm:
            row = self._live_row(orm, MarkerRow, "marker", marker.id)
            self._fill_marker(orm, row, marker)
            orm.flush()
            self.versions.saw(orm, "marker", row.id, row.version)
            self._audit(
                orm,
                "edit",
                "marker",
                row.id,
                coder_id=row.coder_id,
                session_id=row.session_id,
                detail=f"{row.subtype} sig {row.significance}",
            )
            return self._marker(orm, row)

    def marker(self, marker_id: int) -> Marker:
        with self.atomic() as orm:
            row = self._live_row(orm, MarkerRow, "marker", marker_id, writing=False)
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
            found = []
            for m, t, s, c in orm.execute(query):
                self.versions.saw(orm, "marker", m.id, m.version)  # what the views show: later edits build on it
                found.append(convert.marker(m, t, s, c))
            return found

    # -- episodes and measures ---------------------------------------------------------------------------
    def _turn_ids(self, orm: OrmSession, session_id: int) -> dict[int, int]:
        return dict(orm.execute(select(TurnRow.idx, TurnRow.id).where(TurnRow.session_id == session_id)).all())

    def _fill_episode(self, orm: OrmSession, row: EpisodeRow, episode: RuptureEpisode) -> int:
        """Write ``episode`` into ``row`` and replace its marker links, stages and strategies; returns the coder id."""
        turn_ids = self._turn_ids(orm, episode.session_id)

        def turn_id(index: int) -> int:
            if index not in turn_ids:
                raise NotFoundError(f"session {episode.session_id} has no turn {index}")
            return turn_ids[index]

        coder = self._coder_row(orm, episode.coder)
        row.session_id, row.coder_id, row.family = episode.session_id, coder.id, str(episode.family)
        row.outcome = str(episode.outcome) if episode.outcome else None
        row.note, row.deleted = episode.note, False
        orm.add(row)  # a no-op for a row already in the session
        orm.flush()
        for table in (EpisodeMarkerRow, StageEventRow, StrategyEventRow):
            orm.execute(delete(table).where(table.episode_id == row.id))
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
        orm.flush()
        return coder.id

    def add_episode(self, episode: RuptureEpisode) -> RuptureEpisode:
        with self.atomic() as orm:
            row = EpisodeRow()
            coder_id = self._fill_episode(orm, row, episode)
            self._audit(
                orm,
                "add",
                "episode",
                row.id,
                coder_id=coder_id,
                session_id=episode.session_id,
                detail=f"{episode.family} max stage {episode.max_stage}",
            )
            orm.flush()
            self.versions.saw(orm, "episode", row.id, row.version)
            return RuptureEpisode(**{**episode.__dict__, "id": row.id})

    def save_episode(self, episode: RuptureEpisode, *, action: str = "edit") -> RuptureEpisode:
        """Store ``episode`` exactly as given under its id (undeleting it, or re-creating it with that id)."""
        if episode.id is None:
            raise ValueError("only an episode with an id can be saved")
        with self.atomic() as orm:
            row = orm.get(EpisodeRow, episode.id)
            if row is None:
                row = EpisodeRow(id=episode.id)
                orm.add(row)
            elif row.session_id != episode.session_id:
                raise InputError(f"episode {episode.id} belongs to session {row.session_id}")
            else:
                self.versions.expect(orm, "episode", row, restoring=action == "restore")
            coder_id = self._fill_episode(orm, row, episode)
            audit_diff.touch(orm, row, "deleted")  # stages live in other tables; the version moves too
            orm.flush()
            self.versions.saw(orm, "episode", row.id, row.version)
            self._audit(
                orm,
                action,
                "episode",
                row.id,
                coder_id=coder_id,
                session_id=episode.session_id,
                detail=f"{episode.family} max stage {episode.max_stage}, {len(episode.marker_ids)} markers",
            )
            return self._episodes(orm, [row], hidden_markers=True)[0]

    def delete_episode(self, episode_id: int, *, coder: str) -> RuptureEpisode:
        """Hide an episode (its markers, stages and strategies stay, so undo brings all of it back)."""
        with self.atomic() as orm:
            row = self._live_row(orm, EpisodeRow, "episode", episode_id)
            episode = self._episodes(orm, [row], hidden_markers=True)[0]
            row.deleted = True
            orm.flush()
            self.versions.saw(orm, "episode", row.id, row.version)
            self._audit(
                orm,
                "delete",
                "episode",
                row.id,
                coder_id=self._coder_row(orm, coder).id,
                session_id=row.session_id,
                detail=str(row.family),
            )
            return episode

    def _episodes(self, orm: OrmSession, rows: Sequence[EpisodeRow], *, hidden_markers: bool) -> list[RuptureEpisode]:
        """Episodes with their markers (ascending ids; links to deleted markers only when ``hidden_markers``),
        stages and strategies in the order stored."""
        ids = [r.id for r in rows]
        if not ids:
            return []
        links = select(EpisodeMarkerRow.episode_id, EpisodeMarkerRow.marker_id).join(
            MarkerRow, MarkerRow.id == EpisodeMarkerRow.marker_id
        )
        if not hidden_markers:
            links = links.where(MarkerRow.deleted.is_(False))
        markers: dict[int, list[int]] = {}
        for episode_id, marker_id in orm.execute(
            links.where(EpisodeMarkerRow.episode_id.in_(ids)).order_by(EpisodeMarkerRow.marker_id)
        ):
            markers.setdefault(episode_id, []).append(marker_id)
        stages: dict[int, list[StageEvent]] = {}
        for episode_id, stage, turn in orm.execute(
            select(StageEventRow.episode_id, StageEventRow.stage, TurnRow.idx)
            .join(TurnRow, TurnRow.id == StageEventRow.turn_id)
            .where(StageEventRow.episode_id.in_(ids))
            .order_by(StageEventRow.id)
        ):
            stages.setdefault(episode_id, []).append(StageEvent(stage, turn))
        strategies: dict[int, list[StrategyEvent]] = {}
        for episode_id, code, turn in orm.execute(
            select(StrategyEventRow.episode_id, StrategyEventRow.code, TurnRow.idx)
            .join(TurnRow, TurnRow.id == StrategyEventRow.turn_id)
            .where(StrategyEventRow.episode_id.in_(ids))
            .order_by(StrategyEventRow.id)
        ):
            strategies.setdefault(episode_id, []).append(StrategyEvent(code, turn))
        coders = dict(
            orm.execute(select(CoderRow.id, CoderRow.name).where(CoderRow.id.in_({r.coder_id for r in rows}))).all()
        )
        return [
            RuptureEpisode(
                session_id=r.session_id,
                coder=coders[r.coder_id],
                family=Family(r.family),
                marker_ids=tuple(markers.get(r.id, ())),
                stages=tuple(stages.get(r.id, ())),
                strategies=tuple(strategies.get(r.id, ())),
                outcome=Outcome(r.outcome) if r.outcome else None,
                note=r.note,
                id=r.id,
            )
            for r in rows
        ]

    def episode(self, episode_id: int) -> RuptureEpisode:
        """One live episode, with links to deleted markers too (what an edit must keep)."""
        with self.atomic() as orm:
            row = self._live_row(orm, EpisodeRow, "episode", episode_id, writing=False)
            return self._episodes(orm, [row], hidden_markers=True)[0]

    def episodes(self, session_id: int, coder: str | None = None) -> list[RuptureEpisode]:
        """A session's live episodes with their live markers, in the order they were created."""
        with self.atomic() as orm:
            query = (
                select(EpisodeRow)
                .where(EpisodeRow.session_id == session_id, EpisodeRow.deleted.is_(False))
                .order_by(EpisodeRow.id)
            )
            if coder is not None:
                query = query.join(CoderRow, CoderRow.id == EpisodeRow.coder_id).where(CoderRow.name == coder)
            rows = list(orm.scalars(query))
            for row in rows:
                self.versions.saw(orm, "episode", row.id, row.version)
            return self._episodes(orm, rows, hidden_markers=False)

    def episode_ids_by_marker(self, session_id: int) -> dict[int, int]:
        with self.atomic() as orm:
            query = (
                select(EpisodeMarkerRow.marker_id, EpisodeMarkerRow.episode_id)
                .join(EpisodeRow, EpisodeRow.id == EpisodeMarkerRow.episode_id)
                .where(EpisodeRow.session_id == session_id, EpisodeRow.deleted.is_(False))
            )
            return dict(orm.execute(query).all())

    def _measure_row(
        self, orm: OrmSession, session_id: int, name: str, coder_id: int | None
    ) -> SessionMeasureRow | None:
        return orm.scalar(
            select(SessionMeasureRow).where(
                SessionMeasureRow.session_id == session_id,
                SessionMeasureRow.name == name,
                SessionMeasureRow.coder_id.is_(None) if coder_id is None else SessionMeasureRow.coder_id == coder_id,
            )
        )

    def save_measure(self, measure: SessionMeasure) -> SessionMeasure:
        """Set a coder's value of a measure (a new row takes ``measure.id`` when given, as undo needs)."""
        with self.atomic() as orm:
            if orm.get(SessionRow, measure.session_id) is None:
                raise NotFoundError(f"no session with id {measure.session_id}")
            coder_id = self._coder_row(orm, measure.coder).id if measure.coder else None
            row = self._measure_row(orm, measure.session_id, measure.name, coder_id)
            if row is None:
                row = SessionMeasureRow(
                    id=measure.id, session_id=measure.session_id, name=measure.name, coder_id=coder_id
                )
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
            return SessionMeasure(row.session_id, row.name, row.value, coder=measure.coder, id=row.id)

    def set_measure(self, measure: SessionMeasure) -> None:
        self.save_measure(measure)

    def delete_measure(self, session_id: int, name: str, *, coder: str | None) -> None:
        with self.atomic() as orm:
            coder_id = self._coder_row(orm, coder).id if coder else None
            row = self._measure_row(orm, session_id, name, coder_id)
            if row is None:
                raise NotFoundError(f"session {session_id} has no {name} from {coder or 'anyone'}")
            orm.delete(row)
            self._audit(orm, "clear", "measure", row.id, coder_id=coder_id, session_id=session_id, detail=name)

    def measures(self, session_id: int, coder: str | None = None) -> list[SessionMeasure]:
        """A session's measures; with ``coder``, that coder's values and those entered for everyone (no coder)."""
        with self.atomic() as orm:
            query = (
                select(SessionMeasureRow, CoderRow.name)
                .outerjoin(CoderRow, CoderRow.id == SessionMeasureRow.coder_id)
                .where(SessionMeasureRow.session_id == session_id)
                .order_by(SessionMeasureRow.name, SessionMeasureRow.id)
            )
            if coder is not None:
                query = query.where(or_(CoderRow.name == coder, SessionMeasureRow.coder_id.is_(None)))
            return [
                SessionMeasure(session_id=r.session_id, name=r.name, value=r.value, coder=c, id=r.id)
                for r, c in orm.execute(query)
            ]

    # -- 3RS slice codes ---------------------------------------------------------------------------------------
    def slice_codes(self, session_id: int, coder: str | None = None) -> list[SliceCode]:
        with self.atomic() as orm:
            query = (
                select(SliceCodeRow, CoderRow.name)
                .join(CoderRow, CoderRow.id == SliceCodeRow.coder_id)
                .where(SliceCodeRow.session_id == session_id)
                .order_by(SliceCodeRow.slice_index, CoderRow.name, SliceCodeRow.code)
            )
            if coder is not None:
                query = query.where(CoderRow.name == coder)
            return [
                SliceCode(r.session_id, r.slice_index, r.code, name, significance=r.significance, id=r.id)
                for r, name in orm.execute(query)
            ]

    def _slice_code_row(
        self, orm: OrmSession, session_id: int, slice_index: int, code: str, coder_id: int
    ) -> SliceCodeRow | None:
        return orm.scalar(
            select(SliceCodeRow).where(
                SliceCodeRow.session_id == session_id,
                SliceCodeRow.coder_id == coder_id,
                SliceCodeRow.slice_index == slice_index,
                SliceCodeRow.code == code,
            )
        )

    def save_slice_code(self, code: SliceCode) -> SliceCode:
        """Rate or tick a code in a slice for a coder (a new row takes ``code.id`` when given, as undo needs)."""
        if code.significance is not None and not 1 <= code.significance <= 5:
            raise InputError(f"significance must be 1–5, not {code.significance}")
        if code.slice_index < 0:
            raise InputError(f"no segment {code.slice_index + 1}")
        with self.atomic() as orm:
            if orm.get(SessionRow, code.session_id) is None:
                raise NotFoundError(f"no session with id {code.session_id}")
            coder_id = self._coder_row(orm, code.coder).id
            row = self._slice_code_row(orm, code.session_id, code.slice_index, code.code, coder_id)
            if row is None:
                row = SliceCodeRow(
                    id=code.id,
                    session_id=code.session_id,
                    coder_id=coder_id,
                    slice_index=code.slice_index,
                    code=code.code,
                )
                orm.add(row)
            row.significance = code.significance
            orm.flush()
            value = "ticked" if code.significance is None else f"rated {code.significance}"
            self._audit(
                orm,
                "set",
                "slice_code",
                row.id,
                coder_id=coder_id,
                session_id=code.session_id,
                detail=f"segment {code.slice_index + 1}: {code.code} {value}",
            )
            return SliceCode(row.session_id, row.slice_index, row.code, code.coder, row.significance, id=row.id)

    def delete_slice_code(self, session_id: int, slice_index: int, code: str, *, coder: str) -> None:
        with self.atomic() as orm:
            coder_id = self._coder_row(orm, coder).id
            row = self._slice_code_row(orm, session_id, slice_index, code, coder_id)
            if row is None:
                raise NotFoundError(f"segment {slice_index + 1} of session {session_id} has no {code} from {coder}")
            orm.delete(row)
            self._audit(
                orm,
                "clear",
                "slice_code",
                row.id,
                coder_id=coder_id,
                session_id=session_id,
                detail=f"segment {slice_index + 1}: {code}",
            )
