"""Words that put a question in the past, one list for every reader of it.

« c'était où ? », « a eu lieu », « avait lieu », « s'est tenue », « on
s'est vus / réunis / retrouvés »: the dates (a day named without its month
is then the last such day), the meetings (« la première réunion avait lieu
où ? » is the first one held, not the first to come), attendance and the
explanation of an answer all read the same words. They were four lists
that had drifted apart (the meetings' lacked « avait »)."""

from __future__ import annotations

from handlers.date_numbers import CARDINAL_WORDS
from handlers.understanding.meeting_nouns import nouns

__all__ = ["DECIDED", "PAST", "PASSED", "did_once", "perfect"]

# Not « vu » (« tu as vu l'échéance du 15 ? »), not « dernier » (« la dernière échéance avant le 20 » looks ahead).
PAST = frozenset({"etait", "etaient", "etais", "etions", "etiez", "avait", "avaient", "avions", "eu", "eue", "eus", "eues", "fut",
                  "tenu", "tenue", "deroule", "deroulee",
                  "vus", "reuni", "reunis", "reunie", "reunies", "retrouves",
                  # « ce qui est ressorti le 12 » (meeting_outcome.py); not « dit » (« qui a dit qu'il venait ? »
                  # looks ahead): « s'est dit » is days.py's
                  "ressorti", "ressortie",
                  # « on est allés / descendus à Lagraou quand ? »: a visit made (not « montés »: « tu montes ? »).
                  "alles", "allees", "descendus", "descendues"})
# « qu'a-t-on décidé le 3 ? »: the day of a decision is behind us (read by the dates).
DECIDED = frozenset({"decide", "decidee", "decides", "decidees"})
# « passé(e) »: past for a meeting (« la réunion passée »), but folded it is also « il se passe quoi ? »:
# only the meetings' readers take it.
PASSED = frozenset({"passe", "passee"})


def did_once(folded: list[str]) -> bool:
    """« qui a envoyé le compte rendu ? », « qui a pris … »: who did a thing once (« qui » then « a » / « ont » and a
    past participle), not « qui a été désigné » (a charge given) nor « qui a des nouvelles » (no participle)."""
    if any(a == "qui" and b in ("a", "ont") and c != "ete" and len(c) > 1 and c.endswith(("e", "i", "u", "is", "it"))
           for a, b, c in zip(folded, folded[1:], folded[2:])):
        return True
    # « les panneaux, qui les a commandés ? »: an object pronoun before « a », the participle agreeing with it (set 45a).
    return any(a == "qui" and o in _OBJECTS and b in ("a", "ont") and len(c) > 3 and c.endswith(_PARTICIPLES)
               for a, o, b, c in zip(folded, folded[1:], folded[2:], folded[3:]))


_OBJECTS = frozenset({"le", "la", "l", "les"})
_PARTICIPLES = ("e", "es", "ee", "ees", "i", "is", "ie", "ies", "u", "us", "ue", "ues", "it", "ite", "its", "ites")


# « on a financé », « nous avons voté », « qu'a-t-on signé » (« a t on signe » folded), « on les a faites »: a passé
# composé with « avoir » said by a pronoun, an adverb between auxiliary and participle at most (« on a déjà financé »).
_HAVE = frozenset({"ai", "as", "a", "avons", "avez", "ont"})
_SUBJECTS = frozenset({"j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"})
_OBJECT_PRONOUNS = frozenset({"l", "le", "la", "les", "lui", "leur", "en"})  # not « y »: « il y a trois … »
_BETWEEN = frozenset({"deja", "bien", "pas", "jamais", "finalement", "vraiment", "effectivement"})
# Words ending as a participle that are none (« on a quoi comme dates ? », « elle a lieu en mars »), and the
# participles of a plan or of an answer given, which look ahead (« on a prévu quoi en janvier ? », « on a calé la
# réunion en mars », « j'ai confirmé pour le 9 ? »).
_NO_PARTICIPLE = frozenset({"quoi", "aussi", "ici", "encore", "comme", "meme", "presque", "autre", "autres", "tous",
                            "toute", "toutes", "cette", "notre", "votre", "quelle", "quelles", "quelque", "quelques",
                            "lieu", "plus", "une", "que", "qui", "elle", "elles", "personne", "hate", "affaire", "acces",
                            "envie", "droit", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "midi",
                            "prevu", "prevue", "prevus", "prevues", "programme", "programmee", "programmes",
                            "programmees", "planifie", "planifiee", "planifies", "planifiees", "cale", "calee", "cales",
                            "calees", "fixe", "fixee", "fixes", "fixees", "dit", "promis", "convenu", "reserve",
                            "reservee", "reserves", "reservees", "inscrit", "inscrite", "inscrits", "inscrites",
                            # an answer given for a sitting to come: « j'ai confirmé pour le 9 ? », « on a annoncé … »
                            "confirme", "confirmee", "confirmes", "confirmees", "annonce", "annoncee", "annonces",
                            "annoncees", "signale", "signalee", "signales", "signalees", "prevenu", "prevenue",
                            "prevenus", "prevenues", "repondu", "valide", "validee", "valides", "validees", "accepte",
                            "acceptee", "acceptes", "acceptees", "note", "notee", "notes", "notees", "demande",
                            "demandee", "demandes", "demandees"})
# A preposition after « on a » is no participle, whatever its ending (« qu'est-ce qu'on a entre le 10 et le 20 ? »,
# « on a quoi après le 15 ? »): the question asks what lies in a span, not what was done.
_PREPOSITIONS = frozenset({"entre", "contre", "parmi", "outre", "apres", "aupres", "depuis", "sous", "hormis",
                           "malgre", "derriere", "jusque", "jusqu"})


def _sitting_noun(word: str) -> bool:
    """« on a séance mercredi en huit ? », « on a plénière jeudi ? »: a noun of a sitting after « avoir » says one is
    held, ahead as much as before; « on a rencontré le maire » is the verb, so « rencontre » is read as a participle."""
    return word in nouns("plain", "chat", "formations", plural=True) - {"rencontre", "rencontres"}


def perfect(folded: list[str]) -> bool:
    """The question says a thing done, in the passé composé with « avoir » (« combien de permis on a financés ? »)."""
    for i, word in enumerate(folded):
        if word not in _HAVE:
            continue
        said_by = folded[i - 2:i - 1] if i > 1 and folded[i - 1] in _OBJECT_PRONOUNS else folded[i - 1:i]
        if said_by and said_by[0] in _SUBJECTS:
            k = i + 1  # « on a financé », « on les a faites »
        elif folded[i + 1:i + 2] == ["t"] and folded[i + 2:i + 3] in (["on"], ["il"], ["elle"]):
            k = i + 3  # « qu'a-t-on financé »
        elif folded[i + 1:i + 2] in (["nous"], ["vous"], ["ils"], ["elles"]):
            k = i + 2  # « avons-nous financé »
        else:
            continue
        k += k < len(folded) and folded[k] in _BETWEEN
        if k < len(folded) and _participle(folded[k]):
            return True
    return False


def _participle(word: str) -> bool:
    # Not « on a trois », « on a entre le 10 et le 20 », « on a séance mercredi ».
    return len(word) > 3 and word.endswith(_PARTICIPLES) and not (
        word in _NO_PARTICIPLE | CARDINAL_WORDS | _PREPOSITIONS or _sitting_noun(word))
