"""What an acronym stands for, asked: « c'est quoi la GUP ? », « ça veut dire
quoi TFPB ? », « que signifie NPNRU ? », « QPV ça veut dire quoi déjà ? ».

A newcomer to a field's jargon asks the meaning of a term, not the group's
records: the bot holds no glossary, and the decisions that happen to spell
the term out (« La convention de gestion urbaine de proximité … » for « la
GUP ») answer another question. So a message that is only such a frame
around one acronym (a known one of lexicon.toml [spelled_out] or
`group_kinds`, or a word of two to six capitals) is no reading of the
group's data: the bot says what the lexicon reads the initials as, unsure
(answer.respond), rather than a record. « c'est quoi le GT3 ? » (a working
group's number) and « c'est quoi l'ODJ ? » (shorthand read as « ordre du
jour ») are no such term and stay what they were."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.messages import Reply
from handlers.understanding.normalise import Word, fold, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.own_group import group_kinds
from handlers.understanding.spelled_out import meanings

__all__ = ["meaning_asked", "meaning_unsure"]

# The frame of the question, its articles and the adverbs said with it (« exactement », « déjà », « au juste »).
_FRAME = frozenset({"c", "est", "cest", "quoi", "ce", "que", "qu", "ca", "veut", "veulent", "dire", "signifie",
                    "signifient", "le", "la", "l", "les", "un", "une", "exactement", "deja", "au", "juste", "encore",
                    "donc", "alors", "sigle", "acronyme", "abreviation", "mot",
                    # « qu'est-ce que c'est le maloya pour vous ? », « … selon toi ? »: the others' word asked.
                    "pour", "selon", "vous", "toi"})


def meaning_asked(text: str, bodies: Sequence[str] = ()) -> Word | None:
    """The acronym whose meaning alone the last clause of `text` asks (after a comma: « désolée je suis
    nouvelle, c'est quoi le PRE ? »), else None. Also a common word typed in lower case that is one word of a
    body's longer name (`bodies`) and no word the lexicon knows: « c'est quoi le maloya ? » of the « Lékol maloya
    Ti Kaz » asks what the maloya is, not who the school's people are (set 42a)."""
    clauses = re.split(r"[,;:.!]", text.split("?")[0])
    term = _term_asked(clauses[-1], bodies)
    if term is None and len(clauses) > 1 and (joined := _term_asked(" ".join(clauses[-2:]), bodies)) is not None and (
            _word_of_a_name(joined, bodies)):
        return joined  # « le maloya, c'est quoi ? », « qu'est-ce que c'est, le maloya ? »: the word put apart
    return term


def _term_asked(clause: str, bodies: Sequence[str]) -> Word | None:
    """The term whose meaning alone `clause` asks, as `meaning_asked` reads it."""
    found = words(clause)
    folded = {w.folded for w in found}
    # « c'est quoi », « ça veut dire quoi », « que veut dire », « que signifie »: a meaning asked.
    # « qu'est-ce que c'est (que) le … ? » asks it as well.
    if not ({"quoi", "est"} <= folded or {"est", "ce", "que", "c"} <= folded or "dire" in folded and folded & {"veut", "veulent"}
            or folded & {"signifie", "signifient"}):
        return None
    rest = [w for w in found if w.folded not in _FRAME]
    if len(rest) != 1:
        return None
    term = rest[0]
    known = term.folded in meanings() or term.folded in group_kinds()
    if known or term.raw.isalpha() and term.raw.isupper() and 2 <= len(term.raw) <= 6:
        return term
    return term if _word_of_a_name(term, bodies) else None


def _word_of_a_name(term: Word, bodies: Sequence[str]) -> bool:
    """`term` is a lower-case word the lexicon does not know, one of the words of a body's name of several words."""
    if not term.raw.isalpha() or not term.raw.islower() or term.known or len(term.raw) < 4:
        return False
    return any(term.folded in (named := re.split(r"[^\w]+", fold(body))) and len([w for w in named if w]) > 1
               for body in bodies)


def meaning_unsure(term: Word) -> Outcome:
    """What the bot says of `term`: the reading the field gives the initials, if the lexicon holds one, as a
    hint and never as the group's own record (unsure: nothing of the store answers it)."""
    meaning = meanings().get(term.folded) or group_kinds().get(term.folded, "")
    acronym = term.raw.isupper() or bool(meaning)
    said = term.raw.upper() if acronym else term.raw
    first = (f"« {said} » se lit d'ordinaire « {meaning} » (sigle courant ; je ne tiens pas de glossaire du groupe)."
             if meaning else f"Je ne connais pas le sens du sigle « {said} » : je ne tiens pas de glossaire du groupe."
             if acronym else f"Je ne tiens pas de glossaire du groupe : je ne sais pas vous dire ce qu'est « {said} ».")
    return Outcome(Reply.of(first, f"Pour ce que le groupe en a dit, demandez par ex. « qu'a-t-on décidé sur {said} ? »."),
                   None, False, "")
