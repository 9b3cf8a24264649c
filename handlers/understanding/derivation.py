"""Derivational kin of a topic word: « former » and « formation »,
« rénover » and « rénovation », « repérer » and « repérage », « couper »
and « coupure », « financer » and « financement » share a root, so a
question in the verb finds a decision in the noun and the other way round.

The stems of normalise.stem strip inflections and a few noun endings; a
root goes one step further (the infinitive's « -er », the nouns of action
in « -age » and « -ure »). Roots are compared exactly, never fuzzily, and
keep at least four letters: a shorter one (« port » of porter, « mat »)
joins words that only look alike."""

from __future__ import annotations

from functools import lru_cache

__all__ = ["MIN_ROOT", "root"]

MIN_ROOT = 4
_TO_AR = ("arites", "arite", "aires", "aire")
# Longest first. « -ations » before « -ation », « -ages » before « -age ».
# Verb forms the lemmatiser leaves as typed (« mutualisent », « mutualisé ») are reduced too.
# « stagiaire » is one of a « stage », as « bénéficiaire » of a « bénéfice » (« les abonnements des stagiaires »
# and « les jeunes en stage »).
_SUFFIXES = ("iaires", "iaire", "issements", "issement", "ements", "ement", "isations", "isation", "ations", "ation",
             "isent", "isees", "isee", "ises", "ise", "iser", "ages", "age", "ures", "ure", "ent",
             "ees", "ee", "es", "er", "e", "s")


# Nouns of action of irregular verbs, and the lemmas the lemmatiser gives them: « la mise à jour du guide » is
# « mettre à jour le guide » (« mise » read as « miser », to bet, which no working group's minutes mean),
# « la remise des dossiers » is « remettre les dossiers », « la reprise » is « reprendre », « le départ » « partir ».
_IRREGULAR = {"mise": "mettr", "miser": "mettr", "mises": "mettr",
              "remise": "remettr", "remiser": "remettr", "remises": "remettr", "remis": "remettr",
              "reprise": "reprendr", "repriser": "reprendr", "reprises": "reprendr", "repris": "reprendr",
              # « on était partis d'où pour la marche ? » of « Marche exploratoire, départ place des Marronniers »
              "depart": "partir", "departs": "partir"}


# « la répartition des crédits » and « les crédits sont répartis », « répartir »: the noun of action in « -ition » and
# the verb in « -ir » share the root in « -i » (set 49a). The infinitive keeps six letters at least, so that
# « partir » and « sortir » do not meet « la partie » and « la sortie ».
_TO_I = ("itions", "ition")
_IR_LEAST = 6


@lru_cache(maxsize=1 << 14)
def root(folded: str) -> str:
    """The derivational root of a folded lemma (« renovation » -> « renov »),
    or the word itself when what would remain is too short to mean anything."""
    if not folded.isalpha():
        return folded
    if folded in _IRREGULAR:
        return _IRREGULAR[folded]
    for suffix in _TO_AR:
        # « précaires » and « précarité », « solidaire » and « solidarité »: the adjective in « -aire »
        # and its noun in « -arité » share the root in « -ar ».
        if folded.endswith(suffix) and len(folded) - len(suffix) >= MIN_ROOT:
            return folded[: -len(suffix)] + "ar"
    for suffix in _TO_I:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= MIN_ROOT:
            return folded[: -len(suffix)] + "i"
    if folded.endswith("ir") and len(folded) - 1 >= _IR_LEAST:
        return folded[:-1]
    for suffix in _SUFFIXES:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= MIN_ROOT:
            return folded[: -len(suffix)]
    return folded
