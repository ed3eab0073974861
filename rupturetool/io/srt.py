"""SubRip (.srt) transcripts: numbered cues, ``00:00:01,000 --> 00:00:04,000``, speaker labels in the text.

Labels come from diarisation (``[SPEAKER_00]: ...``, ``SPEAKER_01: ...``) or from people (``Maya: ...``); a
cue without a label continues the previous speaker. Cues are often cut mid-sentence: pieces join with a space.
"""

from __future__ import annotations

import re

from rupturetool.io.captions import TIMING, Fragment, cue_turns, scan_cues
from rupturetool.io.transcript import RawTranscript, ReadOptions

_INDEX = re.compile(r"^\s*\d+\s*$")
_HINT = "'SPEAKER_00: text', '[SPEAKER_00]: text' or 'Name: text'"


class SubRipReader:
    name = "srt"
    suffixes = (".srt",)
    binary = False

    def sniff(self, sample: str | bytes, suffix: str) -> float:
        assert isinstance(sample, str)
        lines = [line for line in sample.lstrip("\ufeff").split("\n")[:400] if line.strip()]
        if not lines or lines[0].startswith("WEBVTT"):
            return 0.0
        timings = [line for line in lines if TIMING.match(line)]
        if not timings:
            return 0.0
        nudge = 0.05 if suffix in self.suffixes else 0.0
        # The comma before the milliseconds is SubRip's signature; a numbered first cue confirms it.
        if sum("," in line.split("-->")[0] for line in timings) * 2 >= len(timings):
            numbered = len(lines) > 1 and bool(_INDEX.match(lines[0])) and bool(TIMING.match(lines[1]))
            return 0.9 + (0.05 if numbered else 0.0) + nudge
        return 0.4 + nudge  # timing lines with dots and no WEBVTT header: readable, but not clearly SubRip

    def read(self, data: str | bytes, source_name: str, options: ReadOptions) -> list[RawTranscript]:
        assert isinstance(data, str)
        scan = scan_cues(data.lstrip("\ufeff").split("\n"), 0, source_name)
        fragments = [Fragment(cue, number, text) for cue in scan.cues for number, text in cue.lines if text.strip()]
        turns = cue_turns(fragments, source_name, options, _HINT, scan.warnings)
        return [RawTranscript(turns=turns, notes="\n".join(scan.notes), warnings=scan.warnings, joiner=" ")]


READER = SubRipReader()
