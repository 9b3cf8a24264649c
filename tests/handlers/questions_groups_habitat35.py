"""A group written by the lead during the eighth round, never shown to its
engineers: a working group of Rennes Métropole on housing for young people
and emergency accommodation (the metropolis, the city, the Département
d'Ille-et-Vilaine, the State's social services, the SIAO, social landlords,
a young workers' residence network, associations). Tasks in the store; the
person asking is linked to a member. Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["HABITAT35_ASKERS", "HABITAT35_GROUPS", "HABITAT35_TASKS"]

HABITAT35_MEMBERS = (
    ("Gwenaëlle Le Bihan", "Rennes Métropole", "Vice-présidente déléguée au logement, présidente du groupe de travail"),
    ("Erwan Quéméner", "Rennes Métropole", "Chargé de mission habitat des jeunes, secrétariat du groupe"),
    ("Solène Guillou", "Ville de Rennes", "Adjointe à la maire déléguée aux solidarités"),
    ("Patrick Le Goff", "Département d'Ille-et-Vilaine", "Responsable du Fonds de solidarité logement"),
    ("Morgane Tanguy", "DDETS d'Ille-et-Vilaine", "Cheffe du pôle hébergement et logement"),
    ("Youssef Amrani", "SIAO 35", "Directeur"),
    ("Anne-Laure Jégou", "Archipel Habitat", "Responsable de la gestion locative sociale"),
    ("Loïc Pérennès", "Habitat Jeunes Rennes", "Directeur du réseau des résidences"),
    ("Clémence Riou", "CLLAJ de Rennes", "Conseillère logement jeunes"),
    ("Thibault Morvan", "Action Logement", "Délégué territorial Bretagne"),
    ("Fatou Diallo", "Association Coallia", "Cheffe de service de la maison relais"),
    ("Hervé Lostanlen", "Mission locale du bassin rennais", "Conseiller référent logement"),
)

HABITAT35_MEETINGS = (
    ("2026-09-16 14:00", "2026-09-16 16:30", "Hôtel de Rennes Métropole, salle du conseil", ()),
    ("2026-10-14 09:30", "2026-10-14 12:00", "Résidence Habitat Jeunes Saint-Hélier, Rennes", ()),
    ("2026-11-18 14:00", "2026-11-18 16:00", "DDETS, boulevard de la Liberté, Rennes", ()),
    ("2026-12-09 14:00", "2026-12-09 16:30", "Hôtel de Rennes Métropole, salle 3",
     ("Bilan du plan grand froid", "Garantie Visale pour les apprentis", "Questions diverses")),
    ("2027-01-13 09:30", "2027-01-13 12:00", "Mairie de Cesson-Sévigné, salle des fêtes", ("Colocations solidaires",)),
    ("2027-02-10 14:00", "2027-02-10 16:30", "Hôtel de Rennes Métropole, salle 3", ()),
)

HABITAT35_DEADLINES = (
    ("2026-12-07", "Remontée des places d'hébergement disponibles cet hiver"),
    ("2026-12-21", "Dossier de candidature au fonds Logement d'abord"),
    ("2027-01-08", "Convention de partenariat avec Action Logement"),
    ("2027-02-01", "Diagnostic des besoins en logement des apprentis"),
)

HABITAT35_DECISIONS = (
    ("2026-09-16", 1, "Le groupe de travail se réunit le deuxième mercredi de chaque mois."),
    ("2026-09-16", 1, "Une permanence commune SIAO et CLLAJ est ouverte à la Maison des jeunes le jeudi après-midi."),
    ("2026-10-14", 2, "Les résidences Habitat Jeunes réservent vingt logements aux apprentis de moins de 21 ans."),
    ("2026-10-14", 2, "Le Fonds de solidarité logement prend en charge le dépôt de garantie des jeunes sortant de l'Aide sociale à l'enfance."),
    ("2026-11-18", 3, "Le gymnase de Maurepas est réquisitionné comme abri de nuit du 1er décembre au 31 mars."),
    ("2026-11-18", 3, "Un formulaire unique de demande d'hébergement est diffusé à tous les partenaires avant janvier."),
    ("2026-11-18", 3, "Les colocations solidaires sont testées dans trois logements d'Archipel Habitat."),
)

HABITAT35_TASKS = {
    "habitat35": (
        ("Recenser les places d'hébergement d'urgence disponibles", "Youssef Amrani", "2026-11-27", 3),
        ("Rédiger le formulaire unique de demande", "Erwan Quéméner", "2026-12-18", 3),
        ("Préparer la convention avec Action Logement", "Thibault Morvan", "2027-01-06", 3),
        ("Repérer les trois logements pour les colocations", "Anne-Laure Jégou", "2026-11-25", 3),
        ("Envoyer le bilan de la permanence du jeudi", "Erwan Quéméner", "2026-11-30", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches »).
HABITAT35_ASKERS = {"habitat35": "Erwan Quéméner"}

HABITAT35_GROUPS = {
    "habitat35": (HABITAT35_MEMBERS, HABITAT35_MEETINGS, HABITAT35_DEADLINES, HABITAT35_DECISIONS, "Erwan Quéméner"),
}
