"""A group written by helper r10d in the tenth round, for its second blind
set 19db: the conseil de développement of Tours Métropole Val de Loire
(Indre-et-Loire), a citizens' council that sits in plenary assemblies, has
a bureau, thematic commissions (mobility, ecological transition), a steering
committee with the métropole on its referral about the climate plan (PCAET)
and the general assembly (AG) of its association. The kind of each meeting
is written in its place, as a coordinator types it. Tasks in the store; the
person asking is linked to a member. Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["CODEV37_ASKERS", "CODEV37_GROUPS", "CODEV37_TASKS"]

SLUG = "codev37"

CODEV37_MEMBERS = (
    ("Bernadette Lhomme", "Conseil de développement de Tours Métropole", "Présidente du conseil de développement"),
    ("Yannick Perrault", "Conseil de développement de Tours Métropole",
     "Vice-président, animateur de la commission mobilités"),
    ("Sophie Marchand", "Tours Métropole Val de Loire", "Vice-présidente chargée de la participation citoyenne"),
    ("Julien Texier", "Tours Métropole Val de Loire", "Chargé de mission démocratie participative, secrétaire du bureau"),
    ("Amina Belkacem", "Ville de Tours", "Adjointe au maire déléguée à la vie associative"),
    ("Henri Dubreuil", "Ville de Joué-lès-Tours", "Conseiller municipal"),
    ("Claire Moulin", "Conseil départemental d'Indre-et-Loire", "Directrice de l'aménagement"),
    ("Thomas Girault", "Région Centre-Val de Loire", "Chargé de mission transition énergétique"),
    ("Nadia Roux", "Université de Tours",
     "Maîtresse de conférences en géographie, animatrice de la commission transition écologique"),
    ("Patrick Charbonnier", "CCI Touraine", "Directeur du développement économique, trésorier de l'association"),
    ("Élodie Besnard", "Collectif Cycliste 37", "Présidente de l'association"),
    ("Marc Lebrun", "Préfecture d'Indre-et-Loire", "Sous-préfet chargé de la politique de la ville"),
)

CODEV37_MEETINGS = (
    ("2026-09-24 18:00", "2026-09-24 20:00", "Assemblée plénière, Hôtel de Métropole, Tours", ()),
    ("2026-10-13 17:30", "2026-10-13 19:00", "Bureau, Hôtel de Métropole, Tours", ()),
    ("2026-11-05 18:00", "2026-11-05 20:00", "Commission mobilités, Maison des associations de Joué-lès-Tours", ()),
    ("2026-11-19 09:30", "2026-11-19 11:30", "COPIL saisine PCAET, Hôtel de Métropole, Tours", ()),
    ("2026-12-03 18:00", "2026-12-03 20:00", "Commission transition écologique, Université de Tours, site des Tanneurs",
     ("Avis sur le PCAET", "Atelier citoyen du printemps")),
    ("2026-12-10 17:30", "2026-12-10 19:00", "Bureau (visioconférence)", ("Préparation de l'AG", "Calendrier 2027")),
    ("2027-01-14 18:00", "2027-01-14 20:30", "Assemblée générale, Salle Ockeghem, Tours",
     ("Rapport moral", "Rapport financier", "Renouvellement du bureau")),
    ("2027-01-28 18:00", "2027-01-28 20:00", "Assemblée plénière, Hôtel de Métropole, Tours",
     ("Adoption de l'avis sur le PCAET",)),
    ("2027-02-11 09:30", "2027-02-11 11:30", "COPIL saisine PCAET, Hôtel de Métropole, Tours", ()),
    ("2027-03-04 18:00", "2027-03-04 20:00", "Commission mobilités, Maison des associations de Joué-lès-Tours", ()),
)

CODEV37_DEADLINES = (
    ("2026-12-07", "Contributions des commissions à l'avis sur le PCAET"),
    ("2026-12-18", "Inscriptions à l'atelier citoyen sur la qualité de l'air"),
    ("2027-01-08", "Dépôt des candidatures au bureau"),
    ("2027-01-22", "Envoi du projet d'avis aux membres de la plénière"),
    ("2027-03-15", "Rapport d'activité 2026 du conseil de développement"),
)

CODEV37_DECISIONS = (
    ("2026-09-24", 1, "L'assemblée plénière se réunit chaque trimestre, le jeudi à 18h, à l'Hôtel de Métropole."),
    ("2026-09-24", 1, "Le conseil de développement rend son avis sur le PCAET avant la fin janvier."),
    ("2026-10-13", 2, "L'assemblée générale élira un nouveau bureau de huit membres."),
    ("2026-10-13", 2, "Les commissions peuvent se tenir en visioconférence."),
    ("2026-11-05", 3, "La commission mobilités demande une étude sur la gratuité du réseau Fil Bleu le samedi."),
    ("2026-11-19", 4, "Un atelier citoyen sur la qualité de l'air sera organisé au printemps à Saint-Pierre-des-Corps."),
)

CODEV37_TASKS = {
    SLUG: (
        ("Rédiger la synthèse de la commission mobilités", "Yannick Perrault", "2026-11-27", 3),
        ("Réserver la salle Ockeghem pour l'AG", "Julien Texier", "2026-12-15", 2),
        ("Préparer le rapport financier", "Patrick Charbonnier", "2027-01-05", 2),
        ("Envoyer les convocations de la plénière", "Julien Texier", "2027-01-10", 4),
        ("Rédiger la contribution de la commission transition écologique", "Nadia Roux", "2026-12-07", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CODEV37_ASKERS = {SLUG: "Nadia Roux"}

CODEV37_GROUPS = {
    SLUG: (CODEV37_MEMBERS, CODEV37_MEETINGS, CODEV37_DEADLINES, CODEV37_DECISIONS, "Bernadette Lhomme"),
}
