"""A group written by helper r38a in the thirty-seventh round, for blind set
45a (the French of the South-West as the members write it in their chat):
the commission pastorale of an invented valley of the Hautes-Pyrénées, the
vallée de l'Arriu, whose main commune is the invented Bordères-d'Arriu —
its mayor, who chairs the commission, and the mairie's secretary, who writes
the minutes; the Fédération pastorale des Hautes-Pyrénées' chargée de
mission, who coordinates it; the DDT; the Chambre d'agriculture; the Parc
national des Pyrénées; the ONF; the valley's commission syndicale; the
presidents of two invented groupements pastoraux (the estive de Labassa and
the estive des Laquets); a bergère (the asker), a vacher and a transhumant
breeder; the valley's Office de tourisme; the Département; the Communauté de
communes; the OFB; a rural vet; the commune's hunters' ACCA. Meetings: the
commission of June before the summer (mairie), the transhumance's
departure in June, the visit of Labassa's cabane in August, the commission
of October after the summer at the Parc's house at Arrens (last), the next
one at the mairie in December, a public meeting on hikers and the patous at
Luz in January, the spring commission at the Chambre d'agriculture in
Tarbes in March. The attendance of June and October is in the store, and
the announced presences for 10 December; the person asking is a member, not
the coordinator. Organisation names are public bodies (the DDT, the
Chambre d'agriculture, the Parc national, the ONF, the Département, the
OFB) or invented ones (the commune, the groupements, the commission
syndicale, the Office de tourisme, the vet's clinic, the ACCA, the GAEC);
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PASTO65_AFTER_SETUP", "PASTO65_ASKERS", "PASTO65_GROUPS", "PASTO65_TASKS"]

SLUG = "pasto65"
ASKER = "Marion Dupouey"
MAIRIE = "Mairie de Bordères-d'Arriu"
LABASSA = "Groupement pastoral de Labassa"

PASTO65_MEMBERS = (
    ("Jean-Marc Abadie", MAIRIE, "Maire de Bordères-d'Arriu, président de la commission pastorale"),
    ("Maylis Cazaux", "Fédération pastorale des Hautes-Pyrénées", "Chargée de mission pastoralisme, "
                                                                  "coordinatrice de la commission pastorale"),
    ("Anaïs Ribis", MAIRIE, "Secrétaire de mairie, chargée des comptes rendus"),
    ("Pierre Lasserre", "DDT des Hautes-Pyrénées", "Chargé de mission pastoralisme et prédation"),
    ("Hélène Baylac", "Chambre d'agriculture des Hautes-Pyrénées", "Conseillère pastorale"),
    ("Thierry Sarthou", "Parc national des Pyrénées", "Garde-moniteur du secteur de l'Arriu"),
    ("Nathalie Fourcade", "ONF", "Technicienne forestière territoriale"),
    ("Joseph Laborde-Turon", "Commission syndicale de la vallée de l'Arriu", "Président de la commission "
                                                                             "syndicale"),
    ("Guillaume Peyrafitte", LABASSA, "Président du groupement pastoral, éleveur ovin"),
    ("Louis Carrère", "Groupement pastoral des Laquets", "Président du groupement pastoral, éleveur bovin"),
    ("Marion Dupouey", LABASSA, "Bergère salariée de l'estive de Labassa"),
    ("Romain Escoubet", "Groupement pastoral des Laquets", "Vacher de l'estive des Laquets"),
    ("Benoît Lacrampe", "GAEC du Lhéris", "Éleveur transhumant"),
    ("Cécile Lannes", "Office de tourisme de la vallée de l'Arriu", "Directrice de l'office de tourisme"),
    ("Francis Domec", "Département des Hautes-Pyrénées", "Conseiller départemental délégué à la montagne"),
    ("Sandrine Pujo", "Communauté de communes Pyrénées Vallées des Gaves", "Chargée de mission tourisme et "
                                                                          "sentiers de randonnée"),
    ("Olivier Castagnet", "OFB", "Technicien de l'équipe ours, constats de dommages"),
    ("Amélie Barrère", "Clinique vétérinaire des Gaves", "Vétérinaire rurale, suivi sanitaire des troupeaux"),
    ("Jacques Souberbielle", "ACCA de Bordères-d'Arriu", "Président de l'association de chasse"),
)

PASTO65_MEETINGS = (
    ("2026-06-04 09:30", "2026-06-04 12:00", "Commission pastorale : préparation de la montée en estive, salle du "
                                             "conseil, mairie de Bordères-d'Arriu", ()),
    ("2026-06-13 07:00", "2026-06-13 12:00", "Transhumance : départ des troupeaux vers les estives, place du "
                                             "village de Bordères-d'Arriu", ()),
    ("2026-08-18 10:00", "2026-08-18 15:00", "Visite de la cabane pastorale de Labassa, estive de Labassa", ()),
    ("2026-10-15 14:00", "2026-10-15 17:00", "Commission pastorale : bilan de l'estive et de la prédation, maison "
                                             "du Parc national, Arrens-Marsous", ()),
    ("2026-12-10 14:00", "2026-12-10 17:00", "Commission pastorale, salle du conseil, mairie de Bordères-d'Arriu",
     ("Bilan des dommages d'ours de l'estive 2026",
      "Rénovation de la cabane de Labassa",
      "Recrutement d'un aide-berger pour les Laquets",
      "Conventions de pâturage 2027")),
    ("2027-01-20 18:00", "2027-01-20 20:00", "Réunion publique randonneurs et chiens de protection, salle "
                                             "polyvalente de Luz-Saint-Sauveur",
     ("Présentation des consignes face aux patous",
      "Balisage des sentiers autour des estives")),
    ("2027-03-16 09:30", "2027-03-16 12:30", "Commission pastorale de printemps : préparation de l'estive 2027, "
                                             "Chambre d'agriculture, Tarbes",
     ("Calendrier de la montée en estive 2027",
      "Embauche des bergers et vachers")),
)

PASTO65_DEADLINES = (
    ("2026-12-18", "Transmission des constats de dommages de l'estive 2026 à la DDT"),
    ("2027-01-15", "Dépôt de la demande de subvention au Département pour la cabane de Labassa"),
    ("2027-02-05", "Retour des conventions de pâturage signées à la commission syndicale"),
    ("2027-03-01", "Candidatures des bergers et vachers pour l'estive 2027"),
    ("2027-04-15", "Dépôt des demandes d'aide à la protection des troupeaux à la DDT"),
    ("2027-05-31", "Fin des travaux de la cabane de Labassa"),
)

PASTO65_DECISIONS = (
    ("2026-06-04", 1, "La montée en estive se fait le samedi 13 juin, départ des troupeaux à 7 h de la place du "
                      "village."),
    ("2026-06-04", 1, "La commission pastorale se réunit quatre fois par an, à la mairie de Bordères-d'Arriu, "
                      "sauf la réunion d'été qui se tient en estive."),
    ("2026-06-04", 1, "Chaque troupeau de plus de 300 brebis a au moins deux chiens de protection (patous) en "
                      "estive."),
    ("2026-06-04", 1, "La taxe de pacage est fixée à 7 euros par brebis et 30 euros par vache pour la saison."),
    ("2026-06-13", 2, "Des panneaux d'information sur les patous sont posés aux départs des sentiers de Labassa "
                      "et du lac des Laquets."),
    ("2026-08-18", 3, "La cabane de Labassa est rénovée en 2027 (toiture, panneaux solaires, citerne) pour "
                      "85 000 euros, dont la moitié payée par le Département."),
    ("2026-08-18", 3, "Le ravitaillement des cabanes se fait par hélicoptère deux fois par saison, fin juin et "
                      "mi-août."),
    ("2026-08-18", 3, "Le bivouac est interdit à moins de 500 mètres des cabanes pastorales."),
    ("2026-10-15", 4, "La descente des troupeaux de l'estive 2027 se fait au plus tard le 10 octobre."),
    ("2026-10-15", 4, "Les constats de dommages d'ours sont faits par l'OFB dans les 72 heures après l'appel de "
                      "l'éleveur."),
    ("2026-10-15", 4, "Un aide-berger est embauché sur l'estive des Laquets de juillet à septembre 2027, payé à "
                      "80 % par l'État."),
    ("2026-10-15", 4, "La piste de Labassa est fermée aux véhicules à moteur du 15 juin au 30 septembre, sauf pour "
                      "les éleveurs et les bergers."),
    ("2026-10-15", 4, "L'ACCA n'organise aucune battue sur les estives avant la descente des troupeaux."),
    ("2026-10-15", 4, "Chaque cabane d'estive est équipée d'un téléphone satellite avant la saison 2027."),
    ("2026-10-15", 4, "La fête des fromages d'estive a lieu le dimanche 1er août 2027 sur la place de "
                      "Bordères-d'Arriu."),
)

PASTO65_TASKS = {
    SLUG: (
        ("Vérifier les vaccinations des troupeaux avant la montée", "Amélie Barrère", "2026-06-05", 1, "done"),
        ("Commander les panneaux patous pour les départs de sentiers", "Cécile Lannes", "2026-06-10", 1, "done"),
        ("Organiser le repas des bergers à la descente", "Jean-Marc Abadie", "2026-10-03", 3, "cancelled"),
        ("Envoyer les constats de dommages d'ours à la DDT", "Olivier Castagnet", "2026-11-13", 4),
        ("Faire chiffrer la toiture de la cabane de Labassa", "Guillaume Peyrafitte", "2026-11-20", 3),
        ("Recenser les brebis mortes ou disparues sur l'estive de Labassa", "Marion Dupouey", "2026-11-27", 4),
        ("Rédiger le dossier de subvention de la cabane de Labassa", "Maylis Cazaux", "2027-01-08", 3),
        ("Écrire le règlement de la cabane de Labassa pour les randonneurs", "Marion Dupouey", "2027-01-29", 4),
        ("Préparer la fiche de poste de l'aide-berger des Laquets", "Louis Carrère", "2027-02-15", 4),
        ("Poser une barrière sur la piste de Labassa", "Nathalie Fourcade", "2027-06-10", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the bergère of Labassa.
PASTO65_ASKERS = {SLUG: ASKER}

PASTO65_GROUPS = {
    SLUG: (PASTO65_MEMBERS, PASTO65_MEETINGS, PASTO65_DEADLINES, PASTO65_DECISIONS, "Maylis Cazaux"),
}

# What the coordinator typed after the commission of June at the mairie (n°1) and the commission of October at
# Arrens (n°4); nothing was recorded for the transhumance (n°2) and the cabane's visit (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Jean-Marc Abadie, Maylis Cazaux, Anaïs Ribis, Pierre Lasserre, Hélène Baylac, Thierry Sarthou, "
    "Joseph Laborde-Turon, Guillaume Peyrafitte, Louis Carrère, Marion Dupouey, Benoît Lacrampe, Cécile Lannes, "
    "Amélie Barrère, Jacques Souberbielle",
    "/excuses n°1 Francis Domec, Sandrine Pujo, Nathalie Fourcade",
    "/absents n°1 Olivier Castagnet, Romain Escoubet",
    "/presents n°4 Jean-Marc Abadie, Maylis Cazaux, Anaïs Ribis, Pierre Lasserre, Thierry Sarthou, "
    "Nathalie Fourcade, Joseph Laborde-Turon, Guillaume Peyrafitte, Louis Carrère, Romain Escoubet, "
    "Olivier Castagnet, Francis Domec, Jacques Souberbielle",
    "/excuses n°4 Marion Dupouey, Hélène Baylac, Cécile Lannes, Amélie Barrère",
    "/absents n°4 Benoît Lacrampe",
)

# What members said in the chat before the commission of 10 December (n°5); the asker has said nothing yet.
RSVPS = (
    ("Jean-Marc Abadie", "/present"),
    ("Maylis Cazaux", "/present"),
    ("Anaïs Ribis", "/present"),
    ("Pierre Lasserre", "/present"),
    ("Olivier Castagnet", "/present"),
    ("Guillaume Peyrafitte", "/present"),
    ("Louis Carrère", "/present"),
    ("Francis Domec", "/present"),
    ("Romain Escoubet", "/present"),
    ("Cécile Lannes", "/excuse"),
    ("Jacques Souberbielle", "/excuse"),
)

PASTO65_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "pa65", ATTENDANCE_COMMANDS, RSVPS),
}
