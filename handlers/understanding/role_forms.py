"""The other words a member uses for a role written in the directory.

Minutes write roles one way and members ask another: a title in the other
grammatical gender (« la bénévole référente » / « le bénévole référent »,
« Doctorante » asked as « le doctorant », « Chargée » as « le chargé »), or
the person who practises a field written as the field (« Maître de
conférences en sociologie » asked as « le sociologue », « Professeur en
urbanisme » as « l'urbaniste », « en économie » as « l'économiste »,
« Gestion du parc » as « le gestionnaire »), a practitioner's noun further in
the role (« Ingénieur thermicien »), or the initials of a title's words
(« le RAF » for « Responsable administratif et financier »). These are morphological rules
of French, not lists of one group's words: each role of the group gives
its variants, searched by the stem both forms share (so `holds_role`, which
reads a role's words by their beginning, finds the role as written).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from functools import cache
from os.path import commonprefix

import simplemma

from handlers.understanding.normalise import HERE, fold
from storage.models import Member

__all__ = ["agent_nouns", "article_roles", "asked_words", "derived_role_words", "fields_of", "gender_forms", "is_field",
           "role_titles"]

# (feminine ending, masculine ending) of titles: directrice/directeur, chargée/chargé,
# référente/référent, conseillère/conseiller, cheffe/chef, maîtresse/maître, élue/élu.
_GENDER_PAIRS = (
    ("trice", "teur"), ("euse", "eur"), ("eure", "eur"), ("iere", "ier"), ("effe", "ef"), ("esse", "e"),
    ("ienne", "ien"), ("ee", "e"), ("ente", "ent"), ("ante", "ant"), ("inte", "int"), ("ue", "u"),
)
# A variant must keep this much of the word to be searched (« élu » / « élue » stay words).
_MIN_STEM = 4
# Words of a role that are not titles or fields.
# Nouns whose next word is the holder's trade (« artisan maçon », « artisane boulangère », « ouvrier agricole »).
_TRADE_HEADS = frozenset({"artisan", "artisane", "artisans"})
_SKIP = frozenset({"de", "du", "des", "la", "le", "les", "d", "l", "et", "a", "au", "aux", "en", "pour", "sur"})


def gender_forms(word: str) -> set[str]:
    """The forms of the title `word` (folded) in the other gender, by its ending."""
    # A feminine ending says the one masculine form; a masculine one may take several (-eur: -euse, -eure).
    feminine_end = next(((f, m) for f, m in _GENDER_PAIRS if word.endswith(f)), None)
    if feminine_end is not None:
        forms = {word[: len(word) - len(feminine_end[0])] + feminine_end[1]}
    else:
        forms = {word[: len(word) - len(m)] + f for f, m in _GENDER_PAIRS if word.endswith(m)}
    return {f for f in forms if f != word and len(commonprefix([word, f])) >= _MIN_STEM}


def agent_nouns(field: str) -> set[str]:
    """Who practises the field `field` (folded), in both genders: sociologie ->
    sociologue, urbanisme -> urbaniste, économie -> économiste, informatique ->
    informaticien(ne), animation -> animateur/animatrice, gestion -> gestionnaire."""
    found: set[str] = set()
    if field.endswith(("logie", "graphie", "sophie")):
        found.add(field[:-2] + "e" if not field.endswith("logie") else field[:-3] + "gue")
    elif field.endswith("isme"):
        found.add(field[:-4] + "iste")
    elif field.endswith("ie") and len(field) >= 7:
        found.add(field[:-2] + "iste")
    elif field.endswith("ique"):
        found |= {field[:-4] + "icien", field[:-4] + "icienne"}
    elif field.endswith("ation"):
        found |= {field[:-5] + "ateur", field[:-5] + "atrice"}
    elif field.endswith("ion"):
        found.add(field + "naire")
    return found


# Endings of nouns of practitioners (thermicien, psychologue, géographe, urbaniste, gériatre).
_PRACTITIONER = ("icien", "icienne", "logue", "graphe", "iste", "iatre")
# Endings of a noun of activity or of a field: after « et » it continues the role
# (« Cheffe du pôle hébergement et logement », « Professeur en aménagement et urbanisme »).
_CONTINUING = ("tion", "sion", "ment", "age", "ance", "ence", "ite", "isme", "logie", "ie", "ique")


_BODY_PARTS = frozenset({"service", "services", "pole", "bureau", "cellule", "unite", "division", "secteur", "antenne",
                         "agence", "departement", "direction", "mission"})


def role_titles(members: list[Member], plain: Callable[[str], str], generic: frozenset[str]) -> dict[str, str]:
    """"Stagiaire", "Chercheuse", "Volontaire permanente": the first word of
    each part of a role is a role word, searched as itself (and a title's
    initials, « l'IEN » for « Inspectrice de l'Éducation nationale »). Not
    the `generic` words of bodies' names."""
    found: dict[str, str] = {}
    for member in members:
        for clause in re.split(r"[,;/]", member.role):
            # « la RAF » for « Responsable administrative et financière du CCAS »: the initials of the
            # clause's first words, « et » skipped, stand for those words as a title.
            significant = [w for w in plain(clause).split() if w not in _SKIP]
            for size in range(min(5, len(significant)), 2, -1):
                initials = "".join(w[0] for w in significant[:size])
                if not simplemma.is_known(initials, lang="fr"):
                    title = " ".join(significant[:size])
                    if initials in found and all(title not in found[initials].split("|") and _gendered(title, one)
                                                 for one in found[initials].split("|")):
                        # « le CPE » of a « Conseiller principal d'éducation » beside a « Conseillère principale
                        # d'éducation »: the title in both genders (blind set 40a), not the first one met alone.
                        found[initials] += f"|{title}"
                    found.setdefault(initials, title)
        for k, part in enumerate(re.split(r"([,;/]| et )", member.role)[::2]):
            words = plain(part).split()
            continued = k > 0 and re.search(rf"\bet\s+{re.escape(part.strip())}", member.role) is not None
            # « Chef du service mobilité et transports », « Chargé des transports scolaires et ruraux »: a plural
            # after « et » continues the role too (titles joined by « et » are singular: « Secrétaire et trésorière »).
            if continued and words and (words[0].endswith(_CONTINUING) or words[0].endswith(("s", "x"))
                                        or not words[0].endswith(_PERSON_ENDINGS)):
                continue
            # « Assistante du groupe, convocations et comptes rendus »: a plural thing named after a comma is a
            # duty, not a title; « Directeur de la protection maternelle et infantile »: an adjective after
            # « et » (above) continues the role. Neither names anyone: « qui envoie les convocations ? » is a charge.
            if k > 0 and words and words[0].endswith(("s", "x")) and not words[0].endswith(_PERSON_ENDINGS):
                continue
            # « Adjointe au maire, jeunesse et sports »: a part opening with a field (a word of the lexicon's
            # topics that names no one) says what the member is in charge of, it is no title.
            if words and len(words[0]) >= 5 and words[0] not in _SKIP and words[0] not in generic and (
                    k == 0 or not is_field(words[0])):
                found[words[0]] = words[0]
            # « Case manager », « Job coach », « Élue municipale »: a title of two words whose first is too short
            # to be one alone is searched as the pair.
            if len(words) > 1 and 3 <= len(words[0]) < 5 and words[0].isalpha() and words[0] not in _SKIP and (
                    len(words[1]) >= 5 and words[1].isalpha() and k == 0):
                found[f"{words[0]} {words[1]}"] = f"{words[0]} {words[1]}"
            # « Juge des enfants », « Chef de bord »: a short title opening the role, its complement after a link
            # (« des », « de ») says it; searched as the three words.
            if len(words) > 2 and 3 <= len(words[0]) < 5 and words[0].isalpha() and words[0] not in _SKIP and (
                    k == 0 and words[1] in ("de", "des", "du", "d") and len(words[2]) >= 5 and words[2].isalpha()
                    and words[2] not in _BODY_PARTS):  # « Chef du service de … » is a title over a part (role_scope.py)
                found[" ".join(words[:3])] = " ".join(words[:3])
            # « Masseur-kinésithérapeute »: the second noun of a title joined by a hyphen is a title too, as members
            # clip it (« le kiné »; lead's set 71). Not after a prefix (« Vice-président » is no « président »).
            joined = part.strip().split("-", 1) if k == 0 and " " not in part.strip().split("-", 1)[0] else []
            if len(joined) == 2 and plain(joined[0]) not in _PREFIXES and (
                    tail := (plain(joined[1]).split() or [""])[0]) and len(tail) >= 6 and tail.isalpha() and (
                    tail not in _SKIP and tail not in generic):
                found[tail] = tail
            # « Ingénieur thermicien »: a practitioner's noun further in the role is a title too.
            found.update({w: w for w in words[1:] if len(w) >= 6 and w.endswith(_PRACTITIONER)})
            # « Commissaire suppléant, artisan maçon »: the trade after « artisan » is what members call the holder
            # (« c'est qui le maçon ? », the lead's set 84).
            found.update({b: b for a, b in zip(words, words[1:]) if a in _TRADE_HEADS and len(b) >= 4 and b.isalpha()
                          and b not in _SKIP and b not in generic})
    # Words the questions themselves use (« membre », « service ») are not roles; « Bénévole »
    # is none for being the target of the shorthand « benev ».
    return {w: s for w, s in found.items() if w not in asked_words()}


# The prefixes a hyphen joins to a title, which make no title of their own (« vice-présidente », « co-pilote »).
_PREFIXES = frozenset({"vice", "co", "sous", "ex", "pro", "pre", "super", "auto", "inter", "demi", "semi", "non"})


# Practitioner endings -> the field's endings (folded): sociologue/sociologie, urbaniste/urbanisme,
# économiste/économie, informaticien(ne)/informatique, gestionnaire/gestion.
_FIELD_OF = (("logue", ("logie",)), ("graphe", ("graphie",)), ("sophe", ("sophie",)), ("iste", ("isme", "ie")),
             ("icienne", ("ique",)), ("icien", ("ique",)), ("ionnaire", ("ion",)), ("iatre", ("iatrie",)))


def fields_of(text: str) -> list[str]:
    """The fields the practitioners named in `text` practise (« Gestionnaire de la résidence » -> gestion)."""
    found: list[str] = []
    for word in re.findall(r"[^\W\d_]+", fold(text)):
        for ending, fields in _FIELD_OF:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                found += [word[: len(word) - len(ending)] + f for f in fields]
                break
    return found


@cache
def is_field(word: str) -> bool:
    """A folded word of the lexicon's topic families (« jeunesse », « logement ») that names no
    practitioner (« éducateur », « juriste » are in families too)."""
    return word in _topic_words() and not word.endswith(_AGENT_ENDINGS)


# Endings of a title after « et » or a comma (« Secrétaire et trésorière », « Présidente, maire adjointe »).
_PERSON_ENDINGS = ("eur", "euse", "eurs", "trice", "iste", "ien", "ienne", "aire", "ant", "ante", "ent", "ente", "in",
                   "ine", "inte", "logue", "ete", "ier", "iere", "elu", "elue", "ef", "effe")
# Endings of nouns of people: éducateur, animatrice, juriste, technicien, mandataire, intervenant, médecin.
_AGENT_ENDINGS = ("eur", "euse", "trice", "iste", "ien", "ienne", "aire", "ant", "ante", "ent", "ente", "in", "ine",
                  "logue", "ete")


@cache
def _topic_words() -> frozenset[str]:
    with (HERE / "lexicon.toml").open("rb") as handle:
        families = tomllib.load(handle).get("topics", {}).values()
    return frozenset(fold(w) for family in families for phrase in family for w in phrase.split())


@cache
def article_roles() -> frozenset[str]:
    """Role words that are roles only after an article (« le socio », not « centre socio-culturel »)."""
    with (HERE / "entities.toml").open("rb") as handle:
        return frozenset(fold(w) for w in tomllib.load(handle).get("article_roles", ()))


@cache
def asked_words() -> frozenset[str]:
    """The words the intent examples use, and their lemmas: a role opening with
    one (« Membre », « Référente ») would read every question using it as a role.
    Unlike the lexicon's vocabulary, the targets of chat shorthand are not in it:
    « benev » standing for « bénévoles » does not make « Bénévole » a question word."""
    with (HERE / "intents.toml").open("rb") as handle:
        examples = [e for spec in tomllib.load(handle)["intent"] for e in spec["examples"]]
    found: set[str] = set()
    for word in re.findall(r"[^\W\d_]+", " ".join(examples).casefold()):
        found |= {fold(word), fold(simplemma.lemmatize(word, lang="fr"))}
    return frozenset(found)


def derived_role_words(members: list[Member], plain: Callable[[str], str], titles: dict[str, str]) -> dict[str, str]:
    """Typed word -> the stem searched in roles, for the variants of the group's
    roles: titles (`titles`, the first words of roles) in the other gender, and
    the agents of the fields roles name. The stem is what the typed form and the
    role's own word share, so that both are found by it."""
    derived: dict[str, str] = {}
    for title in titles:
        for form in gender_forms(title):
            derived.setdefault(form, commonprefix([title, form]))
    for member in members:
        for word in plain(re.sub(r"\([^)]*\)", " ", member.role)).split():
            if word in _SKIP or len(word) < 6:
                continue
            for agent in agent_nouns(word):
                stem = commonprefix([word, agent])
                if len(stem) >= 5:
                    derived.setdefault(agent, stem)
                    for form in gender_forms(agent):
                        derived.setdefault(form, stem)
    return {w: s for w, s in derived.items() if w not in titles and w not in asked_words()}


def _gendered(one: str, other: str) -> bool:
    """Whether two titles of as many words are one title in its two genders (« conseillère principale éducation »,
    « conseiller principal éducation »; « coordinatrice … », « coordinateur … »), folded."""
    first, second = one.split(), other.split()
    return len(first) == len(second) and one != other and all(_same_word(a, b) for a, b in zip(first, second))


def _same_word(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return (a == b or long.startswith(short) and len(long) - len(short) <= 2
            or long.endswith("trice") and short.endswith("teur") and long[:-5] == short[:-4]
            or short.endswith("trice") and long.endswith("teur") and short[:-5] == long[:-4])
