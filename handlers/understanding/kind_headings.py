"""The sittings of a kind named with its subject, written in other order
by one heading: « la prochaine commission tourisme » when four sittings are
headed « Commission tourisme et activités de pleine nature : … » and the
next is headed « Commission plénière présidée par le vice-président chargé
du tourisme » (the lead's set 66).

The phrase found among the places (« commission tourisme ») holds the
sittings whose heading says it in a row; a heading opening with the same
sitting's noun (« Commission ») and saying a content word of the rest of
the phrase further on is a sitting of the same kind on the same subject,
and is held too (« la prochaine réunion de la commission tourisme et
activités de pleine nature » as well). Only for a phrase that opens with a
sitting's noun and says one content word more (« la commission sociale »
is not « Commission plénière … » unless that heading says « sociale »)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.heading_kin import SITTING_KINDS
from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.world import plain
from storage.models import Meeting

__all__ = ["with_kind_headings"]

_LITTLE = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en"})


def _heading(meeting: Meeting) -> list[str]:
    return plain(heading_of(meeting.place)).split()


def with_kind_headings(key: str, held: Sequence[Meeting], meetings: Sequence[Meeting]) -> tuple[Meeting, ...]:
    """`held` (the sittings the place phrase `key` names) with the sittings whose heading opens with the phrase's
    noun and says its other content words elsewhere, in the meetings' order."""
    words = key.split()
    if len(words) < 2 or words[0] not in SITTING_KINDS or not held:
        return tuple(held)
    rest = [w for w in words[1:] if w not in _LITTLE]
    if not rest:
        return tuple(held)
    kin = [m for m in meetings if all(m is not h for h in held) and (heading := _heading(m))
           and heading[0] == words[0] and any(w in heading[1:] for w in rest)]
    if not kin:
        return tuple(held)
    return tuple(m for m in meetings if any(m is h for h in list(held) + kin))
