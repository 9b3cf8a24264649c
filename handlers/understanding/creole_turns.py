"""The French of La Réunion (and of Mayotte and the Antilles) coloured by
Creole, as members write it in a group chat (blind set 42a): « la réunion lé
kan ? », « ki i représente la CAF ? », « zot la décidé koi pou le
transport ? », « mi doi fé koi ? », « néna in réunion demain ? », « la
dernière réunion lété o ? », « Nadia néna koi à fé ? ».

The Creole turns are the grammar words, not the topic: the copula « lé »
(« est », « c'est » before a question word), « té » / « lété » (« était »),
the subject marker « i » (« ki i représente » is « qui représente », « i fo »
« il faut »), the past marker « la » after a subject (« zot la décidé » is
« on a décidé », « ki la excusé » « qui s'est excusé », « mi la inscrit » « je
me suis inscrit »), the pronouns « mi » (je), « nou » (on), « zot » (vous,
on, leurs), « ou » (tu), « moin » (moi), « néna » (« il y a », or « a »
after its subject), the question words « kan », « ki », « koi », « kosa »,
« kel », « koman », « o » closing the question (« où »), the prepositions
and articles « pou », « su », « ek », « dann », « in », and the bare verbs
« fé », « doi », « pé », « sra », « vien », « travay », « fo ». Each unknown
word was a topic the readings had to account for, and the plain question fell
under the bar or found the wrong record (« la réunion publique su le NPNRU
lé kan ? » read as a decision on « publique NPNRU kan »). They are written
in French before the message is understood.

Only a message that shows one of the unambiguous marks (a word French never
writes alone: « lé », « té », « néna », « zot », « mi » before a verb, the
subject marker « i » between two words, « fé », « doi », « pou » …) is
rewritten, so that « le Sleep-In », « la mi-janvier », « l'été » or a body's
initials (« GPS&O ») stay as typed. The local words of the topic stay too,
but for the chat's common nouns the records write in French: « la kaz »
(« la case »), « le kartié » (« le quartier »), « la marmaille » (« les
enfants »), « les gramounes » (« les personnes âgées »); a capitalised word
(a name, « Lékol maloya Ti Kaz ») is never touched."""

from __future__ import annotations

import re
from handlers.understanding.turns_tidy import tidied

__all__ = ["creole_as_french"]

# Words French never writes alone, marks of a Creole-coloured message (compared with their accents).
_MARKS = frozenset({"lé", "té", "néna", "nena", "zot", "moin", "pou", "fé", "doi", "sra", "vien", "sé", "koman",
                    "nou", "kek", "travay", "pé", "fo", "kosa", "kaz", "kartié", "kartiés", "kartie", "karties",
                    "gramoun", "gramoune", "gramounes", "gramouns", "mersi", "vnir", "oté", "envoy", "parl", "dann",
                    "ek", "avek"})
# « lété » is « l'été » (summer) after these.
_SUMMER_BEFORE = frozenset({"de", "d", "pour", "pou", "en", "pendant", "depuis", "avant", "après", "apres", "cet", "ce",
                            "tout", "fin", "début", "debut", "dès", "des", "durant", "à", "a", "jusqu'à", "jusqu'a",
                            "cette", "l'", "bel", "bon", "bonne"})
# Articles after which « su » is « sur ».
_ARTICLES = frozenset({"le", "la", "les", "un", "une", "in", "zot", "son", "sa", "ses", "mon", "ma", "mes", "ce",
                       "cette", "ces", "leur", "leurs", "notre", "nos", "votre", "vos"})
# « la mi décembre », « à mi temps »: « mi » is half, no « je ».
_HALF = frozenset({"janvier", "fevrier", "février", "mars", "avril", "mai", "juin", "juillet", "aout", "août",
                   "septembre", "octobre", "novembre", "decembre", "décembre", "temps", "journee", "journée", "chemin",
                   "parcours", "mandat", "saison", "semaine", "mois", "année", "annee", "course", "trimestre",
                   "semestre", "clos", "close", "lourd", "long", "longue"})
# Question words (as typed or once written in French) after which the copula is « c'est ».
_ASKING = frozenset({"ki", "qui", "kan", "quand", "o", "où", "ou", "koi", "quoi", "kosa", "kel", "quel", "quelle",
                     "quels", "quelles", "combien", "jusqu'à", "jusqu'a", "jusqu", "bien", "koman", "comment",
                     "kisa", "lekel", "lequel", "laquelle"})
# Subjects after which « la » is the past marker, not the article.
_PAST_SUBJECTS = frozenset({"ki", "mi", "zot", "nou", "i", "li", "ou", "qui"})
# Participles after which the past is « être »'s (« ki la excusé » is « qui s'est excusé »).
_REFLEXIVE = frozenset({"excusé", "excusée", "excusés", "excuse", "inscrit", "inscrite", "inscrits", "désisté",
                        "desiste", "proposé", "propose", "porté", "porte"})
# Bare verbs written in French after a modal, « pour », « faut » (the infinitive), else in the third person.
_INFINITIVE = {"fé": "faire", "fe": "faire", "parl": "parler", "envoy": "envoyer", "rénove": "rénover",
               "renove": "rénover", "amène": "amener", "amene": "amener", "donne": "donner", "monte": "monter",
               "aide": "aider", "rend": "rendre", "vnir": "venir", "vni": "venir", "ête": "être", "ete": "être",
               "pran": "prendre", "koz": "causer", "rappel": "rappeler", "di": "dire", "montre": "montrer",
               "trouv": "trouver", "arriv": "arriver"}
_THIRD = {"fé": "fait", "fe": "fait", "doi": "doit", "pé": "peut", "sra": "sera", "vien": "vient",
          "travay": "travaille", "fini": "finit", "rent": "entrent", "tomb": "tombe", "arriv": "arrive",
          "envoy": "envoie", "parl": "parle", "appelle": "s'appelle", "trouv": "trouve", "lé": "est", "té": "était",
          "lété": "était", "lete": "était"}
_FIRST = {"fé": "fais", "fe": "fais", "doi": "dois", "pé": "peux", "sra": "serai", "vien": "viens", "lé": "suis",
          "té": "étais", "lété": "étais", "lete": "étais", "sava": "vais", "va": "vais", "travay": "travaille",
          "arriv": "arrive", "envoy": "envoie", "parl": "parle"}
_SECOND_PLURAL = {"pé": "pouvez", "fé": "faites", "doi": "devez", "sra": "serez", "vien": "venez", "lé": "êtes",
                  "té": "étiez", "lété": "étiez"}
_SECOND = {"pé": "peux", "fé": "fais", "doi": "dois", "sra": "seras", "vien": "viens", "lé": "es", "té": "étais",
           "lété": "étais", "sert": "sers"}
_MODALS = frozenset({"doi", "dois", "doit", "pé", "peux", "peut", "pouvez", "va", "vais", "sava", "à", "a", "pour",
                     "pou", "faut", "fo", "devez"})
# The verb before « a moin » (« envoy a moin », « rappel a moin »): its imperative.
_IMPERATIVE = {"envoy": "envoie", "envoie": "envoie", "rappel": "rappelle", "rappelle": "rappelle", "donne": "donne",
               "di": "dis", "montre": "montre", "done": "donne"}
# Plain words of Creole chat (lower case as typed only).
_WORDS = {"ki": "qui", "koi": "quoi", "kosa": "quoi", "kan": "quand", "kel": "quel", "koman": "comment",
          "kek": "quelque", "ek": "avec", "avek": "avec", "pou": "pour", "moin": "moi", "sé": "c'est", "dann": "dans",
          "mersi": "merci", "kaz": "case", "kazes": "cases", "kartié": "quartier", "kartie": "quartier",
          "kartiés": "quartiers", "karties": "quartiers", "fo": "faut", "travay": "travaille", "sra": "sera",
          "vien": "vient", "doi": "doit", "pé": "peut", "vnir": "venir", "nena": "néna", "pa": "pas"}
_PLURAL_NOUNS = {"marmaille": "enfants", "marmailles": "enfants", "gramoun": "personnes âgées",
                 "gramoune": "personnes âgées", "gramounes": "personnes âgées", "gramouns": "personnes âgées"}
# Greetings of the island: « bonjour la kour », « salut zot tout », « oté ».
_KOUR = re.compile(r"(?i)\b(bonjour|bonsoir|salut|coucou)\s+la\s+kour\b")
_ZOT_TOUT = re.compile(r"(?i)\bzot\s+tout['’]?(?=$|[\s,.!?])")

_TOKEN = re.compile(r"(\s+|[?!.,;:]+)")


def creole_as_french(text: str) -> str:
    """`text` with the Creole turns above written in French; `text` itself when it shows none of the marks."""
    tokens = _TOKEN.split(text)
    if not _marked(tokens):
        return text
    text = _KOUR.sub(r"\1", text)
    text = _ZOT_TOUT.sub("à tous", text)
    tokens = _TOKEN.split(text)
    words = [i for i, t in enumerate(tokens) if t and not _TOKEN.fullmatch(t)]
    low = [tokens[i].casefold() for i in words]
    out = [tokens[i] for i in words]
    subject: list[str | None] = [None] * (len(words) + 2)  # the person a bare verb agrees with
    infinitive: set[int] = set()  # bare verbs after « je dois » written for « fo ki mi »
    done: set[int] = set()  # words already written with the one before
    for n, word in enumerate(low):
        before = low[n - 1] if n else None
        after = low[n + 1] if n + 1 < len(low) else None
        typed = out[n]
        if typed[:1].isupper() and word not in {"lé", "néna", "nena", "ki", "koi", "kosa", "kan", "kel", "koman",
                                                  "mi", "nou", "zot", "ou", "i", "té", "sé", "mersi", "pou"}:
            continue  # a name, a body's name: as typed
        if n in done:
            continue
        if n in infinitive:
            out[n] = _INFINITIVE.get(word, out[n])
            continue
        if word in {"fo", "faut"} and after == "ki" and n + 2 < len(low) and low[n + 2] == "mi":
            # « i fo ki mi fé koi ? »: what the asker must do, « je dois faire quoi ? ».
            out[n], out[n + 1], out[n + 2] = "je dois", "", ""
            if n and low[n - 1] == "i":
                out[n - 1] = ""
            done.update({n + 1, n + 2})
            infinitive.add(n + 3)
            continue
        if word in {"koi", "kosa"} and after == "i" and n + 2 < len(low) and low[n + 2] == "lé" or (
                word == "kisa" and after == "lé"):
            # « kosa i lé le maloya ? »: « qu'est-ce que c'est, le maloya ? ».
            out[n] = "qu'est-ce que c'est"
            out[n + 1] = ""
            if word != "kisa":
                out[n + 2] = ""
                done.add(n + 2)
            done.add(n + 1)
            continue
        if word == "koman" and after == "i" and n + 2 < len(low) and low[n + 2] in {"lé", "va"} and n + 3 == len(low):
            out[n], out[n + 1], out[n + 2] = "ça va", "", ""  # « koman i lé ? »: a greeting, « ça va ? »
            done.update({n + 1, n + 2})
            continue
        if word == "i" and after is not None and before is not None or word == "i" and n == 0 and after:
            if before == "ou":
                out[n] = ""
                subject[n + 1] = "tu"
            elif after in {"fo", "faut"}:
                out[n] = "il"
            elif after == "sa":
                out[n] = ""
            else:
                out[n] = ""
                subject[n + 1] = subject[n + 1] or "il"
            continue
        if word == "mi" and after is not None and after not in _HALF:
            out[n] = "je"
            subject[n + 1] = "je"
            continue
        if word == "nou":
            out[n] = "on"
            subject[n + 1] = "il"
            continue
        if word == "ou" and (after in {"i", "lé", "pé", "la", "té", "lété", "sa"} or before == "à" and after is None):
            out[n] = "toi" if before == "à" else "tu"
            if after is not None:
                subject[n + 1] = "tu"
            continue
        if word == "zot":
            if after == "la":
                out[n] = "on"
                subject[n + 1] = "il"
            elif after == "i":
                out[n] = "vous"
                if n + 2 < len(low):
                    subject[n + 2] = "vous"
            elif after == "lé":
                out[n] = "ils"
                subject[n + 1] = "ils"
            elif before in {"su", "sur", "pou", "pour", "de", "à", "a", "ek", "avec"} and after is not None:
                out[n] = "leurs"
            else:
                out[n] = "vous"
                subject[n + 1] = "vous"
            continue
        if word == "la" and (before in _PAST_SUBJECTS or out[n - 1] == "" and n > 1 and low[n - 2] in _PAST_SUBJECTS
                             ) and after is not None and _participle(after):
            who = subject[n] or ("je" if before == "mi" else "il")
            if after in _REFLEXIVE:
                out[n] = {"je": "me suis", "tu": "t'es", "vous": "vous êtes"}.get(who, "s'est")
            else:
                out[n] = {"je": "ai", "tu": "as", "vous": "avez"}.get(who, "a")
            continue
        if word == "la" and (after in {"été", "ete"} or after in {"déjà", "deja", "bien", "encore", "toujours", "pa",
                                                                 "pas", "jamais"} and n + 2 < len(low) and (
                low[n + 2] in {"été", "ete"} or _participle(low[n + 2]))):
            # « koi la déjà été fé ? »: « quoi a déjà été fait ? ».
            out[n] = "a"
            continue
        if word == "na" and before in {"nou", "on"}:
            out[n] = "a"
            continue
        if word in {"néna", "nena"}:
            opening = before is None or before in _ASKING or before in {"bonjour", "salut", "donc", "alors", "et"} or (
                tokens[words[n] - 1].strip() in {",", ":"} if words[n] else True)
            out[n] = "il y a" if opening else "a"
            continue
        if word in {"lé", "té", "lété", "lete"}:
            if word in {"lété", "lete"} and before in _SUMMER_BEFORE:
                out[n] = "l'été"
                continue
            who = subject[n]
            if who == "je":
                out[n] = _FIRST[word]
            elif who == "tu":
                out[n] = _SECOND[word]
            elif who == "vous":
                out[n] = _SECOND_PLURAL[word]
            elif who == "ils":
                out[n] = "sont" if word == "lé" else "étaient"
            elif after in _ASKING and who is None:
                out[n] = "c'est" if word == "lé" else "c'était"
            else:
                out[n] = "est" if word == "lé" else "était"
            continue
        if word == "la" and before in {"lé", "té", "lété", "lete"} and (after is None or out[n + 1][:1].isupper()):
            out[n] = "là"  # « ou lé la ? »: « tu es là ? »
            continue
        if word == "o" and after is None and before is not None:
            out[n] = "où"
            continue
        if word == "ki" and before in {"fo", "faut"}:
            out[n] = "que"
            continue
        if word == "sa" and after in {"fé", "fe"}:
            out[n] = "ça se"
            subject[n + 1] = "il"
            continue
        if word == "su" and after is not None:
            out[n] = "sur"
            continue
        if word == "in" and after is not None and before is not None or word == "in" and n == 0 and after:
            out[n] = "un"
            continue
        if word in _IMPERATIVE and after == "a" and n + 2 < len(low) and low[n + 2] == "moin":
            if before in _MODALS:
                out[n] = "me " + _INFINITIVE.get(word, word + "r" if word.endswith("e") else word + "er")
            else:
                out[n] = _IMPERATIVE[word] + "-moi"
            out[n + 1] = out[n + 2] = ""
            continue
        if word == "moin" and out[n] == "":
            continue
        if word in _PLURAL_NOUNS:
            out[n] = _PLURAL_NOUNS[word]
            if n and low[n - 1] == "la":
                out[n - 1] = "les"
            continue
        who = subject[n]
        if before in {"pé", "doi", "fo", "va", "sava"} and word.endswith("e") and word not in {
                "le", "la", "une", "de", "ce", "me", "te", "se", "que", "ne", "elle"} and word not in _INFINITIVE:
            out[n] = typed + "r"  # « mi pé demande » : « je peux demander »
        elif before in _MODALS and word in _INFINITIVE:
            out[n] = _INFINITIVE[word]
        elif who == "je" and word in _FIRST:
            out[n] = _FIRST[word]
        elif who == "tu" and word in _SECOND:
            out[n] = _SECOND[word]
        elif who == "vous" and word in _SECOND_PLURAL:
            out[n] = _SECOND_PLURAL[word]
        elif who is not None and word in _THIRD:
            out[n] = _THIRD[word]
        elif word in {"fé", "fe"} and before is not None:
            out[n] = "fait"
        elif word in _WORDS and typed == typed.casefold():
            out[n] = _WORDS[word]
        elif word in _WORDS:
            out[n] = _WORDS[word][:1].upper() + _WORDS[word][1:]
    for n, i in enumerate(words):
        tokens[i] = out[n]
    rewritten = "".join(tokens)
    # « koi mi doi fé ? », « koi lé en retard ? », « kosa mi pé demande à ou ? »: the question word put first, as
    # French puts « qu'est-ce que » (before a subject) or « qu'est-ce qui » (before the verb).
    rewritten = re.sub(r"(?i)(^|[,:]\s*|\bbonjour\s+)quoi\s+(?=(?:je|j'|on|tu|vous|il|ils|zot)\b)",
                       r"\1qu'est-ce que ", rewritten)
    rewritten = re.sub(r"(?i)^()quoi\s+(?=(?:est|a|sera|était|va|peut|doit)\b)", r"\1qu'est-ce qui ",
                       rewritten)
    rewritten = re.sub(r"\b(peux|peut|pouvez|dois|doit|vais|va)\s+(\w+er)\s+à\s+toi\b", r"\1 te \2", rewritten)
    rewritten = re.sub(r"\bme\s+(?=[aeéèêiouh])", "m'", rewritten)
    rewritten = re.sub(r"\b([Jj]e|[Qq]ue)\s+(?=[aeéèêiouyh])", lambda m: m.group(1)[:-1] + "'", rewritten)
    rewritten = tidied(text, rewritten, before_stop=True, leading=True)
    return rewritten[:1].upper() + rewritten[1:] if text[:1].isupper() else rewritten


def _marked(tokens: list[str]) -> bool:
    """Whether the message shows a mark of Creole: a word of `_MARKS`, the subject marker « i » between two words,
    « mi » before a word, « lété » not after a word of the summer."""
    places = [i for i, t in enumerate(tokens) if t and not _TOKEN.fullmatch(t)]
    words = [tokens[i] for i in places]
    low = [w.casefold() for w in words]
    for n, word in enumerate(low):
        before = low[n - 1] if n else None
        after = low[n + 1] if n + 1 < len(low) else None
        if word in _MARKS and not (word in {"nena"} and words[n][:1].isupper()):
            return True
        if word == "su" and after is not None and (after in _ARTICLES or after.startswith(("l'", "l’"))):
            return True  # « su le NPNRU », « su les cases »: « sur », no « su » of « savoir »
        if word == "la" and after in {"été", "ete"} and before is not None:
            return True  # « koi la été décidé ? »: the past marker
        if word == "lété" and before not in _SUMMER_BEFORE:
            return True
        spaced = 0 < places[n] < len(tokens) - 1 and tokens[places[n] - 1].isspace() and tokens[places[n] + 1].isspace()
        if word == "i" and words[n] == "i" and after is not None and (before is not None and spaced or (
                places[n] == 0 and after in _WORDS)):
            return True
        if word == "mi" and words[n] == "mi" and after is not None and after.isalpha() and after not in _HALF:
            return True
    return False


def _participle(word: str) -> bool:
    """Whether `word` reads as a past participle (« décidé », « retenu », « inscrit », « fini »)."""
    return word in _REFLEXIVE or bool(re.fullmatch(r"\w+(?:é|ée|és|ées|i|is|ie|it|u|us|ue)", word))
