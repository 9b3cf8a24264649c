"""A participle told from an adjective by the accent typed on its ending.

The lexicon reads « présentes » as « présent » (« les personnes présentes »,
« qui était présent ? »: who was there). Folded, « présentés » and
« présentée » read the same, but typed with their accent they are the
participle of « présenter »: « les nouveaux membres seront présentés au
comité de suivi ? » asks whether it is on the agenda, not who comes (set
37a). Only a typed accent decides: « presentes » without one stays who was
there.
"""

from __future__ import annotations

__all__ = ["participle_lemma"]

# Folded forms the lexicon reads as an adjective of presence -> the verb's folded lemma when typed as a participle.
_PARTICIPLES = {"presente": "presenter", "presentes": "presenter", "presentee": "presenter", "presentees": "presenter"}
_ENDINGS = ("é", "és", "ée", "ées")


def participle_lemma(raw: str, folded: str) -> str | None:
    """The verb's lemma when `raw` (one lower-case word as typed, `folded` folded) is a participle whose ending
    carries its accent (« présentés », « présentée »), else None."""
    meant = _PARTICIPLES.get(folded)
    return meant if meant is not None and raw.endswith(_ENDINGS) else None
