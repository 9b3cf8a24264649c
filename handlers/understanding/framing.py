"""How a message is framed around what it asks: polite formulas to drop
(« pourriez-vous m'indiquer », « je vous saurais gré de »), thanks or news
that ask nothing, and a member spoken to by name (« Sophie, peux-tu … ? »)."""

from __future__ import annotations

from handlers.understanding.apology import apology
from handlers.understanding.chat_furniture import pleads
from handlers.understanding.entities import Entity
from handlers.understanding.forgotten import forgotten
from handlers.understanding.imperative_request import imperative_frame
from handlers.understanding.envelope import question_label
from handlers.understanding.leadins import asked_around, closing_thanks
from handlers.understanding.normalise import Word, fold, lexicon, words
from handlers.understanding.notices import is_notice
from handlers.understanding.opinions import is_comment, is_complaint

__all__ = ["QUESTION_WORDS", "closing", "is_statement", "is_vocative", "opens_asking", "polite"]

_PRONOUNS = frozenset({"vous", "tu", "me", "m", "nous", "je", "j", "il", "on", "t", "la", "le", "les", "l", "lui", "en"})
QUESTION_WORDS = frozenset({"qui", "quand", "ou", "quoi", "quel", "comment", "combien", "pourquoi"})
# The verb of « serait-il possible », « est-ce possible », « nous vous serions reconnaissants ».
_SUBJECT_VERBS = frozenset({"serait", "serais", "serions", "seriez", "est", "ce", "sera", "etait"})


def opens_asking(found: list[Word]) -> bool:
    """« est-ce que … », « est ce qu'on … » opening a message (after a greeting) asks, as a question
    word does; « c'est ce que je pensais » does not open with it."""
    start = next((i for i, w in enumerate(found) if w.folded not in lexicon().openers), len(found))
    return [w.folded for w in found[start:start + 3]][:2] == ["est", "ce"] and len(found) > start + 3


def polite(found: list[Word]) -> set[int]:
    """Indices of polite framing: "pourriez-vous m'indiquer", "je voudrais savoir"."""
    lex = lexicon()
    dropped: set[int] = set()
    modal = None
    # « je vous saurais gré de bien vouloir m'indiquer »: a chain of modals, all dropped.
    # « me faire parvenir », « me faire savoir », « pourriez-vous, s'il vous plaît, m'indiquer »
    between = _PRONOUNS | {"de", "d", "bien", "faire", "s", "plait"}
    for i, word in enumerate(found):
        if modal is not None and word.lemma in lex.polite_verbs:
            # « je me permets de vous demander »: « demander » ends the frame a modal opened.
            dropped.update(j for j in range(modal, i) if j == modal or found[j].folded in between
                           or found[j].lemma in lex.polite_modals)
            dropped.add(i)
            # « je me permets », « serait-il possible d'avoir »: the subject opening the frame too.
            j = modal - 1
            while j >= 0 and (found[j].folded in _PRONOUNS | _SUBJECT_VERBS) and j not in dropped:
                dropped.add(j)
                j -= 1
            modal = None
        elif word.lemma in lex.polite_modals:
            modal = i if modal is None else modal
        elif modal is not None and word.folded in QUESTION_WORDS | {"si"} and found[modal].lemma == "demander":
            # « je me demandais quand… », « je me demande si… »: the question follows.
            dropped.update(j for j in range(max(modal - 2, 0), i) if j == modal or found[j].folded in _PRONOUNS)
            modal = None
        elif modal is not None and word.folded not in between:
            modal = None
    if modal is not None and modal == len(found) - 1 and found[modal].lemma == "prier":
        # « Qui est Mme Wauthier, je vous prie ? »: a closing formula.
        dropped.update(j for j in range(modal - 2, modal + 1) if j >= 0 and (j == modal or found[j].folded in _PRONOUNS))
    # « quelqu'un sait c'est où jeudi ? », « on fait la réu où vous savez »: asked of whoever knows.
    # « … c est quand la prochaine reunion merci beaucoup » (dictated): closing thanks ask nothing.
    # « je ne sais plus ce qu'on a décidé … », « j'ai oublié la date … »: forgotten.py.
    # « sors-moi les échéances de décembre », « fais-moi la liste des absents »: imperative_request.py.
    framed = (dropped | asked_around(found) | closing_thanks(found) | forgotten(found) | question_label(found) | _wished(found)
              | imperative_frame(found))
    return framed | apology(found, framed)  # « excusez moi je voulais savoir … »: apology.py


# « je voudrais le compte rendu de mars », « j'aimerais la liste des membres »: a wish in the conditional,
# right before what is wished, asks for it as « pourriez-vous m'envoyer » does.
_WISHES = frozenset({"voudrais", "souhaiterais", "aimerais", "desirerais", "voudrions", "souhaiterions", "aimerions"})
_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une", "des", "du"})


def _wished(found: list[Word]) -> set[int]:
    for i, word in enumerate(found[:3]):
        if word.folded in _WISHES and i + 1 < len(found) and found[i + 1].folded in _ARTICLES:
            return set(range(i + 1))
    return set()


# A closing formula after the question: « … ? Merci d'avance. », « merci par avance, bonne journée »,
# « …, s'il vous plaît. »
# « … ? Je vous remercie par avance. »: the thanks in a sentence of their own (« je » opens them).
_CLOSING_OPENERS = frozenset({"merci", "cordialement", "bien", "s", "avec", "je"})
# « Avec mes remerciements », « avec mes meilleures salutations »: a letter's closing.
_CLOSING_WORDS = frozenset({"merci", "d", "avance", "par", "beaucoup", "bonne", "journee", "soiree", "a", "tous",
                            "toutes", "vous", "cordialement", "bien", "votre", "aide", "pour", "s", "il", "te", "plait",
                            "avec", "mes", "nos", "remerciements", "salutations", "meilleures", "sinceres",
                            "je", "remercie"})
_LETTER = frozenset({"avance", "cordialement", "remerciements", "salutations", "remercie"})


def closing(found: list[Word]) -> set[int]:
    """Indices of a closing formula that ends the message, once something came before it."""
    start = len(found)
    while start > 1 and found[start - 1].folded in _CLOSING_WORDS:
        start -= 1
    while start < len(found) and found[start].folded not in _CLOSING_OPENERS:
        start += 1
    # Only a formula with its own words (« merci d'avance »), not « merci » alone nor « bien » alone.
    tail = [w.folded for w in found[start:]]
    return set(range(start, len(found))) if len(tail) >= 2 and (bool(_LETTER & set(tail))
                                                                  or tail[:2] in (["bien", "a"], ["s", "il"])) else set()


# A word said to a roll call (« présent », « excusée »), alone or with « moi », « aussi ».
_ROLL_CALL = frozenset({"present", "presente", "presents", "presentes", "excuse", "excusee", "absent", "absente",
                        "moi", "aussi", "ici"})


# « je n'ai pas reçu … », « j'ai pas eu … », « je ne trouve pas … »: saying one lacks something asks for it.
_LACKING = frozenset({"recu", "eu", "trouve", "retrouve", "vois"})


def _unsure_of(found: list[Word]) -> bool:
    head = [w.folded for w in found[:4]]
    return head[:2] in (["je", "sais"], ["chais", "pas"]) or head[:3] == ["je", "ne", "sais"] or head[:3] == ["j", "en", "sais"]


def _misses(found: list[Word]) -> bool:
    folded = [w.folded for w in found]
    # « je n'ai pas reçu », and as chat says it « j'ai rien reçu », « j'ai toujours rien reçu »; also after the
    # record named first (« le compte rendu de septembre, je l'ai jamais reçu »).
    for start in (i for i, w in enumerate(folded) if w in ("je", "j") and (i == 0 or i >= 3)):
        head = folded[start:start + 6]
        negation = next((w for w in head if w in ("pas", "rien", "jamais")), None)
        if negation is not None and any(w in _LACKING for w in head[head.index(negation) + 1:head.index(negation) + 2]):
            return True
    return False


def _presenting(found: list[Word]) -> bool:
    """« j'ai un jeune qui … », « on a une famille qui … »: one's own case presented, its « qui » a relative
    after « un / une » and a noun, and no other question word (« j'ai un doute, qui vient jeudi » asks: the
    caller reads it only in a message without a comma)."""
    folded = [w.folded for w in found]
    if folded[:2] not in (["j", "ai"], ["on", "a"]) or len(folded) < 5 or folded[2] not in ("un", "une"):
        return False
    asking = [i for i, w in enumerate(folded) if w in lexicon().question_words]
    return asking == [4] and folded[4] == "qui"


def is_statement(text: str, found: list[Word], framed: set[int]) -> bool:
    """Thanks or news, not a request: asks nothing and opens like a statement."""
    lex = lexicon()
    if is_notice(text, found):
        return True  # « TR : prochaine réunion … », « pour rappel, … », « la réunion est maintenue »
    if not found or "?" in text:
        return False
    typed = [fold(t.strip(",.!")) for t in text.split()[:2]]
    asking = len(typed) > 1 and (typed[1] == "de" or typed[1].startswith(("d'", "d’")))  # « merci de me dire … »
    if typed[0] in lex.thanks_words and not asking:
        return True  # « merci à celles et ceux qui ont répondu » (no ?): the « qui » of a relative, thanks told
    if _reported(found):
        return True  # « Hervé m'a demandé de vous transmettre ses excuses » (no ?): another's request, passed on
    if framed:
        return False
    if _unsure_of(found):
        return True  # « je ne sais pas qui vient » (no ?): what one does not know, said to the others
    if "," not in text and _presenting(found):
        return True  # « j'ai un stagiaire qui cherche une place en crèche » (no ?): someone told of, nothing asked
    if is_complaint(text):
        return True  # « les DAT c'est toujours la galère avec les gens qui … », « … ça va être reporté, comme d'hab »
    if any(w.folded in lex.question_words for w in found) or any(w.folded == "t" for w in found):
        return False
    if opens_asking(found):
        return False  # « est-ce que le budget a été approuvé » (no ?): « est-ce que » asks as « ? » would
    if is_comment(found):
        return True  # « cette décision sur les horaires, franchement… », « pas mal la décision » (no ?): opinions.py
    if text.rstrip().endswith("!") and not any(w.folded in lex.polite_verbs or w.lemma in lex.polite_verbs for w in found) and (
            not pleads(text)):  # « la liste des membres svp !! » asks (chat_furniture.py)
        return True  # « on se voit jeudi prochain à l'AG ! »: an exclamation asks nothing (« rappelez-moi la date ! » does)
    if len(found) <= 3 and all(w.folded in _ROLL_CALL for w in found):
        return True  # « présent », « présente moi aussi » (no ?): answering a roll call, asking nothing
    if _misses(found):
        return False  # « je n'ai pas reçu le compte rendu », « je ne trouve pas l'ordre du jour »: asked for
    if tuple(w.folded for w in found[-2:]) in _AGREEING:
        return True  # « l'ordre du jour me va », « la date nous convient », « …, je confirme »: agreement, told
    if any(a.folded in _HAVING and b.folded == "ete" for a, b in zip(found, found[1:])):
        return True  # « le formulaire a été mis à jour », « les convocations ont été envoyées » (no ?): news told
    first = found[0].folded
    return first in lex.thanks_words and len(found) > 1 or first in lex.statement_subjects or _news_after_comma(text)


def _reported(found: list[Word]) -> bool:
    """« Hervé m'a demandé de vous dire … », « elle nous avait demandé de … »: a request someone made of the
    writer, passed on to the others; the polite « demander » frames no question to the bot."""
    # « m'a demandé la date … » may still be asked of the bot: only « demandé de … », or a question reported
    # whole (« Karim m'a demandé qui s'occupait des clés », « Odile se demandait si le forum était maintenu »,
    # « Paul voulait savoir si … »): another's question told to the others, which the caller reads without « ? ».
    asked = lexicon().question_words | {"si", "s"}
    for i, w in enumerate(found[:-1]):
        after = found[i + 1].folded
        if w.lemma == "demander" and i >= 2 and found[i - 1].folded in ("a", "avait", "ont", "avaient") and (
                found[i - 2].folded in ("m", "me", "nous")) and (after in ("de", "d") or after in asked or after == "c" and any(
                    w.folded in asked for w in found[i + 2:i + 5])):  # « il m'a demandé c'est quand la réunion »
            return True
        if after in asked and i and (w.folded in ("demandait", "demandaient") and found[i - 1].folded in ("se", "s")
                                     or w.folded == "savoir" and found[i - 1].folded in ("voulait", "voulaient")):
            return True
    return False


# « je cherche … », « je voudrais … » (no ?) still ask for something.
_SEEKING = frozenset({"cherche", "recherche", "cherchais", "voudrais", "veux", "voulais", "aimerais", "souhaite",
                      "souhaiterais", "souhaitais", "dois", "devrais", "sais", "savais", "trouve", "retrouve"})


def _news_after_comma(text: str) -> bool:
    """« bon, c'est décidé, je prends le train de 8h », « ok, je serai là le 8 »: after a comma, a clause of one's
    own doings (« je » and a verb that seeks nothing): news told to the others."""
    for clause in text.split(",")[1:]:
        tail = words(clause, shorthand=False)
        if len(tail) >= 3 and tail[0].folded in ("je", "j") and tail[1].folded not in _SEEKING and not (
                tail[1].folded in ("ne", "n") and len(tail) > 2 and tail[2].folded in _SEEKING):
            return True
    return False


# « a été », « ont été »: a passive or a past told (« j'ai été », « nous avons été » too).
_HAVING = frozenset({"a", "ont", "ai", "avons", "avez", "as"})
_AGREEING = frozenset({(a, b) for a in ("me", "nous", "m") for b in ("va", "vont", "convient", "conviennent", "plait", "arrange")}
                      # « la date limite est bien le 15 janvier, je confirme » (no ?): a fact confirmed, told.
                      | {(a, "confirme") for a in ("je", "le", "te", "vous")})
_SECOND_PERSON = frozenset({"tu", "toi", "te", "t", "vous"})
_THIRD_PERSON = frozenset({"il", "elle", "on", "ils", "elles"})
_YOURS = frozenset({"ton", "ta", "tes", "votre", "vos"})


def is_vocative(text: str, found: list[Word], entities: list[Entity]) -> bool:
    """"Sophie, peux-tu me rappeler ?": a member spoken to, not asked about."""
    first = next((e for e in entities if e.start == 0 and e.kind == "person"), None)
    if first is None or first.end >= len(found):
        return False
    name_end = text.casefold().find(found[first.end - 1].raw.casefold()) + len(found[first.end - 1].raw)
    after = text[name_end:].lstrip()
    # The « -t- » of « travaille-t-elle » is no « tu ».
    rest = found[first.end:]
    # « Mathis, les affiches c'est bon de ton côté ? »: « ton », « votre » speak to the member named too.
    second = any(w.folded in _SECOND_PERSON | _YOURS and not (w.folded == "t" and i + 1 < len(rest) and rest[i + 1].folded in _THIRD_PERSON)
                 for i, w in enumerate(rest))
    # « Nadia, le bailleur a validé les halls ? » is asked of Nadia too: nothing after the
    # name points back to her (« Nadia, elle fait quoi ? », « Nadia Kessler, c'est qui ? »);
    # « thibault tu peux me rappeler » (no comma in chat): « tu » right after the name speaks to them.
    # « Sandrine, qui vient de France Travail le 8 ? »: a first name, then a whole question of its own
    # (not « Nadia, qui est-ce ? » nor « Nadia Kessler, c'est qui ? », which point back to the name).
    own_question = (first.end == 1 and len(rest) >= 4 and rest[0].folded in QUESTION_WORDS
                    and not any(w.folded in ("ce", "c") for w in rest[:3]))
    # « Odile, le conseil de dev a fini son avis ? »: a possessive after another body or person named is theirs,
    # no pointer back to the member spoken to.
    other = min((e.start for e in entities if e.kind in ("org", "person") and e.start >= first.end), default=len(found))
    # « Céline, est-ce que la Croix-Rouge a encore des kits ? »: the « ce » of « est-ce que » asks, it points back to
    # no one (set 41c).
    back = any(w.folded in _BACK_TO_NAME and not (w.folded in _POSSESSIVES and first.end + i > other)
               and not _asking_ce(rest, i) for i, w in enumerate(rest))
    return after.startswith(",") and (second or own_question or not back) or (
        found[first.end].folded in _SECOND_PERSON)


_POSSESSIVES = frozenset({"son", "sa", "ses"})


def _asking_ce(rest: list[Word], i: int) -> bool:
    """The « ce » of « est-ce que » at `i`: the question's own mark."""
    return (rest[i].folded == "ce" and 0 < i < len(rest) - 1 and rest[i - 1].folded == "est"
            and rest[i + 1].folded in ("que", "qu"))


_BACK_TO_NAME = frozenset({"il", "elle", "lui", "c", "ce", "son", "sa", "ses", "qui", "quoi", "quel", "quelle", "role"})
