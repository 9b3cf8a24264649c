"""The particles, interjections, blessings and kinship words that frame a
question in the French of West Africa, Central Africa and the Maghreb, as
members of diaspora associations write it in a group chat (blind set 37b):

- interjections of oath and hope anywhere (« wallah c'est quand la
  prochaine ? », « l'assemblée générale c'est quand inchallah ? »,
  « hamdoulillah », « si Dieu le veut »);
- the Arabic greeting opening a message (« Salam alaykoum », « Assalamou
  alaykoum »), read as « Bonjour », and the kin a greeting addresses
  (« Bonjour mes frères et sœurs, … », « Salam alaykoum la famille, … »);
- a blessing said in a sentence of its own (« Que Dieu vous bénisse. La
  prochaine réunion c'est le combien ? »);
- a kinship word said to the reader, opening or closing the question
  (« frère la prochaine réunion c quand », « …, grand frère ? »), or said
  before a member's name as a mark of respect (« tonton Mamadou il est dans
  le groupe ? », « la sœur Zaïnaba elle est de quelle association ? », « le
  frère Ousmane il fait quoi ? »): the member, the word of respect no title;
- « même » closing a question (« c'est quel jour même ? », « c'est où
  même ? »), as « déjà » closes it;
- « il faut me dire … », « faut me donner … » opening a message: the
  request « pouvez-vous me dire … » makes (« il faut me dire qui est le
  responsable »), no duty of the asker's;
- « on dit quoi ? » alone, the greeting of Abidjan and Douala (« what's
  up ? »), read as « Salut », no « qu'a-t-on dit ? ».

None of them names what is asked, but each unknown word was a topic the
readings had to account for, and the plain question (« c'est quand la
prochaine ? ») fell under the bar. They are read away before the message is
understood; a message made of nothing else (« inchallah », « Salam
alaykoum la famille ») is left as typed, for the chat readers. « même »
keeps its sense after « quand » (« il vient quand même ? »), a pronoun
(« elle-même ») or an article (« le même »). The readers knew « … ou
bien ? » and « la réunion là, … » already."""

from __future__ import annotations

import re

__all__ = ["without_chat_particles"]

_I = re.IGNORECASE

# Oaths and hopes, as written in French chat (with or without apostrophe, space or accent).
_INTERJECTION = re.compile(
    r"(?:^|(?<=[\s,.;:!?(]))(?:wall?ah?i?|wollah|wesh\s+wallah|"
    r"in(?:c?h|s?h)?['’ ]?a['’ ]?(?:['’ ]?a)?ll?ah|in\s+sha['’ ]?\s*allah|inchalah|inshalah|"
    r"(?:al|el|el-)?\s*hamdou?l(?:ill?|l)ah|hamdoulah|alhamdulillah|"
    r"ma(?:c?h|s?h)a['’ ]?ll?ah|bismill?ah|si\s+dieu\s+(?:le\s+)?veut|s['’]il\s+pla[iî]t\s+[àa]\s+dieu)"
    r"(?=$|[\s,.;:!?)])", _I)

# The Arabic greeting, in its chat spellings: a run of these words opening the message.
_SALAM_START = frozenset({"salam", "salem", "slm", "assalam", "assalamou", "assalamu", "asalam", "asalamou",
                          "salamalekoum", "salamalikoum", "salamaleykoum", "salamalaykoum", "salamalekum",
                          "salamaleikoum", "wa", "as", "es"})
_SALAM_RUN = _SALAM_START | frozenset({"alaykoum", "aleykoum", "alaikoum", "alikoum", "alaykum", "aleykum",
                                       "alaikum", "alykoum", "aleikoum", "alaykoume", "salamou", "salamu",
                                       "warahmatoullah", "warahmatullah", "wabarakatouh", "wabarakatuh", "rahmatoullah"})

# Kin a greeting or a question addresses: « mes frères et sœurs », « la famille ».
_KIN_ADDRESSEE = re.compile(
    r"^(?:,?\s*(?:[àa]\s+)?(?:(?:mes|les|nos|chers|ch[èe]res|mes\s+chers|mes\s+ch[èe]res)\s+)?"
    r"(?:fr[èe]res?\s+et\s+s(?:œ|oe)urs?|s(?:œ|oe)urs?\s+et\s+fr[èe]res?|fr[èe]res?|s(?:œ|oe)urs?)"
    r"|,?\s*(?:[àa]\s+)?la\s+famille)(?=[\s,.;:!?])\s*,?\s*", _I)
# Greetings of French a kin addressee may follow (« Bonjour mes frères et sœurs, … »).
_GREETING = re.compile(r"^\s*(?:bonjour|bonsoir|salut|coucou|hello)(?:\s+[àa]\s+(?:tous|toutes)"
                       r"(?:\s+et\s+[àa]\s+(?:tous|toutes))?)?", _I)

# A kinship word said to the reader: opening the message (« frère la prochaine réunion c quand »).
_KIN = (r"(?:(?:mon|ma|mes)\s+)?(?:grand(?:e)?\s+)?(?:fr[èe]re|fr[ée]rot|s(?:œ|oe)ur|tonton|tata|tantie|tanti|"
        r"cousin|cousine)")
_KIN_OPENING = re.compile(rf"^\s*{_KIN}(?:\s*,\s*|\s+)(?=\S)", _I)
_KIN_CLOSING = re.compile(rf"\s*,\s*(?:{_KIN}|la\s+famille)\s*(?=[?!.]*\s*$)", _I)
# A kinship word of respect before a member's name (capitalised): « tonton Mamadou », « la sœur Zaïnaba ».
_KIN_BEFORE_NAME = re.compile(
    r"(?:\b(?:le|la)\s+)?\b(?:grand(?:e)?\s+)?(?:tonton|tata|tantie|tanti|fr[èe]re|s(?:œ|oe)ur|maman|hadja|el\s+hadj|"
    r"elhadj|hadji)\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ][a-zàâäéèêëîïôöûüç])")

# A blessing said in a sentence of its own, before or after the question.
_BLESSING = re.compile(r"^\s*(?:(?:que|qu['’])\s*)?(?:le\s+bon\s+)?(?:dieu|allah)\s+(?:vous|nous|te|les|le|la|"
                       r"vous\s+le|nous\s+le)?\s*\w+", _I)
_AMEN = re.compile(r"^\s*(?:amine?|amen)\s*$", _I)

# « même » closing a question.
_SAME_END = re.compile(r"(?P<before>[^\W\d_]+['’]?)\s+m[êe]me\s*(?=[?!.]*\s*$)", _I)
# What « même » after it is no particle: « quand même », « elle-même », « le même », « de même ».
_SAME_KEPT = frozenset({"quand", "de", "moi", "toi", "lui", "elle", "eux", "nous", "vous", "soi", "le", "la", "les",
                        "tout", "ici", "là", "aujourd'hui", "meme", "même", "pareil", "l'", "un", "une"})
# « on dit quoi ? » (Ivorian, Cameroonian French): « what's up ? », a greeting, no « qu'a-t-on dit ? ».
_WHATS_UP = re.compile(r"^\s*(?:(?:bonjour|bonsoir|salut|slt|cc|coucou)\s*,?\s*)?on\s+dit\s+quoi\s*(?:,?\s*(?:la\s+famille|"
                       r"les\s+gens|la\s+team|mon\s+fr[èe]re|ma\s+s(?:œ|oe)ur|les\s+fr[èe]res|tout\s+le\s+monde))?"
                       r"\s*[?!.]*\s*$", _I)
# « il faut me dire qui est le responsable », « faut me donner les contacts » (West African French): a request, as
# « pouvez-vous me dire … » makes it, opening the message.
_MUST_TELL = re.compile(r"^(?P<lead>\s*(?:(?:bonjour|bonsoir|salut)[^,]*,\s*)?)(?:il\s+)?faut\s+(?P<who>me\s+|nous\s+|m['’]\s*)"
                        r"(?P<verb>dire|donner|envoyer|montrer|rappeler|expliquer|indiquer|transmettre|passer)\b", _I)
# Someone spoken to after it (« il faut me dire si tu viens »): a member is asked, not the bot.
_SECOND_PERSON = re.compile(r"(?:^|[\s,])(?:(?:tu|toi|te|ton|ta|tes|vous|votre|vos)(?=$|[\s,.?!])|t['’])", _I)


def without_chat_particles(text: str) -> str:
    """`text` with the particles, oaths, greetings, blessings and kinship words above read away; `text` itself when
    there are none, or when nothing else would be left."""
    if _WHATS_UP.match(text):
        return "Salut"
    rewritten = _without_blessings(text)
    told = _MUST_TELL.match(rewritten)
    if told is not None and not _SECOND_PERSON.search(rewritten[told.end():]):
        rewritten = f"{told.group('lead')}pouvez-vous {told.group('who')}{told.group('verb')}{rewritten[told.end():]}"
    rewritten = _INTERJECTION.sub(" ", rewritten)
    rewritten = _plain_greeting(rewritten)
    rewritten = _KIN_OPENING.sub("", rewritten, count=1)
    rewritten = _KIN_CLOSING.sub("", rewritten)
    rewritten = _KIN_BEFORE_NAME.sub("", rewritten)
    rewritten = _SAME_END.sub(lambda m: m.group(0) if m.group("before").casefold() in _SAME_KEPT
                              else m.group("before") + " ", rewritten)
    if rewritten == text:
        return text
    rewritten = re.sub(r"\s+([,.])", r"\1", re.sub(r"\s{2,}", " ", rewritten)).strip()
    rewritten = re.sub(r"^[,;:.!\s]+", "", rewritten)
    rewritten = re.sub(r",\s*([?!.])", r" \1", rewritten).replace(",,", ",")
    if not re.search(r"[^\W\d_]{2,}", rewritten):
        return text
    if "?" in text and "?" not in rewritten:
        rewritten = rewritten.rstrip(" .!") + " ?"
    return rewritten


def _without_blessings(text: str) -> str:
    """`text` without a sentence of its own that only blesses (« Que Dieu vous bénisse. »), when another remains."""
    sentences = re.findall(r"[^.!?]+[.!?]*", text)
    kept = [s for s in sentences if not (_BLESSING.match(s) or _AMEN.match(s.strip(" .!")))]
    if len(sentences) < 2 or not kept or len(kept) == len(sentences):
        return text
    return " ".join(s.strip() for s in kept)


def _plain_greeting(text: str) -> str:
    """`text` with the Arabic greeting opening it read as « Bonjour », and the kin a greeting addresses left out."""
    words = re.findall(r"[^\W\d_]+|[^\w\s]", text)
    if words and words[0].casefold() in _SALAM_START - {"wa", "as", "es"} or (
            len(words) > 1 and words[0].casefold() in ("as", "es", "wa") and words[1].casefold() in _SALAM_RUN):
        pattern = re.compile(r"^\s*(?:(?:" + "|".join(sorted(_SALAM_RUN, key=len, reverse=True)) + r")[\s\-’']*)+", _I)
        text = pattern.sub("Bonjour ", text, count=1)
    greeting = _GREETING.match(text)
    if greeting is None:
        return text
    rest = text[greeting.end():]
    addressed = _KIN_ADDRESSEE.match(rest)
    if addressed is None:
        return text
    return f"{text[:greeting.end()]}, {rest[addressed.end():]}"
