"""A sitting named by what its heading says it is on: « la commission sur
l'hiver sans neige avait commencé à quelle heure ? » when one sitting is
headed « Commission … : l'hiver sans neige et la diversification des
activités » (the lead's set 66).

A season there is the heading's subject, not a time: « sur l'hiver » is no
« en hiver » (which would look for a sitting held in the winter). After a
sitting's noun (« la commission », « la réunion », « la séance », « la
plénière ») and « sur » or « consacrée à », the words run as long as a
sitting's heading (what its place says before the first comma) says each
of them; the one sitting whose heading says the longest run, two content
words at least, is it, and the message is read again with « la réunion du
19 novembre 2026 » in place of the noun and the run. Two sittings saying as
much, or a run of one word, leave the message as it was."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.described_meeting import heading_words, named_meeting, same_stem, stems
from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.normalise import fold
from storage.models import Meeting

__all__ = ["sitting_on"]

_ON = re.compile(r"(?i)\b(?:la|cette)\s+(?:commission|r[ée]union|r[ée]u|s[ée]ance|rencontre|pl[ée]ni[èe]re)\s+"
                 r"(?:sur|consacr[ée]e\s+(?:à|au|aux))\s+")
# Little words inside the run (« l'hiver sans neige et la diversification »), never its last.
_LITTLE = frozenset({"l", "la", "le", "les", "de", "du", "des", "d", "et", "a", "au", "aux", "en"})
_SEASONS = frozenset({"ete", "hiver", "automne", "printemps", "rentree"})


def _run(words: list[re.Match[str]], heading: str) -> tuple[int, int]:
    """How many content words of `words` the heading says in a row from the first, and where the last one ends."""
    said = heading_words(heading)
    count, end = 0, 0
    for word in words:
        folded = fold(word.group(0))
        if folded in _LITTLE:
            continue
        own = [folded] if folded in _SEASONS else stems(word.group(0))
        if not own or not all(any(same_stem(w, x) for x in said) for w in own):
            break
        count, end = count + 1, word.end()
    return count, end


def sitting_on(text: str, meetings: Sequence[Meeting]) -> str | None:
    """`text` with « la commission sur l'hiver sans neige » replaced by the day of the one sitting whose heading
    says those words, or None."""
    found = _ON.search(text)
    if found is None:
        return None
    words = list(re.finditer(r"[^\W_]+", text[found.end():]))
    runs = sorted(((*_run(words, heading_of(m.place)), m) for m in meetings), key=lambda r: -r[0])
    if not runs or runs[0][0] < 2 or len(runs) > 1 and runs[1][0] == runs[0][0]:
        return None
    _, end, meeting = runs[0]
    return text[:found.start()] + named_meeting(meeting) + text[found.end() + end:]
