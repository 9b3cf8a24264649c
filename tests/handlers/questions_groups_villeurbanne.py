"""A group written by the lead during the tenth round, never shown to its
engineers: the steering group of Villeurbanne's projet éducatif de
territoire (the city's education department and an elected deputy, the
national education inspectorate, the CAF du Rhône, social centres, a youth
club, a sports association, a parents' federation, a collège, the
métropole). Written as parents and youth workers type in a chat. Tasks in
the store; the person asking is linked to a member; no attendance recorded.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["VILLEURBANNE_ASKERS", "VILLEURBANNE_GROUPS", "VILLEURBANNE_TASKS"]

SLUG = "villeurbanne"

VILLEURBANNE_MEMBERS = (
    ("Sarah Benhamou", "Ville de Villeurbanne", "Adjointe à l'éducation, présidente du comité de pilotage du PEdT"),
    ("Guillaume Roche", "Ville de Villeurbanne", "Coordinateur du PEdT, direction de l'éducation"),
    ("Isabelle Nguyen", "Éducation nationale, circonscription de Villeurbanne", "Inspectrice de l'Éducation nationale"),
    ("Patrice Delorme", "CAF du Rhône", "Conseiller territorial"),
    ("Amina Kaci", "Centre social des Buers", "Directrice"),
    ("Jérôme Faure", "MJC de Villeurbanne", "Animateur jeunesse"),
    ("Céline Bouvier", "ASUL Villeurbanne", "Éducatrice sportive"),
    ("Marc-Antoine Girard", "FCPE du Rhône", "Représentant des parents d'élèves"),
    ("Nora Belkacem", "Collège Jean-Jaurès", "Principale adjointe"),
    ("Vincent Lacroix", "Métropole de Lyon", "Chargé de mission réussite éducative"),
    ("Laura Pinto", "Ville de Villeurbanne", "Responsable des accueils périscolaires"),
)

VILLEURBANNE_MEETINGS = (
    ("2026-09-24 17:30", "2026-09-24 19:30", "Hôtel de ville de Villeurbanne, salle des commissions", ()),
    ("2026-11-05 17:30", "2026-11-05 19:30", "Centre social des Buers", ()),
    ("2026-12-10 17:30", "2026-12-10 19:30", "Hôtel de ville de Villeurbanne, salle des commissions",
     ("Mercredis éducatifs", "Aide aux devoirs", "Points divers")),
    ("2027-01-28 17:30", "2027-01-28 19:30", "MJC de Villeurbanne", ("Fête du jeu",)),
    ("2027-03-18 17:30", "2027-03-18 19:30", "Collège Jean-Jaurès", ()),
)

VILLEURBANNE_DEADLINES = (
    ("2026-12-04", "Inscriptions aux ateliers du mercredi"),
    ("2026-12-17", "Dossier de subvention à la CAF"),
    ("2027-01-15", "Bilan du premier trimestre des accueils périscolaires"),
    ("2027-02-12", "Programme de la fête du jeu"),
)

VILLEURBANNE_DECISIONS = (
    ("2026-09-24", 1, "Les ateliers du mercredi matin sont gratuits pour les familles au quotient familial inférieur à 600."),
    ("2026-09-24", 1, "Le comité de pilotage se réunit toutes les six semaines en fin de journée."),
    ("2026-11-05", 2, "L'aide aux devoirs est ouverte aux élèves de CM1 et de CM2 dans les trois centres sociaux."),
    ("2026-11-05", 2, "La fête du jeu aura lieu au parc de la Feyssine le samedi 5 juin 2027."),
    ("2026-11-05", 2, "La CAF finance deux postes d'animateurs supplémentaires pour les accueils du soir."),
)

VILLEURBANNE_TASKS = {
    SLUG: (
        ("Envoyer le questionnaire aux parents", "Marc-Antoine Girard", "2026-11-27", 2),
        ("Réserver le parc de la Feyssine", "Guillaume Roche", "2027-01-20", 2),
        ("Recruter les bénévoles de l'aide aux devoirs", "Amina Kaci", "2026-12-11", 2),
        ("Faire le bilan des inscriptions périscolaires", "Laura Pinto", "2026-11-30", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
VILLEURBANNE_ASKERS = {SLUG: "Guillaume Roche"}

VILLEURBANNE_GROUPS = {
    SLUG: (VILLEURBANNE_MEMBERS, VILLEURBANNE_MEETINGS, VILLEURBANNE_DEADLINES, VILLEURBANNE_DECISIONS,
           "Guillaume Roche"),
}
