"""The French of the Nord and the Pas-de-Calais (ch'ti, picard) as members
write it in a group chat (blind set 46a, the commission « patrimoine minier
et tourisme » of an agglomeration of the bassin minier): « dis, ch'est quand
eul prochaine commission ? », « Crépin i fait quo lui ? », « qui représente
el Département ? », « on s'rvoit quand, biloute ? », « la réunion d'la cité
Saint-Pierre, ch'est dins l'salle des fêtes ? », « ch'est bien mi qui
rédige … ? ».

The turns are grammar words, not the topic, and each unknown one was a word
the readings had to account for: the question fell under the bar or found
the wrong record. They are written in French before the message is
understood:

- « ch'est » / « ch'était » are « c'est » / « c'était », « ch' » before a
  consonant « ce » (« ch'bot »);
- the articles « eul » and « el » are « le », the pronouns « ej » « je »,
  « mi » (after a preposition or a comma, before « qui ») « moi », the
  subject « i » « il » (« i z'ont » « ils ont »), « dins » « dans »,
  « quo » « quoi », « pus » « plus », « tertous » « tous », « d'jà »
  « déjà », « c'te » / « c't' » « cette » / « cet »;
- an elision before a consonant (« l'chevalement », « d'la », « j'cale »,
  « s'ra », « su' l'terril », « r'parler », « s'rvoit ») is the word
  written whole (« le chevalement », « de la », « je cale », « sera »,
  « sur le terril », « reparler », « se revoit »);
- the fillers ask nothing: « dis » opening the message, « hein » and
  « une fois » closing it, « biloute », « mon fieu » as a word of address.

Only a message showing one of the marks (a word French never writes alone,
or an elision before a consonant) is rewritten, so that « el » in a name or
« min » for minutes in plain French stay as typed; a capitalised word (a
name) is never touched."""

from __future__ import annotations

import re
from handlers.understanding.turns_tidy import tidied

__all__ = ["chti_as_french"]

_I = re.IGNORECASE
_CONSONANT = "bcdfgjklmnpqrstvwxzç"  # not « h » (« l'hôtel ») nor « y » (« l'Yonne »)

# Marks: words French never writes alone, and an elision before a consonant (« l'chevalement », « d'la »).
_MARKS = re.compile(rf"\bch['’]|\b(?:eul|ej|dins|quo|biloute|fieu|tertous|bojour|d['’]j[àa])\b"
                    rf"|\bc['’]te?\b|(?<![\w'’])(?-i:[dljmnst])['’](?=[{_CONSONANT}])|\bsu['’]\s", _I)
# The subject « i » and the article « el » are marks too, in lower case between lower-case words (« les gamins i
# paient », « qui représente el Département ? »); « Ben el Mansour » is a name (its words are capitalised).
_LOWER = "a-zàâäéèêëîïôöùûüç"
_SUBJECT_I = re.compile(rf"(?:(?<=[{_LOWER}\d,]\s)|(?<=\bqu['’])|^)i(?=\s+[{_LOWER}'’]{{2,}})")
# The subject « i » before a plural verb (« les gamins i paient », « i sont ») is « ils ».
_PLURAL_VERB = re.compile(r"\s+(?:[mst]['’]\s*)?(?:\w+(?<![tv]i)ent|sont|ont|font|vont)\b")
_EL = re.compile(r"(?<!\S)el(?=\s+\w)")


def _article_el(text: str) -> str:
    """`text` with each « el » that follows no capitalised word (« Ben el Mansour ») written « le »."""
    def article(match: re.Match[str]) -> str:
        before = text[:match.start()].split()
        return "le" if not before or not before[-1][:1].isupper() else match.group(0)
    return _EL.sub(article, text)


# Fillers: « dis, … » opening; « …, hein ? », « …, une fois ? », « …, biloute ? », « eh mon fieu, … ».
_OPENING = re.compile(rf"^\s*(?:dis|eh|allez)?\s*(?:mon\s+fieu|biloute)?\s*,\s*(?=\S)|^\s*dis\s+(?=[{_LOWER}])", _I)
_CLOSING = re.compile(r"(?:\s*,\s*|\s+)(?:hein|une\s+fois|biloute|mon\s+fieu)(?=\s*[?!.…]*\s*$)", _I)
_ADDRESS = re.compile(r"(?:\s*,\s*|\s+)(?:biloute|mon\s+fieu)\b\s*,?", _I)

# Word for word (lower case only: « El » or « Quo » capitalised are names).
_WORDS = (
    (re.compile(r"\bch['’](?=[aeéèêiouy])"), "c'"),
    (re.compile(rf"\bch['’]\s*(?=[{_CONSONANT}])"), "ce "),
    (re.compile(r"\beul\b(?=\s+\w)"), "le"),
    (re.compile(r"\bej\b"), "je"),
    (re.compile(r"\bdins\b"), "dans"),
    (re.compile(r"(?<!statu )\bquo\b"), "quoi"),
    (re.compile(r"\bpus\b"), "plus"),
    (re.compile(r"\btertous\b"), "tous"),
    (re.compile(r"\bbojour\b"), "bonjour"),
    (re.compile(r"\bd['’]j[àa]\b"), "déjà"),
    (re.compile(r"\b(?:à|a)\s+c['’]t['’]\s*heure\b"), "maintenant"),
    (re.compile(r"\bc['’]t['’]\s*(?=ann[ée]e)"), "cette "),
    (re.compile(r"\bc['’]t['’]\s*"), "cet "),
    (re.compile(r"\bc['’]te\b"), "cette"),
    # « ch'est bien mi qui … », « sans mi », « t'demander, mi ? »: the stressed « moi ».
    (re.compile(r"(?<=\b(?:sans|avec|pour|bien|chez))\s+mi\b|(?:(?<=,)|(?<=^))\s*mi\b(?=\s*[?!.,]|\s*$)"
                r"|\bmi\b(?=\s+qui\b)"), lambda m: m.group(0).replace("mi", "moi")),
    # « min / tin / sin » before a noun, not after a number (« 10 min »).
    (re.compile(r"(?<!\d)(?<!\d\s)\b(min|tin|sin)\b(?=\s+[a-zàâäéèêëîïôöùûüç]{3,})"),
     lambda m: {"min": "mon", "tin": "ton", "sin": "son"}[m.group(1)]),
    # « i z'ont » (they have), then the subject « i » between words (« Crépin i fait »).
    (re.compile(r"\bi\s+z['’]\s*"), "ils "),
    (_SUBJECT_I, lambda m: "ils" if _PLURAL_VERB.match(m.string, m.end()) else "il"),
    (re.compile(r"\bsu['’]\s*"), "sur "),
    (re.compile(rf"\bd['’]l['’](?=[{_CONSONANT}])"), "du "),
    (re.compile(r"\bs['’]ra\b"), "sera"),
)
# An elision before a consonant, written whole; « r » before a consonant opens « re- » (« r'parler », « s'rvoit »).
# The elided word in lower case: « N'Diaye », « D'Souza » are names.
_ELIDED = re.compile(rf"(?<![\w'’])([dljmnst])['’](?=[{_CONSONANT}{_CONSONANT.upper()}])")
_RE_PREFIX = re.compile(rf"(?:(?<![\w'’])r['’]|(?<=\bs['’])r)(?=[{_CONSONANT}]\w)")


def chti_as_french(text: str) -> str:
    """`text` with the ch'ti turns above written in French; `text` itself when it shows none of the marks."""
    if not (_MARKS.search(text) or _SUBJECT_I.search(text) or _article_el(text) != text):
        return text
    rewritten = _OPENING.sub("", text, count=1)
    rewritten = _CLOSING.sub("", rewritten)
    rewritten = _ADDRESS.sub("", rewritten)
    rewritten = _article_el(rewritten)
    for pattern, french in _WORDS:
        rewritten = pattern.sub(french, rewritten)
    rewritten = _RE_PREFIX.sub("re", rewritten)
    for _ in range(2):  # « d'l'chevalement »: the second elision follows the first
        rewritten = _ELIDED.sub(lambda m: m.group(1) + "e ", rewritten)
    return tidied(text, rewritten, spaced_question=True)
