"""Someone described only by the body they come from, as a newcomer who
knows no names says it: « c'est qui le monsieur de l'agglo ? », « la dame
de la CAF était là la dernière fois ? », « c'est qui notre interlocuteur à
l'ANPE ? », « la personne du tribunal, c'est qui ? », « notre contact à la
préfecture vient à la prochaine ? » (blind set 33a), « notre interlocutrice côté
bailleurs » (set 34a).

« monsieur » and « madame » open a member's name (« Monsieur Dupont »), so
« le monsieur de l'agglo » was looked up as a person and left unsure;
« personne », « interlocuteur », « contact » weighed as words of a charge
(« En charge de « tribunal » »). Such a noun of a person, with its article,
followed by a preposition and a body the group knows, says only « someone
of that body »: the message is read again with « quelqu'un de … » in its
place when it asks who (« c'est qui quelqu'un de l'agglo ? »), else with
the body alone (« la CAF était là la dernière fois ? »), which the readings
of a body's people, attendance and announced presence know. A noun not followed by a body (« la dame qui
s'occupe des jeunes ») is left as it was."""

from __future__ import annotations

import re

from handlers.understanding.pipeline import Understanding

__all__ = ["person_of_body"]

_PERSON = re.compile(
    r"(?i)\b(?:le|la|l'|l’|notre|un|une|ce|cette)\s*(?:monsieur|madame|dame|personne|gars|mec|type|femme|homme"
    r"|interlocut(?:eur|rice)|contact)\s+(?P<link>de\s+la|de\s+l'|de\s+l’|du|des|de|d'|d’|à\s+la|à\s+l'|à\s+l’|au|aux|à"
    r"|chez|c[ôo]t[ée])\s*")
# The link as « quelqu'un de … » says it.
_OF = {"à la": "de la", "de la": "de la", "à l'": "de l'", "de l'": "de l'", "au": "du", "du": "du", "aux": "des",
       "des": "des", "à": "de", "de": "de", "chez": "de", "d'": "d'", "côté": "de", "coté": "de", "cote": "de", "côte": "de"}

# Asked about the body itself (« la dame de la CAF était là ? » is « la CAF était là ? »): its own article.
_ALONE = {"à la": "la", "de la": "la", "à l'": "l'", "de l'": "l'", "au": "le", "du": "le", "aux": "les", "des": "les",
          "à": "", "de": "", "chez": "", "d'": "", "côté": "", "coté": "", "cote": "", "côte": ""}
# The message asks who it is (« c'est qui », « son nom ? », « il s'appelle comment ? », « quel est notre
# interlocuteur … ? »): « quelqu'un de … » keeps the person asked.
_WHO = re.compile(r"(?i)\bqui\b|\bnom\b|\bs\s*['’]?\s*appelle|\bquel(?:le)?s?\s+(?:est|sont)\b")
# The nouns of a person the pattern reads, as folded words (a topic of these only asks nothing more).
_NOUNS = frozenset({"monsieur", "madame", "dame", "personne", "gars", "mec", "type", "femme", "homme", "interlocuteur",
                    "interlocutrice", "contact"})


def person_of_body(u: Understanding, own_names: frozenset[str] = frozenset(), read_as_people: bool = False) -> str | None:
    """The message with « le monsieur de l'agglo » read as « quelqu'un de l'agglo » when a body the group knows
    follows the noun of a person, else None. Not when the message was read already as someone's (`read_as_people`)
    and asks who, when the body is the group itself (`own_names`: « le monsieur du CLSPD », whose roles say who runs
    it), nor when it asks a subject besides (« notre interlocuteur à la DDETS pour les conventionnements »: the
    charge there)."""
    asks_who = _WHO.search(u.text) is not None
    if read_as_people and asks_who or any(w.folded not in _NOUNS for w in u.topic):
        return None
    orgs = [e for e in u.entities if e.kind == "org"]
    if any(" ".join(w.folded for w in u.words[e.start:e.end]) in own_names for e in orgs):
        return None
    bodies = {w.raw.casefold() for e in orgs for w in u.words[e.start:e.end]}
    for found in _PERSON.finditer(u.text):
        # The body's words open what follows (« la caisse d'allocs »: the CAF found on « allocs »).
        if not bodies & set(re.findall(r"\w+", u.text[found.end():].casefold())[:3]):
            continue
        link = " ".join(found.group("link").replace("’", "'").casefold().split())
        said = f"quelqu'un {_OF.get(link, link)}" if asks_who else _ALONE.get(link, "")
        glue = "" if not said or said.endswith("'") else " "
        return f"{u.text[:found.start()]}{said}{glue}{u.text[found.end():]}"
    return None
