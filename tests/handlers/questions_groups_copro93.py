"""A group written by helper r42c in the forty-first round, for blind set 49c
(a condominium in difficulty and its recovery plan, in the field's own
words): the comité de pilotage of the plan de sauvegarde of an invented large
copropriété of Seine-Saint-Denis, « Les Tilleuls-Sud » (four buildings, A to
D), in the invented commune of Courcelles-sur-Ourcq — the sous-préfète who
chairs the commission d'élaboration, the Ville (the adjoint à l'habitat and
the service habitat), the EPT Grand Paris - Grand Est, the Anah's délégation,
the ADIL 93, the CAF de la Seine-Saint-Denis, the syndic (an invented
cabinet), the administratrice provisoire of building C, the opérateur (an
invented bureau d'études, Citémétrie Conseil, whose chef de projet is the
coordinator), the président du conseil syndical and two conseillers
syndicaux (residents), Seine-Saint-Denis Habitat which carries flats in
portage, the EPFIF, an invented tenants' association and an invented
heating operator.
Meetings: the comité de pilotage of September (mairie), the assemblée
générale of October (the travaux votés), the commission d'élaboration of
November (sous-préfecture), the next comité de pilotage on Tuesday 8
December at 14:00, an assemblée générale extraordinaire in January and a
commission d'élaboration in February. Attendance is recorded for the three
past meetings, and the announced presences for 8 December; the decisions
are written as the minutes write them; the person asking is a conseiller
syndical living in building B, not the coordinator.
Organisation names are public bodies (the Sous-préfecture du Raincy, the
EPT Grand Paris - Grand Est, the Anah, the ADIL 93, the CAF de la
Seine-Saint-Denis, Seine-Saint-Denis Habitat, the EPFIF) or invented ones
(the commune, the copropriété, the syndic, the administratrice's office, the
opérateur, the association, the heating operator); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["COPRO93_AFTER_SETUP", "COPRO93_ASKERS", "COPRO93_GROUPS", "COPRO93_TASKS"]

SLUG = "copro93"
ASKER = "Rui Teixeira"
OPERATEUR = "Citémétrie Conseil"
VILLE = "Ville de Courcelles-sur-Ourcq"
CS = "Conseil syndical des Tilleuls-Sud"
MAIRIE = "salle du conseil, mairie de Courcelles-sur-Ourcq"
SALLE = "salle polyvalente des Tilleuls-Sud, bâtiment A"
SOUS_PREFECTURE = "sous-préfecture du Raincy"

COPRO93_MEMBERS = (
    ("Julien Marchetti", OPERATEUR, "Chef de projet du plan de sauvegarde, coordinateur du comité de pilotage"),
    ("Inès Haddad", OPERATEUR, "Chargée d'accompagnement social des copropriétaires et du relogement"),
    ("Bruno Lefèvre", OPERATEUR, "Architecte, chargé du diagnostic multicritère et du suivi des travaux"),
    ("Hélène Morvan", "Sous-préfecture du Raincy", "Sous-préfète, présidente de la commission d'élaboration du "
                                                  "plan de sauvegarde"),
    ("Karim Benali", VILLE, "Adjoint au maire délégué à l'habitat"),
    ("Sophie Lemaire", VILLE, "Responsable du service habitat"),
    ("Thomas Guérin", "EPT Grand Paris - Grand Est", "Chargé de mission copropriétés en difficulté"),
    ("Delphine Rousseau", "Anah, délégation de la Seine-Saint-Denis", "Chargée d'opérations habitat privé, "
                                                                     "instructrice des aides au syndicat"),
    ("Fatou Diop", "ADIL 93", "Juriste, permanence POPAC"),
    ("Nathalie Perrin", "CAF de la Seine-Saint-Denis", "Travailleuse sociale, référente impayés et logement"),
    ("Laurent Costa", "Cabinet Vauquelin Immobilier", "Gestionnaire de copropriété, syndic des bâtiments A, B "
                                                      "et D"),
    ("Bénédicte Aubry", "Étude Aubry et associés", "Administratrice provisoire du bâtiment C, désignée par le "
                                                   "tribunal judiciaire de Bobigny"),
    ("Mamadou Sylla", CS, "Président du conseil syndical, résident du bâtiment A"),
    ("Gisèle Fontaine", CS, "Conseillère syndicale, résidente du bâtiment D"),
    ("Rui Teixeira", CS, "Conseiller syndical, résident du bâtiment B, cage d'escalier 3"),
    ("Yannick Le Goff", "Seine-Saint-Denis Habitat", "Responsable du portage de lots et du relogement"),
    ("Claire Dufresne", "EPFIF", "Chargée de projet foncier"),
    ("Aïcha Mebarki", "Association des locataires des Tilleuls-Sud", "Présidente de l'association des locataires"),
    ("Patrick Nguyen", "Thermi-Est Services", "Responsable d'exploitation du chauffage collectif"),
)

COPRO93_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:30", f"Comité de pilotage du plan de sauvegarde, {MAIRIE}", ()),
    ("2026-10-13 18:30", "2026-10-13 21:30", f"Assemblée générale des copropriétaires, {SALLE}", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", f"Commission d'élaboration du plan de sauvegarde, {SOUS_PREFECTURE}",
     ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", f"Comité de pilotage du plan de sauvegarde, {MAIRIE}",
     ("Bilan des impayés de charges au 30 novembre",
      "Calendrier des travaux de toiture du bâtiment B",
      "Relogement des ménages de la cage d'escalier 3",
      "Demande d'aide de l'Anah au syndicat des copropriétaires")),
    ("2027-01-19 18:30", "2027-01-19 21:00", f"Assemblée générale extraordinaire des copropriétaires, {SALLE}",
     ("Remplacement de l'ascenseur du bâtiment B",
      "Appel de fonds travaux 2027")),
    ("2027-02-23 14:00", "2027-02-23 16:30", f"Commission d'élaboration du plan de sauvegarde, {SOUS_PREFECTURE}",
     ("Validation du projet de plan de sauvegarde",
      "Résultats du diagnostic multicritère du bâtiment C")),
)

COPRO93_DEADLINES = (
    ("2026-11-20", "Retour des questionnaires de l'enquête sociale des ménages"),
    ("2026-12-15", "Paiement de la première tranche de l'appel de fonds de la toiture du bâtiment B"),
    ("2026-12-18", "Dépôt à l'Anah du dossier de demande d'aide au syndicat"),
    ("2027-01-04", "Envoi de la convocation de l'assemblée générale extraordinaire"),
    ("2027-01-29", "Remise du diagnostic multicritère du bâtiment C"),
    ("2027-03-31", "Signature de l'arrêté préfectoral du plan de sauvegarde"),
)

COPRO93_DECISIONS = (
    ("2026-09-15", 1, "L'OPAH copropriété dégradée (OPAH-CD) prend fin le 31 décembre 2026 ; le plan de sauvegarde "
                      "prend le relais pour les quatre bâtiments."),
    ("2026-09-15", 1, "Le diagnostic multicritère est étendu au bâtiment C, sous administration provisoire ; il est "
                      "confié à Citémétrie Conseil et sera remis fin janvier 2027."),
    ("2026-09-15", 1, "Un protocole d'apurement est proposé aux copropriétaires qui doivent plus de 2 000 € de "
                      "charges : échéancier sur 24 mois, avec l'accompagnement de l'ADIL 93 et de la CAF."),
    ("2026-09-15", 1, "Les cinq logements vacants de la cage d'escalier 3 du bâtiment B sont acquis en portage par "
                      "Seine-Saint-Denis Habitat, avec le concours de l'EPFIF."),
    ("2026-09-15", 1, "Le comité de pilotage se réunit tous les trois mois, en mairie, sous la présidence de la "
                      "sous-préfète."),
    ("2026-10-13", 2, "Les travaux de réfection de la toiture du bâtiment B sont votés pour 480 000 € TTC, à la "
                      "majorité de l'article 25 (6 120 tantièmes sur 10 000) ; l'appel de fonds est réparti selon les "
                      "tantièmes de chaque lot, en trois tranches."),
    ("2026-10-13", 2, "Le remplacement de l'ascenseur du bâtiment B est ajourné à l'assemblée générale "
                      "extraordinaire de janvier, faute de trois devis comparables ; la question n'a pas été mise au "
                      "vote."),
    ("2026-10-13", 2, "Le contrat d'exploitation du chauffage collectif avec Thermi-Est Services est renouvelé pour "
                      "un an ; le chauffage est remis en route chaque année au 15 octobre ; adopté à la majorité de "
                      "l'article 24."),
    ("2026-10-13", 2, "Le mandat du Cabinet Vauquelin Immobilier, syndic des bâtiments A, B et D, est renouvelé "
                      "jusqu'au 31 octobre 2027 ; 4 copropriétaires ont voté contre."),
    ("2026-11-17", 3, "Le périmètre du plan de sauvegarde couvre les quatre bâtiments ; le bâtiment C, sous "
                      "administration provisoire, y est intégré."),
    ("2026-11-17", 3, "Les aides de l'Anah au syndicat des copropriétaires sont demandées à hauteur de 50 % du "
                      "montant hors taxes des travaux de toiture, complétées par une aide de l'EPT de 10 %."),
    ("2026-11-17", 3, "Le relogement des huit ménages de la cage d'escalier 3 est confié à Seine-Saint-Denis "
                      "Habitat, avec l'accompagnement social de Citémétrie Conseil ; priorité aux familles avec "
                      "enfants."),
    ("2026-11-17", 3, "L'entrée de la copropriété dans une ORCOD-IN n'est pas retenue à ce stade ; elle sera "
                      "réexaminée après le diagnostic du bâtiment C."),
    ("2026-11-17", 3, "Une permanence POPAC est ouverte le jeudi de 17 h à 19 h au local du conseil syndical, tenue "
                      "par l'ADIL 93."),
    ("2026-11-17", 3, "Les impayés de charges atteignent 412 000 € au 31 octobre, soit 38 % du budget annuel ; le "
                      "syndic engage le recouvrement contre les douze plus gros débiteurs."),
)

COPRO93_TASKS = {
    SLUG: (
        ("Lancer l'appel de fonds de la toiture du bâtiment B", "Laurent Costa", "2026-11-16", 2, "done"),
        ("Remettre en route le chauffage collectif du bâtiment D", "Patrick Nguyen", "2026-10-15", 2, "done"),
        ("Distribuer le questionnaire de l'enquête sociale dans la cage d'escalier 3", "Rui Teixeira",
         "2026-11-13", 1),
        ("Afficher les horaires de la permanence POPAC dans les halls", "Rui Teixeira", "2026-12-10", 3),
        ("Demander trois devis pour l'ascenseur du bâtiment B", "Laurent Costa", "2026-11-27", 2),
        ("Envoyer le compte rendu de la commission du 17 novembre", "Julien Marchetti", "2026-11-24", 3),
        ("Réaliser le diagnostic multicritère du bâtiment C", "Bruno Lefèvre", "2027-01-29", 1),
        ("Monter le dossier de demande d'aide au syndicat pour l'Anah", "Inès Haddad", "2026-12-15", 3),
        ("Proposer un logement aux familles prioritaires de la cage d'escalier 3", "Yannick Le Goff",
         "2027-01-15", 3),
        ("Organiser une réunion d'information des locataires sur le relogement", "Aïcha Mebarki", "2026-12-12", 3),
        ("Chiffrer le rachat de lots du bâtiment C par l'EPFIF", "Claire Dufresne", "2026-11-20", 1, "cancelled"),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): a conseiller syndical of building B.
COPRO93_ASKERS = {SLUG: ASKER}

COPRO93_GROUPS = {
    SLUG: (COPRO93_MEMBERS, COPRO93_MEETINGS, COPRO93_DEADLINES, COPRO93_DECISIONS, "Julien Marchetti"),
}

# What the coordinator typed after the comité de pilotage of September (n°1), the assemblée générale of October
# (n°2) and the commission d'élaboration of November (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Hélène Morvan, Julien Marchetti, Inès Haddad, Karim Benali, Sophie Lemaire, Thomas Guérin, "
    "Delphine Rousseau, Laurent Costa, Bénédicte Aubry, Mamadou Sylla, Rui Teixeira, Yannick Le Goff, "
    "Claire Dufresne",
    "/excuses n°1 Fatou Diop, Nathalie Perrin",
    "/absents n°1 Aïcha Mebarki",
    "/presents n°2 Julien Marchetti, Inès Haddad, Bruno Lefèvre, Laurent Costa, Mamadou Sylla, Gisèle Fontaine, "
    "Rui Teixeira, Yannick Le Goff, Aïcha Mebarki, Patrick Nguyen",
    "/excuses n°2 Karim Benali, Bénédicte Aubry",
    "/presents n°3 Hélène Morvan, Julien Marchetti, Inès Haddad, Bruno Lefèvre, Karim Benali, Thomas Guérin, "
    "Delphine Rousseau, Fatou Diop, Nathalie Perrin, Laurent Costa, Bénédicte Aubry, Mamadou Sylla, "
    "Gisèle Fontaine, Yannick Le Goff, Claire Dufresne, Aïcha Mebarki",
    "/excuses n°3 Rui Teixeira, Sophie Lemaire",
    "/absents n°3 Patrick Nguyen",
)

# What members said in the chat before the comité de pilotage of 8 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Hélène Morvan", "/present"),
    ("Julien Marchetti", "/present"),
    ("Inès Haddad", "/present"),
    ("Karim Benali", "/present"),
    ("Delphine Rousseau", "/present"),
    ("Laurent Costa", "/present"),
    ("Mamadou Sylla", "/present"),
    ("Yannick Le Goff", "/present"),
    ("Aïcha Mebarki", "/present"),
    ("Bénédicte Aubry", "/excuse"),
    ("Claire Dufresne", "/excuse"),
    ("Nathalie Perrin", "/excuse"),
)

COPRO93_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "c93", ATTENDANCE_COMMANDS, RSVPS),
}
