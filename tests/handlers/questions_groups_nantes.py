"""A group the understanding was never tuned on, for the entity engineer's
third blind set (written after all the fixes of sets 14 and 14b, without
probing it first): the steering committee of the Cité éducative of Nantes
Nord (Ville, Nantes Métropole, rectorat, préfecture, CAF, Département, a
social landlord, a collège, a centre social, ACCOORD, the Mission locale,
the university, a conseil citoyen). Tasks in the store. Organisation
names are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["NANTES_GROUPS", "NANTES_TASKS"]

EDUCATION_MEMBERS = (
    ("Anne-Laure Guérin", "Ville de Nantes", "Adjointe à la maire chargée de l'éducation, présidente du comité"),
    ("Sébastien Morin", "Nantes Métropole", "Chef de projet Cité éducative, secrétaire du comité"),
    ("Isabelle Le Roux", "Rectorat de l'académie de Nantes", "Inspectrice de l'Éducation nationale"),
    ("Frédéric Gautier", "Collège Stendhal", "Principal"),
    ("Aïcha Traoré", "Conseil citoyen Nantes Nord", "Porte-parole"),
    ("Guillaume Perrot", "Préfecture de la Loire-Atlantique", "Délégué du préfet pour Nantes Nord"),
    ("Maryse Baudry", "CAF de Loire-Atlantique", "Conseillère territoriale"),
    ("Olivier Le Floch", "Département de Loire-Atlantique", "Responsable de l'action éducative"),
    ("Nadège Cormier", "La Nantaise d'Habitations", "Chargée de développement social"),
    ("Yassine Benali", "ACCOORD", "Directeur de l'animation Nantes Nord"),
    ("Hélène Bossard", "Mission locale Nantes Métropole", "Conseillère en insertion"),
    ("Thomas Bréhier", "Centre social de la Boissière", "Directeur"),
    ("Camille Joubert", "Ville de Nantes", "Coordinatrice du projet éducatif de territoire"),
    ("Jean-Pierre Le Gall", "Université de Nantes", "Maître de conférences, évaluateur du programme"),
)

EDUCATION_MEETINGS = (
    ("2026-09-24 17:00", "2026-09-24 19:00", "Collège Stendhal, salle polyvalente", ()),
    ("2026-10-15 17:00", "2026-10-15 19:00", "Centre social de la Boissière", ()),
    ("2026-11-19 17:00", "2026-11-19 18:30", "Visioconférence", ()),
    ("2026-12-17 17:00", "2026-12-17 19:00", "Mairie annexe de Nantes Nord",
     ("Bilan du premier trimestre", "Vacances apprenantes")),
    ("2027-02-04 17:00", "2027-02-04 19:00", "Rectorat, rue de Bouillé", ("Évaluation du programme",)),
)

EDUCATION_DEADLINES = (
    ("2026-12-11", "Retour des projets pour les vacances apprenantes"),
    ("2027-01-22", "Bilan intermédiaire au rectorat"),
)

EDUCATION_DECISIONS = (
    ("2026-09-24", 1, "Le comité se réunit un jeudi soir par mois, dans un lieu du quartier."),
    ("2026-09-24", 1, "Le conseil citoyen désigne deux parents pour siéger au comité."),
    ("2026-10-15", 2, "Le collège Stendhal ouvre sa bibliothèque aux familles le mercredi."),
    ("2026-10-15", 2, "La CAF finance les sorties familiales des vacances d'hiver."),
    ("2026-11-19", 3, "L'université conduit l'évaluation de la Cité éducative."),
)

NANTES_TASKS = {
    "cite-educative44": (
        ("Rédiger le bilan du premier trimestre", "Sébastien Morin", "2026-12-10", 3),
        ("Recenser les familles pour les sorties d'hiver", "Maryse Baudry", "2026-11-27", 2),
        ("Préparer le questionnaire d'évaluation", "Jean-Pierre Le Gall", "2027-01-15", 3),
        ("Organiser la porte ouverte de la bibliothèque", "Frédéric Gautier", "2026-11-25", 2),
    ),
}

NANTES_GROUPS = {
    "cite-educative44": (EDUCATION_MEMBERS, EDUCATION_MEETINGS, EDUCATION_DEADLINES, EDUCATION_DECISIONS,
                         "Sébastien Morin"),
}
