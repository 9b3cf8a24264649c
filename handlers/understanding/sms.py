"""SMS spellings read in their context, and words split or glued by a
phone's keyboard.

Most chat shorthand is one word for one word and lives in `lexicon.toml`
([synonyms]: « qd », « ki », « tjrs »). Some needs the words around it:

- « c qui », « c quand », « cé où » are « c'est » (not when « c'est » was
  typed: « c est »); « cé » with its accent is never the demonstrative;
  « ki é … » is « qui est »;
- « g oublié la date », « g koi à faire » are « j'ai » (a lone lower-case
  « g » before a word, not the « 4 g » of a phone network);
- « la semaine pro », « la pro réu » are « prochaine »; « l'insertion pro »
  stays professional.

A phone's keyboard also splits a word (« la pro chaine réunion », « ré
union ») or glues two (« prochainereunion », « ordredujour » typed without
spaces): two typed pieces that make a word of the questions' vocabulary are
joined when one of them is no word of it; a word nobody knows that is two
vocabulary words glued is read as the two, and so is a subject pronoun glued
to its verb (« onetait combien »).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from handlers.understanding.normalise import fold

__all__ = ["joined_pieces", "sms_reading", "unglued"]

# Words before which « pro » is « prochaine » (« la semaine pro », « le mois pro », « la pro »).
_BEFORE_PRO = frozenset({"la", "le", "les", "semaine", "sem", "mois", "fois", "annee", "seance", "reunion", "reu"})
# Forms of « être » after « c' »: « c » alone is the SMS « c'est ».
_ETRE = frozenset({"est", "etait", "etaient", "sera", "serait", "seront", "fut", "soit"})
# Joined or unglued words are at least this long.
_LONG = 7
# The short pieces a split word may start with (« re union », « de mande »); other pieces are 3 letters or more, so
# that « le retour ne se fait pas » keeps its « retour » and « ne », « en semble » its two words.
_PREFIXES = frozenset({"re", "de"})


def sms_reading(pieces: list[str], k: int) -> str | None:
    """What the SMS spelling `pieces[k]` stands for in its context, or None when it is no such spelling."""
    raw, key = pieces[k], fold(pieces[k])
    after = fold(pieces[k + 1]) if k + 1 < len(pieces) else ""
    before = fold(pieces[k - 1]) if k else ""
    if key == "c" and after not in _ETRE or raw.casefold() == "cé":
        return "c'est"  # « c qui », « c quand », « cé où »
    if raw.casefold() == "é" and before:
        return "est"  # « ki é la présidente », « la réu é où » (a lone « é » is no word)
    if raw == "g" and after.isalpha() and not before.isdigit():
        return "j'ai"  # « g oublié », « g koi à faire »
    if key in ("pro", "pros") and before in _BEFORE_PRO:
        return "prochaine" if key == "pro" else "prochaines"
    return None


def joined_pieces(typed: list[str], vocabulary: Collection[str], names: Collection[str],
                  own: Collection[str] = ()) -> list[str]:
    """`typed` with a word split in two joined (« pro chaine » -> « prochaine »): the two pieces glued are a
    vocabulary word of `_LONG` letters or more, and one of them is no vocabulary word (« sur tout » stays); or the
    two glued are one of the group's own words (`own`, its records' and roles' words) and neither piece is
    (« le skate park » of the records' « skatepark », blind set 40a)."""
    out: list[str] = []
    own = frozenset(own)
    i = 0
    while i < len(typed):
        if i + 1 < len(typed) and typed[i].isalpha() and typed[i + 1].isalpha():
            first, second = fold(typed[i].casefold()), fold(typed[i + 1].casefold())
            whole = first + second
            if (len(whole) >= _LONG and whole in vocabulary and not {first, second} & set(names)
                    and (first not in vocabulary or second not in vocabulary)
                    and (len(first) >= 3 or first in _PREFIXES) and len(second) >= 3) or (
                    len(whole) >= _LONG and whole in own and not {first, second} & (own | set(names))
                    and (first not in vocabulary or second not in vocabulary) and len(first) >= 3 and len(second) >= 3):
                out.append(typed[i] + typed[i + 1])
                i += 2
                continue
        out.append(typed[i])
        i += 1
    return out


# A subject pronoun glued to the verb after it (« onetait », « ilest », « elleetait »): too short for two words of
# three letters, but the pronoun and a form of « être » or « avoir » are all it can be.
_SUBJECTS = ("on", "il", "elle", "ils", "elles")
_VERB_FORMS = frozenset({"etait", "etaient", "est", "sont", "sera", "seront", "avait", "avaient", "aura", "vient",
                         "viendra", "va"})


def _subject_glued(key: str) -> list[str] | None:
    return next(([p, key[len(p):]] for p in _SUBJECTS if key.startswith(p) and key[len(p):] in _VERB_FORMS), None)


def unglued(raw: str, vocabulary: Collection[str], known: Callable[[str], bool]) -> list[str]:
    """A word nobody knows (`known`) that is two vocabulary words glued (« prochainereunion »), as the two;
    else the word alone. Each part is 3 letters or more, and the split is the only one."""
    key = fold(raw.casefold())
    if raw.isalpha() and not known(raw.casefold()) and (glued := _subject_glued(key)) is not None:
        return glued  # « onetait combien », « ilest venu »
    if len(key) < 2 * 3 + 2 or not raw.isalpha() or known(raw.casefold()):
        return [raw]
    splits = [(key[:i], key[i:]) for i in range(3, len(key) - 2) if key[:i] in vocabulary and key[i:] in vocabulary]
    return [*splits[0]] if len(splits) == 1 else [raw]
