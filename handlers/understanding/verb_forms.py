"""A conjugated verb told from a noun by its lemma: « commence » (commencer),
« démarre » (démarrer), « finit » (finir) after a sitting's noun say what the
sitting does (« la réunion commence à quelle heure ? »), not the subject its
heading is about. Readers that take the word after « la réunion » or « l'atelier »
as a subject (heading_kin.py, formation_subject.py) found « Bilan … et
lancement du 40e anniversaire » through the family of « commencer » (the
lead's set 61) and answered that past sitting."""

from __future__ import annotations

from handlers.understanding.normalise import Word

__all__ = ["conjugated"]


def conjugated(word: Word) -> bool:
    """The word is a form of a verb whose infinitive is its lemma, neither the infinitive itself nor a plural of it
    (« dossiers » of « dossier », « chantiers » of « chantier » are nouns)."""
    lemma, folded = word.lemma, word.folded
    return lemma != folded and lemma.endswith(("er", "ir", "re")) and folded not in (lemma + "s", lemma + "x")
