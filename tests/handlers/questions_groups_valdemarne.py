"""A group written blind during the seventh round (set 16g), as a
coordinator would build it, for a stranger's general set: a Val-de-Marne
working group on social cohesion and child poverty gathering four towns
(Créteil, Vitry-sur-Seine, Ivry-sur-Seine, Champigny-sur-Marne), the
Département, the CAF, two CCAS, the prefecture, the national education
service, the university and associations. It meets the second Thursday of
the month, in turn in the towns; three meetings are held, four ahead; tasks
in the store. Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

__all__ = ["VALDEMARNE_GROUPS", "VALDEMARNE_TASKS"]

VALDEMARNE_MEMBERS = (
    ("Corinne Abitbol", "Ville de Créteil", "Adjointe au maire chargée de la cohésion sociale, coordinatrice du groupe"),
    ("Ophélie Nguyen-Ba", "Ville de Créteil", "Chargée de mission, secrétaire du groupe"),
    ("Youssef El Amrani", "CCAS de Vitry-sur-Seine", "Directeur"),
    ("Margot Lemercier", "Ville d'Ivry-sur-Seine", "Cheffe de projet du programme de réussite éducative"),
    ("Stéphane Kervella", "Ville de Champigny-sur-Marne", "Conseiller municipal délégué à la politique de la ville"),
    ("Aïcha Benhamou", "Conseil départemental du Val-de-Marne",
     "Responsable de l'espace départemental des solidarités de Créteil"),
    ("Frédéric Lantier", "Conseil départemental du Val-de-Marne", "Médecin de PMI"),
    ("Nadège Couturier", "CAF du Val-de-Marne", "Conseillère technique territoriale"),
    ("Lina Tavares", "CCAS de Créteil", "Travailleuse sociale, référente des familles monoparentales"),
    ("Hervé Pichon", "Secours populaire français", "Secrétaire de la fédération du Val-de-Marne"),
    ("Samia Ould-Ali", "Les Restos du Cœur", "Responsable du centre de Champigny"),
    ("Quentin Morvan", "Fondation Apprentis d'Auteuil", "Chef de service soutien à la parentalité"),
    ("Béatrice Ferrand", "DSDEN du Val-de-Marne", "Coordonnatrice des cités éducatives"),
    ("Tristan Loubet", "Université Paris-Est Créteil (UPEC)", "Maître de conférences en sociologie"),
    ("Moussa Keïta", "Préfecture du Val-de-Marne", "Délégué du préfet pour les quartiers prioritaires"),
)

VALDEMARNE_MEETINGS = (
    ("2026-09-10 14:00", "2026-09-10 16:30", "Hôtel de ville de Créteil, salle des commissions", ()),
    ("2026-10-08 09:30", "2026-10-08 12:00", "Mairie de Vitry-sur-Seine, salle du conseil", ()),
    ("2026-11-12 14:00", "2026-11-12 16:00", "Visioconférence", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Maison des solidarités, Champigny-sur-Marne",
     ("Baromètre de la pauvreté des enfants", "Vacances des familles en 2027", "Calendrier du premier semestre")),
    ("2027-01-14 09:30", "2027-01-14 12:00", "Hôtel du Département, Créteil", ("Petits déjeuners à l'école",)),
    ("2027-02-11 14:00", "2027-02-11 16:00", "Espace Robespierre, Ivry-sur-Seine", ()),
    ("2027-03-11 14:00", "2027-03-11 16:00", "UPEC, campus Centre, Créteil",
     ("Restitution de l'étude sur la pauvreté infantile",)),
)

VALDEMARNE_DEADLINES = (
    ("2026-12-04", "Retour des chiffres de la cantine à un euro"),
    ("2026-12-18", "Dépôt de la candidature à l'appel à projets petits déjeuners de la préfecture"),
    ("2027-01-15", "Envoi des contributions au diagnostic partagé"),
    ("2027-02-05", "Forum des familles à Vitry-sur-Seine"),
    ("2027-03-31", "Bilan annuel de la convention territoriale globale"),
)

VALDEMARNE_DECISIONS = (
    ("2026-09-10", 1, "Le groupe se réunit le deuxième jeudi de chaque mois, à tour de rôle dans les villes membres."),
    ("2026-09-10", 1, "Un baromètre de la pauvreté des enfants est publié chaque semestre avec les données de la CAF."),
    ("2026-10-08", 2, "La cantine à un euro est étendue aux quatre communes à la rentrée 2027."),
    ("2026-10-08", 2, "Les CCAS harmonisent leurs aides d'urgence aux familles monoparentales."),
    ("2026-11-12", 3, "Le groupe répond à l'appel à projets de la préfecture sur les petits déjeuners à l'école."),
    ("2026-11-12", 3, "Un guide des aides aux familles est traduit en arabe, en tamoul et en portugais."),
    ("2026-11-12", 3, "Les Restos du Cœur et le Secours populaire coordonnent leurs distributions de colis de Noël."),
)

VALDEMARNE_TASKS = {
    "cohesion94": (
        ("Rassembler les chiffres de la cantine à un euro", "Lina Tavares", "2026-11-27", 3),
        ("Rédiger la candidature à l'appel à projets petits déjeuners", "Ophélie Nguyen-Ba", "2026-12-15", 3),
        ("Préparer la maquette du guide des aides aux familles", "Margot Lemercier", "2026-11-25", 3),
        ("Organiser le forum des familles de Vitry", "Youssef El Amrani", "2027-01-29", 2),
    ),
}

VALDEMARNE_GROUPS = {
    "cohesion94": (VALDEMARNE_MEMBERS, VALDEMARNE_MEETINGS, VALDEMARNE_DEADLINES, VALDEMARNE_DECISIONS,
                   "Corinne Abitbol"),
}
