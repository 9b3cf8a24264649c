"""A question passed on for someone else, put as the question it asks.

Members relay what others ask them: « ma collègue demande quand est la
prochaine réunion », « on me demande qui représente la chambre
d'agriculture », « le maire voudrait savoir ce qu'on a décidé pour la
cantine », « une élue m'a demandé quand avait eu lieu l'atelier », « je
transmets la question de Karim : … », « savez-vous si le comité est
maintenu ? ». The frame (who asks, the verb of asking) says nothing of what
is asked, and its words (« demande », « maire », « élue », « collègue ») drew
the readings to a role or to the asker's own tasks; the indirect question's
grammar (« si », « ce que », the subject after the verb) hid the question.
This module rewrites such a message, before it is understood, as the direct
question it carries (indirect.py gives the direct form).

When the one who asks is a member named (« Corinne demande ce qu'elle a à
faire », « Karima me demande quelles sont ses tâches », « Gérard demande
s'il est bien noté présent », « mon binôme Gérard … ») or a definite noun
phrase that fits one member's card (« la directrice de l'exploitation du lycée
demande ce qu'elle doit faire »), the question is about them: their pronoun (« il »,
« elle », « ses », « son ») is put back as the name, so that their own tasks
or marks are answered, never the asker's. A context said first about them
(« Didier n'était pas là, il demande … », « pour Émilie : … ») is read the
same way. After a verb of asking in the past (« m'a demandé qui était … »),
the tenses of reported speech go back to the present (« qui est … »); such
a relay in the past without a question mark (« Karim m'a demandé qui
s'occupait des clés ») tells a story to the group and is left as it is
(set 21g).

Only a relay at the start of the message is read (after a greeting), the one
who asks being « on », a pronoun, a name or a noun phrase, the verb addressed
to the asker (« me / m' / nous ») or to nobody — never to a member spoken to
(« Mathieu, le cuisinier te demande si … ») —, and only when what follows is
an indirect question (a question word, « si », « ce que / ce qui ») or, after
« demande / voudrait », a definite thing (« il voudrait le compte rendu »).
« le maire demande qu'on soit à l'heure », « Patrice m'a demandé de vous
dire … », « Karima m'a dit qu'elle serait en retard » and « elle demande si
tu peux la rappeler » ask nothing of the bot and keep their words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from handlers.understanding.indirect import as_direct

__all__ = ["relayed_question"]

# A member as the relay reads it: name, organisation, role.
Member = tuple[str, str, str]

_GREETING = r"(?:(?:bonjour|bonsoir|salut|coucou|hello|greffier)\b[\s,:!.]*)*"

# A forwarded message: « Message transféré : « … » », « TR : … », « Fwd: … », « message de la mairie : … ».
_FORWARDED = re.compile(r"^\s*(?:message\s+transf[ée]r[ée]|tr|fwd?)(?:\s+(?:de|du|des)\s+[^:«]{1,60})?"
                        r"\s*:\s*(.*)$", re.I | re.S)
# « je transmets la question de Karim : … », « question de la mairie : … », « de la part de Luc : … ».
_PASSED = re.compile(r"^\s*(?:je\s+(?:vous\s+)?(?:transmets|relaie|relaye|fais\s+suivre)\s+(?:la|une|sa|leur)\s+"
                     r"questions?|(?:une\s+)?question|de\s+la\s+part)\s+(?:de|du|des|d')\s*(?P<who>[^:]{1,60}?)\s*:\s*"
                     r"(?P<rest>.*)$", re.I | re.S)
# « pour info, », « pour mon stagiaire : », « pour Émilie : », « pour Yvette qui n'a pas reçu l'invitation : ».
_FOR = re.compile(r"^\s*pour\s+(?:info|information|m[ée]moire)\s*[,:]\s*", re.I)
_FOR_SOMEONE = re.compile(r"^\s*pour\s+(?P<who>[A-ZÀÂÉÈÊÎÔÛÇ][\w'’-]*(?:\s+[A-ZÀÂÉÈÊÎÔÛÇ][\w'’-]*)?)"
                          r"(?:\s+qui\s+[^:,]{1,80})?\s*:\s*(?P<rest>.*)$", re.S)
# « Didier n'était pas là (en novembre), », « Corinne était absente, »: a context on the one who asks next.
_AWAY = re.compile(r"^\s*(?P<who>[A-ZÀÂÉÈÊÎÔÛÇ][\w'’-]*(?:\s+[A-ZÀÂÉÈÊÎÔÛÇ][\w'’-]*)?)\s+"
                   r"(?:n['’]\s*[ée]tait\s+pas\s+l[àa]|[ée]tait\s+(?:absente?|excus[ée]e?)|n['’]\s*a\s+pas\s+pu\s+venir)"
                   r"[^,.;:]{0,40}[,.;:]\s*(?P<rest>.*)$",
                   re.S)

# The one who asks: « on », a pronoun, a name (capitalised words, « mon binôme Gérard »), or a noun phrase of a few
# words opening on an article or a possessive (« ma collègue de l'épicerie », « le cuisinier de l'école »,
# « quelqu'un de la mairie »).
_NAME = r"(?-i:[A-ZÀÂÉÈÊÎÔÛÇ][\w'’-]*(?:\s+[A-ZÀÂÉÈÊÎÔÛÇ][\w'’-]*)?)"
_PHRASE = (r"(?:(?:ma|mon|mes|notre|nos|le|la|les|l['’]|une?|des|quelqu['’]un|certain(?:e)?s|plusieurs)\s*"
           r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+)")
_WHO = rf"(?P<who>on|il|elle|ils|elles|{_PHRASE}|{_NAME})"
# The verb of asking, to the asker or to nobody.
_TO_ME = r"(?:(?:me|nous)\s+|m['’]\s*)?"
_VERB = (rf"(?P<verb>{_TO_ME}(?:demande|demandent|demandait|demandaient|(?:a|ont)\s+demand[ée]|"
         r"avait\s+demand[ée]|pose\s+la\s+question|a\s+pos[ée]\s+la\s+question)"
         r"|(?:voudrai(?:en)?t|veu(?:len)?t|aimerai(?:en)?t|souhaite(?:nt)?|souhaiterai(?:en)?t|cherchent?\s+[àa])"
         r"\s+(?:savoir|conna[iî]tre)"
         r"|(?P<want>voudrai(?:en)?t|aimerai(?:en)?t|souhaiterai(?:en)?t))\b\s*[:,]?\s*")
_RELAYED = re.compile(rf"^\s*(?P<greet>{_GREETING}){_WHO}\s+{_VERB}(?P<rest>.*)$", re.I | re.S)

# « savez-vous si … », « vous savez quand … ? », « sais-tu qui … », « tu sais où … » (to the bot or the group).
_KNOW = re.compile(rf"^\s*(?P<greet>{_GREETING})(?:savez[\s-]*vous|sais[\s-]*tu|vous\s+savez|tu\s+sais|"
                   r"est-ce\s+que\s+(?:vous\s+savez|tu\s+sais))\s+(?P<rest>(?:si|s['’]il|quand|qui|o[uù]|combien|"
                   r"comment|quel|quelle|quels|quelles|ce\s+qu)\b.*)$", re.I | re.S)
# « est-ce que tu peux dire à Gérard où … », « tu peux dire à Luc quand … », « peux-tu dire à Luc ce que … ».
_TELL = re.compile(rf"^\s*(?P<greet>{_GREETING})(?:est-ce\s+que\s+)?(?:tu\s+peux|peux[\s-]*tu|tu\s+pourrais|"
                   r"pourrais[\s-]*tu|vous\s+pouvez|pouvez[\s-]*vous|pourriez[\s-]*vous)\s+(?:dire|indiquer|rappeler)\s+"
                   rf"[àa]\s+(?P<who>{_NAME})\s+(?P<rest>.*)$", re.S)

# A tag after the relayed question, put to the group: « …, vous pouvez me redire ? », « …, quelqu'un a l'info ? ».
_TAG = re.compile(r"\s*[,?]\s*(?:(?:vous\s+(?:pouvez|pourriez)|tu\s+(?:peux|pourrais))\s+me\s+(?:le\s+)?"
                  r"(?:redire|dire|rappeler)|vous\s+savez|tu\s+sais|quelqu['’]un\s+(?:a|aurait)\s+l['’]info|"
                  r"vous\s+avez\s+l['’]info|tu\s+l['’]as|tu\s+les\s+as|vous\s+l['’]avez|vous\s+les\s+avez|"
                  r"c['’]est\s+pour\s+(?:une?|mon|ma)\s+[\w'’ -]{1,40})\s*[?.!]*\s*$", re.I)

# Reported speech in the past puts the question's auxiliaries in the imperfect: « m'a demandé qui était … ».
_PAST_VERB = re.compile(r"(?:a|ont|avait)\s+demand|demandai", re.I)
_PRESENT = {"était": "est", "etait": "est", "étaient": "sont", "etaient": "sont", "avait": "a", "avaient": "ont",
            "serait": "sera", "seraient": "seront", "aurait": "aura", "auraient": "auront"}
_IMPERFECT = re.compile(r"\b(était|etait|étaient|etaient|avait|avaient|serait|seraient|aurait|auraient)\b", re.I)

# A direct question after the relay (« … me demande c'est quand le prochain comité ? »): « c'est » and a question word.
_ASKED_DIRECTLY = re.compile(r"(?:c['’]est|ce\s+sera|c['’][ée]tait)\s+(?:qui|quand|o[uù]|quoi|quel|quelle|quels|"
                            r"quelles|combien|comment)\b", re.I)
# What the rest must be: an indirect question, or after a wish a definite thing.
_DEFINITE = re.compile(r"(?:le|la|les|l['’])(?=\s|[a-zàâéèêîôûç])", re.I)
# The pronouns of the one who asks, in the question they ask: the subject (« il », « elle », elided after « qu' » or
# « s' »), never the impersonal « il » (« il faut », « il y a », « il reste »), and the possessive.
_SUBJECT = re.compile(r"(?:(?<![\w'’])(?P<elided>s|qu|ce\s+qu)['’]\s*|(?<![\w'’]))(?:il|elle)"
                      r"(?!\s+(?:faut|fallait|faudra|faudrait|y|s['’]agit|reste|restait|manque|para[iî]t|vaut|suffit)\b)"
                      r"(?=\s)", re.I)
_OWN = re.compile(r"(?<![\w'’])(ses|son|sa)\s+([\w'’-]+)", re.I)
_THEIR_SHARE = re.compile(r"(?:(?<![\w'’])(?P<elided>qu)['’]\s*|(?<![\w'’]))(?:il|elle)\s+lui\s+reste", re.I)
_VOWEL = re.compile(r"[aeiouyhàâéèêîôû]", re.I)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if unicodedata.category(c) != "Mn")


def _member(who: str, names: Sequence[str]) -> str | None:
    """The member `who` names (a full name, or a first name only one member bears, after « mon binôme »), or None."""
    words = who.split()
    for start in range(len(words)):
        said = _fold(" ".join(words[start:]))
        if not said or not words[start][:1].isupper():
            continue
        whole = [n for n in names if _fold(n) == said]
        first = [n for n in names if _fold(n.split()[0]) == said]
        if whole or len(first) == 1:
            return (whole or first)[0] if len(said.split()) > 1 or len(first) == 1 else None
    return None


def _as_theirs(rest: str, who: str) -> str:
    """`rest` with the pronouns of `who` (the one asking) put back as `who`: « ce qu'elle a à faire » -> « ce que
    Corinne a à faire », « ses tâches » -> « les tâches de Karima », « s'il est noté » -> « si Gérard est noté »."""
    def named(m: re.Match[str]) -> str:
        elided = m.group("elided")
        return f"{elided}e {who}" if elided and elided.casefold() != "s" else (f"si {who}" if elided else who)

    shared = _THEIR_SHARE.sub(lambda m: f"{named(m)} a", rest, count=1)
    if shared != rest:
        return shared
    rest = _SUBJECT.sub(named, rest, count=1)

    def theirs(m: re.Match[str]) -> str:
        noun = m.group(2)
        article = "l'" if _VOWEL.match(noun) else {"ses": "les ", "son": "le ", "sa": "la "}[m.group(1).casefold()]
        return f"{article}{noun} de {who}"

    return _OWN.sub(theirs, rest, count=1)


def _direct(rest: str, verb: str, want: bool, who: str | None, asked_mark: bool = False) -> str | None:
    """The direct question `rest` asks (None if it asks none), with `who`'s pronouns named, in the present."""
    rest = _TAG.sub("", rest.strip()).strip()
    if re.search(r"[.?!]\s+\S", rest) or re.match(r"quoi\b", rest, re.I):
        # « … m'ont demandé s'il existait un lieu d'accueil. Qu'avait décidé la plateforme ? »: the question is the
        # next sentence; « on m'a demandé quoi pour les jeunes ? » asks what was asked, « quoi » opening no
        # indirect question.
        return None
    if who is not None:
        rest = _as_theirs(rest, who)
    if _PAST_VERB.search(verb):
        rest = _IMPERFECT.sub(lambda m: _PRESENT[m.group(1).casefold()], rest)
    asked = None if want else as_direct(rest)
    if asked is None and _DEFINITE.match(rest) and (want or re.search(r"demand|savoir|conna", verb, re.I)):
        asked = rest  # « il voudrait le compte rendu de la dernière réunion », « elle veut savoir la date de … »
    if asked is None and asked_mark and "demand" in verb.casefold() and _ASKED_DIRECTLY.match(rest):
        asked = rest  # « le maire me demande c'est quand le prochain comité, vous pouvez me redire ? »: asked directly
    if asked is None or len(asked.split()) < 2:
        return None
    asked = re.sub(r"\best-ce\s+que\s+(?=[aeiouyhàâéèêîôû])", "est-ce qu'", asked, flags=re.I)
    return f"{asked.rstrip(' .!?')} ?"


# The last word of the one who asks cannot be an object pronoun: « ma collègue se demande si … » wonders aloud,
# « le cuisinier te demande si … » asks a member; nor a determiner or a preposition: « la navette à la demande »,
# « le délai pour la demande » hold the noun « demande ». A verb inside is no one who asks: « une famille veut faire
# une demande d'APA ».
_NOT_ASKER = re.compile(r"(?:\s|^)(?:se|s|te|t|vous|lui|leur|la|le|les|l|une?|des|de|du|d|à|a|au|aux|sa|son|ses|ma|mon|"
                        r"mes|ta|ton|tes|notre|votre|nos|vos|leurs|cette|ce|cet|pour|sur|en|par|sans|avec)['’]?$"
                        r"|\s(?:a|ai|as|ont|est|sont|veut|veulent|voudrait|peut|peuvent|doit|doivent|fait|faire|va|vont|"
                        r"[ée]tait|avait|faut|ferait|voulait)\s", re.I)


_STOP = frozenset({"le", "la", "les", "de", "du", "des", "d", "l", "a", "au", "aux", "en", "et", "pour", "sur", "chez"})


def _described(who: str, members: Sequence[Member]) -> str | None:
    """The one member a definite description fits: each of its words in the member's role or organisation
    (« la directrice de l'exploitation du lycée » for the « Directrice de l'exploitation agricole du lycée »), or
    None (« le cuisinier de l'école » when the cook's role says « cantine scolaire »)."""
    said = [w for w in re.findall(r"\w+", _fold(who)) if w not in _STOP]
    if not said:
        return None
    fitting = [name for name, organisation, role in members
               if all(any(w[:5] == card[:5] for card in re.findall(r"\w+", _fold(f"{role} {organisation}")))
                      for w in said)]
    return fitting[0] if len(fitting) == 1 else None


def _asker(who: str, members: Sequence[Member]) -> str | None:
    """The member asking, as the question may name them: a member named, or the one a definite description fits;
    None for « on », « ma collègue », « une élue », « le maire » when no member's card says so, a pronoun (whose
    member, if any, a context said)."""
    names = [name for name, _, _ in members]
    if (member := _member(who, names)) is not None:
        return member
    if re.match(r"(?:le|la|l['’])\s*\w", who, re.I):
        return _described(who, members)  # « la directrice de l'exploitation du lycée demande ce qu'elle doit faire »
    return None


def _relayed(plain: str, members: Sequence[Member], context: str | None) -> str | None:
    """The direct question of a relay at the start of `plain`, `context` the member a context said asks; or None."""
    names = [name for name, _, _ in members]
    if (told := _TELL.match(plain)) is not None:
        member = _member(told.group("who"), names)
        asked = _direct(told.group("rest"), "", False, member) if member is not None else None
        return f"{told.group('greet')}{asked}" if asked is not None else None
    if (known := _KNOW.match(plain)) is not None:
        asked = _direct(known.group("rest"), "", False, None)
        return f"{known.group('greet')}{asked}" if asked is not None else None
    relayed = _RELAYED.match(plain)
    if relayed is None or _NOT_ASKER.search(relayed.group("who")):
        return None
    who = relayed.group("who")
    if _PAST_VERB.search(relayed.group("verb")) and not plain.rstrip().endswith("?"):
        return None  # « Karim m'a demandé qui s'occupait des clés »: a story of what was asked, told to the group
    if re.fullmatch(r"il|elle|ils|elles", who, re.I):
        asker = context
    elif who.casefold() == "on":
        if not re.match(r"(?:me|nous|m['’])", relayed.group("verb"), re.I):
            return None  # « on demande combien à la Région ? »: what the group asks for, no question relayed
        asker = None
    else:
        asker = _asker(who, members)
    asked = _direct(relayed.group("rest"), relayed.group("verb"), bool(relayed.group("want")), asker,
                    plain.rstrip().endswith("?"))
    return f"{relayed.group('greet')}{asked}" if asked is not None else None


def relayed_question(text: str, members: Sequence[Member]) -> str:
    """`text` as the direct question it passes on (see the module's docstring), `members` the group's members
    (name, organisation, role); otherwise `text` unchanged."""
    names = [name for name, _, _ in members]
    plain = text.replace("’", "'").strip()
    if (forwarded := _FORWARDED.match(plain)) is not None:
        inner = forwarded.group(1).strip().strip("«»\"“” ").strip()
        asked = relayed_question(inner, members) if inner else inner
        return asked if asked != inner else text  # « TR : invitation aux assises … » forwards no question
    context: str | None = None
    passed = _PASSED.match(plain)
    away = _AWAY.match(plain)
    for_someone = _FOR_SOMEONE.match(plain)
    if passed is not None:
        # « je transmets la question de Karima : … »: her question, as she asked it.
        context = _member(passed.group("who"), names)
        rest = passed.group("rest").strip().strip("«»\"“” ").strip()
        asked = _relayed(rest, members, context)
        return asked or (_as_theirs(rest, context) if context is not None else rest)
    if (noted := _FOR.match(plain)) is not None:
        return _relayed(plain[noted.end():], members, None) or text
    if away is not None and (context := _member(away.group("who"), names)) is not None:
        # « Didier n'était pas là, il demande … »: the relay after the context, of Didier.
        return _relayed(away.group("rest"), members, context) or text
    if for_someone is not None and (context := _member(for_someone.group("who"), names)) is not None:
        # « pour Émilie : qu'est-ce qu'elle doit faire ? »: the question, of Émilie.
        rest = for_someone.group("rest")
        return _relayed(rest, members, context) or _as_theirs(rest, context)
    return _relayed(plain, members, None) or text
