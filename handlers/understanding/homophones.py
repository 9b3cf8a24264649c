"""Words a phone's voice typing hears right and writes wrong: « c'est »
written « sait » or « ses » (« le devis sait fait », « sait quand la
prochaine réunion », « ses qui qui fait le CR »).

Each is put back only where the written word cannot be meant: the verb
« sait » never opens a sentence (the imperative is « sache ») and is never
followed by a participle or an adjective of status (« sait fait », « sait
bon »), while « Karim sait quand c'est » keeps its verb; the determiner
« ses » never stands before « qui », « quoi », « quand », « où » or a
participle (« ses enfants », « ses tâches » keep it)."""

from __future__ import annotations

import re

__all__ = ["heard_words"]

# What « c'est » is followed by where « sait » or « ses » cannot be meant (folded and accented forms).
_STATUS = ("fait", "faite", "faits", "bon", "bonne", "ok", "dispo", "prêt", "pret", "prête", "prete", "prévu", "prevu",
           "prévue", "prevue", "réglé", "regle", "réglée", "reglee", "fini", "finie", "terminé", "termine", "envoyé",
           "envoye", "parti", "partie", "noté", "note", "validé", "valide", "calé", "cale", "sorti", "sortie")
_QUESTION = ("qui", "quoi", "quand", "où", "ou", "combien", "quel", "quelle", "quels", "quelles", "pour")
_AFTER = "|".join(sorted({*_STATUS, *_QUESTION}, key=len, reverse=True))
# « sait » or « ses » opening the message, before a question word or a status word.
_OPENING = re.compile(rf"^(\s*)(?:sait|ses|sé)\s+(?=(?:{_AFTER})\b)", re.IGNORECASE)
# « sait » inside, only before a status word (« Karim sait quand c'est » keeps its verb).
_INSIDE = re.compile(rf"(?<=\w)\s+sait\s+(?=(?:{'|'.join(_STATUS)})\b)", re.IGNORECASE)


def heard_words(text: str) -> str:
    """`text` with « sait » and « ses » read as « c'est » where nothing else can be meant."""
    text = _OPENING.sub(lambda m: f"{m.group(1)}c'est ", text)
    return _INSIDE.sub(" c'est ", text)
