"""A group written by r30b in the twenty-ninth round, for blind set 37b
(the French of West Africa, Central Africa and the Maghreb as members of
diaspora associations write it in a group chat): the collectif of the
migrants' associations of an invented town of the Val-d'Oise, Montvallon,
with the commune's service vie associative, preparing a festival of the
cultures of the world and a solidarity programme — the town's deputy for
international solidarity, the head of the service vie associative (the
coordinator) and the agent who manages the municipal rooms, the CCAS, a
centre social, the associations of Malians (its president chairs the
collectif; its treasurer), Senegalese (its president is the collectif's
treasurer; its communication officer asks), Comorians, Congolese and
Algerians, a women's tontine, the Préfecture's délégué du préfet, a
bailleur and the CAF. Tasks (three late, two done, one cancelled), the
attendance of the meetings of October and November in the store (nothing
recorded for September), announced presences for the meeting of 12
December; the person asking is a member, not the coordinator. Organisation
names are real public bodies or invented ones (the town and its services,
the associations, the tontine, the centre social); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["DIASPORA95_AFTER_SETUP", "DIASPORA95_ASKERS", "DIASPORA95_GROUPS", "DIASPORA95_TASKS"]

SLUG = "diaspora95"
ASKER = "Ibrahima Diallo"
MAIRIE = "Mairie de Montvallon"
MALI = "Association des ressortissants maliens de Montvallon"
TERANGA = "Association Teranga Montvallon"

DIASPORA95_MEMBERS = (
    ("Karim Benslimane", MAIRIE, "Adjoint au maire chargé de la solidarité internationale"),
    ("Sandrine Morel", MAIRIE, "Responsable du service vie associative, coordinatrice du collectif"),
    ("Yacine Haddad", MAIRIE, "Gestionnaire des salles municipales, service vie associative"),
    ("Nadia Belkacem", "CCAS de Montvallon", "Directrice du CCAS"),
    ("Aminata Koné", "Centre social Les Tilleuls", "Directrice du centre social"),
    ("Mamadou Traoré", MALI, "Président de l'association, président du collectif"),
    ("Fodé Sissoko", MALI, "Trésorier de l'association"),
    ("Ousmane Ndiaye", TERANGA, "Président de l'association, trésorier du collectif"),
    ("Ibrahima Diallo", TERANGA, "Chargé de communication, responsable de la communication du festival"),
    ("Zaïnaba Mohamed", "Association Comores Solidarité Montvallon", "Présidente de l'association"),
    ("Jean-Pierre Mbala", "Association Congo Espoir", "Président de l'association, responsable de la "
                                                      "programmation du festival"),
    ("Samira Benali", "Association franco-algérienne de Montvallon", "Présidente de l'association, "
                                                                     "secrétaire du collectif"),
    ("Mariama Sow", "Tontine des femmes de Montvallon", "Responsable de la tontine"),
    ("Patrick Lemoine", "Préfecture du Val-d'Oise", "Délégué du préfet pour la politique de la ville"),
    ("Christelle Nkounkou", "Val d'Oise Habitat", "Chargée de développement social"),
    ("Hélène Garnier", "CAF du Val-d'Oise", "Conseillère territoriale"),
)

DIASPORA95_MEETINGS = (
    ("2026-09-19 14:00", "2026-09-19 17:00", "Assemblée du collectif, centre social Les Tilleuls", ()),
    ("2026-10-14 18:30", "2026-10-14 20:30", "Réunion du collectif, salle Nelson-Mandela, maison des associations",
     ()),
    ("2026-11-19 18:30", "2026-11-19 20:30", "Réunion du collectif, salle du conseil, mairie de Montvallon", ()),
    ("2026-12-12 14:00", "2026-12-12 17:00", "Réunion du collectif, salle Nelson-Mandela, maison des associations",
     ("Programme du festival des cultures du monde", "Cotisations 2027 des associations",
      "Distribution des colis solidaires avec le CCAS",
      "Dossier de subvention politique de la ville")),
    ("2027-01-13 18:30", "2027-01-13 20:30", "Commission solidarité, CCAS de Montvallon",
     ("Permanence d'accès aux droits avec la CAF", "Bilan des colis solidaires")),
    ("2027-02-06 14:00", "2027-02-06 17:00", "Réunion du collectif, centre social Les Tilleuls",
     ("Logistique du festival", "Budget prévisionnel du festival")),
    ("2027-03-20 10:00", "2027-03-20 13:00", "Assemblée générale du collectif, salle des fêtes Jean-Jaurès",
     ("Rapport moral et financier 2026", "Élection du bureau du collectif")),
)

DIASPORA95_DEADLINES = (
    ("2026-12-11", "Dépôt du dossier de subvention politique de la ville à la préfecture"),
    ("2026-12-18", "Versement des cotisations 2027 des associations au collectif"),
    ("2027-01-15", "Inscription des associations au festival des cultures du monde"),
    ("2027-02-26", "Réponse à l'appel à projets de la CAF pour les familles"),
    ("2027-03-31", "Remise du bilan financier 2026 du collectif à la mairie"),
)

DIASPORA95_DECISIONS = (
    ("2026-09-19", 1, "Le festival des cultures du monde aura lieu le samedi 12 juin 2027 au parc de la mairie."),
    ("2026-09-19", 1, "La cotisation annuelle des associations membres du collectif est fixée à 50 euros."),
    ("2026-09-19", 1, "Le collectif se réunit une fois par mois, en alternance à la maison des associations et "
                      "au centre social."),
    ("2026-10-14", 2, "Chaque association tiendra un stand de cuisine au festival, avec une participation de 30 "
                      "euros."),
    ("2026-10-14", 2, "Le collectif distribuera 120 colis solidaires en décembre avec le CCAS."),
    ("2026-10-14", 2, "La salle Nelson-Mandela est prêtée gratuitement au collectif le samedi."),
    ("2026-11-19", 3, "Les associations qui n'ont pas payé leur cotisation 2026 ne pourront pas tenir de stand "
                      "au festival."),
    ("2026-11-19", 3, "La tontine des femmes prête 2 000 euros au collectif pour avancer les frais du festival."),
    ("2026-11-19", 3, "Une permanence d'accès aux droits avec la CAF se tiendra au centre social le premier "
                      "mercredi de chaque mois à partir de janvier."),
    ("2026-11-19", 3, "Le concert de clôture du festival est confié à l'association Congo Espoir."),
    ("2026-11-19", 3, "Le projet de voyage solidaire à Kayes est reporté à 2028."),
)

DIASPORA95_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de l'assemblée de septembre", "Sandrine Morel", "2026-09-30", 1, "done"),
        ("Réserver le parc de la mairie pour le 12 juin", "Yacine Haddad", "2026-10-16", 1, "done"),
        ("Relancer les associations pour les cotisations 2026", "Ousmane Ndiaye", "2026-10-30", 2),
        ("Recenser les familles bénéficiaires des colis solidaires", "Nadia Belkacem", "2026-11-13", 2),
        ("Organiser une rencontre avec le bailleur sur le local associatif", "Christelle Nkounkou", "2026-11-20",
         2, "cancelled"),
        ("Demander un devis pour la sonorisation du festival", "Jean-Pierre Mbala", "2026-11-27", 2),
        ("Préparer l'affiche du festival", "Ibrahima Diallo", "2026-12-04", 3),
        ("Collecter les denrées pour les colis solidaires", "Zaïnaba Mohamed", "2026-12-09", 2),
        ("Rédiger le dossier de subvention politique de la ville", "Sandrine Morel", "2026-12-10", 3),
        ("Faire le virement du prêt de la tontine au collectif", "Mariama Sow", "2026-12-15", 3),
        ("Mettre une salle à disposition pour la permanence CAF", "Aminata Koné", "2026-12-18", 3),
        ("Organiser la première permanence CAF au centre social", "Hélène Garnier", "2027-01-06", 3),
        ("Rédiger le règlement des stands de cuisine", "Samira Benali", "2027-01-08", 2),
        ("Présenter les crédits politique de la ville aux associations", "Patrick Lemoine", "2027-01-13", 3),
        ("Créer la page Facebook du collectif", "Ibrahima Diallo", "2027-01-29", 3),
        ("Établir le budget prévisionnel du festival", "Ousmane Ndiaye", "2027-02-05", 3),
        ("Préparer le programme du concert de clôture", "Jean-Pierre Mbala", "2027-03-12", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the Senegalese association's
# communication officer.
DIASPORA95_ASKERS = {SLUG: ASKER}

DIASPORA95_GROUPS = {
    SLUG: (DIASPORA95_MEMBERS, DIASPORA95_MEETINGS, DIASPORA95_DEADLINES, DIASPORA95_DECISIONS, "Sandrine Morel"),
}

# What the coordinator typed after the meeting of October (n°2) and the meeting of November (n°3); nothing
# was recorded for the assembly of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Sandrine Morel, Yacine Haddad, Nadia Belkacem, Mamadou Traoré, Ousmane Ndiaye, Ibrahima Diallo, "
    "Zaïnaba Mohamed, Jean-Pierre Mbala, Samira Benali, Mariama Sow",
    "/excuses n°2 Aminata Koné, Karim Benslimane",
    "/presents n°3 Karim Benslimane, Sandrine Morel, Aminata Koné, Mamadou Traoré, Ousmane Ndiaye, Ibrahima Diallo, "
    "Jean-Pierre Mbala, Samira Benali, Mariama Sow, Patrick Lemoine, Hélène Garnier",
    "/excuses n°3 Zaïnaba Mohamed, Nadia Belkacem",
    "/absents n°3 Christelle Nkounkou, Fodé Sissoko",
)

# What members said in the chat before the meeting of 12 December (n°4).
RSVPS = (
    ("Sandrine Morel", "/present"),
    ("Mamadou Traoré", "/present"),
    ("Karim Benslimane", "/present"),
    ("Ousmane Ndiaye", "/present"),
    ("Samira Benali", "/present"),
    ("Mariama Sow", "/present"),
    ("Jean-Pierre Mbala", "/excuse"),
    ("Patrick Lemoine", "/excuse"),
)

DIASPORA95_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "d95", ATTENDANCE_COMMANDS, RSVPS),
}
