"""Normalisation: what a member typed -> folded words with their lemmas.

Members write without accents, with typos and in chat shorthand (`réu`, `rdv`, `prochainne sceance`). Each word is
folded (case, accents), mapped through the synonyms of `lexicon.toml` (shorthand to a plain word), then lemmatised:
first through the vocabulary of the intent examples (which knows `decide` is `décider` even without its accents),
then with `simplemma` (its data ships inside the package: nothing downloads; a word typed without its accents is
tried with them, accents.py), and a word that neither knows is corrected to the closest vocabulary word when it is
close enough (`sceance` -> `séance`). In questions, glued elisions are split (`cest` -> `c est`), oral fillers
dropped (`du coup`) and typing slips read as the vocabulary word meant (`prochainne`): see spelling.py.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import simplemma
from rapidfuzz import fuzz, process

from handlers.understanding.accented_participle import participle_lemma
from handlers.understanding.presence_adjective import presence_lemma
from handlers.understanding.accents import with_accents
from handlers.understanding.adverbs import is_adverb
from handlers.understanding.cut_names import cut_name
from handlers.understanding.decision_nouns import noun_lemma
from handlers.understanding.glued import glue
from handlers.understanding.known_forms import known_form
from handlers.understanding.presenting import presenting_verbs
from handlers.understanding.spelling import AGREEING, drop_fillers, glued_slip, nearest, plural_slip, reach, split_elision

__all__ = ["Word", "Lexicon", "fold", "lexicon", "proper_name", "stem", "words"]

HERE = Path(__file__).parent
# A word unknown to the lemmatiser is read as a vocabulary word this close.
TYPO_MATCH = 80.0
_SPLIT = re.compile(r"[^\w@]+")
# Words after which a shorthand noun is plural (« les réu », « prochaines rdv »).
_PLURAL_CUES = frozenset({"les", "des", "ces", "mes", "nos", "vos", "quelles", "quels", "prochaines", "prochains",
                          "dernieres", "derniers", "toutes", "tous", "combien"})


@lru_cache(maxsize=1 << 15)
def fold(value: str) -> str:
    """Lower case, no accents; `œ` -> `oe`, apostrophes and hyphens -> spaces."""
    value = value.casefold().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(lemma: str) -> str:
    """A crude stem for matching topic words: `cyclables` ~ `cyclable`."""
    for ending in ("ements", "ement", "ations", "ation", "euses", "euse", "eurs", "eur", "es", "s", "x", "e"):
        if lemma.endswith(ending) and len(lemma) - len(ending) >= 4:
            return lemma[: -len(ending)]
    return lemma


@dataclass(frozen=True, slots=True)
class Word:
    """One typed word: as typed, folded, and its folded lemma."""

    raw: str
    folded: str
    lemma: str
    known: bool  # the lexicon or the lemmatiser knows it (not a name or a topic word)
    typed: str = ""  # the word as typed when shorthand replaced it (« ateliers » read as « réunions »)


@dataclass(frozen=True)
class Lexicon:
    """Synonyms, stop words and the vocabulary the intent examples use."""

    synonyms: dict[str, str]  # folded word -> folded replacement (may be several words)
    stopwords: frozenset[str]
    function_words: frozenset[str]
    polite_modals: frozenset[str]
    polite_verbs: frozenset[str]
    decision_words: frozenset[str]
    topic_markers: frozenset[str]
    thanks_words: frozenset[str]
    statement_subjects: frozenset[str]
    question_words: frozenset[str]
    openers: frozenset[str]
    vocabulary: dict[str, str]  # folded inflected form -> folded lemma
    known: frozenset[str]  # lemmas of words listed as known (not topic words)
    fillers: tuple[tuple[str, ...], ...] = ()  # oral fillers, as folded words (« du coup »)
    spelling: tuple[str, ...] = ()  # the words a typing slip is read as (folded, 4 letters or more)
    prepositions: frozenset[str] = frozenset()  # folded; they open a phrase, never name a thing

    def is_known(self, raw: str) -> bool:
        """Whether a lower-case word is a word (of the lexicon or of French), not a slip."""
        folded = fold(raw)
        return (folded in self.vocabulary or folded in self.synonyms or folded in self.stopwords
                or known_form(raw) or is_adverb(raw))

    def lemma_only(self, folded: str) -> str:
        """The lemma a folded vocabulary word stands for, through its shorthand
        (« deadline » and « deadlines » both stand for « échéance »)."""
        meant = self.synonyms.get(folded, folded)
        return self.vocabulary.get(meant) or fold(simplemma.lemmatize(meant, lang="fr")) if meant else ""

    def lemma_of(self, raw: str) -> tuple[str, bool]:
        """The folded lemma of one lower-case word, and whether it is known."""
        folded = fold(raw)
        if (participle := participle_lemma(raw, folded)) is not None:
            return participle, True  # « seront présentés », not « présents » (accented_participle.py)
        if folded in self.vocabulary:
            return self.vocabulary[folded], True
        if known_form(raw := with_accents(raw)):
            # A lemma the lexicon reads as another (« débuter » as « commencer ») is read so in
            # every form, the future « débutera » as the present « débute ».
            lemma = fold(simplemma.lemmatize(raw, lang="fr"))
            return self.vocabulary.get(lemma, lemma), True
        if len(folded) >= 4 and not folded.isdigit():
            found = process.extractOne(folded, self.vocabulary.keys(), scorer=fuzz.ratio, score_cutoff=TYPO_MATCH)
            # « garbier » is no « arbitrer »: the first letter typed; « résa » is no « RSA »: a word of three letters
            # other than a grammar word (an acronym, chat shorthand) is too short for a slip of it to be read with
            # confidence.
            if found is not None and found[0][:1] == folded[:1] and (len(found[0]) >= 4 or found[0] in self.stopwords):
                return self.vocabulary[found[0]], True
        return fold(simplemma.lemmatize(raw, lang="fr")), False


# « c.c.a.s », « l'A.F.I.A.F. »: an acronym written with dots is one word.
_DOTTED = re.compile(r"\b(?:[^\W\d_]\.){2,}(?:[^\W\d_]\b\.?)?")


def _raw_words(text: str) -> list[str]:
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text.replace("’", "'"))
    return [w for w in _SPLIT.split(text) if w and w != "_"]


@cache
def lexicon() -> Lexicon:
    """The lexicon, built once from `lexicon.toml` and the intent examples."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    with (HERE / "intents.toml").open("rb") as handle:
        intents = tomllib.load(handle)
    synonyms = {fold(k): fold(v) for k, v in raw["synonyms"].items()}
    raw["decision_words"] = [*raw["decision_words"], *raw.get("postponing_words", [])]  # a point put off is decided
    vocabulary: dict[str, str] = {}
    examples: Iterable[str] = (e for spec in intents["intent"] for e in spec["examples"])
    for sentence in [*examples, *raw["synonyms"].values(), *raw.get("vocabulary", [])]:
        for word in _raw_words(sentence):
            word = word.casefold()
            if word.isalpha():
                vocabulary.setdefault(fold(word), fold(simplemma.lemmatize(word, lang="fr")))
    vocabulary.update({fold(k): fold(v) for k, v in raw.get("lemmas", {}).items()})
    known = frozenset(vocabulary[fold(w.casefold())] for w in raw.get("vocabulary", []) if fold(w.casefold()) in vocabulary)
    fillers = tuple(tuple(_raw_words(fold(f))) for f in raw.get("fillers", []))
    listed = ("spelling", "polite_modals", "polite_verbs", "decision_words", "topic_markers", "thanks_words",
              "question_words", "openers", "stopwords")
    spelling = {fold(w.casefold()) for key in listed for w in raw.get(key, [])}
    # Topic words and their kin (« newsletter », « vélo »): a slip in them is read too.
    spelling |= {fold(w.casefold()) for kin in raw.get("topics", {}).values() for phrase in kin for w in phrase.split()}
    # Short words are not corrected into: « mire » is no slip of « maire » one can tell.
    targets = tuple(sorted(w for w in {*vocabulary, *synonyms, *spelling} if len(w) >= 4 and w.isalpha()))
    return Lexicon(synonyms, frozenset(fold(w) for w in raw["stopwords"]),
                   frozenset(fold(w) for w in raw["function_words"]),
                   *(frozenset(fold(w) for w in raw[key]) for key in
                     ("polite_modals", "polite_verbs", "decision_words", "topic_markers",
                      "thanks_words", "statement_subjects", "question_words", "openers")),
                   vocabulary, known, fillers, targets, frozenset(fold(w) for w in raw.get("prepositions", [])))


def _read(raw: str, lex: Lexicon, names: Collection[str], targets: Collection[str],
          own: Collection[str] = ()) -> tuple[str | None, int | None]:
    """The replacement of one typed word (shorthand, or the word a slip
    meant) and, for a slip, how many letters it took; a word of the group's
    own (`own`: « pass » of « le pass numérique ») is no slip."""
    key = fold(raw)
    # A group's own acronym typed in capitals is no chat shorthand (« le SEM » is no « semaine »).
    if key in own and key not in lex.synonyms or len(raw) >= 2 and raw.isupper() and (key in own or key in names):
        return None, None
    if len(key) >= 4 and raw[0].isupper() and key in names and key in lex.synonyms:
        # « qui représente L'Alpha ? » of the « Médiathèque L'Alpha »: a word of a name of the group, capitalised, is
        # that name, not the chat shorthand it also is (« les cours d'alpha » stays « alphabétisation »).
        return None, None
    replaced = lex.synonyms.get(key)
    if replaced is None:
        replaced = _plural_shorthand(key, lex)
    if replaced is None and raw.isalpha() and simplemma.is_known(raw.casefold(), lang="fr"):
        # "rencontres" is found through its lemma "rencontre" (not « comem » through a guessed « com »).
        replaced = lex.synonyms.get(fold(simplemma.lemmatize(raw.casefold(), lang="fr")))
    # The examples' slots (« zzpersonne ») are no slip of « personne ».
    if replaced is not None or key in names or key.startswith("zz") or lex.is_known(raw.casefold()):
        return replaced, None
    if cut_name(raw, key, names):
        return None, None  # « Chris vient jeudi ? »: a name cut short, no slip of « chais » (cut_names.py)
    # Candidates meaning the same (« rencontre », « rencontres ») are no doubt.
    found = nearest(key, lex.spelling, lambda c: stem(lex.lemma_only(c)), names, targets)
    if found is None:
        return None, None
    # A French word typed without its accents is that word, no slip of another word of its length one letter away
    # (« reduction » is « réduction », not « rédaction »): accents.py puts them back. A letter doubled or added is
    # still a slip (« listee » is « liste », though French knows « listée »).
    if len(found[0]) == len(key) and raw.isalpha() and raw.casefold() != with_accents(raw.casefold()):
        return None, None
    return lex.synonyms.get(found[0], found[0]), found[1]


def _plural_shorthand(key: str, lex: Lexicon) -> str | None:
    """The plural of a chat shorthand the lemmatiser does not know (« copils », « confs »,
    « ordis »): the shorthand's own reading in the plural (« réunions »). Only for a single
    replacement word, so « comcoms » is not read as « communauté de communess »."""
    if len(key) < 4 or not key.endswith("s") or not key[:-1].isalpha():
        return None
    single = lex.synonyms.get(key[:-1])
    if not single or " " in single:
        return None
    return single if single.endswith(("s", "x", "z")) else single + "s"


def proper_name(raw: str, position: int, text: str) -> bool:
    """A capitalised word inside a sentence typed in lower case (« la foire de Cournon », « le syndic de
    Rolle ») is a name the group's store does not know: it is read as typed, never as a slip of a
    French word (« rôle »), which would answer a question about somewhere else. A slip of one of the
    group's own names (« Nanterer ») is still read as meant."""
    return (position > 0 and len(raw) >= 4 and raw[0].isupper() and raw[1:].islower()
            and any(c.islower() for c in text))


def _meant(raw: str, lex: Lexicon, names: Collection[str], targets: Collection[str]) -> str:
    """The word a slip meant before any shorthand (« comife » -> « comité », then read « réunion »)."""
    found = nearest(fold(raw), lex.spelling, lambda c: stem(lex.lemma_only(c)), names, targets)
    return found[0] if found is not None else ""


def words(text: str, lex: Lexicon | None = None, shorthand: bool = True, names: Collection[str] = (),
          targets: Collection[str] = (), headings: Collection[str] = (), capitals: Collection[str] = ()) -> list[Word]:
    """The words of `text`, each with its lemma; with `shorthand` (questions,
    not records), chat shorthand is expanded (`rdv` -> `réunion`), glued
    elisions split, fillers dropped and slips read as meant (`targets`: the
    group's own words a slip may also mean); `names` (folded words of the
    group's proper names) are never read as another word; `headings` (the group's meeting headings, folded) keep
    a sitting's full name as typed (sitting_headings.py); `capitals` (the folded initials of the group's bodies) are
    no chat shorthand when typed in capitals in a message that is not (« le CBN » is the Conservatoire botanique
    national, « cbn » is « combien »)."""
    lex = lex or lexicon()
    found: list[Word] = []
    own = frozenset(targets)
    mixed = any(c.islower() for c in text)

    def _capital_name(raw: str) -> bool:
        return mixed and len(raw) >= 3 and raw.isupper() and raw.isalpha() and fold(raw) in capitals

    def pieces_of(raw: str, opening: bool) -> list[str]:
        # A name or a group's word is a word of its own (« secretaire » is no « s'ecretaire »);
        # a glued elision of a known word comes first (« jarrive » is « j'arrive », not « arrive »),
        # then the closer of a slip of the whole (« noembre ») and a slip after an elision (« soccupee »).
        if not shorthand or fold(raw) in names or fold(raw) in own or _capital_name(raw):
            return [raw]
        split = split_elision(raw, lambda w: lex.is_known(w) or fold(w) in names, opening)  # « lamd »: l'AMD
        if len(split) > 1:  # « dares » is a slip of « dates » rather than « d'ares » (glued_slip)
            return [raw] if glued_slip(fold(raw), fold(split[1]), lex.spelling, lambda c: stem(lex.lemma_only(c)), names, targets) else split
        # « noembre » is as close to « nombre » as to « novembre »: no « n'membre » either.
        whole = reach(fold(raw), lex.spelling, targets) if raw.isalpha() else None
        if whole is None and len(glued := unglued(raw, lex.vocabulary, lex.is_known)) > 1:
            return glued  # « prochainereunion » (sms.py)

        def meant(rest: str) -> bool:
            slips = None if lex.is_known(rest) else _read(rest, lex, names, targets, own)[1]
            return slips is not None and (whole is None or slips < whole)
        return split_elision(raw, lex.is_known, opening, meant)

    typed_words = glue(_raw_words(text)) if shorthand else _raw_words(text)
    if shorthand:
        from handlers.understanding.meeting_nouns import sitting_words  # both read this module: imported late
        from handlers.understanding.phrases import read_phrases
        from handlers.understanding.sms import joined_pieces, sms_reading, unglued

        typed_words = joined_pieces(typed_words, lex.vocabulary, names, own)  # « la pro chaine réunion » (sms.py)

        # « la com com », « le pdt », « la déc n°3 », « le CA » (not in a message typed all in capitals)
        typed_words = read_phrases(typed_words, any(c.islower() for c in text), headings, capitals)
    if shorthand and not any(c.islower() for c in text) and sum(c.isupper() for c in text) >= 4:
        # ALL CAPS says nothing of names: read as if written plainly, a group's name capitalised
        # (« GARNIER » as « Garnier »), its acronyms left as they are (« CCAS »), and a name that
        # is also a French word in lower case (« LIEU » of the Tiers-Lieu is the word « lieu »).
        typed_words = [(w if len(w) <= 4 else w.capitalize()) if fold(w) in names and not lex.is_known(w.lower())
                       else w.lower() for w in typed_words]
    pieces = [piece for i, raw in enumerate(typed_words) for piece in pieces_of(raw, i == 0)]
    sittings = sitting_words([fold(p) for p in pieces]) if shorthand else {}  # « le prochain bureau »: a sitting
    for k, raw in enumerate(pieces):
        replaced, slips, kept_name = None, None, False
        if _capital_name(raw):
            pass  # « le CBN c qui » (see `capitals`)
        elif shorthand and (sms := sms_reading(pieces, k)) is not None:
            replaced = sms  # « c qui », « cé où », « g oublié », « la semaine pro » (sms.py)
        elif shorthand:
            replaced, slips = (sittings[k], None) if k in sittings else _read(raw, lex, names, targets, own)
            if slips is not None and proper_name(raw, k, text) and fold(replaced or "") not in own | set(names) | lex.openers:
                replaced, slips, kept_name = None, None, True  # « de Rolle » is no « rôle »; « Monseiur X » a title
        if replaced == "" and k + 1 < len(pieces) and fold(pieces[k + 1]) in ("moi", "nous"):  # « rappel moi la date »
            replaced = None  # asks (« rappelle-moi »); « Rappel : réu jeudi » announces
        plural = found and (found[-1].folded in _PLURAL_CUES or found[-1].folded == "de" and found[-2:][0].folded == "combien")
        if replaced is not None and plural:  # « les prochaines réu », « combien de rdv »: chat drops the plural's s.
            replaced = lex.synonyms.get(fold(raw) + "s", replaced)
        if (slips == 1 or shorthand and fold(raw) in AGREEING) and found and (plural or found[-2:][0].folded in _PLURAL_CUES
                                                                            and found[-1].folded.rstrip("s") in AGREEING):
            replaced = plural_slip(fold(raw), fold(replaced or raw), (*lex.spelling, *targets), lex.synonyms) or replaced
        parts = _raw_words(replaced) if replaced is not None else [raw]
        for part in parts:
            lemma, known = lex.lemma_of(part.casefold())
            lemma = noun_lemma(found[-1].folded if found else None, fold(part), lemma)  # « le vote »: decision_nouns.py
            folded_part, lemma = presence_lemma(found[-1].folded if found else None, fold(part), lemma)  # « sera présente »
            if kept_name or part.isupper() and fold(part) in own and any(c.islower() for c in text):
                # « à qui m'adresser pour la PASS ? »: a group's acronym in capitals is no French word (« passe »);
                # nor is a name kept as typed (proper_name).
                lemma, known = fold(part), False
            elif replaced is None and fold(part) in names and not lex.is_known(part.casefold()):
                # « c'était à Decize ? »: a name of the group French does not know is no slip of the word nearest
                # it (« décider »), which read a meeting question as one on decisions (set 35b).
                lemma = fold(part)
            # Kept for a word read as another (« ateliers » as « réunions »), not for a
            # shorthand of the same word (« com » for « communication ») nor a slip.
            # « réus » is « réunions » cut short as « réu » is, plural or not.
            short = fold(raw)[:-1] if fold(raw).endswith("s") and len(raw) > 3 else fold(raw)
            typed = raw if replaced is not None and slips is None and len(parts) == 1 and not fold(part).startswith(short) else ""
            if slips is not None and len(parts) == 1 and (meant := _meant(raw, lex, names, targets)) != fold(part):
                typed = meant  # « le comife » meant « comité » (the group itself), read « réunion »
            found.append(Word(part, folded_part, lemma, known or replaced is not None, typed))
    if shorthand and lex.fillers:
        dropped = drop_fillers([w.folded for w in found], lex.fillers)
        found = [w for i, w in enumerate(found) if i not in dropped]
    if shorthand:
        found = presenting_verbs(found)  # « qui présente le bilan ? »: the verb, not presence (presenting.py)
    return found
