"""« on adopte le bilan 2026 quel jour ? »: an act the group does at a sitting,
asked when with no sitting's noun, where one sitting's agenda plans it
(« Adoption du bilan annuel 2026 du comité … »). Read plainly, the words
found the deadlines sharing « bilan 2026 », a confident wrong answer (the
lead's set 69). The question is read again as « la séance où on adopte le
bilan 2026, c'est quand ? », which described_meeting.py answers when one
sitting's agenda says the act and its object (the verb's root opening the
point's noun), and leaves as it was otherwise."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.described_meeting import described_meeting
from handlers.understanding.normalise import fold
from storage.models import Meeting

__all__ = ["act_as_sitting"]

# « on adopte … quel jour ? », « on vote … quand ? », « nous adoptons … à quelle date ? », « … c'est quand ? »
_ASKED = re.compile(r"(?i)^\s*(?:et\s+)?(?P<who>on|nous)\s+(?P<clause>[^\W\d_]{4,}\s+[^?,;]+?)\s*,?\s*"
                    r"(?P<when>quel\s+jour|quand|[àa]\s+quelle\s+date|c['’]est\s+quand)\s*\?*\s*$")


def act_as_sitting(text: str, meetings: Sequence[Meeting]) -> str:
    """`text` with the act asked when read as the sitting one agenda plans it at, else as is."""
    found = _ASKED.match(text)
    if found is None:
        return text
    # The act itself on an agenda (« adopte » of « Adoption du … »): « on envoie le bilan quand ? » asks a deadline,
    # though a sitting's heading says « bilan ».
    root = fold(found.group("clause").split()[0])[:5]
    if not any(w.startswith(root) for m in meetings for item in m.agenda for w in re.findall(r"[a-z]+", fold(item.text))):
        return text
    again = f"la séance où {found.group('who')} {found.group('clause')}, c'est quand ?"
    return described_meeting(again, meetings, relative_only=True) or text
