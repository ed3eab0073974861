"""“Who is coding?”: asked at the first start and from File → Switch coder; the answer is remembered.

Every change is recorded under the coder's name, and review rules depend on their role, so the app never guesses
silently from the login name once a person has said who they are.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.domain import Coder, CoderRole
from rupturetool.core.review import CONSENSUS
from rupturetool.gui.settings import identity_settings

ROLE_TEXT = {
    CoderRole.THERAPIST: "Therapist — codes their own sessions",
    CoderRole.SUPERVISOR: "Supervisor — reviews, approves, adjudicates",
    CoderRole.RESEARCHER: "Researcher — double-codes, adjudicates, measures agreement",
}


class CoderDialog(QDialog):
    def __init__(self, coders: list[Coder], current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Who is coding?")
        self._roles = {c.name: c.role for c in coders if c.name != CONSENSUS}
        intro = QLabel(
            "Every code, comment and review is recorded under this name. Choose yourself from the list or type "
            "your name as your team writes it."
        )
        intro.setWordWrap(True)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(sorted(self._roles))
        self.name.setCurrentText(current or "")
        self.name.setAccessibleName("Coder name")
        self.name.currentTextChanged.connect(self._name_changed)
        self.role = QComboBox()
        for role, text in ROLE_TEXT.items():
            self.role.addItem(text, role)
        self.role.setAccessibleName("Role")
        self.remember = QCheckBox("&Remember me on this computer")
        self.remember.setChecked(True)
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("R&ole:", self.role)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.buttons)
        self._name_changed(self.name.currentText())
        self.name.setFocus()

    def _name_changed(self, text: str) -> None:
        known = self._roles.get(text.strip())
        if known is not None:
            self.role.setCurrentIndex(self.role.findData(known))
        name = text.strip()
        ok = bool(name) and name != CONSENSUS
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def chosen(self) -> tuple[str, CoderRole]:
        return self.name.currentText().strip(), CoderRole(self.role.currentData())


def remembered_coder() -> tuple[str, CoderRole] | None:
    settings = identity_settings()
    name = settings.value("identity/coder")
    role = settings.value("identity/role")
    if not name:
        return None
    try:
        return str(name), CoderRole(str(role))
    except ValueError:
        return str(name), CoderRole.THERAPIST


def remember_coder(name: str | None, role: CoderRole | None = None) -> None:
    settings = identity_settings()
    if name is None:
        settings.remove("identity/coder")
        settings.remove("identity/role")
    else:
        settings.setValue("identity/coder", name)
        settings.setValue("identity/role", str(role or CoderRole.THERAPIST))
    settings.sync()


def ask_coder(
    coders: list[Coder], current: str | None = None, parent: QWidget | None = None
) -> tuple[str, CoderRole] | None:
    """Ask who is coding; None when cancelled. The answer is remembered when the box stays ticked."""
    dialog = CoderDialog(coders, current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    name, role = dialog.chosen()
    remember_coder(name if dialog.remember.isChecked() else None, role)
    return name, role
