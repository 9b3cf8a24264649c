"""A group written by helper r38b in the thirty-seventh round, for blind set
45b (members who type into the chat as into a search box: « prochaine réu
lieu », « CAF représentant », « décision plafond aide énergie », « ODJ
10/12 », « présents 19/11 », « tâches moi », « qui ? ASLL »): the comité
technique of an invented Fonds de solidarité pour le logement (FSL) and
housing-support partnership in the Vienne — the Département's
vice-president for housing who chairs it, the head of the FSL's unit who
coordinates it, the unit's instructor (who takes the apologies); the CAF
and the MSA; Grand Poitiers; the CCAS of Poitiers and of Châtellerault; two
bailleurs sociaux (an invented office and an invented ESH); EDF's and
Engie's solidarity correspondents; the water company; the ADIL; an
invented association for accompagnement social lié au logement (ASLL),
its director and its social worker (the asker); the Banque de France's
overindebtedness secretariat; the SIAO; a tenants' union; the UDAF.
Meetings: the comités techniques of September and November, a working
group on energy and water in October, the next comité on Thursday 10
December, a working group on the prevention of evictions in January and
the yearly comité de pilotage in February. Attendance is recorded for the
three past meetings, and the announced presences for 10 December; the
person asking is a member, not the coordinator. Organisation names are
public bodies (the Département de la Vienne, the CAF, the MSA, Grand
Poitiers, the CCAS, EDF, Engie, Eaux de Vienne, the ADIL, the Banque de
France, the SIAO, the CNL, the UDAF) or invented ones (the landlords, the
association); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["FSL86_AFTER_SETUP", "FSL86_ASKERS", "FSL86_GROUPS", "FSL86_TASKS"]

SLUG = "fsl86"
ASKER = "Élodie Rivault"
DEPARTEMENT = "Département de la Vienne"
ASSOCIATION = "Association Logis Solidaire 86"

FSL86_MEMBERS = (
    ("Martine Rouault", DEPARTEMENT, "Vice-présidente chargée de l'habitat et du logement, présidente du comité "
                                     "technique du FSL"),
    ("Olivier Bréchet", DEPARTEMENT, "Chef du service Fonds de solidarité pour le logement, coordinateur du "
                                     "comité technique"),
    ("Sabrina Guérin", DEPARTEMENT, "Instructrice FSL, secrétariat des commissions"),
    ("Hélène Pacaud", "CAF de la Vienne", "Conseillère technique action sociale et logement"),
    ("Didier Ravard", "MSA Poitou", "Travailleur social, référent logement"),
    ("Fabienne Tessier", "Grand Poitiers", "Chargée de mission habitat et politique de la ville"),
    ("Romain Giraudeau", "CCAS de Poitiers", "Responsable du pôle accès aux droits"),
    ("Nadia Bensalem", "CCAS de Châtellerault", "Conseillère en économie sociale et familiale"),
    ("Christophe Marsault", "Clain Habitat", "Responsable de la prévention des impayés et du contentieux"),
    ("Aurélie Brunet", "Immobilière du Poitou", "Chargée de recouvrement social"),
    ("Patrick Chauvet", "EDF", "Correspondant solidarité pour la Vienne"),
    ("Laure Dumontet", "Engie", "Correspondante solidarité Nouvelle-Aquitaine"),
    ("Sébastien Aubin", "Eaux de Vienne", "Responsable du service clientèle"),
    ("Claire Fradin", "ADIL de la Vienne", "Juriste, conseillère logement"),
    ("Jamel Haddou", ASSOCIATION, "Directeur du service d'accompagnement social lié au logement (ASLL)"),
    ("Élodie Rivault", ASSOCIATION, "Travailleuse sociale, accompagnement social lié au logement"),
    ("Thierry Nau", "Banque de France, succursale de Poitiers", "Secrétariat de la commission de "
                                                                "surendettement de la Vienne"),
    ("Gwenaëlle Picard", "SIAO de la Vienne", "Coordinatrice du SIAO"),
    ("Marcel Jourdain", "CNL de la Vienne", "Président de la fédération départementale des locataires"),
    ("Annie Lhomme", "UDAF de la Vienne", "Déléguée mandataire, service d'aide à la gestion du budget familial"),
)

FSL86_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Comité technique du FSL : bilan du premier semestre, salle 3, "
                                             "Hôtel du Département, Poitiers", ()),
    ("2026-10-13 10:00", "2026-10-13 12:00", "Groupe de travail énergie et eau, Maison départementale de la "
                                             "solidarité de Châtellerault", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité technique du FSL : règlement intérieur 2027, salle 3, "
                                             "Hôtel du Département, Poitiers", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Comité technique du FSL, salle 3, Hôtel du Département, Poitiers",
     ("Bilan des aides accordées en 2026",
      "Plafonds des aides énergie et eau pour 2027",
      "Adoption du règlement intérieur 2027",
      "Calendrier des commissions 2027")),
    ("2027-01-12 09:30", "2027-01-12 12:00", "Groupe de travail prévention des expulsions, CCAS de Poitiers",
     ("Articulation avec la CCAPEX",
      "Repérage précoce des impayés de loyer")),
    ("2027-02-11 14:00", "2027-02-11 16:30", "Comité de pilotage annuel du FSL, salle de l'assemblée, Hôtel du "
                                             "Département, Poitiers",
     ("Bilan financier 2026 du FSL",
      "Contributions des partenaires au fonds pour 2027")),
)

FSL86_DEADLINES = (
    ("2026-12-04", "Envoi aux membres des propositions de plafonds d'aide pour 2027"),
    ("2026-12-18", "Mise en ligne du nouveau formulaire de demande d'aide FSL"),
    ("2027-01-08", "Transmission au Département du bilan d'activité ASLL 2026"),
    ("2027-01-15", "Signature des conventions 2027 avec les fournisseurs d'énergie et d'eau"),
    ("2027-01-29", "Retour des contributions financières des partenaires au FSL 2027"),
    ("2027-03-31", "Présentation du rapport d'activité 2026 du FSL à l'assemblée départementale"),
)

FSL86_DECISIONS = (
    ("2026-09-17", 1, "L'aide aux impayés d'énergie est plafonnée à 500 € par foyer et par an."),
    ("2026-09-17", 1, "L'aide aux impayés d'eau est plafonnée à 300 € par foyer et par an."),
    ("2026-09-17", 1, "Les dossiers complets sont instruits dans un délai d'un mois à compter de leur réception."),
    ("2026-09-17", 1, "Le comité technique se réunit tous les deux mois, le jeudi après-midi, à l'Hôtel du "
                      "Département."),
    ("2026-09-17", 1, "Les excuses sont adressées à Sabrina Guérin, au secrétariat du FSL."),
    ("2026-10-13", 2, "EDF et Engie suspendent les coupures pendant l'instruction d'un dossier FSL."),
    ("2026-10-13", 2, "Eaux de Vienne accorde un échéancier de paiement sans frais aux ménages aidés par le FSL."),
    ("2026-10-13", 2, "Les demandes d'aide à l'énergie sont déposées avant le 31 mars pour la campagne d'hiver."),
    ("2026-11-19", 3, "Le projet de règlement intérieur 2027 est validé et sera soumis à l'assemblée "
                      "départementale."),
    ("2026-11-19", 3, "L'aide au dépôt de garantie est accordée sous forme de prêt sans intérêt, remboursable "
                      "sur 24 mois."),
    ("2026-11-19", 3, "L'accompagnement social lié au logement est accordé pour six mois, renouvelable une fois."),
    ("2026-11-19", 3, "Les ménages dont le quotient familial dépasse 900 € ne sont pas éligibles, sauf "
                      "dérogation du comité technique."),
    ("2026-11-19", 3, "Les demandes urgentes orientées par le SIAO sont examinées en commission restreinte sous "
                      "huit jours."),
    ("2026-11-19", 3, "La CNL et l'UDAF siègent au comité technique avec voix consultative."),
)

FSL86_TASKS = {
    SLUG: (
        ("Rédiger le projet de règlement intérieur 2027 du FSL", "Olivier Bréchet", "2026-11-13", 1, "done"),
        ("Organiser une réunion d'information des locataires sur le FSL", "Marcel Jourdain", "2026-11-06", 1,
         "cancelled"),
        ("Proposer une convention d'échéancier pour les impayés d'eau", "Sébastien Aubin", "2026-11-20", 2),
        ("Envoyer le compte rendu du comité technique du 19 novembre", "Sabrina Guérin", "2026-11-26", 3),
        ("Transmettre les statistiques ASLL du troisième trimestre", "Élodie Rivault", "2026-11-27", 3),
        ("Préparer une fiche de présentation de l'ASLL pour les CCAS", "Élodie Rivault", "2026-12-08", 3),
        ("Communiquer le nombre de coupures évitées en 2026", "Patrick Chauvet", "2026-12-10", 2),
        ("Mettre à jour la fiche ADIL sur le dépôt de garantie", "Claire Fradin", "2026-12-15", 3),
        ("Chiffrer la contribution de la CAF au FSL 2027", "Hélène Pacaud", "2027-01-15", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the association's social worker.
FSL86_ASKERS = {SLUG: ASKER}

FSL86_GROUPS = {
    SLUG: (FSL86_MEMBERS, FSL86_MEETINGS, FSL86_DEADLINES, FSL86_DECISIONS, "Olivier Bréchet"),
}

# What the coordinator typed after the comités of September (n°1) and November (n°3) and the working group on
# energy and water (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Martine Rouault, Olivier Bréchet, Sabrina Guérin, Hélène Pacaud, Fabienne Tessier, "
    "Romain Giraudeau, Nadia Bensalem, Christophe Marsault, Aurélie Brunet, Patrick Chauvet, Claire Fradin, "
    "Jamel Haddou, Élodie Rivault, Gwenaëlle Picard",
    "/excuses n°1 Didier Ravard, Thierry Nau, Annie Lhomme",
    "/absents n°1 Marcel Jourdain",
    "/presents n°2 Olivier Bréchet, Sabrina Guérin, Patrick Chauvet, Laure Dumontet, Sébastien Aubin, "
    "Nadia Bensalem, Romain Giraudeau, Élodie Rivault",
    "/excuses n°2 Hélène Pacaud",
    "/presents n°3 Martine Rouault, Olivier Bréchet, Sabrina Guérin, Hélène Pacaud, Didier Ravard, "
    "Fabienne Tessier, Romain Giraudeau, Christophe Marsault, Aurélie Brunet, Laure Dumontet, Sébastien Aubin, "
    "Claire Fradin, Jamel Haddou, Thierry Nau, Marcel Jourdain",
    "/excuses n°3 Élodie Rivault, Nadia Bensalem, Gwenaëlle Picard",
    "/absents n°3 Patrick Chauvet",
)

# What members said in the chat before the comité of 10 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Martine Rouault", "/present"),
    ("Olivier Bréchet", "/present"),
    ("Sabrina Guérin", "/present"),
    ("Hélène Pacaud", "/present"),
    ("Romain Giraudeau", "/present"),
    ("Christophe Marsault", "/present"),
    ("Patrick Chauvet", "/present"),
    ("Claire Fradin", "/present"),
    ("Jamel Haddou", "/present"),
    ("Thierry Nau", "/excuse"),
    ("Annie Lhomme", "/excuse"),
)

FSL86_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "f86", ATTENDANCE_COMMANDS, RSVPS),
}
