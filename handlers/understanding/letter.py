"""The request inside a message written as a letter.

Many members write to the chat as they write an e-mail: a greeting, some
context, the request in the middle or at the end, thanks and a signature
(« Bonjour à toutes et à tous, suite à notre échange de ce matin, pourriez-vous
me rappeler la date de la prochaine plénière ? Je vous remercie par avance.
Bien cordialement, Nadia »), a quoted line (« > … ») or a forwarded header
above the request. Word by word, the framing (envelope.py, framing.py) drops
much of it, but the more sentences there are, the more of their words are
left to pull the reading astray (« mes » of « mes déplacements », « je » of
« je me permets » read as the asker's tasks).

This module works on sentences instead: it cuts the message into sentences,
drops the quoted and forwarded lines, the greetings and the closing formulas,
keeps the sentences that ask (a question mark, or a polite request:
« pourriez-vous me rappeler … », « je souhaiterais connaître … ») and strips
from them the lead-ins (« petite question : », « je me permets de vous
solliciter : ») and the polite wrapper that carries no meaning (« auriez-vous
l'amabilité de m'indiquer quand … » → « quand … ? »). `answer.respond` reads
that core first and keeps the message's own reading when the core is no
confident answer.

A message with no request, or one spoken to a colleague (« @Mireille
pourrais-tu … », « Karim, tu peux … ? », « Bonjour Gérard, pourriez-vous … »),
has no core: it is left as it is (`spoken_to_colleague` marks the « @ » one,
which is never the bot's: the bot's own mention is taken off before)."""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold

__all__ = ["QUOTED", "asks_members", "letter_core", "letter_parts", "spoken_to_colleague"]

# « ---------- Message transféré ---------- », « -----Original Message----- »: a forwarded block's mark.
_FORWARD_MARK = re.compile(r"-{2,}\s*(?:message\s+transf[ée]r[ée]|original\s+message|message\s+d'origine)\s*-{2,}",
                           re.IGNORECASE)
# Its header fields, each to the end of its sentence: « De : CNSA », « Objet : Invitation au comité technique. »
_HEADER_FIELD = re.compile(r"\b(?:de|from|à|a|to|objet|subject|date|envoy[ée])\s*:\s*[^.?!\n]*[.\n]?",
                           re.IGNORECASE)

# Sentence ends (kept with their sentence) and line breaks.
# The mark of a quoted sentence in `_sentences`' list.
QUOTED = "\x00"
_SENTENCE = re.compile(r"[^.?!;\n]+(?:[.?!;]+|\n|$)")
# A full stop that ends no sentence: after an initial or a title (« M. Lasserre », « Mme. Kolly », « J. Dupont »),
# or inside a number (« 1.5 »).
_NOT_AN_END = re.compile(r"(?:^|(?<=[\s(]))(?:[A-ZÀ-Ý]|Mme|Mlle|Mr|Dr|Pr|Me|St|Ste|cf|etc|av|bd|tél|tel|env|n°)\.\s+"
                         r"|(?<=\d)\.(?=\d)"
                         # « combien de contrats art. 60 ? », « etc. et »: a stop before a digit or a small letter.
                         r"|(?<=\w)\.(?=\s+[0-9a-zàâçéèêëîïôûùüÿœ])")

# Greeting words a sentence may consist of (« Bonjour à toutes et à tous, », « Madame, Monsieur, »).
_GREETING_WORDS = frozenset({
    "bonjour", "bonsoir", "re", "rebonjour", "salut", "hello", "coucou", "madame", "monsieur", "mesdames",
    "messieurs", "mme", "m", "cher", "chere", "chers", "cheres", "collegue", "collegues", "a", "toutes", "tous",
    "et", "tout", "le", "monde", "la", "presidente", "president", "membres", "mesdemoiselles", "amis", "equipe",
})
# Closing formulas: a sentence whose words all belong here thanks, greets or signs (a name may follow).
_CLOSING_WORDS = frozenset({
    "merci", "remercie", "remerciant", "remerciements", "mes", "je", "vous", "par", "avance", "d", "de", "beaucoup",
    "bien", "cordialement", "cdlt", "bonne", "journee", "soiree", "semaine", "fin", "a", "tous", "toutes", "et",
    "salutations", "distinguees", "respectueuses", "sinceres", "veuillez", "agreer", "l", "expression", "recevoir",
    "respectueusement", "amicalement", "avec", "tres", "votre", "vos", "aide", "retour", "reponse", "pour",
    "en", "attendant", "vivement", "belle", "excellente", "meilleures", "sentiments", "nos", "prie",
    "encore", "bonjour", "au", "plaisir", "lire", "dans", "attente",
})
# Openers of a lead-in before the request, up to its colon or comma (« petite question : », « je me permets de
# vous solliciter : », « une question rapide : », « deux petites questions : », « du coup, », « justement, »).
_LEAD_IN = re.compile(
    r"^(?:(?:une|deux|trois|petite|petites|rapide|simple|question|questions|j'ai|juste|encore|autre)\s*)+[:,]\s*"
    r"|^je\s+me\s+permets(?:\s+une\s+petite\s+question|\s+de\s+vous\s+(?:solliciter|(?:re)?contacter|[ée]crire)"
    r"(?:\s+(?:concernant|au\s+sujet\s+d[eu']s?|pour|à\s+propos\s+d[eu']s?)\s+[^:]*?)?)?\s*[:,]\s*"
    r"|^je\s+n'ai\s+pas\s+(?:bien\s+|tr[èe]s\s+bien\s+)?(?:compris|saisi|retenu|not[ée])\s+"
    r"|^je\s+ne\s+(?:me\s+souviens|sais)\s+plus\s+(?:tr[èe]s\s+bien\s+)?(?:de\s+|d'|du\s+(?=\w))?"
    r"|^je\s+me\s+permets\s+de\s+vous\s+relancer\s+(?:au\s+sujet|concernant|à\s+propos|pour)\s*(?:d(?:e\s+|u\s+|es\s+|'))?"
    r"|^(?:sauf\s+erreur\s+de\s+ma\s+part|si\s+je\s+ne\s+m'abuse|si\s+je\s+ne\s+me\s+trompe\s+pas)\s*,\s*"
    r"|^(?:du\s+coup|justement|par\s+ailleurs|en\s+outre|sinon|au\s+passage|une\s+question\s+rapide)\s*[,:]?\s+",
    re.IGNORECASE)
# A greeting opening the request sentence itself (« Bonjour à tous, pourriez-vous … »).
_GREETING_HEAD = re.compile(
    r"^(?:re-?)?(?:bonjour|bonsoir|salut|hello|coucou)(?:\s+(?:à\s+)?(?:toutes\s+et\s+à\s+tous|tous|toutes|"
    r"tout\s+le\s+monde))?\s*[,!:]\s*"
    # « Chères et chers collègues, », « Chers et chères collègues, »: both genders named, as letters in Switzerland do.
    r"|^(?:(?:bonjour|bonsoir)\s+)?(?:madame|monsieur|mesdames|messieurs|(?:ch[èe]res?\s+et\s+)?chers?\s+coll[èe]gues?"
    r"|(?:chers?\s+et\s+)?ch[èe]res?\s+coll[èe]gues?)"
    r"(?:\s*(?:,|et)\s*(?:madame|monsieur|mesdames|messieurs|la\s+pr[ée]sidente?|le\s+pr[ée]sident))*\s*,\s*",
    re.IGNORECASE)
# The polite wrapper around a request for information, dropped whole: a modal (« pourriez-vous », « auriez-vous
# l'amabilité de », « je vous saurais gré de bien vouloir », « serait-il possible de », « je souhaiterais »), an
# object pronoun, and a verb of telling or of learning (« me rappeler », « m'indiquer », « connaître », « avoir »).
_OF = r"\s+d(?:e\s+|')"  # « de », « d' »
_MODAL = (r"(?:pourriez|pouvez|pourrais|peux|pourrait|auriez|voudriez|sauriez)[- ](?:vous|tu|on)"
          rf"(?:\s+(?:l'amabilit[ée]|la\s+gentillesse|l'obligeance){_OF})?"
          rf"|je\s+vous\s+(?:prie|serais\s+gr[ée]|saurais\s+gr[ée]|remercie){_OF}"
          rf"|(?:serait|est)[- ]il\s+possible{_OF}|merci{_OF}"
          # « je prépare la séance et souhaiterais savoir … »: the subject said once, before « et ».
          r"|(?:je|et)\s+(?:souhaiterais|souhaite|voudrais|veux|voulais|souhaitais|aimerais|cherche\s+à)\s+"
          rf"|j'(?:aimerais|aimerai)\s+|j'(?:aurais|ai)\s+besoin{_OF}"
          rf"|(?:afin{_OF}|pour\s+)(?=(?:conna[iî]tre|savoir)\b)")
# The modals that ask by themselves, without a question mark (« Pourriez-vous me transmettre le compte rendu. »,
# « je me permets de vous solliciter afin de connaître la date … »).
_ASKING_MODAL = (r"(?:pourriez|pouvez|pourrais|auriez)[- ](?:vous|tu)"
                 rf"(?:\s+(?:l'amabilit[ée]|la\s+gentillesse|l'obligeance){_OF})?"
                 rf"|je\s+vous\s+(?:prie|serais\s+gr[ée]|saurais\s+gr[ée]){_OF}"
                 rf"|serait[- ]il\s+possible{_OF}|merci{_OF}"
                 r"|(?:je|et)\s+(?:souhaiterais|voudrais|aimerais)\s+|j'aimerais\s+"
                 rf"|(?:solliciter|vous\s+demander|vous\s+[ée]cris|vous\s+contacte)\s+(?:afin{_OF}|pour\s+)")
# A request to do something, left once the wrapper of telling is off (« auriez-vous l'amabilité de bien vouloir
# signer la convention ? »): asked of a colleague, not of the bot.
_DOING = re.compile(r"\b(?:pourriez|pouvez|pourrais|peux|auriez)[- ](?:vous|tu)\b", re.IGNORECASE)
_TELL = (r"(?:rappeler|indiquer|communiquer|transmettre|confirmer|dire|pr[ée]ciser|donner|faire\s+parvenir|"
         r"faire\s+savoir|renvoyer|envoyer|redonner|signaler|conna[iî]tre|savoir|avoir|obtenir|recevoir|"
         # « je souhaiterais relire la décision numéro 10 », « consulter le PV »: reading it asks for it (set 39b).
         r"relire|lire|consulter)")
# What the members hold, asked of them once the wrapper is off (« vos fiches actions », « votre présence »).
_YOURS = re.compile(r"(?:vos|votre)\b", re.IGNORECASE)
# Up to two object pronouns between (« me le rappeler », « nous la communiquer »).
_OBJECTS = r"(?:(?:me|m'|nous|vous|le|la|les|l'|en)\s*){0,2}"
_WRAPPER = re.compile(
    r"(?:^|(?<=[\s,:]))je\s+me\s+permets\s+de\s+vous\s+demander\s+(?=(?:ce\s+qu|qui|quand|o[uù]|si|quel|comment|combien))"
    rf"|(?:^|(?<=[\s,:]))(?:{_MODAL})(?:bien\s+vouloir\s+)?\s*{_OBJECTS}{_TELL}\b\s*(?:à\s+nouveau\s+)?"
    r"|(?:^|(?<=[\s,:]))(?:auriez|avez)[- ]vous\s+(?:l'information|l'info|la\s+r[ée]ponse|cette\s+information)",
    re.IGNORECASE)
# A wrapper opening the message or a clause (« Suite à notre échange, pourriez-vous me rappeler … »).
_CLAUSE_WRAPPER = re.compile(rf"(?:^\s*|[,:;]\s+)(?:{_MODAL})(?:bien\s+vouloir\s+)?\s*{_OBJECTS}{_TELL}\b", re.IGNORECASE)
# « j'aurais besoin de sa date exacte », « j'ai besoin du PV »: a need of a thing (no verb of telling after it) asks
# for it as the wrapper does (set 39b).
_NEED = re.compile(r"(?:^|(?<=[\s,:]))j['’](?:aurais|ai)\s+besoin\s+(?:de\s+|d['’]|(?=du\b|des\b))"
                   r"(?=(?:la|le|les|sa|son|ses|leur|leurs|l['’]|du|des)\b)", re.IGNORECASE)
# What is left of the verb's object that asks a yes-or-no: « si … » (« savoir si on se voyait jeudi »).
_IF = re.compile(r"^si\s+", re.IGNORECASE)

_QUESTION_WORDS = frozenset({"qui", "quand", "ou", "quoi", "quel", "quelle", "quels", "quelles", "comment",
                             "combien", "pourquoi", "est", "ce", "qu", "que"})

# Words pointing at what the sentence before named (« me le rappeler », « sa fonction », « l'information »), when
# the request is that short.
_POINTING = frozenset({"le", "la", "l", "les", "son", "sa", "ses", "leur", "information", "contact", "nom", "en",
                       "cela", "ca", "date", "y"})
# Words of a request pointing back whatever its length (« ce qui y a été décidé », « sa fonction »).
_POINTING_BACK = frozenset({"y", "son", "sa", "ses", "leur", "leurs", "lui", "celle", "celui", "il", "elle"})

# Someone asking the writer, before the thing asked: « un élu m'interroge sur … », « les communes me demandent … ».
_ASKED_ME = re.compile(r"^(?:un|une|des|le|la|les|l'|mon|ma|mes|nos|notre|plusieurs|certains|certaines)\s*[\w' -]{0,40}?"
                       r"\s+(?:m'|nous\s+)(?:interroge(?:nt)?|questionne(?:nt)?|sollicite(?:nt)?|a\s+interrog[ée]e?"
                       r"|ont\s+interrog[ée]e?s?)\s+(?:sur|au\s+sujet\s+d(?:e\s+|u\s+|es\s+|')|concernant"
                       r"|à\s+propos\s+d(?:e\s+|u\s+|es\s+|'))", re.IGNORECASE)

# A demonstrative pointing at what a quoted line named: « cette séance », « ce point ».
_THIS = re.compile(r"\b(?:cette|cet|ces|ce)\s+(?!qu|qui\b|que\b|dont\b)\w+", re.IGNORECASE)

# A yes-or-no question on a thing's state: « l'ordre du jour est-il arrêté », « le PV est-il disponible ».
_IS_IT = re.compile(r"^(.+?)\s+(?:est|sont)[- ]t?-?(?:il|elle|ils|elles)\s+\w+$", re.IGNORECASE)

# A day named: « du 17 décembre », « de jeudi », « le 10 ».
_DAY = re.compile(r"\b(?:\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
                  r"novembre|d[ée]cembre)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(?:du|le)\s+\d{1,2})\b",
                  re.IGNORECASE)

# A sitting named with its day: « la séance du 17 décembre », « la plénière de jeudi ».
_NAMED_SITTING = re.compile(r"\b(?:la|le)\s+(?:s[ée]ance|r[ée]union|pl[ée]ni[èe]re|comit[ée]|bureau|commission)"
                            r"(?:\s+\w+)?\s+(?:du|de|d')\s*" + _DAY.pattern, re.IGNORECASE)
# A sitting named in a context clause, by its day, its month or its order (« la dernière réunion »).
_SITTING = re.compile(r"\b(?:s[ée]ance|r[ée]union|pl[ée]ni[èe]re|comit[ée]|bureau|rencontre|assembl[ée]e)s?\b",
                      re.IGNORECASE)
# A letter's opening context: « Suite à notre dernière séance, », « À la suite de la réunion du 12, ».
_FOLLOWING = re.compile(r"^(?:suite\s+[àa]|[àa]\s+la\s+suite\s+d|comme\s+convenu\s+lors\s+d)", re.IGNORECASE)
# A purpose opening the head: « afin de préparer … », « pour préparer … », « en vue de … ».
# « je prépare la séance de la commission et souhaiterais savoir … »: the writer's own work, said as the reason.
_PURPOSE = re.compile(r"^(?:afin\s+d|pour\s+|en\s+vue\s+d|dans\s+la\s+perspective\s+d"
                      r"|(?:je\s+(?:suis\s+en\s+train\s+de\s+)?pr[ée]pare[r]?|nous\s+pr[ée]parons)\b)", re.IGNORECASE)
# A fragment opened by a preposition or a conjunction, completing the question before it (« après la plénière du
# 16 », « ou à Orbe », « pour le forum »).
_FRAGMENT = re.compile(r"^(?:apr[èe]s|avant|pour|à|a|au|aux|du|des|en|dans|sur|chez|depuis|vers|entre|et|ou|sinon|"
                       r"plut[ôo]t|sauf|hors|par|avec|sans|concernant|côté|cote|celle|celui|celles|ceux)\b", re.IGNORECASE)
# A purpose closing the request, to its end: « afin d'organiser mon déplacement », « en vue de préparer le forum ».
_WHY = re.compile(r"\s*,?\s*(?:afin\s+d(?:e\s+|')|en\s+vue\s+d(?:e\s+|')|dans\s+le\s+but\s+d(?:e\s+|'))[^?]*",
                  re.IGNORECASE)
# « une date précise : laquelle ? », « un lieu : lequel ? »: the noun asked, as « quelle date ? ».
_WHICH_ONE = re.compile(r"\bun(e)?\s+(\w+)(?:\s+(?:pr[ée]cise?|particuli[èe]re?|donn[ée]e?|fixe))?\s*:\s*(?:laquelle|lequel)\b",
                        re.IGNORECASE)

# A polite request without a question mark still asks.
_ASKING = re.compile(rf"(?:^|\s)(?:{_ASKING_MODAL})(?:bien\s+vouloir\s+)?\s*{_OBJECTS}{_TELL}\b"
                     r"|vous\s+relancer\s+(?:au\s+sujet|concernant|à\s+propos)"
                     r"|je\s+me\s+permets\s+de\s+vous\s+demander\s+(?:ce\s+qu|qui|quand|o[uù]|si|quel|comment|combien)",
                     re.IGNORECASE)

# A colleague spoken to: « @Mireille … », « Karim, tu peux … », « Bonjour Gérard, pourriez-vous … ».
_AT_NAME = re.compile(r"^\s*@[\w.-]+")
_NAME_HEAD = re.compile(
    # « Maître Roux, … », « Docteur Lambert, … », « Commandant Kerbrat, … »: the titles a lawyer, a doctor or an
    # officer is addressed by, as « Madame ».
    r"^\s*(?:(?i:bonjour|bonsoir|salut|coucou|hello|merci)\s+)?"
    r"(?:(?i:madame|monsieur|mme|m|ma[iî]tre|docteure?|dre?|professeure?|commandant|capitaine|colonel|lieutenant)\.?\s+)?"
    # A first name typed in lower case opens the message as well (« sophie, peux-tu me rappeler ? »).
    r"([A-Za-zÀ-ÿ][\w'-]+)\s*[,!]", re.UNICODE)
_NOT_NAMES = frozenset({"bonjour", "bonsoir", "salut", "coucou", "hello", "merci", "madame", "monsieur", "mesdames",
                        "messieurs", "re", "oui", "non", "ok", "bon", "alors", "bref", "donc", "enfin", "sinon",
                        "question", "petite", "chers", "cher", "chere", "cheres", "collegues", "rappel", "info",
                        "objet", "urgent", "important", "bravo", "super", "parfait", "excellent", "desole",
                        "desolee", "pardon", "attention", "voila", "tiens", "dites", "dis", "justement"})


def spoken_to_colleague(text: str) -> bool:
    """« @Mireille pourrais-tu m'envoyer le tableau ? »: a message opened by someone's handle is for them (the
    bot's own mention is taken off before understanding)."""
    return bool(_AT_NAME.match(text))


def _to_someone(text: str) -> bool:
    """The message opens on a person's name, then a comma (« Karim, tu peux me rappeler ? », « Bonjour Gérard,
    pourriez-vous … »): spoken to them, the letter's reading is not attempted."""
    if spoken_to_colleague(text):
        return True
    head = _NAME_HEAD.match(text)
    return head is not None and not {fold(head.group(1)), fold(head.group(1)).replace("-", "")} & (
        _NOT_NAMES | {"rebonjour", "rebonsoir", "resalut"})


def _words(sentence: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", fold(sentence)) if w]


def _only(sentence: str, vocabulary: frozenset[str], name_tail: bool) -> bool:
    """Every word of `sentence` is in `vocabulary` (a signature's name may close it when `name_tail`)."""
    raw = [w for w in re.split(r"[^\w'-]+", sentence) if w]
    words = _words(sentence)
    if not words:
        return True
    known = 0
    while known < len(words) and words[known] in vocabulary:
        known += 1
    if known == len(words):
        return True
    if not name_tail or known == 0:
        return False
    rest = raw[-(len(words) - known):] if len(raw) >= len(words) - known else raw
    return len(rest) <= 3 and all(w[:1].isupper() for w in rest)


def _is_greeting(sentence: str) -> bool:
    return _only(sentence, _GREETING_WORDS, name_tail=False)


def _is_closing(sentence: str) -> bool:
    words = _words(sentence)
    if words and words[0] in ("merci", "bien", "cordialement", "respectueusement", "veuillez", "je", "avec", "par",
                              "bonne", "belle", "dans", "en", "au", "amicalement", "excellente", "encore", "vivement"):
        return _only(sentence, _CLOSING_WORDS, name_tail=True)
    # A lone signature: « Aurélie », « Laurent Chevalier »
    raw = [w for w in re.split(r"[^\w'-]+", sentence) if w]
    return 1 <= len(raw) <= 3 and all(w[:1].isupper() for w in raw) and not sentence.rstrip().endswith("?")


def _sentences(text: str) -> list[str]:
    text = _FORWARD_MARK.sub("\n", text)
    if _FORWARD_MARK.search(text) is None and re.search(r"\b(?:de|objet)\s*:", text, re.IGNORECASE):
        text = _HEADER_FIELD.sub("\n", text)
    out: list[str] = []
    text = _NOT_AN_END.sub(lambda m: m.group(0).replace(".", "\u2024"), text)  # kept, restored below
    for line in text.split("\n"):
        if line.lstrip().startswith(">"):
            out.append(QUOTED + line.lstrip(" >"))  # a quoted line: no request, but what a request may point at
            continue
        for match in _SENTENCE.finditer(line):
            sentence = match.group(0)
            # « Bonjour, > Le programme … 17 décembre. Du coup, … ? »: a quote inside a line, to its sentence's end.
            if ">" in sentence:
                before, quoted = sentence.split(">", 1)
                if before.strip():
                    out.append(before.strip())
                out.append(QUOTED + quoted.strip())
                continue
            if sentence.strip():
                out.append(sentence.strip())
    return [sentence.replace("\u2024", ".") for sentence in out]


def _strip(sentence: str) -> str:
    """The request of one sentence, its greeting, lead-in and polite wrapper taken off."""
    sentence = re.sub(r"(?:^|\s)[-•*]\s+", " ", sentence).strip()  # « - date ? - lieu ? »: a list's marks
    previous = None
    while previous != sentence:
        previous = sentence
        sentence = _GREETING_HEAD.sub("", sentence).strip()
        sentence = _LEAD_IN.sub("", sentence).strip()
    sentence = re.sub(r"^(?:mais|et|alors|donc)\s+", "", sentence, flags=re.IGNORECASE)
    sentence = _ASKED_ME.sub("", sentence).strip()
    # « … aura-t-elle lieu à l'Hôtel du Département comme d'habitude ? »: the habit says nothing of the question.
    sentence = re.sub(r",?\s*comme\s+(?:d'habitude|d'hab|habituellement|à\s+l'accoutum[ée]e)\b", "", sentence,
                      flags=re.IGNORECASE)
    # « suite à notre échange, pourriez-vous me rappeler la date … »: what comes before the wrapper is context.
    wrapper = _WRAPPER.search(sentence) or _NEED.search(sentence)
    if wrapper is not None and not sentence[wrapper.end():].strip(" ?.!"):
        # « je n'ai pas reçu le compte rendu du 24 novembre, pourriez-vous me le renvoyer ? »: what is asked is
        # before the wrapper.
        sentence = sentence[:wrapper.start()].strip(" ,:")
    elif wrapper is not None:
        rest = sentence[wrapper.end():].strip()
        head = sentence[:wrapper.start()].strip(" ,:")
        # « n'ayant pu assister à la plénière du 19, pourriez-vous me dire ce qui y a été décidé ? »: the head
        # names what the request points back at.
        # So does a day the head names when the rest names none (« afin de préparer la séance du 17 décembre,
        # serait-il possible de connaître les points inscrits à l'ordre du jour ? »).
        named = _NAMED_SITTING.search(head) if head else None
        if named is not None and re.search(r"\by\s+", rest):
            # « n'ayant pu assister à la plénière du 19 novembre, pourriez-vous me dire ce qui y a été décidé ? »:
            # « y » is that sitting.
            sentence = re.sub(r"\by\s+", "", rest, count=1).rstrip(" ?.") + " à " + named.group(0) + " ?"
        elif head and set(_words(rest)) & _POINTING_BACK:
            sentence = head + ", " + rest
        elif head and _PURPOSE.match(head):
            # « afin de préparer la séance du 17 décembre, serait-il possible de connaître les points inscrits à
            # l'ordre du jour ? »: the sitting the purpose names, to the rest's end (the purpose itself is dropped
            # as asking nothing, envelope.py).
            named_alone = named is not None and not _DAY.search(rest)
            sentence = rest.rstrip(" ?.") + " de " + named.group(0) + " ?" if named_alone else rest
        elif head and _FOLLOWING.match(head) and (_SITTING.search(rest) or _DAY.search(rest)):
            # « Suite à notre dernière séance, je souhaiterais savoir où se tiendra la prochaine réunion »: the
            # letter's opening context; the request names its own sitting (set 39b).
            sentence = rest
        elif head and (_SITTING.search(head) or _DAY.search(head)):
            # « Ayant manqué la dernière réunion, je souhaiterais savoir ce qui a été décidé »: the meeting the
            # context names stays (clauses.py reads it).
            sentence = head + ", " + rest
        else:
            sentence = rest
    else:
        # « suite à notre échange, qui finance … ? », « pour un projet d'atelier, qui représente … ? »: a context
        # clause before a question word (one naming a meeting or a day stays: « pour la réunion de jeudi, qui vient ? »).
        head, comma, tail = sentence.partition(", ")
        tail_words = _words(tail)
        if comma and len(tail_words) >= 3 and tail_words[0] in _QUESTION_WORDS and not (
                set(_words(head)) & _QUESTION_WORDS) and not set(tail_words) & _POINTING_BACK and not (
                _SITTING.search(head) or _DAY.search(head)):
            sentence = tail
    sentence = _IF.sub("", sentence).strip()
    # « l'heure de la prochaine réunion afin d'organiser mon déplacement depuis Nanterre »: why, not what (once the
    # wrapper is off, envelope.py no longer sees the asking verb before it).
    purpose = _WHY.search(sentence)
    if purpose is not None and purpose.start() > 0 and not re.search(r"\b(?:savoir|conna[iî]tre)\b", purpose.group(0)):
        sentence = sentence[:purpose.start()].rstrip(" ,")
    sentence = _WHICH_ONE.sub(lambda m: ("quelle " if m.group(1) else "quel ") + m.group(2), sentence)
    # « je dois réserver mon train : à quelle heure commence la plénière ? »: the context before a colon, when
    # what follows asks in words of its own (« … une date précise : laquelle ? » keeps its head).
    head, colon, tail = sentence.rpartition(":")
    if colon and len(_words(tail)) >= 3 and set(_words(tail)) & _QUESTION_WORDS:
        sentence = _WRAPPER.sub("", tail.strip()).strip()
    return sentence


def asks_members(text: str) -> bool:
    """Every request of a message written as a letter asks the members to do or give something (« Bonjour,
    pourriez-vous m'envoyer vos fiches actions avant le 15 ? Merci », « merci de me confirmer votre présence »):
    none is for the bot, whatever its words would match."""
    if _to_someone(text):
        return False  # spoken_to_colleague and the vocative readings say so elsewhere
    sentences = _sentences(text)
    asking = [s for s in sentences if not s.startswith(QUOTED) and (s.rstrip().endswith("?") or _ASKING.search(s))
              and not _is_closing(s) and not _is_greeting(s)]
    if not asking:
        return False
    cores = [_strip(s).rstrip(" ?") for s in asking]
    # (« pourriez-vous me présenter Mme Kolly ? » asks the bot: a verb of doing alone does not say so.)
    return all(_YOURS.match(core) for core in cores)


def letter_parts(text: str) -> list[str]:
    """The requests of a message written as a letter (its asking sentences, stripped), none when the message is
    no letter, asks nothing, or is spoken to a colleague."""
    if _to_someone(text):
        return []
    sentences = _sentences(text)
    if len(sentences) < 2 and not _GREETING_HEAD.match(text.strip()) and not _CLAUSE_WRAPPER.search(text):
        return []  # one sentence, no greeting, no wrapper opening a clause: no letter
    asking = [i for i, s in enumerate(sentences) if not s.startswith(QUOTED) and (
        s.rstrip().endswith("?") or _ASKING.search(s)) and not _is_closing(s) and not _is_greeting(s)]
    if asking and any(not _is_closing(s) and not _is_greeting(s) and _FRAGMENT.match(s)
                      for s in sentences[asking[-1] + 1:]):
        # « et celle d'après, c'est où ? après la plénière du 16 »: a fragment after the question completes it
        # (thanks, a signature or a sentence of its own, « Il me semble que … », close a letter).
        return []
    parts: list[str] = []
    for i in asking:
        core = _strip(sentences[i]).rstrip(" ?")
        if _DOING.search(core) or _YOURS.match(core):
            # « pourriez-vous nous faire un retour … ? », « pourriez-vous m'envoyer vos fiches actions ? », « merci
            # de me confirmer votre présence »: something to do or to give, asked of the members
            continue
        previous = next((j for j in range(i - 1, -1, -1) if not _is_greeting(sentences[j].lstrip(QUOTED))), None)
        quoted = previous is not None and sentences[previous].startswith(QUOTED)
        short = not core or len(_words(core)) <= 5 and set(_words(core)) & _POINTING
        this = _THIS.search(core)
        named = _NAMED_SITTING.search(sentences[previous]) if quoted and this and previous is not None else None
        if named is not None and this is not None:
            # « > … à la séance plénière du 17 décembre. Du coup, cette séance commence à quelle heure ? »: the
            # sitting the quoted line names.
            core = core[:this.start()] + named.group(0) + core[this.end():]
        elif previous is not None and (short or quoted and this):
            # « un élu m'interroge sur le montant du concours. Pourriez-vous me le rappeler ? », « > … à la séance
            # plénière du 17 décembre. Du coup, cette séance commence à quelle heure ? »: the thing pointed at is in
            # the sentence before (quoted or not).
            before = _strip(sentences[previous].lstrip(QUOTED)).rstrip(" .;!?")
            if any(part.rstrip(" ?") == before for part in parts):
                # « L'ordre du jour est-il arrêté ? Merci de me le communiquer. »: asked already, and what is to be
                # sent is the thing itself, not whether it is settled.
                if not core and (thing := _IS_IT.match(before)) is not None:
                    parts = [thing.group(1) + " ?" if part.rstrip(" ?") == before else part for part in parts]
                before = ""
            if before and not _is_closing(before):
                core = before + ", " + core if core else before
        if not core:
            continue
        core = core.rstrip(" .;!")
        parts.append(core if core.endswith("?") else core + " ?")
    return parts if " ".join(parts) != text.strip() else []


def letter_core(text: str) -> str | None:
    """The request of a message written as a letter, its asking sentences joined (`letter_parts`), or None."""
    parts = letter_parts(text)
    return " ".join(parts) if parts else None
