"""A group written by helper r16d in the fifteenth round, for its blind set
24d (long, formal and embedded messages): the conférence des financeurs de
la prévention de la perte d'autonomie of the Sarthe (CFPPA) — the
Département (which chairs it, with its autonomy directorate and its Maison
départementale de l'autonomie), the regional health agency's Sarthe office
(vice-chair), the pension and health funds (CARSAT, MSA, CPAM,
Agirc-Arrco), the Mutualité française, the Le Mans social action centre,
the departmental council for citizenship and autonomy (CDCA), the DDT (the
Anah's local office), the social landlord Sarthe Habitat, the association
Siel Bleu and the Le Mans hospital. It sits in plenary sessions and its
technical committee meets between them. Tasks in the store; the person
asking is linked to the conference's chargée de mission at the Département.
Organisation names are real public bodies or plausible ones; every person is
invented."""

from __future__ import annotations

__all__ = ["CFPPA72_ASKERS", "CFPPA72_GROUPS", "CFPPA72_TASKS"]

SLUG = "cfppa72"

CFPPA72_MEMBERS = (
    ("Françoise Lemercier", "Conseil départemental de la Sarthe",
     "Vice-présidente chargée de l'autonomie, présidente de la conférence des financeurs"),
    ("Aurélie Chauvin", "Conseil départemental de la Sarthe", "Chargée de mission de la conférence des financeurs"),
    ("Laurent Chevalier", "Conseil départemental de la Sarthe", "Directeur de l'autonomie"),
    ("Nadège Bellanger", "Maison départementale de l'autonomie de la Sarthe", "Assistante administrative"),
    ("Patrick Fouquet", "ARS Pays de la Loire, délégation territoriale de la Sarthe",
     "Délégué territorial, vice-président de la conférence"),
    ("Bruno Delahaye", "CARSAT Pays de la Loire", "Responsable de l'action sociale retraite"),
    ("Sylvie Guérin", "MSA Mayenne-Orne-Sarthe", "Chargée de développement sanitaire et social"),
    ("Jean-Marc Tessier", "CPAM de la Sarthe", "Responsable du service prévention"),
    ("Catherine Ménard", "Agirc-Arrco", "Déléguée régionale à l'action sociale"),
    ("Olivier Brault", "Mutualité française Pays de la Loire", "Chargé de projets prévention"),
    ("Yasmina Kaci", "CCAS du Mans", "Directrice adjointe, pôle seniors"),
    ("Gérard Poirier", "CDCA de la Sarthe", "Président de la formation personnes âgées"),
    ("Émilie Rousseau", "DDT de la Sarthe", "Chargée de mission adaptation des logements (délégation locale de l'Anah)"),
    ("Thierry Lebrun", "Sarthe Habitat", "Responsable de l'adaptation du patrimoine aux seniors"),
    ("Marion Gasnier", "Siel Bleu", "Responsable départementale"),
    ("Christine Hamon", "Centre hospitalier du Mans", "Médecin gériatre, référente de la filière gériatrique"),
)

CFPPA72_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Séance plénière, Hôtel du Département, Le Mans", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Comité technique, ARS délégation territoriale, Le Mans", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Séance plénière, Hôtel du Département, Le Mans", ()),
    ("2026-12-10 09:30", "2026-12-10 11:30", "Comité technique (visioconférence)",
     ("Instruction des dossiers de l'appel à projets", "Fiches actions du programme coordonné")),
    ("2026-12-17 14:00", "2026-12-17 16:30", "Séance plénière, Hôtel du Département, Le Mans",
     ("Adoption du programme coordonné 2027", "Sélection des projets retenus", "Forfait autonomie des résidences")),
    ("2027-02-04 14:00", "2027-02-04 16:30", "Séance plénière, Maison départementale de l'autonomie, Le Mans",
     ("Lancement de l'appel à projets 2027",)),
)

CFPPA72_DEADLINES = (
    ("2026-12-04", "Retour des avis techniques sur les dossiers de l'appel à projets"),
    ("2026-12-15", "Envoi des fiches actions du programme coordonné 2027"),
    ("2027-01-29", "Rapport d'activité 2026 à transmettre à la CNSA"),
    ("2027-03-12", "Dépôt des candidatures à l'appel à projets 2027"),
    ("2027-04-09", "Forum Bien vieillir en Sarthe"),
)

CFPPA72_DECISIONS = (
    ("2026-09-24", 1, "La conférence se réunit en séance plénière trois à quatre fois par an ; "
                      "le comité technique prépare les dossiers entre deux séances."),
    ("2026-09-24", 1, "Le secrétariat de la conférence est assuré par la Maison départementale de l'autonomie."),
    ("2026-09-24", 1, "Le concours de la CNSA pour 2026 s'élève à 1 240 000 euros."),
    ("2026-10-15", 2, "Les dossiers de l'appel à projets sont instruits par des binômes de deux financeurs."),
    ("2026-10-15", 2, "La CARSAT pilote les ateliers de prévention des chutes avec la MSA."),
    ("2026-10-15", 2, "Les ateliers numériques pour les seniors sont financés à hauteur de 80 000 euros."),
    ("2026-11-19", 3, "Le programme coordonné 2027 sera adopté à la séance plénière du 17 décembre."),
    ("2026-11-19", 3, "Le forum Bien vieillir en Sarthe se tiendra au Centre des expositions du Mans."),
    ("2026-11-19", 3, "Les résidences autonomie reçoivent un forfait autonomie de 350 000 euros en 2027."),
    ("2026-11-19", 3, "L'Agirc-Arrco finance les bilans de prévention pour les retraités isolés."),
    ("2026-11-19", 3, "Le CDCA est consulté sur le programme coordonné avant son adoption."),
    ("2026-11-19", 3, "Les actions en zone rurale sont prioritaires dans l'appel à projets 2027."),
    ("2026-11-19", 3, "Siel Bleu anime les ateliers d'activité physique adaptée dans les résidences autonomie."),
)

CFPPA72_TASKS = {
    SLUG: (
        ("Rédiger le compte rendu de la plénière du 19 novembre", "Nadège Bellanger", "2026-11-30", 3),
        ("Consolider le bilan des actions 2026", "Aurélie Chauvin", "2026-12-11", 3),
        ("Transmettre les données des ateliers chutes", "Bruno Delahaye", "2026-11-27", 3),
        ("Préparer la carte des actions en zone rurale", "Sylvie Guérin", "2027-01-15", 3),
        ("Réserver le Centre des expositions pour le forum", "Yasmina Kaci", "2026-12-18", 3),
        ("Envoyer le questionnaire aux résidences autonomie", "Laurent Chevalier", "2026-12-09", 3),
        ("Recenser les logements adaptés du parc social", "Thierry Lebrun", "2027-01-22", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CFPPA72_ASKERS = {SLUG: "Aurélie Chauvin"}

CFPPA72_GROUPS = {
    SLUG: (CFPPA72_MEMBERS, CFPPA72_MEETINGS, CFPPA72_DEADLINES, CFPPA72_DECISIONS, "Françoise Lemercier"),
}
