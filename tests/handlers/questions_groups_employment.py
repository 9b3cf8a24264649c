"""Two employment groups the understanding was never tuned on, for the
held-out sets written by a second engineer: a Seine-Saint-Denis local
employment committee (set 5, written before their changes) and a
Neuchâtel insertion working group in Swiss usage (set 6, written after).
Both have tasks. Organisation names are real public bodies; every person
is invented."""

from __future__ import annotations

__all__ = ["EMPLOYMENT_GROUPS", "GROUP_TASKS"]

# A Seine-Saint-Denis local employment committee (France Travail, Mission
# locale, Département, PLIE, Cap emploi): held-out set 5's group, with tasks.
SPE_MEMBERS = (
    ("Farida Meziane", "France Travail", "Directrice de l'agence de Saint-Denis"),
    ("Grégoire Lambert", "Mission locale Plaine Commune", "Directeur"),
    ("Yasmina Cherif", "Conseil départemental de la Seine-Saint-Denis", "Cheffe du service RSA et insertion"),
    ("Antoine Brossard", "PLIE Plaine Commune", "Coordinateur du PLIE"),
    ("Mélanie Dufresne", "Cap emploi 93", "Conseillère en maintien dans l'emploi des travailleurs handicapés"),
    ("Stéphane Ouedraogo", "Ville d'Aubervilliers", "Adjoint au maire chargé de l'emploi"),
    ("Lina Bouaziz", "Ville de Saint-Ouen-sur-Seine", "Directrice du développement économique"),
    ("Hervé Tessier", "DDETS de la Seine-Saint-Denis", "Chef du pôle emploi et insertion"),
    ("Romain Guillot", "Chambre de métiers et de l'artisanat d'Île-de-France", "Chargé de développement de l'apprentissage"),
    ("Sabrina Lopes", "Ville de Saint-Denis", "Élue déléguée à l'insertion, présidente du comité"),
    ("Karima Aït-Ali", "Emmaüs Défi", "Responsable du chantier d'insertion"),
    ("Patrice N'Diaye", "FACE Seine-Saint-Denis", "Chargé de mission relations entreprises"),
    ("Julie Marchal", "Ville de Saint-Denis", "Secrétaire du comité"),
)

SPE_MEETINGS = (
    ("2026-09-22 09:30", "2026-09-22 12:00", "Bourse du travail de Saint-Denis", ()),
    ("2026-10-27 14:00", "2026-10-27 16:30", "Agence France Travail de Saint-Denis", ()),
    ("2026-11-24 09:30", "2026-11-24 11:30", "Visioconférence", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Mairie d'Aubervilliers, salle du conseil",
     ("Bilan du PLIE 2026", "Contrat d'engagement jeune", "Forum de l'alternance")),
    ("2027-01-12 09:30", "2027-01-12 12:00", "Mairie de Saint-Ouen-sur-Seine", ("Plan d'action 2027",)),
    ("2027-03-09 14:00", "2027-03-09 16:00", "Maison de l'emploi de Plaine Commune", ()),
)

SPE_DEADLINES = (
    ("2026-12-04", "Remontée des chiffres des allocataires du RSA accompagnés"),
    ("2026-12-18", "Réponse à l'appel à projets du Fonds social européen"),
    ("2027-01-29", "Forum de l'alternance à Saint-Ouen"),
    ("2027-02-15", "Transmission du bilan annuel du PLIE à la DDETS"),
)

SPE_DECISIONS = (
    ("2026-09-22", 1, "Le comité se réunit une fois par mois, en alternance dans les villes membres."),
    ("2026-09-22", 1, "France Travail et la Mission locale partagent un tableau de suivi des jeunes sans solution."),
    ("2026-10-27", 2, "Un forum de l'alternance est organisé à Saint-Ouen en janvier."),
    ("2026-10-27", 2, "Le Département cofinance trois postes de conseillers en insertion au PLIE."),
    ("2026-11-24", 3, "Cap emploi tient une permanence mensuelle à l'agence de Saint-Denis."),
    ("2026-11-24", 3, "Les offres liées aux clauses sociales sont diffusées d'abord aux participants du PLIE."),
)

# Tasks: (text, pilot's name, due day, meeting number); NOW (questions_groups) is 1 December 2026.
GROUP_TASKS_SPE = {
    "spe93": (
        ("Envoyer la liste des jeunes sans solution", "Grégoire Lambert", "2026-11-20", 2),
        ("Réserver la salle du forum de l'alternance", "Lina Bouaziz", "2026-12-20", 2),
        ("Préparer le bilan du PLIE", "Antoine Brossard", "2026-11-28", 3),
        ("Relancer les entreprises sur les clauses sociales", "Stéphane Ouedraogo", "2027-01-08", 3),
    ),
}


NE_MEMBERS = (
    ("Valérie Schneider", "Service de l'emploi (SEMP)", "Cheffe de l'office du marché du travail"),
    ("Yann Perrenoud", "ORP des Montagnes", "Conseiller en personnel"),
    ("Sarah Jeanneret", "Office de l'assurance-invalidité (OAI-NE)", "Spécialiste en réadaptation professionnelle"),
    ("Mathieu Rochat", "Ville de La Chaux-de-Fonds", "Conseiller communal, dicastère de l'action sociale"),
    ("Lucie Vuilleumier", "Ville de Neuchâtel", "Déléguée à l'intégration professionnelle"),
    ("Alain Huguenin", "Caritas Neuchâtel", "Responsable du programme d'insertion"),
    ("Noémie Girardin", "Centre social protestant (CSP)", "Assistante sociale"),
    ("Kevin Da Silva", "Service de l'action sociale (SASO)", "Chef de projet insertion socioprofessionnelle"),
    ("Christine Matthey", "Chambre neuchâteloise du commerce et de l'industrie (CNCI)", "Responsable formation"),
    ("Olivier Maret", "Job Service", "Directeur, président du groupe"),
    ("Isabelle Frutiger", "Ville de Neuchâtel", "Secrétaire du groupe"),
)

NE_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:00", "Hôtel de Ville, Neuchâtel", ()),
    ("2026-10-29 09:00", "2026-10-29 11:00", "ORP des Montagnes, La Chaux-de-Fonds", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Visioconférence", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Espace de l'Europe 21, Neuchâtel",
     ("Bilan des mesures d'insertion 2026", "Programme d'emplois temporaires", "Divers")),
    ("2027-01-28 09:00", "2027-01-28 11:00", "Maison du Peuple, La Chaux-de-Fonds", ("Budget 2027",)),
    ("2027-03-18 14:00", "2027-03-18 16:00", "Hôtel de Ville, Neuchâtel", ()),
)

NE_DEADLINES = (
    ("2026-12-03", "Retour des statistiques des bénéficiaires de l'aide sociale"),
    ("2026-12-17", "Dépôt du rapport au Conseil d'État sur les mesures d'insertion"),
    ("2027-01-15", "Inscriptions à la journée des employeurs"),
    ("2027-02-26", "Réponse à la consultation sur la révision de la loi sur l'emploi"),
)

NE_DECISIONS = (
    ("2026-09-17", 1, "Le groupe se retrouve toutes les six semaines, à Neuchâtel ou à La Chaux-de-Fonds."),
    ("2026-09-17", 1, "Un guichet commun ORP et aide sociale est testé aux Montagnes dès janvier."),
    ("2026-10-29", 2, "Caritas et le CSP organisent ensemble des ateliers de rédaction de CV."),
    ("2026-10-29", 2, "Le Canton finance vingt places supplémentaires en emplois temporaires."),
    ("2026-11-19", 3, "Une journée des employeurs est organisée en février avec la CNCI."),
)

GROUP_TASKS = {
    **GROUP_TASKS_SPE,
    "insertion-ne": (
        ("Envoyer les statistiques de l'aide sociale", "Kevin Da Silva", "2026-11-27", 3),
        ("Contacter les entreprises pour la journée des employeurs", "Christine Matthey", "2027-01-10", 3),
        ("Rédiger le bilan des mesures d'insertion", "Valérie Schneider", "2026-11-30", 2),
        ("Préparer la salle de la Maison du Peuple", "Mathieu Rochat", "2027-01-20", 3),
    ),
}

EMPLOYMENT_GROUPS = {
    "spe93": (SPE_MEMBERS, SPE_MEETINGS, SPE_DEADLINES, SPE_DECISIONS, "Sabrina Lopes"),
    "insertion-ne": (NE_MEMBERS, NE_MEETINGS, NE_DEADLINES, NE_DECISIONS, "Olivier Maret"),
}
