"""A superlative over a measure the records do not hold: « quelle a été la
réunion la plus longue ? », « c'est quoi le plus gros chantier ? », « la
plus grande ville de la Meuse ? ». The bot keeps no length, size, cost or
liveliness to compare, so any one record it gave would be picked silently:
the decisions on « gros chantier », a list of meetings read as the one
asked. Such a message gets no confident answer; it is said what cannot be
compared, and the records found are offered, unsure.

Superlatives of order (« la plus proche », « la plus récente ») are read by
superlative_order.py; counts (« qui a le plus de tâches ? », « les plus de
60 ans ») put « de » after « plus » and are no adjective here. A superlative
whose adjective the group's own records write (« la plus grande salle »
decided) is left to them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["unheld_measure", "unheld_reply"]

# Adjectives of a measure no record holds, with their endings (folded, no accents).
_ADJECTIVE = re.compile(
    r"\b(?:le|la|les|l)\s+(?:plus|moins)\s+(grand|gros|long|cher|chere|couteu|important|beau|belle|vieu|vieille|petit|"
    r"lourd|anime|interessant|difficile|complique|dur|facile|utile|efficace|rentable|frequente|peuple|actif|active|"
    r"rapide|lent|court|large|haut|celebre|connu|populaire|ambitieu|strategique|prioritaire|reussi|dynamique)"
    r"(?:e|es|s|x|se|ses|ue|ues|ne|nes)?\b")


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower().replace("’", "'"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn").replace("'", " ")


def unheld_measure(text: str, records: Iterable[str]) -> str | None:
    """The superlative (« le plus gros ») of `text` over a measure none of `records` writes, or None."""
    found = _ADJECTIVE.search(_folded(text))
    if found is None:
        return None
    stem = found.group(1)
    if any(re.search(rf"\b{stem}", _folded(record)) for record in records):
        return None
    return found.group(0)


def unheld_reply(superlative: str) -> str:
    """What the member reads first: the comparison cannot be made from the records."""
    return (f"Je ne peux pas dire ce qui est « {superlative} » : je ne garde ni durée, ni taille, ni coût à comparer. "
            "Voici ce que je trouve, sans garantie que ce soit la réponse :")
