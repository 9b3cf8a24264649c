"""« tout le monde vient jeudi ? », « tout le monde était là en octobre ? »,
« tout le monde a répondu pour jeudi ? »: « tout le monde » as the subject of
a verb of coming, of being there or of answering asks whether anyone is
missing, which the list of who comes (or came) and who does not shows.

The phrase is a greeting's in chat (« bonjour tout le monde »), so the
examples read it as small talk or as the directory, and such checks stayed
unsure (set 39c). It is read « qui … » (« qui vient jeudi ? », « qui était là
en octobre ? »), whose answer lists the present, the excused and the
absent. Only a question is read so: « tout le monde était là, merci ! »
tells."""

from __future__ import annotations

import re

__all__ = ["everyone_as_who"]

# Verbs of coming, being there, answering, as typed after « tout le monde » (accents or not).
_PRESENCE = (r"vient|viendra|venait|est\s+venu|a\s+pu\s+venir|pourra\s+venir|peut\s+venir"
             r"|(?:sera|[ée]tait|est)\s+(?:l[àa]|pr[ée]sent|inscrit|excus[ée]|pr[ée]venu)\b"
             r"|a\s+(?:r[ée]pondu|confirm[ée]|particip[ée]|assist[ée])|s'est\s+(?:inscrit|excus[ée]|annonc[ée])"
             r"|participe(?:ra)?|assistait|sera\s+(?:de\s+la\s+partie)")
_EVERYONE = re.compile(rf"(^\s*|[,:;]\s*)(?:est-ce\s+que\s+)?tout\s+le\s+monde\s+(?=(?:{_PRESENCE}))", re.IGNORECASE)


def everyone_as_who(text: str) -> str:
    """`text` with « tout le monde <verbe de présence> » read « qui <verbe> », when `text` asks (« ? »)."""
    if "?" not in text:
        return text
    return _EVERYONE.sub(lambda m: f"{m.group(1)}qui ", text, count=1)
