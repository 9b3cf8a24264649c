"""What a member heard, put to the group as a question: « il paraît que le
forum est avancé ? », « on m'a dit que la réunion de Pithiviers était
annulée, c'est vrai ? », « j'ai entendu dire que le comité avait bougé ? »
(blind set 48c).

The frame says where the news came from and asks nothing itself; its words
(« paraît », « dit », « vrai ») matched examples of other intents, or were
taken for the topic, and left the question unsure. With a question mark,
the frame is set aside and the clause it carries is what is asked. Without
one, « il paraît que la salle sera repeinte » is news told, and stays as it
is read."""

from __future__ import annotations

from handlers.understanding.normalise import Word

__all__ = ["hearsay", "past_frame"]

# The frames, as folded words, in the order they are tried (longest first where one opens another).
_FRAMES: tuple[tuple[str, ...], ...] = (
    ("on", "m", "a", "dit", "que"), ("on", "m", "a", "dit", "qu"), ("on", "nous", "a", "dit", "que"),
    ("j", "ai", "entendu", "dire", "que"), ("j", "ai", "entendu", "dire", "qu"), ("j", "ai", "entendu", "que"),
    ("il", "parait", "que"), ("il", "parait", "qu"), ("parait", "il", "que"), ("parait", "que"), ("parait", "qu"),
)
# Not « c'est vrai que le festival est en juillet ? »: the member checks a fact of their own, no news heard, and the
# earlier sets leave it to the readings as it was (set 37b).
# « …, c'est vrai ? », « …, c'est bien vrai ? »: the check closing the message.
_CLOSING_CHECKS: tuple[tuple[str, ...], ...] = (("c", "est", "vrai"), ("c", "est", "bien", "vrai"), ("vrai"))


def hearsay(text: str, found: list[Word]) -> set[int]:
    """The positions of the hearsay frame's words (module docstring); none without a question mark."""
    if "?" not in text:
        return set()
    folded = [w.folded for w in found]
    aside: set[int] = set()
    for frame in _FRAMES:
        for start in range(len(folded) - len(frame)):
            if tuple(folded[start:start + len(frame)]) == frame and not aside & set(range(start, start + len(frame))):
                aside |= set(range(start, start + len(frame)))
                break
    if not aside:
        return set()  # « c'est vrai ? » alone closes no heard news: « le forum est gratuit, c'est vrai ? » asks it
    for check in _CLOSING_CHECKS:
        if len(folded) > len(check) and tuple(folded[-len(check):]) == check:
            aside |= set(range(len(folded) - len(check), len(folded)))
            break
    return aside


def past_frame(folded: list[str]) -> int:
    """Where the clause a hearsay frame opening the message carries begins (« il paraît qu' | on ne fait plus … »),
    0 without one: its « que » asks nothing (no_longer.py)."""
    for frame in _FRAMES:
        if tuple(folded[:len(frame)]) == frame:
            return len(frame)
    return 0
