"""Help → Keyboard shortcuts: every key, read from the application's actions (so the list cannot drift).

Rows come from ``(menu title, actions)`` pairs — or straight from the menus with ``groups_from_menus`` — plus a
few extra rows for keys that are not actions (e.g. "W then 1–7" in the transcript). Type in the filter field to
find a key or an action; Esc closes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

Group = tuple[str, Sequence[QAction]]
ExtraRow = tuple[str, str, str]  # (group, keys, what they do)


def plain_text(text: str) -> str:
    """A menu text as read aloud: mnemonic '&' removed ('&&' is a literal '&'), any '\\t' shortcut hint dropped."""
    text = text.split("\t", 1)[0]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(action: QAction) -> str:
    """The action's shortcuts in the platform's own notation, e.g. 'Ctrl+Shift+Z or Ctrl+Y'."""
    keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty()]
    return " or ".join(keys)


def groups_from_menus(menus: Iterable[QMenu]) -> list[Group]:
    """(menu title, actions) for each menu and, as 'Menu › Submenu', each submenu: straight from the menu bar."""
    groups: list[Group] = []

    def walk(menu: QMenu, title: str) -> None:
        groups.append((title, [a for a in menu.actions() if a.menu() is None and not a.isSeparator()]))
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{title} › {plain_text(sub.title())}")

    for menu in menus:
        walk(menu, plain_text(menu.title()))
    return groups


class ShortcutsWindow(QDialog):
    """A filterable two-column list (action, keys) grouped by menu."""

    def __init__(
        self,
        groups: Sequence[Group],
        extra: Sequence[ExtraRow] = (),
        parent: QWidget | None = None,
        *,
        include_unbound: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(660, 600)
        layout = QVBoxLayout(self)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Type to find a key or an action (e.g. “undo” or “Ctrl+Z”)")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter shortcuts")
        self.filter.textChanged.connect(self.apply_filter)
        label = QLabel("&Find:")
        label.setBuddy(self.filter)
        layout.addWidget(label)
        layout.addWidget(self.filter)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Action", "Keys"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName("Keyboard shortcuts")
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        layout.addWidget(self.tree, stretch=1)

        self.empty = QLabel("No key or action matches.")
        self.empty.setVisible(False)
        layout.addWidget(self.empty)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._fill(groups, extra, include_unbound)
        # Room after the longest key text, so it does not touch the window edge.
        header.resizeSection(1, max(120, self.tree.sizeHintForColumn(1) + 28))
        self.filter.setFocus()

    def _fill(self, groups: Sequence[Group], extra: Sequence[ExtraRow], include_unbound: bool) -> None:
        heads: dict[str, QTreeWidgetItem] = {}

        def head(title: str) -> QTreeWidgetItem:
            title = plain_text(title)
            if title not in heads:
                item = QTreeWidgetItem([title, ""])
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(item)
                item.setFirstColumnSpanned(True)
                item.setExpanded(True)
                heads[title] = item
            return heads[title]

        seen: set[int] = set()  # an action listed under two menus appears once, under the first
        for title, actions in groups:
            for action in actions:
                if action.isSeparator() or not action.isVisible() or id(action) in seen:
                    continue
                keys = key_text(action)
                if not keys and not include_unbound:
                    continue
                seen.add(id(action))
                row = QTreeWidgetItem([plain_text(action.text()), keys or "—"])
                if action.toolTip() and plain_text(action.toolTip()) != plain_text(action.text()):
                    row.setToolTip(0, action.toolTip())
                head(title).addChild(row)
        for title, keys, what in extra:
            head(title).addChild(QTreeWidgetItem([what, keys]))
        for item in list(heads.values()):
            if item.childCount() == 0:
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
            else:
                item.setExpanded(True)

    def rows(self, *, visible_only: bool = True) -> list[tuple[str, str, str]]:
        """(group, action, keys) for each row shown: what the user sees, for tests and screen readers."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if visible_only and group.isHidden():
                continue
            for j in range(group.childCount()):
                row = group.child(j)
                if not (visible_only and row.isHidden()):
                    out.append((group.text(0), row.text(0), row.text(1)))
        return out

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        shown = 0
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            group_matches = needle in group.text(0).lower()
            visible = 0
            for j in range(group.childCount()):
                row = group.child(j)
                hit = not needle or group_matches or needle in row.text(0).lower() or needle in row.text(1).lower()
                row.setHidden(not hit)
                visible += hit
            group.setHidden(visible == 0)
            shown += visible
        self.empty.setVisible(shown == 0)
