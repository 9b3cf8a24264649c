"""A group written by the lead in the sixteenth round, for the lead's blind
set 27, measured once, on the round's final code, and not fixed after: the
commission locale de développement rural (CLDR) of a Walloon rural commune,
Durbuy — the commune (its burgomaster chairs), the Fondation rurale de
Wallonie that runs the programme, the regional administration (SPW), a LEADER
local action group, the CPAS, the tourist office, an association, and
inhabitants of the villages sitting as full or substitute members. Plenaries
alternate with thematic working groups, at 20:00 in the villages. Tasks in
the store; the person asking is the foundation's development officer.
Organisation names are real public bodies or plausible ones; every person is
invented."""

from __future__ import annotations

__all__ = ["CLDR_ASKERS", "CLDR_GROUPS", "CLDR_TASKS"]

SLUG = "cldr-durbuy"

CLDR_MEMBERS = (
    ("Philippe Lambotte", "Commune de Durbuy", "Bourgmestre, président de la CLDR"),
    ("Anne-Sophie Collard", "Commune de Durbuy", "Échevine du développement rural et de la mobilité"),
    ("Régine Hubert", "Commune de Durbuy", "Agente de développement local"),
    ("Maxime Dethier", "Fondation rurale de Wallonie", "Agent de développement"),
    ("Laetitia Gérard", "Fondation rurale de Wallonie", "Chargée de projets"),
    ("Jean-Luc Wathelet", "Habitants de Barvaux", "Membre effectif, secrétaire de la CLDR"),
    ("Marie Leclercq", "Habitants de Bomal", "Membre effective"),
    ("Didier Pirotte", "Habitants de Septon", "Membre suppléant"),
    ("Christophe Noël", "Habitants de Grandhan", "Agriculteur, membre effectif"),
    ("Chantal Renard", "Syndicat d'initiative de Durbuy", "Présidente"),
    ("Stéphane Close", "CPAS de Durbuy", "Président du CPAS"),
    ("Nathalie Jamar", "SPW Agriculture, Ressources naturelles et Environnement", "Attachée à la direction du développement rural"),
    ("Olivier Bastin", "GAL Pays de l'Ourthe", "Coordinateur"),
    ("Véronique Lejeune", "Les Jardins de Tohogne", "Gestionnaire de l'asbl"),
)

CLDR_MEETINGS = (
    ("2026-09-22 20:00", "2026-09-22 22:00", "Réunion plénière de la CLDR, maison de village de Bomal", ()),
    ("2026-10-27 20:00", "2026-10-27 22:00", "Groupe de travail mobilité, école communale de Septon", ()),
    ("2026-11-24 20:00", "2026-11-24 22:00", "Réunion plénière de la CLDR, salle du conseil communal, Barvaux", ()),
    ("2026-12-15 20:00", "2026-12-15 22:00", "Réunion plénière de la CLDR, maison de village de Grandhan",
     ("Priorisation des fiches-projets", "Convention pour la maison de village de Tohogne", "Rapport annuel 2026")),
    ("2027-01-26 20:00", "2027-01-26 22:00", "Groupe de travail énergie, salle des fêtes de Tohogne",
     ("Communauté d'énergie renouvelable", "Cadastre des toitures")),
    ("2027-03-16 20:00", "2027-03-16 22:00", "Réunion plénière de la CLDR, salle du conseil communal, Barvaux", ()),
)

CLDR_DEADLINES = (
    ("2026-12-11", "Remise des avis sur l'avant-projet de liaison cyclable"),
    ("2026-12-31", "Rapport annuel à la Région"),
    ("2027-01-15", "Demande de convention pour la maison de village de Tohogne"),
    ("2027-02-26", "Appel à projets Villages en transition"),
)

CLDR_DECISIONS = (
    ("2026-09-22", 1, "La CLDR se réunit en plénière quatre fois par an, les groupes de travail entre les plénières."),
    ("2026-09-22", 1, "Les réunions commencent à 20 heures, à tour de rôle dans les villages de l'entité."),
    ("2026-10-27", 2, "La liaison cyclable entre Barvaux et Bomal est la première priorité du lot 1."),
    ("2026-10-27", 2, "Un comptage des passages de vélos est demandé au SPW pour le mois d'avril."),
    ("2026-11-24", 3, "La maison de village de Tohogne est rénovée pour 450 000 euros, subsidiés à 80 % par la Région."),
    ("2026-11-24", 3, "Le Syndicat d'initiative tient l'agenda en ligne des activités des villages."),
    ("2026-11-24", 3, "Un membre suppléant remplace un membre effectif absent, avec droit de vote."),
    ("2026-11-24", 3, "Le rapport annuel est rédigé par la Fondation rurale de Wallonie et approuvé par courriel."),
    ("2026-11-24", 3, "Un atelier rural pour les artisans est étudié à Grandhan."),
    ("2026-11-24", 3, "Un appel public à nouveaux membres est lancé en septembre 2027."),
)

CLDR_TASKS = {
    SLUG: (
        ("Envoyer le PV de la plénière du 24 novembre", "Maxime Dethier", "2026-11-30", 3),
        ("Contacter le SPW pour le comptage des vélos", "Régine Hubert", "2026-12-18", 2),
        ("Préparer les fiches-projets pour la priorisation", "Laetitia Gérard", "2026-12-10", 3),
        ("Réserver la maison de village de Grandhan", "Marie Leclercq", "2026-11-27", 3, "done"),
        ("Rédiger le rapport annuel", "Maxime Dethier", "2026-12-28", 3),
        ("Faire le relevé des toitures communales", "Olivier Bastin", "2026-11-20", 2),
        ("Demander un devis pour l'étude de l'atelier rural", "Anne-Sophie Collard", "2027-01-10", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CLDR_ASKERS = {SLUG: "Maxime Dethier"}

CLDR_GROUPS = {
    SLUG: (CLDR_MEMBERS, CLDR_MEETINGS, CLDR_DEADLINES, CLDR_DECISIONS, "Philippe Lambotte"),
}
