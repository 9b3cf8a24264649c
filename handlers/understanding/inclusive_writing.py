"""Inclusive writing, as associations and public services write it (blind
set 41a), read as the plain masculine the readers know (« les référent·e·s »
as « les référents », « la chargéE de mission » as « la chargée de
mission »):

- a word and its feminine endings after a middle dot or one of its
  look-alikes (« présent·e », « convoqué·e·s », « les élu·es »,
  « associatif·ves », « institutionnel·les », « coordinateur·rice »,
  « tou·te·s », « quelqu'un·e », « le·la »), after a full stop when the
  endings are a feminine's (« les élu.e.s », « présent.e »: never a
  sentence's end, a link or an address), after a hyphen when they are
  « e » or « es » (« délégué-e », « élu-e-s »), in brackets
  (« référent(e) », « élu(e)s »: not « (s) », which is no gender), after a
  slash (« président/e »): the masculine, plural when an ending was
  (« associatifs », « nationaux »); a capital E (« la chargéE », « les
  éluEs ») is the feminine written whole (« la chargée », « les élues »);
  a lower-case word is the bar for every form, so names, initials and
  times are left alone;
- the masculine and the feminine written side by side or as a pair of
  words (« le/la », « le ou la », « il/elle », « les agents et agentes »,
  « celles et ceux qui », « à toutes et à tous », « chères toutes, chers
  tous »): one, the masculine;
- the neutral pronouns (« iel », « iels », « celleux », « toustes »):
  « il », « ils », « ceux », « tous ».

The readers had each ending left as a word of its own (« présent e », « élu
e s »): a topic the readings had to account for, the question fell under
the bar or found another record (« qui était présent·e à la marche ? » read
as the tasks on the marche). The feminine titles written whole (« la
présidente », « la procureure », « la cheffe ») were read already, in either
gender (role_gender.py, role_forms.py)."""

from __future__ import annotations

import re

__all__ = ["without_inclusive_writing"]

_I = re.IGNORECASE
_LOWER = "a-zàâäéèêëîïôöùûüçœ"
_WORD = rf"[{_LOWER}]"

# The middle dot and the marks typed for it (bullet, dot operator, bullet operator, the Catalan « ŀ » aside).
_DOTS = "·•⋅∙"
_DOTTED = re.compile(rf"(?<![\w'’])([{_LOWER}’']*{_WORD}{{2,}})((?:[{_DOTS}]{_WORD}{{1,6}})+)(?![\w{_DOTS}])", _I)

# The endings a feminine is written with after a full stop or a hyphen (never a word of its own in a sentence's
# next word: lower case, glued, and one of these).
_ENDINGS = ("e", "es", "s", "ne", "nes", "le", "les", "te", "tes", "se", "ses", "ve", "ves", "fe", "fes", "ice",
            "ices", "rice", "rices", "trice", "trices", "euse", "euses", "eure", "eures", "ère", "ères", "elle",
            "elles", "sse", "sses", "x")
_ENDING = "(?:" + "|".join(sorted(_ENDINGS, key=len, reverse=True)) + ")"
_STOPPED = re.compile(rf"(?<![\w'’./@])({_WORD}[{_LOWER}]+)((?:\.{_ENDING})+)(?![\w.@/])")
_HYPHENED = re.compile(rf"(?<![\w'’-])({_WORD}[{_LOWER}]+[éeiutr])(-es?(?:-s)?)(?![\w-])")
_BRACKETED = re.compile(rf"(?<![\w'’])({_WORD}[{_LOWER}]+)((?:\((?:e|es|ne|nes|le|les|te|tes|se|ve|ves|fe|rice|rices|"
                        rf"trice|trices|euse|euses|ère|ères)\)s?)+)(?![\w(])")
_SLASHED = re.compile(rf"(?<![\w'’/.])({_WORD}[{_LOWER}]+)(/(?:e|es|ne|nes|le|les|te|tes|rice|rices|trice|trices|"
                      rf"euse|euses|ère|ères))(?![\w/])")
_CAPITAL_E = re.compile(rf"(?<![\w'’])({_WORD}[{_LOWER}]+)(E|Es|ES)(?!\w)")

# A pair of words, masculine and feminine in either order, after a slash or with « ou » / « et » between.
_PAIRED_WORDS = re.compile(rf"(?<![\w'’/])(?P<a>[{_LOWER}]{{2,}})(?P<sep>/|\s+(?:et|ou)\s+(?:(?:à|de)\s+)?)"
                           rf"(?P<b>[{_LOWER}]{{2,}})(?![\w/])", _I)
# Articles and pronouns paired so: the first of each is the masculine.
_PAIRS = {("le", "la"), ("un", "une"), ("il", "elle"), ("ils", "elles"), ("celui", "celle"), ("ceux", "celles"),
          ("tous", "toutes"), ("du", "de la"), ("au", "à la"), ("lui", "elle"), ("eux", "elles"),
          ("chers", "chères"), ("cher", "chère")}
_PAIRED_SMALL = {frozenset(p): p[0] for p in _PAIRS if " " not in p[1]}
# « à toutes et à tous », « chères toutes, chers tous »: the pair with its preposition or greeting said twice.
_TWICE = re.compile(r"\b(?:(à|de)\s+)?(toutes|tous)\s+et\s+(?:\1\s+)?(tous|toutes)\b", _I)
_DEAR_TWICE = re.compile(r"\bch(?:è|e)res?\s+(toutes|tous)\s*,\s*chers?\s+(tous|toutes)\b", _I)
_DEAR_PAIR = re.compile(r"\b(?:chères\s+et\s+chers|chers\s+et\s+chères)\s+", _I)

_NEUTRAL = {"iel": "il", "iels": "ils", "ielle": "il", "ielles": "ils", "celleux": "ceux", "toustes": "tous",
            "elleux": "eux", "celleuses": "ceux"}
_NEUTRAL_WORD = re.compile(r"\b(" + "|".join(_NEUTRAL) + r")\b", _I)

# Masculine to feminine endings, for a pair of nouns or adjectives written in full (« agents et agentes »).
_FEMININE_OF = (("teur", "trice"), ("eur", "euse"), ("eur", "rice"), ("eur", "eure"), ("if", "ive"), ("el", "elle"),
                ("en", "enne"), ("on", "onne"), ("et", "ette"), ("er", "ère"), ("x", "se"), ("eau", "elle"),
                ("f", "fe"), ("", "e"))


# A link or an address (« https://www.education.gouv.fr/les-cites », « prenom.nom@example.org »): never rewritten.
_LINK = re.compile(r"\S*(?:://|www\.|@)\S*")


def without_inclusive_writing(text: str) -> str:
    """`text` with its inclusive writing read as the plain masculine; `text` itself when it has none. Links and
    addresses are left as typed."""
    links = _LINK.findall(text)
    if not links:
        return _plain(text)
    pieces = _LINK.split(text)
    return "".join(_plain(piece) + (links[i] if i < len(links) else "") for i, piece in enumerate(pieces))


def _plain(text: str) -> str:
    """`text`, holding no link, with its inclusive writing read as the plain masculine."""
    rewritten = _DEAR_TWICE.sub(lambda m: _with_case(m.group(0), "chers tous"), text)
    rewritten = _DEAR_PAIR.sub(lambda m: _with_case(m.group(0), "chers "), rewritten)
    rewritten = _TWICE.sub(lambda m: _with_case(m.group(0), ((m.group(1) + " ") if m.group(1) else "") + "tous"),
                           rewritten)
    rewritten = _DOTTED.sub(lambda m: _masculine(m.group(1), re.split(f"[{_DOTS}]", m.group(2))[1:]), rewritten)
    rewritten = _STOPPED.sub(lambda m: _if_feminine(m, "."), rewritten)
    rewritten = _HYPHENED.sub(lambda m: _if_feminine(m, "-"), rewritten)
    rewritten = _BRACKETED.sub(lambda m: _masculine(m.group(1), [m.group(2).replace("(", "").replace(")", "")]),
                               rewritten)
    rewritten = _SLASHED.sub(lambda m: _if_feminine(m, "/"), rewritten)
    rewritten = _CAPITAL_E.sub(lambda m: m.group(1) + m.group(2).lower(), rewritten)  # « la chargéE »: « la chargée »
    rewritten = re.sub(r"\b(du/de\s+la|du\s+ou\s+de\s+la)\b", "du", rewritten, flags=_I)
    rewritten = re.sub(r"\b(au/à\s+la|au\s+ou\s+à\s+la)\b", "au", rewritten, flags=_I)
    rewritten = _PAIRED_WORDS.sub(_one_of_pair, rewritten)
    rewritten = _NEUTRAL_WORD.sub(lambda m: _with_case(m.group(1), _NEUTRAL[m.group(1).casefold()]), rewritten)
    return rewritten


def _masculine(base: str, endings: list[str]) -> str:
    """The masculine of `base` written with feminine `endings` (« élu », [« e », « s »] -> « élus »): plural when an
    ending was (« associatif », [« ves »] -> « associatifs »; « national », [« es »] -> « nationaux »)."""
    if base.casefold() in {"le", "un", "il", "celui", "lui", "du", "au"}:
        return base  # « le·la », « un·e », « il·elle »
    plural = any(e.endswith(("s", "x")) for e in endings) and not base.endswith(("s", "x", "z"))
    if not plural:
        return base
    if base.endswith("al"):
        return base[:-2] + "aux"
    if base.endswith("eau"):
        return base + "x"
    return base + "s"


def _if_feminine(m: re.Match[str], mark: str) -> str:
    """The masculine of a word written with endings after a full stop, a hyphen or a slash (« élu.e.s »,
    « délégué-e », « président/e »),
    when the first ending is one of the word's feminine (« institutionnel.le », not « réunion.le »); else the match."""
    base, endings = m.group(1), m.group(2).split(mark)[1:]
    first = endings[0].casefold()
    end = base.casefold()
    fits = (first in {"e", "es"} and not end.endswith("e")) or (first in {"le", "les"} and end.endswith("l")) or (
        first in {"ne", "nes"} and end.endswith("n")) or (first in {"te", "tes"} and end.endswith("t")) or (
        first in {"ve", "ves", "fe", "fes"} and end.endswith("f")) or (first in {"se", "ses"} and end.endswith("x")) or (
        first in {"rice", "rices", "trice", "trices", "euse", "euses", "ice", "ices", "eure", "eures"}
        and end.endswith("eur")) or (first in {"ère", "ères"} and end.endswith("er")) or (
        first in {"elle", "elles"} and end.endswith(("el", "eau")))
    return _masculine(base, endings) if fits else m.group(0)


def _one_of_pair(m: re.Match[str]) -> str:
    """The masculine of a masculine and feminine pair (« le/la », « il ou elle », « agents et agentes »,
    « celles et ceux »), or the match itself when the two words are no such pair."""
    a, b = m.group("a"), m.group("b")
    if (one := _PAIRED_SMALL.get(frozenset({a.casefold(), b.casefold()}))) is not None:
        return _with_case(a, one)
    if m.group("sep") != "/" and m.group("sep").split()[-1].casefold() in {"à", "de"}:
        return m.group(0)
    if a != a.casefold() or b != b.casefold():
        return m.group(0)  # « Louis et Louise »: two names, no pair of genders
    if (masculine := _gender_pair(a, b)) is not None:
        return masculine
    return m.group(0)


def _gender_pair(a: str, b: str) -> str | None:
    """The masculine of `a` and `b` when one is the other's feminine, same number (« agents », « agentes » ->
    « agents »; « directrice », « directeur » -> « directeur »), else None."""
    for m, f in ((a, b), (b, a)):
        ms, fs = m.casefold(), f.casefold()
        plural = ms.endswith(("s", "x")) and fs.endswith("s") and len(ms) > 3
        stem_m = ms[:-1] if plural and ms.endswith("s") else ms
        stem_f = fs[:-1] if plural else fs
        for end_m, end_f in _FEMININE_OF:
            if stem_m.endswith(end_m) and stem_f == stem_m[:len(stem_m) - len(end_m)] + end_f and len(stem_m) >= 3:
                return m
    return None


def _with_case(typed: str, plain: str) -> str:
    """`plain` capitalised as `typed` was (« Celles et ceux » -> « Ceux »)."""
    return plain[:1].upper() + plain[1:] if typed[:1].isupper() else plain
