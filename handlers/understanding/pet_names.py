"""A member named as a chat names them, beyond a first name cut short.

shortforms.nickname reads a word that opens one member's name (« Fred »,
« Steph »), but only a word no dictionary knows, and persons reads a
compound first name cut after its first word (« Jean-Phi »). Members of a
local group also write (blind set 47b):

- a member's initials in capitals (« JPL » for Jean-Paul Larguier, « MCD »
  for Marie-Claire Dautun): every word of the name, its parts and its
  surname, by its first letter;
- a pet form that does not open the first name (« Manu » for Emmanuelle,
  « Gillou » for Gilles): French hypocoristics, listed below;
- a short first name French also knows as a word, written as a name
  (« Val » for Valérie: « val » is a valley).

Each is a member only if it names exactly one, is typed as a name (a
capital first; initials all in capitals), and names no body or place of the
group: « la CAF » stays a body even if some member's initials spell it.
"""

from __future__ import annotations

import simplemma

from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.shortforms import names_elsewhere
from handlers.understanding.world import World, name_words, plain

__all__ = ["pet_name"]

# Pet forms of French first names that do not open them (those that do are found by shortforms.nickname): the
# folded pet form -> the folded first names it stands for.
_PET_FORMS = {
    "manu": ("emmanuel", "emmanuelle"),
    "gillou": ("gilles",),
    "pierrot": ("pierre",),
    "jeannot": ("jean",),
    "dede": ("andre",),
    "fanfan": ("francois", "francoise"),
    "zaza": ("isabelle",),
    "babeth": ("elisabeth",),
    "juju": ("julien", "julie"),
    "cricri": ("christine", "christian"),
    "guigui": ("guillaume",),
    "jojo": ("joseph", "josette", "jocelyne"),
    "tonio": ("antoine", "antonio"),
}


def _initials(name: str) -> str:
    """Every word of a name by its first letter (« Jean-Paul Larguier » -> « jpl »)."""
    return "".join(word[0] for word in plain(name).split())


def _owner_key(member: object, world: World) -> str | None:
    """A word of `member`'s name that names them alone in the group (their surname most often)."""
    for word in reversed(name_words(member.name)):  # type: ignore[attr-defined]
        if len(world.name_index.get(word, ())) == 1:
            return word
    return None


def _one(members: list[object], world: World) -> str | None:
    unique = {id(m): m for m in members}
    return _owner_key(next(iter(unique.values())), world) if len(unique) == 1 else None


def pet_name(word: Word, world: World) -> str | None:
    """The name word (a key of world.name_index) of the one member `word` names by initials, a pet form or a
    capitalised short first name, else None."""
    raw, folded = word.raw, word.folded
    if not folded.isalpha() or names_elsewhere(folded, world) or folded in world.capitals:
        return None
    if raw.isupper() and 3 <= len(raw) <= 4:
        # « JPL »: three letters at least (« JB » is indexed with the compound first names, world.py).
        return _one([m for m in world.members if _initials(m.name) == folded], world)
    if not (raw[:1].isupper() and raw[1:].islower()):
        return None  # a pet form or a short name is typed as a name
    if folded in _PET_FORMS:
        firsts = _PET_FORMS[folded]
        return _one([m for m in world.members if name_words(m.name)[:1] and name_words(m.name)[0] in firsts], world)
    lex = lexicon()
    if (3 <= len(folded) <= 4 and simplemma.is_known(folded, lang="fr")
            and folded not in lex.stopwords | lex.function_words | lex.openers | lex.question_words
            and folded not in lex.vocabulary):
        # « Val »: a rare word French knows, capitalised, opening exactly one member's first name; not a word
        # the questions themselves use (« Mais », « Date »).
        return _one([m for m in world.members if name_words(m.name)[:1] and len(name_words(m.name)[0]) > len(folded)
                     and name_words(m.name)[0].startswith(folded)], world)
    return None
