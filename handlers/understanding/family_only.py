"""A decision reached only through the families of the question's words,
while another of its words is in no decision at all: « on avait voté quand
le passage des cars à l'électrique ? » found « Le duplicata de la carte de
transport est facturé 10 € » (set 46b), « passage » and « cars » reaching
« transport » through the family of travel, « électrique » found nowhere.

A member asking of a decision never taken names what it would have been
about; the family of its commonest word reaches some decision of any group
on transport, money or meetings. When no decision found says one of the
question's words itself and a word of the question is in none of the
group's decisions, the thing asked was never decided as such: the reader
says it finds no decision rather than showing one on something else.
« qu'a-t-on décidé sur les vélos ? » (finding « pistes cyclables ») is kept:
every word of it is reached."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.topics import topic_scores

__all__ = ["reached_by_family_only"]


def reached_by_family_only(topic: Sequence[Word], texts: Sequence[str], own: Sequence[float]) -> bool:
    """True when every decision found (`own`, the share of the topic's own words each one says) says none of the
    topic's words itself, and one of those words is found in no text."""
    if len(topic) < 2 or any(share > 0 for share in own):
        return False
    return any(not any(topic_scores([word], texts)) for word in topic)

