"""The general causes behind blind set 21d's misses (the integration platform
of the Broye vaudoise, Swiss romand usage), tested in other groups and other
words:

- « les patrons », « les employeurs », « l'école » name kinds of body (an
  employers' union, an « Établissement secondaire ») — the plural « patrons »
  is no head of a body;
- the deadline to register for an event is not the event's date, which a
  decision gives;
- « pourquoi on se réunit le mardi ? » asks the rule on the meetings;
- « qu'a-t-on décidé à <lieu> ? » asks the last séance held there, not the next;
- the envelope of a formal message: a greeting before a clause of purpose, a
  closing clause giving the member's reason, the member's own body in a
  sentence about themselves;
- counts spelled out in Swiss usage (« les huitante prochains jours »);
- « <sujet>, délai ? »;
- « la syndique » (whose stem is not « syndic »);
- « de quelle fondation ? » names no body;
- a season that is part of a record's name (« les camps d'automne »)."""

from __future__ import annotations

from datetime import date, datetime

from storage.models import replace
from tests.handlers.questions_groups import NOW, PARIS, invented_group
from tests.helpers import Chat


def _ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PARIS)


def _with(chat: Chat, meetings: tuple[tuple[str, str], ...] = (), deadlines: tuple[tuple[str, str], ...] = (),
          decisions: tuple[tuple[str, int | None], ...] = ()) -> Chat:
    """Meetings (start, place; two hours, held when past), deadlines (day, text), decisions (text, meeting n°)."""
    data = chat.store.group(chat.group.slug)
    for start, place in meetings:
        meeting = data.add_meeting(_at(start), _at(start.replace(start[11:13], f"{int(start[11:13]) + 2:02d}", 1)),
                                   place, ())
        if meeting.start < NOW:
            data.update_meeting(meeting.number, lambda m: replace(m, status="held"))
    for day, text in deadlines:
        data.add_deadline(_at(day + " 00:00"), text)
    for text, number in decisions:
        data.add_decision(text, date(2026, 10, 6), number, "Coord", "telegram:coord-1", NOW)
    return chat


def _gruyere() -> Chat:
    return invented_group("r12d-g",
                          ("Luc Python", "Ville de Bulle", "Syndic, président du groupe"),
                          ("Anne Repond", "Union patronale du canton de Fribourg", "Secrétaire patronale"),
                          ("Myriam Overney", "Établissement secondaire de la Gruyère", "Directrice adjointe"),
                          ("Paul Gremaud", "Fondation Clos Fleuri", "Éducateur social"),
                          ("Nicole Borcard", "Commune de Broc", "Syndique"))


def test_the_employers_and_the_school_are_kinds_of_body_not_titles() -> None:
    chat = _gruyere()
    reply = _ask(chat, "qui représente les patrons ?")
    assert "Anne Repond" in reply and "Luc Python" not in reply
    assert "Anne Repond" in _ask(chat, "qui est là pour les employeurs ?")
    assert "Myriam Overney" in _ask(chat, "qui représente l'école ?")


def test_a_registration_deadline_is_not_the_date_of_its_event() -> None:
    chat = _with(_gruyere(), deadlines=(("2027-02-12", "Inscription des exposants à la foire aux métiers"),),
                 decisions=(("La foire aux métiers a lieu le 14 avril 2027 à Espace Gruyère.", None),))
    reply = _ask(chat, "la foire aux métiers, c'est quand ?")
    assert "14 avril 2027" in reply and "12 février" not in reply
    assert "12 février" in _ask(chat, "les exposants ont jusqu'à quand pour s'inscrire à la foire aux métiers ?")


def test_why_the_group_meets_on_a_weekday_is_the_rule_on_its_meetings() -> None:
    chat = _with(_gruyere(), meetings=(("2026-12-08 09:00", "Bulle, Hôtel de Ville"),),
                 decisions=(("Le groupe se réunit le mardi matin pour ménager les horaires des écoles.", None),
                            ("La fondation accueille deux stagiaires en 2027.", None)))
    reply = _ask(chat, "pourquoi est-ce qu'on se voit toujours le mardi ?")
    assert "mardi matin" in reply and "8 décembre" not in reply


def test_what_was_decided_at_a_place_is_the_last_sitting_held_there() -> None:
    chat = _with(_gruyere(), meetings=(("2026-10-13 09:00", "Broc, salle communale"),
                                       ("2026-11-10 09:00", "Bulle, Hôtel de Ville"),
                                       ("2027-01-12 09:00", "Broc, salle communale")),
                 decisions=(("Un guide des aides aux familles est publié au printemps.", 1),
                            ("Le budget du groupe est porté à 12 000 francs.", 2)))
    reply = _ask(chat, "qu'est-ce qu'on a décidé à Broc ?")
    assert "guide des aides" in reply and "12 000" not in reply and "pas encore eu lieu" not in reply


def test_the_envelope_of_a_formal_message_is_no_topic() -> None:
    chat = _with(_gruyere(), meetings=(("2026-12-08 09:00", "Bulle, Hôtel de Ville"),))
    for text in ("Bonjour, afin de mettre à jour mon agenda, pouvez-vous me donner la date de la prochaine séance ?",
                 "Bonsoir à tous, à quelle heure débute la prochaine séance, j'ai égaré la convocation",
                 "Bonjour, je travaille depuis peu à la Fondation Clos Fleuri. Quand a lieu la prochaine séance ?"):
        reply = _ask(chat, text)
        assert "8 décembre" in reply and "pas sûr" not in reply, text


def test_counts_spelled_in_swiss_usage_make_a_span() -> None:
    chat = _with(_gruyere(), deadlines=(("2027-02-01", "Rapport au préfet"), ("2027-04-30", "Bilan des camps")))
    reply = _ask(chat, "qu'est-ce qu'on a dans les huitante prochains jours ?")
    assert "Rapport au préfet" in reply and "Bilan des camps" not in reply


def test_a_thing_then_delai_asks_its_deadline() -> None:
    chat = _with(_gruyere(), deadlines=(("2027-02-01", "Rapport au préfet sur les camps de jour"),))
    assert "février 2027" in _ask(chat, "le rapport au préfet, délai ?")


def test_the_syndique_is_found_by_her_own_title_and_the_syndic_word() -> None:
    chat = _gruyere()
    assert "Nicole Borcard" in _ask(chat, "qui est la syndique de Broc ?")
    assert "Nicole Borcard" in _ask(chat, "c'est qui le syndic de Broc ?")


def test_asking_which_body_names_none() -> None:
    reply = _ask(_gruyere(), "Paul Gremaud, il est de quelle fondation ?")
    assert "Fondation Clos Fleuri" in reply and "pas sûr" not in reply


def test_a_season_in_a_records_name_is_no_period() -> None:
    chat = _with(_gruyere(), deadlines=(("2026-12-18", "Programme des camps d'automne à valider"),))
    assert "18 décembre" in _ask(chat, "le programme des camps d'automne, jusqu'à quand ?")
