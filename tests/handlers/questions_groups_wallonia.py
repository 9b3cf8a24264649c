"""A group the understanding was never tuned on, for the held-out sets of
the fourth engineer: a Walloon partnership between communes and their
CPAS around the Plan de cohésion sociale (Namur, Andenne; the Forem, the
SPW, the Relais social, Lire et Écrire; Belgian usage: échevin,
bourgmestre, président du CPAS). Tasks in the store. Organisation names
are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["WALLONIA_GROUPS", "WALLONIA_TASKS"]

PCS_MEMBERS = (
    ("Véronique Dethier", "Ville de Namur", "Échevine de la cohésion sociale"),
    ("Grégory Lambotte", "CPAS de Namur", "Président du CPAS, président du partenariat"),
    ("Anne-Sophie Wauthier", "CPAS de Namur", "Directrice générale"),
    ("Benoît Collignon", "Ville d'Andenne", "Bourgmestre"),
    ("Sabrina Hennuy", "CPAS d'Andenne", "Assistante sociale, référente logement"),
    ("Kevin Delvaux", "Forem", "Conseiller référent pour les bénéficiaires du revenu d'intégration"),
    ("Laetitia Gobert", "Service public de Wallonie (SPW) Intérieur et Action sociale", "Inspectrice du Plan de cohésion sociale"),
    ("Jérôme Pirson", "Relais social urbain namurois (RSUN)", "Coordinateur, chargé de l'urgence sociale"),
    ("Mireille Lenoir", "Lire et Écrire Namur", "Formatrice en alphabétisation"),
    ("Ahmed Bouhlal", "Fédération des CPAS", "Conseiller juridique"),
    ("Stéphanie Marchal", "Ville de Namur", "Cheffe de projet du Plan de cohésion sociale, secrétaire du partenariat"),
)

PCS_MEETINGS = (
    ("2026-09-11 09:30", "2026-09-11 12:00", "Hôtel de ville de Namur", ()),
    ("2026-10-16 09:30", "2026-10-16 12:00", "CPAS d'Andenne, salle du conseil", ()),
    ("2026-11-20 14:00", "2026-11-20 16:00", "Visioconférence", ()),
    ("2026-12-11 09:30", "2026-12-11 12:00", "Espace social Télémaque, Namur",
     ("Grand froid : places d'accueil de nuit", "Rapport annuel du PCS", "Divers")),
    ("2027-02-05 09:30", "2027-02-05 12:00", "Centre culturel d'Andenne", ("Bilan de l'hiver",)),
    ("2027-04-23 09:30", "2027-04-23 12:00", "Maison des citoyens, Namur", ()),
)

PCS_DEADLINES = (
    ("2026-12-07", "Remise des fiches actions du Plan de cohésion sociale au SPW"),
    ("2026-12-18", "Candidature à l'appel à projets Été solidaire"),
    ("2027-01-29", "Envoi des statistiques du revenu d'intégration au SPP Intégration sociale"),
    ("2027-03-31", "Rapport financier du Plan de cohésion sociale"),
)

PCS_DECISIONS = (
    ("2026-09-11", 1, "Le partenariat se réunit le vendredi matin, en alternance à Namur et à Andenne."),
    ("2026-09-11", 1, "Une permanence commune CPAS-Forem est ouverte chaque mardi à Andenne."),
    ("2026-10-16", 2, "Le Relais social coordonne le plan grand froid pour les deux communes."),
    ("2026-10-16", 2, "Les ateliers d'alphabétisation de Lire et Écrire sont proposés aux bénéficiaires du CPAS."),
    ("2026-11-20", 3, "Un guichet unique de l'énergie est créé avec la Fédération des CPAS."),
)

WALLONIA_TASKS = {
    "pcs-namur": (
        ("Compiler les fiches actions du PCS", "Stéphanie Marchal", "2026-11-27", 2),
        ("Recenser les places d'accueil de nuit", "Jérôme Pirson", "2026-12-09", 3),
        ("Préparer la convention de la permanence Forem", "Kevin Delvaux", "2026-11-24", 1),
        ("Rédiger la note juridique sur le guichet énergie", "Ahmed Bouhlal", "2027-01-15", 3),
    ),
}

WALLONIA_GROUPS = {
    "pcs-namur": (PCS_MEMBERS, PCS_MEETINGS, PCS_DEADLINES, PCS_DECISIONS, "Grégory Lambotte"),
}
