"""Chat and formal phrases typed as several words that mean one word the
lexicon knows.

- « la com com » (and « com-com », « com' com' ») is the communauté de
  communes, which `lexicon.toml` knows glued as « comcom »; read word by
  word, « com » is « communication » and « la com com » became
  « communication communication », a body no group has.
- « le groupe de travail » is the group itself, as « le groupe » is: its
  « travail » was left as a word no answer accounts for, and « les dates
  des prochaines séances du groupe de travail ? » ended in doubt.
"""

from __future__ import annotations

__all__ = ["glue"]

# Typed words (folded, apostrophes dropped) -> the one word the lexicon knows, longest first.
_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("groupe", "de", "travail"), "groupe"),
    (("groupes", "de", "travail"), "groupes"),
    (("com", "com"), "comcom"),
    (("comm", "comm"), "comcom"),
    (("com", "comm"), "comcom"),
)


def glue(typed: list[str]) -> list[str]:
    """`typed` with the phrases that make one word joined."""
    keys = [w.casefold().strip("'") for w in typed]
    out: list[str] = []
    i = 0
    while i < len(typed):
        for phrase, word in _PHRASES:
            if tuple(keys[i:i + len(phrase)]) == phrase:
                out.append(word)
                i += len(phrase)
                break
        else:
            out.append(typed[i])
            i += 1
    return out
