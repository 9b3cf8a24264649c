"""A group the understanding was never tuned on, for the blind set on the
chat register (set 15e): the youth collective of Montreuil (youth
associations, the town's municipal youth service and its information
point, the Mission locale, a foundation, the Département), whose members
write as young people and youth workers write in a group chat. Tasks in
the store. Organisation names are public bodies or plausible
associations; every person is invented."""

from __future__ import annotations

__all__ = ["MONTREUIL_GROUPS", "MONTREUIL_TASKS"]

YOUTH_MEMBERS = (
    ("Leïla Haddad", "Collectif Jeunesse Montreuil", "Coordinatrice du collectif"),
    ("Bruno Carvalho", "Service municipal de la jeunesse (Ville de Montreuil)", "Directeur du service jeunesse"),
    ("Sandrine Obadia", "Ville de Montreuil", "Adjointe au maire déléguée à la jeunesse"),
    ("Moussa Konaté", "Service municipal de la jeunesse (Ville de Montreuil)",
     "Animateur, responsable du Point information jeunesse (PIJ)"),
    ("Nicolas Faure", "Service municipal de la jeunesse (Ville de Montreuil)",
     "Responsable de l'antenne jeunesse du Bel-Air"),
    ("Julie Tessier", "Mission locale de Montreuil", "Conseillère contrat d'engagement jeune (CEJ)"),
    ("Karim Belkacem", "Mission locale de Montreuil", "Directeur"),
    ("Anne-Sophie Vial", "Fondation de France", "Chargée de programme jeunesse Île-de-France"),
    ("Yannick Ndiaye", "Association Rues et Cités", "Éducateur spécialisé au club de prévention"),
    ("Samia Benyoucef", "Association Jeunes de La Noue", "Présidente de l'association"),
    ("Théo Marchal", "Association Jeunes de La Noue", "Trésorier"),
    ("Fatoumata Camara", "Les Ateliers du Bas-Montreuil", "Animatrice, gère les inscriptions aux ateliers"),
    ("Rachid Amrani", "Montreuil Boxe Éducative", "Entraîneur et président du club"),
    ("Chloé Garnier", "Collectif Jeunesse Montreuil",
     "Volontaire en service civique, chargée de la communication et des réseaux sociaux"),
    ("Hugo Rivière", "Conseil départemental de la Seine-Saint-Denis", "Chargé de mission jeunesse"),
    ("Awa Diop", "Média Jeunes Montreuil", "Animatrice de l'émission radio, gère le planning du studio"),
)

YOUTH_MEETINGS = (
    ("2026-09-24 18:30", "2026-09-24 20:30", "Maison des associations de Montreuil", ()),
    ("2026-10-15 18:00", "2026-10-15 20:00", "Antenne jeunesse du Bel-Air", ()),
    ("2026-11-12 18:30", "2026-11-12 20:00", "Visioconférence", ()),
    ("2026-12-03 18:30", "2026-12-03 20:30", "Local de l'association Jeunes de La Noue",
     ("Chantier jeunes de l'été", "Local partagé de La Noue", "Fête de quartier du printemps")),
    ("2027-01-14 18:30", "2027-01-14 20:30", "Mairie de Montreuil, salle des fêtes",
     ("Subvention de la Fondation de France",)),
    ("2027-02-11 18:30", "2027-02-11 20:30", "Mission locale de Montreuil, salle de réunion", ()),
    ("2027-03-18 18:30", "2027-03-18 20:30", "Salle de boxe du Bas-Montreuil", ()),
)

YOUTH_DEADLINES = (
    ("2026-12-11", "Dossier de candidature à l'appel à projets de la Fondation de France"),
    ("2026-12-18", "Inscriptions au séjour ski des vacances d'hiver"),
    ("2027-01-22", "Bilan du chantier jeunes à rendre à la Ville"),
    ("2027-02-05", "Planning des vacances de février"),
)

YOUTH_DECISIONS = (
    ("2026-09-24", 1, "Le collectif se réunit un jeudi par mois, à tour de rôle dans les locaux des associations."),
    ("2026-09-24", 1, "Les inscriptions aux sorties passent toutes par le Point information jeunesse."),
    ("2026-10-15", 2, "Le local de La Noue est partagé entre l'association Jeunes de La Noue et le club de boxe."),
    ("2026-10-15", 2, "Une fête de quartier est organisée au printemps avec un budget de 3 000 euros."),
    ("2026-11-12", 3, "La Mission locale tient une permanence au PIJ le mercredi après-midi."),
    ("2026-11-12", 3, "Le collectif répond à l'appel à projets de la Fondation de France sur l'engagement des jeunes."),
)

MONTREUIL_TASKS = {
    "montreuil93": (
        ("Envoyer le dossier de candidature à la Fondation de France", "Leïla Haddad", "2026-12-10", 3),
        ("Faire le planning des permanences au PIJ", "Moussa Konaté", "2026-11-25", 3),
        ("Demander les clés du local de La Noue", "Samia Benyoucef", "2026-11-20", 2),
        ("Préparer les affiches de la fête de quartier", "Chloé Garnier", "2027-01-15", 3),
        ("Lister les jeunes intéressés par le chantier", "Julie Tessier", "2026-12-15", 3),
    ),
}

MONTREUIL_GROUPS = {
    "montreuil93": (YOUTH_MEMBERS, YOUTH_MEETINGS, YOUTH_DEADLINES, YOUTH_DECISIONS, "Leïla Haddad"),
}
