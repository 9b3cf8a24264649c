"""The asker's own absence told before the question, as its context:
« j'étais pas là au dernier comité, il a eu lieu où ? », « j'étais absente
à la réunion de mars, on a décidé quoi ? », « je n'ai pas pu venir à
l'atelier, c'était où ? ».

The clause says why the member asks; what it names (the meeting) is what
the question after the comma asks about, through its pronoun (« il »,
« c' »). The words of absence weigh as an attendance question they are not,
and leave the reading unsure. answer.respond reads such a message once more
without them (« au dernier comité, il a eu lieu où ? ») when the whole
message is no sure answer; a question after the comma on attendance (« …,
qui est venu ? », « …, j'étais notée excusée ? ») is still one without them.

Told after the question (« on a décidé quoi pour le local pendant que j'étais pas là ? », set 49b), the absence is
the same context: the question is read once more without it."""

from __future__ import annotations

import re

__all__ = ["missed_as_decided", "without_absence_after", "without_told_absence"]

# « j'étais (pas là | absent(e) | excusé(e)) », « je n'étais pas là », « je n'ai pas pu venir / être là », « j'ai raté »,
# « j'ai manqué », then the meeting, then a comma and the question.
_TOLD = re.compile(
    r"^\s*(?:j['’]\s*[ée]tais\s+(?:pas\s+l[àa]|absente?|excus[ée]e?)|je\s+n['’]\s*[ée]tais\s+pas\s+l[àa]"
    r"|je\s+n['’]\s*ai\s+pas\s+pu\s+(?:venir|[êe]tre\s+l[àa])|j['’]\s*ai\s+pas\s+pu\s+(?:venir|[êe]tre\s+l[àa])"
    r"|j['’]\s*ai\s+(?:rat[ée]|manqu[ée]))\s+(?=(?:à|a|au|aux|lors|pour|en|le|la|l['’])\b)",
    re.IGNORECASE)


def without_told_absence(text: str) -> str | None:
    """`text` without the asker's absence told first, when a question follows a comma; else None."""
    match = _TOLD.match(text)
    if match is None:
        return None
    rest = text[match.end():]
    if "," not in rest or "?" not in rest.split(",", 1)[1]:
        return None  # « j'étais pas là au comité ? » checks the asker's mark (own_presence.py)
    return rest


# « … pendant que (quand, alors que) j'étais pas là / absent(e) / je n'étais pas là » closing the question.
_AFTER = re.compile(
    r"\s*,?\s*\b(?:pendant|quand|alors|lorsque)\s+(?:que\s+|qu['’]\s*)?(?:j['’]\s*[ée]tais\s+(?:pas\s+l[àa]|absente?)"
    r"|je\s+n['’]\s*[ée]tais\s+pas\s+l[àa])\s*(?=\?\s*$)", re.IGNORECASE)


def without_absence_after(text: str) -> str | None:
    """`text` without the asker's absence told after the question (« …, pendant que j'étais pas là ? »); else None."""
    match = _AFTER.search(text)
    if match is None or not text[:match.start()].strip():
        return None
    return text[:match.start()] + text[match.end():]


# « j'ai raté quoi le 19 ? », « j'ai loupé quoi en octobre ? »: what the asker missed, asked in the past tense.
_MISSED = re.compile(r"^\s*j['’]\s*ai\s+(?:rat[ée]|loup[ée]|manqu[ée])\s+quoi\b", re.IGNORECASE)


def missed_as_decided(text: str) -> str:
    """`text` with « j'ai raté quoi … ? » read « qu'est-ce qu'on a décidé … ? »: what one missed at a sitting held is
    what it decided (set 49b); the examples weigh the words as much towards the period's dates, and the day alone
    (« le 19 ») left it unsure. A sitting to come (« je rate quoi si je viens pas ? ») keeps its words."""
    return _MISSED.sub("qu'est-ce qu'on a décidé", text, count=1)
