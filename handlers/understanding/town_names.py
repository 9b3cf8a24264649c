"""How members shorten the names of towns and bodies (world.py builds the
aliases from these): a compound town by its words before the first link
(« Saint-Jacques » for Saint-Jacques-de-la-Lande, « Châteauneuf » for
Châteauneuf-les-Martigues, never « Saint » alone), a town whose name opens
with an article (« les Pennes » for the Commune des Pennes-Mirabeau), a
body written with its article (« La Poste »), a body a role names by its
acronym (« Directrice du CCAS »)."""

from __future__ import annotations

import re
from typing import Any

from handlers.understanding.normalise import fold

__all__ = ["ARTICLE_NAME", "ARTICLES", "article_towns", "bodies_in_role", "is_other_town", "town_heads", "with_article"]

ARTICLES = frozenset({"la", "le", "les", "l"})
# A proper name with its article inside a body's name, not at its start (« Médiathèque L'Alpha », « Centre social
# la Passerelle »): the body by that name (« qui représente L'Alpha ? »).
ARTICLE_NAME = re.compile(r"(?<=\w )(?:[Ll]['’]\s?|L[ae]s? |la |le |les )[A-ZÀ-Ý][\w-]{2,}")
# Words that link the parts of a compound town name (« -de- », « -les- », « -sur- »).
_LINKS = frozenset({"de", "d", "du", "des", "la", "le", "les", "l", "sur", "sous", "en", "lez", "aux", "et", "a"})
# « Saint » alone names every Saint-Something: the saint's name goes with it.
_SAINTS = frozenset({"saint", "sainte", "st", "ste"})
# An acronym in a role, after the words that name a body (« du CCAS », « au PLIE », « de la MDPH »).
_ROLE_ACRONYM = re.compile(r"(?:\bdu|\bau|\baux|\bdes|\bde la|\bde l['’]|\bà la|\bà l['’])\s*([A-ZÉÈ]{3,6})\b")


def town_heads(town: str) -> list[str]:
    """The short names of a folded town name: its first word (« boulogne »),
    or its words before the first link (« saint martin », « chateauneuf »);
    none for a town opening with an article or a one-word town."""
    words = town.split()
    if len(words) < 2 or words[0] in ARTICLES:
        return []
    heads = [] if words[0] in _SAINTS else [words[0]]
    cut = next((k for k in range(1, len(words)) if words[k] in _LINKS), len(words))
    if cut > 1 and cut < len(words):
        heads.append(" ".join(words[:cut]))
    return [h for h in dict.fromkeys(heads) if len(h) >= 4]


def article_towns(base: str, kinds: frozenset[str]) -> list[str]:
    """« commune des pennes mirabeau » -> the town with and without its
    article and their heads: « les pennes mirabeau », « pennes mirabeau »,
    « les pennes », and the body's kind contracted (« mairie des pennes »)."""
    words = base.split()
    if len(words) < 3 or words[0] not in kinds or words[1] not in ("des", "du"):
        return []
    article = "les" if words[1] == "des" else "le"
    rest = " ".join(words[2:])
    names = [rest, *town_heads(rest)]
    forms = [f"{article} {n}" for n in names] + names[:1]
    return forms + [f"{kind} {words[1]} {n}" for kind in sorted(kinds) for n in names]


def is_other_town(town: str, label_town: str) -> bool:
    """A town named in a role (« Martigues ») that is only one word of
    another town's name (« Châteauneuf-les-Martigues ») is another town."""
    return bool(label_town) and town != label_town and town not in town_heads(label_town)


def bodies_in_role(role: str) -> set[str]:
    """The acronyms of bodies a role names (« Directrice du CCAS » -> CCAS)."""
    return set(_ROLE_ACRONYM.findall(role))


def with_article(phrase: str, aliases: dict[str, tuple[str, list[Any]]]) -> bool:
    """`phrase` (folded words) is a body's own name that opens with its
    article (« la poste »), not a kind of body said with one (« la mairie »,
    whose word alone is a name too) nor a town inside a body's name (« la
    Chaux-de-Fonds » of the Ville de La Chaux-de-Fonds, found by its other words)."""
    article, _, rest = phrase.partition(" ")
    if article not in ARTICLES or phrase not in aliases or rest in aliases:
        return False
    return any(" ".join(fold(name).replace("'", " ").split()).startswith(article + " ")
               or any(" ".join(fold(m.group(0)).replace("'", " ").replace("’", " ").split()) == phrase
                      for m in ARTICLE_NAME.finditer(name))
               for name in aliases[phrase][0].split(" / "))
