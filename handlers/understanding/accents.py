"""Accents a phone user left out, put back where only one word is meant.

`simplemma` knows « fête », « créneau », « dépôt », not « fete », « creneau »,
« depot »: a word typed without its accents was unknown to it, and read as
the closest word of the pipeline's vocabulary instead (« fete » became
« ete », then « être »: « la fete du sport c'est où ? » lost its topic).
A word the lemmatiser does not know, typed with no accent, is tried with
the accents French puts on its letters; when the forms it knows all come
to one word (« regle » is « règle » or « réglé », one word folded), or one
of them is the word itself once folded, or its singular (« fete » is
« fête », not « fêter »; « fetes » is « fêtes »), that form is the word typed. Otherwise it stays as typed.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import product

import simplemma

__all__ = ["with_accents"]

# The letters French accents, with their accented forms.
_FORMS = {"e": "eéèê", "a": "aàâ", "i": "iîï", "o": "oô", "u": "uùû", "c": "cç"}
# Past this many spellings to try, a word is left as typed (long words rarely lose a meaning by their accents).
_MOST = 2048


def _fold(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", value.casefold()) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 14)
def with_accents(raw: str) -> str:
    """`raw` (lower case) as the known word it is with its accents put back, else `raw`."""
    if len(raw) < 3 or not raw.isascii() or not raw.isalpha() or simplemma.is_known(raw, lang="fr"):
        return raw
    options = [_FORMS.get(c, c) for c in raw]
    count = 1
    for letters in options:
        count *= len(letters)
    if count > _MOST or count == 1:
        return raw
    known = [form for form in map("".join, product(*options)) if form != raw and simplemma.is_known(form, lang="fr")]
    if not known:
        return raw
    lemmas = {form: _fold(simplemma.lemmatize(form, lang="fr")) for form in known}
    if len(set(lemmas.values())) == 1:
        return min(known)
    # « fete » is « fête » (whose lemma it is), not the participle « fêté » of « fêter ».
    own = (raw, raw[:-1]) if raw.endswith(("s", "x")) else (raw,)
    itself = [form for form, lemma in lemmas.items() if lemma in own]
    return min(itself) if len({lemmas[f] for f in itself}) == 1 else raw
