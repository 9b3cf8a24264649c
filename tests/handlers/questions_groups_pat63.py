"""A group written by the lead during the ninth round, never shown to its
engineers: the working group of a « projet alimentaire territorial » (PAT)
around Clermont-Ferrand (the pôle métropolitain, the métropole, the
Département, the Chambre d'agriculture, the regional nature park, the city's
school catering, a food-aid association, the State's regional agriculture
office, a land trust, the town of Riom, the CCAS), written in a mixed
register. Tasks in the store; the person asking is linked to a member.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["PAT63_ASKERS", "PAT63_GROUPS", "PAT63_TASKS"]

SLUG = "pat63"

PAT63_MEMBERS = (
    ("Hélène Vidal", "Pôle métropolitain du Grand Clermont", "Cheffe de projet PAT, animatrice du groupe"),
    ("Thomas Girard", "Clermont Auvergne Métropole", "Vice-président délégué à l'agriculture et à l'alimentation"),
    ("Mathilde Roche", "Conseil départemental du Puy-de-Dôme", "Chargée de mission restauration collective"),
    ("Bruno Chassaing", "Chambre d'agriculture du Puy-de-Dôme", "Conseiller circuits courts"),
    ("Laure Besson", "Parc naturel régional Livradois-Forez", "Chargée de mission agriculture"),
    ("Yannick Dufour", "Ville de Clermont-Ferrand", "Directeur de la restauration scolaire"),
    ("Fatima Ouali", "Secours populaire du Puy-de-Dôme", "Responsable de l'aide alimentaire"),
    ("Jérôme Pradier", "DRAAF Auvergne-Rhône-Alpes", "Chargé de mission alimentation"),
    ("Claire Montel", "Terre de Liens Auvergne", "Animatrice foncier"),
    ("Paul Reynaud", "Ville de Riom", "Adjoint au maire chargé des écoles"),
    ("Sandrine Boyer", "CCAS de Clermont-Ferrand", "Directrice"),
    ("Antoine Lebrun", "Pôle métropolitain du Grand Clermont", "Chargé d'études, secrétariat du groupe"),
)

PAT63_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:30", "Hôtel de métropole, Clermont-Ferrand, salle du conseil", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Maison du Parc, Saint-Gervais-sous-Meymont", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "Chambre d'agriculture, Aubière", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Hôtel de métropole, Clermont-Ferrand, salle du conseil",
     ("Légumerie départementale", "Bilan des paniers solidaires", "Calendrier 2027")),
    ("2027-01-19 09:30", "2027-01-19 12:00", "Mairie de Riom, salle des fêtes", ("Approvisionnement local des cantines",)),
    ("2027-03-16 14:00", "2027-03-16 16:30", "Hôtel de métropole, Clermont-Ferrand, salle du conseil", ()),
)

PAT63_DEADLINES = (
    ("2026-12-11", "Recensement des producteurs pour la légumerie"),
    ("2026-12-23", "Dossier de candidature à la reconnaissance PAT niveau 2"),
    ("2027-01-08", "Questionnaire aux cantines scolaires"),
    ("2027-02-26", "Rapport d'activité 2026 du PAT"),
)

PAT63_DECISIONS = (
    ("2026-09-15", 1, "Le groupe se réunit une fois par mois, le mardi, en alternant la métropole et les territoires ruraux."),
    ("2026-09-15", 1, "Un objectif de 50 % de produits locaux dans les cantines des collèges est fixé pour 2028."),
    ("2026-10-13", 2, "Une étude de faisabilité pour une légumerie départementale est confiée à la Chambre d'agriculture."),
    ("2026-10-13", 2, "Les paniers solidaires sont distribués par le Secours populaire au prix de 5 euros."),
    ("2026-11-17", 3, "Terre de Liens accompagne l'installation de trois maraîchers sur des terrains de la commune de Riom."),
    ("2026-11-17", 3, "Le Département prend en charge la formation des cuisiniers des collèges au fait maison."),
    ("2026-11-17", 3, "Un marché de producteurs se tient place de Jaude le samedi avant Noël."),
)

PAT63_TASKS = {
    SLUG: (
        ("Envoyer la liste des producteurs à la Chambre", "Laure Besson", "2026-11-27", 3),
        ("Réserver la place de Jaude pour le marché", "Thomas Girard", "2026-12-10", 3),
        ("Rédiger le dossier de candidature PAT", "Hélène Vidal", "2026-12-18", 3),
        ("Envoyer le questionnaire aux cantines", "Mathilde Roche", "2026-11-25", 2),
        ("Compiler les chiffres des paniers solidaires", "Fatima Ouali", "2026-12-04", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches »).
PAT63_ASKERS = {SLUG: "Hélène Vidal"}

PAT63_GROUPS = {
    SLUG: (PAT63_MEMBERS, PAT63_MEETINGS, PAT63_DEADLINES, PAT63_DECISIONS, "Hélène Vidal"),
}
