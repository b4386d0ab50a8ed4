<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountActions</name>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>Invalid or missing email address.</source>
        <translation>Adresse e-mail invalide ou manquante.</translation>
    </message>
    <message>
        <source>Give a new password, or have one generated.</source>
        <translation>Saisissez un nouveau mot de passe ou faites-en générer un.</translation>
    </message>
    <message>
        <source>The address is changed for one user at a time.</source>
        <translation>L’adresse se change pour un seul utilisateur à la fois.</translation>
    </message>
    <message>
        <source>This database has no two-factor table (auth_authenticator): nothing to reset.</source>
        <translation>Cette base n’a pas de table à deux facteurs (auth_authenticator)&#xa0;: rien à réinitialiser.</translation>
    </message>
    <message>
        <source>%1: no such user</source>
        <translation>%1&#xa0;: utilisateur inconnu</translation>
    </message>
    <message>
        <source>%1: %2 users sign in with this address; Sentry cannot tell them apart either</source>
        <translation>%1&#xa0;: %2 utilisateurs se connectent avec cette adresse&#x202f;; Sentry ne peut pas non plus les distinguer</translation>
    </message>
    <message>
        <source>User ID %1 not found</source>
        <translation>Identifiant d&apos;utilisateur %1 introuvable</translation>
    </message>
    <message>
        <source>not deactivated: the last active superuser (nobody could administer Sentry any more)</source>
        <translation>non désactivé&#xa0;: dernier superutilisateur actif (plus personne ne pourrait administrer Sentry)</translation>
    </message>
    <message>
        <source>password generated</source>
        <translation>mot de passe généré</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>mot de passe défini</translation>
    </message>
    <message>
        <source>already inactive</source>
        <translation>déjà inactif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>already active</source>
        <translation>déjà actif</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>already has this address</source>
        <translation>a déjà cette adresse</translation>
    </message>
    <message>
        <source>another user already has the address %1</source>
        <translation>un autre utilisateur a déjà l’adresse %1</translation>
    </message>
    <message>
        <source>email %1 → %2</source>
        <translation>e-mail %1 → %2</translation>
    </message>
    <message>
        <source>no two-factor method enrolled</source>
        <translation>aucune méthode à deux facteurs enregistrée</translation>
    </message>
    <message>
        <source>2FA reset: %1</source>
        <translation>2FA réinitialisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>action inconnue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an address and what was done</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an address and what is wrong with it</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name the organization (its slug or id).</source>
        <translation>Indiquez l’organisation (son slug ou son identifiant).</translation>
    </message>
    <message>
        <source>Give the new role (%1).</source>
        <translation>Indiquez le nouveau rôle (%1).</translation>
    </message>
    <message>
        <source>Name at least one team.</source>
        <translation>Indiquez au moins une équipe.</translation>
    </message>
    <message>
        <source>already a member of %1 (role %2)</source>
        <translation>déjà membre de %1 (rôle %2)</translation>
    </message>
    <message>
        <source>joined %1 as %2</source>
        <translation>a rejoint %1 comme %2</translation>
    </message>
    <message>
        <source>joined %1 as %2, teams %3</source>
        <translation>a rejoint %1 comme %2, équipes %3</translation>
    </message>
    <message>
        <source>not a member of %1</source>
        <translation>pas membre de %1</translation>
    </message>
    <message>
        <source>already %1 in %2</source>
        <translation>déjà %1 dans %2</translation>
    </message>
    <message>
        <source>role not changed: the only remaining owner of %1 (Sentry keeps at least one)</source>
        <translation>rôle non modifié&#xa0;: dernier propriétaire restant de %1 (Sentry en garde au moins un)</translation>
    </message>
    <message>
        <source>role in %1 %2 → %3</source>
        <translation>rôle dans %1 %2 → %3</translation>
    </message>
    <message>
        <source>already in teams %1 of %2</source>
        <translation>déjà dans les équipes %1 de %2</translation>
    </message>
    <message>
        <source>added to teams %1 in %2</source>
        <translation>ajouté aux équipes %1 de %2</translation>
    </message>
    <message>
        <source>not in teams %1 of %2</source>
        <translation>pas dans les équipes %1 de %2</translation>
    </message>
    <message>
        <source>removed from teams %1 in %2</source>
        <translation>retiré des équipes %1 de %2</translation>
    </message>
    <message>
        <source>not removed: the only remaining owner of %1 (Sentry keeps at least one)</source>
        <translation>non retiré&#xa0;: dernier propriétaire restant de %1 (Sentry en garde au moins un)</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>a quitté %1</translation>
    </message>
    <message>
        <source>left %1 (teams %2)</source>
        <translation>a quitté %1 (équipes %2)</translation>
    </message>
    <message>
        <source>joined %1 as %2, team %3</source>
        <translation>a rejoint %1 comme %2, équipe %3</translation>
    </message>
    <message>
        <source>already in team %1 of %2</source>
        <translation>déjà dans l&apos;équipe %1 de %2</translation>
    </message>
    <message>
        <source>added to team %1 in %2</source>
        <translation>ajouté à l&apos;équipe %1 de %2</translation>
    </message>
    <message>
        <source>not in team %1 of %2</source>
        <translation>pas dans l&apos;équipe %1 de %2</translation>
    </message>
    <message>
        <source>removed from team %1 in %2</source>
        <translation>retiré de l&apos;équipe %1 de %2</translation>
    </message>
    <message>
        <source>left %1 (team %2)</source>
        <translation>a quitté %1 (équipe %2)</translation>
    </message>
</context>
<context>
    <name>AccountChecks</name>
    <message>
        <source>the member mapping of %1 disagrees with the membership (role %2, membership %3)</source>
        <translation>la correspondance de membre de %1 diffère de l&apos;appartenance (rôle %2, appartenance %3)</translation>
    </message>
    <message>
        <source>member mapping of %1 set to the membership (role %2)</source>
        <translation>correspondance de membre de %1 alignée sur l&apos;appartenance (rôle %2)</translation>
    </message>
    <message>
        <source>a member mapping (organization id %1) points at a membership that no longer exists</source>
        <translation>une correspondance de membre (identifiant d&apos;organisation %1) renvoie à une appartenance qui n&apos;existe plus</translation>
    </message>
    <message>
        <source>removed the member mapping of a membership that no longer exists (organization id %1)</source>
        <translation>correspondance de membre d&apos;une appartenance disparue supprimée (identifiant d&apos;organisation %1)</translation>
    </message>
    <message>
        <source>member of %1 without a member mapping: Sentry does not show them the organization</source>
        <translation>membre de %1 sans correspondance de membre&#xa0;: Sentry ne lui montre pas l&apos;organisation</translation>
    </message>
    <message>
        <source>added the member mapping of %1</source>
        <translation>correspondance de membre de %1 ajoutée</translation>
    </message>
    <message>
        <source>the membership of %1 holds an old copy of the user&apos;s email or active flag</source>
        <translation>l&apos;appartenance à %1 contient une copie périmée de l&apos;e-mail ou de l&apos;état actif de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>membership of %1 given the user&apos;s email and active flag</source>
        <translation>appartenance à %1 mise à jour avec l&apos;e-mail et l&apos;état actif de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>no sentry_useremail row for the address: Sentry&apos;s e-mail look-ups miss the user</source>
        <translation>aucune ligne sentry_useremail pour l&apos;adresse&#xa0;: les recherches par e-mail de Sentry ne trouvent pas l&apos;utilisateur</translation>
    </message>
    <message>
        <source>added the unverified sentry_useremail row</source>
        <translation>ligne sentry_useremail non vérifiée ajoutée</translation>
    </message>
    <message>
        <source>a team-membership replica (team id %1) points at a team membership that no longer exists</source>
        <translation>une réplique d&apos;appartenance à une équipe (identifiant d&apos;équipe %1) renvoie à une appartenance qui n&apos;existe plus</translation>
    </message>
    <message>
        <source>removed the replica of a team membership that no longer exists (team id %1)</source>
        <translation>réplique d&apos;une appartenance à une équipe disparue supprimée (identifiant d&apos;équipe %1)</translation>
    </message>
    <message>
        <source>member of team %1 without its team-membership replica: team notifications skip the user</source>
        <translation>membre de l&apos;équipe %1 sans réplique d&apos;appartenance&#xa0;: les notifications d&apos;équipe ignorent l&apos;utilisateur</translation>
    </message>
    <message>
        <source>added the team-membership replica of team %1</source>
        <translation>réplique d&apos;appartenance à l&apos;équipe %1 ajoutée</translation>
    </message>
    <message>
        <source>%1 links to the user role %2 (Sentry&apos;s createuser --force-update adds one each time)</source>
        <translation>%1 liens vers le rôle utilisateur %2 (createuser --force-update de Sentry en ajoute un à chaque fois)</translation>
    </message>
    <message>
        <source>kept one link to the user role %1</source>
        <translation>un seul lien vers le rôle utilisateur %1 conservé</translation>
    </message>
    <message>
        <source>not a superuser, but holds the Super Admin user role</source>
        <translation>pas superutilisateur, mais a le rôle utilisateur Super Admin</translation>
    </message>
    <message>
        <source>removed the Super Admin user role of a non-superuser</source>
        <translation>rôle utilisateur Super Admin d&apos;un non-superutilisateur retiré</translation>
    </message>
    <message>
        <source>superuser without the Super Admin user role</source>
        <translation>superutilisateur sans le rôle utilisateur Super Admin</translation>
    </message>
    <message>
        <source>linked the superuser to the Super Admin user role</source>
        <translation>superutilisateur lié au rôle utilisateur Super Admin</translation>
    </message>
    <message>
        <source>note: active user in no organization</source>
        <translation>remarque&#xa0;: utilisateur actif sans organisation</translation>
    </message>
    <message>
        <source>note: password hashed with %L1 iterations, fewer than the instance&apos;s %L2 (Django re-hashes it at the next sign-in)</source>
        <translation>remarque&#xa0;: mot de passe haché avec %L1 itérations, moins que les %L2 de l&apos;instance (Django le hache à nouveau à la prochaine connexion)</translation>
    </message>
    <message>
        <source>note: organization without its organization mapping, so Sentry shows it to nobody (Sentry&apos;s own migrations fill it; this tool never does)</source>
        <translation>remarque&#xa0;: organisation sans sa correspondance d&apos;organisation, Sentry ne la montre donc à personne (les migrations de Sentry la créent&#x202f;; cet outil jamais)</translation>
    </message>
</context>
<context>
    <name>AccountDoctor</name>
    <message>
        <source>Nothing was repaired: %1 must be filled, and useradmin does not know what Sentry puts there.</source>
        <translation>Rien n&apos;a été réparé&#xa0;: %1 doit être rempli, et useradmin ne sait pas ce que Sentry y met.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an account and what was found</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AccountDoctorController</name>
    <message>
        <source>Repaired: %1</source>
        <translation>Réparé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Repaired %1: %2</source>
        <translation>Réparé %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AccountDoctorDialog</name>
    <message>
        <source>Check accounts</source>
        <translation>Vérifier les comptes</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop before the next check; a repair keeps the checks it has finished</source>
        <translation>S&apos;arrêter avant la prochaine vérification&#x202f;; une réparation conserve les vérifications déjà terminées</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Réparer…</translation>
    </message>
    <message>
        <source>Repair every repairable finding, after a confirmation that lists the changes</source>
        <translation>Réparer tous les constats réparables, après une confirmation qui liste les changements</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Repair the accounts of %1?</source>
        <translation>Réparer les comptes de %1&#x202f;?</translation>
    </message>
    <message>
        <source>Each check is repaired in its own transaction. Notes are left as they are.</source>
        <translation>Chaque vérification est réparée dans sa propre transaction. Les remarques restent telles quelles.</translation>
    </message>
    <message>
        <source>Repair accounts</source>
        <translation>Réparer les comptes</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Correct %Ln member mapping(s) that disagree with their membership</source>
        <translation>
            <numerusform>Corriger %Ln correspondance de membre qui diffère de son appartenance</numerusform>
            <numerusform>Corriger %Ln correspondances de membre qui diffèrent de leur appartenance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln member mapping(s) of memberships that no longer exist</source>
        <translation>
            <numerusform>Supprimer %Ln correspondance de membre d&apos;une appartenance disparue</numerusform>
            <numerusform>Supprimer %Ln correspondances de membre d&apos;appartenances disparues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln member mapping(s)</source>
        <translation>
            <numerusform>Ajouter %Ln correspondance de membre</numerusform>
            <numerusform>Ajouter %Ln correspondances de membre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy the user&apos;s email and active flag into %Ln membership(s)</source>
        <translation>
            <numerusform>Copier l&apos;e-mail et l&apos;état actif de l&apos;utilisateur dans %Ln appartenance</numerusform>
            <numerusform>Copier l&apos;e-mail et l&apos;état actif des utilisateurs dans %Ln appartenances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln unverified sentry_useremail row(s)</source>
        <translation>
            <numerusform>Ajouter %Ln ligne sentry_useremail non vérifiée</numerusform>
            <numerusform>Ajouter %Ln lignes sentry_useremail non vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln team-membership replica(s) of team memberships that no longer exist</source>
        <translation>
            <numerusform>Supprimer %Ln réplique d&apos;une appartenance à une équipe disparue</numerusform>
            <numerusform>Supprimer %Ln répliques d&apos;appartenances à des équipes disparues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln team-membership replica(s)</source>
        <translation>
            <numerusform>Ajouter %Ln réplique d&apos;appartenance à une équipe</numerusform>
            <numerusform>Ajouter %Ln répliques d&apos;appartenance à une équipe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the duplicate user-role links of %Ln user(s)</source>
        <translation>
            <numerusform>Supprimer les liens de rôle utilisateur en double de %Ln utilisateur</numerusform>
            <numerusform>Supprimer les liens de rôle utilisateur en double de %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the Super Admin user role from %Ln non-superuser(s)</source>
        <translation>
            <numerusform>Retirer le rôle utilisateur Super Admin à %Ln non-superutilisateur</numerusform>
            <numerusform>Retirer le rôle utilisateur Super Admin à %Ln non-superutilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln superuser(s) the Super Admin user role</source>
        <translation>
            <numerusform>Donner le rôle utilisateur Super Admin à %Ln superutilisateur</numerusform>
            <numerusform>Donner le rôle utilisateur Super Admin à %Ln superutilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repair %Ln finding(s) of the check &quot;%1&quot;</source>
        <translation>
            <numerusform>Réparer %Ln constat de la vérification « %1 »</numerusform>
            <numerusform>Réparer %Ln constats de la vérification « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fix(es) made</source>
        <translation>
            <numerusform>%Ln réparation effectuée</numerusform>
            <numerusform>%Ln réparations effectuées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repairable finding(s)</source>
        <translation>
            <numerusform>%Ln constat réparable</numerusform>
            <numerusform>%Ln constats réparables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln remarque</numerusform>
            <numerusform>%Ln remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>Repairing: %1</source>
        <translation>Réparation en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking the accounts: %1</source>
        <translation>Vérification des comptes en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled, so the list is incomplete: %1</source>
        <translation>Annulé, la liste est donc incomplète&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing found: every account is in step.</source>
        <translation>Rien trouvé&#xa0;: tous les comptes sont cohérents.</translation>
    </message>
    <message>
        <source>Stopped by an error: %1</source>
        <translation>Arrêté par une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The accounts of %1 (%2), checked for the rows that Sentry&apos;s own code keeps in step and a direct SQL writer can leave behind. A repair writes only those rows; notes are for your information.</source>
        <translation>Les comptes de %1 (%2), vérifiés pour les lignes que le code de Sentry maintient cohérentes et qu&apos;une écriture SQL directe peut omettre. Une réparation n&apos;écrit que ces lignes&#x202f;; les remarques sont données pour information.</translation>
    </message>
</context>
<context>
    <name>AccountFindingsModel</name>
    <message>
        <source>(no user)</source>
        <translation>(aucun utilisateur)</translation>
    </message>
    <message>
        <source>repairable</source>
        <translation>réparable</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>réparé</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>AccountWrites</name>
    <message>
        <source>Team ID not found in organization %1</source>
        <translation>Identifiant d&apos;équipe introuvable dans l&apos;organisation %1</translation>
    </message>
    <message>
        <source>The user role &quot;Super Admin&quot; does not exist.</source>
        <translation>Le rôle utilisateur « Super Admin » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No active superuser is left on this instance: nobody can open Sentry&apos;s admin until a user is made superuser again.</source>
        <translation>Il ne reste aucun superutilisateur actif sur cette instance&#xa0;: personne ne peut ouvrir l&apos;administration de Sentry tant qu&apos;un utilisateur n&apos;est pas de nouveau superutilisateur.</translation>
    </message>
    <message>
        <source>unknown role: %1 (known: %2)</source>
        <translation>rôle inconnu&#xa0;: %1 (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>team %1 is not in organization %2</source>
        <translation>l’équipe %1 n’est pas dans l’organisation %2</translation>
    </message>
    <message>
        <source>unknown team: %1</source>
        <translation>équipe inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown organization: %1</source>
        <translation>organisation inconnue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Only the records that name this user (letter case does not matter)</source>
        <translation>Seulement les enregistrements qui nomment cet utilisateur (sans tenir compte de la casse)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>Impossible de lire le journal d’audit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrails</name>
    <message>
        <source>Cannot read the audit trail %1: %2</source>
        <translation>Impossible de lire le journal d’audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the audit trail %1: %2</source>
        <translation>Impossible d’écrire le journal d’audit %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BatchWriter</name>
    <message>
        <source>%1: not attempted after the error above</source>
        <translation>%1&#xa0;: non tenté après l&apos;erreur ci-dessus</translation>
    </message>
    <message>
        <source>%1: not written: %2</source>
        <translation>%1&#xa0;: non écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was written: this database requires %1, which useradmin does not know how to fill (a newer Sentry?).</source>
        <translation>Rien n&apos;a été écrit&#xa0;: cette base de données exige %1, que useradmin ne sait pas remplir (un Sentry plus récent&#x202f;?).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an address and the error</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BulkChanges</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 %2→%3</source>
        <translation>%1 %2→%3</translation>
    </message>
    <message>
        <source>superuser</source>
        <translation>superutilisateur</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Super Admin added</source>
        <translation>Super Admin ajouté</translation>
    </message>
    <message>
        <source>Super Admin removed</source>
        <translation>Super Admin retiré</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>rien de changé</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>BulkUpdateDialog</name>
    <message>
        <source>Update selected users</source>
        <translation>Modifier les utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Superuser:</source>
        <translation>S&amp;uperutilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>S&amp;taff&#xa0;:</translation>
    </message>
    <message>
        <source>Staff goes only with superuser; left as it is, it follows a change of superuser</source>
        <translation>Staff uniquement avec superutilisateur&#x202f;; laissé tel quel, il suit un changement de superutilisateur</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>&amp;Actif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Store it although it breaks the password policy (logged)</source>
        <translation>L&apos;enregistrer bien qu&apos;il enfreigne la politique de mot de passe (consigné au journal)</translation>
    </message>
    <message>
        <source>A&amp;dd to an organization</source>
        <translation>A&amp;jouter à une organisation</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>Or&amp;ganisation&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>Équi&amp;pe&#xa0;:</translation>
    </message>
    <message>
        <source>Users who are already members are left as they are.</source>
        <translation>Les utilisateurs déjà membres restent inchangés.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) selected.</source>
        <translation>
            <numerusform>%Ln utilisateur sélectionné.</numerusform>
            <numerusform>%Ln utilisateurs sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Ne pas modifier</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Unset</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>(automatic: the organization&apos;s only team)</source>
        <translation>(automatique&#xa0;: l&apos;unique équipe de l&apos;organisation)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1, team %2</source>
        <translation>%1, équipe %2</translation>
    </message>
    <message numerus="yes">
        <source>Superuser: %Ln user(s) no→yes</source>
        <translation>
            <numerusform>Superutilisateur&#xa0;: %Ln utilisateur non→oui</numerusform>
            <numerusform>Superutilisateur&#xa0;: %Ln utilisateurs non→oui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Superuser: %Ln user(s) yes→no</source>
        <translation>
            <numerusform>Superutilisateur&#xa0;: %Ln utilisateur oui→non</numerusform>
            <numerusform>Superutilisateur&#xa0;: %Ln utilisateurs oui→non</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %Ln user(s) no→yes (set with Superuser)</source>
        <translation>
            <numerusform>Staff&#xa0;: %Ln utilisateur non→oui (donné avec Superutilisateur)</numerusform>
            <numerusform>Staff&#xa0;: %Ln utilisateurs non→oui (donné avec Superutilisateur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %Ln user(s) yes→no (cleared with Superuser)</source>
        <translation>
            <numerusform>Staff&#xa0;: %Ln utilisateur oui→non (retiré avec Superutilisateur)</numerusform>
            <numerusform>Staff&#xa0;: %Ln utilisateurs oui→non (retiré avec Superutilisateur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %Ln user(s) no→yes</source>
        <translation>
            <numerusform>Staff&#xa0;: %Ln utilisateur non→oui</numerusform>
            <numerusform>Staff&#xa0;: %Ln utilisateurs non→oui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %Ln user(s) yes→no</source>
        <translation>
            <numerusform>Staff&#xa0;: %Ln utilisateur oui→non</numerusform>
            <numerusform>Staff&#xa0;: %Ln utilisateurs oui→non</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: not given to %Ln non-superuser(s) (staff needs Superuser)</source>
        <translation>
            <numerusform>Staff&#xa0;: non donné à %Ln utilisateur non superutilisateur (le staff exige Superutilisateur)</numerusform>
            <numerusform>Staff&#xa0;: non donné à %Ln utilisateurs non superutilisateurs (le staff exige Superutilisateur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: %Ln user(s) no→yes</source>
        <translation>
            <numerusform>Actif&#xa0;: %Ln utilisateur non→oui</numerusform>
            <numerusform>Actif&#xa0;: %Ln utilisateurs non→oui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: %Ln user(s) yes→no</source>
        <translation>
            <numerusform>Actif&#xa0;: %Ln utilisateur oui→non</numerusform>
            <numerusform>Actif&#xa0;: %Ln utilisateurs oui→non</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Super Admin: given to %Ln user(s)</source>
        <translation>
            <numerusform>Super Admin&#xa0;: donné à %Ln utilisateur</numerusform>
            <numerusform>Super Admin&#xa0;: donné à %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Super Admin: removed from %Ln user(s)</source>
        <translation>
            <numerusform>Super Admin&#xa0;: retiré à %Ln utilisateur</numerusform>
            <numerusform>Super Admin&#xa0;: retiré à %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Password: reset for %Ln user(s) (policy overridden)</source>
        <translation>
            <numerusform>Mot de passe&#xa0;: réinitialisé pour %Ln utilisateur (politique outrepassée)</numerusform>
            <numerusform>Mot de passe&#xa0;: réinitialisé pour %Ln utilisateurs (politique outrepassée)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Password: reset for %Ln user(s)</source>
        <translation>
            <numerusform>Mot de passe&#xa0;: réinitialisé pour %Ln utilisateur</numerusform>
            <numerusform>Mot de passe&#xa0;: réinitialisé pour %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organization: %Ln user(s) join %1</source>
        <translation>
            <numerusform>Organisation&#xa0;: %Ln utilisateur rejoint %1</numerusform>
            <numerusform>Organisation&#xa0;: %Ln utilisateurs rejoignent %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %Ln user(s) already as asked</source>
        <translation>
            <numerusform>Inchangé&#xa0;: %Ln utilisateur déjà comme demandé</numerusform>
            <numerusform>Inchangés&#xa0;: %Ln utilisateurs déjà comme demandé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found: %Ln user(s) deleted since they were selected</source>
        <translation>
            <numerusform>Introuvable&#xa0;: %Ln utilisateur supprimé depuis la sélection</numerusform>
            <numerusform>Introuvables&#xa0;: %Ln utilisateurs supprimés depuis la sélection</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkUpdateWorkflow</name>
    <message>
        <source>User ID %1 not found</source>
        <translation>Identifiant d&apos;utilisateur %1 introuvable</translation>
    </message>
    <message>
        <source>Organization ID not found</source>
        <translation>Identifiant d&apos;organisation introuvable</translation>
    </message>
    <message>
        <source>No users selected.</source>
        <translation>Aucun utilisateur sélectionné.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
</context>
<context>
    <name>ChangeEmailDialog</name>
    <message>
        <source>Change email</source>
        <translation>Changer l&apos;e-mail</translation>
    </message>
    <message>
        <source>Current address:</source>
        <translation>Adresse actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New address:</source>
        <translation>&amp;Nouvelle adresse&#xa0;:</translation>
    </message>
    <message>
        <source>A username that was the old address follows it. The new address is unverified, and the user&apos;s Sentry sessions end.</source>
        <translation>Un nom d&apos;utilisateur qui était l&apos;ancienne adresse la suit. La nouvelle adresse n&apos;est pas vérifiée, et les sessions Sentry de l&apos;utilisateur prennent fin.</translation>
    </message>
    <message>
        <source>Enter the new address.</source>
        <translation>Saisissez la nouvelle adresse.</translation>
    </message>
    <message>
        <source>This is the current address.</source>
        <translation>C&apos;est l&apos;adresse actuelle.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Se connecter à PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Saved under this name</source>
        <translation>Enregistré sous ce nom</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>&amp;Mode (sslmode):</source>
        <translation>&amp;Mode (sslmode)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA certificate (sslrootcert):</source>
        <translation>Certificat de l&apos;A&amp;C (sslrootcert)&#xa0;:</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate (sslcert):</source>
        <translation>Certificat cli&amp;ent (sslcert)&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;key (sslkey):</source>
        <translation>Clé clien&amp;t (sslkey)&#xa0;:</translation>
    </message>
    <message>
        <source>The server asks for a password. It is used for this session only and never saved; a .pgpass file or PGPASSWORD spares you typing it.</source>
        <translation>Le serveur demande un mot de passe. Il ne sert que pour cette session et n&apos;est jamais enregistré&#x202f;; un fichier .pgpass ou PGPASSWORD vous évite de le saisir.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot &amp;de passe&#xa0;:</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(nouveau profil)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Connection attempt cancelled.</source>
        <translation>Tentative de connexion annulée.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>CreateUserController</name>
    <message numerus="yes">
        <source>Cannot reconnect: %1 %Ln user(s) still not done; go on later from the Users menu.</source>
        <translation>
            <numerusform>Reconnexion impossible&#xa0;: %1 %Ln utilisateur toujours non traité&#x202f;; poursuivez plus tard depuis le menu Utilisateurs.</numerusform>
            <numerusform>Reconnexion impossible&#xa0;: %1 %Ln utilisateurs toujours non traités&#x202f;; poursuivez plus tard depuis le menu Utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>User: %1 exists; tick Force-update to overwrite it.</source>
        <translation>Utilisateur&#xa0;: %1 existe&#x202f;; cochez « Forcer la mise à jour des utilisateurs existants » pour l’écraser.</translation>
    </message>
</context>
<context>
    <name>CreateUserWorkflow</name>
    <message>
        <source>Organization ID not found</source>
        <translation>Identifiant d&apos;organisation introuvable</translation>
    </message>
    <message>
        <source>No default organization found to add users to.</source>
        <translation>Aucune organisation par défaut trouvée à laquelle ajouter les utilisateurs.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password for %1: %2</source>
        <translation>Mot de passe pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Invalid or missing email address.</source>
        <translation>Adresse e-mail invalide ou manquante.</translation>
    </message>
    <message>
        <source>No password set and --no-password not passed.</source>
        <translation>Aucun mot de passe défini et --no-password non indiqué.</translation>
    </message>
    <message>
        <source>%1 exists but cannot be read</source>
        <translation>%1 existe mais ne peut pas être lu</translation>
    </message>
    <message>
        <source>a user with this address in other letter case exists (%1)</source>
        <translation>un utilisateur avec cette adresse dans une autre casse existe (%1)</translation>
    </message>
    <message>
        <source>the same address in other letter case is also given (%1)</source>
        <translation>la même adresse est aussi donnée dans une autre casse (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an address and what is wrong with it</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CredentialsFile</name>
    <message>
        <source>%1 exists: the credentials file is always a new file (nothing was written).</source>
        <translation>%1 existe&#xa0;: le fichier d’identifiants est toujours un nouveau fichier (rien n’a été écrit).</translation>
    </message>
    <message>
        <source>cannot create %1: %2 (nothing was written).</source>
        <translation>impossible de créer %1&#xa0;: %2 (rien n’a été écrit).</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a quote inside a field is written twice)</source>
        <translation>du texte après le guillemet fermant d’un champ (un guillemet dans un champ s’écrit deux fois)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>le fichier n’est pas du texte UTF-8 (enregistrez-le en « CSV UTF-8 »)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Connexion à %1 impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>%1 is not a Sentry database this tool can use; missing: %2</source>
        <translation>%1 n&apos;est pas une base de données Sentry utilisable par cet outil&#x202f;; manquant&#xa0;: %2</translation>
    </message>
    <message>
        <source>Instance settings are kept only in the embedded database.</source>
        <translation>Les paramètres de l&apos;instance ne sont conservés que dans la base de données intégrée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database file; give the path of one.</source>
        <translation>« %1 » n’est pas un fichier de base de données&#x202f;; donnez le chemin d’un fichier.</translation>
    </message>
    <message>
        <source>%1 holds password hashes and other local users can read it; make it private with: chmod 600 %1</source>
        <translation>%1 contient des empreintes de mots de passe et d’autres utilisateurs locaux peuvent le lire&#x202f;; rendez-le privé avec&#xa0;: chmod 600 %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; a new database is created only in an existing folder.</source>
        <translation>Le dossier %1 n’existe pas&#x202f;; une nouvelle base n’est créée que dans un dossier existant.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Saisissez une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Ensure this value has at most %1 character (it has %2).</source>
        <extracomment>%1 is the limit, %2 the actual length.</extracomment>
        <translation>Assurez-vous que cette valeur comporte au plus %1 caractère (actuellement %2).</translation>
    </message>
    <message>
        <source>Ensure this value has at most %1 characters (it has %2).</source>
        <translation>Assurez-vous que cette valeur comporte au plus %1 caractères (actuellement %2).</translation>
    </message>
</context>
<context>
    <name>EmbeddedSchema</name>
    <message>
        <source>Cannot prepare the database: %1</source>
        <translation>Impossible de préparer la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>This database was written by a newer version of useradmin (schema %1; this version knows up to %2).</source>
        <translation>Cette base de données a été écrite par une version plus récente de useradmin (schéma %1&#x202f;; cette version connaît jusqu&apos;au %2).</translation>
    </message>
</context>
<context>
    <name>GeneratedPasswordsDialog</name>
    <message>
        <source>Generated passwords</source>
        <translation>Mots de passe générés</translation>
    </message>
    <message>
        <source>The new passwords, shown this once: save or copy them before closing. They are in no log.</source>
        <translation>Les nouveaux mots de passe, affichés cette seule fois&#xa0;: enregistrez-les ou copiez-les avant de fermer. Ils ne figurent dans aucun journal.</translation>
    </message>
</context>
<context>
    <name>GeneratedPasswordsPanel</name>
    <message>
        <source>&amp;Save passwords…</source>
        <translation>&amp;Enregistrer les mots de passe…</translation>
    </message>
    <message>
        <source>C&amp;opy passwords</source>
        <translation>C&amp;opier les mots de passe</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds if it still holds them</source>
        <translation>Le presse-papiers est vidé après 30 secondes s&apos;il les contient encore</translation>
    </message>
    <message>
        <source>Save the generated passwords</source>
        <translation>Enregistrer les mots de passe générés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportUsersDialog</name>
    <message>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Leave the invalid rows out</source>
        <translation>&amp;Laisser de côté les lignes invalides</translation>
    </message>
    <message>
        <source>&amp;Generate a password for every user the file gives none (shown once)</source>
        <translation>&amp;Générer un mot de passe pour chaque utilisateur sans mot de passe dans le fichier (affiché une fois)</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop after the user being written: every user is fully written or untouched</source>
        <translation>S’arrêter après l’utilisateur en cours d’écriture&#xa0;: chaque utilisateur est écrit entièrement ou pas du tout</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>exists: skipped</source>
        <translation>existe&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read; %1</source>
        <translation>
            <numerusform>%n ligne lue&#x202f;; %1</numerusform>
            <numerusform>%n lignes lues&#x202f;; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>all valid</source>
        <translation>toutes valides</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid: nothing is written while they are included</source>
        <translation>
            <numerusform>%n invalide&#xa0;: rien n’est écrit tant qu’elle est incluse</numerusform>
            <numerusform>%n invalides&#xa0;: rien n’est écrit tant qu’elles sont incluses</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a password column: passwords do not belong in spreadsheets.</source>
        <translation>Le fichier a une colonne de mots de passe&#xa0;: les mots de passe n’ont pas leur place dans un tableur.</translation>
    </message>
    <message>
        <source>Cancelled: </source>
        <translation>Annulé&#xa0;: </translation>
    </message>
    <message>
        <source>%1 created, %2 skipped as existing, %3 errors (see the log).</source>
        <translation>%1 créés, %2 ignorés car existants, %3 erreurs (voir le journal).</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected log entries (all shown entries when none is selected)</source>
        <translation>Copier les entrées sélectionnées du journal (toutes les entrées affichées si aucune n&apos;est sélectionnée)</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Save log…</source>
        <translation>&amp;Enregistrer le journal…</translation>
    </message>
    <message>
        <source>Save the shown log entries to a text file</source>
        <translation>Enregistrer les entrées affichées du journal dans un fichier texte</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Remove every entry from the log</source>
        <translation>Supprimer toutes les entrées du journal</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>useradmin-log.txt</source>
        <translation>useradmin-journal.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Aff&amp;icher&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier entries are not shown; Save log writes them all.</source>
        <translation>
            <numerusform>%Ln entrée antérieure n’est pas affichée&#x202f;; « Enregistrer le journal » les écrit toutes.</numerusform>
            <numerusform>%Ln entrées antérieures ne sont pas affichées&#x202f;; « Enregistrer le journal » les écrit toutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sentry users</source>
        <translation>Utilisateurs Sentry</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;New embedded database…</source>
        <translation>&amp;Nouvelle base de données intégrée…</translation>
    </message>
    <message>
        <source>Create a new embedded database file</source>
        <translation>Créer un nouveau fichier de base de données intégrée</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open an embedded or Sentry SQLite database file</source>
        <translation>Ouvrir un fichier de base de données intégrée ou SQLite de Sentry</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Se connecter à &amp;PostgreSQL…</translation>
    </message>
    <message>
        <source>Open a Sentry PostgreSQL database</source>
        <translation>Ouvrir une base de données PostgreSQL de Sentry</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Create users</source>
        <translation>&amp;Créer les utilisateurs</translation>
    </message>
    <message>
        <source>Create or update the users entered in the form</source>
        <translation>Créer ou mettre à jour les utilisateurs saisis dans le formulaire</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Bulk update selection…</source>
        <translation>&amp;Modifier la sélection en masse…</translation>
    </message>
    <message>
        <source>Change the users selected in the browser</source>
        <translation>Modifier les utilisateurs sélectionnés dans la liste</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop after the user being written</source>
        <translation>S&apos;arrêter après l&apos;utilisateur en cours d&apos;écriture</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Instance settings…</source>
        <translation>Paramètres de l&apos;&amp;instance…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About useradmin</source>
        <translation>À &amp;propos de useradmin</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the embedded database</source>
        <translation>la base de données intégrée</translation>
    </message>
    <message>
        <source>Cancelled: every user is either fully written or untouched.</source>
        <translation>Annulé&#xa0;: chaque utilisateur est soit entièrement écrit, soit inchangé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) created, %1 updated, %2 skipped, %3 error(s).</source>
        <translation>
            <numerusform>%Ln utilisateur créé, %1 mis à jour, %2 ignorés, %3 erreurs.</numerusform>
            <numerusform>%Ln utilisateurs créés, %1 mis à jour, %2 ignorés, %3 erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>New embedded database</source>
        <translation>Nouvelle base de données intégrée</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.db)</source>
        <translation>Bases de données SQLite (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File &gt; Open database.</source>
        <translation>%1 existe déjà. Ouvrez-la avec Fichier &gt; Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Instance settings</source>
        <translation>Paramètres de l&apos;instance</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Impossible d&apos;enregistrer les paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>About useradmin</source>
        <translation>À propos de useradmin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;useradmin %1&lt;/h3&gt;&lt;p&gt;Create and maintain the user accounts of a Sentry installation.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;useradmin %1&lt;/h3&gt;&lt;p&gt;Créer et gérer les comptes utilisateurs d&apos;une installation Sentry.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>%1 – Sentry users</source>
        <translation>%1 – Utilisateurs Sentry</translation>
    </message>
    <message>
        <source>&amp;Go on with the users not done</source>
        <translation>&amp;Poursuivre avec les utilisateurs non traités</translation>
    </message>
    <message>
        <source>Reconnect and create the users a lost connection left undone</source>
        <translation>Se reconnecter et créer les utilisateurs qu&apos;une connexion perdue a laissés en suspens</translation>
    </message>
    <message>
        <source>Batch stopped</source>
        <translation>Traitement interrompu</translation>
    </message>
    <message>
        <source>An error stopped the batch (a lost connection, say). Every user is either fully written or untouched.

Done: %1
Not done: %2

Reconnect and create the users not done, with the same choices and password?</source>
        <translation>Une erreur a interrompu le traitement (une connexion perdue, par exemple). Chaque utilisateur est soit entièrement écrit, soit inchangé.

Traités&#xa0;: %1
Non traités&#xa0;: %2

Se reconnecter et créer les utilisateurs non traités, avec les mêmes choix et le même mot de passe&#x202f;?</translation>
    </message>
    <message>
        <source>Reconnect and go on</source>
        <translation>Se reconnecter et poursuivre</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Go on with %Ln user(s) not done</source>
        <translation>
            <numerusform>&amp;Poursuivre avec %Ln utilisateur non traité</numerusform>
            <numerusform>&amp;Poursuivre avec %Ln utilisateurs non traités</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find users</source>
        <translation>&amp;Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Go to the search field of the users browser</source>
        <translation>Aller au champ de recherche de la liste des utilisateurs</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;heck accounts…</source>
        <translation>&amp;Vérifier les comptes…</translation>
    </message>
    <message>
        <source>Find and repair what Sentry keeps in step for each account: member mappings, useremail rows, replicas, user roles</source>
        <translation>Trouver et réparer ce que Sentry maintient cohérent pour chaque compte&#xa0;: correspondances de membre, lignes useremail, répliques, rôles utilisateur</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overwrite existing users?</source>
        <translation>Écraser les utilisateurs existants&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Force-update overwrites the password, the superuser and staff flags and the organization membership of every one of these %Ln address(es) that already belongs to a user.</source>
        <translation>
            <numerusform>La mise à jour forcée écrase le mot de passe, les indicateurs superutilisateur et staff et l’appartenance à l’organisation si cette %Ln adresse appartient déjà à un utilisateur.</numerusform>
            <numerusform>La mise à jour forcée écrase le mot de passe, les indicateurs superutilisateur et staff et l’appartenance à l’organisation de chacune de ces %Ln adresses qui appartient déjà à un utilisateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the users again from the database, with changes made elsewhere</source>
        <translation>Relire les utilisateurs dans la base de données, avec les modifications faites ailleurs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) selected</source>
        <translation>
            <numerusform>%Ln utilisateur sélectionné</numerusform>
            <numerusform>%Ln utilisateurs sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>How to use the window (the README&apos;s section, shown offline)</source>
        <translation>Comment utiliser la fenêtre (la section du README, affichée hors ligne)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Import users…</source>
        <translation>&amp;Importer des utilisateurs…</translation>
    </message>
    <message>
        <source>Create users from a CSV file, every row checked first</source>
        <translation>Créer des utilisateurs depuis un fichier CSV, chaque ligne vérifiée d’abord</translation>
    </message>
    <message>
        <source>&amp;Export users…</source>
        <translation>E&amp;xporter des utilisateurs…</translation>
    </message>
    <message>
        <source>Write the users the browser&apos;s search finds to a CSV file (no passwords)</source>
        <translation>Écrire dans un fichier CSV les utilisateurs que trouve la recherche de la liste (sans mots de passe)</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exporter des utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Impossible d’exporter vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Au&amp;dit trail…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>Every write made to this database by useradmin: when, by whom, what, to which users</source>
        <translation>Chaque écriture de useradmin dans cette base de données&#xa0;: quand, par qui, quoi, pour quels utilisateurs</translation>
    </message>
    <message>
        <source>&amp;User details</source>
        <translation>&amp;Détails de l’utilisateur</translation>
    </message>
    <message>
        <source>Show or hide the details of the current user beside the users table</source>
        <translation>Afficher ou masquer les détails de l’utilisateur courant à côté du tableau des utilisateurs</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;selected users…</source>
        <translation>Expo&amp;rter la sélection…</translation>
    </message>
    <message>
        <source>Write the users selected in the browser to a CSV file (no passwords)</source>
        <translation>Écrire les utilisateurs sélectionnés dans le navigateur dans un fichier CSV (sans mots de passe)</translation>
    </message>
    <message>
        <source>Export selected users</source>
        <translation>Exporter les utilisateurs sélectionnés</translation>
    </message>
</context>
<context>
    <name>MembershipsDialog</name>
    <message>
        <source>Organizations and teams</source>
        <translation>Organisations et équipes</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Modification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation>É&amp;quipes&#xa0;:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) selected. Sentry&apos;s member mapping and team replica rows follow every change.</source>
        <translation>
            <numerusform>%Ln utilisateur sélectionné. Le mappage des membres et les répliques d’équipe de Sentry suivent chaque modification.</numerusform>
            <numerusform>%Ln utilisateurs sélectionnés. Le mappage des membres et les répliques d’équipe de Sentry suivent chaque modification.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to the organization</source>
        <translation>Ajouter à l’organisation</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Add to teams</source>
        <translation>Ajouter à des équipes</translation>
    </message>
    <message>
        <source>Remove from teams</source>
        <translation>Retirer d’équipes</translation>
    </message>
    <message>
        <source>Remove from the organization</source>
        <translation>Retirer de l’organisation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an organization&apos;s name and slug</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln of the selected users</source>
        <comment>a team&apos;s name, slug and members</comment>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %Ln des utilisateurs sélectionnés</numerusform>
            <numerusform>%1 (%2)&#xa0;: %Ln des utilisateurs sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>This database has no organization.</source>
        <translation>Cette base de données n’a aucune organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected user(s) not in %1: left as they are.</source>
        <translation>
            <numerusform>%Ln utilisateur sélectionné hors de %1&#xa0;: laissé tel quel.</numerusform>
            <numerusform>%Ln utilisateurs sélectionnés hors de %1&#xa0;: laissés tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>The only owner of %1 is refused, as in Sentry.</source>
        <translation>Le seul propriétaire de %1 est refusé, comme dans Sentry.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) join %1 as %2.</source>
        <translation>
            <numerusform>%Ln utilisateur rejoint %1 comme %2.</numerusform>
            <numerusform>%Ln utilisateurs rejoignent %1 comme %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) already in %1: left as they are.</source>
        <translation>
            <numerusform>%Ln utilisateur déjà dans %1&#xa0;: laissé tel quel.</numerusform>
            <numerusform>%Ln utilisateurs déjà dans %1&#xa0;: laissés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) of %1 get the role %2, where they have another.</source>
        <translation>
            <numerusform>%Ln membre de %1 reçoit le rôle %2, s’il en a un autre.</numerusform>
            <numerusform>%Ln membres de %1 reçoivent le rôle %2, s’ils en ont un autre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln member(s) join.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln membre rejoint.</numerusform>
            <numerusform>%1&#xa0;: %Ln membres rejoignent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln user(s) leave.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln utilisateur part.</numerusform>
            <numerusform>%1&#xa0;: %Ln utilisateurs partent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the teams.</source>
        <translation>Cochez les équipes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) leave %1, with their teams there.</source>
        <translation>
            <numerusform>%Ln membre quitte %1, avec ses équipes de cette organisation.</numerusform>
            <numerusform>%Ln membres quittent %1, avec leurs équipes de cette organisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changes for the selected users.</source>
        <translation>Rien ne change pour les utilisateurs sélectionnés.</translation>
    </message>
    <message>
        <source>%1 has no team.</source>
        <translation>%1 n’a aucune équipe.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) join %1 as %2, %3.</source>
        <translation>
            <numerusform>%Ln utilisateur rejoint %1 comme %2, %3.</numerusform>
            <numerusform>%Ln utilisateurs rejoignent %1 comme %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the team(s) %1</source>
        <translation>
            <numerusform>dans l&apos;équipe %1</numerusform>
            <numerusform>dans les équipes %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationModel</name>
    <message>
        <source>(default organization)</source>
        <translation>(organisation par défaut)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none: the active organization with the lowest id)</source>
        <translation>(aucune&#xa0;: l&apos;organisation active à l&apos;identifiant le plus bas)</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Non-superuser asked to be given staff access, correcting to staff=False</source>
        <translation>Un non-superutilisateur devait recevoir l&apos;accès staff&#x202f;; corrigé en staff=False</translation>
    </message>
    <message>
        <source>Password policy overridden by the operator for: %1</source>
        <translation>Politique de mot de passe outrepassée par l&apos;opérateur pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added to organization: %1</source>
        <translation>Ajouté à l&apos;organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>User created: %1</source>
        <translation>Utilisateur créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>User updated: %1</source>
        <translation>Utilisateur mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>User: %1 exists, use --force-update to force.</source>
        <translation>Utilisateur&#xa0;: %1 existe, utilisez --force-update pour forcer.</translation>
    </message>
    <message>
        <source>staff corrected</source>
        <translation>staff corrigé</translation>
    </message>
    <message>
        <source>policy overridden</source>
        <translation>politique outrepassée</translation>
    </message>
    <message>
        <source>added to organization</source>
        <translation>ajouté à l&apos;organisation</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>skipped as existing</source>
        <translation>ignoré (existant)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>avis</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>User updated: %1 (%2)</source>
        <translation>Utilisateur mis à jour&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>changed by someone else; reload</source>
        <translation>modifié par quelqu’un d’autre&#x202f;; rechargez</translation>
    </message>
    <message>
        <source>the user no longer exists</source>
        <translation>l’utilisateur n’existe plus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an address and why it was refused</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>username</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>The password is too similar to the %1.</source>
        <translation>Le mot de passe est trop semblable au champ « %1 ».</translation>
    </message>
    <message>
        <source>This password is too short. It must contain at least %1 characters.</source>
        <translation>Ce mot de passe est trop court. Il doit contenir au minimum %1 caractères.</translation>
    </message>
    <message>
        <source>This password is too long. It must contain no more than %1 characters.</source>
        <translation>Ce mot de passe est trop long. Il ne doit pas contenir plus de %1 caractères.</translation>
    </message>
    <message>
        <source>This password is too common.</source>
        <translation>Ce mot de passe est trop courant.</translation>
    </message>
    <message>
        <source>This password is entirely numeric.</source>
        <translation>Ce mot de passe est entièrement numérique.</translation>
    </message>
    <message>
        <source>The password is not valid UTF-8 text, so no sign-in can ever match it.</source>
        <translation>Le mot de passe n’est pas un texte UTF-8 valide&#xa0;: aucune connexion ne pourrait jamais lui correspondre.</translation>
    </message>
    <message>
        <source>The password holds a control character (a NUL, a line break, a tab...), which a sign-in form cannot send.</source>
        <translation>Le mot de passe contient un caractère de contrôle (NUL, saut de ligne, tabulation…), qu’aucun formulaire de connexion ne peut envoyer.</translation>
    </message>
</context>
<context>
    <name>PostgresUrl</name>
    <message>
        <source>Not a valid postgresql:// URL (postgresql://USER@HOST:PORT/DATABASE): %1</source>
        <translation>URL postgresql:// invalide (postgresql://UTILISATEUR@HÔTE:PORT/BASE)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Put no password in the database URL; use a .pgpass file or PGPASSWORD instead.</source>
        <translation>Ne mettez pas de mot de passe dans l&apos;URL de la base&#x202f;; utilisez plutôt un fichier .pgpass ou PGPASSWORD.</translation>
    </message>
    <message>
        <source>The database URL has a fragment (#…), which means nothing to PostgreSQL.</source>
        <translation>L’URL de la base a un fragment (#…), qui ne signifie rien pour PostgreSQL.</translation>
    </message>
    <message>
        <source>Put no password in the database URL (the setting &quot;%1&quot; is refused); use a .pgpass file or PGPASSWORD instead.</source>
        <translation>Ne mettez pas de mot de passe dans l’URL de la base (le paramètre « %1 » est refusé)&#x202f;; utilisez plutôt un fichier .pgpass ou PGPASSWORD.</translation>
    </message>
    <message>
        <source>The database URL has the setting &quot;%1&quot;, which this tool does not pass to PostgreSQL.</source>
        <translation>L’URL de la base contient le paramètre « %1 », que cet outil ne transmet pas à PostgreSQL.</translation>
    </message>
    <message>
        <source>The value of the setting &quot;%1&quot; in the database URL holds a character PostgreSQL cannot be given (&apos;;&apos; or NUL).</source>
        <translation>La valeur du paramètre « %1 » dans l’URL de la base contient un caractère qu’on ne peut pas transmettre à PostgreSQL («&#x202f;; » ou NUL).</translation>
    </message>
    <message>
        <source>The database URL has an unknown setting, which this tool does not pass to PostgreSQL.</source>
        <translation>L’URL de la base contient un paramètre inconnu, que cet outil ne transmet pas à PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>SentryLayout</name>
    <message>
        <source>Sentry before 23.x (no hybrid-cloud tables)</source>
        <translation>Sentry antérieur à 23.x (sans tables de cloud hybride)</translation>
    </message>
    <message>
        <source>Sentry 23.x or later (hybrid cloud)</source>
        <translation>Sentry 23.x ou plus récent (cloud hybride)</translation>
    </message>
    <message>
        <source>Sentry 26.x or later (hybrid cloud, no team-membership replica)</source>
        <translation>Sentry 26.x ou plus récent (cloud hybride, sans réplique des appartenances aux équipes)</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Type a new password</source>
        <translation>&amp;Saisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firmer&#xa0;:</translation>
    </message>
    <message>
        <source>Store it although it &amp;breaks the password policy (logged)</source>
        <translation>L&apos;enregistrer bien qu&apos;il &amp;enfreigne la politique de mot de passe (consigné au journal)</translation>
    </message>
    <message>
        <source>&amp;Generate a password for each user (shown once)</source>
        <translation>&amp;Générer un mot de passe pour chaque utilisateur (affiché une fois)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) selected. Their Sentry sessions end: they sign in again with the new password.</source>
        <translation>
            <numerusform>%Ln utilisateur sélectionné. Ses sessions Sentry prennent fin&#xa0;: il se reconnecte avec le nouveau mot de passe.</numerusform>
            <numerusform>%Ln utilisateurs sélectionnés. Leurs sessions Sentry prennent fin&#xa0;: ils se reconnectent avec le nouveau mot de passe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instance settings</source>
        <translation>Paramètres de l&apos;instance</translation>
    </message>
    <message>
        <source>This Sentry installation</source>
        <translation>Cette installation Sentry</translation>
    </message>
    <message>
        <source>&amp;Single organization (SENTRY_SINGLE_ORGANIZATION)</source>
        <translation>Organisation &amp;unique (SENTRY_SINGLE_ORGANIZATION)</translation>
    </message>
    <message>
        <source>Self-&amp;hosted (SENTRY_SELF_HOSTED)</source>
        <translation>&amp;Auto-hébergé (SENTRY_SELF_HOSTED)</translation>
    </message>
    <message>
        <source>&amp;Default organization:</source>
        <translation>Organisation par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <source>PBKDF2 &amp;iterations:</source>
        <translation>&amp;Itérations PBKDF2&#xa0;:</translation>
    </message>
    <message>
        <source>Iterations of new password hashes (Sentry&apos;s default: 1,000,000)</source>
        <translation>Itérations des nouveaux hachages de mot de passe (par défaut dans Sentry&#xa0;: 1 000 000)</translation>
    </message>
    <message>
        <source>This window</source>
        <translation>Cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Kept in the embedded database.</source>
        <translation>Conservés dans la base de données intégrée.</translation>
    </message>
    <message>
        <source>This database keeps no settings: they apply until the window closes.</source>
        <translation>Cette base de données ne conserve aucun paramètre&#xa0;: ils s&apos;appliquent jusqu&apos;à la fermeture de la fenêtre.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Select every user in the table</source>
        <translation>Sélectionner tous les utilisateurs du tableau</translation>
    </message>
    <message>
        <source>Create the users, from Confirm password</source>
        <translation>Créer les utilisateurs, depuis «&#xa0;Confirmer le mot de passe&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SqlUserDirectory</name>
    <message>
        <source>The connection to the database was lost.</source>
        <translation>La connexion à la base de données a été perdue.</translation>
    </message>
    <message>
        <source>Sentry may show the previous values of updated users for up to 5 minutes (its model cache of users cannot be cleared from the database).</source>
        <translation>Sentry peut afficher les anciennes valeurs des utilisateurs modifiés pendant 5 minutes au plus (son cache des modèles d&apos;utilisateurs ne peut pas être vidé depuis la base de données).</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>(automatic: the organization&apos;s only team)</source>
        <translation>(automatique&#xa0;: l&apos;unique équipe de l&apos;organisation)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TypedPassword</name>
    <message>
        <source>Enter the new password.</source>
        <translation>Saisissez le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Policy overridden (the log will say so): %1</source>
        <translation>Politique outrepassée (le journal l&apos;indiquera)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UserDetailsPane</name>
    <message>
        <source>User id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Superuser:</source>
        <translation>Superutilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>Staff&#xa0;:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Actif&#xa0;:</translation>
    </message>
    <message>
        <source>Date joined:</source>
        <translation>Inscrit le&#xa0;:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Dernière connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Super Admin role:</source>
        <translation>Rôle Super Admin&#xa0;:</translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation>Organisations&#xa0;:</translation>
    </message>
    <message>
        <source>Email addresses:</source>
        <translation>Adresses e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Two-factor methods:</source>
        <translation>Méthodes à deux facteurs&#xa0;:</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Aucun utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot read the user: %1</source>
        <translation>Impossible de lire l’utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>unusable: nobody can sign in with a password</source>
        <translation>inutilisable&#xa0;: personne ne peut se connecter avec un mot de passe</translation>
    </message>
    <message>
        <source>usable, hasher not recognised</source>
        <translation>utilisable, algorithme de hachage non reconnu</translation>
    </message>
    <message>
        <source>usable, %1 with %2 iterations</source>
        <translation>utilisable, %1 avec %2 itérations</translation>
    </message>
    <message>
        <source>usable, %1</source>
        <translation>utilisable, %1</translation>
    </message>
    <message>
        <source>Fewer iterations than the instance setting (%1)</source>
        <translation>Moins d’itérations que dans les paramètres de l’instance (%1)</translation>
    </message>
    <message>
        <source>%1 (%2): %3; %4</source>
        <translation>%1 (%2)&#xa0;: %3&#x202f;; %4</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>aucune équipe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1 (vérifiée)</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (non vérifiée)</translation>
    </message>
    <message>
        <source>not kept by this database</source>
        <translation>absent de cette base de données</translation>
    </message>
    <message numerus="yes">
        <source>team(s) %1</source>
        <translation>
            <numerusform>équipe %1</numerusform>
            <numerusform>équipes %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>New users</source>
        <translation>Nouveaux utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>Adresses &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>One or more addresses, separated by new lines, commas or spaces</source>
        <translation>Une ou plusieurs adresses, séparées par des retours à la ligne, des virgules ou des espaces</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;No password (the user cannot sign in with one)</source>
        <translation>&amp;Sans mot de passe (l&apos;utilisateur ne peut pas se connecter avec un mot de passe)</translation>
    </message>
    <message>
        <source>Store a password that breaks the password policy. Every such user is named in the log.</source>
        <translation>Enregistrer un mot de passe qui enfreint la politique de mot de passe. Chaque utilisateur concerné est nommé dans le journal.</translation>
    </message>
    <message>
        <source>S&amp;taff (only with superuser)</source>
        <translation>S&amp;taff (uniquement avec superutilisateur)</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>Or&amp;ganisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create users</source>
        <translation>&amp;Créer les utilisateurs</translation>
    </message>
    <message>
        <source>The two entered values do not match.</source>
        <translation>Les deux valeurs saisies ne correspondent pas.</translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation>Saisissez au moins une adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter a password, or choose &quot;No password&quot;.</source>
        <translation>Saisissez un mot de passe ou choisissez « Sans mot de passe ».</translation>
    </message>
    <message>
        <source>Enter the password again to confirm it.</source>
        <translation>Saisissez à nouveau le mot de passe pour le confirmer.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Ouvrez d&apos;abord une base de données.</translation>
    </message>
    <message>
        <source>Confir&amp;m password:</source>
        <translation>Co&amp;nfirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Overr&amp;ide the password policy (recorded in the log)</source>
        <translation>&amp;Outrepasser la politique de mot de passe (consigné au journal)</translation>
    </message>
    <message>
        <source>Supe&amp;ruser</source>
        <translation>Supe&amp;rutilisateur</translation>
    </message>
    <message>
        <source>Force-up&amp;date users that already exist</source>
        <translation>Forcer la mise à &amp;jour des utilisateurs existants</translation>
    </message>
    <message>
        <source>Te&amp;am:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Policy overridden (the log will say so): %1</source>
        <translation>Politique outrepassée (le journal l&apos;indiquera)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Reading the organizations and teams…</source>
        <translation>Lecture des organisations et des équipes…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid address(es); first: %1</source>
        <translation>
            <numerusform>%Ln adresse invalide&#x202f;; la première&#xa0;: %1</numerusform>
            <numerusform>%Ln adresses invalides&#x202f;; la première&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create or update %Ln user(s)</source>
        <translation>
            <numerusform>&amp;Créer ou mettre à jour %Ln utilisateur</numerusform>
            <numerusform>&amp;Créer ou mettre à jour %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %Ln user(s)</source>
        <translation>
            <numerusform>&amp;Créer %Ln utilisateur</numerusform>
            <numerusform>&amp;Créer %Ln utilisateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide d’utilisation manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>UserImport</name>
    <message>
        <source>(no email)</source>
        <translation>(pas d’e-mail)</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>ligne %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the file has no header line (%1)</source>
        <translation>le fichier n’a pas de ligne d’en-tête (%1)</translation>
    </message>
    <message>
        <source>%1 (twice)</source>
        <translation>%1 (deux fois)</translation>
    </message>
    <message>
        <source>unknown columns: %1 (known: %2)</source>
        <translation>colonnes inconnues&#xa0;: %1 (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no email column (known: %1)</source>
        <translation>pas de colonne email (connues&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs là où l’en-tête en a %2</translation>
    </message>
    <message>
        <source>%1 is not yes or no: %2</source>
        <translation>%1 n’est ni oui ni non&#xa0;: %2</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>pas d’e-mail</translation>
    </message>
    <message>
        <source>a role or teams need an organization</source>
        <translation>un rôle ou des équipes demandent une organisation</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>the same address in other letter case is on line %1</source>
        <translation>la même adresse avec une autre casse est à la ligne %1</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>doublon de la ligne %1</translation>
    </message>
    <message>
        <source>the name, flags or password differ from line %1</source>
        <translation>le nom, les indicateurs ou le mot de passe diffèrent de la ligne %1</translation>
    </message>
    <message>
        <source>a user with this address in other letter case exists (%1)</source>
        <translation>un utilisateur avec cette adresse dans une autre casse existe (%1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file has no users to import.</source>
        <translation>Le fichier ne contient aucun utilisateur à importer.</translation>
    </message>
</context>
<context>
    <name>UserProgress</name>
    <message numerus="yes">
        <source>%v of %Ln user(s)</source>
        <translation>
            <numerusform>%v sur %Ln utilisateur</numerusform>
            <numerusform>%v sur %Ln utilisateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersBrowser</name>
    <message>
        <source>Shows the users whose email or name starts with this text (case does not matter)</source>
        <translation>Affiche les utilisateurs dont l&apos;adresse e-mail ou le nom commence par ce texte (sans tenir compte de la casse)</translation>
    </message>
    <message>
        <source>Search by the start of an email or name</source>
        <translation>Rechercher par le début d&apos;une adresse e-mail ou d&apos;un nom</translation>
    </message>
    <message>
        <source>Stop after the users being written; every user stays fully written or untouched</source>
        <translation>S&apos;arrêter après les utilisateurs en cours d&apos;écriture&#x202f;; chaque utilisateur reste entièrement écrit ou inchangé</translation>
    </message>
    <message>
        <source>Cancel update</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>Impossible de lire les utilisateurs&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 utilisateurs sur %2</translation>
    </message>
    <message>
        <source>Update selected users</source>
        <translation>Modifier les utilisateurs sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln user(s)?</source>
        <translation>
            <numerusform>Modifier %Ln utilisateur&#x202f;?</numerusform>
            <numerusform>Modifier %Ln utilisateurs&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk update stopped</source>
        <translation>Modification groupée arrêtée</translation>
    </message>
    <message>
        <source>An error stopped the update (a lost connection, say). Every user is either fully updated or untouched.

Done: %1
Not done: %2

Reconnect and go on with the users not done, with the same changes and password?</source>
        <translation>Une erreur a arrêté la modification (une connexion perdue, par exemple). Chaque utilisateur est soit entièrement modifié, soit intact.

Faits&#xa0;: %1
Non faits&#xa0;: %2

Se reconnecter et continuer avec les utilisateurs non faits, avec les mêmes changements et le même mot de passe&#x202f;?</translation>
    </message>
    <message>
        <source>Cannot read the selected users: %1</source>
        <translation>Impossible de lire les utilisateurs sélectionnés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove the last superuser?</source>
        <translation>Retirer le dernier superutilisateur&#x202f;?</translation>
    </message>
    <message>
        <source>After this update the instance has no active superuser: nobody could open Sentry&apos;s admin until a user is made superuser again.

Remove the last active superuser anyway?</source>
        <translation>Après cette modification, l&apos;instance n&apos;a plus de superutilisateur actif&#xa0;: personne ne pourrait ouvrir l&apos;administration de Sentry tant qu&apos;un utilisateur n&apos;est pas de nouveau superutilisateur.

Retirer quand même le dernier superutilisateur actif&#x202f;?</translation>
    </message>
    <message>
        <source>Create the first user with the form on the left</source>
        <translation>Créez le premier utilisateur avec le formulaire à gauche</translation>
    </message>
    <message>
        <source>No user matches &apos;%1&apos;</source>
        <translation>Aucun utilisateur ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Put the selected rows on the clipboard as tab-separated text with column titles</source>
        <translation>Copier les lignes sélectionnées dans le presse-papiers, en texte séparé par des tabulations avec les titres des colonnes</translation>
    </message>
    <message numerus="yes">
        <source>Copying %Ln users…</source>
        <translation>
            <numerusform>Copie de %Ln utilisateur…</numerusform>
            <numerusform>Copie de %Ln utilisateurs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln users to the clipboard.</source>
        <translation>
            <numerusform>%Ln utilisateur copié dans le presse-papiers.</numerusform>
            <numerusform>%Ln utilisateurs copiés dans le presse-papiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot copy the users: %1</source>
        <translation>Impossible de copier les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stop the selected users from signing in; their memberships and data stay</source>
        <translation>Empêcher les utilisateurs sélectionnés de se connecter&#x202f;; leurs appartenances et leurs données restent</translation>
    </message>
    <message>
        <source>Acti&amp;vate…</source>
        <translation>Ac&amp;tiver…</translation>
    </message>
    <message>
        <source>Let the selected users sign in again</source>
        <translation>Permettre aux utilisateurs sélectionnés de se connecter à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %Ln user(s)? They can no longer sign in; their memberships and data stay.</source>
        <translation>
            <numerusform>Désactiver %Ln utilisateur&#x202f;? Il ne pourra plus se connecter&#x202f;; ses appartenances et ses données restent.</numerusform>
            <numerusform>Désactiver %Ln utilisateurs&#x202f;? Ils ne pourront plus se connecter&#x202f;; leurs appartenances et leurs données restent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activate %Ln user(s)? They can sign in again.</source>
        <translation>
            <numerusform>Activer %Ln utilisateur&#x202f;? Il pourra à nouveau se connecter.</numerusform>
            <numerusform>Activer %Ln utilisateurs&#x202f;? Ils pourront à nouveau se connecter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate users</source>
        <translation>Désactiver des utilisateurs</translation>
    </message>
    <message>
        <source>Activate users</source>
        <translation>Activer des utilisateurs</translation>
    </message>
    <message>
        <source>Deactivate the last superuser?</source>
        <translation>Désactiver le dernier superutilisateur&#x202f;?</translation>
    </message>
    <message>
        <source>One of these users is the last active superuser: nobody could open Sentry&apos;s admin until a user is made superuser again.

Deactivate the last active superuser anyway?</source>
        <translation>L’un de ces utilisateurs est le dernier superutilisateur actif&#xa0;: personne ne pourrait ouvrir l’administration de Sentry jusqu’à ce qu’un utilisateur redevienne superutilisateur.

Désactiver quand même le dernier superutilisateur actif&#x202f;?</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Défi&amp;nir le mot de passe…</translation>
    </message>
    <message>
        <source>Give the selected users a new password, typed or generated; their Sentry sessions end</source>
        <translation>Donner un nouveau mot de passe aux utilisateurs sélectionnés, saisi ou généré&#x202f;; leurs sessions Sentry prennent fin</translation>
    </message>
    <message>
        <source>Change e&amp;mail…</source>
        <translation>Changer l&apos;&amp;e-mail…</translation>
    </message>
    <message>
        <source>Give the selected user another email address (one user at a time)</source>
        <translation>Donner une autre adresse e-mail à l&apos;utilisateur sélectionné (un utilisateur à la fois)</translation>
    </message>
    <message>
        <source>&amp;Reset two-factor…</source>
        <translation>Réinitialiser l&apos;authentification à deux &amp;facteurs…</translation>
    </message>
    <message>
        <source>Remove every two-factor method of the selected users, recovery codes included</source>
        <translation>Supprimer toutes les méthodes à deux facteurs des utilisateurs sélectionnés, codes de récupération compris</translation>
    </message>
    <message>
        <source>D&amp;eactivate…</source>
        <translation>Dé&amp;sactiver…</translation>
    </message>
    <message numerus="yes">
        <source>Generate a new password for each of %Ln user(s)? Their Sentry sessions end. The passwords are shown once, after the run.</source>
        <translation>
            <numerusform>Générer un nouveau mot de passe pour %Ln utilisateur&#x202f;? Ses sessions Sentry prennent fin. Le mot de passe est affiché une seule fois, après l&apos;exécution.</numerusform>
            <numerusform>Générer un nouveau mot de passe pour chacun des %Ln utilisateurs&#x202f;? Leurs sessions Sentry prennent fin. Les mots de passe sont affichés une seule fois, après l&apos;exécution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the new password for %Ln user(s)? Their Sentry sessions end.</source>
        <translation>
            <numerusform>Définir le nouveau mot de passe pour %Ln utilisateur&#x202f;? Ses sessions Sentry prennent fin.</numerusform>
            <numerusform>Définir le nouveau mot de passe pour %Ln utilisateurs&#x202f;? Leurs sessions Sentry prennent fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Change email</source>
        <translation>Changer l&apos;e-mail</translation>
    </message>
    <message>
        <source>Change the address of %1 to %2? The user&apos;s Sentry sessions end.</source>
        <translation>Changer l&apos;adresse de %1 en %2&#x202f;? Les sessions Sentry de l&apos;utilisateur prennent fin.</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Réinitialiser la double authentification</translation>
    </message>
    <message>
        <source>This database has no two-factor table (auth_authenticator): there is nothing to reset.</source>
        <translation>Cette base de données n&apos;a pas de table de double authentification (auth_authenticator)&#xa0;: il n&apos;y a rien à réinitialiser.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected user(s) has a two-factor method enrolled: there is nothing to reset.</source>
        <translation>
            <numerusform>L&apos;utilisateur sélectionné n&apos;a aucune méthode de double authentification&#xa0;: il n&apos;y a rien à réinitialiser.</numerusform>
            <numerusform>Aucun des %Ln utilisateurs sélectionnés n&apos;a de méthode de double authentification&#xa0;: il n&apos;y a rien à réinitialiser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln user(s))</source>
        <comment>a two-factor method and how many users have it</comment>
        <translation>
            <numerusform>%1 (%Ln utilisateur)</numerusform>
            <numerusform>%1 (%Ln utilisateurs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove every two-factor method of %Ln user(s)? Enrolled: %1.</source>
        <translation>
            <numerusform>Supprimer toutes les méthodes de double authentification de %Ln utilisateur&#x202f;? Méthodes inscrites&#xa0;: %1.</numerusform>
            <numerusform>Supprimer toutes les méthodes de double authentification de %Ln utilisateurs&#x202f;? Méthodes inscrites&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln selected user(s) have none.</source>
        <translation>
            <numerusform>L&apos;autre utilisateur sélectionné n&apos;en a aucune.</numerusform>
            <numerusform>Les %Ln autres utilisateurs sélectionnés n&apos;en ont aucune.</numerusform>
        </translation>
    </message>
    <message>
        <source>They sign in with their password alone until they enroll again.</source>
        <translation>Ils se connectent avec leur seul mot de passe jusqu&apos;à ce qu&apos;ils s&apos;inscrivent de nouveau.</translation>
    </message>
    <message>
        <source>The address was not changed.</source>
        <translation>L&apos;adresse n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>Détai&amp;ls</translation>
    </message>
    <message>
        <source>Show the current user in the details pane beside the table</source>
        <translation>Afficher l’utilisateur courant dans le panneau de détails à côté du tableau</translation>
    </message>
    <message>
        <source>&amp;Organizations and teams…</source>
        <translation>&amp;Organisations et équipes…</translation>
    </message>
    <message>
        <source>Add the selected users to an organization or its teams, change their role, or remove them</source>
        <translation>Ajouter les utilisateurs sélectionnés à une organisation ou à ses équipes, changer leur rôle ou les retirer</translation>
    </message>
    <message>
        <source>Organizations and teams</source>
        <translation>Organisations et équipes</translation>
    </message>
    <message>
        <source>Go on?</source>
        <translation>Continuer&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) were refused:</source>
        <translation>
            <numerusform>%Ln utilisateur a été refusé&#xa0;:</numerusform>
            <numerusform>%Ln utilisateurs ont été refusés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: every user is either fully written or untouched.</source>
        <translation>Annulé&#xa0;: chaque utilisateur est soit entièrement écrit, soit inchangé.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Sorting by this column orders users by when they were created: a list of organizations has no order of its own to search quickly.</source>
        <translation>Trier selon cette colonne classe les utilisateurs par date de création&#xa0;: une liste d&apos;organisations n&apos;a pas d&apos;ordre propre permettant une recherche rapide.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Superuser</source>
        <translation>Superutilisateur</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Date joined</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create and maintain the user accounts of a Sentry installation.</source>
        <translation>Créer et gérer les comptes utilisateurs d&apos;une installation Sentry.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL to open (default: the embedded database).</source>
        <translation>Fichier SQLite ou URL postgresql:// à ouvrir (par défaut&#xa0;: la base de données intégrée).</translation>
    </message>
    <message>
        <source>[database]</source>
        <translation>[base]</translation>
    </message>
    <message>
        <source>Give at most one database.</source>
        <translation>Indiquez au plus une base de données.</translation>
    </message>
    <message>
        <source>Run &quot;useradmin --help&quot; for usage.</source>
        <translation>Lancez « useradmin --help » pour l&apos;aide.</translation>
    </message>
</context>
</TS>
