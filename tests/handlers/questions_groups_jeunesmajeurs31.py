"""A group the understanding was never tuned on, for the thirteenth round's
blind set 22a (bodies named as members actually name them: initials of a
body's or a role's words, short and familiar names, a body known only
inside a member's role, bodies asked by kind in the plural): the
departmental commission of Haute-Garonne on young people leaving child
protection (jeunes majeurs sortant de l'aide sociale à l'enfance) — the
Département with its child welfare service and its maternal and child
health doctor, the family allowance fund, the Mission locale, a young
workers' hostel, a psychiatric hospital's adolescent clinic, the disability
house, the town of Toulouse and its social action centre, the emergency
housing service (SIAO), Toulouse Métropole, the Muretain Agglo, the
préfecture, a public landlord, the youth justice service and a social centre.

Several bodies are written only inside a role (the FJT, the CMP, the PMI,
the ASE, the CCAS); members name them by their initials. Tasks in the store;
the person asking is linked to the commission's secretary. Organisation
names are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["JEUNESMAJEURS31_ASKERS", "JEUNESMAJEURS31_GROUPS", "JEUNESMAJEURS31_TASKS"]

SLUG = "jeunesmajeurs31"

MEMBERS = (
    ("Hélène Castagné", "Conseil départemental de la Haute-Garonne",
     "Vice-présidente chargée de la protection de l'enfance, présidente de la commission"),
    ("Olivier Fabre", "Conseil départemental de la Haute-Garonne", "Chef du service de l'aide sociale à l'enfance"),
    ("Nadia Bensaïd", "Conseil départemental de la Haute-Garonne", "Médecin de protection maternelle et infantile"),
    ("Laurent Espinasse", "Conseil départemental de la Haute-Garonne",
     "Chargé de mission jeunes majeurs, secrétaire de la commission"),
    ("Claire Dupuy", "Caisse d'allocations familiales de la Haute-Garonne", "Conseillère technique jeunesse"),
    ("Mathieu Sarrazin", "Mission locale de Toulouse", "Conseiller, référent des jeunes sortants de l'ASE"),
    ("Sophie Lacaze", "Habitat Jeunes Toulouse", "Directrice du foyer de jeunes travailleurs Les Tilleuls"),
    ("Julien Roques", "Centre hospitalier Gérard Marchant",
     "Psychiatre, centre médico-psychologique pour adolescents"),
    ("Aurélie Vergnes", "Maison départementale des personnes handicapées de la Haute-Garonne",
     "Référente jeunes adultes"),
    ("Karim Ould-Ali", "Ville de Toulouse", "Directeur du centre communal d'action sociale"),
    ("Martine Sabatier", "Ville de Toulouse", "Conseillère municipale déléguée à la jeunesse"),
    ("Pascale Ginestet", "SIAO 31", "Coordinatrice de l'hébergement des jeunes"),
    ("Thomas Delmas", "Toulouse Métropole", "Chargé de mission habitat des jeunes"),
    ("Fabienne Auriol", "Le Muretain Agglo", "Responsable du pôle solidarités"),
    ("Isabelle Pujol", "Préfecture de la Haute-Garonne", "Sous-préfète chargée de la cohésion sociale"),
    ("Régis Tournier", "Toulouse Métropole Habitat", "Responsable des attributions de logements"),
    ("Benoît Carrère", "Protection judiciaire de la jeunesse, direction territoriale de la Haute-Garonne",
     "Responsable d'unité éducative"),
    ("Manon Ribes", "Centre social Bagatelle", "Animatrice jeunesse"),
)

MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:30", "Hôtel du Département, Toulouse, salle Marquette", ()),
    ("2026-10-13 14:00", "2026-10-13 16:30", "Mission locale de Toulouse, rue Bayard", ()),
    ("2026-11-24 14:00", "2026-11-24 16:30", "Foyer de jeunes travailleurs Les Tilleuls, Toulouse", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Hôtel du Département, Toulouse, salle Marquette",
     ("Bilan des contrats jeunes majeurs", "Places réservées en foyer de jeunes travailleurs",
      "Santé mentale des 16-25 ans")),
    ("2027-01-19 14:00", "2027-01-19 16:30", "Préfecture de la Haute-Garonne, Toulouse", ("Plan grand froid",)),
    ("2027-03-16 14:00", "2027-03-16 16:30", "Le Muretain Agglo, Muret", ()),
)

DEADLINES = (
    ("2026-12-04", "Liste des jeunes sortant de l'ASE au premier semestre 2027 à transmettre au SIAO"),
    ("2026-12-11", "Dossiers de demande de logement à déposer chez Toulouse Métropole Habitat"),
    ("2026-12-18", "Réponse à l'appel à projets santé mentale des jeunes"),
    ("2027-01-08", "Bilan annuel des contrats jeunes majeurs"),
    ("2027-02-26", "Demandes au Fonds d'aide aux jeunes du premier trimestre"),
    ("2027-03-31", "Évaluation du protocole de sortie de l'ASE"),
)

DECISIONS = (
    ("2026-09-15", 1, "La commission se réunit le mardi à 14h, en alternance chez les partenaires."),
    ("2026-09-15", 1, "Le compte rendu est envoyé aux membres sous huit jours après chaque séance."),
    ("2026-09-15", 1, "Chaque jeune confié à l'ASE a un entretien d'autonomie à 17 ans, mené par le service de "
                      "l'aide sociale à l'enfance avec la Mission locale."),
    ("2026-10-13", 2, "Le foyer de jeunes travailleurs Les Tilleuls réserve dix places aux jeunes sortant de l'ASE."),
    ("2026-10-13", 2, "La CAF finance un accompagnement budgétaire de six mois pour les jeunes majeurs."),
    ("2026-10-13", 2, "Le CCAS de Toulouse domicilie les jeunes sans adresse stable."),
    ("2026-10-13", 2, "Le contrat jeune majeur est prolongé jusqu'à 21 ans pour les jeunes en formation."),
    ("2026-11-24", 3, "Le centre médico-psychologique pour adolescents reçoit les jeunes orientés par l'ASE "
                      "sous quinze jours."),
    ("2026-11-24", 3, "La MDPH examine en priorité les dossiers des jeunes de l'ASE âgés de 17 ans."),
    ("2026-11-24", 3, "Toulouse Métropole Habitat propose vingt logements par an aux jeunes accompagnés."),
    ("2026-11-24", 3, "La PMI suit les jeunes mères sortant de l'ASE jusqu'aux trois ans de l'enfant."),
    ("2026-11-24", 3, "Le SIAO ouvre une file dédiée aux 18-25 ans pour l'hébergement d'urgence."),
    ("2026-11-24", 3, "Un forum logement jeunes se tient le mercredi 10 mars 2027 au centre social Bagatelle."),
)

JEUNESMAJEURS31_TASKS = {
    SLUG: (
        ("Transmettre la liste des sortants au SIAO", "Olivier Fabre", "2026-12-04", 3),
        ("Envoyer le compte rendu de la séance du 24 novembre", "Laurent Espinasse", "2026-12-02", 3),
        ("Réserver la salle du centre social pour le forum logement", "Manon Ribes", "2027-01-29", 3),
        ("Chiffrer l'accompagnement budgétaire", "Claire Dupuy", "2026-11-27", 2),
        ("Recenser les places libres au foyer", "Sophie Lacaze", "2026-12-10", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
JEUNESMAJEURS31_ASKERS = {SLUG: "Laurent Espinasse"}

JEUNESMAJEURS31_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, "Hélène Castagné")}
