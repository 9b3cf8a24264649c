"""The last meeting one member came to: « la dernière fois que je suis venu
c'était quand ? », « je suis venue pour la dernière fois quand ? », « la dernière fois que
Katell est venue ? ».

The attendance answer takes the group's last meeting for a question that
looks back, and said the asker was excused there: true, but not what was
asked. Here the meeting is the latest held one whose recorded attendance
marks that member present, which is what « la dernière fois que … venu »
asks of the records (blind set 49b). Nothing is guessed when no recorded
meeting marks them present: the plain answer stands.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from handlers.understanding.normalise import Word
from storage.models import Meeting

__all__ = ["asks_last_presence", "last_present"]

# The participle or adjective of having come (« venu », « présente », « là »), as typed, folded.
_CAME = frozenset({"venu", "venue", "venus", "venues", "present", "presente", "presents", "presentes", "la"})
# The verbs carrying it in the past (« je suis venu », « j'étais là », « elle est venue »).
_AUX = frozenset({"suis", "est", "etais", "etait", "ai", "a"})


def asks_last_presence(words: Sequence[Word]) -> bool:
    """« la dernière fois que je suis venu », « je suis venu pour la dernière fois », « ma dernière présence »: the
    last time someone came is asked, not who came the last time (« qui était là la dernière fois ? » has no subject
    coming, and keeps the last meeting)."""
    folded = [w.folded for w in words]
    if "qui" in folded or "combien" in folded:
        return False  # « qui était là la dernière fois ? », « on était combien ? »: who, at the last meeting
    if any(a == "derniere" and b in ("presence", "participation") for a, b in zip(folded, folded[1:])):
        return True
    # « la dernière fois que je suis venu », « je suis venue pour la dernière fois »; not « j'étais là la dernière
    # fois ? », which asks of the last meeting.
    last = any(folded[i:i + 3] in (["derniere", "fois", "que"], ["derniere", "fois", "qu"])
               or folded[max(0, i - 2):i + 2] == ["pour", "la", "derniere", "fois"]
               for i, w in enumerate(folded) if w == "derniere")
    return last and any(a in _AUX and b in _CAME for a, b in zip(folded, folded[1:]))


def last_present(held: Sequence[Meeting], number: int, present: Callable[[Meeting], Collection[int]]) -> Meeting | None:
    """The latest of `held` (in order) whose recorded attendance marks member `number` present, if any."""
    return next((m for m in reversed(held) if number in present(m)), None)
