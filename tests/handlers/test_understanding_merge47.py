"""What the forty-sixth round's merge found lost, asked in other words than the rows that showed it:

- a « qui » after a noun with no main verb after its clause asks who (« la bourse d'installation qui prépare le
  dossier ? », like set lead30's « … qui monte le dossier ? »), not a decision: decision_check._relative_qui now needs
  the main clause's verb (« … ont un bonus ? »);
- the words of dates name a task's document only among a named member's tasks (task_topic_listing.pilot_task):
  « le calendrier c'est qui dans le groupe ? » is not the task « Établir le calendrier des séances » (set lead74's
  « le planning c'est qui dans le groupe ? »), task_match.record_nouns(dated=False);
- the rarer-words tie-break of decision_check needs three words at least: « il y a une plénière chaque mois ? » is
  guarded in test_understanding_lead_round30.py, « les gens qui s'en occupent sont au centre » (a statement, not a
  question) in test_understanding_r18d.py (charge_asked asks for a « ? », or a message opening on « qui », before
  naming the one role holding a thing); a cleft « c'est X qui … ? » checks a decision (set lead63)."""

from __future__ import annotations

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group


def test_a_qui_with_no_main_verb_after_asks_who() -> None:
    chat = build_group("cls-morlaix")
    reply = sure(chat, "la bourse d'installation qui prépare le dossier ?", "in_charge")
    assert "Tâche n°4" in reply and "Anne Cloarec" in reply


def test_a_relative_qui_with_its_main_verb_still_checks_a_decision() -> None:
    chat = build_group("eaje-sn44")
    reply = sure(chat, "les assistantes maternelles qui travaillent en horaires décalés ont une prime ?",
                 "decisions_topic")
    assert "Une prime de 300 euros" in reply


def test_a_word_of_dates_alone_names_no_task_of_the_group() -> None:
    chat = build_group("college93")
    outcome = outcome_of(chat, "le calendrier c'est qui dans le groupe ?")
    assert not outcome.confident
    assert "Tâche n°6" not in outcome.reply.plain()


def test_the_qui_of_a_cleft_sentence_checks_a_decision() -> None:
    # Set lead63's « c la criirad qui fait les prelevements … ? »: « c'est X qui … » checks a fact.
    chat = build_group("cli82b")
    reply = sure(chat, "c'est la CRIIRAD qui fait les prélèvements de la Garonne ?", "decisions_topic")
    assert "campagne de prélèvements" in reply


def test_a_message_opening_on_qui_asks_even_unpunctuated() -> None:
    # Set 15e's « c'est qui qui gère le planning du studio »; « les gens qui s'en occupent sont au centre » stays
    # quiet (test_understanding_r18d.py).
    chat = build_group("montreuil93")
    assert "Awa Diop" in sure(chat, "qui gère le planning du studio", "in_charge")
