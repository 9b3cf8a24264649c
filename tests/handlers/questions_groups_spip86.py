"""A group written by helper w36c in the thirty-fifth round, for the lead's
blind set 69 (a stranger's general set in the words of the people who sit
on the comité local des partenaires of a SPIP): the comité local des
partenaires of the SPIP de la Vienne for an invented prison of the Vienne,
the centre pénitentiaire de Saint-Hilaire-du-Clain — the SPIP's director
who chairs it, a CPIP of the prison's antenne who coordinates it (the
group's coordinator) and a CPIP of the Poitiers milieu ouvert antenne
(referent for placement extérieur): the SPIP's three members; the
prison's director and the officer heading its quartier arrivants (its two
members); the local head of teaching of the Éducation nationale's unité
locale d'enseignement; the doctor heading the unité sanitaire (USMP) of the
CHU de Poitiers; a nurse of the CSAPA de la Vienne run by Addictions
France; France Travail's justice referent; the Mission locale's justice
referent (the asker); the supervisor of an invented chantier d'insertion,
Les Jardins du Clain; the GRETA's training adviser; the CAF de la Vienne's
social worker; the CPAM de la Vienne's access-to-rights officer; the SIAO
de la Vienne's coordinator; a prison visitor of the ANVP; the greffière
heading the Maison de justice et du droit de Châtellerault; the greffier
of the juge de l'application des peines at the tribunal judiciaire de
Poitiers; the lawyer running the prison's point d'accès au droit for the
CDAD de la Vienne. Meetings: the spring plenary in June at the SPIP in
Poitiers, the sitting on preparing release in September at the prison,
the working group on the guichet unique de sortie in October at the MJD de
Châtellerault, the sitting on housing the released in November at the
SIAO, the year-end plenary on Tuesday 8 December at the prison, the working
group on the employment and training forum in January at the GRETA and the
sitting of March on the 2026 review. Tasks (three late, one of them the
asker's; two done; one cancelled), the attendance of the September and
November sittings in the store, announced presences for 8 December; the
person asking is a member, not the coordinator. Organisation names are
public bodies or real organisations (the SPIP and the DISP, the CHU de
Poitiers, Addictions France, France Travail, the CAF, the CPAM, the SIAO,
the GRETA, the ANVP, the MJD, the tribunal judiciaire, the CDAD) or
invented ones (the prison, Les Jardins du Clain); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["SPIP86_AFTER_SETUP", "SPIP86_ASKERS", "SPIP86_GROUPS", "SPIP86_TASKS"]

SLUG = "spip86"
ASKER = "Léa Fontenaud"
COORDINATOR = "Yannick Delaunay"
CP = "Centre pénitentiaire de Saint-Hilaire-du-Clain"

SPIP86_MEMBERS = (
    ("Christine Lavergne", "SPIP de la Vienne", "Directrice fonctionnelle du service pénitentiaire d'insertion et de "
                                                "probation, présidente du comité local des partenaires"),
    ("Yannick Delaunay", "SPIP de la Vienne, antenne du centre pénitentiaire de Saint-Hilaire-du-Clain",
     "Conseiller pénitentiaire d'insertion et de probation, coordinateur du comité local des partenaires"),
    ("Sonia Terrasse", "SPIP de la Vienne, antenne milieu ouvert de Poitiers",
     "Conseillère pénitentiaire d'insertion et de probation, référente placement extérieur"),
    ("Gilles Pradeau", CP, "Directeur du centre pénitentiaire"),
    ("Karine Bouchet", CP, "Lieutenante pénitentiaire, cheffe du quartier arrivants"),
    ("Jean-Marc Sauzeau", "Éducation nationale, unité locale d'enseignement du centre pénitentiaire",
     "Responsable local de l'enseignement"),
    ("Laurent Beaufils", "CHU de Poitiers, unité sanitaire en milieu pénitentiaire (USMP)",
     "Médecin responsable de l'unité sanitaire du centre pénitentiaire"),
    ("Nadia Khelifi", "CSAPA de la Vienne, Addictions France",
     "Infirmière, intervenante du CSAPA référent en milieu pénitentiaire"),
    ("Fabrice Lelong", "France Travail, agence de Poitiers", "Conseiller référent justice"),
    ("Léa Fontenaud", "Mission locale d'insertion du Poitou", "Conseillère référente justice pour les 16-25 ans"),
    ("Patrice Girardeau", "Les Jardins du Clain, atelier et chantier d'insertion",
     "Encadrant technique, responsable du chantier d'insertion en maraîchage"),
    ("Sylvie Arnaudeau", "GRETA Poitou-Charentes, agence de la Vienne",
     "Conseillère en formation continue, coordinatrice des formations en détention"),
    ("Mathieu Pineau", "CAF de la Vienne", "Travailleur social, référent des publics sortant de détention"),
    ("Hélène Bourdin", "CPAM de la Vienne", "Chargée d'accès aux droits des personnes détenues"),
    ("Romain Texier", "SIAO de la Vienne", "Coordinateur du SIAO, référent des sortants de détention"),
    ("Odette Chaigneau", "ANVP, groupe local de la Vienne", "Visiteuse de prison, correspondante locale de "
                                                            "l'Association nationale des visiteurs de prison"),
    ("Samia Benkirane", "Maison de justice et du droit de Châtellerault",
     "Greffière, responsable de la Maison de justice et du droit"),
    ("Cédric Vallée", "Tribunal judiciaire de Poitiers, service de l'application des peines",
     "Greffier du juge de l'application des peines"),
    ("Amélie Rabier", "CDAD de la Vienne, point d'accès au droit du centre pénitentiaire",
     "Juriste, animatrice du point d'accès au droit"),
)

SPIP86_MEETINGS = (
    ("2026-06-11 14:00", "2026-06-11 16:30", "Comité local des partenaires du SPIP, séance plénière de printemps, salle "
                                             "de réunion du SPIP de la Vienne à Poitiers", ()),
    ("2026-09-24 09:30", "2026-09-24 12:30", "Comité local des partenaires : séance sur la préparation à la sortie, "
                                             "salle polyvalente du centre pénitentiaire de Saint-Hilaire-du-Clain", ()),
    ("2026-10-20 14:00", "2026-10-20 16:30", "Groupe de travail sur le guichet unique de sortie, Maison de justice et "
                                             "du droit de Châtellerault", ()),
    ("2026-11-19 09:30", "2026-11-19 12:30", "Comité local des partenaires : séance sur l'hébergement et le logement "
                                             "des sortants, locaux du SIAO de la Vienne à Poitiers", ()),
    ("2026-12-08 14:00", "2026-12-08 17:00", "Comité local des partenaires, séance plénière de fin d'année présidée "
                                             "par la directrice du SPIP, salle polyvalente du centre pénitentiaire de "
                                             "Saint-Hilaire-du-Clain",
     ("Bilan des permanences communes France Travail et Mission locale en détention",
      "Présentation du livret du sortant",
      "Calendrier du guichet unique de sortie en 2027",
      "Places en placement extérieur au chantier d'insertion Les Jardins du Clain")),
    ("2027-01-14 09:30", "2027-01-14 12:00", "Groupe de travail sur le forum emploi-formation en détention, salle de "
                                             "formation du GRETA à Poitiers",
     ("Programme et stands du forum emploi-formation",
      "Liste des personnes détenues inscrites au forum")),
    ("2027-03-11 14:00", "2027-03-11 17:00", "Comité local des partenaires : bilan annuel 2026 des actions "
                                             "partenariales, salle de réunion du SPIP de la Vienne à Poitiers",
     ("Adoption du bilan annuel 2026 du comité local des partenaires",
      "Premier bilan du guichet unique de sortie")),
)

SPIP86_DEADLINES = (
    ("2026-12-04", "Retour des fiches de présentation des partenaires pour le livret du sortant"),
    ("2026-12-16", "Inscription des personnes détenues à la session de formation du GRETA de février"),
    ("2027-01-08", "Envoi au SIAO de la liste des sortants sans solution d'hébergement du premier trimestre 2027"),
    ("2027-02-05", "Retour des bilans chiffrés des partenaires pour le bilan annuel 2026"),
    ("2027-02-26", "Dépôt de la demande de financement du placement extérieur auprès de la DISP de Bordeaux"),
    ("2027-03-31", "Transmission du bilan annuel 2026 du comité local des partenaires à la DISP de Bordeaux"),
)

SPIP86_DECISIONS = (
    ("2026-06-11", 1, "Le comité local des partenaires se réunit en séance plénière deux fois par an, au printemps et "
                      "en fin d'année, et en groupes de travail entre les séances."),
    ("2026-06-11", 1, "Chaque partenaire désigne un référent et un suppléant pour le comité, dont les coordonnées "
                      "figurent dans l'annuaire tenu par le SPIP."),
    ("2026-06-11", 1, "Le livret du sortant présente chaque partenaire sur une fiche d'une page et est remis à chaque "
                      "personne détenue au quartier arrivants."),
    ("2026-09-24", 2, "France Travail et la Mission locale tiennent une permanence commune en détention le premier "
                      "mardi de chaque mois."),
    ("2026-09-24", 2, "Toute personne détenue dont la sortie est prévue dans les trois mois rencontre son CPIP pour un "
                      "bilan de préparation à la sortie."),
    ("2026-09-24", 2, "L'unité sanitaire remet à chaque sortant une ordonnance et un rendez-vous médical dans la "
                      "semaine qui suit sa libération, avec le CSAPA pour les personnes suivies en addictologie."),
    ("2026-10-20", 3, "La CPAM ouvre les droits à la complémentaire santé solidaire avant la sortie pour toute "
                      "personne détenue qui en remplit les conditions."),
    ("2026-10-20", 3, "La CAF reçoit les demandes de RSA des sortants dès le jour de la libération, sur rendez-vous "
                      "pris par le SPIP."),
    ("2026-10-20", 3, "Un guichet unique de sortie réunit la CAF, la CPAM et France Travail au centre pénitentiaire "
                      "un jeudi par mois à partir de janvier 2027."),
    ("2026-11-19", 4, "Le SIAO réserve deux places d'hébergement d'urgence par mois aux sortants de détention sans "
                      "solution de logement."),
    ("2026-11-19", 4, "La demande d'hébergement au SIAO est déposée par le CPIP au moins six semaines avant la date "
                      "de sortie."),
    ("2026-11-19", 4, "Le chantier d'insertion Les Jardins du Clain accueille jusqu'à quatre personnes en placement "
                      "extérieur, pour des contrats de six mois renouvelables."),
    ("2026-11-19", 4, "Les visiteurs de prison peuvent accompagner un sortant à ses premiers rendez-vous "
                      "administratifs, à sa demande."),
)

SPIP86_TASKS = {
    SLUG: (
        ("Mettre à jour l'annuaire des référents et des suppléants du comité", "Yannick Delaunay", "2026-10-02", 1,
         "done"),
        ("Organiser la première permanence commune France Travail et Mission locale en détention", "Fabrice Lelong",
         "2026-10-06", 2, "done"),
        ("Recenser les personnes détenues sans couverture santé au quartier arrivants", "Hélène Bourdin",
         "2026-11-13", 3),
        ("Rédiger la fiche de présentation de la Mission locale pour le livret du sortant", "Léa Fontenaud",
         "2026-11-20", 1),
        ("Organiser une visite du chantier d'insertion pour les CPIP", "Patrice Girardeau", "2026-11-25", 4,
         "cancelled"),
        ("Préparer la convention du guichet unique de sortie avec la CPAM et France Travail", "Mathieu Pineau",
         "2026-11-27", 3),
        ("Réserver la salle polyvalente et les badges d'accès des partenaires pour la séance du 8 décembre",
         "Karine Bouchet", "2026-12-04", 4),
        ("Rédiger le protocole de remise de l'ordonnance et du rendez-vous médical à la sortie", "Laurent Beaufils",
         "2026-12-11", 2),
        ("Établir la liste des sortants sans solution d'hébergement du premier trimestre 2027", "Sonia Terrasse",
         "2027-01-08", 4),
        ("Préparer le programme du forum emploi-formation en détention", "Léa Fontenaud", "2027-01-12", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the Mission locale's justice referent.
SPIP86_ASKERS = {SLUG: ASKER}

SPIP86_GROUPS = {
    SLUG: (SPIP86_MEMBERS, SPIP86_MEETINGS, SPIP86_DEADLINES, SPIP86_DECISIONS, COORDINATOR),
}

# What the coordinator typed after the sitting on preparing release (n°2) and the sitting on housing (n°4);
# nothing was recorded for the spring plenary (n°1) nor for the working group on the guichet unique (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Christine Lavergne, Yannick Delaunay, Sonia Terrasse, Gilles Pradeau, Laurent Beaufils, "
    "Nadia Khelifi, Fabrice Lelong, Léa Fontenaud, Sylvie Arnaudeau, Mathieu Pineau, Romain Texier, Odette Chaigneau",
    "/excuses n°2 Hélène Bourdin, Cédric Vallée, Samia Benkirane",
    "/absents n°2 Patrice Girardeau",
    "/presents n°4 Christine Lavergne, Yannick Delaunay, Sonia Terrasse, Karine Bouchet, Romain Texier, "
    "Patrice Girardeau, Mathieu Pineau, Hélène Bourdin, Odette Chaigneau, Amélie Rabier, Cédric Vallée",
    "/excuses n°4 Léa Fontenaud, Fabrice Lelong, Laurent Beaufils",
    "/absents n°4 Nadia Khelifi",
)

# What members said in the chat before the year-end plenary on 8 December (n°5).
RSVPS = (
    ("Christine Lavergne", "/present"),
    ("Yannick Delaunay", "/present"),
    ("Gilles Pradeau", "/present"),
    ("Romain Texier", "/present"),
    ("Fabrice Lelong", "/present"),
    ("Hélène Bourdin", "/present"),
    ("Sylvie Arnaudeau", "/present"),
    ("Jean-Marc Sauzeau", "/present"),
    ("Cédric Vallée", "/excuse"),
    ("Odette Chaigneau", "/excuse"),
)

SPIP86_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "sp86", ATTENDANCE_COMMANDS, RSVPS),
}
