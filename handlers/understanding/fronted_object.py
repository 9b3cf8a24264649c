"""A thing put first and taken up by a pronoun, its doer named after the
comma: « les permanences de l'ADIL, M. Cornu les a proposées ? », « le
tableau de bord, Kévin l'a mis à jour ? », « la salle, Farid la réserve ? »
(blind set 34a).

Chat fronts the thing it asks about; the readings of a task done by a member
know the plain order (« M. Cornu a proposé les permanences de l'ADIL ? »),
not a subject found after the thing and a pronoun standing for it, which
left the message unsure. The message is read again in the plain order when
its whole reading is no sure answer (answer._reread): a definite thing, a
comma, a member named (« M. Cornu », « Mme Morizot », a capitalised first
name and family name) and « le », « la », « les » or « l' » before the verb.
« on » and the other pronouns as subject are left to their own readers
(« le devis, on l'a ou pas ? », received_task.py)."""

from __future__ import annotations

import re

__all__ = ["object_put_back"]

_FRONTED = re.compile(
    r"(?i)^\s*(?P<thing>(?:le|la|les|l'|l’)\s*[^,?!]+?)\s*,\s*"
    r"(?P<who>(?:M\.|Mme|Monsieur|Madame)\s+[\w-]+|(?-i:[A-ZÉ][\w-]+)(?:\s+(?-i:[A-ZÉ][\w-]+))?)\s+"
    r"(?P<pronoun>les|la|le|l'|l’)\s*(?P<verb>(?:a|ont|avait|avaient|aura)\s+(?:bien\s+|déjà\s+)?[\w-]+|[\w-]+)"
    r"(?P<rest>[^,?!]*)(?P<mark>[?!]?)\s*$")


# A past participle's feminine or plural ending after its stem (« proposées », « mise », « reçus »); « pris » and
# « mis » are masculine already.
_AGREED = re.compile(r"(é|is|it|u)(?:es|e|s)$|(i)(?:es|e)$")


def object_put_back(text: str) -> str | None:
    """`text` in the plain order (« M. Cornu a proposé les permanences de l'ADIL ? ») when a thing is fronted and
    taken up by a pronoun after a member named; else None."""
    found = _FRONTED.match(text)
    if found is None:
        return None
    rest = found.group("rest").strip()
    # « les a proposées »: the participle agreed with the pronoun put before it, as the plain order does not.
    verb = _AGREED.sub(lambda m: m.group(1) or m.group(2), found.group("verb")) if " " in found.group("verb") else found.group("verb")
    said = " ".join(part for part in (found.group("who"), verb, rest, found.group("thing")) if part)
    return f"{said} {found.group('mark') or '?'}"
