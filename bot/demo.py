"""The demo group: a fictional working group in the shape of the seeds.

A Geneva working group on an ecological transition income, with partners
from public bodies and associations. The organisations are real public
bodies; every person is invented. Dates are placed relative to the
session's clock so the next meeting is always ahead, and moved off the
weekend: a demo opened on a Thursday must not show a working group meeting
on a Sunday morning.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from bot.demo_meeting import seed_after_meeting, working_day
from storage.models import AgendaItem, replace
from storage.search import fold
from storage.store import Store

__all__ = ["DEMO_CONFIG", "DEMO_SLUG", "console_id", "seed_demo"]

DEMO_SLUG = "rte-geneve"

DEMO_CONFIG: dict[str, Any] = {
    "storage": {"data_dir": "greffier-demo"},
    "groups": [
        {
            "slug": DEMO_SLUG,
            "name": "Groupe de travail RTE Genève",
            "timezone": "Europe/Zurich",
            "locale": "fr_CH",
            "coordinators": ["console:console", "console:lea-marchand"],
            "reminders": ["7j", "1j", "2h"],
        }
    ],
}

# name, organisation, role (all people invented)
_MEMBERS = (
    ("Léa Marchand", "Ville de Meyrin", "Secrétaire générale adjointe, coordinatrice du groupe"),
    ("Bastien Rochat", "Ville de Meyrin", "Chargé des affaires économiques"),
    ("Inès Favre-Bulle", "Ville de Meyrin", "Co-responsable du service social"),
    ("Yannick du Kerouëdan", "Fondation Zoein", "Chargé de projet RTE"),
    ("Sabine Cervetti", "Fondation Zoein", "Chercheuse"),
    ("Olivier Nkemdirim", "Fondation Zoein", "Stagiaire"),
    ("Samira Benhaddou", "Hospice général", "Service d'insertion professionnelle"),
    ("Claire Dubois", "Hospice général", "Innovation sociale"),
    ("Marc Dubois", "Hospice général", "Groupe développement durable"),
    ("Noémie Achard", "Office cantonal de l'emploi", "Conseillère en placement"),
    ("Pascal Wyss", "Réalise", "Directeur"),
    ("Jamel Oukhellou", "Après-GE", "Membre du comité"),
    ("Élodie Vuilleumier", "ATD Quart Monde Suisse", "Volontaire permanente"),
    ("Thomas Grandjean", "OAIS", "Adjoint de direction"),
    ("Aurélie Steiner", "OAIS", "Chargée de mission"),
)

_DECISIONS = (
    (-63, "Le groupe se réunit toutes les six semaines, en alternance à Meyrin et au centre-ville."),
    (-63, "La Fondation Zoein rédige une note de cadrage du projet pilote pour la prochaine séance."),
    (-21, "Le groupe adopte la charte de collaboration entre partenaires."),
    (-21, "L'Hospice général identifie cinq participants potentiels pour la phase pilote."),
    (-21, "Une présentation commune sera faite au forum de l'économie sociale et solidaire."),
)


def console_id(name: str) -> str:
    """The console user id of a person: their folded name, dashed."""
    return fold(name).replace(" ", "-")


def _at(now: datetime, days: int, hour: int, minute: int = 0) -> datetime:
    # past dates move back and future ones forward, so neither crosses « now »
    day = working_day((now + timedelta(days=days)).date(), later=days > 0)
    return datetime.combine(day, time(hour, minute), tzinfo=now.tzinfo)


def seed_demo(store: Store, now: datetime) -> bool:
    """Fill an empty demo group; return False if it already holds data."""
    data = store.group(DEMO_SLUG)
    if data.members():
        return False
    for name, organisation, role in _MEMBERS:
        data.add_member(name, organisation, role, {"console": console_id(name)})
    past_1 = data.add_meeting(_at(now, -63, 9), _at(now, -63, 11, 30), "Mairie de Meyrin, salle du conseil", created_by="Léa Marchand")
    past_2 = data.add_meeting(_at(now, -21, 14), _at(now, -21, 16), "Espace cocréation, Rue du Rhône 14, 5e étage", created_by="Léa Marchand")
    for meeting in (past_1, past_2):
        data.save_meeting(replace(meeting, status="held"))
    agenda = (
        AgendaItem("Avancement du projet RTE à Meyrin", "Léa Marchand"),
        AgendaItem("Note de cadrage de la phase pilote", "Yannick du Kerouëdan"),
        AgendaItem("Préparation du forum ESS", "Samira Benhaddou"),
        AgendaItem("Divers"),
    )
    data.add_meeting(_at(now, 3, 9), _at(now, 3, 11, 30), "Espace cocréation, Rue du Rhône 14, 5e étage", agenda, "Léa Marchand")
    for offset, text in _DECISIONS:
        meeting = past_1 if offset == -63 else past_2
        data.add_decision(text, meeting.start.date(), meeting.number, "Léa Marchand", "console:lea-marchand", meeting.start)
    data.add_deadline(_at(now, 10, 0), "Validation de la formalisation du groupe par les partenaires")
    data.add_deadline(_at(now, 40, 9), "Forum de l'économie sociale et solidaire (stand commun)", has_time=True)
    seed_after_meeting(store, DEMO_SLUG, past_2, now)
    return True

