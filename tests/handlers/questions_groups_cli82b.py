"""A group written by helper w34c in the thirty-third round, for the
lead's blind set 63 (slug cli82b: the slug cli82 the brief named is the
lead's set 52's CLI of Saint-Sernin-de-Garonne, a group of its own; a
stranger's general set in the words of the people who sit on the commission locale d'information of a nuclear power plant:
the Département which chairs and runs it, EDF, the ASNR, the Préfecture,
the mayors around the site, an environmental association, the farmers, the
ARS, the firemen, a collège's teachers, an independent laboratory and the
ANCCLI): the CLI of the invented CNPE de Lasserre-Garonne, on the Garonne
in the Tarn-et-Garonne — the departmental councillor who chairs it and the
CLI's chargée de mission who runs it (the group's coordinator; the
Département's two members); the representative of the plant's director
(EDF, head of the plant's communication); the ASNR's division de Bordeaux
(the head of its pressurised-water-reactor unit); the Préfecture's service
interministériel de défense et de protection civiles (its head, in charge of
the plan particulier d'intervention); the mayors of three invented communes
within 20 km: Lasserre-Garonne (the host commune), Saint-Jory-de-Lomagne
(the asker) and Peyrelongue-sur-Garonne (the CLI's vice-présidente); an
invented environmental association, Sentinelles de la Garonne (its president); the
FDSEA de Tarn-et-Garonne (an arboriculteur, its administrator for risks);
the ARS Occitanie's délégation départementale (its engineer, referent for
the iodine tablets); the SDIS de Tarn-et-Garonne (a commandant, its
technical adviser for radiological risks); two teachers of an invented
collège Pierre-Mendès-France at Lasserre-Garonne, in the PPI zone; the
CRIIRAD (an engineer of its laboratory, the CLI's independent expert); the
ANCCLI (a chargé de mission). Meetings: the assemblée générale of
September at the hôtel du Département in Montauban, the commission
technique of October at the plant's centre d'information du public (the
visite décennale of reactor n°1), the PPI exercise of October observed at
the centre opérationnel départemental of the Préfecture, the commission
information et communication of November at the salle des fêtes of
Saint-Jory-de-Lomagne (the iodine tablets), the annual public meeting of
10 December at Lasserre-Garonne, the commission technique of January and
the assemblée générale of March at the hôtel du Département; reports on
the iodine tablets' distribution, the visite décennale, the PPI exercises,
the public meeting, the annual report, the incidents and their INES level,
the CRIIRAD's samples in the Garonne. Tasks (four late, one of them the
asker's; two done; one cancelled), the attendance of the commission
technique of October and of the commission of November in the store,
announced presences for the public meeting of 10 December; the person
asking is a member, not the coordinator. Organisation names are public
bodies or real organisations (the Département, EDF, the ASNR, the
Préfecture, the FDSEA, the ARS, the SDIS, the CRIIRAD, the ANCCLI); the
plant, its communes, the collège and the association are invented, and
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLI82B_AFTER_SETUP", "CLI82B_ASKERS", "CLI82B_GROUPS", "CLI82B_TASKS"]

SLUG = "cli82b"
ASKER = "Bernard Lafforgue"
DEPARTEMENT = "Département de Tarn-et-Garonne"
COLLEGE = "Collège Pierre-Mendès-France de Lasserre-Garonne"

CLI82B_MEMBERS = (
    ("Hélène Mazars", DEPARTEMENT, "Conseillère départementale du canton de Lasserre-Garonne, présidente de la "
                                     "commission locale d'information (CLI) du CNPE de Lasserre-Garonne"),
    ("Julie Marty", DEPARTEMENT, "Chargée de mission de la CLI, coordinatrice de la commission locale d'information"),
    ("Olivier Delmas", "EDF, CNPE de Lasserre-Garonne", "Représentant du directeur du CNPE, chef de la mission "
                                                        "communication et relations externes"),
    ("Mathieu Caussade", "ASNR, division de Bordeaux", "Chef du pôle réacteurs à eau sous pression, inspecteur de la "
                                                       "sûreté nucléaire"),
    ("Nathalie Fourès", "Préfecture de Tarn-et-Garonne",
     "Cheffe du service interministériel de défense et de protection civiles (SIDPC), chargée du plan particulier "
     "d'intervention (PPI)"),
    ("Jean-Claude Bories", "Mairie de Lasserre-Garonne", "Maire de Lasserre-Garonne, commune d'implantation du CNPE"),
    ("Bernard Lafforgue", "Mairie de Saint-Jory-de-Lomagne", "Maire de Saint-Jory-de-Lomagne, commune du périmètre "
                                                             "PPI de 20 km"),
    ("Martine Dauzère", "Mairie de Peyrelongue-sur-Garonne", "Maire de Peyrelongue-sur-Garonne, vice-présidente de "
                                                             "la CLI"),
    ("Sylvie Gaubert", "Sentinelles de la Garonne", "Présidente de l'association de protection de l'environnement"),
    ("Patrick Lagarrigue", "FDSEA de Tarn-et-Garonne", "Arboriculteur, administrateur de la FDSEA, référent risques "
                                                       "et calamités agricoles"),
    ("Claire Rouquié", "ARS Occitanie, délégation départementale de Tarn-et-Garonne",
     "Ingénieure d'études sanitaires, référente de la distribution des comprimés d'iode"),
    ("Lionel Bessières", "SDIS de Tarn-et-Garonne", "Commandant, chef du groupement prévision, conseiller technique "
                                                    "risques radiologiques"),
    ("Élodie Carrère", COLLEGE, "Professeure de physique-chimie, référente du plan particulier de mise en sûreté "
                                "(PPMS)"),
    ("Antoine Rigal", COLLEGE, "Professeur de sciences de la vie et de la Terre, référent éducation au développement "
                               "durable"),
    ("Thomas Vergnes", "CRIIRAD", "Ingénieur, responsable du laboratoire, expert indépendant de la CLI"),
    ("Benoît Lacombe", "ANCCLI", "Chargé de mission, référent des commissions locales d'information du Sud-Ouest"),
)

CLI82B_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 17:00", "Assemblée générale de la CLI, salle du conseil départemental, hôtel du "
                                             "Département, Montauban", ()),
    ("2026-10-06 09:00", "2026-10-06 12:30", "Commission technique de la CLI : visite du CNPE et point sur la visite "
                                             "décennale du réacteur n°1, centre d'information du public du CNPE de "
                                             "Lasserre-Garonne", ()),
    ("2026-10-21 09:30", "2026-10-21 16:00", "Exercice PPI de crise nucléaire observé par la CLI, centre opérationnel "
                                             "départemental, préfecture de Tarn-et-Garonne, Montauban", ()),
    ("2026-11-19 14:00", "2026-11-19 17:00", "Commission information et communication de la CLI : campagne de "
                                             "distribution des comprimés d'iode, salle des fêtes de "
                                             "Saint-Jory-de-Lomagne", ()),
    ("2026-12-10 18:30", "2026-12-10 21:00", "Réunion publique annuelle de la CLI, salle Garonne, Lasserre-Garonne",
     ("Bilan de la visite décennale du réacteur n°1",
      "Événements significatifs de 2026 et leur classement sur l'échelle INES",
      "Campagne de distribution des comprimés d'iode dans le rayon de 20 km",
      "Questions du public")),
    ("2027-01-19 14:00", "2027-01-19 17:00", "Commission technique de la CLI, salle du conseil départemental, hôtel "
                                             "du Département, Montauban",
     ("Conclusions de l'ASNR sur la visite décennale du réacteur n°1",
      "Résultats des prélèvements de la CRIIRAD dans la Garonne")),
    ("2027-03-18 14:00", "2027-03-18 17:00", "Assemblée générale de la CLI, salle du conseil départemental, hôtel du "
                                             "Département, Montauban",
     ("Adoption du rapport annuel 2026 de la CLI",
      "Budget 2027 de la CLI")),
)

CLI82B_DEADLINES = (
    ("2026-12-04", "Envoi à la chargée de mission des questions écrites du public pour la réunion publique"),
    ("2026-12-18", "Retour des membres sur le projet de rapport annuel 2026 de la CLI"),
    ("2027-01-15", "Fin du retrait des comprimés d'iode en pharmacie par les habitants du rayon de 20 km"),
    ("2027-02-12", "Dépôt auprès de l'ASNR de la demande de subvention 2027 de la CLI"),
    ("2027-03-05", "Inscription des établissements scolaires à l'exercice PPI de mise à l'abri du printemps 2027"),
)

CLI82B_DECISIONS = (
    ("2026-09-17", 1, "La réunion publique annuelle de la CLI a lieu en décembre, en soirée, dans la commune "
                      "d'implantation du CNPE."),
    ("2026-09-17", 1, "La CLI confie à la CRIIRAD une campagne de prélèvements indépendants dans la Garonne, en amont "
                      "et en aval du CNPE, pour un budget de 18 000 euros."),
    ("2026-09-17", 1, "Le rapport annuel de la CLI est adopté en assemblée générale au plus tard en mars puis mis en "
                      "ligne sur le site du Département."),
    ("2026-10-06", 2, "EDF informe la chargée de mission de la CLI de tout événement significatif classé au niveau 1 "
                      "ou plus de l'échelle INES dans les 48 heures suivant sa déclaration."),
    ("2026-10-06", 2, "La CLI demande à l'ASNR de présenter ses conclusions sur la visite décennale du réacteur n°1 "
                      "à la commission technique de janvier."),
    ("2026-10-21", 3, "Deux membres de la CLI observent chaque exercice PPI, l'un au centre opérationnel "
                      "départemental, l'autre dans une commune de la zone."),
    ("2026-10-21", 3, "Le retour d'expérience de l'exercice PPI du 21 octobre est présenté par la préfecture à la "
                      "réunion publique."),
    ("2026-11-19", 4, "Les comprimés d'iode non retirés en pharmacie sont distribués par les mairies lors de deux "
                      "permanences, les samedis 16 et 23 janvier 2027."),
    ("2026-11-19", 4, "Un courrier de relance signé par la présidente de la CLI est envoyé aux 4 200 foyers du rayon "
                      "de 20 km qui n'ont pas retiré leurs comprimés."),
    ("2026-11-19", 4, "Les écoles et les collèges de la zone PPI reçoivent une dotation de comprimés d'iode stockée à "
                      "l'infirmerie."),
    ("2026-11-19", 4, "La réunion publique est retransmise en direct sur la chaîne vidéo du Département."),
)

CLI82B_TASKS = {
    SLUG: (
        ("Mettre en ligne sur le site du Département la page de la CLI consacrée à la visite décennale",
         "Julie Marty", "2026-10-09", 1, "done"),
        ("Transmettre à la CLI la liste des événements significatifs déclarés en 2026", "Olivier Delmas",
         "2026-10-30", 2, "done"),
        ("Envoyer le protocole des prélèvements dans la Garonne", "Thomas Vergnes", "2026-11-13", 1),
        ("Rédiger le retour d'expérience de l'exercice PPI du 21 octobre", "Nathalie Fourès", "2026-11-20", 3),
        ("Organiser une visite du CNPE pour les élèves de troisième du collège", "Élodie Carrère", "2026-11-25", 2,
         "cancelled"),
        ("Envoyer aux mairies le fichier des foyers qui n'ont pas retiré leurs comprimés d'iode", "Claire Rouquié",
         "2026-11-26", 4),
        ("Recenser les foyers de Saint-Jory-de-Lomagne qui n'ont pas retiré leurs comprimés d'iode",
         "Bernard Lafforgue", "2026-11-27", 4),
        ("Rédiger le courrier de relance aux foyers pour la signature de la présidente", "Julie Marty", "2026-12-03",
         4),
        ("Préparer la présentation des événements significatifs de 2026 et de leur niveau INES pour la réunion "
         "publique", "Olivier Delmas", "2026-12-04", 4),
        ("Préparer les questions des Sentinelles de la Garonne pour la réunion publique", "Sylvie Gaubert",
         "2026-12-04", 4),
        ("Réserver la salle Garonne et le matériel de retransmission de la réunion publique", "Jean-Claude Bories",
         "2026-12-07", 1),
        ("Monter avec les élèves une exposition sur le risque nucléaire pour la réunion publique", "Antoine Rigal",
         "2026-12-09", 4),
        ("Envoyer le guide de l'ANCCLI sur le suivi des visites décennales", "Benoît Lacombe", "2026-12-11", 2),
        ("Rédiger le projet de rapport annuel 2026 de la CLI", "Julie Marty", "2026-12-11", 1),
        ("Recenser les vergers et les exploitations agricoles du rayon de 20 km", "Patrick Lagarrigue",
         "2026-12-18", 3),
        ("Présenter le dispositif de mesure de la radioactivité du SDIS à la commission technique",
         "Lionel Bessières", "2027-01-15", 3),
        ("Tenir la permanence de distribution des comprimés d'iode du 16 janvier à la mairie de "
         "Saint-Jory-de-Lomagne", "Bernard Lafforgue", "2027-01-16", 4),
        ("Présenter les conclusions de l'ASNR sur la visite décennale du réacteur n°1", "Mathieu Caussade",
         "2027-01-19", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the mayor of Saint-Jory-de-Lomagne, a
# commune within the 20 km of the PPI.
CLI82B_ASKERS = {SLUG: ASKER}

CLI82B_GROUPS = {
    SLUG: (CLI82B_MEMBERS, CLI82B_MEETINGS, CLI82B_DEADLINES, CLI82B_DECISIONS, "Julie Marty"),
}

# What the chargée de mission typed after the commission technique at the CNPE (n°2) and the commission information
# et communication at Saint-Jory-de-Lomagne (n°4); nothing was recorded for the assemblée générale of September (n°1)
# nor for the PPI exercise (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Julie Marty, Hélène Mazars, Olivier Delmas, Mathieu Caussade, Jean-Claude Bories, "
    "Sylvie Gaubert, Thomas Vergnes, Benoît Lacombe, Lionel Bessières",
    "/excuses n°2 Claire Rouquié, Martine Dauzère, Bernard Lafforgue",
    "/absents n°2 Patrick Lagarrigue",
    "/presents n°4 Julie Marty, Hélène Mazars, Martine Dauzère, Bernard Lafforgue, Claire Rouquié, "
    "Nathalie Fourès, Élodie Carrère, Antoine Rigal, Sylvie Gaubert, Patrick Lagarrigue, Jean-Claude Bories",
    "/excuses n°4 Olivier Delmas, Mathieu Caussade, Thomas Vergnes",
    "/absents n°4 Lionel Bessières",
)

# What members said in the chat before the public meeting of 10 December at Lasserre-Garonne (n°5).
RSVPS = (
    ("Hélène Mazars", "/present"),
    ("Julie Marty", "/present"),
    ("Olivier Delmas", "/present"),
    ("Mathieu Caussade", "/present"),
    ("Jean-Claude Bories", "/present"),
    ("Claire Rouquié", "/present"),
    ("Sylvie Gaubert", "/present"),
    ("Thomas Vergnes", "/present"),
    ("Nathalie Fourès", "/excuse"),
    ("Benoît Lacombe", "/excuse"),
)

CLI82B_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "c82b", ATTENDANCE_COMMANDS, RSVPS),
}
