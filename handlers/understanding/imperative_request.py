"""A request put to the bot in the imperative, the asker its receiver.

A coordinator preparing a sitting writes in short imperatives: « sors-moi les
échéances de décembre », « fais-moi la liste des absents de la dernière
réunion », « file-moi le CR du 19 », « prépare-moi l'ordre du jour de jeudi »
(set 38a). The verb and its « moi » say how the question is put, not what it
asks, as « pourriez-vous m'indiquer » does (framing.polite): « sors » is no
topic to look up, and « moi » is the one the answer goes to, not the asker
whose own presence or tasks are asked (« fais-moi la liste des présents
annoncés pour jeudi » is everyone's announcements, not the asker's).

Only at the opening of the message (after a greeting), with « moi » or
« nous » right after the verb. The verbs the stop words already hold
(« rappelle », « donne », « dis », « montre »…) keep their reading: their
questions have long been read with them, and only their « moi » is told
apart for the answers that look for the asker (`receivers`).
"""

from __future__ import annotations

from handlers.understanding.normalise import Word
from handlers.understanding.shape import opening

__all__ = ["imperative_frame", "receivers"]

# Imperatives (folded, 2nd person singular and plural) of producing or handing over something asked for,
# that no stop word holds. Not « mets-moi », « note-moi », « inscris-moi »: « mets-moi présente jeudi » is an
# announcement to record, not a question put.
_VERBS = frozenset({
    "sors", "sortez", "ressors", "ressortez", "fais", "faites", "refais", "refaites", "file", "filez", "passe", "passez",
    "balance", "balancez", "prepare", "preparez", "envoie", "envoyez", "renvoie", "renvoyez", "liste", "listez",
    "recapitule", "recapitulez", "resume", "resumez", "redonne", "redonnez", "indique", "indiquez",
    "precise", "precisez", "transmets", "transmettez", "communique", "communiquez", "retrouve", "retrouvez",
    "ecris", "ecrivez", "calcule", "calculez", "cite", "citez", "enumere",
    "enumerez", "imprime", "imprimez", "extrais", "extrayez", "dresse", "dressez", "fournis", "fournissez",
})
# Imperatives the stop words already hold: their « moi » is still the receiver.
_STOP_VERBS = frozenset({"rappelle", "rappelez", "donne", "donnez", "dis", "dites", "montre", "montrez", "affiche",
                         "affichez", "trouve", "trouvez", "cherche", "cherchez"})
_RECEIVERS = frozenset({"moi", "nous"})


def _requests(found: list[Word], verbs: frozenset[str]) -> list[int]:
    """Indices of the request verbs of `verbs` followed by « moi » or « nous », at the message's opening."""
    start = opening(found)
    return [i for i in (0, start) if i + 1 < len(found) and found[i].folded in verbs
            and found[i + 1].folded in _RECEIVERS and all(j < start for j in range(i))]


def _put_to_bot(found: list[Word]) -> set[int]:
    """« tu me sors la liste des membres ? », « vous me faites la liste des absents ? »: the same request put in the
    indicative, the bot its subject and the asker a pronoun before the verb, at the message's opening (set lead76)."""
    start = opening(found)
    folded = [w.folded for w in found[start:start + 3]]
    if len(folded) == 3 and folded[0] in ("tu", "vous") and folded[1] in ("me", "m", "nous") and folded[2] in _VERBS:
        return {start, start + 1, start + 2}
    # « tu peux me sortir le planning des réunions ? »: the same asked through « pouvoir » (the lead's set 82).
    folded = [w.folded for w in found[start:start + 4]]
    if (len(folded) == 4 and folded[0] in ("tu", "vous") and folded[1] in _CAN and folded[2] in ("me", "m", "nous")
            and folded[3] in _INFINITIVES):
        return {start, start + 1, start + 2, start + 3}
    return set()


_CAN = frozenset({"peux", "pourrais", "pouvez", "pourriez"})
# The infinitives of the request verbs above that no stop word holds.
_INFINITIVES = frozenset({"sortir", "ressortir", "faire", "refaire", "filer", "passer", "balancer", "preparer", "envoyer",
                          "renvoyer", "lister", "recapituler", "resumer", "redonner", "transmettre", "retrouver",
                          "ecrire", "imprimer", "extraire", "dresser", "fournir"})


def imperative_frame(found: list[Word]) -> set[int]:
    """The verb and its « moi » of « sors-moi … », « fais-moi … » opening the message: framing."""
    return {j for i in _requests(found, _VERBS) for j in (i, i + 1)} | receivers(found) | _put_to_bot(found)


def receivers(found: list[Word]) -> set[int]:
    """The « moi » of every request opening the message (« donne-moi … » too): the answer's receiver, not
    the asker asked about."""
    return {i + 1 for i in _requests(found, _VERBS | _STOP_VERBS)}
