"""The main window's menus. Every action lives in a menu (so Help → Keyboard shortcuts can list it) and most
have a key; plain letters are left to the coding scheme's hotkeys, so navigation keys use modifiers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from rupturetool.gui.main_window import MainWindow

Keys = QKeySequence | QKeySequence.StandardKey | str | list[str] | None


def add_action(window: MainWindow, menu: QMenu, text: str, slot, keys: Keys = None, *, checkable=False) -> QAction:
    action = QAction(text, window)
    if isinstance(keys, list):
        action.setShortcuts([QKeySequence(k) for k in keys])
    elif keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.setCheckable(checkable)
    (action.toggled if checkable else action.triggered).connect(slot)
    menu.addAction(action)
    window.addAction(action)  # the key works wherever the focus is inside the window
    return action


def build_menus(w: MainWindow) -> None:
    bar = w.menuBar()
    file_menu = bar.addMenu("&File")
    add_action(w, file_menu, "&Import transcripts…", w.importer.choose_files, "Ctrl+I")
    add_action(w, file_menu, "&Reload", w.reload, "F5")
    add_action(w, file_menu, "S&witch coder… (who is coding)", w.review_actions.switch_coder, "Ctrl+Alt+W")
    file_menu.addSeparator()
    add_action(w, file_menu, "&Quit", w.close, "Ctrl+Q")

    edit = bar.addMenu("&Edit")
    w.undo_action = add_action(w, edit, "&Undo", w.undo, "Ctrl+Z")
    # The platform's standard redo key differs (Ctrl+Y, Ctrl+Shift+Z): accept both everywhere.
    w.redo_action = add_action(w, edit, "&Redo", w.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
    edit.addSeparator()
    add_action(w, edit, "Remove my last marker on the segment (Del in the transcript)", w.remove_last_marker)
    edit.addSeparator()
    add_action(w, edit, "&Find…", w.view.show_search, "Ctrl+F")
    add_action(w, edit, "Find next", w.view.find_next, "F3")
    add_action(w, edit, "Find previous", w.view.find_previous, "Shift+F3")
    edit.addSeparator()
    add_action(w, edit, "Correct the turn's te&xt…", w.view.open_text_correction, "Ctrl+Shift+X")
    add_action(w, edit, "Merge the segment with the ne&xt one", w.view.request_merge, "Ctrl+Shift+M")
    add_action(w, edit, "Split the segment… (select characters, then Ctrl+Shift+Enter)", w.view.open_span_selector)
    edit.addSeparator()
    add_action(w, edit, "&History of this session…", w.open_history, "Ctrl+H")
    w.edit_menu = edit

    nav = bar.addMenu("&Navigate")
    add_action(w, nav, "Next turn", lambda: w.step_turn(1), "Ctrl+Down")
    add_action(w, nav, "Previous turn", lambda: w.step_turn(-1), "Ctrl+Up")
    add_action(w, nav, "Next marker", lambda: w.step_marker(1), "Alt+Down")
    add_action(w, nav, "Previous marker", lambda: w.step_marker(-1), "Alt+Up")
    add_action(w, nav, "Next 5-minute segment", lambda: w.step_slice(1), "Ctrl+PgDown")
    add_action(w, nav, "Previous 5-minute segment", lambda: w.step_slice(-1), "Ctrl+PgUp")
    add_action(w, nav, "Next unresolved episode", lambda: w.episode_actions.next_unresolved(1), "Alt+PgDown")
    add_action(w, nav, "Previous unresolved episode", lambda: w.episode_actions.next_unresolved(-1), "Alt+PgUp")
    add_action(w, nav, "Go to turn…", w.ask_turn, "Ctrl+G")
    w.nav_menu = nav

    coding = bar.addMenu("&Coding")
    add_action(w, coding, "Select characters or the whole turn to code… (Enter)", w.view.open_span_selector, "F2")
    coding.addSeparator()
    for value in range(1, 6):
        add_action(
            w,
            coding,
            f"Significance {value} for the next marker",
            lambda _=False, v=value: w.set_significance(v),
            f"Ctrl+{value}",
        )
    coding.addSeparator()
    for value in range(1, 6):
        add_action(
            w,
            coding,
            f"Change significance of my last marker here to {value}",
            lambda _=False, v=value: w.restate_significance(v),
            f"Ctrl+Shift+{value}",
        )
    coding.addSeparator()
    add_action(w, coding, "Next marker's actor: &therapist / patient", w.toggle_actor, "Ctrl+T")
    add_action(w, coding, "Write a &note for the next marker", w.focus_note, "Ctrl+N")
    coding.addSeparator()
    add_action(w, coding, "Suggestion mode: step through suggested codes", w.suggestion_actions.toggle, "F4")
    w.coding_menu = coding

    episodes = bar.addMenu("E&pisode")
    actions = w.episode_actions
    add_action(w, episodes, "&Start an episode from my markers on this segment", actions.start, "Ctrl+E")
    add_action(w, episodes, "&Propose episodes from nearby markers…", actions.propose, "Ctrl+Shift+E")
    episodes.addSeparator()
    for stage in range(1, 5):
        add_action(
            w,
            episodes,
            f"Mark stage {stage} reached at this turn",
            lambda _=False, s=stage: actions.mark_stage(s),
            f"Alt+{stage}",
        )
    add_action(w, episodes, "Add a resolution st&rategy at this turn…", actions.add_strategy, "Ctrl+R")
    episodes.addSeparator()
    for key, outcome in (("Ctrl+Alt+R", "resolved"), ("Ctrl+Alt+P", "partial"), ("Ctrl+Alt+U", "unresolved")):
        add_action(w, episodes, f"Outcome: {outcome}", lambda _=False, o=outcome: actions.set_outcome(o), key)
    add_action(w, episodes, "Outcome: not rated", lambda: actions.set_outcome(None))
    episodes.addSeparator()
    add_action(w, episodes, "Edit the episode's &markers…", lambda: actions.edit_markers())
    add_action(w, episodes, "&Delete the episode", lambda: actions.delete())

    session_menu = bar.addMenu("&Session")
    add_action(w, session_menu, "Speaker &roles…", w.edit_speakers, "Ctrl+Shift+R")
    add_action(w, session_menu, "Session &measures", w.show_measures, "Ctrl+M")
    add_action(w, session_menu, "&5-minute segments (3RS)", w.toggle_segments, "Ctrl+Shift+G")
    session_menu.addSeparator()
    add_action(w, session_menu, "Apply suggested &OCR corrections ('| guess' → 'I guess')", w.apply_ocr)
    add_action(w, session_menu, "Re&vert text corrections (back to the imported text)", w.revert_corrections)
    add_action(w, session_menu, "Find identifiers to redact (names, phones, addresses)…", w.find_identifiers)
    w.session_menu = session_menu

    view = bar.addMenu("&View")
    add_action(w, view, "Next pane", w.next_pane, "F6")
    add_action(w, view, "Sessions", lambda: w.tree.setFocus(), "Ctrl+Shift+S")
    add_action(w, view, "Transcript", w.focus_transcript, "Ctrl+Shift+T")
    add_action(w, view, "Coding panel", lambda: w.show_side(0), "Ctrl+Shift+C")
    add_action(w, view, "Episodes panel", w.show_episode_panel, "Ctrl+Shift+P")
    add_action(w, view, "Session timeline strip", lambda: w.strip.setFocus(), "Ctrl+Shift+L")
    view.addSeparator()
    add_action(w, view, "Zoom in", w.view.zoom_in, ["Ctrl++", "Ctrl+="])
    add_action(w, view, "Zoom out", w.view.zoom_out, "Ctrl+-")
    add_action(w, view, "Actual size", w.view.zoom_reset, "Ctrl+0")
    view.addSeparator()
    filters = view.addMenu("Show only…")
    for action in w.view.filter_actions():
        filters.addAction(action)
    view.addSeparator()
    add_action(w, view, "Client &timeline", w.show_timeline, "F7")
    add_action(w, view, "&Caseload", w.show_caseload, "F8")
    w.view_menu = view

    build_review_menu(w)

    help_menu = bar.addMenu("&Help")
    add_action(w, help_menu, "&Keyboard shortcuts", w.show_keys, "F1")
    add_action(w, help_menu, "&About rupturetool", w.about)


def build_review_menu(w: MainWindow) -> None:
    review = w.menuBar().addMenu("Revie&w")
    actions = w.review_actions
    add_action(w, review, "Review panel", w.show_review_panel, "Ctrl+Shift+V")
    add_action(w, review, "Submit my coding for review", actions.submit, "Ctrl+Alt+S")
    add_action(w, review, "Reopen my coding (back to draft)", actions.reopen)
    review.addSeparator()
    add_action(w, review, "Approve the chosen coder's coding", lambda: actions.approve())
    add_action(w, review, "Request changes to the chosen coder's coding…", lambda: actions.request_changes())
    add_action(w, review, "Review queue (submitted sessions)…", actions.show_queue, "F9")
    review.addSeparator()
    add_action(w, review, "Comment on this turn, marker or episode…", actions.comment, "Ctrl+Alt+M")
    add_action(w, review, "Reply to the chosen comment…", lambda: actions.reply())
    add_action(w, review, "Next comment", lambda: actions.step_comment(1), "Alt+Shift+Down")
    add_action(w, review, "Previous comment", lambda: actions.step_comment(-1), "Alt+Shift+Up")
    review.addSeparator()
    add_action(w, review, "Assign this session to a coder (blind)…", actions.assign)
    add_action(w, review, "Compare two coders and adjudicate…", w.compare_coders, "Ctrl+Alt+C")
    w.consensus_action = add_action(
        w, review, "Code into the consensus layer", actions.use_consensus, "Ctrl+Alt+L", checkable=True
    )
    add_action(w, review, "Agreement between coders…", w.show_agreement, "Ctrl+Alt+A")
    add_action(w, review, "Review report (HTML / PDF)…", w.review_report, "Ctrl+P")
    w.review_menu = review
