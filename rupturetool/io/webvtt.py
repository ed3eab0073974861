"""WebVTT transcripts from Zoom (``Name: text`` in numbered cues) and Teams (``<v Name>text</v>`` voice spans).

A cue without a name continues the previous speaker; cue times become turn times. Cues are often cut
mid-sentence, so pieces of one speaker are joined with a space.
"""

from __future__ import annotations

import re

from rupturetool.core.errors import InputError
from rupturetool.io.captions import TIMING, Cue, Fragment, cue_turns, scan_cues
from rupturetool.io.transcript import RawTranscript, ReadOptions

_HEADER = re.compile(r"^\ufeff?WEBVTT(?:[ \t].*)?$")
_META_BLOCK = re.compile(r"^(?:NOTE|STYLE|REGION)(?:[ \t]|$)")  # comments and styling, never talk
# <v Name>, <v.loud Name>; Teams sometimes leaves out the closing </v>.
_VOICE = re.compile(r"<v(?:\.[^\s<>]*)?(?:[ \t]+(?P<name>[^<>\n]*))?>")
_VOICE_END = re.compile(r"</v\s*>")
_HINT = "'Name: text' lines or <v Name> voice tags"


def _fragments(cue: Cue) -> list[Fragment]:
    """A cue's text split at voice tags; text outside any voice is one fragment per line (labels may start it)."""
    fragments: list[Fragment] = []

    def plain(offset: int, text: str) -> None:
        for k, line in enumerate(text.split("\n")):
            if line.strip():
                fragments.append(Fragment(cue, _line_at(offset) + k, line))

    def _line_at(offset: int) -> int:
        return cue.lines[0][0] + payload.count("\n", 0, offset)

    payload = "\n".join(text for _, text in cue.lines)
    voices = list(_VOICE.finditer(payload))
    plain(0, payload[: voices[0].start()] if voices else payload)
    for k, match in enumerate(voices):
        stop = voices[k + 1].start() if k + 1 < len(voices) else len(payload)
        text = _VOICE_END.sub(" ", payload[match.end() : stop])
        name = " ".join((match.group("name") or "").split())
        if name:
            fragments.append(Fragment(cue, _line_at(match.start()), text.replace("\n", " "), voice=name))
        else:  # <v> without a name says nothing about the speaker
            plain(match.end(), text)
    return fragments


class WebVttReader:
    name = "vtt"
    suffixes = (".vtt",)
    binary = False

    def sniff(self, sample: str | bytes, suffix: str) -> float:
        assert isinstance(sample, str)
        first = sample.lstrip("\ufeff \t\n").split("\n", 1)[0]
        if _HEADER.match(first.rstrip()):
            return 1.0
        # A .vtt file without its header: claim it, so the user hears what is wrong rather than "unknown format".
        timed = any(TIMING.match(line) for line in sample.split("\n")[:200])
        return 0.5 if suffix in self.suffixes and timed else 0.0

    def read(self, data: str | bytes, source_name: str, options: ReadOptions) -> list[RawTranscript]:
        assert isinstance(data, str)
        lines = data.split("\n")
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None or not _HEADER.match(lines[first].rstrip()):
            found = repr(lines[first].strip()[:40]) if first is not None else "nothing"
            raise InputError(
                f"{source_name}: line {(first or 0) + 1}: not a WebVTT file "
                f"(it must start with 'WEBVTT'; found {found})"
            )
        begin = first + 1
        while begin < len(lines) and lines[begin].strip() and "-->" not in lines[begin]:
            begin += 1  # header lines such as "Kind: captions" run up to the first blank line
        scan = scan_cues(lines, begin, source_name, skip_block=lambda line: bool(_META_BLOCK.match(line)))
        fragments = [f for cue in scan.cues if cue.lines for f in _fragments(cue)]
        turns = cue_turns(fragments, source_name, options, _HINT, scan.warnings)
        return [RawTranscript(turns=turns, notes="\n".join(scan.notes), warnings=scan.warnings, joiner=" ")]


READER = WebVttReader()
