"""Initials members type for a body the coordinator stored by its long name,
beyond those acronyms.py derives; the ones that could be mistaken for a word
(a French word, two letters) are read only typed in capitals.

- Initials that are a French word: « le PLIE » for the Plan local pour
  l'insertion et l'emploi du Valenciennois (« plie » is a form of plier),
  « la MEC » never for « le mec ».
- Two letters for a name of two words: « FT » for France Travail, « NR »
  for Nord Recyclage (two letters typed lowercase are chat: « ft », « ac »).
- An ordinal of a name said as its digit: « l'E2C » for the École de la
  deuxième chance de Rouen.
- A letter repeated in a row said with its count: « m2A » for Mulhouse
  Alsace Agglomération.
- Syllables for initials: « la MIRENA » for the Mission régionale pour
  l'emploi de Namur (syllable_initials).
- The initials of a name before the place it ends with, its little words
  « de », « du », « des » kept as such names are said: « la MDE » for the
  Maison de l'emploi du Cambrésis, « la MDS » for a Maison des solidarités;
  or left out when two words remain: « la MJ » for the Maison des jeunes de
  Marche (in capitals only).

A body's initials shared by two bodies name neither. Two letters said for
something else (« RH », « CV »: entities.toml, common_initials) name no body.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache

import simplemma

from handlers.understanding.acronyms import acronyms, written_acronyms
from handlers.understanding.normalise import HERE, lexicon
from handlers.understanding.sitting_order import ranks_up_to
from handlers.understanding.world import ORG_STOP, bare_label, entity_data, plain
from storage.models import Meeting, Member

__all__ = ["by_initials", "head_word", "initials_as_places", "members_by_body", "shown_by_head", "shown_by_kind", "typed_initials", "word_initials"]

Aliases = dict[str, tuple[str, list[Member]]]

# Little words that name no letter of an acronym (« Maison de l'emploi » is MDE, not MDLE).
_SILENT = frozenset({"l", "d", "a", "au", "aux", "et", "en", "le", "la", "les", "pour", "sur"})
_ORDINAL_DIGITS = {word: str(rank) for word, rank in ranks_up_to(4).items()}
# Little words said as a letter before a place or a theme (« Maison Des Solidarités »).
_SAID = frozenset({"de", "du", "des"})


def _is_word(letters: str) -> bool:
    """Whether initials read as a word of French or of chat (« plie », « mec », « ag »)."""
    lex = lexicon()
    return (simplemma.is_known(letters, lang="fr") or letters in lex.synonyms or letters in lex.stopwords
            or letters in lex.vocabulary)


@cache
def _common_initials() -> frozenset[str]:
    """Two letters said for something else than a body (entities.toml, common_initials)."""
    with (HERE / "entities.toml").open("rb") as handle:
        return frozenset(tomllib.load(handle).get("common_initials", []))


def _significant(name: str) -> list[str]:
    return [w for w in bare_label(name).split() if w not in ORG_STOP]


def _before_place(name: str) -> list[str]:
    """The words of `name` before its last « de / du / des / d' » (« maison de l emploi » of
    « Maison de l'emploi du Cambrésis »), or all of them when there is none."""
    words = bare_label(name).split()
    last = max((i for i, w in enumerate(words) if w in _SAID | {"d"} and i > 0), default=len(words))
    return words[:last]


@lru_cache(maxsize=1 << 12)
def word_initials(name: str) -> frozenset[str]:
    """The initials of `name` this module adds (see the module's docstring); typed_initials says which
    need the capitals."""
    significant = _significant(name)
    if len(significant) < 2 or any(w.isdigit() for w in significant):
        return set()
    letters = "".join(w[0] for w in significant)
    found: set[str] = set()
    # « E2C » for the École de la deuxième chance: an ordinal in a name is said as its digit.
    counted = "".join(_ORDINAL_DIGITS.get(w, w[0]) for w in significant)
    if counted != letters:
        found.update(counted[:k] for k in range(3, len(counted) + 1))
    # « m2A » for Mulhouse Alsace Agglomération: a letter said twice in a row is written « 2 » and the letter.
    runs = re.sub(r"([a-z])\1+", lambda m: f"{len(m.group(0))}{m.group(1)}", letters)
    if runs != letters and len(runs) >= 3:
        found.add(runs)
    # « la MPT » for the Maison pour tous Saint-Barthélemy (« l'ANPE »): « pour » is said in initials, where « de »
    # and « la » are not. The openings of three letters or more.
    spoken = "".join(w[0] for w in bare_label(name).split() if w not in ORG_STOP - {"pour"})
    if spoken != letters:
        found.update(spoken[:k] for k in range(3, len(spoken) + 1))
    # Every opening of three letters or more that is a word (acronyms.py keeps those that are none).
    found.update(letters[:k] for k in range(3, len(letters) + 1) if _is_word(letters[:k]))
    if len(significant) == 2 and not _is_word(letters) and letters not in _common_initials():
        found.add(letters)  # « FT », not « RH » for a Réseau Habitat
    head = _before_place(name)
    said = "".join(w[0] for w in head if w not in _SILENT)
    if len(said) >= 3 and any(w in _SAID for w in head):
        found.add(said)  # « MDE », read however typed unless it is a word (below)
    # « la MJ » for the Maison des jeunes de Marche, « la ML » for a Mission locale de …: the two words before the
    # place, their two letters (read only typed in capitals, as two letters are: typed_initials).
    # The second word a common noun written in lower case (« jeunes », « locale »), the first no acronym: not the
    # place's own words cut at a « de » inside it (« Département des Bouches-du-Rhône », « ADIL du Pas-de-Calais »).
    named = [w for w in head if w not in ORG_STOP]
    pair = "".join(w[0] for w in named)
    typed = re.split(r"[\s']+", re.sub(r"\([^)]*\)", " ", name).strip())
    second = next((t for t in typed if plain(t) == named[1]), "") if len(named) == 2 else ""
    if len(named) == 2 and len(head) < len(bare_label(name).split()) and second[:1].islower() \
            and "-" not in second and not typed[0].isupper() and not _is_word(pair) and pair not in _common_initials():
        found.add(pair)
    return frozenset(found)


def syllable_initials(name: str) -> frozenset[str]:
    """« la MIRENA » for the Mission régionale pour l'emploi de Namur: the first two letters of the
    name's first and last words and of some words between (three words or more), as Belgian and Swiss
    bodies are often called; only for names of six significant words at most."""
    words = [w for w in _significant(name) if w.isalpha() and len(w) >= 2]
    if not 3 <= len(words) <= 6:
        return frozenset()
    middle = words[1:-1]
    found = set()
    for mask in range(1, 1 << len(middle)):
        chosen = [words[0], *(w for k, w in enumerate(middle) if mask >> k & 1), words[-1]]
        found.add("".join(w[:2] for w in chosen))
    return frozenset(found)


def members_by_body(members: list[Member]) -> dict[str, list[Member]]:
    """The members of each body named (organisation -> its members, in order)."""
    by_org: dict[str, list[Member]] = {}
    for member in members:
        if member.organisation:
            by_org.setdefault(member.organisation, []).append(member)
    return by_org


def typed_initials(aliases: Aliases, members: list[Member]) -> frozenset[str]:
    """Adds to `aliases` the initials of word_initials owned by one body and not yet an alias;
    returns those that are read only typed in capitals (a word, or two letters)."""
    by_org = members_by_body(members)
    owners: dict[str, set[str]] = {}
    for org in by_org:
        for initials in word_initials(org) | syllable_initials(org):
            owners.setdefault(initials, set()).add(org)
    capitals: set[str] = set()
    for initials, orgs in owners.items():
        if len(orgs) != 1 or initials in aliases:
            continue
        org = next(iter(orgs))
        aliases[initials] = (org, by_org[org])
        if len(initials) < 3 or _is_word(initials):
            capitals.add(initials)
    # Initials acronyms.py found that are a word all the same (« mec » of Maison de l'emploi du Cambrésis).
    for org in by_org:
        letters = "".join(w[0] for w in _significant(org))
        written = letters in written_acronyms(org)  # « (ARC) » written by the coordinator is read however typed
        if len(letters) >= 3 and letters in aliases and aliases[letters][0] == org and _is_word(letters) and not written:
            capitals.add(letters)
    return frozenset(capitals)


def initials_as_places(aliases: Aliases, capitals: frozenset[str], place_phrases: dict[str, list[Meeting]],
                       places: dict[str, list[Meeting]]) -> None:
    """Adds to `places` the initials of a body whose name is a meeting place (« rdv à la MDE le 10 » when
    the meeting is at the Maison de l'emploi du Cambrésis). Not initials read only in capitals."""
    for alias, (label, _) in list(aliases.items()):
        if " " in alias or len(alias) < 3 or alias in capitals or alias in places:
            continue
        name = bare_label(label)
        if alias not in _all_initials(label):
            continue
        # The venue is the body's name, or its building named after it (« hôtel de la Collectivité européenne
        # d'Alsace » for « à la CeA », set 43a).
        phrase = name if name in place_phrases else next(
            (p for p in place_phrases if p.endswith(f" {name}") and p[:-len(name)].split()[-1] in _OF), None)
        if phrase is not None:
            places[alias] = place_phrases[phrase]


_OF = frozenset({"de", "du", "des", "d", "la", "l"})  # the words that join a building to the body it houses


@lru_cache(maxsize=1 << 12)
def _all_initials(label: str) -> frozenset[str]:
    return frozenset(acronyms(label)) | word_initials(label)


def head_word(label: str) -> str:
    """The word a body's name opens with, when it is no generic word (« metropole », « groupement »), else ""."""
    head = next((w for w in bare_label(label).split() if w not in ORG_STOP), "")
    return head if head not in entity_data()["generic"] else ""


def by_initials(label: str, named: list[str]) -> bool:
    """The body was named by words none of which is in its name (« MEL », « GEIQ »)."""
    full = bare_label(label).split()
    return bool(named) and all(n not in full for n in named)


def shown_by_head(label: str, named: list[str], answer: str) -> bool:
    """A body named by its initials (`named`: the folded words typed, none of its name's: « MEL ») is shown
    by an answer (`answer`, plain) that names it by the word its name opens with, no generic word
    (« l'appel à projets de la Métropole » for the Métropole européenne de Lille; not « la Ville »), or by
    its name without its place."""
    head, before = head_word(label), " ".join(_before_place(label))
    # Or by its name without the place it ends with (« l'école de la deuxième chance » for the E2C of Rouen).
    return by_initials(label, named) and (bool(head) and head in answer.split()
                                          or len(before.split()) >= 2 and f" {before} " in f" {answer} ")


def shown_by_kind(label: str, answer: str) -> bool:
    """A body shown by the noun of its kind (`answer`, plain): « l'appel à projets du Département » shows the
    « CD78 » asked, the Conseil départemental des Yvelines, as « la Région » shows a Conseil régional
    (entities.toml [kinds], one-word kinds: « ville » is no kind of « Villeneuve »)."""
    base = f" {plain(re.sub(r'[(][^)]*[)]', ' ', label))}"
    said = answer.split()
    # The kind as a name: after its article, no town after it (« du Département », not « l'hôtel de ville »).
    named = {w for k, w in enumerate(said) if k and said[k - 1] in _KIND_ARTICLES
             and (k + 1 == len(said) or said[k + 1] not in ("de", "d", "du", "des"))}
    return any(" " not in kind and kind in named and any(f" {w}" in base for w in words)
               for kind, words in entity_data()["kinds"].items())


_KIND_ARTICLES = frozenset({"du", "la", "le", "l", "au"})
