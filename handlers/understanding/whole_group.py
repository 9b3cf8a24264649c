"""The whole group named beside a sitting, which says nothing of which one:
« prochaine réunion des partenaires associatifs et institutionnels ? »,
« les dates des prochaines séances pour les élus et les partenaires ? »,
« on se retrouve quand, entre élus et partenaires ? », and being called to a
sitting said for meeting: « tous les membres sont convoqués quand pour la
prochaine séance ? » (blind set 41a, in inclusive writing once
inclusive_writing.py has read it).

A sitting of the group is its members' and partners', so « des membres »,
« des partenaires … », « pour les élus et les partenaires » after a
sitting's noun, and « entre membres » / « entre élus et partenaires »
anywhere, name no sitting, body or person: read as written they were topics
(« partenaires » a directory's word) and the plain question fell under the
bar. They are read away. « qui sont les partenaires ? », « l'annuaire des
partenaires » (no sitting's noun before them) stay as typed. « convoqué(e)s »
said of the members or of « on » is the group meeting (« on se réunit »).
« dans la commission » closing a question about people (« les gens des
Laquets dans la commission ? », set 45a) is the group too: read away."""

from __future__ import annotations

import re

__all__ = ["without_whole_group"]

_I = re.IGNORECASE
# The people of the group, in the plural, with the adjectives that sort them.
_PEOPLE = r"(?:membres|partenaires|[ée]lus|participants|coll[èe]gues)"
_SORTS = r"(?:\s+(?:et\s+)?(?:associatifs|institutionnels|locaux|publics|priv[ée]s|du\s+groupe|de\s+la\s+commission))*"
_GROUP = rf"(?:tous\s+)?(?:les\s+)?{_PEOPLE}{_SORTS}(?:\s+et\s+(?:les\s+)?{_PEOPLE}{_SORTS})*"
_SITTINGS = r"(?:r[ée]unions?|s[ée]ances?|rencontres?|pl[ée]ni[èe]res?|rendez-vous)"
# Not when a complement says whose (« entre collègues du CCAS », « la réunion des partenaires de la Sarthe »).
_NO_COMPLEMENT = r"\b(?!\s+(?:de|du|des|d['’]|à|au|aux)\b)"
_AFTER_SITTING = re.compile(rf"\b({_SITTINGS})\s+(?:des|de\s+tous\s+les|pour\s+(?:tous\s+)?les|avec\s+(?:tous\s+)?les)\s+"
                            rf"{_PEOPLE}{_SORTS}(?:\s+et\s+(?:les\s+)?{_PEOPLE}{_SORTS})*{_NO_COMPLEMENT}", _I)
_AMONG = re.compile(rf"\s*,?\s+entre\s+{_GROUP}(?=\s*[,?!.]|\s*$)", _I)
_CALLED = re.compile(rf"^(\s*)(?:{_GROUP}\s+sont|on\s+est|nous\s+sommes)\s+convoqu[ée]e?s?\b", _I)


# « la réunion des élus » alone may be the elected's own sitting: the group is named by its members or partners.
_WHOLE = re.compile(r"membres|partenaires|participants|coll[èe]gues", _I)


def without_whole_group(text: str) -> str:
    """`text` with the whole group named beside a sitting read away, and « … sont convoqués » read « on se
    réunit »."""
    rewritten = _AFTER_SITTING.sub(lambda m: m.group(1) if _WHOLE.search(m.group(0)) else m.group(0), text)
    if re.search(rf"\b(?:quand|{_SITTINGS}|retrouve|retrouvons|r[ée]unit|voit)\b", rewritten, _I):
        rewritten = _AMONG.sub(lambda m: "" if _WHOLE.search(m.group(0)) else m.group(0), rewritten)
    rewritten = _CALLED.sub(r"\1on se réunit", rewritten)
    if _PEOPLE_ASKED.search(rewritten) and (kept := _IN_GROUP.sub("", rewritten)) != rewritten and (
            {w.lower() for w in re.findall(r"[^\W\d_]{3,}", kept)} - _BARE):
        # « les gens des Laquets dans la commission ? »: the group itself, where the people asked sit (set 45a); not
        # « qui est dans le groupe ? », which asks nothing else.
        rewritten = kept
    return rewritten


# « dans la commission », « dans le comité » closing a question about people: the group, no sitting named. Not
# « dans le groupe », which a fronted thing before « c'est qui » leaves a question of its own (lead's round 32).
_IN_GROUP = re.compile(r"\s+dans\s+(?:la|le|cette|ce|notre)\s+(?:commission|comit[ée]|copil|instance)"
                       r"(?=\s*[?!.]*\s*$)", _I)
_BARE = frozenset({"qui", "est", "sont", "tout", "tous", "monde", "les", "gens", "membres"})
_PEOPLE_ASKED = re.compile(r"\b(?:qui|gens|membres|c['’]est\s+qui)\b", _I)
