"""« c'est pas le maire qui préside le copil ? », « c'est bien Léa qui
recense les jeunes ? », « qui coordonne le CLS, c'est pas l'ARS ? »: the
asker names whom they think does something and checks it.

What is asked is who does it (« qui préside le copil ? »); the answer shows
the one who does, and the asker sees whether they guessed right, negated or
not. Read with the guess as one more entity, a body or title that does not
do it (« le maire », « l'ARS ») was taken as what the question asks about
and the question fell in doubt or was answered of the guess (set 28a). The
guess is framing: its words and entities are set aside, the question after
« qui » (or before « c'est ») is read alone. Not « c'est qui qui … ? » (no
guess), nor a guess longer than a few words (a sentence, not a name), nor a
member guessed first (« c'est bien Fanny qui réserve la salle ? » is checked on her
tasks), nor a fact checked (« qui fait l'étude, c'est décidé ? »), nor
without a question mark (« c'est Mathis qui s'occupe de la mobilité » tells)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["guessed_doer"]

_ADVERBS = frozenset({"pas", "bien", "plus", "toujours", "encore", "vraiment", "ne", "n"})
_NO_GUESS = frozenset({"qui", "quoi", "ou", "quand", "comment", "combien", "ca", "cela", "lui", "elle", "eux", "elles"})
_OPENERS = frozenset({"le", "la", "l", "les", "un", "une", "mme", "m", "mr", "madame", "monsieur", "dr", "dre", "docteur"})
_LONGEST = 7  # words of a guess: « le président de la CPTS », « la CPTS du Pays de Bray » (as the records write it)


def _span(found: Sequence[Word]) -> range | None:
    folded = [w.folded for w in found]
    # « c'est (pas) <guess> qui <verb> … »
    if folded[:2] == ["c", "est"]:
        i = 2
        while i < len(folded) and folded[i] in _ADVERBS:
            i += 1
        if "qui" in folded[i:i + _LONGEST + 1]:
            end = folded.index("qui", i)
            # « c'est le service qui fait le comptage, mais qui exactement ? »: a second « qui » asks on.
            if end > i and folded[i] not in _NO_GUESS and len(folded) - end >= 3 and "qui" not in folded[end + 1:]:
                return range(0, end + 1)
    # « qui <verb> …, c'est (pas) <guess> ? »
    if folded[:1] == ["qui"] and len(folded) >= 6:
        for at in range(3, len(folded) - 2):
            if folded[at:at + 2] == ["c", "est"] and len(folded) - at - 2 <= _LONGEST + 2:
                guess = [w for w in folded[at + 2:] if w not in _ADVERBS]
                # « qui fait l'inventaire des haies, c'est décidé ? » checks a fact, names no one: a guess opens
                # with an article or a title, or is a name (typed with a capital).
                named = any(w.raw[:1].isupper() for w in found[at + 2:] if w.folded not in _ADVERBS)
                if guess and guess[0] not in _NO_GUESS and (guess[0] in _OPENERS or named):
                    return range(at, len(folded))
                return None
    return None


def guessed_doer(text: str, found: Sequence[Word], entities: list[Entity]) -> tuple[list[Entity], set[int]]:
    """`entities` without those in the guess, and the indices of the guess's words (with « c'est … qui »).
    Only with a question mark: « c'est Mathis qui s'occupe de la mobilité » is news."""
    span = _span(found) if "?" in text else None
    if span is None:
        return entities, set()
    # « c'est bien Fanny qui réserve la salle ? »: a member guessed is what the task answers check (her tasks on
    # the room), left as read; a body or a title that does no such thing is what misled.
    # After the question (« qui représente la CPAM, c'est pas Maryse ? ») the member is only the guess.
    if span.start == 0 and any(e.kind == "person" and e.end <= span.stop for e in entities):
        return entities, set()
    kept = [e for e in entities if not (span.start <= e.start and e.end <= span.stop)]
    return kept, set(span)
