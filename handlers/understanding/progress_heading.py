"""« le bilan du PAL il en est où ? »: how far a piece of work has got, whose
words a sitting's heading also says (« Réunion plénière de la CCCI : bilan du
PAL et cours de langues »). Read as that sitting, the « où » of « en est
où » asked its place and the bot gave the sitting of November, confidently
wrong (the lead's set 77). « où en est », « en est où » ask progress, never
a place: when no meeting noun is said and a task holds every word of the
heading's span, the span is the work asked, left to the topic, where the
task's pilot and status answer it."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.meeting_nouns import SITTINGS
from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity
from handlers.understanding.topics import topic_scores

__all__ = ["progress_not_meeting", "progress_over_heading"]

# « où en » asks progress only before « être » (« où en est », « où en sont-ils », « où en sommes-nous »): before
# anything else it is a place and a time (« se retrouve où en janvier ? », « où en général ? »), the sitting's place
# asked (set 26b).
_BEING = frozenset({"est", "sont", "es", "etes", "suis", "sommes", "etait", "etaient", "etions", "sera", "seront",
                    "serons"})
_LINKS = frozenset({"de", "du", "des", "d", "la", "l"})
_STOP = frozenset({"le", "la", "les", "l", "de", "du", "des", "d", "et", "a", "au", "aux"})


def _asks_progress(found: Sequence[Word]) -> bool:
    folded = [w.folded for w in found]
    return any(a == "ou" and b == "en" and c in _BEING or a == "en" and b in ("est", "sont") and c == "ou"
               for a, b, c in zip(folded, folded[1:], [*folded[2:], ""]))


def progress_not_meeting(found: Sequence[Word]) -> bool:
    """The message asks how far work has got (« où en est », « en est où ») and names no meeting: no sitting is
    described by it either (answer._described)."""
    return _asks_progress(found) and not any(w.lemma in SITTINGS or w.folded in SITTINGS for w in found)


def progress_over_heading(found: Sequence[Word], entities: list[Entity], tasks: Sequence[str]) -> list[Entity]:
    """`entities` without the sittings' headings whose words a task holds, when the message asks how far work has got
    and names no meeting."""
    if not tasks or not progress_not_meeting(found):
        return entities

    def worked(e: Entity) -> bool:
        # The noun the heading's word completes (« bilan » of « le bilan du PAL ») is part of the work's name.
        start = e.start
        while start > 0 and found[start - 1].folded in _LINKS:
            start -= 1
        if start < e.start and start > 0:
            start -= 1
        said = [w for w in found[start:e.end] if w.folded not in _STOP]
        return e.kind == "place" and len(said) >= 2 and max(topic_scores(said, tasks)) >= 1.0

    return [e for e in entities if not worked(e)]
