"""A telephone number or an address asked of a thing the group's decisions
name without giving it: « c'est quoi le numéro du contrôle des habitants
déjà ? » (the lead's set 75) found « Un flyer … est remis aux nouveaux
arrivants au contrôle des habitants » by its words and answered it with
confidence; the member wants to call the office, which that decision does
not say. A decisions answer to such a question stands only when a decision
shown writes a number to call or an address to write to; otherwise the bot
says it has no such number and stays unsure (a member of the group may
know it)."""

from __future__ import annotations

import re

from handlers.understanding.decision_slots import asked_slot
from handlers.understanding.outcome import Outcome

__all__ = ["number_unstated"]

# What one calls or writes to: « le numéro de … », « le téléphone du … », « le mail de … », « le natel … ».
_CONTACT_NOUNS = frozenset({"numero", "telephone", "tel", "natel", "mail", "email", "mel", "coordonnees"})
# The numbers a record counts by (« le numéro de la décision », « la séance numéro 4 ») ask no contact.
_RECORDS = frozenset({"decision", "decisions", "seance", "reunion", "tache", "echeance", "point", "dossier"})
# A telephone number (« 032 889 12 34 », « +41 32 … », « 01 23 45 67 89 ») or an address with « @ ».
_STATED = re.compile(r"(?:\+\d{2}|\b0\d{1,3})(?:[\s.]?\d{2,3}){3,4}\b|\S@\S")


def _contact_asked(folded: list[str]) -> bool:
    """A contact noun before « de », « du », « des » and what it is of, that no record's noun follows."""
    return any(w in _CONTACT_NOUNS and folded[i + 1:i + 2] in (["de"], ["du"], ["des"], ["d"])
               and not set(folded[i + 2:i + 4]) & _RECORDS for i, w in enumerate(folded))


def number_unstated(outcome: Outcome) -> Outcome | None:
    """An unsure outcome in place of a decisions answer that gives no number nor address asked; None otherwise."""
    u = outcome.understanding
    if u is None or not outcome.confident or outcome.intent != "decisions_topic":
        return None
    if not _contact_asked([w.folded for w in u.words]) or _STATED.search(outcome.reply.plain()):
        return None
    if asked_slot(u.words) is not None:
        # « le numéro d'écoute ouvre quand ? » (set 35): the line is the subject and its hours are asked, which a
        # decision can say; the number is wanted only when nothing else is asked of it.
        return None
    u.intent, u.readings = None, ["decisions_topic"]
    return Outcome.unsure(u, ["Je n'ai pas ce numéro : aucune décision du groupe ne le donne.",
                              "Un membre du groupe le connaît peut-être ; tapez /decisions pour les décisions."], "")
