"""A Haute-Loire working group on the adaptation of rural communes to
climate change (water, heat, hedges, waste, transport), written by the
synonyms engineer of the seventh round for the second blind set 16ab,
after the fixes of set 16a and without looking at this set's answers. Its
decisions are recorded tersely, as coordinators record them. Tasks in the
store. Organisation names are real public bodies or plausible ones; every
person is invented."""

from __future__ import annotations

__all__ = ["HAUTELOIRE_GROUPS", "HAUTELOIRE_TASKS"]

HAUTELOIRE_MEMBERS = (
    ("Séverine Chabanon", "Communauté d'agglomération du Puy-en-Velay", "Vice-présidente à l'environnement, animatrice du groupe"),
    ("Thierry Rouchon", "Communauté de communes des Sucs", "Chargé de mission climat"),
    ("Mireille Faure-Brac", "Commune de Retournac", "Maire"),
    ("Jean-Luc Reynaud", "Commune de Saint-Julien-Chapteuil", "Premier adjoint, chargé des écoles"),
    ("Coralie Bonnefoy", "Conseil départemental de la Haute-Loire", "Ingénieure eau et assainissement"),
    ("Benoît Vialle", "Chambre d'agriculture de la Haute-Loire", "Conseiller agronomie"),
    ("Agnès Mathieu", "SICTOM Emblavez-Meygal", "Directrice"),
    ("Pascal Grangeon", "Syndicat des eaux du Velay", "Directeur technique"),
    ("Lucie Arsac", "Institut d'études occitanes de la Haute-Loire", "Animatrice"),
    ("Damien Soulier", "CPIE du Velay", "Animateur nature"),
)

HAUTELOIRE_MEETINGS = (
    ("2026-09-29 14:00", "2026-09-29 16:30", "Hôtel d'agglomération, Le Puy-en-Velay", ()),
    ("2026-11-24 09:30", "2026-11-24 12:00", "Mairie d'Yssingeaux, salle du conseil", ()),
    ("2027-01-26 14:00", "2027-01-26 16:30", "Hôtel d'agglomération, Le Puy-en-Velay",
     ("Bilan des cuves de récupération", "Tarification de l'eau", "Calendrier 2027")),
    ("2027-03-30 09:30", "2027-03-30 12:00", "Mairie de Retournac", ()),
)

HAUTELOIRE_DEADLINES = (
    ("2026-12-11", "Inventaire des points d'eau communaux"),
    ("2027-01-15", "Candidature à l'appel à projets Renaturer les cours d'école"),
    ("2027-02-26", "Comice agricole de printemps à Yssingeaux"),
)

HAUTELOIRE_DECISIONS = (
    ("2026-09-29", 1, "Le groupe se réunit tous les deux mois, en alternance au Puy-en-Velay et à Yssingeaux."),
    ("2026-09-29", 1, "Récupérateurs d'eau de pluie : 300 cuves distribuées aux habitants des communes pilotes."),
    ("2026-09-29", 1, "Plantation de 2 km de haies le long des routes départementales en 2027."),
    ("2026-09-29", 1, "Les cours d'école de Retournac et de Saint-Julien-Chapteuil seront désimperméabilisées."),
    ("2026-09-29", 1, "Le portail d'information du groupe sera aussi publié en occitan."),
    ("2026-11-24", 2, "Enveloppe de 25 000 € pour l'achat de broyeurs de végétaux mutualisés."),
    ("2026-11-24", 2, "Arrosage des espaces verts communaux interdit entre 10 h et 18 h l'été."),
    ("2026-11-24", 2, "Le SICTOM organise une collecte des pneus agricoles au printemps."),
    ("2026-11-24", 2, "Un bus des montagnes relie les villages du Mézenc au marché du Puy le samedi."),
    ("2026-11-24", 2, "Le Syndicat des eaux étudie une tarification progressive de l'eau potable."),
    ("2026-11-24", 2, "Stand commun sur la sobriété au comice agricole de printemps."),
    ("2026-11-24", 2, "Formation des élus au plan communal de sauvegarde (inondations, canicule) en février."),
    ("2026-11-24", 2, "Report de l'étude sur les îlots de fraîcheur à l'automne 2027."),
    ("2026-11-24", 2, "Le compte rendu de la séance de septembre est adopté."),
    ("2026-11-24", 2, "Le Département cofinance à 50 % la recherche de fuites sur les réseaux d'eau."),
)

HAUTELOIRE_TASKS = {
    "climat43": (
        ("Commander les cuves de récupération", "Thierry Rouchon", "2026-11-20", 1),
        ("Choisir les broyeurs de végétaux", "Agnès Mathieu", "2026-12-18", 2),
        ("Traduire le portail en occitan", "Lucie Arsac", "2027-01-10", 1),
    ),
}

HAUTELOIRE_GROUPS = {
    "climat43": (HAUTELOIRE_MEMBERS, HAUTELOIRE_MEETINGS, HAUTELOIRE_DEADLINES, HAUTELOIRE_DECISIONS,
                 "Séverine Chabanon"),
}
