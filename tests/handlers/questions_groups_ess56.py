"""The social-and-solidarity-economy working group of the Pays de Vannes
(Morbihan), written in the tenth round (helper r10b) for blind set 19b:
the local ESS hub that runs it, the agglomeration, the CAF, the mission
locale, the Département, the town of Vannes, a social landlord, a
neighbourhood régie, a recyclerie, a solidarity-transport association,
the Secours populaire and a regional investor for social enterprises.
Members carry a role and often a charge (« chargée de la communication »);
decisions hand work to bodies or people (« est confiée à », « finance »,
« est envoyé aux »); tasks name a pilot. The person asking is linked to
a member. Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

__all__ = ["ESS56_ASKERS", "ESS56_GROUPS", "ESS56_TASKS"]

SLUG = "ess56"

ESS56_MEMBERS = (
    ("Gaëlle Le Floch", "Pôle ESS du Pays de Vannes", "Coordinatrice du pôle, animatrice du groupe de travail"),
    ("Yann Le Bihan", "Golfe du Morbihan - Vannes agglomération",
     "Vice-président chargé de l'économie sociale et solidaire, président du groupe de travail"),
    ("Soizic Guégan", "CAF du Morbihan", "Conseillère technique territoriale, référente animation de la vie sociale"),
    ("Erwan Jégo", "Mission locale du Pays de Vannes", "Directeur"),
    ("Nolwenn Tanguy", "Mission locale du Pays de Vannes", "Conseillère en insertion professionnelle"),
    ("Maëlle Daniel", "Vannes Golfe Habitat", "Chargée de développement social urbain"),
    ("Ronan Le Gall", "Régie de quartier de Kercado", "Directeur"),
    ("Anne-Laure Bouvier", "Secours populaire du Morbihan", "Secrétaire générale, chargée de l'aide alimentaire"),
    ("Thierry Moisan", "Département du Morbihan", "Chef du service insertion, suivi des clauses sociales"),
    ("Morgane Kerhervé", "Pôle ESS du Pays de Vannes", "Chargée de communication"),
    ("Loïc Evano", "Ville de Vannes", "Adjoint au maire délégué à la solidarité et à la vie associative"),
    ("Claire Rio", "France Active Bretagne", "Chargée d'accompagnement financier des entreprises solidaires"),
    ("Patrick Le Roux", "Le Comptoir du réemploi", "Président de la recyclerie, trésorier du pôle ESS"),
    ("Sandrine Olivier", "Association En Route 56", "Coordinatrice du transport solidaire"),
)

ESS56_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Maison des associations de Vannes, salle Ti Douar", ()),
    ("2026-10-27 09:30", "2026-10-27 12:00", "Hôtel d'agglomération, Vannes", ()),
    ("2026-11-24 14:00", "2026-11-24 16:30", "Régie de quartier de Kercado", ()),
    ("2026-12-15 09:30", "2026-12-15 12:00", "CAF du Morbihan, Vannes",
     ("Résultats du questionnaire de recrutement", "Étude de la légumerie : point d'étape", "Mois de l'ESS 2027")),
    ("2027-02-09 14:00", "2027-02-09 16:30", "Mairie de Questembert", ("Bilan des navettes solidaires",)),
    ("2027-04-06 09:30", "2027-04-06 11:30", "Visioconférence", ()),
)

ESS56_DEADLINES = (
    ("2026-12-11", "Retour du questionnaire sur les besoins de recrutement"),
    ("2027-01-15", "Synthèse du diagnostic emploi de l'ESS"),
    ("2027-02-26", "Candidatures au budget participatif de l'agglomération"),
    ("2027-03-31", "Dépôt des projets à l'appel à initiatives jeunesse de la CAF"),
)

ESS56_DECISIONS = (
    ("2026-09-22", 1, "Le groupe de travail se réunit tous les deux mois, en alternance chez les membres."),
    ("2026-09-22", 1, "Le diagnostic emploi de l'ESS est piloté par le pôle ESS avec l'appui de la mission locale."),
    ("2026-10-27", 2, "L'étude de faisabilité d'une légumerie solidaire est confiée à France Active Bretagne."),
    ("2026-10-27", 2, "La CAF du Morbihan finance pendant un an les navettes solidaires vers les chantiers d'insertion."),
    ("2026-10-27", 2, "Un questionnaire sur les besoins de recrutement est envoyé aux associations employeuses et aux SIAE."),
    ("2026-11-24", 3, "La régie de quartier de Kercado assure l'entretien des jardins partagés de Vannes Golfe Habitat."),
    ("2026-11-24", 3, "Nolwenn Tanguy est désignée référente du parcours jeunes ESS de la mission locale."),
    ("2026-11-24", 3, "Le Mois de l'ESS 2027 est coordonné par la Ville de Vannes."),
    ("2026-11-24", 3, "Une enquête sur l'engagement des bénévoles est menée par le Secours populaire."),
)

ESS56_TASKS = {
    SLUG: (
        ("Envoyer le questionnaire aux structures", "Morgane Kerhervé", "2026-11-20", 2),
        ("Relancer les SIAE qui n'ont pas répondu", "Nolwenn Tanguy", "2026-12-11", 3),
        ("Rédiger la synthèse du diagnostic emploi", "Gaëlle Le Floch", "2027-01-15", 2),
        ("Réserver le Palais des Arts pour le Mois de l'ESS", "Loïc Evano", "2027-02-01", 3),
        ("Chiffrer le coût d'une deuxième navette", "Sandrine Olivier", "2026-11-27", 2),
        ("Mettre à jour la page du groupe sur le site du pôle", "Morgane Kerhervé", "2026-10-30", 1, "done"),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
ESS56_ASKERS = {SLUG: "Morgane Kerhervé"}

ESS56_GROUPS = {
    SLUG: (ESS56_MEMBERS, ESS56_MEETINGS, ESS56_DEADLINES, ESS56_DECISIONS, "Gaëlle Le Floch"),
}
