"""A group the understanding was never tuned on, for the fourth engineer's
second held-out set (written after their fixes): an Ille-et-Vilaine
departmental steering committee on housing the most deprived (bailleurs
sociaux, CAF, DDETS, SIAO, associations). Tasks in the store. Organisation
names are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["HOUSING_COMMITTEE_GROUPS", "HOUSING_COMMITTEE_TASKS"]

COPIL_MEMBERS = (
    ("Corinne Le Bihan", "Département d'Ille-et-Vilaine", "Vice-présidente chargée du logement, coprésidente du comité"),
    ("Xavier Guillou", "DDETS d'Ille-et-Vilaine", "Directeur adjoint, coprésident du comité"),
    ("Nolwenn Rault", "Archipel Habitat", "Responsable de la gestion locative"),
    ("Yannick Le Goff", "Néotoa", "Directeur de la proximité"),
    ("Solène Briand", "CAF d'Ille-et-Vilaine", "Responsable de l'action sociale"),
    ("Marc Trémel", "SIAO 35", "Coordinateur de l'hébergement d'urgence"),
    ("Pauline Jézéquel", "Fondation pour le logement des défavorisés", "Chargée de mission Bretagne"),
    ("Thibault Morvan", "Rennes Métropole", "Chargé de mission habitat"),
    ("Gwenaëlle Hamon", "ADIL 35", "Juriste, prévention des expulsions"),
    ("Ronan Cadiou", "Ville de Saint-Malo", "Adjoint au maire chargé du logement"),
    ("Aurélie Lemoine", "Département d'Ille-et-Vilaine", "Cheffe de projet du plan départemental, secrétaire du comité"),
)

COPIL_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Hôtel du Département, Rennes", ()),
    ("2026-10-22 14:00", "2026-10-22 16:30", "Maison de l'habitat, Saint-Malo", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Visioconférence", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Préfecture d'Ille-et-Vilaine, salle Bretagne",
     ("Bilan des attributions 2026", "Charte de prévention des expulsions", "Questions diverses")),
    ("2027-01-28 14:00", "2027-01-28 16:30", "Siège de la CAF, Rennes", ("Logement d'abord",)),
    ("2027-03-25 14:00", "2027-03-25 16:30", "Mairie de Fougères", ()),
)

COPIL_DEADLINES = (
    ("2026-12-08", "Remontée des situations prioritaires au SIAO"),
    ("2026-12-21", "Avis sur le projet de charte de prévention des expulsions"),
    ("2027-01-15", "Bilan annuel des attributions aux ménages prioritaires"),
    ("2027-02-26", "Réponse à l'appel à projets Logement d'abord"),
)

COPIL_DECISIONS = (
    ("2026-09-24", 1, "Le comité se réunit un jeudi après-midi par mois, à Rennes ou à Saint-Malo."),
    ("2026-09-24", 1, "Les bailleurs sociaux réservent un quart de leurs attributions aux ménages du plan."),
    ("2026-10-22", 2, "La CAF finance un poste de travailleur social dédié aux impayés de loyer."),
    ("2026-10-22", 2, "Une commission de prévention des expulsions se tient chaque mois à la préfecture."),
    ("2026-11-19", 3, "Le Département et Rennes Métropole cofinancent cinquante logements en intermédiation locative."),
)

HOUSING_COMMITTEE_TASKS = {
    "copil-logement35": (
        ("Recenser les ménages prioritaires", "Marc Trémel", "2026-11-27", 2),
        ("Rédiger le projet de charte de prévention des expulsions", "Gwenaëlle Hamon", "2026-12-15", 3),
        ("Chiffrer le poste de travailleur social", "Solène Briand", "2026-11-20", 2),
        ("Lister les logements en intermédiation locative", "Thibault Morvan", "2027-01-20", 3),
    ),
}

HOUSING_COMMITTEE_GROUPS = {
    "copil-logement35": (COPIL_MEMBERS, COPIL_MEETINGS, COPIL_DEADLINES, COPIL_DECISIONS, "Aurélie Lemoine"),
}
