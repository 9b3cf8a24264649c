"""A body's name with an ordinal (« École de la 2e chance », « Mairie du
3e arrondissement ») is asked with the ordinal in another spelling: « la
deuxième chance », « la 2ème chance », « du troisième ». Each alias holding
an ordinal is also known in the others."""

from __future__ import annotations

import re

from storage.models import Member

__all__ = ["ordinal_aliases", "ordinal_forms"]

Aliases = dict[str, tuple[str, list[Member]]]
_WORDS = ("premier", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme", "huitieme",
          "neuvieme", "dixieme", "onzieme", "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme",
          "dix septieme", "dix huitieme", "dix neuvieme", "vingtieme")
_NUMERAL = re.compile(r"^(\d{1,2})(?:e|eme|er|ere)$")


def ordinal_forms(word: str) -> list[str]:
    """The spellings of the folded ordinal `word` (« 2e », « 2eme », « deuxieme »), itself included; none
    for a word that is no ordinal. « premier » / « 1er » / « 1ere » also stand for each other."""
    found = _NUMERAL.match(word)
    number = int(found.group(1)) if found else (_WORDS.index(word) + 1 if word in _WORDS else 0)
    if not 1 <= number <= len(_WORDS):
        return []
    if number == 1:
        return ["1er", "1ere", "premier", "premiere"]
    return [f"{number}e", f"{number}eme", _WORDS[number - 1]]


def ordinal_aliases(aliases: Aliases) -> Aliases:
    """`aliases` with each alias of three words or more that holds an ordinal also under its other spellings
    (an alias another body answers to is left as it is)."""
    for alias, target in list(aliases.items()):
        words = alias.split()
        if len(words) < 3:
            continue
        for i, word in enumerate(words):
            for form in ordinal_forms(word):
                other = " ".join([*words[:i], form, *words[i + 1:]])
                aliases.setdefault(other, target)
    return aliases
