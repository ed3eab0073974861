"""Supervision records: review status per session and coder, coder roles, comments, and assignments (blind
double coding). The core SupervisionStore protocol; every change writes an audit event."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from rupturetool.core.domain import (
    Assignment,
    Coder,
    CoderRole,
    Comment,
    Review,
    ReviewQueueItem,
    ReviewStatus,
)
from rupturetool.core.errors import InputError, NotFoundError
from rupturetool.core.review import Anchor
from rupturetool.storage.repo_base import RepositoryBase
from rupturetool.storage.tables import (
    AssignmentRow,
    ClientRow,
    CoderRow,
    CommentRow,
    EpisodeMarkerRow,
    EpisodeRow,
    MarkerRow,
    ReviewRow,
    SessionRow,
    StageEventRow,
    TurnRow,
)


class ReviewQueries(RepositoryBase):
    def _session_exists(self, orm: OrmSession, session_id: int) -> None:
        if orm.get(SessionRow, session_id) is None:
            raise NotFoundError(f"no session with id {session_id}")

    def _coder_names(self, orm: OrmSession, ids: set[int | None]) -> dict[int, str]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        return dict(orm.execute(select(CoderRow.id, CoderRow.name).where(CoderRow.id.in_(wanted))).all())

    # -- coders -----------------------------------------------------------------------------------------------------
    def coder(self, name: str) -> Coder | None:
        with self.atomic() as orm:
            row = orm.scalar(select(CoderRow).where(CoderRow.name == name))
            return Coder(name=row.name, role=CoderRole(row.role), id=row.id) if row else None

    def set_coder_role(self, name: str, role: CoderRole, *, by: str) -> Coder:
        with self.atomic() as orm:
            row = self._coder_row(orm, name, role)
            old, row.role = row.role, str(role)
            self._audit(
                orm,
                "role",
                "coder",
                row.id,
                coder_id=self._coder_row(orm, by).id,
                session_id=None,
                detail=f"{name}: {old} -> {role}",
            )
            return Coder(name=row.name, role=role, id=row.id)

    # -- reviews ----------------------------------------------------------------------------------------------------
    def _review_row(self, orm: OrmSession, session_id: int, coder_id: int) -> ReviewRow | None:
        return orm.scalar(select(ReviewRow).where(ReviewRow.session_id == session_id, ReviewRow.coder_id == coder_id))

    def _review(self, orm: OrmSession, row: ReviewRow) -> Review:
        names = self._coder_names(orm, {row.coder_id, row.reviewer_id})
        return Review(
            session_id=row.session_id,
            coder=names[row.coder_id],
            status=ReviewStatus(row.status),
            reason=row.reason,
            reviewer=names.get(row.reviewer_id) if row.reviewer_id is not None else None,
            id=row.id,
            updated_at=row.updated_at,
        )

    def review(self, session_id: int, coder: str) -> Review | None:
        """``coder``'s review of a session, or None when their layer has none yet (a draft)."""
        with self.atomic() as orm:
            self._session_exists(orm, session_id)
            coder_id = orm.scalar(select(CoderRow.id).where(CoderRow.name == coder))
            row = self._review_row(orm, session_id, coder_id) if coder_id is not None else None
            return self._review(orm, row) if row else None

    def reviews(self, session_id: int) -> list[Review]:
        """Every layer's review of a session, by coder."""
        with self.atomic() as orm:
            self._session_exists(orm, session_id)
            rows = orm.scalars(
                select(ReviewRow)
                .join(CoderRow, CoderRow.id == ReviewRow.coder_id)
                .where(ReviewRow.session_id == session_id)
                .order_by(CoderRow.name)
            )
            return [self._review(orm, r) for r in rows]

    def save_review(self, review: Review, *, by: str) -> Review:
        """Write ``coder``'s review of the session as given (a new row takes ``review.id`` when given)."""
        with self.atomic() as orm:
            self._session_exists(orm, review.session_id)
            coder_id = self._coder_row(orm, review.coder).id
            row = self._review_row(orm, review.session_id, coder_id)
            if row is None:
                row = ReviewRow(id=review.id, session_id=review.session_id, coder_id=coder_id)
                orm.add(row)
            row.status, row.reason = str(review.status), review.reason
            row.reviewer_id = self._coder_row(orm, review.reviewer).id if review.reviewer else None
            row.updated_at = func.now()
            orm.flush()
            orm.refresh(row)
            reason = f": {review.reason}" if review.reason and review.status == ReviewStatus.CHANGES_REQUESTED else ""
            self._audit(
                orm,
                "review",
                "review",
                row.id,
                coder_id=self._coder_row(orm, by).id,
                session_id=review.session_id,
                detail=f"{review.coder}: {review.status}{reason}",
            )
            return self._review(orm, row)

    def delete_review(self, session_id: int, coder: str, *, by: str) -> None:
        with self.atomic() as orm:
            coder_id = self._coder_row(orm, coder).id
            row = self._review_row(orm, session_id, coder_id)
            if row is None:
                raise NotFoundError(f"session {session_id} has no review of {coder}'s coding")
            orm.delete(row)
            self._audit(
                orm,
                "clear",
                "review",
                row.id,
                coder_id=self._coder_row(orm, by).id,
                session_id=session_id,
                detail=coder,
            )

    def review_queue(self, exclude: str | None = None) -> list[ReviewQueueItem]:
        """Submitted layers (oldest submission first), except ``exclude``'s own."""
        with self.atomic() as orm:
            query = (
                select(ReviewRow, ClientRow.code, SessionRow.session_date, SessionRow.number)
                .join(SessionRow, SessionRow.id == ReviewRow.session_id)
                .join(ClientRow, ClientRow.id == SessionRow.client_id)
                .join(CoderRow, CoderRow.id == ReviewRow.coder_id)
                .where(ReviewRow.status == str(ReviewStatus.SUBMITTED))
                .order_by(ReviewRow.updated_at, ReviewRow.id)
            )
            if exclude is not None:
                query = query.where(CoderRow.name != exclude)
            return [
                ReviewQueueItem(self._review(orm, row), code, day, number)
                for row, code, day, number in orm.execute(query)
            ]

    # -- comments ---------------------------------------------------------------------------------------------------
    def _comments(self, orm: OrmSession, rows: list[CommentRow]) -> list[Comment]:
        names = self._coder_names(orm, {r.author_id for r in rows})
        turn_ids = {r.turn_id for r in rows if r.turn_id is not None}
        turns = dict(orm.execute(select(TurnRow.id, TurnRow.idx).where(TurnRow.id.in_(turn_ids))).all())
        return [
            Comment(
                session_id=r.session_id,
                author=names[r.author_id],
                text=r.text,
                turn_index=turns.get(r.turn_id) if r.turn_id is not None else None,
                marker_id=r.marker_id,
                episode_id=r.episode_id,
                parent_id=r.parent_id,
                resolved=r.resolved,
                id=r.id,
                created_at=r.created_at,
            )
            for r in rows
        ]

    def _fill_comment(self, orm: OrmSession, row: CommentRow, comment: Comment) -> None:
        """Check the comment's anchor and parent against the session, and write it into ``row``."""
        sid = comment.session_id
        self._session_exists(orm, sid)
        if not comment.text.strip():
            raise InputError("a comment needs some text")
        if sum(a is not None for a in (comment.turn_index, comment.marker_id, comment.episode_id)) > 1:
            raise InputError("a comment is anchored to one turn, marker or episode, not several")
        turn_id = None
        if comment.turn_index is not None:
            turn_id = orm.scalar(select(TurnRow.id).where(TurnRow.session_id == sid, TurnRow.idx == comment.turn_index))
            if turn_id is None:
                raise NotFoundError(f"session {sid} has no turn {comment.turn_index + 1}")
        if comment.marker_id is not None:
            marker = orm.get(MarkerRow, comment.marker_id)
            if marker is None or marker.deleted or marker.session_id != sid:
                raise NotFoundError(f"no marker {comment.marker_id} in session {sid}")
        if comment.episode_id is not None:
            episode = orm.get(EpisodeRow, comment.episode_id)
            if episode is None or episode.deleted or episode.session_id != sid:
                raise NotFoundError(f"no episode {comment.episode_id} in session {sid}")
        if comment.parent_id is not None:
            parent = orm.get(CommentRow, comment.parent_id)
            if parent is None or parent.deleted or parent.session_id != sid:
                raise NotFoundError(f"no comment {comment.parent_id} in session {sid} to reply to")
        row.session_id, row.author_id, row.text = sid, self._coder_row(orm, comment.author).id, comment.text
        row.turn_id, row.marker_id, row.episode_id = turn_id, comment.marker_id, comment.episode_id
        row.parent_id, row.resolved, row.deleted = comment.parent_id, comment.resolved, False

    def add_comment(self, comment: Comment) -> Comment:
        with self.atomic() as orm:
            row = CommentRow()
            self._fill_comment(orm, row, comment)
            orm.add(row)
            orm.flush()
            orm.refresh(row)
            self._audit(
                orm,
                "add",
                "comment",
                row.id,
                coder_id=row.author_id,
                session_id=row.session_id,
                detail=f"reply to {row.parent_id}" if row.parent_id else "",
            )
            return self._comments(orm, [row])[0]

    def save_comment(self, comment: Comment, *, by: str, action: str) -> Comment:
        """Write a comment as given under its id: edit it, or bring it back after a delete."""
        if comment.id is None:
            raise ValueError("only a comment with an id can be saved")
        with self.atomic() as orm:
            row = orm.get(CommentRow, comment.id)
            if row is None:
                row = CommentRow(id=comment.id)
                orm.add(row)
            self._fill_comment(orm, row, comment)
            orm.flush()
            orm.refresh(row)
            detail = "resolved" if comment.resolved else ""
            self._audit(
                orm,
                action,
                "comment",
                row.id,
                coder_id=self._coder_row(orm, by).id,
                session_id=row.session_id,
                detail=detail,
            )
            return self._comments(orm, [row])[0]

    def delete_comment(self, comment_id: int, *, by: str) -> Comment:
        """Hide a comment (kept, so undo brings it back); its replies are hidden with it by the reads."""
        with self.atomic() as orm:
            row = orm.get(CommentRow, comment_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no comment with id {comment_id}")
            row.deleted = True
            self._audit(
                orm, "delete", "comment", row.id, coder_id=self._coder_row(orm, by).id, session_id=row.session_id
            )
            return self._comments(orm, [row])[0]

    def comment(self, comment_id: int) -> Comment:
        with self.atomic() as orm:
            row = orm.get(CommentRow, comment_id)
            parent = orm.get(CommentRow, row.parent_id) if row is not None and row.parent_id else None
            if row is None or row.deleted or (parent is not None and parent.deleted):
                raise NotFoundError(f"no comment with id {comment_id}")
            return self._comments(orm, [row])[0]

    def comments(self, session_id: int) -> list[Comment]:
        """A session's live comments, oldest first (replies of a deleted comment are gone with it)."""
        with self.atomic() as orm:
            self._session_exists(orm, session_id)
            parent = aliased(CommentRow)
            rows = orm.scalars(
                select(CommentRow)
                .outerjoin(parent, parent.id == CommentRow.parent_id)
                .where(
                    CommentRow.session_id == session_id,
                    CommentRow.deleted.is_(False),
                    parent.deleted.is_not(True),  # NULL (no parent) or a live parent
                )
                .order_by(CommentRow.id)
            )
            return self._comments(orm, list(rows))

    def comment_anchors(self, session_id: int) -> tuple[dict[int, Anchor], dict[int, Anchor]]:
        """Where each marker and each episode of a session sits (turn) and whose it is; deleted ones too, since
        comments on them remain. An episode sits at its first marker's turn (or first stage's, without markers)."""
        with self.atomic() as orm:
            markers = {
                mid: Anchor(idx, name)
                for mid, idx, name in orm.execute(
                    select(MarkerRow.id, TurnRow.idx, CoderRow.name)
                    .join(TurnRow, TurnRow.id == MarkerRow.turn_id)
                    .join(CoderRow, CoderRow.id == MarkerRow.coder_id)
                    .where(MarkerRow.session_id == session_id)
                )
            }
            first_marker = dict(
                orm.execute(
                    select(EpisodeMarkerRow.episode_id, func.min(TurnRow.idx))
                    .join(MarkerRow, MarkerRow.id == EpisodeMarkerRow.marker_id)
                    .join(TurnRow, TurnRow.id == MarkerRow.turn_id)
                    .where(MarkerRow.session_id == session_id)
                    .group_by(EpisodeMarkerRow.episode_id)
                ).all()
            )
            first_stage = dict(
                orm.execute(
                    select(StageEventRow.episode_id, func.min(TurnRow.idx))
                    .join(TurnRow, TurnRow.id == StageEventRow.turn_id)
                    .where(TurnRow.session_id == session_id)
                    .group_by(StageEventRow.episode_id)
                ).all()
            )
            episodes = {
                eid: Anchor(first_marker.get(eid, first_stage.get(eid)), name)
                for eid, name in orm.execute(
                    select(EpisodeRow.id, CoderRow.name)
                    .join(CoderRow, CoderRow.id == EpisodeRow.coder_id)
                    .where(EpisodeRow.session_id == session_id)
                )
            }
            return markers, episodes

    # -- assignments ------------------------------------------------------------------------------------------------
    def _assignment_row(self, orm: OrmSession, session_id: int, coder_id: int) -> AssignmentRow | None:
        return orm.scalar(
            select(AssignmentRow).where(AssignmentRow.session_id == session_id, AssignmentRow.coder_id == coder_id)
        )

    def _assignment(self, orm: OrmSession, row: AssignmentRow) -> Assignment:
        names = self._coder_names(orm, {row.coder_id, row.assigned_by_id})
        by = names.get(row.assigned_by_id) if row.assigned_by_id is not None else None
        return Assignment(row.session_id, names[row.coder_id], row.blind, by, row.id, row.created_at)

    def assignment(self, session_id: int, coder: str) -> Assignment | None:
        with self.atomic() as orm:
            coder_id = orm.scalar(select(CoderRow.id).where(CoderRow.name == coder))
            row = self._assignment_row(orm, session_id, coder_id) if coder_id is not None else None
            return self._assignment(orm, row) if row else None

    def assignments(self, session_id: int) -> list[Assignment]:
        with self.atomic() as orm:
            self._session_exists(orm, session_id)
            rows = orm.scalars(
                select(AssignmentRow).where(AssignmentRow.session_id == session_id).order_by(AssignmentRow.id)
            )
            return [self._assignment(orm, r) for r in rows]

    def blind_sessions(self, coder: str) -> set[int]:
        """The sessions ``coder`` codes blind and has never submitted (see ``core.review.is_blinded``)."""
        with self.atomic() as orm:
            submitted = select(ReviewRow.session_id).where(ReviewRow.coder_id == AssignmentRow.coder_id)
            rows = orm.scalars(
                select(AssignmentRow.session_id)
                .join(CoderRow, CoderRow.id == AssignmentRow.coder_id)
                .where(CoderRow.name == coder, AssignmentRow.blind.is_(True))
                .where(AssignmentRow.session_id.not_in(submitted.scalar_subquery()))
            )
            return set(rows)

    def blind_state(self, session_id: int, coder: str) -> tuple[Assignment | None, ReviewStatus | None]:
        """``coder``'s assignment to a session and their review status there: what blind coding depends on."""
        with self.atomic() as orm:
            coder_id = orm.scalar(select(CoderRow.id).where(CoderRow.name == coder))
            if coder_id is None:
                return None, None
            row = self._assignment_row(orm, session_id, coder_id)
            if row is None:
                return None, None
            review = self._review_row(orm, session_id, coder_id)
            return self._assignment(orm, row), ReviewStatus(review.status) if review else None

    def save_assignment(self, assignment: Assignment, *, by: str) -> Assignment:
        with self.atomic() as orm:
            self._session_exists(orm, assignment.session_id)
            coder_id = self._coder_row(orm, assignment.coder).id
            row = self._assignment_row(orm, assignment.session_id, coder_id)
            if row is None:
                row = AssignmentRow(id=assignment.id, session_id=assignment.session_id, coder_id=coder_id)
                orm.add(row)
            row.blind = assignment.blind
            row.assigned_by_id = self._coder_row(orm, assignment.assigned_by).id if assignment.assigned_by else None
            orm.flush()
            orm.refresh(row)
            self._audit(
                orm,
                "assign",
                "assignment",
                row.id,
                coder_id=self._coder_row(orm, by).id,
                session_id=assignment.session_id,
                detail=f"{assignment.coder}{' blind' if assignment.blind else ''}",
            )
            return self._assignment(orm, row)

    def delete_assignment(self, session_id: int, coder: str, *, by: str) -> None:
        with self.atomic() as orm:
            coder_id = self._coder_row(orm, coder).id
            row = self._assignment_row(orm, session_id, coder_id)
            if row is None:
                raise NotFoundError(f"session {session_id} is not assigned to {coder}")
            orm.execute(delete(AssignmentRow).where(AssignmentRow.id == row.id))
            self._audit(
                orm,
                "unassign",
                "assignment",
                row.id,
                coder_id=self._coder_row(orm, by).id,
                session_id=session_id,
                detail=coder,
            )
