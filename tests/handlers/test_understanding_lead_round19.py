"""The lead's general fixes of the nineteenth round, found on the lead's set
32 (pat-saintbrieuc, a territorial food project) and checked on a small
group invented here, with other sentences: an order word before a formation
(« la première commission », « le deuxième copil ») picks that sitting and
is no decision's topic (order_words.ordering_formation,
answers_records._ordered_sitting); a stop word its determiner shows a noun
(« les affiches ») is the topic of a charge question (reading_tokens,
determined.py); « X c'est quels jours ? » asks a time, and one word that a
deadline only holds after its own head (« Compte rendu de la braderie »)
names the event a decision dates (event_date.py, decided_when.py); two words
clipped together (« la commission resto sco », « la resto co ») are the
records' two words they open (clipped_words._second_clipped)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from storage.models import Meeting

from tests.handlers.attendance_setup import link_accounts
from tests.handlers.questions_eval import NOW
from tests.handlers.questions_groups import invented_group
from tests.helpers import COORDINATOR, Chat

SLUG = "mobilite-lead19"

_TEAM = (("Aurélie Jaffré", "Pontivy Communauté", "Chargée de mission mobilité"),
         ("Gildas Le Pen", "Ville de Pontivy", "Adjoint aux transports"),
         ("Noémie Robic", "Association Vélo Utile", "Animatrice"),
         ("Hugo Danet", "Centre social de Kerjalotte", "Directeur, responsable des braderies"))


def _group() -> Chat:
    """Two sittings of the mobility commission and one steering committee held, one committee ahead; decisions at
    each sitting held (one on « les premiers inscrits »), a deadline on the jumble sale's report, a task on its
    posters and a member whose role names the jumble sales; the asker is Aurélie."""
    chat = invented_group(SLUG, *_TEAM)
    data = chat.store.group(SLUG)
    link_accounts(chat, {"Aurélie Jaffré": COORDINATOR})
    for days, place in ((-70, "Commission mobilité, mairie de Pontivy"), (-40, "Comité de pilotage, Maison des services"),
                        (-10, "Commission mobilité, salle Safran"), (20, "Comité de pilotage, Maison des services"),
                        (27, "Commission restauration scolaire, Maison des services")):
        start = NOW + timedelta(days=days)
        meeting = data.add_meeting(start, start + timedelta(hours=2), place, ())
        if days < 0:
            data.update_meeting(meeting.number, lambda m: _held(m))
    for number, text in ((1, "Les navettes du marché circulent le samedi matin."),
                         (2, "Le budget de l'étude des déplacements est fixé à 8 000 euros."),
                         (3, "Une braderie de vélos a lieu sur la place du marché les 12 et 13 décembre."),
                         (3, "Les premiers inscrits à la braderie choisissent leur emplacement.")):
        day = (NOW + timedelta(days=(-70, -40, -10)[number - 1])).date()  # the day of the sitting that took it
        data.add_decision(text, day, number, "Coordination", "telegram:coord-1",
                          datetime(day.year, day.month, day.day, 18, 0, tzinfo=NOW.tzinfo))
    data.add_deadline(datetime(2027, 1, 15, tzinfo=NOW.tzinfo), "Compte rendu de la braderie aux financeurs")
    numbers = {m.name: m.number for m in data.members()}
    data.add_task("Imprimer les affiches de la braderie", numbers["Noémie Robic"], date(2026, 12, 7), 3, "Noémie Robic",
                  "Coordination", "telegram:coord-1")
    return chat


def _held(meeting: Meeting) -> Meeting:
    return replace(meeting, status="held")


def test_an_order_word_before_a_formation_picks_its_sitting() -> None:
    chat = _group()
    reply = chat.say("les décisions de la première commission ?", private=True)
    assert "navettes du marché" in reply and "8 000 euros" not in reply
    reply = chat.say("on a décidé quoi au premier comité de pilotage ?", private=True)
    assert "8 000 euros" in reply and "navettes" not in reply
    # The second steering committee is still ahead: it decided nothing yet, and no other decision is offered.
    reply = chat.say("qu'est-ce qui a été décidé au deuxième copil ?", private=True)
    assert "n'a pas encore eu lieu" in reply and "braderie" not in reply


def test_an_order_word_is_no_topic_of_a_decision() -> None:
    chat = _group()
    # « premier » picks the sitting: not the decision on « les premiers inscrits ».
    for question in ("les décisions du premier copil ?", "qu'est-ce qu'on a décidé à la première commission ?"):
        reply = chat.say(question, private=True)
        assert "premiers inscrits" not in reply, question


def test_a_noun_among_the_stop_words_is_the_charge_asked() -> None:
    chat = _group()
    # Not the member whose role names the jumble sales: the posters are asked.
    for question in ("qui fait les affiches de la braderie ?", "qui s'occupe des affiches de la braderie ?"):
        reply = chat.say(question, private=True)
        assert "Imprimer les affiches de la braderie" in reply and "Noémie Robic" in reply, question
        assert "Hugo Danet" not in reply, question
    # A verb of showing stays one: « affiche les décisions » lists the decisions.
    assert "navettes du marché" in chat.say("affiche les décisions", private=True)


def test_the_days_of_an_event_are_the_decision_dating_it() -> None:
    chat = _group()
    for question in ("la braderie c'est quels jours ?", "la braderie c'est à quelles dates ?"):
        reply = chat.say(question, private=True)
        assert "les 12 et 13 décembre" in reply and "Compte rendu de la braderie" not in reply, question
    # The report named, its deadline stands.
    reply = chat.say("le compte rendu de la braderie c'est pour quand ?", private=True)
    assert "vendredi 15 janvier 2027" in reply


def test_two_words_clipped_together_are_the_records_words() -> None:
    chat = _group()
    for question in ("la commission resto sco c'est quand ?", "la commission restau sco a lieu où ?"):
        reply = chat.say(question, private=True)
        assert "Séance n°5" in reply and "Commission restauration scolaire" in reply, question
    # A word of the chat shorthand stays one: « la sem pro » is next week, whatever the records say.
    assert "Séance n°5" not in chat.say("la réunion de la sem pro c'est où ?", private=True)
