"""The general causes behind blind set 21c's misses (the social-cohesion
committee of Grand Chambéry, spoken word order), tested in other groups and
other words:

- a period put first and cut off by a comma (« d'ici février, qu'est-ce qu'on
  a comme dates ? », « en avril, on se voit où ? ») is read with it put back
  after the clause, as the examples give it (fronted.py);
- a meeting place put first, resumed by « y » (« le gymnase, on y retourne
  quand ? »), likewise;
- two periods said with « et » (« cette semaine et la suivante », « en mars et
  en avril ») are one span (period_joins.py);
- a thing put first and taken up by a pronoun (« le plan canicule, on en
  parle quand ? », « les fiches, on doit les rendre quand ? ») is read set
  back where the pronoun stands (fronted.py);
- a meeting put first and what it decided asked after it (« la séance de
  novembre, on a décidé quoi ? ») asks its decisions (occasion.py);
- « de quelle association ? » asks the kind, it names no association of the
  group (kind_nouns.py);
- a dislocated body whose people are asked (« la Croix-Rouge, ils envoient
  qui ? »), a member asked what body he represents (« il représente quelle
  commune ? »), a role whose holder's name is asked (« il s'appelle
  comment ? »), a meeting counted past the third (« la cinquième réunion »),
  « ça tombe quand », « les prochains mois », « il est composé de qui ? »: the
  examples of intents.toml.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from storage.models import AgendaItem
from tests.handlers.questions_eval import outcome_of
from tests.handlers.questions_groups import PARIS, invented_group
from tests.helpers import Chat


def _ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


def _group(slug: str) -> Chat:
    """A Lorraine youth-prevention group with six meetings (two held), a few deadlines."""
    chat = invented_group(slug,
                          ("Élodie Marchal", "Metz Métropole", "Vice-présidente chargée de la prévention, présidente"),
                          ("Yanis Haddad", "Croix-Rouge française", "Responsable de l'unité locale"),
                          ("Gérard Thiébaut", "Commune de Woippy", "Adjoint à la jeunesse"),
                          ("Sonia Weber", "Association Jeunesse et Cultures", "Animatrice de rue"))
    data = chat.store.group(slug)
    for start, place in (("2026-10-13 18:00", "Mairie de Woippy"), ("2026-11-10 18:00", "Gymnase Saint-Éloi"),
                         ("2026-12-08 18:00", "Mairie de Woippy"), ("2027-02-09 18:00", "Pôle des lauriers"),
                         ("2027-03-09 18:00", "Gymnase Saint-Éloi"), ("2027-04-13 18:00", "Pôle des lauriers")):
        data.add_meeting(datetime.fromisoformat(start).replace(tzinfo=PARIS), None, place)
    for day, text in (("2026-12-04", "Fiches actions du contrat local"), ("2026-12-10", "Bilan des maraudes"),
                      ("2027-01-22", "Demande de subvention au FIPD"), ("2027-04-02", "Rapport d'activité")):
        data.add_deadline(datetime.fromisoformat(day + " 00:00").replace(tzinfo=PARIS), text)
    return chat


def test_a_period_put_first_is_read_as_if_said_after_the_clause() -> None:
    chat = _group("r12c-alpha")
    reply = _ask(chat, "d'ici fin janvier, qu'est-ce qu'on a comme dates ?")
    assert "Fiches actions" in reply and "FIPD" in reply and "Rapport d'activité" not in reply
    reply = _ask(chat, "la semaine prochaine, on a quoi comme dates ?")
    assert "Bilan des maraudes" in reply and "FIPD" not in reply
    assert "Pôle des lauriers" in _ask(chat, "en février, on se voit où ?")
    # A month bounded (« d'ici fin janvier ») is a month and a period: either reading of it is put back.
    reply = _ask(chat, "d'ici fin janvier, on a quoi comme dates ?")
    assert "Fiches actions" in reply and "FIPD" in reply and "Rapport d'activité" not in reply


def test_a_meeting_place_put_first_and_resumed_by_y() -> None:
    chat = _group("r12c-bravo")
    reply = _ask(chat, "le gymnase Saint-Éloi, on y retourne quand ?")
    assert "9 mars 2027" in reply and "10 novembre" not in reply


def test_two_periods_said_with_et_are_one_span() -> None:
    chat = _group("r12c-charlie")
    reply = _ask(chat, "cette semaine et la suivante, il y a quoi ?")
    assert "Fiches actions" in reply and "Bilan des maraudes" in reply and "FIPD" not in reply
    reply = _ask(chat, "en mars et en avril, il se passe quoi ?")
    assert "9 mars 2027" in reply and "Rapport d'activité" in reply and "13 avril 2027" in reply
    reply = _ask(chat, "cette semaine et la prochaine, on a quoi ?")
    assert "Fiches actions" in reply and "Bilan des maraudes" in reply and "FIPD" not in reply
    # Two single days are no span: the days readers keep them.
    assert "Rapport d'activité" not in _ask(chat, "le 4 et le 10 décembre, il y a quoi ?")


def test_which_association_asks_the_kind_and_names_none() -> None:
    chat = _group("r12c-delta")
    reply = _ask(chat, "Yanis Haddad, il est de quelle association ?")
    assert "Croix-Rouge française" in reply and "Sonia Weber" not in reply


def test_dislocated_questions_on_people() -> None:
    chat = _group("r12c-echo")
    assert "Yanis Haddad" in _ask(chat, "la Croix-Rouge, ils envoient qui ?")
    assert "Commune de Woippy" in _ask(chat, "Gérard Thiébaut, il représente quelle commune ?")
    assert "Élodie Marchal" in _ask(chat, "la présidente, elle s'appelle comment ?")
    reply = _ask(chat, "le groupe, il est composé de qui ?")
    assert "Sonia Weber" in reply and "Yanis Haddad" in reply


def test_dislocated_questions_on_meetings() -> None:
    chat = _group("r12c-foxtrot")
    assert "9 mars 2027" in _ask(chat, "la cinquième réunion, c'est quand ?")
    assert "8 décembre 2026" in _ask(chat, "la prochaine, ça tombe quand ?")
    reply = _ask(chat, "on se réunit quand, les prochains mois ?")
    assert "8 décembre 2026" in reply and "9 février 2027" in reply


def test_a_meeting_put_first_then_what_it_decided() -> None:
    chat = _group("r12c-golf")
    data = chat.store.group("r12c-golf")
    data.add_decision("Les maraudes passent à deux soirs par semaine.", datetime(2026, 11, 10).date(), 2, "Coord",
                      "telegram:coord-1", datetime(2026, 11, 10, 20, tzinfo=PARIS))
    data.add_decision("Le local jeunes ouvre le samedi.", datetime(2026, 10, 13).date(), 1, "Coord",
                      "telegram:coord-1", datetime(2026, 10, 13, 20, tzinfo=PARIS))
    reply = _ask(chat, "la séance de novembre, on a décidé quoi ?")
    assert "maraudes" in reply and "samedi" not in reply
    reply = _ask(chat, "la première séance, on a tranché quoi ?")
    assert "samedi" in reply and "maraudes" not in reply


def test_a_thing_put_first_and_taken_up_by_a_pronoun() -> None:
    chat = _group("r12c-hotel")
    data = chat.store.group("r12c-hotel")
    data.update_meeting(4, lambda m: replace(m, agenda=(AgendaItem("Plan canicule", "Élodie Marchal"),)))
    reply = _ask(chat, "le plan canicule, on en parle quand ?")
    assert "9 février 2027" in reply and "Plan canicule" in reply
    reply = _ask(chat, "les fiches actions, on doit les rendre quand ?")
    assert "4 décembre 2026" in reply and "FIPD" not in reply
    # Chat that takes a thing up the same way asks nothing.
    assert not outcome_of(chat, "le plan canicule, on en reparle la semaine prochaine").confident
