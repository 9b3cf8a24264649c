"""A question word with its preposition put first, as spoken French asks:
« de quoi on va parler le 10 ? », « à qui je dois envoyer le dossier ? »,
« avec qui on y va ? », « sur quoi elle travaille ? ».

The intent examples write the preposition and its question word after the
verb (« on va parler de quoi <periode> »), and the model compares adjacent
pairs of lemmas too: put first without the inversion written French
would make (« de quoi va-t-on parler »), the pairs that tie « de quoi » to
« parler » are lost, and « de quoi on va parler le 10 ? » read as chat.
The clause is also read with the question word set back after its verb
(a modal may come before it); each intent keeps the closer of the two
readings (fronted.merged_ranking), the words being the same."""

from __future__ import annotations

__all__ = ["asking_put_back"]

_PREPOSITIONS = frozenset({"de", "a", "sur", "avec", "pour", "chez", "par"})
_ASKING = frozenset({"quoi", "qui"})
# The clitic subject that follows in spoken order (« qui » itself is never it: « à qui qui … » is no clause).
_SUBJECTS = frozenset({"on", "il", "elle", "ils", "elles", "nous", "vous", "je", "j", "tu", "t"})
_MODALS = frozenset({"devoir", "pouvoir", "aller", "falloir", "vouloir", "avoir", "etre"})
# What may open the message before the question word (« et de quoi … », « alors à qui … »).
_OPENING = frozenset({"et", "alors", "bon", "donc", "mais"})


def asking_put_back(tokens: list[str]) -> list[str] | None:
    """`tokens` with an opening « de quoi » / « à qui » set back after the verb of the clause it opens, or None."""
    k = 1 if tokens and tokens[0] in _OPENING else 0
    if len(tokens) < k + 4 or tokens[k] not in _PREPOSITIONS or tokens[k + 1] not in _ASKING or (
            tokens[k + 2] not in _SUBJECTS):
        return None
    verb = k + 3 + (tokens[k + 3] in _MODALS and k + 4 < len(tokens) and not tokens[k + 4].startswith("zz"))
    if tokens[verb].startswith("zz"):
        return None  # no verb after the subject: nothing to set the question word after
    return tokens[:k] + tokens[k + 2:verb + 1] + tokens[k:k + 2] + tokens[verb + 1:]
