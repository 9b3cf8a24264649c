"""Bodies named otherwise than stored: by the words their acronym stands
for (« l'association des maires » for AMD 92), or by their name with a
word left out (« la chambre du commerce » for the Chambre neuchâteloise du
commerce et de l'industrie). Both open with a kind of body ("association",
"chambre", "office"), so ordinary phrases never name a body this way.
"""

from __future__ import annotations

from functools import lru_cache

import simplemma

from handlers.understanding.normalise import lexicon
from handlers.understanding.spelled_out import other_acronym
from handlers.understanding.world import NOT_KINDS as _NOT_KINDS
from handlers.understanding.world import ORG_STOP, World, bare_label, entity_data, plain

__all__ = ["asked_as_body", "named_in_part", "spelled_out"]



def spelled_out(words: list[str], world: World) -> str | None:
    """The alias of the body whose acronym these words spell out, if exactly
    one: « association des maires » -> AMD 92, « office de l'assurance
    invalidité » -> OAIS. The words open with a kind of body ("association",
    "office") and give at least two thirds of the acronym's letters."""
    data = entity_data()
    phrase = " ".join(words)
    for dept in data["departements"]:
        # « … des Hauts-de-Seine »: the place the acronym's number stands for.
        if phrase.endswith(" " + dept) and len(phrase) > len(dept) + 1:
            words = phrase[: -len(dept) - 1].split()
            while words and words[-1] in ORG_STOP:
                words = words[:-1]
            break
    if not words:
        return None
    significant = [w for w in words if w not in ORG_STOP]
    if len(significant) < 2 or words[0] not in data["generic"] | data["acronym_kinds"] or words[-1] in ORG_STOP:
        return None
    if any(len(w) == 1 for w in significant):
        return None  # « le conseil c'est qui ? »: the « c » of « c'est » spells out no word of a body's name (no CCI)
    if any(w in lexicon().prepositions for w in significant):
        return None  # « les membres du Département dans la conférence »: « dans » spells out no DDT
    initials = "".join(w[0] for w in significant)
    # « la maison des solidarités » opens « MSA » but is the MDS: an acronym of the lexicon's own is no other's.
    found = {alias for letters, alias in world.acronyms.items()
             if letters.startswith(initials) and 3 * len(initials) >= 2 * len(letters)
             and not other_acronym(words, letters)}
    return next(iter(found)) if len(found) == 1 else None


def _same(name_word: str, typed: str) -> bool:
    """A word of a body's name, or its beginning cut short (« la chambre d'agri », « la banque alim »), or the
    same word in another gender or number (« les privés d'emploi » for the « personnes privées d'emploi »)."""
    return (name_word == typed or (len(typed) >= 3 and name_word.startswith(typed) and not _french(typed))
            or (len(typed) >= 4 and _bare(name_word) == _bare(typed)))


def _bare(word: str) -> str:
    """A word without the endings of gender and number: « privées », « privés », « privée » -> « priv »."""
    return word.rstrip("sx").rstrip("e") if len(word) > 4 else word


def _french(word: str) -> bool:
    # simplemma knows some nouns by their plural only (« actions »).
    return simplemma.is_known(word, lang="fr") or simplemma.is_known(word + "s", lang="fr")


def asked_as_body(folded: list[str], lemmas: list[str], at: int) -> bool:
    """The words from `at` follow « qui vient de (la) », « qui représente (la) »: a body is asked for, so words
    of one body's name in lower case name it (« qui vient de la formation professionnelle ? » for the Office
    … de la formation professionnelle), where elsewhere they would be a topic (« qui s'occupe de la formation
    professionnelle ? »)."""
    j = at - 1
    while j >= 0 and folded[j] in ("la", "le", "l", "les"):
        j -= 1
    if j >= 0 and lemmas[j] in _BODY_ASKING:
        return True
    # « qui siège pour la gendarmerie ? »: a seat held for a body.
    if j >= 1 and folded[j] == "pour" and folded[j - 1] in _SITS:
        return True
    # « c'est qui pour les stations ? »: who stands for a body (the lead's set 66).
    if j >= 1 and folded[j] == "pour" and folded[j - 1] == "qui":
        return True
    # « qui est là pour l'accueil familial de jour ? »: someone present on a body's behalf.
    if j >= 2 and folded[j] == "pour" and folded[j - 1] == "la" and folded[j - 2] in ("est", "sont", "sera", "etait"):
        return True
    # « qui est au secrétariat des plaintes et réclamations ? », « qui travaille à la direction des soins ? »: the
    # people of a body's unit, asked where they are (the lead's set 73).
    if j >= 2 and folded[j] in ("a", "au", "aux") and folded[j - 1] in _IS_AT and folded[j - 2] == "qui":
        return True
    # « les gens de la prévention spécialisée ? »: a body's people, asked by the plain word for people (lead's set 86;
    # « qui représente la prévention spécialisée ? » found the Département's service so).
    if j >= 1 and folded[j] in ("de", "du", "des", "d") and folded[j - 1] in _PEOPLE_OF:
        return True
    return j >= 1 and folded[j] in ("de", "du", "des", "d") and lemmas[j - 1] in ("venir", "provenir")


# The plain words for a body's people (« les gens de la … », « le monde du … »).
_PEOPLE_OF = frozenset({"gens", "monde"})
# The verbs of being somewhere in a body (« qui est au … », « qui bosse à la … »).
_IS_AT = frozenset({"est", "sont", "travaille", "travaillent", "bosse", "bossent"})
_SITS = frozenset({"siege", "siegent", "siegera", "siegeront", "siegeait", "sieger"})


# Verbs whose object is a body (« qui représente l'action sociale ? »).
_BODY_ASKING = frozenset({"representer", "represente"})


def named_in_part(words: list[str], world: World, typed: list[str] | None = None, cued: bool = False) -> str | None:
    """The alias of the one body whose name holds these words in order, a
    kind of body first: « la chambre du commerce » -> the Chambre
    neuchâteloise du commerce et de l'industrie. `typed`: the words as
    typed, whose capitals show a proper name (« France Services »)."""
    significant = [w for w in words if w not in ORG_STOP]
    if len(significant) < 2 or words[0] in ORG_STOP or words[-1] in ORG_STOP:
        return None
    generic = entity_data()["generic"]
    # Written like a name (a capital, or a word French does not know) rather than a topic (« l'action sociale »).
    named = cued or typed is None or any(t[:1].isupper() or not _french(t.lower())
                                 for t, w in zip(typed, words, strict=False) if w not in ORG_STOP)
    if words[0] in _NOT_KINDS:
        # « le travail social » is a topic, not a body's name opened by its kind; « France Services » a name.
        capitals = typed is not None and all(t[:1].isupper() for t, w in zip(typed, words, strict=False) if w not in ORG_STOP)
        return _run_of_one(significant, world) if capitals else None
    if words[0] not in generic:
        # « le Béarn des Gaves », « l'agglo Pays Basque »: without a kind of
        # body first, the words must follow each other in one body's name.
        return _run_of_one(significant, world) if named and any(w not in generic for w in significant) else None
    found = set()
    for alias, (label, _) in world.org_aliases.items():
        name = bare_label(label).split()
        at = 0
        for word in significant:
            at = next((k + 1 for k in range(at, len(name)) if _same(name[k], word)), -1)
            if at < 0:
                break
        if at > 0 and alias == bare_label(label):
            found.add(alias)
    if len(found) > 1:
        # « la Maison du Rhône » of « Maison du Rhône de Rochenoire », not of « Maison des adolescents du Rhône »:
        # of several bodies holding the words in order, the one holding them side by side is the one named.
        found = {alias for alias in found if _holds_run(_unstopped(world.org_aliases[alias][0]), significant)}
    return next(iter(found)) if len(found) == 1 else None


def _holds_run(name: tuple[str, ...], significant: list[str]) -> bool:
    """Whether a body's `name` (its words but the little ones) holds `significant` one right after the other."""
    size = len(significant)
    return any(all(_same(n, w) for n, w in zip(name[k:k + size], significant, strict=True))
               for k in range(len(name) - size + 1))


@lru_cache(maxsize=1 << 14)
def _unstopped(label: str) -> tuple[str, ...]:
    """The words of a body's label that are no little word (« de », « la »), in order."""
    return tuple(w for w in bare_label(label).split() if w not in ORG_STOP)


def _run_of_one(significant: list[str], world: World) -> str | None:
    """The alias of the one body whose name holds these words one after the
    other (only little words between them)."""
    run = " ".join(significant)
    if run in world.org_aliases or any(f" {run} " in f" {plain(m.place)} " for m in world.meetings):
        return None  # a name already known, or a meeting's place (« la réunion à Saint-Ouen »)
    found = set()
    for alias, (label, _) in world.org_aliases.items():
        if alias != bare_label(label):
            continue
        if _holds_run(_unstopped(label), significant):
            found.add(alias)
    return next(iter(found)) if len(found) == 1 else None
