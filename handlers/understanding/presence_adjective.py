"""« présente » after a form of « être » is the adjective of presence.

The lexicon leaves « présente » as typed, since it is also « présenter »
(« Paul présente le budget »). After a form of « être » it can only be the
adjective, agreeing with a woman: « Mme Audibert sera présente jeudi ? »,
« j'ai été notée présente ? », « elle était présente le 19 ? » ask who comes
or came, as « sera présent » does (set 38a). Read so, the word weighs as
« présent » in the examples, and is no topic a decision's « sont présents »
would ground.

« moi » right before it is the asker naming herself, as typed into a
search box (« moi présente 17/09 ? », set 45b): no subject of « présenter »,
the adjective too, weighed by the examples' « moi présent <periode> ». Alone
(« présente jeudi 👍 ») the word stays as typed: a member saying she will
come, which no example of presence asks (heldout 16d_b, quiet).
"""

from __future__ import annotations

__all__ = ["presence_lemma"]

_BEING = frozenset({"est", "sont", "suis", "es", "sera", "seront", "serai", "seras", "serez", "serons", "serait",
                    "seraient", "serais", "etait", "etaient", "etais", "etiez", "etions", "ete", "etre"})
# « moi présente 17/09 ? »: the asker naming herself, whom « présenter » never follows so.
_SELF = frozenset({"moi"})


def presence_lemma(previous: str | None, folded: str, lemma: str) -> tuple[str, str]:
    """(folded, lemma): « present » for both of « présente » right after a form of « être » or « moi »
    (`previous`, folded), as the masculine is read (a word of the examples, not one a record's words could take
    as a topic); `folded` and `lemma` otherwise."""
    if folded == "presente" and lemma == "presente" and (previous in _BEING or previous in _SELF):
        return "present", "present"
    return folded, lemma
