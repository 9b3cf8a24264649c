"""« la liste des participants au comité de suivi », « les participants du
copil ? », « l'annuaire du copil ? » (set 49a): with no sitting picked (no
day, month, order word or verb saying when), the participants of a body are its members, asked as « qui fait
partie du comité de suivi ? » is; the sets label « la liste des participants ? »
the directory and « les participants de la dernière réunion ? » the
attendance. Read as attendance, the last sitting headed « Comité de suivi »
was shown (set 41c)."""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold
from handlers.understanding.periods import month_of
from handlers.understanding.sitting_order import FOLLOWING, SINGULAR

__all__ = ["participants_as_members"]

# The participants asked for: their list, or them opening the question (« qui sont les participants du copil ? »), not
# a clause naming them (« ce qui a été décidé pour les participants de la phase pilote », « nonante participants … »).
_PARTICIPANTS = re.compile(r"(?i)(?:\bliste\s+des\s+|^\W*(?:qui\s+sont\s+|c['’]est\s+qui\s+)?les\s+)participant(?:e)?s\s+"
                           r"(?:au|du|de\s+la|de\s+l['’]|à\s+la|a\s+la)\s+(?P<body>[^?!.,;]+)")
# « l'annuaire du copil ? », « tu peux m'envoyer l'annuaire du bureau ? »: the book of a sitting body's members is its
# directory, asked of the body (set 49a); not a book the group publishes (« l'annuaire des producteurs sort quand ? »),
# nor someone's charge of it (« qui met à jour l'annuaire du réseau ? »), nor thanks for it (« merci pour … »).
_DIRECTORY = re.compile(r"(?i)\bl['’]\s*annuaire\s+(?:du|de\s+la|de\s+l['’])\s*(?P<body>(?:comit[ée]|copil|cotech|"
                        r"codir|groupe|r[ée]seau|collectif|conseil|bureau|commission)\b[^?!.,;]*)")
_NOT_ASKED = re.compile(r"(?i)\b(?:qui|merci)\b")
# What picks one sitting, or says when: then the attendance of that sitting is asked.
_SITTING = SINGULAR - FOLLOWING | frozenset({
    "reunion", "reunions", "seance", "seances", "reu", "etaient", "etait", "seront", "sera", "viennent", "venus",
    "venues", "aujourd", "hier", "demain", "jeudi", "lundi", "mardi", "mercredi", "vendredi", "samedi", "dimanche",
    "semaine", "mois", "annee",
    # A sitting's own kind (« la plénière de Saumur », « l'atelier », « la visite »).
    "pleniere", "plenieres", "assemblee", "atelier", "ateliers", "visite", "sortie", "exercice"})


def participants_as_members(text: str) -> str:
    """`text` with « la liste des participants au <body> » (or « l'annuaire du <body> ») asked as « qui fait partie
    du <body> », when nothing in the message picks a sitting; else `text` as it was."""
    found = _PARTICIPANTS.search(text)
    if found is None and (book := _DIRECTORY.search(text)) is not None and not _NOT_ASKED.search(text[:book.start()]):
        found = book
    if found is None:
        return text
    said = re.findall(r"[a-z0-9]+", fold(text))
    if any(w in _SITTING or w.isdigit() or month_of(w) is not None for w in said):
        return text
    return f"qui fait partie du {found.group('body').strip()} ?"
