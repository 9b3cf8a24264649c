"""The body the group itself is of, named in a question on the group's directory or tasks.

A syndicate's comité is the body whose name the members of other bodies carry in their titles
(« Maire de Lavaurs, président du SIVOM », « Comptable public, trésorier du SIVOM »): the group is
that body's, even when one member — its director — is listed under it. « l'annuaire du SIVOM ? »,
« quelles tâches sont en retard au SIVOM ? » then ask the group's directory and tasks, not the one
member's body (set 48b): the complement is read away; so do « la liste des membres de la CCID ? »
and « la composition de la CCID » (the lead's set 84), as « les décisions récentes de la CCID » asks the
group's decisions, where the CCID's chair and coordinator are
members of the Mairie and its commissaires two bodies named after it. A body only its own members' titles write
(« Responsable du centre de tri » of the sorting syndicate) is another body, read as typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.normalise import fold
from storage.models import Member

__all__ = ["without_group_body"]


# The directory or the tasks asked, the body after « du », « au », « de la », « à la », « pour le ».
# So are its members or its composition (« la liste des membres de la CCID ? », « la composition complète de la
# CCID » when the chair and the coordinator are « président / coordinatrice de la CCID »: the lead's set 84), and its
# decisions (« les décisions récentes de la CCID »).
_ASKED = re.compile(r"\b(?:annuaire|repertoire|taches?|membres|composition|decisions?)\b")
_COMPLEMENT = r"\s+(?:du|au|de\s+la|de\s+l'|a\s+la|a\s+l'|pour\s+le|pour\s+la|dans\s+le|dans\s+la)\s*{word}\b"


def _group_words(members: Sequence[Member]) -> set[str]:
    """Words naming a body that the titles of at least two members of other bodies write after « du »."""
    found: set[str] = set()
    bodies = {fold(m.organisation or "") for m in members}
    for body in bodies:
        first = re.findall(r"[a-z]+", body)[:1]
        if not first or len(first[0]) < 3:
            continue
        word = first[0]
        writers = [m for m in members if fold(m.organisation or "") != body
                   and re.search(rf"\b(?:du|de\s+la|de\s+l')\s*{word}\b", fold(m.role or ""))]
        if len(writers) >= 2:
            found.add(word)
    return found


def without_group_body(text: str, members: Sequence[Member]) -> str:
    """`text` with the group's own body read away after the directory or the tasks asked."""
    folded = fold(text)
    if len(folded) != len(text) or not _ASKED.search(folded):
        return text
    for word in _group_words(members):
        match = re.search(_COMPLEMENT.format(word=re.escape(word)), folded)
        if match and match.start() > _ASKED.search(folded).start():
            return (text[:match.start()] + text[match.end():]).strip() or text
    return text
