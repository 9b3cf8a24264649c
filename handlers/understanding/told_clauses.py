"""Two clauses told one after the other, typed without punctuation: news,
not a question.

« leila setait excusee elle etait en prefecture » is a member telling the
others why someone missed the meeting: a first clause with its own verb
(« s'était excusée »), then a second opened by a subject pronoun and a verb
(« elle était en préfecture »). A question typed on a phone without its
« ? » has one clause: « karim etait la jeudi dernier », and a subject put
first and taken up by a pronoun (« la liste des mentors elle a été
envoyée », « thomas il vient ») has no verb before the pronoun. With a
question word anywhere (« qui », « quand », « où »), the message asks.

And « vu avec Karim, c'est réglé »: a report of a matter settled with
someone, opened by the participle of what was done with them."""

from __future__ import annotations

from handlers.understanding.normalise import Word, lexicon

__all__ = ["told_in_clauses"]

# Subject pronouns that open a second clause.
_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
# Finite verbs of such clauses (« à » folds to « a », so the auxiliary « a » is left out).
_FINITE = frozenset({"est", "etait", "sont", "etaient", "avait", "avaient", "ont", "sera", "seront", "aura", "auront",
                     "va", "vont", "vient", "viennent", "viendra", "fait", "faisait", "peut", "pouvait", "doit",
                     "devait", "sait", "savait"})
# Words after which a pronoun and a verb are no clause of their own (« qu'il », « si elle », « quand il »).
_BINDING = frozenset({"qu", "que", "qui", "si", "s", "quand", "ou", "comme", "parce", "dont", "lorsqu", "lorsque"})
# Participles of a matter settled with someone (« vu avec », « calé avec », « réglé avec »).
_SETTLED_WITH = frozenset({"vu", "vue", "cale", "calee", "regle", "reglee", "valide", "validee", "arrange", "arrangee"})


def told_in_clauses(text: str, found: list[Word]) -> bool:
    """News told in two clauses, or a matter settled with someone: no « ? », no question word."""
    if "?" in text or len(found) < 4 or any(w.folded in lexicon().question_words for w in found):
        return False
    if found[0].folded in _SETTLED_WITH and found[1].folded == "avec":
        return True  # « vu avec Karim c'est réglé »
    for i in range(2, len(found) - 1):
        if found[i].folded in _PRONOUNS and found[i + 1].folded in _FINITE and found[i - 1].folded not in _BINDING:
            verbs = [j for j in range(i) if found[j].folded in _FINITE]
            if verbs and verbs[0] > 0:  # a verb of its own in the first clause, after its subject
                return True
    return False
