"""A group the understanding was never tuned on, for the informal-register
held-out sets (questions_heldout12*.tsv): a Nantes / Loire-Atlantique
collective on food aid (Ville, CCAS, Métropole, Département, Région, État,
food banks and charities, Mission locale, Crous). Two members share an
organisation, a CCAS appears only in a role, tasks are in the store.
Organisation names are real public bodies; every person is invented."""

from __future__ import annotations

__all__ = ["FOODAID_GROUPS", "FOODAID_TASKS"]

FOODAID_MEMBERS = (
    ("Gwenaëlle Le Goff", "Ville de Nantes", "Adjointe au maire chargée des solidarités"),
    ("Yannick Guérin", "CCAS de Nantes", "Directeur adjoint, chargé de l'aide alimentaire"),
    ("Solène Barreau", "Nantes Métropole", "Chargée de mission alimentation durable"),
    ("Marc-Antoine Rivière", "Département de Loire-Atlantique", "Vice-président chargé de l'insertion"),
    ("Aïcha Bouzid", "Banque alimentaire de Loire-Atlantique", "Présidente"),
    ("Hervé Lemaître", "Banque alimentaire de Loire-Atlantique", "Trésorier"),
    ("Nolwenn Cadiou", "Restos du cœur de Loire-Atlantique", "Responsable départementale"),
    ("Thibault Jaunet", "Secours populaire de Loire-Atlantique", "Secrétaire général"),
    ("Maëlle Briand", "Croix-Rouge française", "Coordinatrice de l'épicerie sociale mobile"),
    ("Patrice Ollivaud", "Ville de Saint-Herblain", "Adjoint au maire chargé de l'action sociale"),
    ("Sandrine Morvan", "Ville de Rezé", "Directrice du CCAS"),
    ("Kevin Tessier", "CCAS de Saint-Nazaire", "Responsable de l'épicerie solidaire"),
    ("Fanny Leroux", "Mission locale Nantes Métropole", "Conseillère insertion, référente santé et alimentation"),
    ("Loïc Provost", "DDETS de Loire-Atlantique", "Chargé de mission précarité alimentaire"),
    ("Élise Kerbrat", "Crous Pays de la Loire", "Assistante sociale, aide alimentaire étudiante"),
    ("Damien Fourage", "Secours catholique de Loire-Atlantique", "Animateur réseau, coordinateur du collectif"),
    ("Chantal Humeau", "Région Pays de la Loire", "Chargée de mission économie sociale et solidaire"),
    ("Bastien Rolland", "Emmaüs 44", "Responsable logistique"),
)

FOODAID_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Hôtel de ville de Nantes, salon Mazagran", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Entrepôt de la Banque alimentaire, Saint-Herblain", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Mairie de Rezé, salle du conseil", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Hôtel de ville de Saint-Nazaire",
     ("Bilan de la collecte nationale", "Distribution de Noël", "Chèques alimentaires étudiants")),
    ("2027-01-14 09:30", "2027-01-14 11:30", "Visioconférence", ("Budget 2027 du collectif",)),
    ("2027-02-11 14:00", "2027-02-11 16:00", "Hôtel du Département, Nantes", ("Plan grand froid",)),
    ("2027-03-18 14:00", "2027-03-18 16:00", "Maison des associations de Saint-Herblain", ()),
)

FOODAID_DEADLINES = (
    ("2026-12-05", "Retour des chiffres de la collecte nationale"),
    ("2026-12-18", "Inscriptions des familles pour la distribution de Noël"),
    ("2027-01-08", "Dépôt du dossier de subvention au Département"),
    ("2027-01-29", "Bilan annuel de l'aide alimentaire envoyé à la DDETS"),
    ("2027-03-01", "Réponse à l'appel à projets régional sur les épiceries solidaires"),
)

FOODAID_DECISIONS = (
    ("2026-09-17", 1, "Le collectif se réunit chaque mois, à tour de rôle dans les communes membres."),
    ("2026-09-17", 1, "Les associations partagent un planning commun des distributions et des bénévoles."),
    ("2026-10-15", 2, "La Banque alimentaire prête son camion frigorifique aux épiceries solidaires."),
    ("2026-10-15", 2, "Une carte unique des points de distribution est publiée sur le site de Nantes Métropole."),
    ("2026-11-19", 3, "Le CCAS de Nantes finance des chèques alimentaires pour les étudiants, à hauteur de 20 000 €."),
    ("2026-11-19", 3, "Les repas non servis des cantines scolaires de Rezé sont donnés aux Restos du cœur."),
    ("2026-11-19", 3, "La collecte de printemps aura lieu dans les supermarchés de Saint-Nazaire."),
)

FOODAID_TASKS = {
    "aide-alim44": (
        ("Mettre à jour la carte des points de distribution", "Solène Barreau", "2026-11-27", 2),
        ("Relancer les supermarchés pour la collecte", "Kevin Tessier", "2026-11-25", 3),
        ("Recenser les bénévoles disponibles pour Noël", "Nolwenn Cadiou", "2026-12-12", 3),
        ("Préparer le dossier de subvention au Département", "Hervé Lemaître", "2027-01-05", 3),
        ("Organiser le transport frigorifique", "Bastien Rolland", "2026-12-20", 2),
    ),
}

FOODAID_GROUPS = {
    "aide-alim44": (FOODAID_MEMBERS, FOODAID_MEETINGS, FOODAID_DEADLINES, FOODAID_DECISIONS, "Damien Fourage"),
}
