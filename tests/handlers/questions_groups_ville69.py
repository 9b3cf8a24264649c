"""A group written for blind set 18e (ninth round, helper r9e) before its
writer read the understanding code: a Lyon-Villeurbanne « politique de la
ville » working group around the quartiers prioritaires of Saint-Jean and
the Buers (the Préfecture du Rhône's délégué du préfet, the Métropole de
Lyon, the cities of Villeurbanne and Lyon, two social landlords, two
centres sociaux, France Travail, the mission locale, the CAF, the
Métropole's solidarity house, a housing association and the conseil
citoyen), with tasks in the store, attendance recorded for the November
meeting and members' announcements for the December one.

The group's secretary (Aurélie Gauthier) is linked to the test sender, so
that « mes tâches » has an answer. Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["VILLE69_AFTER_SETUP", "VILLE69_ASKERS", "VILLE69_GROUPS", "VILLE69_TASKS"]

SLUG = "ville69"

VILLE69_MEMBERS = (
    ("Claire Dumontet", "Préfecture du Rhône", "Déléguée du préfet pour les quartiers de Villeurbanne"),
    ("Yannick Berthelot", "Métropole de Lyon", "Chef de projet politique de la ville, secteur Villeurbanne"),
    ("Fatima Zerrouki", "Ville de Villeurbanne", "Adjointe au maire chargée de la politique de la ville, présidente du groupe"),
    ("Grégoire Vial", "Ville de Lyon", "Chargé de mission développement social urbain pour le quartier Mermoz"),
    ("Nadia Cherkaoui", "Est Métropole Habitat", "Responsable de la gestion urbaine de proximité"),
    ("Thomas Perrin", "Lyon Métropole Habitat", "Chargé de développement social"),
    ("Sandrine Mollard", "Centre social des Buers", "Directrice"),
    ("Mamadou Diallo", "Centre social Saint-Jean", "Animateur jeunesse"),
    ("Émilie Charvet", "France Travail", "Conseillère référente quartiers prioritaires à l'agence de Villeurbanne"),
    ("Hugo Lambert", "Mission locale de Villeurbanne", "Directeur"),
    ("Leïla Bensaïd", "Habitat et Humanisme Rhône", "Coordinatrice de l'accompagnement vers le logement"),
    ("Jérôme Faure", "Caisse d'allocations familiales du Rhône", "Conseiller territorial"),
    ("Bénédicte Rocher", "Maison de la Métropole pour les solidarités de Villeurbanne", "Responsable territoriale de l'action sociale"),
    ("Rachid Amrani", "Conseil citoyen de Saint-Jean", "Représentant des habitants"),
    ("Aurélie Gauthier", "Métropole de Lyon", "Chargée de coordination, secrétaire du groupe"),
)

VILLE69_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:30", "Hôtel de ville de Villeurbanne, salle du conseil", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Centre social des Buers, Villeurbanne", ()),
    ("2026-11-17 14:00", "2026-11-17 16:00", "Préfecture du Rhône, salle Lacassagne", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Centre social Saint-Jean, Villeurbanne",
     ("Bilan de la programmation 2026 du contrat de ville", "Chantiers éducatifs de l'été", "Tranquillité résidentielle à Saint-Jean",
      "Questions diverses")),
    ("2027-01-19 09:30", "2027-01-19 12:00", "Hôtel de la Métropole, Lyon 3e", ("Appel à projets 2027",)),
    ("2027-02-23 14:00", "2027-02-23 16:00", "Mission locale de Villeurbanne", ()),
    ("2027-03-30 14:00", "2027-03-30 16:30", "Hôtel de ville de Villeurbanne, salle du conseil", ()),
)

VILLE69_DEADLINES = (
    ("2026-12-04", "Bilans intermédiaires des actions 2026 à déposer sur Dauphin"),
    ("2026-12-18", "Fiches projets des chantiers éducatifs"),
    ("2027-01-08", "Dépôt des dossiers de l'appel à projets contrat de ville 2027"),
    ("2027-02-05", "Rapport annuel politique de la ville"),
    ("2027-03-12", "Candidatures Ville Vie Vacances du printemps"),
)

VILLE69_DECISIONS = (
    ("2026-09-15", 1, "Le groupe se réunit une fois par mois, le mardi ou le jeudi, en alternant Villeurbanne et Lyon."),
    ("2026-09-15", 1, "La Métropole finance un poste d'adulte-relais au centre social Saint-Jean pendant trois ans."),
    ("2026-10-13", 2, "Les bailleurs prennent en charge la remise en état des halls d'immeubles dégradés aux Buers avant l'été."),
    ("2026-10-13", 2, "Un diagnostic en marchant est organisé avec le conseil citoyen de Saint-Jean au printemps."),
    ("2026-11-17", 3, "L'abattement de TFPB des bailleurs est consacré en priorité à la médiation et à la présence de proximité."),
    ("2026-11-17", 3, "La mission locale et France Travail tiennent une permanence commune chaque mercredi au centre social des Buers."),
    ("2026-11-17", 3, "Les chantiers éducatifs de l'été 2027 sont réservés aux jeunes de 16 à 25 ans des quartiers prioritaires."),
)

VILLE69_TASKS = {
    SLUG: (
        ("Envoyer le tableau de suivi de la programmation 2026", "Yannick Berthelot", "2026-11-27", 3),
        ("Réserver la grande salle du centre social Saint-Jean", "Mamadou Diallo", "2026-12-08", 3),
        ("Recenser les halls dégradés aux Buers", "Nadia Cherkaoui", "2026-11-25", 2),
        ("Rédiger le compte rendu de la séance de novembre", "Aurélie Gauthier", "2026-12-04", 3),
        ("Préparer le parcours du diagnostic en marchant", "Rachid Amrani", "2027-03-01", 2),
        ("Diffuser l'appel à projets aux associations", "Aurélie Gauthier", "2026-12-15", 3),
        ("Transmettre la liste des jeunes intéressés par les chantiers", "Hugo Lambert", "2026-11-10", 2, "done"),
    ),
}

VILLE69_GROUPS = {
    SLUG: (VILLE69_MEMBERS, VILLE69_MEETINGS, VILLE69_DEADLINES, VILLE69_DECISIONS, "Aurélie Gauthier"),
}

# The secretary is the test sender: « je » names her.
VILLE69_ASKERS = {SLUG: "Aurélie Gauthier"}

# What the secretary typed after the November meeting at the Préfecture (séance n°3); earlier ones were never recorded.
ATTENDANCE_COMMANDS = (
    "/presents n°3 Claire Dumontet, Yannick Berthelot, Fatima Zerrouki, Nadia Cherkaoui, Thomas Perrin, "
    "Sandrine Mollard, Émilie Charvet, Hugo Lambert, Aurélie Gauthier, Rachid Amrani",
    "/excuses n°3 Grégoire Vial, Jérôme Faure",
    "/absents n°3",
)

# What members said in the chat before the Saint-Jean meeting (séance n°4).
RSVPS = (
    ("Claire Dumontet", "/present"),
    ("Mamadou Diallo", "/present"),
    ("Leïla Bensaïd", "/present"),
    ("Thomas Perrin", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, "Aurélie Gauthier", "m69", ATTENDANCE_COMMANDS, RSVPS)

VILLE69_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
