"""A group the understanding was never tuned on, for the blind set 16h (a
stranger's general set on the Swiss-French side): the Valais cantonal
working group on the non-take-up of social benefits, led from Sion by the
Service de l'action sociale, with the four towns of the Valais romand
(Sion, Sierre, Martigny, Monthey), the cantonal department and its
conseiller d'État, the office AI, Pro Senectute, Caritas, a centre
médico-social (CMS) and the HES-SO. It meets in plenary sessions in turn in
the towns and in a small « Bureau » that the coordinator writes at the head
of the place (a meeting has no other text field). Swiss usage in the roles:
président de commune, municipale, conseiller d'État, cheffe de service,
responsable régional, assistante sociale. Tasks in the store. Organisation
names are real public bodies; every person is invented."""

from __future__ import annotations

__all__ = ["VALAIS_GROUPS", "VALAIS_TASKS"]

VS_MEMBERS = (
    ("Valérie Crettenand", "Service de l'action sociale (SAS)", "Cheffe de service, présidente du groupe de travail"),
    ("Aline Métrailler", "Service de l'action sociale (SAS)", "Collaboratrice scientifique, secrétaire du groupe"),
    ("Christophe Moret", "Département de la santé, des affaires sociales et de la culture (DSSC)",
     "Conseiller d'État, chef du département"),
    ("Stéphane Zufferey", "Ville de Sion", "Conseiller municipal, président de la commission sociale"),
    ("Nathalie Fournier", "Ville de Sion", "Cheffe du service des affaires sociales"),
    ("Pierre-Yves Bonvin", "Ville de Sierre", "Président de commune"),
    ("Mélanie Darbellay", "Ville de Martigny", "Municipale en charge des affaires sociales"),
    ("Jean-Daniel Rey-Mermet", "Ville de Monthey", "Délégué à l'intégration et à la cohésion sociale"),
    ("Olivier Gay", "Office cantonal AI du Valais", "Responsable régional de la réadaptation professionnelle"),
    ("Sandra Luyet", "Pro Senectute Valais", "Assistante sociale, responsable du centre de Sion"),
    ("Fabrice Pitteloud", "Caritas Valais", "Responsable régional du Bas-Valais, conseiller en désendettement"),
    ("Isabelle Vouilloz", "Centre médico-social subrégional de Sion (CMS)", "Assistante sociale"),
    ("Laurent Theytaz", "Centre médico-social subrégional de Sion (CMS)", "Infirmier-chef des soins à domicile"),
    ("Romain Dayer", "HES-SO Valais-Wallis", "Professeur à la Haute école de travail social, responsable de l'enquête"),
)

VS_MEETINGS = (
    ("2026-09-10 14:00", "2026-09-10 16:30", "Service de l'action sociale, avenue de la Gare 39, Sion", ()),
    ("2026-10-01 12:15", "2026-10-01 13:30", "Bureau, visioconférence", ()),
    ("2026-10-15 09:00", "2026-10-15 11:30", "Hôtel de ville de Sierre, salle du Conseil", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "CMS de Martigny, salle de conférence", ()),
    ("2026-12-03 14:00", "2026-12-03 16:30", "Maison de commune de Monthey, salle du Conseil général",
     ("Dépliant sur les prestations sociales", "Bilan de la permanence itinérante", "Budget 2027", "Divers")),
    ("2026-12-15 12:15", "2026-12-15 13:30", "Bureau, Service de l'action sociale, Sion",
     ("Préparation du rapport au Conseil d'État",)),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Pro Senectute Valais, rue de la Porte-Neuve 20, Sion",
     ("Premiers résultats de l'enquête sur le non-recours",)),
    ("2027-03-11 14:00", "2027-03-11 16:30", "HES-SO Valais-Wallis, Haute école de travail social, Sierre",
     ("Rapport annuel au Conseil d'État",)),
)

VS_DEADLINES = (
    ("2026-12-04", "Retour des chiffres du non-recours par les CMS"),
    ("2026-12-11", "Relecture du dépliant par les communes"),
    ("2027-01-29", "Réponse à la consultation sur la révision de la loi sur l'intégration et l'aide sociale (LIAS)"),
    ("2027-02-19", "Journée cantonale de l'action sociale à Martigny"),
    ("2027-03-31", "Remise du rapport annuel au Conseil d'État"),
)

VS_DECISIONS = (
    ("2026-09-10", 1, "Le groupe de travail se réunit en séance plénière toutes les six semaines, en alternance dans les villes membres."),
    ("2026-09-10", 1, "Un dépliant sur les prestations sociales est édité en français, en allemand et en portugais."),
    ("2026-10-15", 3, "Une permanence sociale itinérante circule dans les villages du Valais central dès janvier 2027."),
    ("2026-10-15", 3, "La HES-SO mène une enquête sur le non-recours aux prestations auprès de 300 ménages."),
    ("2026-11-19", 4, "Les CMS signalent au Service de l'action sociale les situations de non-recours repérées lors des visites à domicile."),
    ("2026-11-19", 4, "Le budget de la permanence itinérante est fixé à 90 000 francs pour 2027."),
    ("2026-11-19", 4, "Les procès-verbaux sont déposés sur social.up dans la semaine qui suit chaque séance."),
)

VALAIS_TASKS = {
    "vs-sion": (
        ("Traduire le dépliant en allemand et en portugais", "Fabrice Pitteloud", "2026-11-27", 3),
        ("Recenser les villages desservis par la permanence itinérante", "Sandra Luyet", "2026-12-10", 3),
        ("Transmettre les chiffres du non-recours des CMS", "Isabelle Vouilloz", "2026-11-30", 4),
        ("Préparer le questionnaire de l'enquête auprès des ménages", "Romain Dayer", "2026-12-18", 4),
        ("Réserver la salle du Conseil général de Monthey", "Jean-Daniel Rey-Mermet", "2026-11-26", 4),
    ),
}

VALAIS_GROUPS = {
    "vs-sion": (VS_MEMBERS, VS_MEETINGS, VS_DEADLINES, VS_DECISIONS, "Aline Métrailler"),
}
