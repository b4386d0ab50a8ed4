<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountActions</name>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>Invalid or missing email address.</source>
        <translation>Ungültige oder fehlende E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Give a new password, or have one generated.</source>
        <translation>Geben Sie ein neues Passwort ein oder lassen Sie eines erzeugen.</translation>
    </message>
    <message>
        <source>The address is changed for one user at a time.</source>
        <translation>Die Adresse wird für jeweils einen Benutzer geändert.</translation>
    </message>
    <message>
        <source>This database has no two-factor table (auth_authenticator): nothing to reset.</source>
        <translation>Diese Datenbank hat keine Zwei-Faktor-Tabelle (auth_authenticator): nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>%1: no such user</source>
        <translation>%1: kein solcher Benutzer</translation>
    </message>
    <message>
        <source>%1: %2 users sign in with this address; Sentry cannot tell them apart either</source>
        <translation>%1: %2 Benutzer melden sich mit dieser Adresse an; auch Sentry kann sie nicht unterscheiden</translation>
    </message>
    <message>
        <source>User ID %1 not found</source>
        <translation>Benutzer-ID %1 nicht gefunden</translation>
    </message>
    <message>
        <source>not deactivated: the last active superuser (nobody could administer Sentry any more)</source>
        <translation>nicht deaktiviert: der letzte aktive Superuser (niemand könnte Sentry mehr verwalten)</translation>
    </message>
    <message>
        <source>password generated</source>
        <translation>Passwort erzeugt</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>Passwort gesetzt</translation>
    </message>
    <message>
        <source>already inactive</source>
        <translation>bereits inaktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>already active</source>
        <translation>bereits aktiv</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>already has this address</source>
        <translation>hat diese Adresse bereits</translation>
    </message>
    <message>
        <source>another user already has the address %1</source>
        <translation>ein anderer Benutzer hat bereits die Adresse %1</translation>
    </message>
    <message>
        <source>email %1 → %2</source>
        <translation>E-Mail %1 → %2</translation>
    </message>
    <message>
        <source>no two-factor method enrolled</source>
        <translation>keine Zwei-Faktor-Methode eingerichtet</translation>
    </message>
    <message>
        <source>2FA reset: %1</source>
        <translation>2FA zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>unbekannte Aktion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an address and what was done</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an address and what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name the organization (its slug or id).</source>
        <translation>Geben Sie die Organisation an (ihren Slug oder ihre ID).</translation>
    </message>
    <message>
        <source>Give the new role (%1).</source>
        <translation>Geben Sie die neue Rolle an (%1).</translation>
    </message>
    <message>
        <source>Name at least one team.</source>
        <translation>Geben Sie mindestens ein Team an.</translation>
    </message>
    <message>
        <source>already a member of %1 (role %2)</source>
        <translation>bereits Mitglied von %1 (Rolle %2)</translation>
    </message>
    <message>
        <source>joined %1 as %2</source>
        <translation>%1 beigetreten als %2</translation>
    </message>
    <message>
        <source>joined %1 as %2, teams %3</source>
        <translation>%1 beigetreten als %2, Teams %3</translation>
    </message>
    <message>
        <source>not a member of %1</source>
        <translation>kein Mitglied von %1</translation>
    </message>
    <message>
        <source>already %1 in %2</source>
        <translation>bereits %1 in %2</translation>
    </message>
    <message>
        <source>role not changed: the only remaining owner of %1 (Sentry keeps at least one)</source>
        <translation>Rolle nicht geändert: letzter verbliebener Owner von %1 (Sentry behält mindestens einen)</translation>
    </message>
    <message>
        <source>role in %1 %2 → %3</source>
        <translation>Rolle in %1 %2 → %3</translation>
    </message>
    <message>
        <source>already in teams %1 of %2</source>
        <translation>bereits in den Teams %1 von %2</translation>
    </message>
    <message>
        <source>added to teams %1 in %2</source>
        <translation>zu den Teams %1 in %2 hinzugefügt</translation>
    </message>
    <message>
        <source>not in teams %1 of %2</source>
        <translation>nicht in den Teams %1 von %2</translation>
    </message>
    <message>
        <source>removed from teams %1 in %2</source>
        <translation>aus den Teams %1 in %2 entfernt</translation>
    </message>
    <message>
        <source>not removed: the only remaining owner of %1 (Sentry keeps at least one)</source>
        <translation>nicht entfernt: letzter verbliebener Owner von %1 (Sentry behält mindestens einen)</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 verlassen</translation>
    </message>
    <message>
        <source>left %1 (teams %2)</source>
        <translation>%1 verlassen (Teams %2)</translation>
    </message>
    <message>
        <source>joined %1 as %2, team %3</source>
        <translation>%1 beigetreten als %2, Team %3</translation>
    </message>
    <message>
        <source>already in team %1 of %2</source>
        <translation>bereits im Team %1 von %2</translation>
    </message>
    <message>
        <source>added to team %1 in %2</source>
        <translation>zum Team %1 in %2 hinzugefügt</translation>
    </message>
    <message>
        <source>not in team %1 of %2</source>
        <translation>nicht im Team %1 von %2</translation>
    </message>
    <message>
        <source>removed from team %1 in %2</source>
        <translation>aus dem Team %1 in %2 entfernt</translation>
    </message>
    <message>
        <source>left %1 (team %2)</source>
        <translation>%1 verlassen (Team %2)</translation>
    </message>
</context>
<context>
    <name>AccountChecks</name>
    <message>
        <source>the member mapping of %1 disagrees with the membership (role %2, membership %3)</source>
        <translation>die Mitgliederzuordnung für %1 weicht von der Mitgliedschaft ab (Rolle %2, Mitgliedschaft %3)</translation>
    </message>
    <message>
        <source>member mapping of %1 set to the membership (role %2)</source>
        <translation>Mitgliederzuordnung für %1 an die Mitgliedschaft angeglichen (Rolle %2)</translation>
    </message>
    <message>
        <source>a member mapping (organization id %1) points at a membership that no longer exists</source>
        <translation>eine Mitgliederzuordnung (Organisations-ID %1) verweist auf eine Mitgliedschaft, die es nicht mehr gibt</translation>
    </message>
    <message>
        <source>removed the member mapping of a membership that no longer exists (organization id %1)</source>
        <translation>Mitgliederzuordnung einer nicht mehr vorhandenen Mitgliedschaft entfernt (Organisations-ID %1)</translation>
    </message>
    <message>
        <source>member of %1 without a member mapping: Sentry does not show them the organization</source>
        <translation>Mitglied von %1 ohne Mitgliederzuordnung: Sentry zeigt ihm die Organisation nicht an</translation>
    </message>
    <message>
        <source>added the member mapping of %1</source>
        <translation>Mitgliederzuordnung für %1 hinzugefügt</translation>
    </message>
    <message>
        <source>the membership of %1 holds an old copy of the user&apos;s email or active flag</source>
        <translation>die Mitgliedschaft in %1 enthält eine veraltete Kopie der E-Mail-Adresse oder des Aktiv-Status des Benutzers</translation>
    </message>
    <message>
        <source>membership of %1 given the user&apos;s email and active flag</source>
        <translation>Mitgliedschaft in %1 erhielt E-Mail-Adresse und Aktiv-Status des Benutzers</translation>
    </message>
    <message>
        <source>no sentry_useremail row for the address: Sentry&apos;s e-mail look-ups miss the user</source>
        <translation>keine sentry_useremail-Zeile für die Adresse: Sentrys Suche nach E-Mail-Adressen findet den Benutzer nicht</translation>
    </message>
    <message>
        <source>added the unverified sentry_useremail row</source>
        <translation>unbestätigte sentry_useremail-Zeile hinzugefügt</translation>
    </message>
    <message>
        <source>a team-membership replica (team id %1) points at a team membership that no longer exists</source>
        <translation>ein Replikat einer Team-Mitgliedschaft (Team-ID %1) verweist auf eine Team-Mitgliedschaft, die es nicht mehr gibt</translation>
    </message>
    <message>
        <source>removed the replica of a team membership that no longer exists (team id %1)</source>
        <translation>Replikat einer nicht mehr vorhandenen Team-Mitgliedschaft entfernt (Team-ID %1)</translation>
    </message>
    <message>
        <source>member of team %1 without its team-membership replica: team notifications skip the user</source>
        <translation>Mitglied des Teams %1 ohne Replikat der Team-Mitgliedschaft: Team-Benachrichtigungen übergehen den Benutzer</translation>
    </message>
    <message>
        <source>added the team-membership replica of team %1</source>
        <translation>Replikat der Team-Mitgliedschaft für Team %1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 links to the user role %2 (Sentry&apos;s createuser --force-update adds one each time)</source>
        <translation>%1 Verknüpfungen mit der Benutzerrolle %2 (Sentrys createuser --force-update fügt jedes Mal eine hinzu)</translation>
    </message>
    <message>
        <source>kept one link to the user role %1</source>
        <translation>eine Verknüpfung mit der Benutzerrolle %1 behalten</translation>
    </message>
    <message>
        <source>not a superuser, but holds the Super Admin user role</source>
        <translation>kein Superuser, hat aber die Benutzerrolle Super Admin</translation>
    </message>
    <message>
        <source>removed the Super Admin user role of a non-superuser</source>
        <translation>Benutzerrolle Super Admin eines Nicht-Superusers entfernt</translation>
    </message>
    <message>
        <source>superuser without the Super Admin user role</source>
        <translation>Superuser ohne die Benutzerrolle Super Admin</translation>
    </message>
    <message>
        <source>linked the superuser to the Super Admin user role</source>
        <translation>Superuser mit der Benutzerrolle Super Admin verknüpft</translation>
    </message>
    <message>
        <source>note: active user in no organization</source>
        <translation>Hinweis: aktiver Benutzer ohne Organisation</translation>
    </message>
    <message>
        <source>note: password hashed with %L1 iterations, fewer than the instance&apos;s %L2 (Django re-hashes it at the next sign-in)</source>
        <translation>Hinweis: Passwort-Hash mit %L1 Iterationen, weniger als die %L2 der Instanz (Django erneuert ihn bei der nächsten Anmeldung)</translation>
    </message>
    <message>
        <source>note: organization without its organization mapping, so Sentry shows it to nobody (Sentry&apos;s own migrations fill it; this tool never does)</source>
        <translation>Hinweis: Organisation ohne Organisationszuordnung, daher zeigt Sentry sie niemandem (Sentrys eigene Migrationen legen sie an, dieses Werkzeug nie)</translation>
    </message>
</context>
<context>
    <name>AccountDoctor</name>
    <message>
        <source>Nothing was repaired: %1 must be filled, and useradmin does not know what Sentry puts there.</source>
        <translation>Nichts wurde repariert: %1 muss gefüllt werden, und useradmin weiß nicht, was Sentry dort einträgt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an account and what was found</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AccountDoctorController</name>
    <message>
        <source>Repaired: %1</source>
        <translation>Repariert: %1</translation>
    </message>
    <message>
        <source>Repaired %1: %2</source>
        <translation>%1 repariert: %2</translation>
    </message>
</context>
<context>
    <name>AccountDoctorDialog</name>
    <message>
        <source>Check accounts</source>
        <translation>Konten prüfen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stop before the next check; a repair keeps the checks it has finished</source>
        <translation>Vor der nächsten Prüfung anhalten; eine Reparatur behält die bereits abgeschlossenen Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>Re&amp;parieren…</translation>
    </message>
    <message>
        <source>Repair every repairable finding, after a confirmation that lists the changes</source>
        <translation>Alle reparierbaren Befunde reparieren, nach einer Bestätigung, die die Änderungen auflistet</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Repair the accounts of %1?</source>
        <translation>Die Konten von %1 reparieren?</translation>
    </message>
    <message>
        <source>Each check is repaired in its own transaction. Notes are left as they are.</source>
        <translation>Jede Prüfung wird in einer eigenen Transaktion repariert. Hinweise bleiben unverändert.</translation>
    </message>
    <message>
        <source>Repair accounts</source>
        <translation>Konten reparieren</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Correct %Ln member mapping(s) that disagree with their membership</source>
        <translation>
            <numerusform>%Ln Mitgliederzuordnung korrigieren, die von ihrer Mitgliedschaft abweicht</numerusform>
            <numerusform>%Ln Mitgliederzuordnungen korrigieren, die von ihrer Mitgliedschaft abweichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln member mapping(s) of memberships that no longer exist</source>
        <translation>
            <numerusform>%Ln Mitgliederzuordnung einer nicht mehr vorhandenen Mitgliedschaft entfernen</numerusform>
            <numerusform>%Ln Mitgliederzuordnungen nicht mehr vorhandener Mitgliedschaften entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln member mapping(s)</source>
        <translation>
            <numerusform>%Ln Mitgliederzuordnung hinzufügen</numerusform>
            <numerusform>%Ln Mitgliederzuordnungen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy the user&apos;s email and active flag into %Ln membership(s)</source>
        <translation>
            <numerusform>E-Mail-Adresse und Aktiv-Status des Benutzers in %Ln Mitgliedschaft übernehmen</numerusform>
            <numerusform>E-Mail-Adresse und Aktiv-Status der Benutzer in %Ln Mitgliedschaften übernehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln unverified sentry_useremail row(s)</source>
        <translation>
            <numerusform>%Ln unbestätigte sentry_useremail-Zeile hinzufügen</numerusform>
            <numerusform>%Ln unbestätigte sentry_useremail-Zeilen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln team-membership replica(s) of team memberships that no longer exist</source>
        <translation>
            <numerusform>%Ln Replikat einer nicht mehr vorhandenen Team-Mitgliedschaft entfernen</numerusform>
            <numerusform>%Ln Replikate nicht mehr vorhandener Team-Mitgliedschaften entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln team-membership replica(s)</source>
        <translation>
            <numerusform>%Ln Replikat einer Team-Mitgliedschaft hinzufügen</numerusform>
            <numerusform>%Ln Replikate von Team-Mitgliedschaften hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the duplicate user-role links of %Ln user(s)</source>
        <translation>
            <numerusform>Doppelte Benutzerrollen-Verknüpfungen von %Ln Benutzer entfernen</numerusform>
            <numerusform>Doppelte Benutzerrollen-Verknüpfungen von %Ln Benutzern entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the Super Admin user role from %Ln non-superuser(s)</source>
        <translation>
            <numerusform>%Ln Nicht-Superuser die Benutzerrolle Super Admin entziehen</numerusform>
            <numerusform>%Ln Nicht-Superusern die Benutzerrolle Super Admin entziehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln superuser(s) the Super Admin user role</source>
        <translation>
            <numerusform>%Ln Superuser die Benutzerrolle Super Admin geben</numerusform>
            <numerusform>%Ln Superusern die Benutzerrolle Super Admin geben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repair %Ln finding(s) of the check &quot;%1&quot;</source>
        <translation>
            <numerusform>%Ln Befund der Prüfung „%1“ reparieren</numerusform>
            <numerusform>%Ln Befunde der Prüfung „%1“ reparieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fix(es) made</source>
        <translation>
            <numerusform>%Ln Reparatur ausgeführt</numerusform>
            <numerusform>%Ln Reparaturen ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repairable finding(s)</source>
        <translation>
            <numerusform>%Ln reparierbarer Befund</numerusform>
            <numerusform>%Ln reparierbare Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Hinweis</numerusform>
            <numerusform>%Ln Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Repairing: %1</source>
        <translation>Reparatur läuft: %1</translation>
    </message>
    <message>
        <source>Checking the accounts: %1</source>
        <translation>Prüfung der Konten läuft: %1</translation>
    </message>
    <message>
        <source>Cancelled, so the list is incomplete: %1</source>
        <translation>Abgebrochen, die Liste ist daher unvollständig: %1</translation>
    </message>
    <message>
        <source>Nothing found: every account is in step.</source>
        <translation>Nichts gefunden: Alle Konten sind stimmig.</translation>
    </message>
    <message>
        <source>Stopped by an error: %1</source>
        <translation>Durch einen Fehler angehalten: %1</translation>
    </message>
    <message>
        <source>The accounts of %1 (%2), checked for the rows that Sentry&apos;s own code keeps in step and a direct SQL writer can leave behind. A repair writes only those rows; notes are for your information.</source>
        <translation>Die Konten von %1 (%2), geprüft auf die Zeilen, die Sentrys eigener Code stimmig hält und die ein direkter SQL-Schreiber auslassen kann. Eine Reparatur schreibt nur diese Zeilen; Hinweise dienen zur Information.</translation>
    </message>
</context>
<context>
    <name>AccountFindingsModel</name>
    <message>
        <source>(no user)</source>
        <translation>(kein Benutzer)</translation>
    </message>
    <message>
        <source>repairable</source>
        <translation>reparierbar</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>repariert</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>AccountWrites</name>
    <message>
        <source>Team ID not found in organization %1</source>
        <translation>Team-ID in Organisation %1 nicht gefunden</translation>
    </message>
    <message>
        <source>The user role &quot;Super Admin&quot; does not exist.</source>
        <translation>Die Benutzerrolle „Super Admin“ existiert nicht.</translation>
    </message>
    <message>
        <source>No active superuser is left on this instance: nobody can open Sentry&apos;s admin until a user is made superuser again.</source>
        <translation>Auf dieser Instanz ist kein aktiver Superuser mehr übrig: Niemand kann die Administration von Sentry öffnen, bis wieder ein Benutzer zum Superuser gemacht wird.</translation>
    </message>
    <message>
        <source>unknown role: %1 (known: %2)</source>
        <translation>unbekannte Rolle: %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>team %1 is not in organization %2</source>
        <translation>Team %1 gehört nicht zur Organisation %2</translation>
    </message>
    <message>
        <source>unknown team: %1</source>
        <translation>unbekanntes Team: %1</translation>
    </message>
    <message>
        <source>unknown organization: %1</source>
        <translation>unbekannte Organisation: %1</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Only the records that name this user (letter case does not matter)</source>
        <translation>Nur die Einträge, die diesen Benutzer nennen (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weiterer</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrails</name>
    <message>
        <source>Cannot read the audit trail %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the audit trail %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BatchWriter</name>
    <message>
        <source>%1: not attempted after the error above</source>
        <translation>%1: nach dem obigen Fehler nicht versucht</translation>
    </message>
    <message>
        <source>%1: not written: %2</source>
        <translation>%1: nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>Nothing was written: this database requires %1, which useradmin does not know how to fill (a newer Sentry?).</source>
        <translation>Nichts wurde geschrieben: Diese Datenbank verlangt %1, und useradmin weiß nicht, wie das zu füllen ist (ein neueres Sentry?).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an address and the error</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BulkChanges</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 %2→%3</source>
        <translation>%1 %2→%3</translation>
    </message>
    <message>
        <source>superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Super Admin added</source>
        <translation>Super Admin hinzugefügt</translation>
    </message>
    <message>
        <source>Super Admin removed</source>
        <translation>Super Admin entfernt</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
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
        <translation>Ausgewählte Benutzer ändern</translation>
    </message>
    <message>
        <source>&amp;Superuser:</source>
        <translation>&amp;Superuser:</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>S&amp;taff:</translation>
    </message>
    <message>
        <source>Staff goes only with superuser; left as it is, it follows a change of superuser</source>
        <translation>Staff gibt es nur zusammen mit Superuser; unverändert gelassen folgt es einer Änderung von Superuser</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>&amp;Aktiv:</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Store it although it breaks the password policy (logged)</source>
        <translation>Speichern, obwohl es gegen die Passwortrichtlinie verstößt (wird protokolliert)</translation>
    </message>
    <message>
        <source>A&amp;dd to an organization</source>
        <translation>Einer Organisation &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Users who are already members are left as they are.</source>
        <translation>Benutzer, die bereits Mitglied sind, bleiben unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) selected.</source>
        <translation>
            <numerusform>%Ln Benutzer ausgewählt.</numerusform>
            <numerusform>%Ln Benutzer ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Unset</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>(automatic: the organization&apos;s only team)</source>
        <translation>(automatisch: das einzige Team der Organisation)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>%1, team %2</source>
        <translation>%1, Team %2</translation>
    </message>
    <message numerus="yes">
        <source>Superuser: %Ln user(s) no→yes</source>
        <translation>
            <numerusform>Superuser: %Ln Benutzer nein→ja</numerusform>
            <numerusform>Superuser: %Ln Benutzer nein→ja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Superuser: %Ln user(s) yes→no</source>
        <translation>
            <numerusform>Superuser: %Ln Benutzer ja→nein</numerusform>
            <numerusform>Superuser: %Ln Benutzer ja→nein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %Ln user(s) no→yes (set with Superuser)</source>
        <translation>
            <numerusform>Staff: %Ln Benutzer nein→ja (mit Superuser gesetzt)</numerusform>
            <numerusform>Staff: %Ln Benutzer nein→ja (mit Superuser gesetzt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %Ln user(s) yes→no (cleared with Superuser)</source>
        <translation>
            <numerusform>Staff: %Ln Benutzer ja→nein (mit Superuser entzogen)</numerusform>
            <numerusform>Staff: %Ln Benutzer ja→nein (mit Superuser entzogen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %Ln user(s) no→yes</source>
        <translation>
            <numerusform>Staff: %Ln Benutzer nein→ja</numerusform>
            <numerusform>Staff: %Ln Benutzer nein→ja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %Ln user(s) yes→no</source>
        <translation>
            <numerusform>Staff: %Ln Benutzer ja→nein</numerusform>
            <numerusform>Staff: %Ln Benutzer ja→nein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: not given to %Ln non-superuser(s) (staff needs Superuser)</source>
        <translation>
            <numerusform>Staff: %Ln Nicht-Superuser erhält es nicht (Staff nur mit Superuser)</numerusform>
            <numerusform>Staff: %Ln Nicht-Superuser erhalten es nicht (Staff nur mit Superuser)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: %Ln user(s) no→yes</source>
        <translation>
            <numerusform>Aktiv: %Ln Benutzer nein→ja</numerusform>
            <numerusform>Aktiv: %Ln Benutzer nein→ja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: %Ln user(s) yes→no</source>
        <translation>
            <numerusform>Aktiv: %Ln Benutzer ja→nein</numerusform>
            <numerusform>Aktiv: %Ln Benutzer ja→nein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Super Admin: given to %Ln user(s)</source>
        <translation>
            <numerusform>Super Admin: %Ln Benutzer erhält die Rolle</numerusform>
            <numerusform>Super Admin: %Ln Benutzer erhalten die Rolle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Super Admin: removed from %Ln user(s)</source>
        <translation>
            <numerusform>Super Admin: %Ln Benutzer verliert die Rolle</numerusform>
            <numerusform>Super Admin: %Ln Benutzer verlieren die Rolle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Password: reset for %Ln user(s) (policy overridden)</source>
        <translation>
            <numerusform>Passwort: für %Ln Benutzer zurückgesetzt (Richtlinie übergangen)</numerusform>
            <numerusform>Passwort: für %Ln Benutzer zurückgesetzt (Richtlinie übergangen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Password: reset for %Ln user(s)</source>
        <translation>
            <numerusform>Passwort: für %Ln Benutzer zurückgesetzt</numerusform>
            <numerusform>Passwort: für %Ln Benutzer zurückgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organization: %Ln user(s) join %1</source>
        <translation>
            <numerusform>Organisation: %Ln Benutzer tritt %1 bei</numerusform>
            <numerusform>Organisation: %Ln Benutzer treten %1 bei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %Ln user(s) already as asked</source>
        <translation>
            <numerusform>Unverändert: %Ln Benutzer ist schon wie gewünscht</numerusform>
            <numerusform>Unverändert: %Ln Benutzer sind schon wie gewünscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found: %Ln user(s) deleted since they were selected</source>
        <translation>
            <numerusform>Nicht gefunden: %Ln Benutzer seit der Auswahl gelöscht</numerusform>
            <numerusform>Nicht gefunden: %Ln Benutzer seit der Auswahl gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkUpdateWorkflow</name>
    <message>
        <source>User ID %1 not found</source>
        <translation>Benutzer-ID %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Organization ID not found</source>
        <translation>Organisations-ID nicht gefunden</translation>
    </message>
    <message>
        <source>No users selected.</source>
        <translation>Keine Benutzer ausgewählt.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>ChangeEmailDialog</name>
    <message>
        <source>Change email</source>
        <translation>E-Mail-Adresse ändern</translation>
    </message>
    <message>
        <source>Current address:</source>
        <translation>Aktuelle Adresse:</translation>
    </message>
    <message>
        <source>&amp;New address:</source>
        <translation>&amp;Neue Adresse:</translation>
    </message>
    <message>
        <source>A username that was the old address follows it. The new address is unverified, and the user&apos;s Sentry sessions end.</source>
        <translation>Ein Benutzername, der die alte Adresse war, folgt ihr. Die neue Adresse ist unbestätigt, und die Sentry-Sitzungen des Benutzers enden.</translation>
    </message>
    <message>
        <source>Enter the new address.</source>
        <translation>Geben Sie die neue Adresse ein.</translation>
    </message>
    <message>
        <source>This is the current address.</source>
        <translation>Das ist die aktuelle Adresse.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Saved under this name</source>
        <translation>Unter diesem Namen gespeichert</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>&amp;Mode (sslmode):</source>
        <translation>&amp;Modus (sslmode):</translation>
    </message>
    <message>
        <source>&amp;CA certificate (sslrootcert):</source>
        <translation>&amp;CA-Zertifikat (sslrootcert):</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate (sslcert):</source>
        <translation>Client-&amp;Zertifikat (sslcert):</translation>
    </message>
    <message>
        <source>Client &amp;key (sslkey):</source>
        <translation>Client-&amp;Schlüssel (sslkey):</translation>
    </message>
    <message>
        <source>The server asks for a password. It is used for this session only and never saved; a .pgpass file or PGPASSWORD spares you typing it.</source>
        <translation>Der Server verlangt ein Passwort. Es gilt nur für diese Sitzung und wird nie gespeichert; mit einer .pgpass-Datei oder PGPASSWORD müssen Sie es nicht eingeben.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(neues Profil)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connection attempt cancelled.</source>
        <translation>Verbindungsversuch abgebrochen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
</context>
<context>
    <name>CreateUserController</name>
    <message numerus="yes">
        <source>Cannot reconnect: %1 %Ln user(s) still not done; go on later from the Users menu.</source>
        <translation>
            <numerusform>Neu verbinden nicht möglich: %1 %Ln Benutzer noch nicht erledigt; fahren Sie später über das Menü Benutzer fort.</numerusform>
            <numerusform>Neu verbinden nicht möglich: %1 %Ln Benutzer noch nicht erledigt; fahren Sie später über das Menü Benutzer fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>User: %1 exists; tick Force-update to overwrite it.</source>
        <translation>Benutzer: %1 existiert; zum Überschreiben „Bestehende Benutzer erzwungen aktualisieren“ ankreuzen.</translation>
    </message>
</context>
<context>
    <name>CreateUserWorkflow</name>
    <message>
        <source>Organization ID not found</source>
        <translation>Organisations-ID nicht gefunden</translation>
    </message>
    <message>
        <source>No default organization found to add users to.</source>
        <translation>Keine Standardorganisation gefunden, der Benutzer hinzugefügt werden können.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>Password for %1: %2</source>
        <translation>Passwort für %1: %2</translation>
    </message>
    <message>
        <source>Invalid or missing email address.</source>
        <translation>Ungültige oder fehlende E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No password set and --no-password not passed.</source>
        <translation>Kein Passwort gesetzt und --no-password nicht angegeben.</translation>
    </message>
    <message>
        <source>%1 exists but cannot be read</source>
        <translation>%1 existiert, kann aber nicht gelesen werden</translation>
    </message>
    <message>
        <source>a user with this address in other letter case exists (%1)</source>
        <translation>ein Benutzer mit dieser Adresse in anderer Groß-/Kleinschreibung existiert (%1)</translation>
    </message>
    <message>
        <source>the same address in other letter case is also given (%1)</source>
        <translation>dieselbe Adresse ist auch in anderer Groß-/Kleinschreibung angegeben (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an address and what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CredentialsFile</name>
    <message>
        <source>%1 exists: the credentials file is always a new file (nothing was written).</source>
        <translation>%1 existiert: die Datei für Zugangsdaten ist immer eine neue Datei (nichts wurde geschrieben).</translation>
    </message>
    <message>
        <source>cannot create %1: %2 (nothing was written).</source>
        <translation>%1 kann nicht angelegt werden: %2 (nichts wurde geschrieben).</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a quote inside a field is written twice)</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes (ein Anführungszeichen in einem Feld wird doppelt geschrieben)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>die Datei ist kein UTF-8-Text (als „CSV UTF-8“ speichern)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>%1 is not a Sentry database this tool can use; missing: %2</source>
        <translation>%1 ist keine Sentry-Datenbank, die dieses Werkzeug verwenden kann; es fehlt: %2</translation>
    </message>
    <message>
        <source>Instance settings are kept only in the embedded database.</source>
        <translation>Instanzeinstellungen werden nur in der eingebetteten Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database file; give the path of one.</source>
        <translation>„%1“ ist keine Datenbankdatei; geben Sie den Pfad einer Datei an.</translation>
    </message>
    <message>
        <source>%1 holds password hashes and other local users can read it; make it private with: chmod 600 %1</source>
        <translation>%1 enthält Passwort-Hashes und andere lokale Benutzer können die Datei lesen; machen Sie sie privat mit: chmod 600 %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; a new database is created only in an existing folder.</source>
        <translation>Der Ordner %1 existiert nicht; eine neue Datenbank wird nur in einem bestehenden Ordner angelegt.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Ensure this value has at most %1 character (it has %2).</source>
        <extracomment>%1 is the limit, %2 the actual length.</extracomment>
        <translation>Dieser Wert darf höchstens %1 Zeichen haben (er hat %2).</translation>
    </message>
    <message>
        <source>Ensure this value has at most %1 characters (it has %2).</source>
        <translation>Dieser Wert darf höchstens %1 Zeichen haben (er hat %2).</translation>
    </message>
</context>
<context>
    <name>EmbeddedSchema</name>
    <message>
        <source>Cannot prepare the database: %1</source>
        <translation>Die Datenbank kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>This database was written by a newer version of useradmin (schema %1; this version knows up to %2).</source>
        <translation>Diese Datenbank wurde von einer neueren Version von useradmin geschrieben (Schema %1; diese Version kennt bis %2).</translation>
    </message>
</context>
<context>
    <name>GeneratedPasswordsDialog</name>
    <message>
        <source>Generated passwords</source>
        <translation>Erzeugte Passwörter</translation>
    </message>
    <message>
        <source>The new passwords, shown this once: save or copy them before closing. They are in no log.</source>
        <translation>Die neuen Passwörter, nur dieses eine Mal angezeigt: Speichern oder kopieren Sie sie vor dem Schließen. Sie stehen in keinem Protokoll.</translation>
    </message>
</context>
<context>
    <name>GeneratedPasswordsPanel</name>
    <message>
        <source>&amp;Save passwords…</source>
        <translation>Passwörter &amp;speichern…</translation>
    </message>
    <message>
        <source>C&amp;opy passwords</source>
        <translation>Passwörter k&amp;opieren</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds if it still holds them</source>
        <translation>Die Zwischenablage wird nach 30 Sekunden geleert, wenn sie sie noch enthält</translation>
    </message>
    <message>
        <source>Save the generated passwords</source>
        <translation>Die erzeugten Passwörter speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportUsersDialog</name>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>&amp;Leave the invalid rows out</source>
        <translation>Ungültige Zeilen aus&amp;lassen</translation>
    </message>
    <message>
        <source>&amp;Generate a password for every user the file gives none (shown once)</source>
        <translation>Für jeden Benutzer ohne Passwort in der Datei eines &amp;erzeugen (einmal angezeigt)</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stop after the user being written: every user is fully written or untouched</source>
        <translation>Nach dem gerade geschriebenen Benutzer anhalten: jeder Benutzer wird ganz oder gar nicht geschrieben</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>exists: skipped</source>
        <translation>existiert: übersprungen</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read; %1</source>
        <translation>
            <numerusform>%n Zeile gelesen; %1</numerusform>
            <numerusform>%n Zeilen gelesen; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>all valid</source>
        <translation>alle gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid: nothing is written while they are included</source>
        <translation>
            <numerusform>%n ungültig: nichts wird geschrieben, solange sie enthalten ist</numerusform>
            <numerusform>%n ungültig: nichts wird geschrieben, solange sie enthalten sind</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a password column: passwords do not belong in spreadsheets.</source>
        <translation>Die Datei hat eine Passwortspalte: Passwörter gehören nicht in Tabellen.</translation>
    </message>
    <message>
        <source>Cancelled: </source>
        <translation>Abgebrochen: </translation>
    </message>
    <message>
        <source>%1 created, %2 skipped as existing, %3 errors (see the log).</source>
        <translation>%1 angelegt, %2 als vorhanden übersprungen, %3 Fehler (siehe Protokoll).</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected log entries (all shown entries when none is selected)</source>
        <translation>Die ausgewählten Protokolleinträge kopieren (alle angezeigten, wenn keiner ausgewählt ist)</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Save log…</source>
        <translation>Protokoll &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the shown log entries to a text file</source>
        <translation>Die angezeigten Protokolleinträge in eine Textdatei speichern</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove every entry from the log</source>
        <translation>Alle Einträge aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>useradmin-log.txt</source>
        <translation>useradmin-protokoll.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier entries are not shown; Save log writes them all.</source>
        <translation>
            <numerusform>%Ln früherer Eintrag wird nicht angezeigt; „Protokoll speichern“ schreibt alle.</numerusform>
            <numerusform>%Ln frühere Einträge werden nicht angezeigt; „Protokoll speichern“ schreibt alle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sentry users</source>
        <translation>Sentry-Benutzer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;New embedded database…</source>
        <translation>&amp;Neue eingebettete Datenbank…</translation>
    </message>
    <message>
        <source>Create a new embedded database file</source>
        <translation>Eine neue eingebettete Datenbankdatei anlegen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an embedded or Sentry SQLite database file</source>
        <translation>Eine eingebettete oder Sentry-SQLite-Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden…</translation>
    </message>
    <message>
        <source>Open a Sentry PostgreSQL database</source>
        <translation>Eine Sentry-PostgreSQL-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Create users</source>
        <translation>Benutzer &amp;anlegen</translation>
    </message>
    <message>
        <source>Create or update the users entered in the form</source>
        <translation>Die im Formular eingegebenen Benutzer anlegen oder aktualisieren</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Bulk update selection…</source>
        <translation>Auswahl &amp;gesammelt ändern…</translation>
    </message>
    <message>
        <source>Change the users selected in the browser</source>
        <translation>Die in der Liste ausgewählten Benutzer ändern</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stop after the user being written</source>
        <translation>Nach dem gerade geschriebenen Benutzer anhalten</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Instance settings…</source>
        <translation>&amp;Instanzeinstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About useradmin</source>
        <translation>Ü&amp;ber useradmin</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the embedded database</source>
        <translation>die eingebettete Datenbank</translation>
    </message>
    <message>
        <source>Cancelled: every user is either fully written or untouched.</source>
        <translation>Abgebrochen: Jeder Benutzer ist entweder vollständig geschrieben oder unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) created, %1 updated, %2 skipped, %3 error(s).</source>
        <translation>
            <numerusform>%Ln Benutzer angelegt, %1 aktualisiert, %2 übersprungen, %3 Fehler.</numerusform>
            <numerusform>%Ln Benutzer angelegt, %1 aktualisiert, %2 übersprungen, %3 Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <source>New embedded database</source>
        <translation>Neue eingebettete Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.db)</source>
        <translation>SQLite-Datenbanken (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File &gt; Open database.</source>
        <translation>%1 existiert bereits. Öffnen Sie sie mit Datei &gt; Datenbank öffnen.</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Instance settings</source>
        <translation>Instanzeinstellungen</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Die Einstellungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>About useradmin</source>
        <translation>Über useradmin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;useradmin %1&lt;/h3&gt;&lt;p&gt;Create and maintain the user accounts of a Sentry installation.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;useradmin %1&lt;/h3&gt;&lt;p&gt;Benutzerkonten einer Sentry-Installation anlegen und pflegen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>%1 – Sentry users</source>
        <translation>%1 – Sentry-Benutzer</translation>
    </message>
    <message>
        <source>&amp;Go on with the users not done</source>
        <translation>&amp;Fortfahren mit den nicht erledigten Benutzern</translation>
    </message>
    <message>
        <source>Reconnect and create the users a lost connection left undone</source>
        <translation>Neu verbinden und die Benutzer anlegen, die eine abgebrochene Verbindung unerledigt ließ</translation>
    </message>
    <message>
        <source>Batch stopped</source>
        <translation>Vorgang angehalten</translation>
    </message>
    <message>
        <source>An error stopped the batch (a lost connection, say). Every user is either fully written or untouched.

Done: %1
Not done: %2

Reconnect and create the users not done, with the same choices and password?</source>
        <translation>Ein Fehler hat den Vorgang angehalten (etwa eine abgebrochene Verbindung). Jeder Benutzer ist entweder vollständig geschrieben oder unverändert.

Erledigt: %1
Nicht erledigt: %2

Neu verbinden und die nicht erledigten Benutzer mit denselben Einstellungen und demselben Passwort anlegen?</translation>
    </message>
    <message>
        <source>Reconnect and go on</source>
        <translation>Neu verbinden und fortfahren</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Go on with %Ln user(s) not done</source>
        <translation>
            <numerusform>&amp;Fortfahren mit %Ln nicht erledigten Benutzer</numerusform>
            <numerusform>&amp;Fortfahren mit %Ln nicht erledigten Benutzern</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find users</source>
        <translation>Benutzer &amp;suchen</translation>
    </message>
    <message>
        <source>Go to the search field of the users browser</source>
        <translation>Zum Suchfeld der Benutzerliste springen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;heck accounts…</source>
        <translation>Konten &amp;prüfen…</translation>
    </message>
    <message>
        <source>Find and repair what Sentry keeps in step for each account: member mappings, useremail rows, replicas, user roles</source>
        <translation>Finden und reparieren, was Sentry für jedes Konto stimmig hält: Mitgliederzuordnungen, useremail-Zeilen, Replikate, Benutzerrollen</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>Overwrite existing users?</source>
        <translation>Bestehende Benutzer überschreiben?</translation>
    </message>
    <message numerus="yes">
        <source>Force-update overwrites the password, the superuser and staff flags and the organization membership of every one of these %Ln address(es) that already belongs to a user.</source>
        <translation>
            <numerusform>Das Erzwingen überschreibt Passwort, Superuser- und Staff-Kennzeichen und die Organisationsmitgliedschaft, falls diese %Ln Adresse bereits einem Benutzer gehört.</numerusform>
            <numerusform>Das Erzwingen überschreibt Passwort, Superuser- und Staff-Kennzeichen und die Organisationsmitgliedschaft jeder dieser %Ln Adressen, die bereits einem Benutzer gehört.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the users again from the database, with changes made elsewhere</source>
        <translation>Die Benutzer erneut aus der Datenbank lesen, mit anderswo gemachten Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) selected</source>
        <translation>
            <numerusform>%Ln Benutzer ausgewählt</numerusform>
            <numerusform>%Ln Benutzer ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>How to use the window (the README&apos;s section, shown offline)</source>
        <translation>Wie das Fenster bedient wird (der Abschnitt der README, offline angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Import users…</source>
        <translation>Benutzer &amp;importieren…</translation>
    </message>
    <message>
        <source>Create users from a CSV file, every row checked first</source>
        <translation>Benutzer aus einer CSV-Datei anlegen, jede Zeile wird vorher geprüft</translation>
    </message>
    <message>
        <source>&amp;Export users…</source>
        <translation>Benutzer e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the users the browser&apos;s search finds to a CSV file (no passwords)</source>
        <translation>Die Benutzer, die die Suche der Liste findet, in eine CSV-Datei schreiben (ohne Passwörter)</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Au&amp;dit trail…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Every write made to this database by useradmin: when, by whom, what, to which users</source>
        <translation>Jede Änderung, die useradmin an dieser Datenbank vorgenommen hat: wann, durch wen, was, an welchen Benutzern</translation>
    </message>
    <message>
        <source>&amp;User details</source>
        <translation>&amp;Benutzerdetails</translation>
    </message>
    <message>
        <source>Show or hide the details of the current user beside the users table</source>
        <translation>Details des aktuellen Benutzers neben der Benutzertabelle ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;selected users…</source>
        <translation>&amp;Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Write the users selected in the browser to a CSV file (no passwords)</source>
        <translation>Die im Browser ausgewählten Benutzer in eine CSV-Datei schreiben (ohne Passwörter)</translation>
    </message>
    <message>
        <source>Export selected users</source>
        <translation>Ausgewählte Benutzer exportieren</translation>
    </message>
</context>
<context>
    <name>MembershipsDialog</name>
    <message>
        <source>Organizations and teams</source>
        <translation>Organisationen und Teams</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>Ä&amp;nderung:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation>&amp;Teams:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) selected. Sentry&apos;s member mapping and team replica rows follow every change.</source>
        <translation>
            <numerusform>%Ln Benutzer ausgewählt. Sentrys Mitglieder-Zuordnung und Team-Replikate folgen jeder Änderung.</numerusform>
            <numerusform>%Ln Benutzer ausgewählt. Sentrys Mitglieder-Zuordnung und Team-Replikate folgen jeder Änderung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to the organization</source>
        <translation>Zur Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Add to teams</source>
        <translation>Zu Teams hinzufügen</translation>
    </message>
    <message>
        <source>Remove from teams</source>
        <translation>Aus Teams entfernen</translation>
    </message>
    <message>
        <source>Remove from the organization</source>
        <translation>Aus der Organisation entfernen</translation>
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
            <numerusform>%1 (%2): %Ln der ausgewählten Benutzer</numerusform>
            <numerusform>%1 (%2): %Ln der ausgewählten Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>This database has no organization.</source>
        <translation>Diese Datenbank hat keine Organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected user(s) not in %1: left as they are.</source>
        <translation>
            <numerusform>%Ln ausgewählter Benutzer nicht in %1: bleibt unverändert.</numerusform>
            <numerusform>%Ln ausgewählte Benutzer nicht in %1: bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The only owner of %1 is refused, as in Sentry.</source>
        <translation>Der einzige Eigentümer von %1 wird abgelehnt, wie in Sentry.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) join %1 as %2.</source>
        <translation>
            <numerusform>%Ln Benutzer tritt %1 als %2 bei.</numerusform>
            <numerusform>%Ln Benutzer treten %1 als %2 bei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) already in %1: left as they are.</source>
        <translation>
            <numerusform>%Ln Benutzer ist bereits in %1: bleibt unverändert.</numerusform>
            <numerusform>%Ln Benutzer sind bereits in %1: bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) of %1 get the role %2, where they have another.</source>
        <translation>
            <numerusform>%Ln Mitglied von %1 erhält die Rolle %2, falls es eine andere hat.</numerusform>
            <numerusform>%Ln Mitglieder von %1 erhalten die Rolle %2, falls sie eine andere haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln member(s) join.</source>
        <translation>
            <numerusform>%1: %Ln Mitglied tritt bei.</numerusform>
            <numerusform>%1: %Ln Mitglieder treten bei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln user(s) leave.</source>
        <translation>
            <numerusform>%1: %Ln Benutzer tritt aus.</numerusform>
            <numerusform>%1: %Ln Benutzer treten aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the teams.</source>
        <translation>Kreuzen Sie die Teams an.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) leave %1, with their teams there.</source>
        <translation>
            <numerusform>%Ln Mitglied verlässt %1, samt seinen Teams dort.</numerusform>
            <numerusform>%Ln Mitglieder verlassen %1, samt ihren Teams dort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changes for the selected users.</source>
        <translation>Für die ausgewählten Benutzer ändert sich nichts.</translation>
    </message>
    <message>
        <source>%1 has no team.</source>
        <translation>%1 hat kein Team.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) join %1 as %2, %3.</source>
        <translation>
            <numerusform>%Ln Benutzer tritt %1 als %2 bei, %3.</numerusform>
            <numerusform>%Ln Benutzer treten %1 als %2 bei, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the team(s) %1</source>
        <translation>
            <numerusform>im Team %1</numerusform>
            <numerusform>in den Teams %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationModel</name>
    <message>
        <source>(default organization)</source>
        <translation>(Standardorganisation)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none: the active organization with the lowest id)</source>
        <translation>(keine: die aktive Organisation mit der kleinsten ID)</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Non-superuser asked to be given staff access, correcting to staff=False</source>
        <translation>Ein Nicht-Superuser sollte Staff-Zugang erhalten; korrigiert auf staff=False</translation>
    </message>
    <message>
        <source>Password policy overridden by the operator for: %1</source>
        <translation>Passwortrichtlinie vom Bediener übergangen für: %1</translation>
    </message>
    <message>
        <source>Added to organization: %1</source>
        <translation>Zur Organisation hinzugefügt: %1</translation>
    </message>
    <message>
        <source>User created: %1</source>
        <translation>Benutzer angelegt: %1</translation>
    </message>
    <message>
        <source>User updated: %1</source>
        <translation>Benutzer aktualisiert: %1</translation>
    </message>
    <message>
        <source>User: %1 exists, use --force-update to force.</source>
        <translation>Benutzer: %1 existiert, mit --force-update erzwingen.</translation>
    </message>
    <message>
        <source>staff corrected</source>
        <translation>Staff korrigiert</translation>
    </message>
    <message>
        <source>policy overridden</source>
        <translation>Richtlinie übergangen</translation>
    </message>
    <message>
        <source>added to organization</source>
        <translation>zur Organisation hinzugefügt</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>skipped as existing</source>
        <translation>übersprungen (existiert)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>User updated: %1 (%2)</source>
        <translation>Benutzer aktualisiert: %1 (%2)</translation>
    </message>
    <message>
        <source>changed by someone else; reload</source>
        <translation>von jemand anderem geändert; neu laden</translation>
    </message>
    <message>
        <source>the user no longer exists</source>
        <translation>der Benutzer existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an address and why it was refused</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The password is too similar to the %1.</source>
        <translation>Das Passwort ist dem Feld „%1“ zu ähnlich.</translation>
    </message>
    <message>
        <source>This password is too short. It must contain at least %1 characters.</source>
        <translation>Dieses Passwort ist zu kurz. Es muss mindestens %1 Zeichen enthalten.</translation>
    </message>
    <message>
        <source>This password is too long. It must contain no more than %1 characters.</source>
        <translation>Dieses Passwort ist zu lang. Es darf höchstens %1 Zeichen enthalten.</translation>
    </message>
    <message>
        <source>This password is too common.</source>
        <translation>Dieses Passwort ist zu üblich.</translation>
    </message>
    <message>
        <source>This password is entirely numeric.</source>
        <translation>Dieses Passwort ist komplett numerisch.</translation>
    </message>
    <message>
        <source>The password is not valid UTF-8 text, so no sign-in can ever match it.</source>
        <translation>Das Passwort ist kein gültiger UTF-8-Text, keine Anmeldung könnte je dazu passen.</translation>
    </message>
    <message>
        <source>The password holds a control character (a NUL, a line break, a tab...), which a sign-in form cannot send.</source>
        <translation>Das Passwort enthält ein Steuerzeichen (NUL, Zeilenumbruch, Tabulator …), das kein Anmeldeformular senden kann.</translation>
    </message>
</context>
<context>
    <name>PostgresUrl</name>
    <message>
        <source>Not a valid postgresql:// URL (postgresql://USER@HOST:PORT/DATABASE): %1</source>
        <translation>Keine gültige postgresql://-URL (postgresql://BENUTZER@HOST:PORT/DATENBANK): %1</translation>
    </message>
    <message>
        <source>Put no password in the database URL; use a .pgpass file or PGPASSWORD instead.</source>
        <translation>Kein Passwort in die Datenbank-URL schreiben; verwenden Sie stattdessen eine .pgpass-Datei oder PGPASSWORD.</translation>
    </message>
    <message>
        <source>The database URL has a fragment (#…), which means nothing to PostgreSQL.</source>
        <translation>Die Datenbank-URL hat ein Fragment (#…), das für PostgreSQL nichts bedeutet.</translation>
    </message>
    <message>
        <source>Put no password in the database URL (the setting &quot;%1&quot; is refused); use a .pgpass file or PGPASSWORD instead.</source>
        <translation>Kein Passwort in die Datenbank-URL schreiben (die Einstellung „%1“ wird abgelehnt); verwenden Sie stattdessen eine .pgpass-Datei oder PGPASSWORD.</translation>
    </message>
    <message>
        <source>The database URL has the setting &quot;%1&quot;, which this tool does not pass to PostgreSQL.</source>
        <translation>Die Datenbank-URL hat die Einstellung „%1“, die dieses Werkzeug nicht an PostgreSQL weitergibt.</translation>
    </message>
    <message>
        <source>The value of the setting &quot;%1&quot; in the database URL holds a character PostgreSQL cannot be given (&apos;;&apos; or NUL).</source>
        <translation>Der Wert der Einstellung „%1“ in der Datenbank-URL enthält ein Zeichen, das PostgreSQL nicht übergeben werden kann („;“ oder NUL).</translation>
    </message>
    <message>
        <source>The database URL has an unknown setting, which this tool does not pass to PostgreSQL.</source>
        <translation>Die Datenbank-URL enthält eine unbekannte Einstellung, die dieses Werkzeug nicht an PostgreSQL weitergibt.</translation>
    </message>
</context>
<context>
    <name>SentryLayout</name>
    <message>
        <source>Sentry before 23.x (no hybrid-cloud tables)</source>
        <translation>Sentry vor 23.x (ohne Hybrid-Cloud-Tabellen)</translation>
    </message>
    <message>
        <source>Sentry 23.x or later (hybrid cloud)</source>
        <translation>Sentry 23.x oder neuer (Hybrid-Cloud)</translation>
    </message>
    <message>
        <source>Sentry 26.x or later (hybrid cloud, no team-membership replica)</source>
        <translation>Sentry 26.x oder neuer (Hybrid-Cloud, ohne Replikat der Team-Mitgliedschaften)</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>&amp;Type a new password</source>
        <translation>Neues Passwort &amp;eingeben</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Store it although it &amp;breaks the password policy (logged)</source>
        <translation>Speichern, obwohl es gegen die Passwort&amp;richtlinie verstößt (wird protokolliert)</translation>
    </message>
    <message>
        <source>&amp;Generate a password for each user (shown once)</source>
        <translation>Für jeden Benutzer ein Passwort er&amp;zeugen (einmal angezeigt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) selected. Their Sentry sessions end: they sign in again with the new password.</source>
        <translation>
            <numerusform>%Ln Benutzer ausgewählt. Seine Sentry-Sitzungen enden: Er meldet sich mit dem neuen Passwort wieder an.</numerusform>
            <numerusform>%Ln Benutzer ausgewählt. Ihre Sentry-Sitzungen enden: Sie melden sich mit dem neuen Passwort wieder an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instance settings</source>
        <translation>Instanzeinstellungen</translation>
    </message>
    <message>
        <source>This Sentry installation</source>
        <translation>Diese Sentry-Installation</translation>
    </message>
    <message>
        <source>&amp;Single organization (SENTRY_SINGLE_ORGANIZATION)</source>
        <translation>&amp;Eine einzige Organisation (SENTRY_SINGLE_ORGANIZATION)</translation>
    </message>
    <message>
        <source>Self-&amp;hosted (SENTRY_SELF_HOSTED)</source>
        <translation>&amp;Selbst gehostet (SENTRY_SELF_HOSTED)</translation>
    </message>
    <message>
        <source>&amp;Default organization:</source>
        <translation>&amp;Standardorganisation:</translation>
    </message>
    <message>
        <source>PBKDF2 &amp;iterations:</source>
        <translation>PBKDF2-&amp;Iterationen:</translation>
    </message>
    <message>
        <source>Iterations of new password hashes (Sentry&apos;s default: 1,000,000)</source>
        <translation>Iterationen neuer Passwort-Hashes (Sentry-Vorgabe: 1.000.000)</translation>
    </message>
    <message>
        <source>This window</source>
        <translation>Dieses Fenster</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Kept in the embedded database.</source>
        <translation>In der eingebetteten Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>This database keeps no settings: they apply until the window closes.</source>
        <translation>Diese Datenbank speichert keine Einstellungen: Sie gelten, bis das Fenster geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Select every user in the table</source>
        <translation>Alle Benutzer der Tabelle auswählen</translation>
    </message>
    <message>
        <source>Create the users, from Confirm password</source>
        <translation>Die Benutzer anlegen, aus „Passwort bestätigen“</translation>
    </message>
</context>
<context>
    <name>SqlUserDirectory</name>
    <message>
        <source>The connection to the database was lost.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen.</translation>
    </message>
    <message>
        <source>Sentry may show the previous values of updated users for up to 5 minutes (its model cache of users cannot be cleared from the database).</source>
        <translation>Sentry zeigt geänderte Benutzer möglicherweise bis zu 5 Minuten lang mit ihren vorherigen Werten an (sein Modell-Cache der Benutzer lässt sich nicht von der Datenbank aus leeren).</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>(automatic: the organization&apos;s only team)</source>
        <translation>(automatisch: das einzige Team der Organisation)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
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
        <translation>Geben Sie das neue Passwort ein.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Policy overridden (the log will say so): %1</source>
        <translation>Richtlinie übergangen (wird protokolliert): %1</translation>
    </message>
</context>
<context>
    <name>UserDetailsPane</name>
    <message>
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Superuser:</source>
        <translation>Superuser:</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>Staff:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Aktiv:</translation>
    </message>
    <message>
        <source>Date joined:</source>
        <translation>Beigetreten am:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Letzte Anmeldung:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Super Admin role:</source>
        <translation>Rolle Super Admin:</translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation>Organisationen:</translation>
    </message>
    <message>
        <source>Email addresses:</source>
        <translation>E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>Two-factor methods:</source>
        <translation>Zwei-Faktor-Methoden:</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Diesen Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot read the user: %1</source>
        <translation>Der Benutzer kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unusable: nobody can sign in with a password</source>
        <translation>unbrauchbar: niemand kann sich mit einem Passwort anmelden</translation>
    </message>
    <message>
        <source>usable, hasher not recognised</source>
        <translation>brauchbar, Hash-Verfahren nicht erkannt</translation>
    </message>
    <message>
        <source>usable, %1 with %2 iterations</source>
        <translation>brauchbar, %1 mit %2 Iterationen</translation>
    </message>
    <message>
        <source>usable, %1</source>
        <translation>brauchbar, %1</translation>
    </message>
    <message>
        <source>Fewer iterations than the instance setting (%1)</source>
        <translation>Weniger Iterationen als in den Instanzeinstellungen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2): %3; %4</source>
        <translation>%1 (%2): %3; %4</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>kein Team</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1 (bestätigt)</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (nicht bestätigt)</translation>
    </message>
    <message>
        <source>not kept by this database</source>
        <translation>in dieser Datenbank nicht vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>team(s) %1</source>
        <translation>
            <numerusform>Team %1</numerusform>
            <numerusform>Teams %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>New users</source>
        <translation>Neue Benutzer</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>E-&amp;Mail-Adressen:</translation>
    </message>
    <message>
        <source>One or more addresses, separated by new lines, commas or spaces</source>
        <translation>Eine oder mehrere Adressen, getrennt durch Zeilenumbrüche, Kommas oder Leerzeichen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;No password (the user cannot sign in with one)</source>
        <translation>&amp;Kein Passwort (der Benutzer kann sich nicht mit einem anmelden)</translation>
    </message>
    <message>
        <source>Store a password that breaks the password policy. Every such user is named in the log.</source>
        <translation>Ein Passwort speichern, das gegen die Passwortrichtlinie verstößt. Jeder betroffene Benutzer wird im Protokoll genannt.</translation>
    </message>
    <message>
        <source>S&amp;taff (only with superuser)</source>
        <translation>Sta&amp;ff (nur mit Superuser)</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Create users</source>
        <translation>Benutzer an&amp;legen</translation>
    </message>
    <message>
        <source>The two entered values do not match.</source>
        <translation>Die beiden eingegebenen Werte stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation>Geben Sie mindestens eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter a password, or choose &quot;No password&quot;.</source>
        <translation>Geben Sie ein Passwort ein oder wählen Sie „Kein Passwort“.</translation>
    </message>
    <message>
        <source>Enter the password again to confirm it.</source>
        <translation>Geben Sie das Passwort zur Bestätigung erneut ein.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <source>Confir&amp;m password:</source>
        <translation>Passwort bestäti&amp;gen:</translation>
    </message>
    <message>
        <source>Overr&amp;ide the password policy (recorded in the log)</source>
        <translation>Passwortrichtlinie &amp;übergehen (wird protokolliert)</translation>
    </message>
    <message>
        <source>Supe&amp;ruser</source>
        <translation>S&amp;uperuser</translation>
    </message>
    <message>
        <source>Force-up&amp;date users that already exist</source>
        <translation>Bestehende Benutzer erz&amp;wungen aktualisieren</translation>
    </message>
    <message>
        <source>Te&amp;am:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Policy overridden (the log will say so): %1</source>
        <translation>Richtlinie übergangen (wird protokolliert): %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Reading the organizations and teams…</source>
        <translation>Organisationen und Teams werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid address(es); first: %1</source>
        <translation>
            <numerusform>%Ln ungültige Adresse; erste: %1</numerusform>
            <numerusform>%Ln ungültige Adressen; erste: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create or update %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer an&amp;legen oder aktualisieren</numerusform>
            <numerusform>%Ln Benutzer an&amp;legen oder aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer an&amp;legen</numerusform>
            <numerusform>%Ln Benutzer an&amp;legen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>UserImport</name>
    <message>
        <source>(no email)</source>
        <translation>(keine E-Mail)</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>the file has no header line (%1)</source>
        <translation>die Datei hat keine Kopfzeile (%1)</translation>
    </message>
    <message>
        <source>%1 (twice)</source>
        <translation>%1 (doppelt)</translation>
    </message>
    <message>
        <source>unknown columns: %1 (known: %2)</source>
        <translation>unbekannte Spalten: %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>no email column (known: %1)</source>
        <translation>keine Spalte email (bekannt: %1)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>%1 is not yes or no: %2</source>
        <translation>%1 ist weder ja noch nein: %2</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>keine E-Mail</translation>
    </message>
    <message>
        <source>a role or teams need an organization</source>
        <translation>eine Rolle oder Teams brauchen eine Organisation</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>the same address in other letter case is on line %1</source>
        <translation>dieselbe Adresse in anderer Groß-/Kleinschreibung steht in Zeile %1</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>Duplikat von Zeile %1</translation>
    </message>
    <message>
        <source>the name, flags or password differ from line %1</source>
        <translation>Name, Markierungen oder Passwort weichen von Zeile %1 ab</translation>
    </message>
    <message>
        <source>a user with this address in other letter case exists (%1)</source>
        <translation>ein Benutzer mit dieser Adresse in anderer Groß-/Kleinschreibung existiert (%1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The file has no users to import.</source>
        <translation>Die Datei enthält keine Benutzer zum Importieren.</translation>
    </message>
</context>
<context>
    <name>UserProgress</name>
    <message numerus="yes">
        <source>%v of %Ln user(s)</source>
        <translation>
            <numerusform>%v von %Ln Benutzer</numerusform>
            <numerusform>%v von %Ln Benutzern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersBrowser</name>
    <message>
        <source>Shows the users whose email or name starts with this text (case does not matter)</source>
        <translation>Zeigt die Benutzer, deren E-Mail-Adresse oder Name mit diesem Text beginnt (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>Search by the start of an email or name</source>
        <translation>Nach dem Anfang einer E-Mail-Adresse oder eines Namens suchen</translation>
    </message>
    <message>
        <source>Stop after the users being written; every user stays fully written or untouched</source>
        <translation>Nach den gerade geschriebenen Benutzern anhalten; jeder Benutzer bleibt vollständig geschrieben oder unverändert</translation>
    </message>
    <message>
        <source>Cancel update</source>
        <translation>Änderung abbrechen</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>Die Benutzer können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>Update selected users</source>
        <translation>Ausgewählte Benutzer ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln user(s)?</source>
        <translation>
            <numerusform>%Ln Benutzer ändern?</numerusform>
            <numerusform>%Ln Benutzer ändern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk update stopped</source>
        <translation>Sammeländerung angehalten</translation>
    </message>
    <message>
        <source>An error stopped the update (a lost connection, say). Every user is either fully updated or untouched.

Done: %1
Not done: %2

Reconnect and go on with the users not done, with the same changes and password?</source>
        <translation>Ein Fehler hat die Änderung angehalten (etwa eine verlorene Verbindung). Jeder Benutzer ist entweder vollständig geändert oder unberührt.

Erledigt: %1
Nicht erledigt: %2

Neu verbinden und mit den nicht erledigten Benutzern weitermachen, mit denselben Änderungen und demselben Passwort?</translation>
    </message>
    <message>
        <source>Cannot read the selected users: %1</source>
        <translation>Die ausgewählten Benutzer können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Remove the last superuser?</source>
        <translation>Letzten Superuser entfernen?</translation>
    </message>
    <message>
        <source>After this update the instance has no active superuser: nobody could open Sentry&apos;s admin until a user is made superuser again.

Remove the last active superuser anyway?</source>
        <translation>Nach dieser Änderung hat die Instanz keinen aktiven Superuser mehr: Niemand könnte die Administration von Sentry öffnen, bis wieder ein Benutzer zum Superuser gemacht wird.

Den letzten aktiven Superuser trotzdem entfernen?</translation>
    </message>
    <message>
        <source>Create the first user with the form on the left</source>
        <translation>Legen Sie den ersten Benutzer mit dem Formular links an</translation>
    </message>
    <message>
        <source>No user matches &apos;%1&apos;</source>
        <translation>Kein Benutzer passt zu „%1“</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Put the selected rows on the clipboard as tab-separated text with column titles</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text mit Spaltentiteln in die Zwischenablage legen</translation>
    </message>
    <message numerus="yes">
        <source>Copying %Ln users…</source>
        <translation>
            <numerusform>%Ln Benutzer wird kopiert…</numerusform>
            <numerusform>%Ln Benutzer werden kopiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln users to the clipboard.</source>
        <translation>
            <numerusform>%Ln Benutzer in die Zwischenablage kopiert.</numerusform>
            <numerusform>%Ln Benutzer in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot copy the users: %1</source>
        <translation>Die Benutzer können nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>Stop the selected users from signing in; their memberships and data stay</source>
        <translation>Die ausgewählten Benutzer können sich nicht mehr anmelden; ihre Mitgliedschaften und Daten bleiben</translation>
    </message>
    <message>
        <source>Acti&amp;vate…</source>
        <translation>Akti&amp;vieren…</translation>
    </message>
    <message>
        <source>Let the selected users sign in again</source>
        <translation>Die ausgewählten Benutzer können sich wieder anmelden</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %Ln user(s)? They can no longer sign in; their memberships and data stay.</source>
        <translation>
            <numerusform>%Ln Benutzer deaktivieren? Er kann sich nicht mehr anmelden; Mitgliedschaften und Daten bleiben.</numerusform>
            <numerusform>%Ln Benutzer deaktivieren? Sie können sich nicht mehr anmelden; Mitgliedschaften und Daten bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activate %Ln user(s)? They can sign in again.</source>
        <translation>
            <numerusform>%Ln Benutzer aktivieren? Er kann sich wieder anmelden.</numerusform>
            <numerusform>%Ln Benutzer aktivieren? Sie können sich wieder anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate users</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Activate users</source>
        <translation>Benutzer aktivieren</translation>
    </message>
    <message>
        <source>Deactivate the last superuser?</source>
        <translation>Den letzten Superuser deaktivieren?</translation>
    </message>
    <message>
        <source>One of these users is the last active superuser: nobody could open Sentry&apos;s admin until a user is made superuser again.

Deactivate the last active superuser anyway?</source>
        <translation>Einer dieser Benutzer ist der letzte aktive Superuser: Niemand könnte die Administration von Sentry öffnen, bis wieder ein Benutzer zum Superuser gemacht wird.

Den letzten aktiven Superuser trotzdem deaktivieren?</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Pass&amp;wort setzen…</translation>
    </message>
    <message>
        <source>Give the selected users a new password, typed or generated; their Sentry sessions end</source>
        <translation>Den ausgewählten Benutzern ein neues Passwort geben, eingegeben oder erzeugt; ihre Sentry-Sitzungen enden</translation>
    </message>
    <message>
        <source>Change e&amp;mail…</source>
        <translation>E-Mail-Adresse ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Give the selected user another email address (one user at a time)</source>
        <translation>Dem ausgewählten Benutzer eine andere E-Mail-Adresse geben (ein Benutzer auf einmal)</translation>
    </message>
    <message>
        <source>&amp;Reset two-factor…</source>
        <translation>&amp;Zwei-Faktor zurücksetzen…</translation>
    </message>
    <message>
        <source>Remove every two-factor method of the selected users, recovery codes included</source>
        <translation>Alle Zwei-Faktor-Methoden der ausgewählten Benutzer entfernen, Wiederherstellungscodes eingeschlossen</translation>
    </message>
    <message>
        <source>D&amp;eactivate…</source>
        <translation>D&amp;eaktivieren…</translation>
    </message>
    <message numerus="yes">
        <source>Generate a new password for each of %Ln user(s)? Their Sentry sessions end. The passwords are shown once, after the run.</source>
        <translation>
            <numerusform>Für %Ln Benutzer ein neues Passwort erzeugen? Seine Sentry-Sitzungen enden. Das Passwort wird einmal angezeigt, nach dem Lauf.</numerusform>
            <numerusform>Für jeden der %Ln Benutzer ein neues Passwort erzeugen? Ihre Sentry-Sitzungen enden. Die Passwörter werden einmal angezeigt, nach dem Lauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the new password for %Ln user(s)? Their Sentry sessions end.</source>
        <translation>
            <numerusform>Das neue Passwort für %Ln Benutzer setzen? Seine Sentry-Sitzungen enden.</numerusform>
            <numerusform>Das neue Passwort für %Ln Benutzer setzen? Ihre Sentry-Sitzungen enden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>Change email</source>
        <translation>E-Mail-Adresse ändern</translation>
    </message>
    <message>
        <source>Change the address of %1 to %2? The user&apos;s Sentry sessions end.</source>
        <translation>Die Adresse von %1 in %2 ändern? Die Sentry-Sitzungen des Benutzers enden.</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Zwei-Faktor zurücksetzen</translation>
    </message>
    <message>
        <source>This database has no two-factor table (auth_authenticator): there is nothing to reset.</source>
        <translation>Diese Datenbank hat keine Zwei-Faktor-Tabelle (auth_authenticator): Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected user(s) has a two-factor method enrolled: there is nothing to reset.</source>
        <translation>
            <numerusform>Der ausgewählte Benutzer hat keine Zwei-Faktor-Methode eingerichtet: Es gibt nichts zurückzusetzen.</numerusform>
            <numerusform>Keiner der %Ln ausgewählten Benutzer hat eine Zwei-Faktor-Methode eingerichtet: Es gibt nichts zurückzusetzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln user(s))</source>
        <comment>a two-factor method and how many users have it</comment>
        <translation>
            <numerusform>%1 (%Ln Benutzer)</numerusform>
            <numerusform>%1 (%Ln Benutzer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove every two-factor method of %Ln user(s)? Enrolled: %1.</source>
        <translation>
            <numerusform>Alle Zwei-Faktor-Methoden von %Ln Benutzer entfernen? Eingerichtet: %1.</numerusform>
            <numerusform>Alle Zwei-Faktor-Methoden von %Ln Benutzern entfernen? Eingerichtet: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln selected user(s) have none.</source>
        <translation>
            <numerusform>Der andere ausgewählte Benutzer hat keine.</numerusform>
            <numerusform>Die anderen %Ln ausgewählten Benutzer haben keine.</numerusform>
        </translation>
    </message>
    <message>
        <source>They sign in with their password alone until they enroll again.</source>
        <translation>Sie melden sich nur mit ihrem Passwort an, bis sie wieder eine Methode einrichten.</translation>
    </message>
    <message>
        <source>The address was not changed.</source>
        <translation>Die Adresse wurde nicht geändert.</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the current user in the details pane beside the table</source>
        <translation>Den aktuellen Benutzer im Detailbereich neben der Tabelle zeigen</translation>
    </message>
    <message>
        <source>&amp;Organizations and teams…</source>
        <translation>&amp;Organisationen und Teams…</translation>
    </message>
    <message>
        <source>Add the selected users to an organization or its teams, change their role, or remove them</source>
        <translation>Die ausgewählten Benutzer einer Organisation oder ihren Teams hinzufügen, ihre Rolle ändern oder sie entfernen</translation>
    </message>
    <message>
        <source>Organizations and teams</source>
        <translation>Organisationen und Teams</translation>
    </message>
    <message>
        <source>Go on?</source>
        <translation>Fortfahren?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) were refused:</source>
        <translation>
            <numerusform>%Ln Benutzer wurde abgelehnt:</numerusform>
            <numerusform>%Ln Benutzer wurden abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: every user is either fully written or untouched.</source>
        <translation>Abgebrochen: Jeder Benutzer ist entweder vollständig geschrieben oder unverändert.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Sorting by this column orders users by when they were created: a list of organizations has no order of its own to search quickly.</source>
        <translation>Die Sortierung nach dieser Spalte ordnet die Benutzer nach ihrem Anlagedatum: Eine Liste von Organisationen hat keine eigene Ordnung, in der sich schnell suchen ließe.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Date joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create and maintain the user accounts of a Sentry installation.</source>
        <translation>Benutzerkonten einer Sentry-Installation anlegen und pflegen.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL to open (default: the embedded database).</source>
        <translation>Zu öffnende SQLite-Datei oder postgresql://-URL (Vorgabe: die eingebettete Datenbank).</translation>
    </message>
    <message>
        <source>[database]</source>
        <translation>[Datenbank]</translation>
    </message>
    <message>
        <source>Give at most one database.</source>
        <translation>Höchstens eine Datenbank angeben.</translation>
    </message>
    <message>
        <source>Run &quot;useradmin --help&quot; for usage.</source>
        <translation>Die Verwendung zeigt „useradmin --help“.</translation>
    </message>
</context>
</TS>
