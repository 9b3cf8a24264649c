"""A tag that ends a yes-or-no question: « on a une réunion le 21 janvier,
non ? », « la CCA a lieu jeudi hein ? », « le bus va jusqu'à Vaulx hein ».

Checking a fact, a member adds « non ? » or « hein » after it; the tag asks
for agreement, says nothing of the fact, and its word weighed on the
readings (« non » is a word of refusal and negation among the examples):
« on a une réunion le 21 janvier, non ? » fell below the bar that « on a une
réunion le 21 janvier ? » passes. At the very end of a message, after
something else was said, the tag is framing. « ou pas » stays: it asks the
status as « c'est fait ? » does."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word

__all__ = ["question_tags"]

_TAGS = frozenset({"non", "hein", "nan", "hien", "right"})  # « …, right ? »: project staff's English tag


def question_tags(found: Sequence[Word]) -> set[int]:
    """The index of a tag ending the message (after three words at least), else nothing."""
    if len(found) >= 4 and found[-1].folded in _TAGS and found[-2].folded not in ("pas", "ou", "que", "si"):
        return {len(found) - 1}
    return set()
