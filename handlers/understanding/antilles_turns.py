"""The French of the Antilles (Guadeloupe, Martinique) coloured by Creole, as
members write it in a group chat (blind set 47a, the comité technique of a
Département's insertion programme): « ki lè réinion-la ? », « ki jou nou ka
wè ? », « kimoun ka représenté CAF-la ? », « sa nou té décidé pou
transpò-a ? », « an pa sav », « pa ni réinion jodi-a ? », « la réunion c'est
ola ? », « c'est konmen l'aide ? ».

The Creole of La Réunion has its own module (creole_turns.py); the Antilles'
grammar words differ (« ka » the progressive, « té » the past, « ké » the
future, « an » for « je », « ni » for « avoir » / « il y a », « kimoun »,
« ola », « konmen », the article after the noun: « réinion-la »,
« chantié-a », and « yo » after a noun its plural). Each was a word the
readings had to account for: the plain question fell under the bar or found
the wrong record (« sa nou té décidé pou transpò-a ? » found no navette). They
are written in French before the message is understood: the grammar words,
the creolised spellings of the group's common words (« réinion »,
« dènyé », « pwochen », « jédi », « koumansé », « enskri », « fòmasyon »),
and the verbs after a marker in the person of their subject.

Only a message showing one of the marks (a word French never writes alone)
is rewritten, so that « l'an prochain », « ni … ni » or « sa réunion » in
plain French stay as typed; a capitalised word (a name) is never touched."""

from __future__ import annotations

import re
from handlers.understanding.turns_tidy import tidied

__all__ = ["antilles_as_french"]

_I = re.IGNORECASE
_W = r"[\wàâäéèêëîïôöùûüçò'’-]"

# Words French never writes alone: one of them marks the message as Creole-coloured.
# (Accented where the bare spelling is French or chat shorthand: « pale », « souple », « fe », « we », « zot » of La
# Réunion, « c ki le CPE » (set 40a); « ki sa », « ki jou » are « qui ça », « qui joue » in French shorthand; « celle-la »
# typed without its accent is no postposed article.)
_MARKS = re.compile(
    r"(?<![\w-])(?:kimoun|ola|r[ée]inion|jodi-a|zòt|annou|tibwen|oben|lajan|konmen|kil[èe]s|yé|d[èe]ny[ée]"
    r"|pwochen|j[ée]di|d[ée]sanm|kouman|koumans[ée]|palé|enskri|okip[ée]|f[òo]masyon|kann[òo]t|transp[òo]"
    r"|sikl[òo]n|konpt|r[èe]ta|fò|adan|asi|souplé|mwen|ank[òo]|kanmenm|jiska|chak|lann[ée]|fèt|fè"
    r"|wè|alé|ki\s+lè|ki\s+dat|ki\s+moun|an\s+(?:ka|té|ké|pa|ni|pé|enskri)"
    r"|(?:i|nou|ou)\s+(?:ka|té|ké)|ka\s+(?:vini|fè|travay)|s[ée]\s+(?:ki|ola|adan|mwen)"
    r"|direkt[èe]|chantié|vizit|komit[ée]|finans[ée]|avans[ée]|mandé|maché|organiz[ée]|souv[aà]n"
    r"|pa\s+ni|ni\s+pou|rann|nw[èe]l|^sa\s+ki|ban\s+mwen|nouvo|fwa|pr[ée]zid[ée])(?![\w-])"
    r"|(?<!\bcelle)(?<!\bcelui)(?<!\bceux)(?<!\bcelles)(?<=\w)-(?:la|a)(?![\w-])|^\s*doudou\s*,", _I)

# Fillers: a word of address opening the message asks nothing.
_OPENING = re.compile(r"^\s*doudou\s*,?\s*", _I)

# Creole verbs: their third person, infinitive and past participle (with « être » when marked so).
_VERBS: dict[str, tuple[str, str, str]] = {
    "palé": ("parle", "parler", "parlé"), "koumansé": ("commence", "commencer", "commencé"),
    "okipé": ("s'occupe de", "s'occuper de", "occupé de"), "représenté": ("représente", "représenter", "représenté"),
    "prézidé": ("préside", "présider", "présidé"), "travay": ("travaille", "travailler", "travaillé"),
    "vini": ("vient", "venir", "venu"), "fè": ("fait", "faire", "fait"), "alé": ("va", "aller", "allé"),
    "wè": ("voit", "voir", "vu"), "réuni": ("se réunit", "se réunir", "réuni"), "suiv": ("suit", "suivre", "suivi"),
    "touché": ("touche", "toucher", "touché"), "pasé": ("passe", "passer", "passé"),
    "finansé": ("finance", "financer", "financé"), "imprimé": ("imprime", "imprimer", "imprimé"),
    "organizé": ("organise", "organiser", "organisé"), "avansé": ("avance", "avancer", "avancé"),
    "rété": ("reste", "rester", "resté"), "mandé": ("demande", "demander", "demandé"),
    "maché": ("marche", "marcher", "marché"), "rann": ("rend", "rendre", "rendu"),
    "déposé": ("dépose", "déposer", "déposé"), "signalé": ("signale", "signaler", "signalé"),
    "sòti": ("sort", "sortir", "sorti"), "kwè": ("croit", "croire", "cru"), "décidé": ("décide", "décider", "décidé"),
    "marké": ("note", "noter", "noté"), "prété": ("prête", "prêter", "prêté"), "kriyé": ("appelle", "appeler", "appelé"),
    "enskri": ("inscrit", "inscrire", "inscrit"), "fèt": ("a lieu", "avoir lieu", "eu lieu"),
    "vwè": ("voit", "voir", "vu"), "ofè": ("offre", "offrir", "offert"), "sav": ("sait", "savoir", "su"),
}
_BEING = frozenset({"vini", "alé", "sòti"})  # their past takes « être »
_VERB = "|".join(sorted(_VERBS, key=len, reverse=True))

# Subjects, as French writes them with each verb form: (before a third person, before a past auxiliary).
_SUBJECTS = {"an": "je", "nou": "on", "zòt": "vous", "zot": "vous", "i": "il", "ou": "tu", "yo": "ils"}
_FIRST = {"vient": "viens", "va": "vais", "fait": "fais", "peut": "peux", "sait": "sais", "croit": "crois",
          "voit": "vois", "a": "ai", "est": "suis", "était": "étais", "avait": "avais", "suit": "suis"}
_SECOND = {"vient": "viens", "va": "vas", "fait": "fais", "peut": "peux", "sait": "sais", "voit": "vois", "a": "as",
           "est": "es", "était": "étais", "avait": "avais"}
_SECOND_PLURAL = {"a": "avez", "est": "êtes", "était": "étiez", "va": "allez", "peut": "pouvez", "avait": "aviez"}

# Phrases first (lower case, as typed), then single words.
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, _I), f) for p, f in (
    (r"\bbonjou\s+tout\s+moun\b", "bonjour à tous"),
    (r"\ban\s+pa\s+sav\b", "je ne sais pas"),
    (r"\ban\s+pa\s+t[ée]\s+la\b", "je n'étais pas là à"),
    (r"\ban\s+pa\s+t[ée]\b", "je n'étais pas"),
    (r"\ban\s+t[ée]\s+kw[èe]\b", "je croyais"),
    (r"\ban\s+t[ée]\s+mark[ée]\b", "j'étais notée"),
    (r"\ban\s+enskri\b", "je suis inscrite"),
    (r"(?:^|(?<=[,;]\s))an\s+(?=en\b|malad|dakò|bloké)", "je suis "),
    (r"\b(?:ki\s*moun|kimoun)\s+(?!ki\b|ka\b|t[ée]\b)(.+?)\s+y[ée]\b", r"qui est \1"),
    (r"\bs[ée]\s+(?:ki\s*moun|kimoun|kil[èe]s)\b", "c'est qui"),
    (r"\b(?:ki\s*moun|kimoun)\s+ki\s+la\b", "qui est là"),
    (r"\b(?:ki\s*moun|kimoun)\s+ki\s+adan\b", "qui est dans"),
    (r"\b(?:ki\s*moun|kimoun)\s+ki\s+(?=direkt)", "qui est "),
    (r"\b(?:ki\s*moun|kimoun)\s+(?:ki\s+)?", "qui "),
    # « ki réinion ki ka vini ? »: the meetings to come; « … ki ka vini apré ? » the one after.
    (r"\bki\s+(r[ée]inion|s[ée]ans)\s+ki\s+ka\s+vini\s+apr[ée]\b", r"quelle est la \1 d'après"),
    (r"\bki\s+(r[ée]inion|s[ée]ans)s?\s+ki\s+ka\s+vini\b", r"quelles \1s à venir"),
    (r"\bki\s+dat\s+(r[ée]inion|s[ée]ans)s?\s+yo\b", r"quelles dates des \1s"),
    (r"\ba\s+ki\s+lè\b", "à quelle heure"),
    (r"\bki\s+lè\b", "à quelle heure"),
    (r"\bki\s+jou\b", "quel jour"),
    (r"\bki\s+dat\b", "quelle date"),
    (r"\bki\s+(?=r[ée]inion|[ée]ch[ée]ance)", "quelles "),
    # « vini pou vizit chantié-a »: the visit, with the articles French wants.
    (r"\bpou\s+vizit\s+(?=[a-zàâäéèêëîïôöùûüçò])", "à la visite du "),
    (r"\bki\s+sa\s+pou\s+f[èe]\b", "quoi à faire"),
    (r"\bki\s+sa\s+(?=nou\s+k[ée]\s+pal)", "de quoi "),
    (r"\b(?:à|a)\s+f[èe]\b", "à faire"),
    (r"\bpou\s+f[èe]\b", "à faire"),
    (r"\bi\s+ka\s+f[èe]\s+ki\s+sa\b", "il fait quoi"),
    (r"\bki\s+sa\b", "quoi"),
    (r"\bsa\s+ki\s+ka\s+r[ée]t[ée]\s+mwen\b", "qu'est-ce qui me reste"),
    (r"\bsa\s+ki\s+ni\s+pou\b", "qu'est-ce qu'il y a à"),
    (r"\bsa\s+ki\s+ni\b", "qu'est-ce qu'il y a"),
    (r"\bsa\s+ki\s+nouvo\b", "quoi de neuf"),
    (r"\bsa\s+ki\s+(?=en\b)", "qu'est-ce qui est "),
    (r"\bsa\s+ki\s+ja\s+f[èe]t\b", "qu'est-ce qui est déjà fait"),
    (r"(?:^|(?<=[,;]\s))sa\s+(?=ka\b)", "ça "),
    (r"(?:^|(?<=[,;]\s))sa\s+ki\b", "qu'est-ce qui"),
    (r"(?:^|(?<=[,;]\s))sa\s+(?=an\b|nou\b|z[òo]t\b|i\b|ou\b)", "qu'est-ce que "),
    (r"\bs[ée]\s+mwen\s+ki\b", "c'est moi qui"),
    (r"\bban\s+mwen\b", "donne-moi"),
    # « mandé'w », « organizé'y »: the object pronoun glued to its verb, put before it (« te demander »).
    (r"\b(\w+)['’]w\b", r"te \1"),
    (r"\b(\w+)['’]y\b", r"le \1"),
    (r"\bki\s+pa\s+ni\s+kaz\b", "qui est sans logement"),
    (r"\bpa\s+ni\s+kaz\b", "sans logement"),
    (r"\bpa\s+ni\b", "il n'y a pas de"),
    (r"\bpa\s+(?=jou\b|poste\b|an\b|mwa\b)", "par "),
    (r"\bf[òo]\s+ni\s+on\b", "il faut un"),
    (r"\bf[òo]\s+ni\b", "il faut"),
    (r"\bki\s+pa\s+ni\b", "qui n'a pas de"),
    (r"\bsi\s+ni\s+(?=[a-zàâäéèêëîïôöùûüçò]{3,}(?![\w'’-]))(?!on\b|pa\b)", "s'il y a un "),
    (r"\bsi\s+ni\b", "s'il y a"),
    (r"(?:^|(?<=[,;]\s))ni\s+on\b", "il y a un"),
    (r"\bni\s+on\b", "a un"),
    (r"\b(?<=[\wé]\s)ni\s+an\b", "il y a en"),
    (r"\ban\s+ni\b", "j'ai"),
    (r"\bi\s+ni\b", "il a"),
    (r"\bt[ée]\s+ni\b", "avait"),
    (r"\bni\b(?=\s+(?:quoi|ki\b))", "a"),
    (r"\bt[ée]\s+la\b", "était là"),
    (r"\bt[ée]\s+(?=ola|ki|quel|à\s+quelle)", "c'était "),
    (r"\bi\s+adan\b", "il est dans"),
    (r"\bs[ée]\s+adan\b", "c'est dans"),
    (r"\bs[ée]\s+t[ée]\b", "c'était"),
    (r"\bs[ée]\b", "c'est"),
    (r"\b(?:i\s+)?ka\s+f[èe]t\s+toujou\b", "il se fait toujours"),
    (r"\bk[ée]\s+f[èe]t\b", "va avoir lieu"),
    (r"\bja\s+f[èe]t\b", "est déjà fait"),
    (r"\bnou\s+t[ée]\s+konmen\b(?=\s+[A-ZÉ])", "on était combien à"),
    (r"\bnou\s+t[ée]\s+konmen\b", "on était combien"),
    # « konpt rendu dènyé réinion-la sòti ? »: the minutes of that meeting, out (a bare verb of an event is its past).
    (r"\bkonpt\s+rendu\s+(?=d[èe]ny[ée]|pwochen|r[ée]inion)", "le compte rendu de la "),
    (r"(?<=\w)\s+s[òo]ti(?=\s*[?!.]*\s*$)", " est sorti"),
    (r"\bnou\s+k[ée]\s+konmen\b", "on sera combien"),
    (r"\bnou\s+(?:ka\s+)?w[èe]\b", "on se voit"),
    (r"\bnou\s+t[ée]\s+w[èe]\b", "on s'est vus"),
    (r"\bz[òo]t\s+ki\b", "ceux qui"),
    (r"\bvini\s+di\b", "viennent du"),
    # « sa zòt décidé ? »: what the group decided, « qu'est-ce qu'on a décidé ? » (as creole_turns writes « zot la »).
    (r"\bz[òo]t\s+(?=d[ée]cid[ée])", "on a "),
    (r"\b(?:k[ée]|ka)\s+(?=konmen)", "sera "),
    (r"\bkonmen\s+(?=(?-i:[a-zàâäéèêëîïôöùûüçò]{3,})(?![\w'’]))(?!pa\b|par\b|les\b|fois\b(?=\s+par))", "combien de "),
))

_WORDS = {
    "ola": "où", "éti": "où", "kan": "quand", "konmen": "combien", "kilès": "quel", "kiles": "quel", "ki": "qui",
    "pou": "pour", "asi": "sur", "adan": "dans", "épi": "avec", "oben": "ou", "jiska": "jusqu'à", "avan": "avant",
    "apré": "après", "ankò": "encore", "toujou": "toujours", "kanmenm": "quand même", "souplé": "s'il vous plaît",
    "mèsi": "merci", "bonjou": "bonjour", "jodi-a": "aujourd'hui", "dènyé": "dernière", "pwochen": "prochaine",
    "réinion": "réunion", "reinion": "réunion", "réinions": "réunions", "reinions": "réunions", "jédi": "jeudi", "désanm": "décembre", "janvyé": "janvier",
    "mas": "mars", "oktòb": "octobre", "nwèl": "Noël", "lajan": "argent", "fòmasyon": "formation",
    "kannòt": "canots", "transpò": "transport", "siklòn": "cyclone", "konpt": "compte", "rèta": "retard",
    "direktè": "directeur du", "chantié": "chantier", "vizit": "visite", "komité": "comité", "dosyé": "dossier",
    "nouvo": "nouveau", "moun": "personnes", "chak": "chaque", "lanné": "année", "fwa": "fois",
    "dè": "des", "bay": "au", "mwen": "moi", "ja": "déjà", "fò": "il faut", "yé": "", "doudou": "",
    "zòt": "vous", "zot": "vous", "nou": "on", "ka": "", "kouman": "comment", "lè": "heure", "dat": "date", "jou": "jour",
}
# Postposed articles (« réinion-la », « chantié-a »): dropped; the French article put before the noun when no
# determiner nor adjective stands there.
_POSTPOSED = re.compile(r"(?<!\bcelle)(?<!\bcelui)(?<!\bceux)(?<!\bcelles)(?<=\w)-(?:la|a)(?![\w-])", _I)
_NEEDS_ARTICLE = frozenset({"", "lè", "heure", "représenté", "représente", "okipé", "suiv", "adan", "dans", "asi", "sur",
                           "pou", "pour", "prézidé", "préside", "ki", "qui", "s'occupe", "de", "du", "suit", "sòti",
                           "sé", "c'est", "bay", "au", "épi", "avec", "kouman", "comment"})
_ARTICLES = frozenset({"le", "la", "les", "l'", "un", "une", "du", "des", "mon", "ma", "mes", "ce", "cette", "notre"})


def antilles_as_french(text: str) -> str:
    """`text` with the Creole turns above written in French; `text` itself when it shows none of the marks."""
    if not _MARKS.search(text):
        return text
    rewritten = _OPENING.sub("", text)
    rewritten = _articles_before(rewritten)
    rewritten = re.sub(r"\bki\s+(\w+é)\s+yo\b", r"ki les a \1s", rewritten, flags=_I)
    for pattern, french in _PHRASES:
        rewritten = pattern.sub(french, rewritten)
    rewritten = _verbs(rewritten)
    rewritten = _plural_after(rewritten)
    rewritten = re.sub(r"[\wàâäéèêëîïôöùûüçò-]+", _word_in_french, rewritten)
    rewritten = re.sub(r"\b([Jj]e|[Qq]ue|[Ll]e|[Ll]a|[Dd]e|[Ss]e)\s+(?=[aeéèêiouyhAEÉIOUH])",
                       lambda m: m.group(1)[:-1] + "'", rewritten)
    rewritten = re.sub(r"\bde\s+le\b", "du", rewritten)
    rewritten = re.sub(r"\bà\s+le\b", "au", rewritten)
    return tidied(text, rewritten, strip=" ,", before_stop=True)


def _word_in_french(match: re.Match[str]) -> str:
    """A creolised word written in French (`_WORDS`); a capitalised word is a name and stays (« Sainte-Rose »), save
    « Nwèl », the feast, capitalised as its French is."""
    word, folded = match.group(0), match.group(0).casefold()
    if word[:1].isupper() and word != word.upper() and folded != "nwèl":
        return word
    return _WORDS.get(folded, word)


def _articles_before(text: str) -> str:
    """`text` with each postposed article dropped, « la » (« l' », « les ») put before its noun where French wants one."""
    out: list[str] = []
    last = 0
    for match in _POSTPOSED.finditer(text):
        start = len(text[:match.start()]) - len(re.search(r"[\w'’-]*$", text[:match.start()]).group(0))
        noun = text[start:match.start()]
        before = re.search(r"(?:^|[\s,;:])([\w'’]*)\s*$", text[last:start])
        word = before.group(1).casefold() if before else ""
        out.append(text[last:start])
        if noun.casefold() in {"jodi"}:
            out.append(text[start:match.end()])
        elif word in _NEEDS_ARTICLE and word not in _ARTICLES and not noun[:1].isdigit():
            article = ("l'" if noun[:1].casefold() in "aeéèêiouh" else "les " if noun.endswith("s") else
                       "la " if noun[:1].isupper() or _feminine(noun) else "le ")
            out.append(article + noun)
        else:
            out.append(noun)
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def _feminine(noun: str) -> bool:
    """Whether French likely says « la » before `noun` (« réinion », « mobilité »), else « le » (« bot », « forum »)."""
    french = _WORDS.get(noun.casefold(), noun.casefold())
    return french not in {"comité", "groupe", "programme", "chantier"} and french.endswith(("ion", "té", "e"))


def _plural_after(text: str) -> str:
    """« réinion yo », « décisions yo »: « les » before the noun; « déposé yo »: « les » before the verb."""
    return re.sub(r"(?<![\w-])([a-zàâäéèêëîïôöùûüçò]+)\s+yo\b", r"les \1", text)


def _verbs(text: str) -> str:
    """Each Creole verb after its markers written in French: « nou ka palé » « on parle », « nou té décidé » « on a
    décidé », « nou ké palé » « on va parler », « fò déposé » « il faut déposer », « pé enskri » « peut inscrire »."""
    def conjugate(match: re.Match[str]) -> str:
        subject, marker, verb = (match.group(1) or ""), (match.group(2) or "").casefold(), match.group(4).casefold()
        clitic = match.group(3) or ""
        third, infinitive, participle = _VERBS[_spelling(verb)]
        if marker.rstrip() in {"à", "pou", "pour"}:
            return f"{subject} {'pour' if marker.startswith('pou') else 'à'} {clitic}{infinitive}".strip()
        who = _SUBJECTS.get(subject.casefold(), subject)
        if marker.startswith(("té", "te")):
            aux = "est" if _spelling(verb) in _BEING else "a"
            phrase = f"{aux} {clitic}{participle}" if not clitic else f"{clitic}{aux} {participle}"
        elif marker.startswith(("ké", "ke")):
            phrase, aux = f"va {clitic}{infinitive}", "va"
        elif marker.startswith(("pé", "pe")):
            phrase, aux = f"peut {clitic}{infinitive}", "peut"
        elif marker.startswith(("fò", "fo")):
            return f"{subject} il faut {clitic}{infinitive}".strip()
        else:
            phrase, aux = f"{clitic}{third}", third.split()[0]
        if who == "je":
            phrase = phrase.replace(aux, _FIRST.get(aux, aux), 1)
        elif who == "tu":
            phrase = phrase.replace(aux, _SECOND.get(aux, aux), 1)
        elif who == "vous":
            phrase = phrase.replace(aux, _SECOND_PLURAL.get(aux, aux), 1)
        return f"{who} {phrase}".strip()
    pattern = (rf"(?<![\w-])(?:(an|nou|zòt|zot|i|ou|yo)\s+)?((?:t[ée]\s+ka|t[ée]|k[ée]|ka|p[ée]|f[òo]|à|pou|pour)\s+)?((?:te|le|me)\s+)?"
               rf"({_VERB}|{_VERB.replace('é', 'e').replace('è', 'e').replace('ò', 'o')})(?![\w-])")
    return re.sub(pattern, lambda m: conjugate(m) if m.group(1) or m.group(2) or _spelling(m.group(4)) not in {
        "décidé", "déposé", "signalé", "imprimé", "représenté", "mandé", "avansé"} else m.group(0), text, flags=_I)


def _spelling(verb: str) -> str:
    """The verb as `_VERBS` spells it (accents typed or not)."""
    low = verb.casefold()
    if low in _VERBS:
        return low
    for known in _VERBS:
        if known.replace("é", "e").replace("è", "e").replace("ò", "o") == low:
            return known
    return low
