"""A sitting named by the opening words of its heading, asked when or where:
« le groupe de travail hébergement d'urgence a lieu quand ? », « … se tient
quand ? » of the sitting headed « Groupe de travail hébergement d'urgence et
logement, siège d'Alpes Isère Habitat » (blind set 41a).

The heading's words were found as that sitting (a place), but the same words
are a decision's (« Quatre places d'hébergement d'urgence … ») or a task's
(« Recenser les places d'hébergement d'urgence … »), and « a lieu quand »,
« se tient quand » weigh a decision or a task as much as a sitting: the
decision or the task answered with confidence. When the words found as the
sitting open its heading (its kind and what it is on, three words or more),
and the question asks when, where or at what time, the sitting is what is
asked: the readings of a meeting answer it. « c'est quand le groupe de
travail … ? » was read so already."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.normalise import fold
from handlers.understanding.pipeline import Understanding
from storage.models import Meeting

__all__ = ["heading_named"]

# Words asking when, where or at what time (folded).
_ASKING = frozenset({"quand", "ou", "heure", "jour", "date", "qd"})
_GLUE = frozenset({"le", "la", "les", "l", "de", "d", "du", "des", "et"})


def heading_named(u: Understanding, meetings: Sequence[Meeting]) -> bool:
    """The question names one sitting by the opening words of its heading (three words or more, from its first),
    and asks when, where or at what time (its small words aside)."""
    folded = [w.folded for w in u.words]
    if not any(f in _ASKING for f in folded):
        return False
    for e in u.entities:
        if e.kind != "place" or e.end - e.start < 3:
            continue
        said = [f for f in folded[e.start:e.end] if f not in _GLUE]
        held = [m for m in meetings if m.place and heading_of(m.place).strip() == e.label.split(",")[0].strip()]
        if len(held) != 1 or len(said) < 3:
            continue
        heading = [w for w in fold(heading_of(held[0].place)).replace("'", " ").split() if w not in _GLUE]
        # From the heading's first word, in its order (« groupe de travail » is read « groupe »).
        rest = iter(heading)
        if said[0] == heading[0] and all(any(w == h for h in rest) for w in said):
            return True
    return False
