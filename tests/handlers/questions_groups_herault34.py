"""A group written for the twelfth round (r12a): the departmental committee
for young people's insertion of the Hérault, where many bodies sit — the
State (the prefecture and its DDETS), the Département, the Région Occitanie,
the City of Montpellier and its Métropole, the town of Sète's social centre
(CCAS), France Travail, the CAF and the CPAM, the university hospital, the
university, the employers' bodies (Medef, CPME), two unions (CGT, CFDT) and
the Mission locale. Members name these bodies in their own words (« l'État »,
« la préf », « le département », « la sécu », « Pôle emploi », « la fac »,
« l'hôpital », « les patrons », « les syndicats », « la mairie »…). Tasks in
the store; the person asking is linked to a member; no attendance recorded.
Organisation names are real public bodies; every person is invented."""

from __future__ import annotations

__all__ = ["HERAULT34_ASKERS", "HERAULT34_GROUPS", "HERAULT34_TASKS"]

SLUG = "herault34"

HERAULT34_MEMBERS = (
    ("Sandrine Vidal-Marty", "Préfecture de l'Hérault", "Sous-préfète chargée de la cohésion sociale, coprésidente du comité"),
    ("Jean-Luc Fabre", "Département de l'Hérault", "Vice-président délégué à l'insertion, coprésident du comité"),
    ("Nadia Belkacem", "Département de l'Hérault", "Cheffe du service insertion des jeunes, coordinatrice du comité"),
    ("Olivier Rouquette", "DDETS de l'Hérault", "Inspecteur, référent emploi des jeunes"),
    ("Camille Arnaud", "Région Occitanie", "Chargée de mission apprentissage"),
    ("Thierry Py", "Ville de Montpellier", "Adjoint au maire délégué à la jeunesse"),
    ("Hélène Coste", "Montpellier Méditerranée Métropole", "Directrice de l'emploi et de l'insertion"),
    ("Corinne Sabatier", "CCAS de Sète", "Responsable du pôle jeunes"),
    ("Karim Ouali", "France Travail Hérault", "Directeur territorial délégué"),
    ("Mireille Gaubert", "CAF de l'Hérault", "Responsable de l'action sociale"),
    ("Patrice Lacombe", "CPAM de l'Hérault", "Chargé des relations avec les partenaires"),
    ("Agathe Ferrand", "CHU de Montpellier", "Médecin, responsable de la permanence d'accès aux soins"),
    ("Bastien Guiraud", "Université de Montpellier", "Vice-président délégué à la vie étudiante"),
    ("Florence Daumas", "Medef Hérault", "Déléguée générale"),
    ("Guillaume Teissier", "CPME de l'Hérault", "Président de la commission emploi-formation"),
    ("Yasmina Haddad", "Union départementale CGT de l'Hérault", "Secrétaire générale"),
    ("Rémi Castan", "CFDT Occitanie", "Secrétaire régional"),
    ("Laure Bonnafous", "Mission locale Montpellier Méditerranée", "Directrice"),
    ("Mathis Carrière", "Département de l'Hérault", "Assistant du comité, comptes rendus"),
)

HERAULT34_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:30", "Préfecture de l'Hérault, salon Joffre", ()),
    ("2026-10-13 14:00", "2026-10-13 16:30", "Hôtel du Département, Pierresvives", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "Mission locale, rue de la Croix de Lavit", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Hôtel de Région, Montpellier",
     ("Forum de l'alternance", "Bilan du contrat d'engagement jeune", "Questions diverses")),
    ("2027-01-19 14:00", "2027-01-19 16:30", "CHU de Montpellier, hôpital Saint-Éloi", ("Accès aux soins des jeunes",)),
    ("2027-03-16 14:00", "2027-03-16 16:30", "Mairie de Sète", ()),
)

HERAULT34_DEADLINES = (
    ("2026-12-11", "Liste des entreprises pour le forum de l'alternance"),
    ("2026-12-18", "Bilan du contrat d'engagement jeune à remonter à la DDETS"),
    ("2027-01-29", "Réponse à l'appel à projets mobilité de la Région"),
    ("2027-03-05", "Enquête sur le logement des apprentis"),
)

HERAULT34_DECISIONS = (
    ("2026-09-15", 1, "Le comité se réunit un mardi par mois à 14h, une fois sur deux hors de Montpellier."),
    ("2026-09-15", 1, "La Préfecture et le Département coprésident le comité ; le Département en assure le secrétariat."),
    ("2026-10-13", 2, "La CAF de l'Hérault finance le permis de conduire de 50 jeunes suivis par la Mission locale."),
    ("2026-10-13", 2, "Le Medef Hérault et la CPME organisent le forum de l'alternance le 4 février 2027 au Corum."),
    ("2026-11-17", 3, "La CPAM ouvre un rendez-vous santé le mercredi au CHU pour les jeunes sans complémentaire."),
    ("2026-11-17", 3, "L'Université de Montpellier réserve dix places en formation continue aux jeunes de la Mission locale."),
    ("2026-11-17", 3, "Les syndicats animent un atelier sur les droits des apprentis pendant le forum."),
)

HERAULT34_TASKS = {
    SLUG: (
        ("Envoyer la liste des entreprises pour le forum", "Florence Daumas", "2026-12-11", 2),
        ("Faire le bilan du contrat d'engagement jeune", "Karim Ouali", "2026-12-15", 3),
        ("Rédiger le compte rendu du 17 novembre", "Mathis Carrière", "2026-11-24", 3),
        ("Préparer la convention permis de conduire", "Mireille Gaubert", "2026-11-27", 2),
        ("Recenser les logements pour apprentis", "Thierry Py", "2027-02-26", 3),
        ("Réserver le Corum pour le forum", "Guillaume Teissier", "2026-12-18", 2),
        ("Préparer l'atelier sur les droits des apprentis", "Yasmina Haddad", "2027-01-22", 3),
        ("Envoyer l'ordre du jour de la séance du 8 décembre", "Nadia Belkacem", "2026-12-04", 3),
        ("Relancer la Région sur l'appel à projets mobilité", "Nadia Belkacem", "2027-01-15", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
HERAULT34_ASKERS = {SLUG: "Nadia Belkacem"}

HERAULT34_GROUPS = {
    SLUG: (HERAULT34_MEMBERS, HERAULT34_MEETINGS, HERAULT34_DEADLINES, HERAULT34_DECISIONS, "Nadia Belkacem"),
}
