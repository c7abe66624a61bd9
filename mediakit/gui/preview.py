"""The live preview's timing: rebuild a moment after the last change, never show a stale build.

Every change bumps a generation counter and restarts a single-shot timer. When the timer fires, a
snapshot of the kit is read on the catalog lane and handed to the build lane; a result (or a
snapshot) that comes back for an older generation is dropped. A snapshot equal to the one last
built needs no build at all.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from mediakit.edits import Changes
from mediakit.gui.lanes import BuildLane, Built
from mediakit.gui.operations import library as ops
from mediakit.gui.operations.library import KitSnapshot
from mediakit.gui.runner import OpRunner, sentence
from mediakit.model import KitContent

DELAY_MS = 300


class LivePreview(QObject):
    """Schedules preview builds of one kit; says when one starts, ends or fails."""

    building = Signal()
    progressed = Signal(int)  # per cent
    built = Signal(object)  # PDF bytes
    checked = Signal(object)  # preflight findings of that build
    unchanged = Signal()
    failed = Signal(str)
    no_kit = Signal()

    def __init__(
        self,
        runner: OpRunner,
        builds: BuildLane,
        *,
        delay_ms: int = DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._builds = builds
        self._kit_id: int | None = None
        self._generation = 0
        self._shown: KitContent | None = None
        self._pending: dict[int, KitContent] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._request)
        builds.built.connect(self._built)
        builds.failed.connect(self._failed)
        builds.progressed.connect(self._progressed)

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def kit_id(self) -> int | None:
        return self._kit_id

    @property
    def shown(self) -> KitContent | None:
        """The kit snapshot of the PDF on show."""
        return self._shown

    def show_kit(self, kit_id: int | None) -> None:
        self._kit_id, self._shown = kit_id, None
        self.schedule()

    def on_changes(self, changes: Changes) -> None:
        if changes and self._kit_id is not None:
            self.schedule()

    def refresh(self) -> None:
        """Build again now, even if nothing in the kit changed (e.g. a photo file was replaced)."""
        self._shown = None
        self.schedule()
        self._timer.start(0)

    def schedule(self) -> None:
        """Ask for a build a moment from now; anything asked for before is now stale."""
        self._generation += 1
        self._timer.start()

    def _request(self) -> None:
        if self._kit_id is None:
            self.no_kit.emit()
            return
        generation = self._generation
        op = ops.kit_snapshot(kit_id=self._kit_id)
        op.success(lambda snapshot: self._snapshot_ready(generation, snapshot))
        op.failure(lambda error: self._failed(generation, error))
        self._runner.run(op)

    def _snapshot_ready(self, generation: int, snapshot: KitSnapshot) -> None:
        if generation != self._generation:
            return
        if snapshot.content == self._shown:
            self.unchanged.emit()
            return
        self._pending = {generation: snapshot.content}
        self.building.emit()
        self._builds.submit(
            generation, snapshot.content, snapshot.photos, **snapshot.build_options()
        )

    def _built(self, generation: int, result: Built) -> None:
        content = self._pending.pop(generation, None)
        if generation != self._generation or content is None:
            return
        self._shown = content
        self.built.emit(result.pdf)
        self.checked.emit(result.findings)

    def _progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and total > 0:
            self.progressed.emit(min(100, 100 * done // total))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._pending.clear()
            self.failed.emit(sentence(error))
