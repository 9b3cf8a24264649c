"""A second group written blind in the tenth round (helper r10g): the
winter coordination of food aid and homelessness on the right bank of the
canton of Geneva: the Villes de Meyrin, Vernier and Genève, the commune of
Satigny, the canton's social cohesion department and employment office, the
Hospice général, imad, the HUG, the FASe, and associations (Colis du cœur,
Partage, Croix-Rouge genevoise, Armée du Salut, CSP). Swiss chat register.
Tasks in the store; the person asking is linked to a member. Organisation
names are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["RIVEDROITE_ASKERS", "RIVEDROITE_GROUPS", "RIVEDROITE_TASKS"]

SLUG = "rivedroite"

RIVEDROITE_MEMBERS = (
    ("Christiane Berset", "Ville de Meyrin", "Conseillère administrative déléguée à la cohésion sociale, présidente de la commission"),
    ("Séverine Python", "Ville de Meyrin", "Cheffe du service de la cohésion sociale"),
    ("Yann Dufaux", "Ville de Vernier", "Maire"),
    ("Lorenzo Bianchi", "Ville de Vernier", "Responsable de l'action sociale"),
    ("Agnès Menoud", "Ville de Genève", "Adjointe de direction au Service social"),
    ("Olivier Grobéty", "Commune de Satigny", "Conseiller administratif"),
    ("Fatima Zahraoui", "Hospice général", "Responsable du centre d'action sociale de Meyrin"),
    ("Bastien Ruffieux", "Département de la cohésion sociale (DCS)", "Chargé de mission sans-abrisme"),
    ("Nathalie Vuille", "Office cantonal de l'emploi (OCE)", "Conseillère en personnel"),
    ("Jérémie Pasche", "imad", "Infirmier de la consultation mobile"),
    ("Hélène Courvoisier", "HUG", "Médecin au Programme santé migrants"),
    ("Marc-André Zbinden", "Colis du cœur", "Président"),
    ("Sandrine Lachat", "Partage", "Responsable logistique"),
    ("Kofi Mensah", "Croix-Rouge genevoise", "Coordinateur des bénévoles"),
    ("Élodie Rey", "Armée du Salut", "Responsable de l'accueil de nuit"),
    ("Thomas Gindrat", "FASe", "Travailleur social hors murs, secrétaire de la commission"),
)

RIVEDROITE_MEETINGS = (
    ("2026-09-16 14:00", "2026-09-16 16:00", "Mairie de Meyrin, salle du Conseil municipal", ()),
    ("2026-10-21 14:00", "2026-10-21 16:00", "Centre d'action sociale de Vernier", ()),
    ("2026-11-18 14:00", "2026-11-18 16:00", "Visioconférence", ()),
    ("2026-12-09 14:00", "2026-12-09 16:30", "Forum Meyrin, salle Antoine-Verchère",
     ("Plan hivernal", "Colis de Noël", "Divers")),
    ("2027-01-20 14:00", "2027-01-20 16:00", "Mairie de Vernier, salle du Conseil municipal", ("Budget 2027",)),
    ("2027-02-17 14:00", "2027-02-17 16:00", "Mairie de Meyrin, salle du Conseil municipal", ()),
)

RIVEDROITE_DEADLINES = (
    ("2026-12-04", "Chiffres de fréquentation des accueils de nuit"),
    ("2026-12-15", "Demande de soutien à la Loterie Romande"),
    ("2027-01-08", "Réponse à la consultation cantonale sur l'aide aux personnes sans abri"),
    ("2027-01-29", "Bilan intermédiaire du plan hivernal au Conseil d'État"),
    ("2027-03-12", "Journée genevoise de la solidarité à Uni Mail"),
)

RIVEDROITE_DECISIONS = (
    ("2026-09-16", 1, "La commission se réunit le troisième mercredi du mois à 14h, en alternance à Meyrin et à Vernier."),
    ("2026-09-16", 1, "Les Colis du cœur ouvrent un point de distribution le jeudi soir à la salle communale de Satigny."),
    ("2026-10-21", 2, "La Ville de Genève finance 120 lits supplémentaires pour l'hiver à la caserne des Vernets."),
    ("2026-10-21", 2, "La Croix-Rouge genevoise organise une collecte de vêtements chauds dans les mairies de la rive droite."),
    ("2026-11-18", 3, "Partage livre les invendus des supermarchés aux épiceries solidaires deux fois par semaine."),
    ("2026-11-18", 3, "Une navette de nuit relie la gare Cornavin aux abris, financée par le Canton à hauteur de 80 000 francs."),
    ("2026-11-18", 3, "L'Hospice général tient une permanence d'information sociale à Meyrin le lundi matin."),
)

RIVEDROITE_TASKS = {
    SLUG: (
        ("Compiler les chiffres des accueils de nuit", "Élodie Rey", "2026-12-03", 3),
        ("Rédiger la demande à la Loterie Romande", "Séverine Python", "2026-12-11", 3),
        ("Trouver des chauffeurs bénévoles pour la navette", "Kofi Mensah", "2026-11-25", 3),
        ("Préparer la réponse à la consultation cantonale", "Bastien Ruffieux", "2027-01-06", 3),
        ("Envoyer le PV de novembre", "Thomas Gindrat", "2026-11-27", 3),
        ("Réserver la salle Antoine-Verchère", "Séverine Python", "2026-11-20", 2, "done"),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
RIVEDROITE_ASKERS = {SLUG: "Séverine Python"}

RIVEDROITE_GROUPS = {
    SLUG: (RIVEDROITE_MEMBERS, RIVEDROITE_MEETINGS, RIVEDROITE_DEADLINES, RIVEDROITE_DECISIONS, "Thomas Gindrat"),
}
