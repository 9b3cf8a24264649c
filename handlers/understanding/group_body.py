"""The body the group itself is of, named in a question on the group's directory or tasks.

A syndicate's comité is the body whose name the members of other bodies carry in their titles
(« Maire de Lavaurs, président du SIVOM », « Comptable public, trésorier du SIVOM »): the group is
that body's, even when one member — its director — is listed under it. « l'annuaire du SIVOM ? »,
« quelles tâches sont en retard au SIVOM ? » then ask the group's directory and tasks, not the one
member's body (set 48b): the complement is read away, as in « les décisions récentes de la CCID », the
group's decisions (the lead's set 84). A body only its own members' titles write
(« Responsable du centre de tri » of the sorting syndicate) is another body, read as typed.

The same body is the group when a member of another body holds one of its offices (« Président du
tribunal judiciaire, président du CDAD », « Chargée de mission, animatrice du conseil de
développement »), though its secretariat or some members are listed under its name. Then the one
rule for « du X » (set 41 of the lead, set 38c): a question on who SITS in X — « qui fait partie du
CDAD ? », « les membres du CDAD ? », « on est combien au conseil de développement ? » — asks the
group's directory; a question on who COMES FROM X — « les gens de l'OMS ? », « on est combien du GEIQ
ici ? », « qui vient du CDAD ? » — asks that one member organisation's people, read as typed (no cue
below). A body only the titles of two members write (« référent jeunes du PLIE », « gestionnaire FSE+
du PLIE ») keeps its directory and tasks read so, but « les membres du PLIE ? » stays its own staff (set 35b).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from handlers.understanding.normalise import fold
from storage.models import Member

__all__ = ["without_group_body"]


# The directory, the tasks or the decisions asked (« les décisions récentes de la CCID », the lead's set 84), or who
# sits in the body (« fait partie », « les membres », « composition »), the body after « du », « au », « de la », « à
# la », « pour le ».
# (« membre » alone is one seat: « comment on devient membre du conseil ? » asks the rule of entry.)
# « le rythme des réunions de la CCID » (the lead's set 84): the group's own sittings, whose rule the decisions give.
_ASKED = re.compile(r"\b(?:annuaire|repertoire|taches?|decisions?|reunions|seances)\b")
# Who sits in it: only of a body one of whose offices a member of another body holds (the CDAD chaired by the court's
# president); « les membres du PLIE ? », whose steering committee the group is, asks the PLIE's own staff (set 35b).
_SEATS = re.compile(r"\b(?:fai(?:t|s|sons)\s+partie|font\s+partie|membres|composition|compose(?:nt)?)\b")
# « on est combien au X ? » counts the seats (the body after « au », « dans le » only): « on est combien du GEIQ
# ici ? » counts the people of one organisation instead.
_COUNTED = re.compile(r"\b(?:on\s+est|on\s+sera|sommes[\s-]+nous|nous\s+sommes)\s+combien\b|\bcombien\s+sommes\b")
_COMPLEMENT = r"\s+(?:du|au|de\s+la|de\s+l'|a\s+la|a\s+l'|pour\s+le|pour\s+la|dans\s+le|dans\s+la)\s*{word}\b"
_SEATED = r"\s+(?:au|a\s+la|a\s+l'|dans\s+le|dans\s+la|dans\s+l')\s*{word}\b"
# The offices a body gives (its chair, its secretary, who runs its sittings): one held by a member of another body
# makes that body the group's own.
_OFFICE = r"(?:co)?(?:vice-)?president(?:e)?|secretaire(?:\s+generale?)?|tresorier(?:e)?|animat(?:eur|rice)|coordinat(?:eur|rice)"
_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux"})


def _names(body: str) -> list[str]:
    """The names `body` (as written) may be called by, folded, longest first: its leading phrase of two or three
    words (« conseil de developpement », not « conseil » alone, which any council is called by), its leading word
    when written in capitals (« CDAD de la Vienne », « GEIQ BTP Isère »), an acronym it gives in brackets
    (« Office municipal des sports (OMS) »)."""
    raw = re.findall(r"[^\W\d_]+", body)
    words = [fold(w) for w in raw]
    leads = [" ".join(words[:n]) for n in (3, 2) if len(words) >= n and words[n - 1] not in _LINKS]
    capitals = [fold(w) for w in raw[:1] + re.findall(r"\((\w+)\)", body) if len(w) >= 3 and w.isupper()]
    return leads + capitals


def _group_words(members: Sequence[Member], seated: bool = False) -> frozenset[str]:
    """Names of a body that the titles of at least two members of other bodies write after « du », or one of whose
    offices a member of another body holds (only those when `seated`)."""
    return _group_words_of(tuple((m.organisation or "", m.role or "") for m in members))[seated]


@lru_cache(maxsize=64)
def _group_words_of(cards: tuple[tuple[str, str], ...]) -> tuple[frozenset[str], frozenset[str]]:
    """`_group_words` of the members' (body, role) pairs, all and seated, read once per directory (each question
    asks it again)."""
    found: set[str] = set()
    seated: set[str] = set()
    for body in {organisation for organisation, _ in cards}:
        for name in _names(body):
            # (« Présidente du CPAS » held at the CPAS of another commune is that body's own office, not another
            # body's member chairing this one: the bodies whose name holds the same name are left out.)
            others = [fold(role) for organisation, role in cards
                      if organisation != body and not re.search(rf"\b{re.escape(name)}\b", fold(organisation))]
            # (« président de l'association des commerçants » holds an office of another association: a name
            # followed by its own complement is not this body's.)
            of = rf"\b(?:du|de\s+la|de\s+l')\s*{re.escape(name)}\b(?!\s+(?:de|des|du|d')\b)"
            writers = [role for role in others if re.search(of, role)]
            office = any(re.search(rf"\b(?:{_OFFICE})\s+" + of[2:], role) for role in writers)
            if len(writers) >= 2 or office:
                found.add(name)
            if office:
                seated.add(name)
    return frozenset(found), frozenset(seated)


def without_group_body(text: str, members: Sequence[Member]) -> str:
    """`text` with the group's own body read away after the directory, the tasks or a seat in it asked."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    listed = [(cue, _COMPLEMENT) for cue in _ASKED.finditer(folded)]
    seats = [(cue, _COMPLEMENT) for cue in _SEATS.finditer(folded)] + [(cue, _SEATED) for cue in _COUNTED.finditer(folded)]
    if not listed and not seats:
        return text
    seated = _group_words(members, seated=True)
    for word in sorted(_group_words(members), key=len, reverse=True):
        for cue, complement in listed + (seats if word in seated else []):
            match = re.search(complement.format(word=re.escape(word)), folded)
            if match and match.start() >= cue.end() - 1:
                return (text[:match.start()] + text[match.end():]).strip() or text
    return text
