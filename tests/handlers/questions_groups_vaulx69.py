"""A group written by the lead in the thirteenth round, for the lead's blind
set 21: the steering group of Vaulx-en-Velin's « Cité de l'emploi » (Métropole
de Lyon): the Ville de Vaulx-en-Velin, the préfecture's délégué, the
Métropole de Lyon, France Travail, the Mission locale, the PLIE (Uni-Est), a
régie de quartier, an insertion company, the CCI, the Maison de la
Métropole pour les solidarités, an association of women's rights and a
neighbourhood association. Copils and working sessions alternate; a jobs
forum is decided. Tasks in the store; the person asking is the coordinator.
Organisation names are real public bodies or plausible ones; every person is
invented."""

from __future__ import annotations

__all__ = ["VAULX69_ASKERS", "VAULX69_GROUPS", "VAULX69_TASKS"]

SLUG = "vaulx69"

VAULX69_MEMBERS = (
    ("Karima Benali", "Ville de Vaulx-en-Velin", "Adjointe au maire déléguée à l'emploi et à l'insertion, présidente du copil"),
    ("Julien Ferrand", "Ville de Vaulx-en-Velin", "Coordinateur de la Cité de l'emploi"),
    ("Ophélie Marchand", "Préfecture du Rhône", "Déléguée du préfet pour Vaulx-en-Velin"),
    ("Denis Carrel", "Métropole de Lyon", "Chargé de mission insertion, direction de l'insertion et de l'emploi"),
    ("Sabrina Haddou", "France Travail Vaulx-en-Velin", "Directrice d'agence"),
    ("Thierry Lamotte", "Mission locale de Vaulx-en-Velin", "Directeur"),
    ("Inès Mokrani", "Mission locale de Vaulx-en-Velin", "Conseillère CEJ, référente quartiers prioritaires"),
    ("Paul Verdier", "PLIE Uni-Est", "Chargé de relations entreprises"),
    ("Mathilde Rousset", "Régie de quartier Vaulx Services", "Directrice"),
    ("Hakim Zeroual", "Envie Rhône (entreprise d'insertion)", "Encadrant technique"),
    ("Claire Dubreuil", "CCI Lyon Métropole", "Conseillère emploi-compétences"),
    ("Nadia Sellami", "Maison de la Métropole pour les solidarités de Vaulx-en-Velin", "Travailleuse sociale RSA"),
    ("Aurélie Petitjean", "CIDFF du Rhône", "Juriste, référente égalité femmes-hommes"),
    ("Youssef Amrani", "Association Mas du Taureau Ensemble", "Président"),
    ("Sophie Gandon", "Ville de Vaulx-en-Velin", "Assistante de la direction emploi, secrétariat du copil"),
)

VAULX69_MEETINGS = (
    ("2026-09-17 09:30", "2026-09-17 11:30", "Copil, Hôtel de ville de Vaulx-en-Velin", ()),
    ("2026-10-15 14:00", "2026-10-15 16:00", "Réunion de travail, Mission locale de Vaulx-en-Velin", ()),
    ("2026-11-19 09:30", "2026-11-19 11:30", "Copil, Planétarium de Vaulx-en-Velin", ()),
    ("2026-12-10 09:30", "2026-12-10 11:30", "Copil, Hôtel de ville de Vaulx-en-Velin",
     ("Bilan du job dating de novembre", "Forum de l'emploi 2027", "Programmation PLIE 2027", "Points divers")),
    ("2027-01-14 14:00", "2027-01-14 16:00", "Réunion de travail, Régie de quartier Vaulx Services",
     ("Parcours des femmes éloignées de l'emploi", "Clauses sociales du chantier du Mas du Taureau")),
    ("2027-02-11 09:30", "2027-02-11 11:30", "Copil, Hôtel de ville de Vaulx-en-Velin", ("Préparation du forum",)),
)

VAULX69_DEADLINES = (
    ("2026-12-04", "Liste des entreprises pour le forum de l'emploi"),
    ("2026-12-18", "Dossier de demande de subvention Politique de la ville"),
    ("2027-01-08", "Bilan CEJ 2026 de la Mission locale"),
    ("2027-01-29", "Candidatures à l'appel à projets insertion de la Métropole"),
    ("2027-03-05", "Inscriptions des exposants au forum"),
)

VAULX69_DECISIONS = (
    ("2026-09-17", 1, "Le copil se réunit désormais le jeudi matin, pour laisser le mardi aux permanences de la Mission locale."),
    ("2026-09-17", 1, "Le secrétariat du copil est assuré par la direction emploi de la Ville."),
    ("2026-10-15", 2, "Un job dating est organisé le 26 novembre à la Mission locale, avec dix entreprises du territoire."),
    ("2026-10-15", 2, "La Régie de quartier recrute huit personnes en parcours d'insertion pour l'entretien des espaces verts."),
    ("2026-11-19", 3, "Le forum de l'emploi 2027 aura lieu le 18 mars au Planétarium."),
    ("2026-11-19", 3, "Le PLIE ouvre ses parcours aux demandeurs d'emploi de plus de 50 ans résidant dans les quartiers prioritaires."),
    ("2026-11-19", 3, "La Métropole finance la garde d'enfants pour les mères en formation, dans la limite de vingt places."),
    ("2026-11-19", 3, "Aurélie Petitjean est référente pour l'égalité femmes-hommes dans les actions de la Cité de l'emploi."),
    ("2026-11-19", 3, "Les comptes rendus sont diffusés sous huit jours par le secrétariat."),
    ("2026-11-19", 3, "Les clauses sociales du chantier du Mas du Taureau réservent 10 % des heures aux habitants du quartier."),
)

VAULX69_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du copil de novembre", "Sophie Gandon", "2026-11-27", 3),
        ("Relancer les entreprises du forum", "Paul Verdier", "2026-12-04", 3),
        ("Réserver le Planétarium pour le forum", "Julien Ferrand", "2026-12-15", 3),
        ("Transmettre les chiffres du job dating", "Thierry Lamotte", "2026-11-30", 3),
        ("Préparer la fiche action garde d'enfants", "Denis Carrel", "2027-01-08", 3),
        ("Monter le dossier de subvention", "Julien Ferrand", "2026-12-18", 3),
        ("Faire le point sur les inscrits CEJ", "Inès Mokrani", "2026-11-20", 2, "done"),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
VAULX69_ASKERS = {SLUG: "Julien Ferrand"}

VAULX69_GROUPS = {
    SLUG: (VAULX69_MEMBERS, VAULX69_MEETINGS, VAULX69_DEADLINES, VAULX69_DECISIONS, "Karima Benali"),
}
