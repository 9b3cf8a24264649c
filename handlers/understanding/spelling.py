"""Spelling of typed questions: what real typing does to a word, undone.

Three rules, each safe on its own (see tests/handlers/test_spelling.py):

- glued elisions: a word nobody knows that is an elided article or pronoun
  glued to a known word (« cest », « quon », « lassociation », « jai ») or
  to a capitalised name (« lOAIS », « dAubervilliers ») is read as two;
- oral fillers (« du coup », « en fait », « euh », « dis-moi ») say nothing
  and are dropped from a question;
- a typing slip: a word nobody knows (neither the lemmatiser nor the
  pipeline's vocabulary) is read as the vocabulary word one edit away
  (two from 8 letters: a letter changed, doubled, dropped or two letters
  swapped), only when that word is the one closest and no name of the group
  is as close: « prochainne » is « prochaine », « Garneir » stays a name;
- a name with a letter doubled, dropped or two swapped is read as the one
  member's name it is a slip of (« Garneir »); a letter changed only when
  the other words of the name already say who it is (« Nathalie Lefebre »).

The words a slip may mean are the intent examples', the lexicon's lists,
the topic words, and the group's own (roles, bodies, records): never a
word the lemmatiser knows, so that « mire » is never read as « maire ».
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel

from handlers.understanding.sitting_order import FIRST, LAST, NEXT, SINGULAR

if TYPE_CHECKING:
    from handlers.understanding.world import World

__all__ = ["AGREEING", "FILLER_EXCEPTIONS", "drop_fillers", "glued_slip", "max_edits", "group_names", "group_targets", "nearest",
           "plural_slip", "reach", "slip_of", "split_elision"]

# « qu » and the letters French elides before a vowel or a mute h.
_ELISION = re.compile(r"^(jusqu|lorsqu|puisqu|qu|[cdjlmnst])([aeiouyhàâäéèêëîïôöûùü].*)$", re.IGNORECASE)
# A one-letter remainder is read only in these (« qua-t-on », « quy a-t-il », « na pas », « jy vais »):
# « da » (« Da Silva ») is no « d'a ».
_SHORT = frozenset({"qua", "quy", "na", "ny", "jy"})
# The two-letter words an elision is glued to (« quon », « jai », « sen »): « quan » is no « qu'an ».
_TWO = frozenset({"on", "il", "en", "ai", "as", "es", "un", "au", "ou", "y a", "ya"})
# « on en fait quoi ? » is no filler: « en fait » after a subject asks what is done.
FILLER_EXCEPTIONS = frozenset({"on", "je", "j", "tu", "il", "elle", "nous", "vous", "ils", "elles", "qu", "ca"})


def _does(before: str, after: list[str]) -> bool:
    """« en fait » is the verb: after a subject, or « qui en fait partie ? » (not « qui en fait suit … »)."""
    return before in FILLER_EXCEPTIONS or before == "qui" and (not after or after[0] in ("partie", "quoi", "parti"))


def split_elision(raw: str, known: Callable[[str], bool], opening: bool,
                  meant: Callable[[str], bool] = lambda _: False) -> list[str]:
    """`raw` as the two words it glues (« cest » -> « c », « est »), or as is;
    the second may carry a slip when `meant` reads it (« layenda »).

    A word capitalised inside a sentence is a name (« Lamine »), kept whole
    unless the capital follows the elided letter (« lOAIS »)."""
    match = _ELISION.match(raw)
    if match is None or known(raw.casefold()):
        return [raw]
    prefix, rest = match.groups()
    camel = raw[:1].islower() and rest[:1].isupper()
    if raw[:1].isupper() and not raw.isupper() and not opening and not camel:
        return [raw]
    if len(rest) == 1 and raw.casefold() not in _SHORT or len(rest) == 2 and rest.casefold() not in _TWO:
        return [raw]
    return [prefix, rest] if camel or known(rest.casefold()) or len(rest) >= 5 and meant(rest.casefold()) else [raw]


# « tout » before an order word, and the order words' forms.
_STRESS = frozenset({"tout", "toute", "tous", "toutes"})
_ORDER_FORMS = frozenset({"premier", "premiere", "premiers", "premieres", "dernier", "derniere", "derniers",
                          "dernieres", "prochain", "prochaine", "prochains", "prochaines"})


def drop_fillers(folded: list[str], fillers: Iterable[tuple[str, ...]]) -> set[int]:
    """Indices of the words of oral fillers in a list of folded words."""
    dropped: set[int] = set()
    for phrase in fillers:
        size = len(phrase)
        for i in range(len(folded) - size + 1):
            if tuple(folded[i:i + size]) != phrase:
                continue
            if phrase == ("en", "fait") and i > 0 and _does(folded[i - 1], folded[i + 2:i + 3]):
                continue
            dropped.update(range(i, i + size))
    # « la toute première séance », « les toutes dernières décisions »: « tout » only stresses the order word.
    dropped.update(i for i, (word, after) in enumerate(zip(folded, folded[1:]))
                   if word in _STRESS and after in _ORDER_FORMS)
    # Nothing but fillers (« euh », « bref ») is left as typed: it is what was said.
    return set() if len(dropped) == len(folded) else dropped


def max_edits(word: str) -> int:
    """How many slips a word of this length may carry and still be read
    (a word of 4 letters only a dropped one: « quan » for « quand »)."""
    return 0 if len(word) < 4 else 1 if len(word) < 8 else 2


@lru_cache(maxsize=1 << 14)
def _closest(word: str, choices: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    """The choices within reach, as (slips, letters changed, choice)."""
    limit = max_edits(word)
    found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=12)
    # A short word is read only as a longer one (a letter dropped), never as another short word.
    return tuple((int(d), int(Indel.distance(word, c)), c) for c, d, _ in found if len(word) >= 5 or len(c) > len(word))


def reach(word: str, vocabulary: tuple[str, ...], targets: Collection[str] = ()) -> int | None:
    """How many slips away the closest word is, whether or not it is clearly meant."""
    found = [*_closest(word, vocabulary), *(_closest(word, tuple(targets)) if targets else ())]
    return min(found)[0] if found else None


def nearest(word: str, vocabulary: tuple[str, ...], meaning: Callable[[str], str],
            names: Collection[str] = (), targets: Collection[str] = ()) -> tuple[str, int] | None:
    """The word `word` (folded, unknown) is a slip of, if one is clearly
    meant: the closest of the vocabulary and the group's own words
    (`targets`: roles, bodies), ties broken by the fewest letters changed
    (« prochainee » is « prochaine », not « prochaines »), and no name of
    the group (`names`: people, places) as close. With the slips it takes."""
    if max_edits(word) == 0 or not word.isalpha():
        return None
    # At as many slips, a word with the first letter typed (a thumb seldom misses the first: « faide » is
    # « faire », not « aide »), then the common vocabulary before the group's own words: « etati » is
    # « était », not the « État » of a body's alias (then the fewest letters changed).
    # Two letters swapped (« réuniosn », « comem ») are as likely as a letter typed too many: Indel, which
    # counts a swap as two letters changed, is no reason to read « comem » as « comm » rather than « comme ».
    found = [(d, c[:1] != word[:1], 0, _changed(word, c, i), c) for d, i, c in _closest(word, vocabulary)]
    found += [(d, c[:1] != word[:1], 1, _changed(word, c, i), c)
              for d, i, c in (_closest(word, tuple(targets)) if targets else ())]
    if not found:
        return None
    best = min(found)[:4]
    candidates = {c for d, first, source, i, c in found if (d, first, source, i) == best}
    # One slip may as well be a letter typed too many as one mistyped: words at one slip that mean different
    # things are no tie the letters changed may break (« marsi » is as much « mardi » as « mars », and reading
    # either dates the question silently).
    # (One ending longer is the same word inflected: « occupe », « occuper ».)
    meant = min(candidates)
    if len({meaning(c) for c in candidates}) > 1 or best[0] == 1 and best[3] > 0 and any(
            meaning(c) != meaning(meant) and not c.startswith(meant) and not meant.startswith(c)
            for d, first, source, i, c in found if (d, first, source) == best[:3]):
        return None
    rivals = [n for n in names if n != meant and abs(len(n) - len(word)) <= best[0]]
    if rivals and process.extractOne(word, rivals, scorer=OSA.distance, score_cutoff=best[0]) is not None:
        return None
    return meant, best[0]


def _changed(word: str, choice: str, indel: int) -> int:
    """Letters changed from `word` to `choice`, a swap of two counted as one (Indel counts it as two)."""
    return 1 if len(word) == len(choice) and sorted(word) == sorted(choice) else indel


# Order words typed in the singular after a plural's determiner (« les prochain comités », « les derniere
# décisions »): chat drops the agreement's s; read in the plural, as a slip after such a determiner is.
AGREEING = (NEXT | LAST | FIRST) & SINGULAR


def plural_slip(word: str, meant: str, vocabulary: Collection[str], synonyms: dict[str, str]) -> str | None:
    """After a plural's determiner (« les réunionq », « les prochaine réuniosn »), the plural of `meant`
    (folded) when it is a word one slip from `word` too: « réunion » and « réunions » are both one slip
    from « réunionq », and the determiner says which."""
    plural = meant + "s"
    if meant.endswith(("s", "x", "z")) or " " in meant or plural not in vocabulary and meant not in AGREEING \
            or OSA.distance(word, plural) != 1:
        return None
    return synonyms.get(plural, plural)


def glued_slip(word: str, rest: str, vocabulary: tuple[str, ...], meaning: Callable[[str], str],
               names: Collection[str] = (), targets: Collection[str] = ()) -> bool:
    """Whether `word` (folded), which splits as an elision before a short word (`rest`, 3 or 4
    letters), is rather a slip of one word with the first letter typed: « dares » is « dates »,
    not « d'ares »; « jors » « jours »; « quajd » « quand »; « lsite » « liste »."""
    if not 3 <= len(rest) <= 4:
        return False
    found = nearest(word, vocabulary, meaning, names, targets)
    return found is not None and found[1] == 1 and found[0][:1] == word[:1]


def slip_of(word: str, names: Collection[str], changed: bool = False) -> str | None:
    """The one name `word` is a slip of: a letter doubled or dropped, or two
    letters swapped (« Garneir », « Vasseeur »), and no other name as close.
    A letter changed is read only when told (`changed`: the other words of
    the name already say who it is): « Mme Lefebre » may be someone else
    than Lefèvre, and is offered as a guess instead. A word of four letters
    is read only as a name it drops a letter of, and only when told
    (« Rona Cadiou », « Karm Benali »: the surname says who)."""
    if len(word) < (4 if changed else 5) or not word.isalpha():
        return None
    found = process.extract(word, list(names), scorer=OSA.distance, score_cutoff=1, limit=5)
    if len(word) == 4:
        found = [f for f in found if len(f[0]) == 5 and Indel.distance(word, f[0]) == 1]
    slips = sorted(c for c, _, _ in found if changed or Indel.distance(word, c) == 1 or sorted(c) == sorted(word))
    return slips[0] if len(slips) == 1 and len(found) == 1 else None


def group_names(world: World) -> frozenset[str]:
    """The folded words of the group's proper names (people, places, acronyms):
    never read as a slip of a word, nor a slip read into a word when as close to one; and the words of its bodies'
    names that chat shorthand would write out (« France Assos Santé »: name_shorthand.py)."""
    from handlers.understanding.name_shorthand import shorthand_in_names  # reads normalise: imported late
    from handlers.understanding.normalise import lexicon

    labels = {label for label, _ in world.org_aliases.values()}
    return frozenset({*world.name_index, *world.places, *world.acronyms, *world.proper_words,
                      *shorthand_in_names(labels, lexicon().synonyms)})


def body_initials(world: World) -> frozenset[str]:
    """The folded initials the group's bodies are known by (one word of three to six letters, or two that
    capital_shorthand would write out): typed in capitals,
    they are no chat shorthand (« le CBN » of the Conservatoire botanique national, not « combien »)."""
    from handlers.understanding.phrases import shorthand_capitals  # phrases reads normalise, which reads this module

    # (Two letters only where capital_shorthand would write them out: « le CS » of a « Conseil syndical des … ».)
    return frozenset(k for k in world.org_aliases if k.isalpha() and (3 <= len(k) <= 6 or len(k) == 2 and k in (
        shorthand_capitals()))) - _CHAT_CAPITALS


# Chat shorthand typed in capitals as often as not (« RDV jeudi », « l'ODJ », « ASAP »): read so, whatever body's
# initials they also are.
_CHAT_CAPITALS = frozenset({"rdv", "svp", "stp", "odj", "asap", "fyi", "pdt", "tkt", "mdr", "btw"})


def group_targets(world: World) -> tuple[str, ...]:
    """The group's own common words a slip may be read as: the words of its
    members' roles (« qui s'occupe de la réadaptattion »), bodies and records
    (« la chafte » is the decision on the charter)."""
    from handlers.understanding.world import entity_data, plain  # world reads the lexicon: imported late

    roles = (w for key in (*world.role_words, *entity_data()["roles"], *(plain(m.role) for m in world.members))
             for w in key.split())
    bodies = (w for alias in world.org_aliases for w in alias.split())
    records = (w for texts in world.records.values() for text in texts for w in re.split(r"\W+", plain(text)))
    return tuple(sorted({w for w in (*roles, *bodies, *records) if len(w) >= 4 and w.isalpha()}))
