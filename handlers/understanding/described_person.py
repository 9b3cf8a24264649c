"""A member described, not named, as the subject of another question: by
novelty (« le nouveau chargé de mission », « le petit nouveau de
l'observatoire »), by a former title (« l'ancienne présidente »), by whom
they replace (« la remplaçante de M. Pernot ») or by a colleague (« la
collègue de Farid à la métropole ») — « … était là la dernière fois ? »,
« … vient à la prochaine ? », « … a quoi à faire ? » (blind set 34a).

Asked alone (« c'est qui l'ancienne présidente ? ») the readings of roles
find the one member (role_holder, person_records.successor_of and
colleagues_of); asked of attendance, announced presence or tasks, the
description weighed as a title or a topic of another question, found nobody
and was left unsure, or read the asker's own tasks. The description, from
its article to the verb that follows it, is asked alone as « c'est qui … ? »:
when that is a sure answer naming one member and no other, the message is
read again with the member's name in its place. A message that asks who
(« c'est qui la remplaçante de M. Pernot ? ») is left to the readings of
roles, and a description no reading of roles finds one member for (« le
nouveau règlement ») is left as it was."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome

__all__ = ["described_person"]

# The article and the word that says the description: new, former, replacing, a colleague.
_CUE = re.compile(
    r"(?i)\b(?:le|la|l'|l’|notre|son|sa)\s*(?:(?:petit|petite)\s+)?(?:nouveau|nouvel|nouvelle|ancien|ancienne"
    r"|ex-\w+|remplaçant|remplaçante|remplacant|remplacante|successeur|successeure|collègue|collegue)\b")
# What ends the description: the verb of the question that follows it, a pronoun taking it up, a mark.
_END = frozenset({"était", "etait", "est", "sont", "sera", "seront", "serait", "vient", "viendra", "viennent", "venu",
                  "venue", "a", "avait", "aura", "doit", "devait", "devra", "fait", "faisait", "fera", "participe",
                  "participait", "participera", "s'est", "s’est", "elle", "il", "ils", "elles", "y", "peut", "pourra",
                  "va", "ira", "étaient", "etaient", "ont", "avaient", "prépare", "prepare", "présente", "presente",
                  "présentera", "presentera", "envoie", "comme"})
_MARK = re.compile(r"[,?!;:]|\s-\s")
# The readings that name the one member a description asked alone fits.
_WHO_READINGS = frozenset({"role_holder", "org_members", "org_representative", "who_is"})


def _description(text: str, start: int) -> tuple[int, int] | None:
    """Where the description opening at `start` ends: before the first word that ends it, or a mark."""
    rest = text[start:]
    stop = _MARK.search(rest)
    bound = len(rest) if stop is None else stop.start()
    tokens = list(re.finditer(r"[\w'’.-]+", rest[:bound]))
    # The article and its cue come first; the description is them and the words up to its end.
    end = bound
    for token in tokens[1:]:
        # As written: « a » ends it, « à » (« la collègue de Farid à la métropole ») does not.
        if token.group().casefold() in _END:
            end = token.start()
            break
    described = rest[:end].strip()
    return (start, start + len(described)) if len(described.split()) >= 2 else None


def described_person(text: str, members: Collection[str], who: Callable[[str], Outcome]) -> str | None:
    """`text` with a member's description (« la remplaçante de M. Pernot ») read as the member's name, when the
    message does not ask who and `who` (the reading of « c'est qui <description> ? ») names one member alone;
    else None."""
    if "qui" in re.findall(r"\w+", fold(text)):
        return None
    for found in _CUE.finditer(text):
        span = _description(text, found.start())
        if span is None:
            continue
        asked = who(f"c'est qui {text[span[0]:span[1]]} ?")
        if asked.confident and asked.intent in _WHO_READINGS and asked.key in members:
            return f"{text[:span[0]]}{asked.key}{text[span[1]:]}"
    return None
