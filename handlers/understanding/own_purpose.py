"""What the asker will do with the answer, said after the request.

A coordinator preparing a sitting says why she asks: « rappelle-moi la date
de la plénière, je dois envoyer les convocations », « donne-moi l'heure et le
lieu de jeudi, je fais la convoc », « sors-moi la date de la prochaine réunion
pour la relance », « rappelle-moi la date de la dernière réunion pour le CR »,
« quelles sont les dates butoirs à rappeler aux membres ? » (set 38a). The
purpose names her own work (a convocation, a reminder, the minutes), no record
asked: read with it, « convocations » or « compte rendu » pulled the question
to the minutes or left it unsure. The request is read without it.

Five shapes only, each bounded to the end of the message:
- after a request opening in the imperative (« rappelle-moi », « sors-moi »…,
  imperative_request.py), a clause of the asker's own after a comma (« , je
  fais la convoc », « , je dois envoyer … », « , c'est pour la relance »);
- after such a request, « pour » and a document the asker writes (« pour la
  relance », « pour le CR », « pour ma convocation »);
- in any question, « à » and a verb of passing on to the group (« à rappeler
  aux membres », « à transmettre à tout le monde »);
- in any question, the asker passing the answer on to someone of their own
  (« …, afin que je les transmette à mon élue », « … pour que je le fasse
  suivre à mon maire », « … pour le transmettre à ma directrice »);
- in any question, the asker getting ready with the answer (« …, afin que nous
  puissions préparer nos questions », « … afin de préparer la séance »).
« qui fait le CR de jeudi, je dois l'envoyer ? » opens on no imperative and
keeps its clause; « c'est pour quand le CR ? » keeps « pour le CR ».
"""

from __future__ import annotations

import re

__all__ = ["without_purpose"]

_IMPERATIVE = re.compile(
    r"^\s*(?:(?:bonjour|salut|greffier)\s*,?\s*)?(?:rappelle|rappelez|donne|donnez|dis|dites|montre|montrez|trouve|"
    r"trouvez|sors|sortez|ressors|fais|faites|file|filez|passe|passez|pr[ée]pare|pr[ée]parez|envoie|envoyez|liste|"
    r"listez|redonne|redonnez|indique|indiquez|pr[ée]cise|pr[ée]cisez|r[ée]capitule|r[ée]sume)[- ](?:moi|nous)\b",
    re.IGNORECASE)
# « , je fais la convoc », « , j'envoie les convocations demain », « , c'est pour la relance »: the asker's own.
_OWN_CLAUSE = re.compile(r",\s*(?:je\s|j['’]|c['’]est\s+pour\s)[^,?!]*[.!]?\s*$", re.IGNORECASE)
# Documents the asker writes to the members.
_DOCUMENTS = (r"(?:relances?|convocations?|convocs?|cr|compte[- ]rendu|comptes[- ]rendus|mails?|courriels?|courriers?|"
              r"invitations?|rappels?|newsletter|lettre|note)")
_FOR_DOCUMENT = re.compile(rf"\s+pour\s+(?:le|la|les|l['’]|mon|ma|mes|notre|nos)\s*{_DOCUMENTS}\s*[.!]?\s*$",
                           re.IGNORECASE)
# « à rappeler aux membres », « à transmettre à tout le monde », « à relayer au groupe »: passed on by the asker.
_PASSED_ON = re.compile(r"\s+(?:[àa]\s+(?:rappeler|transmettre|relayer|diffuser|envoyer|communiquer|annoncer))"
                        r"\s+(?:aux\s+membres|au\s+groupe|[àa]\s+tous|[àa]\s+tout\s+le\s+monde|[àa]\s+toutes\s+et\s+[àa]\s+tous)"
                        r"(?=\s*\??\s*$)", re.IGNORECASE)


# « envoie-moi ton numéro Sylvie, je t'appelle »: a member spoken to (« ton », « te »), whose answer the clause awaits.
_TO_MEMBER = re.compile(r"\b(?:ton|ta|tes|toi|te|t['’])(?=\s|\w)", re.IGNORECASE)


# The writer's own use of the answer closing a sentence: « …, pour mon rapport d'activité », « … pour notre agenda »
# (set 39b, letters); read with it, « rapport » drew an agenda point. Cut after a comma, or when the sentence asks of a
# sitting (« j'aurais besoin de la date de la dernière séance pour mon rapport »).
_OWN_USE = re.compile(r"(,\s*|\s+)pour\s+(?:mon|ma|mes|notre|nos)\s+(?:rapport|agenda|planning|calendrier|"
                      r"compte[- ]rendu|notes?|convocations?|invitations?|courriers?|courriels?|relances?|pv|"
                      r"proc[èe]s[- ]verbal)(?:\s+d['’]\w+|\s+de\s+\w+)?(?=\s*(?:[.!?]|$))", re.IGNORECASE)
_SITTING = re.compile(r"\b(?:s[ée]ance|r[ée]union|pl[ée]ni[èe]re|comit[ée]|rencontre|assembl[ée]e)s?\b", re.IGNORECASE)


# The asker passing the answer on, closing the request: « …, afin que je les transmette à mon élue ? », « … pour que je
# le fasse suivre à mon maire ? », « … pour le relayer à la directrice ? » (set 40b); read with it, « je » and the one
# it is passed to drew the asker's tasks or a role. Only a verb of passing on, bounded to the end.
_PASSING_ON = re.compile(r"(?:,\s*|\s+)(?:afin\s+que|pour\s+que)\s+je\s+(?:l['’]\s*|les?\s+|la\s+|lui\s+|leur\s+)?"
                         r"(?:transmette|fasse\s+suivre|fasse\s+passer|relaie|relaye|communique|diffuse|renvoie|pr[ée]vienne|"
                         r"informe|avertisse)(?:\s+[^,?!.]{1,60})?(?=\s*[?!.]*\s*$)"
                         r"|(?:,\s*|\s+)(?:afin\s+de|pour)\s+(?:l['’]\s*|les?\s+|la\s+)?"
                         r"(?:transmettre|faire\s+suivre|faire\s+passer|relayer|communiquer|diffuser|renvoyer)"
                         r"\s+[àa]u?x?\s+(?:mon|ma|mes|notre|nos)\s+[^,?!.]{1,60}(?=\s*[?!.]*\s*$)", re.IGNORECASE)


def _without_own_use(text: str) -> str:
    for use in reversed(list(_OWN_USE.finditer(text))):
        sentence = text[:use.start()].rsplit(".", 1)[-1].rsplit("?", 1)[-1]
        if use.start() > 0 and sentence.strip() and (use.group(1).strip() or _SITTING.search(sentence)):
            text = text[:use.start()] + text[use.end():]
    return text


# The asker getting ready with the answer, closing the request: « …, afin que nous puissions préparer nos questions ? »,
# « … pour que je puisse m'organiser », « … afin de préparer la séance » (the lead's set 88); read with it, « afin »
# was a word no record holds and left the request for the agenda unsure. Only a verb of getting ready, to the end.
_PREPARING = re.compile(r"(?:,\s*|\s+)(?:(?:afin\s+que|pour\s+que)\s+(?:je|nous|on)\s+(?:puisse|puissions|puissent)\s+|"
                        r"afin\s+de\s+|afin\s+d['’]\s*)(?:nous\s+|me\s+|m['’]\s*)?"
                        r"(?:pr[ée]parer|organiser|anticiper|pr[ée]voir)(?:\s+[^,?!.]{1,60})?(?=\s*[?!.]*\s*$)",
                        re.IGNORECASE)


def without_purpose(text: str) -> str:
    """`text` without the asker's purpose said after the request, or `text` itself."""
    text = _without_own_use(_PASSED_ON.sub("", _PASSING_ON.sub("", _PREPARING.sub("", text))))
    if not _IMPERATIVE.match(text) or _TO_MEMBER.search(text):
        return text
    cut = _OWN_CLAUSE.sub("", text)
    cut = _FOR_DOCUMENT.sub("", cut)
    # Something is left to ask: more than the imperative and its « moi ».
    return cut if len(re.findall(r"\w+", cut)) > 3 else text
