"""A thing qualified by what the group did with it, in a relative clause
whose subject is the group: « les décisions qu'on a prises aux Genêts,
c'était quoi ? », « la réunion qu'on avait faite à la mairie », « les
points qu'on a abordés en octobre ». « qu'on a prises » says no more than
the participle does (« les décisions prises aux Genêts »), which the
intent examples write; the clause's « on a » split the noun from its
participle and, with a tail put after a comma (« c'était quoi ? »), left
the question unsure. The clause is read as its participle; a clause with
another subject (« que Paul a envoyé ») or no participle (« qu'on a
demain ») stays."""

from __future__ import annotations

import re

__all__ = ["participle_of_ours"]

# « qu'on a / qu'on avait / que nous avons / que nous avions » and a past participle (its endings only).
_OURS = re.compile(r"(?i)([^\W\d_]+)\s+(?:qu['’]\s*on\s+(?:a|avait)|que\s+nous\s+(?:avons|avions))\s+"
                   r"([^\W\d_]+(?:é|ée|és|ées|is|ise|ises|it|ite|ites|u|ue|us|ues))\b")


# Words that are no noun the clause qualifies: « ce qu'on a décidé », « c'est quand qu'on a voté ? » (a cleft).
_NO_NOUN = frozenset({"ce", "quoi", "quand", "où", "ou", "qui", "comment", "pourquoi", "combien", "est", "ça", "ca", "là",
                      "la", "tout", "celle", "celui", "celles", "ceux", "bien", "alors", "et"})


def _read(match: re.Match[str]) -> str:
    noun, participle = match.group(1), match.group(2)
    return match.group(0) if noun.casefold() in _NO_NOUN else f"{noun} {participle}"


def participle_of_ours(text: str) -> str:
    """`text` with « <nom> qu'on a <participe> » read as « <nom> <participe> »; else as it is."""
    return _OURS.sub(_read, text)
