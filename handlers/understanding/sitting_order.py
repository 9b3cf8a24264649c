"""The words that order sittings or bodies, in one place: « le prochain bureau », « la dernière réunion », « au
précédent copil », « la séance suivante », « la troisième réu ».

Every set holds folded words (accents dropped, lower case: « dernière » is « derniere »), which is also how the
lemmatiser gives them (« prochaines » has the lemma « prochain »). The modules that read order words take these sets,
or a union / difference of them where they read fewer or more words: each module reads exactly the words it read
before this home was made, or a wider set where the rows of every evaluation set answered the same (round 47):

- `NEXT`, `LAST`, `PREVIOUS`, `FOLLOWING`, `FIRST`: each order word with its feminine and plural forms
  (« prochain », « prochaine », « prochains », « prochaines »);
- `RELATIVE`: the relative orders, which place a sitting from another or from today: `NEXT | LAST | PREVIOUS |
  FOLLOWING` (« premier » is an ordinal, not among them);
- `SINGULAR` / `PLURAL`: the forms of the relative orders and of « premier » that name one sitting (« la
  dernière ») or several (« les derniers »);
- `LEMMAS`: the masculine singular of each, what a word's lemma is (« prochain », « dernier », « précédent »,
  « suivant », « premier »);
- `HELD_ORDERS`: the lemmas that pick one held meeting counted from either end (« la dernière », « la précédente »,
  « la première »);
- `RANKS`: the ordinals with their rank, counted from the first (« premier » 1, « second » 2 … « quinzième » 15;
  « 2e » is read « deuxième » by the shorthand), and `ORDINALS` their words; `ranks_up_to` cuts them, and
  `numbered_up_to` gives the ordinals written in figures (« 1er », « 1re », « 2e », « 2eme »), for the modules that
  read the words as typed;
- `COUNTED`: the ordinals after the first that the meeting readings count (« deuxième » … « sixième »: pipeline.py,
  meeting_rank.py, order_words.py), read as « premier » and a rank.
"""

from __future__ import annotations

__all__ = ["COUNTED", "FIRST", "FOLLOWING", "HELD_ORDERS", "LAST", "LEMMAS", "NEXT", "ORDINALS", "PLURAL", "PREVIOUS",
           "RANKS", "RELATIVE", "SINGULAR", "numbered_up_to", "ranks_up_to"]


def _forms(masculine: str, feminine: str) -> frozenset[str]:
    """The four forms of an order word: both genders, singular and plural."""
    return frozenset({masculine, feminine, masculine + "s", feminine + "s"})


NEXT = _forms("prochain", "prochaine")
LAST = _forms("dernier", "derniere")
PREVIOUS = _forms("precedent", "precedente")
FOLLOWING = _forms("suivant", "suivante")
FIRST = _forms("premier", "premiere")
RELATIVE = NEXT | LAST | PREVIOUS | FOLLOWING
PLURAL = frozenset(w for w in RELATIVE | FIRST if w.endswith("s"))
SINGULAR = (RELATIVE | FIRST) - PLURAL
LEMMAS = frozenset({"prochain", "dernier", "precedent", "suivant", "premier"})
HELD_ORDERS = frozenset({"dernier", "precedent", "premier"})

RANKS: dict[str, int] = {
    "premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3, "quatrieme": 4,
    "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10, "onzieme": 11,
    "douzieme": 12, "treizieme": 13, "quatorzieme": 14, "quinzieme": 15}
ORDINALS = frozenset(RANKS)


def ranks_up_to(last: int) -> dict[str, int]:
    """The ordinals of `RANKS` whose rank is at most `last` (a module that reads only the first few)."""
    return {word: rank for word, rank in RANKS.items() if rank <= last}


def numbered_up_to(last: int) -> dict[str, int]:
    """The ordinals up to `last` written in figures, folded, with their rank: « 1er », « 1e », « 1ere », « 1re »,
    then « 2e », « 2eme »…"""
    return {"1er": 1, "1e": 1, "1ere": 1, "1re": 1} | {f"{rank}{end}": rank for rank in range(2, last + 1)
                                                          for end in ("e", "eme")}


COUNTED = frozenset(ranks_up_to(6)) - FIRST
