"""Words that qualify the date, said right after it (found probing after
blind set 12b): « le 15 mars max : bilan », « dans 15 jours à peu près »,
« dans un mois ou deux », « le 15 mars si possible ».

Left at the head of the rest they became the deadline's text or the place
(« max : bilan »), and the stored date read as firm what was said as an
estimate or one of two. A bound (« max », « maximum », « grand max ») says the
day is the deadline itself: it belongs to the date and goes, as « au plus
tard » does. An estimate, an alternative or a wish (« environ », « grosso
modo », « ou deux », « voire plus tôt », « si possible ») is asked about: the
writer gives the date alone, or puts the words after a colon in the text.

A date said as not yet decided (found by blind set 13: « lundi 13 septembre 18h
(à confirmer) », « 14h, sous réserve », « 14h normalement », « 14h peut-être »,
and a bare « jeudi 14h ? ») was stored as firm with the words as its place: it
is asked about too, since Greffier records decided dates and reminds members of
them; so is one said with a speaker's doubt (blind set 16's probes: « lundi à dix heures je pense », « il me
semble », « si je ne me trompe pas »). Further on the words qualify the place or the text (« Mairie, à
confirmer », « rapport, sous réserve »), which say it themselves.

The other way round (blind set 22): « date confirmée », « (confirmé) », « date définitive » say the date is firm.
They belong to the date, like a bound, and go: right after it (« jeudi 21 à 10h, date confirmée, salle 14 », « le 15
(date confirmée) : retour des fiches ») or closing the line (« …, salle 14 (date confirmée) »), never kept as the
place or the text. « lieu confirmé » qualifies the place and stays.
"""

from __future__ import annotations

import re

from handlers.date_words import fold
from handlers.messages import InputError

__all__ = ["without_hedges"]

_SEPARATORS = " \t,;–—-([/·⋅•∙|"  # (a calendar's « · » and « | » too: blind set 27's probes)
# « au plus tard » said in chat words: the day read is the deadline itself. Lower case only (« Max » is a name),
# and not before a number (« maximum 12 personnes » is a capacity).
_BOUND = re.compile(r"(?:au |grand |au grand )?max(?:i|imum)?\b\.?(?! *\d)")  # not « maximum 12 personnes »
# What says the date is firm (folded text): with the date's noun, or alone right after the date; a bracket may close it.
_DATE_NOUN = r"(?:la |l ?' ?)?(?:date|jour|horaire|heure|creneau) "
_FIRM_SAID = _DATE_NOUN + r"(?:confirmee?|definitive?|arretee?|fixee?)"
_CONFIRMED_HEAD = re.compile(r"[ :]*(?:" + _FIRM_SAID + r"|confirmee?s?|c ?' ?est confirme)\b *[)\]]?(?= *(?:[,;:–—-]|$))")
# …closing the rest with the date's noun, after a separator or between brackets (« salle 14 (date confirmée) »,
# « salle 14 – date confirmée »; « bilan (confirmé) » may be the text's own word and stays).
_CLOSING = r"(?: *[(\[] *{0} *[)\]]|(?: *[,;–—-]| +[–—-]) *{0}) *[.!]?$"
_CONFIRMED_END = re.compile(_CLOSING.format(_FIRM_SAID))
# What makes the date an estimate, one of two or a wish; not before a number (« environ 30 personnes » is a count).
_HEDGE = re.compile(
    r"(?:ou a peu pres|a peu pres|a peu de chose pres|a quelques jours pres|a (?:un|deux|trois) jours? pres|"
    r"a une semaine pres|environ|approximativement|grosso modo|plus ou moins|"
    r"(?:ou|voire) (?:plus tot|plus tard|avant|apres|deux|trois|quelques|un peu)|et quelques|et des poussieres|"
    r"si possible|idealement|dans l ?' ?ideal|de preference|au mieux|au pire|a la louche|"
    # after the hour (probing after blind set 18: « 14h passées », « 14h bien sonnées » kept as the place): later than said
    r"(?:bien )?passees|(?:bien )?sonnees)\b(?! *\d)"
)

# What says the date is not decided yet, optionally after the noun it qualifies (« date à confirmer »,
# « horaire provisoire »); a « ? » right after the date asks it.
_TENTATIVE = re.compile(
    r"(?:(?:la |l ?' ?)?(?:date|jour|horaire|heure|creneau|seance|reunion|rdv|rendez-vous) )?"
    r"(?:a (?:confirmer|valider|reconfirmer|preciser|definir|fixer)|a conf\b|tbc|tbd|"
    r"sous (?:toutes? )?reserves?(?: de confirmation)?|sauf (?:imprevu|contrordre|contre-ordre|changement|empechement|"
    r"annulation|avis contraire)|peut[- ]?etre|normalement|en principe|en theorie|a priori|apriori|"
    r"probablement|sans doute|vraisemblablement|provisoirement|provisoire|previsionnel(?:le)?|pressentie?|"
    r"en option|si tout va bien|pas (?:encore )?(?:sure?|confirmee?|fixee?)|non confirmee?|sauf erreur|"
    r"a (?:voir|caler|discuter)|en attente(?: de confirmation)?|"
    # said rather than typed (blind set 16's probes): « lundi à dix heures je pense » kept « je pense » as the place
    r"je (?:pense|crois|suppose|dirais|dirai|pencherais)|j ?' ?imagine|il me semble|me semble[- ]t[- ]il|"
    r"il semblerait|si je ne me trompe(?: pas)?|si je me souviens bien|si j ?' ?ai bien compris|logiquement|"
    r"theoriquement|apparemment|a ce qu ?' ?il parait|il parait|on verra|"
    r"(?:option|proposition|proposee?)(?= *(?:[)\]]|$)))(?![a-z0-9])"  # « (option) », « proposition » said alone
    r"|\?"
)


def _refuse_tentative(said: str) -> None:
    raise InputError(
        f"« {said} » : la date est-elle décidée ? Je n'enregistre qu'une date ferme, pour la rappeler aux membres. "
        "Écrivez-la sans ces mots quand elle est confirmée (ex. « lundi 13 septembre 18h Mairie »)."
    )


def without_hedges(rest: str) -> str:
    """`rest` without a bound said after the date (« max »); refuses an
    estimate, an alternative or a wish said there."""
    head = len(rest) - len(rest.lstrip(_SEPARATORS))
    folded = fold(rest)
    if (bound := _BOUND.match(rest, head)) is not None and (bound.end() == len(rest) or not rest[bound.end()].isalnum()):
        return rest[bound.end():]
    if (firm := _CONFIRMED_HEAD.match(folded, head)) is not None:
        return without_hedges(rest[firm.end():])  # « 10h, date confirmée, salle 14 »: the date's word, not the place
    if (firm := _CONFIRMED_END.search(folded, head)) is not None and firm.start() > head:
        rest, folded = rest[:firm.start()], folded[:firm.start()]  # « …, salle 14 (date confirmée) »
    if (tentative := _TENTATIVE.match(folded, head)) is not None:
        _refuse_tentative(rest[head:tentative.end()])
    if (hedge := _HEDGE.match(folded, head)) is not None:
        said = rest[head:hedge.end()]
        raise InputError(
            f"« {said} » : la date est-elle ferme ? Je ne devine pas. Écrivez la date seule (ex. « 15 mars : bilan »), "
            f"ou ces mots dans le texte après un deux-points (« 15 mars : bilan, {said} »)."
        )
    return rest
