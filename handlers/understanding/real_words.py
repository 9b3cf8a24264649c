"""Real words typed for others: the homophones quick typing and autocorrect
leave (set 44b) — « la réunion et maintenue ? », « le PEDT ses quand ? »,
« qui fait parti du comité ? », « qui à pris la décision ? », « il me reste
quoi a rendre ? », « j'étais pas la le 3 novembre », « qu'est-ce qui a
déjà était fait ? », « la formation sa c'est bien passé ? ».

Each word is put back only where the written one cannot be meant: « et »
never joins a subject to a participle of status alone (« la réunion et
maintenue »), « ses » never stands before a question word, « parti » after
« fait » is « partie » before « de », « à » never follows a « qui » that
opens a clause before a verb, « a » after « quoi »/« rien »/« chose »
before an infinitive is « à », the article « la » never stands after
« être » before a date, a preposition or the end, and « a était » is never
French. Anything else is left as typed: « fait et validé », « ses
tâches », « il est parti », « c'est la réunion », « on a décider » (read
elsewhere as the participle)."""

from __future__ import annotations

import re

__all__ = ["real_words"]

_FLAGS = re.IGNORECASE
# Participles and adjectives of status a question checks (« la réunion est maintenue ? »).
_STATUS = (r"(?:maintenue?s?|prévue?s?|prevue?s?|annulée?s?|annulee?s?|reportée?s?|reportee?s?|confirmée?s?|"
           r"confirmee?s?|faite?s?|finie?s?|dispo|disponibles?|ouverte?s?|fermée?s?|fermee?s?|complète?s?|"
           r"complete?s?|validée?s?|validee?s?|envoyée?s?|envoyee?s?)")
# « la réunion et maintenue » — but « fait et validé » (a participle before « et ») joins two of them.
_AND_STATUS = re.compile(rf"(?<![,;])(\b\w+)\s+et\s+(?={_STATUS}\b)", _FLAGS)
_STATUS_WORD = re.compile(rf"^{_STATUS}$", _FLAGS)
# « qui et le président ? », « qui et en retard ? »: « qui » opening the question is followed by a verb.
_WHO_AND = re.compile(r"^(\s*)qui\s+et\b", _FLAGS)
# « le PEDT ses quand ? »: the determiner « ses » never stands before a question word.
# (« sait » inside keeps its verb: « qui sait quand on se réunit ? », homophones.py.)
_SES_ASKING = re.compile(r"(?<=\w)\s+ses\s+(?=(?:qui|quoi|quand|où|combien)\b)", _FLAGS)
# « qui fait parti du comité ? », « ils font parti de l'asso »: « faire partie de ».
_PART_OF = re.compile(r"\b(fai[ts]|font|faisait|faisaient|fera|feront)\s+parti\s+(?=(?:de|du|des|d')\b)", _FLAGS)
# « qui à pris la décision ? », « qui à la charge du bilan ? »: the verb « a » after a « qui » opening a clause.
_WHO_TO = re.compile(r"(^|[,;:]\s*|\bc'est\s+)qui\s+à\s+", _FLAGS)
# « il me reste quoi a rendre ? », « Julie a quoi a faire ? »: « à » before an infinitive after what is left to do.
_TO_DO = re.compile(r"\b(quoi|rien|chose|choses|truc|trucs)\s+a\s+(?=\w+(?:er|ir|re|oir)\b)", _FLAGS)
# « j'étais pas la le 3 novembre », « la CAF était la à la visite ? », « qui sera la le 9 ? »: « là » after « être ».
_BE = r"(?:suis|es|est|sommes|êtes|etes|sont|étais|etais|était|etait|étions|etions|étaient|etaient|serai|seras|sera|" \
      r"serons|serez|seront|serais|serait|seraient|être|etre|été|ete)"
_AFTER_THERE = (r"(?:$|[?!.,;]|le\b|la\b|les\b|l'|au\b|aux\b|à\b|a\b|en\b|pour\b|lors\b|ce\b|cette\b|hier\b|demain\b|"
                r"aujourd'hui\b|lundi\b|mardi\b|mercredi\b|jeudi\b|vendredi\b|samedi\b|dimanche\b|\d)")
_THERE = re.compile(rf"\b({_BE}(?:\s+(?:pas|plus|bien|toujours|encore|jamais))?)\s+la\s*(?={_AFTER_THERE})", _FLAGS)
# « là a la visite » : the preposition after « là ».
_THERE_AT = re.compile(r"\blà\s+a\s+(?=(?:la|le|les|l')\b)", _FLAGS)
# « qu'est-ce qui a déjà était fait ? », « qui a était nommé ? »: « avoir été ».
_HAD_BEEN = re.compile(r"\b(a|ai|as|ont|avons|avez|avait|avaient|aurait)\s+((?:déjà|deja|bien|pas|jamais)\s+)?"
                       r"(?:était|etait)\b", _FLAGS)
# « la formation sa c'est bien passé ? »: « ça s'est ».
_IT_HAS = re.compile(r"\bsa\s+(?:c'est|c est|s'est)\b", _FLAGS)


def _and_status(match: re.Match[str]) -> str:
    before = match.group(1)
    if _STATUS_WORD.match(before):
        return match.group(0)  # « fait et validé »: two participles joined
    return f"{before} est "


def real_words(text: str) -> str:
    """`text` with the homophones it cannot mean read as the words meant."""
    text = _AND_STATUS.sub(_and_status, text)
    text = _WHO_AND.sub(lambda m: f"{m.group(1)}qui est", text)
    text = _SES_ASKING.sub(" c'est ", text)
    text = _PART_OF.sub(lambda m: f"{m.group(1)} partie ", text)
    text = _WHO_TO.sub(lambda m: f"{m.group(1)}qui a ", text)
    text = _TO_DO.sub(lambda m: f"{m.group(1)} à ", text)
    text = _THERE.sub(lambda m: f"{m.group(1)} là ", text)
    text = _THERE_AT.sub("là à ", text)
    text = _HAD_BEEN.sub(lambda m: f"{m.group(1)} {m.group(2) or ''}été", text)
    return _IT_HAS.sub("ça s'est", text)
