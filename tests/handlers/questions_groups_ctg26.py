"""A group written by the lead in the fifteenth round, for the lead's blind
set 25, measured once, on the round's final code, and not fixed after: the
steering of the « convention territoriale globale » (CTG) that the family
allowance fund signs with the Communauté de communes du Val de Drôme: the
CAF de la Drôme, the community of communes, the towns of Crest, Loriol and
Livron, the MSA, the Département, a social centre, the Mission locale, a
family association, a youth-information point and the national education.
Steering committees (COPIL) alternate with technical committees (COTECH).
Tasks in the store; the person asking is the community's CTG officer.
Organisation names are real public bodies or plausible ones; every person is
invented."""

from __future__ import annotations

__all__ = ["CTG26_ASKERS", "CTG26_GROUPS", "CTG26_TASKS"]

SLUG = "ctg26"

CTG26_MEMBERS = (
    ("Hélène Faure", "Communauté de communes du Val de Drôme", "Vice-présidente à l'action sociale, présidente du COPIL"),
    ("Romain Achard", "Communauté de communes du Val de Drôme", "Chargé de coopération CTG"),
    ("Sabrina Mouret", "CAF de la Drôme", "Conseillère territoriale"),
    ("Denis Brunel", "CAF de la Drôme", "Responsable du pôle partenariats"),
    ("Amandine Roux", "Mairie de Crest", "Adjointe aux affaires scolaires et à la jeunesse"),
    ("Karim Benyahia", "Mairie de Loriol-sur-Drôme", "Directeur du CCAS"),
    ("Chantal Vernet", "Mairie de Livron-sur-Drôme", "Conseillère municipale déléguée à la petite enfance"),
    ("Thomas Giraud", "MSA Ardèche Drôme Loire", "Travailleur social"),
    ("Nathalie Peyrard", "Conseil départemental de la Drôme", "Responsable du centre médico-social de Crest"),
    ("Julien Morel", "Centre social Les Trois Rivières", "Directeur"),
    ("Sonia Ferreira", "Mission locale Vallée de la Drôme", "Conseillère, référente mobilité"),
    ("Marie-Pierre Chabert", "Familles rurales Drôme", "Bénévole, représentante des familles"),
    ("Lucas Dumont", "Point information jeunesse de Crest", "Animateur"),
    ("Estelle Bonnet", "Éducation nationale, circonscription de Crest", "Conseillère pédagogique"),
)

CTG26_MEETINGS = (
    ("2026-09-24 09:30", "2026-09-24 12:00", "COPIL CTG, siège de la communauté de communes, Eurre", ()),
    ("2026-10-15 14:00", "2026-10-15 16:30", "COTECH CTG, centre social Les Trois Rivières, Crest", ()),
    ("2026-11-26 09:30", "2026-11-26 12:00", "COPIL CTG, salle du conseil, mairie de Loriol-sur-Drôme", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "COTECH CTG, visioconférence",
     ("Diagnostic jeunesse", "Fiches actions 2027", "Calendrier du premier semestre")),
    ("2027-01-19 09:30", "2027-01-19 12:00", "COPIL CTG, mairie de Livron-sur-Drôme",
     ("Validation des fiches actions", "Bilan des accueils de loisirs", "Questions diverses")),
    ("2027-03-16 09:30", "2027-03-16 12:00", "COPIL CTG, siège de la communauté de communes, Eurre", ()),
)

CTG26_DEADLINES = (
    ("2026-12-07", "Retour des questionnaires aux familles"),
    ("2026-12-18", "Dépôt des demandes de bonus territoire à la CAF"),
    ("2027-01-08", "Diagnostic jeunesse, version finale"),
    ("2027-02-12", "Rapport d'évaluation à mi-parcours de la CTG"),
)

CTG26_DECISIONS = (
    ("2026-09-24", 1, "Le COPIL se réunit trois fois par an et le COTECH tous les deux mois."),
    ("2026-09-24", 1, "Romain Achard coordonne le diagnostic jeunesse avec le Point information jeunesse."),
    ("2026-10-15", 2, "Un questionnaire est adressé aux familles des trois communes avant le 7 décembre."),
    ("2026-10-15", 2, "Les accueils de loisirs ouvrent aussi le mercredi matin à partir de janvier 2027."),
    ("2026-10-15", 2, "La CAF finance un poste d'animateur jeunesse itinérant à mi-temps pendant trois ans."),
    ("2026-11-26", 3, "Le tarif des accueils de loisirs est plafonné à 12 euros par jour pour les familles au quotient "
                      "inférieur à 800."),
    ("2026-11-26", 3, "Un relais petite enfance commun à Loriol et Livron ouvrira en septembre 2027."),
    ("2026-11-26", 3, "La navette de transport solidaire est étendue aux rendez-vous de la Mission locale."),
    ("2026-11-26", 3, "Le centre social Les Trois Rivières porte l'accueil des parents le samedi matin."),
    ("2026-11-26", 3, "Les comptes rendus sont envoyés par Romain Achard dans la semaine qui suit chaque réunion."),
)

CTG26_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du COPIL de Loriol", "Romain Achard", "2026-11-30", 3),
        ("Relancer les écoles pour le questionnaire", "Estelle Bonnet", "2026-12-04", 3),
        ("Chiffrer le poste d'animateur itinérant", "Denis Brunel", "2026-12-11", 2),
        ("Préparer le dossier de bonus territoire", "Sabrina Mouret", "2026-12-18", 3),
        ("Trouver un local pour le relais petite enfance", "Chantal Vernet", "2027-01-15", 3),
        ("Proposer des horaires pour l'accueil des parents", "Julien Morel", "2026-11-25", 3),
        ("Faire la liste des jeunes sans solution de transport", "Sonia Ferreira", "2026-11-20", 2, "done"),
        ("Rédiger la fiche action mobilité", "Thomas Giraud", "2026-12-10", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CTG26_ASKERS = {SLUG: "Romain Achard"}

CTG26_GROUPS = {
    SLUG: (CTG26_MEMBERS, CTG26_MEETINGS, CTG26_DEADLINES, CTG26_DECISIONS, "Hélène Faure"),
}
