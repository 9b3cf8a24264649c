"""Chat and formal phrases typed as several words that mean one word the
lexicon knows.

- « la com com » (and « com-com », « com' com' ») is the communauté de
  communes, which `lexicon.toml` knows glued as « comcom »; read word by
  word, « com » is « communication » and « la com com » became
  « communication communication », a body no group has.
- « la co-présidente » is a « présidente »: the « co » was left as a topic
  word no holder's title accounts for (titles say « co-présidente »).
- « le groupe de travail » is the group itself, as « le groupe » is: its
  « travail » was left as a word no answer accounts for, and « les dates
  des prochaines séances du groupe de travail ? » ended in doubt; but
  « le prochain groupe de travail », « le groupe de travail d'octobre »
  are one sitting, read « GT » (below).
"""

from __future__ import annotations

import unicodedata

from handlers.understanding.sitting_order import LEMMAS, ranks_up_to

__all__ = ["glue"]

# Typed words (folded, apostrophes dropped) -> the one word the lexicon knows, longest first.
_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("groupe", "de", "travail"), "groupe"),
    (("groupes", "de", "travail"), "groupes"),
    (("com", "com"), "comcom"),
    (("comm", "comm"), "comcom"),
    (("com", "comm"), "comcom"),
    # « la co-présidente »: the presidency asked, its « co » no topic word (lexicon.toml reads « coprésidente » as
    # « présidente », keeping the word typed: co_titles.py prefers the co-chairs).
    (("co", "presidente"), "copresidente"),
    (("co", "president"), "copresident"),
    (("co", "presidentes"), "copresidentes"),
    (("co", "presidents"), "copresidents"),
)


# Words that make « groupe de travail » one sitting of several (« le prochain groupe de travail », « le groupe de
# travail d'octobre »): read as « GT », which names the meetings held as « Groupe de travail … » when the group also
# holds others (plenaries), and the group's own meetings otherwise (lexicon.toml reads « gt » as « groupe »).
# The words are folded as typed, not lemmas: the masculine singular only (sitting_order.py), and the ordinals up to
# the fifth but « seconde ».
_SITTING_ORDER = LEMMAS | (frozenset(ranks_up_to(5)) - {"premiere", "seconde"}) | {"2e", "2eme", "3e", "3eme",
                                                                                   "avantdernier"}

# The verbs of coming to a sitting (« vient au groupe de travail », « sera au groupe de travail »).
_COMING = frozenset({"vient", "viens", "viennent", "viendra", "viendras", "viendront", "va", "vas", "vont", "ira",
                     "iront", "sera", "seras", "seront", "serai", "etait", "etais", "etaient", "participe",
                     "participera", "passe"})


def _one_sitting(keys: list[str], i: int, size: int) -> bool:
    """The working group at `keys[i:i + size]` is one sitting: an order word before it, a month after « de », « après »
    or « avant » (« le groupe de travail d'après janvier »), a day after « du » (« le groupe de travail du 16 »)."""
    # Imported here: periods.py reads words through normalise.py, which glues them with this module.
    from handlers.understanding.periods import FOLDED_MONTHS

    after = keys[i + size:i + size + 3]
    if after[:1] == ["d"] and after[1:2] in (["apres"], ["avant"]):
        after = after[1:]  # « d'après janvier »: the bound, then the month
    if i > 1 and keys[i - 1] == "au" and keys[i - 2] in _COMING:
        return True  # « la présidente vient au groupe de travail ? »: one comes to a sitting (the lead's set 73)
    return (i > 0 and keys[i - 1] in _SITTING_ORDER) or len(after) >= 2 and (
        after[0] in ("de", "d", "apres", "avant") and after[1] in FOLDED_MONTHS or after[0] == "du" and after[1].isdigit())


def glue(typed: list[str]) -> list[str]:
    """`typed` with the phrases that make one word joined."""
    # Accents dropped (« co présidente »), as normalise.fold does (which imports this module).
    keys = ["".join(c for c in unicodedata.normalize("NFKD", w.casefold()) if not unicodedata.combining(c)).strip("'")
            for w in typed]
    out: list[str] = []
    i = 0
    while i < len(typed):
        for phrase, word in _PHRASES:
            if tuple(keys[i:i + len(phrase)]) == phrase:
                if word == "groupe" and _one_sitting(keys, i, len(phrase)):
                    word = "GT"
                out.append(typed[i + len(phrase) - 1] if word == phrase[-1] else word)  # « co-présidente » as typed
                i += len(phrase)
                break
        else:
            out.append(typed[i])
            i += 1
    return out
