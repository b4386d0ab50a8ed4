<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDoctorDialog</name>
    <message numerus="yes">
        <source>Correct %Ln member mapping(s) that disagree with their membership</source>
        <translation>
            <numerusform>Correct %Ln member mapping that disagrees with its membership</numerusform>
            <numerusform>Correct %Ln member mappings that disagree with their membership</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln member mapping(s) of memberships that no longer exist</source>
        <translation>
            <numerusform>Remove %Ln member mapping of a membership that no longer exists</numerusform>
            <numerusform>Remove %Ln member mappings of memberships that no longer exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln member mapping(s)</source>
        <translation>
            <numerusform>Add %Ln member mapping</numerusform>
            <numerusform>Add %Ln member mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy the user&apos;s email and active flag into %Ln membership(s)</source>
        <translation>
            <numerusform>Copy the user&apos;s email and active flag into %Ln membership</numerusform>
            <numerusform>Copy the user&apos;s email and active flag into %Ln memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln unverified sentry_useremail row(s)</source>
        <translation>
            <numerusform>Add %Ln unverified sentry_useremail row</numerusform>
            <numerusform>Add %Ln unverified sentry_useremail rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln team-membership replica(s) of team memberships that no longer exist</source>
        <translation>
            <numerusform>Remove %Ln team-membership replica of a team membership that no longer exists</numerusform>
            <numerusform>Remove %Ln team-membership replicas of team memberships that no longer exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln team-membership replica(s)</source>
        <translation>
            <numerusform>Add %Ln team-membership replica</numerusform>
            <numerusform>Add %Ln team-membership replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the duplicate user-role links of %Ln user(s)</source>
        <translation>
            <numerusform>Remove the duplicate user-role links of %Ln user</numerusform>
            <numerusform>Remove the duplicate user-role links of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the Super Admin user role from %Ln non-superuser(s)</source>
        <translation>
            <numerusform>Take the Super Admin user role from %Ln non-superuser</numerusform>
            <numerusform>Take the Super Admin user role from %Ln non-superusers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln superuser(s) the Super Admin user role</source>
        <translation>
            <numerusform>Give %Ln superuser the Super Admin user role</numerusform>
            <numerusform>Give %Ln superusers the Super Admin user role</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repair %Ln finding(s) of the check &quot;%1&quot;</source>
        <translation>
            <numerusform>Repair %Ln finding of the check &quot;%1&quot;</numerusform>
            <numerusform>Repair %Ln findings of the check &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fix(es) made</source>
        <translation>
            <numerusform>%Ln fix made</numerusform>
            <numerusform>%Ln fixes made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repairable finding(s)</source>
        <translation>
            <numerusform>%Ln repairable finding</numerusform>
            <numerusform>%Ln repairable findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkUpdateDialog</name>
    <message numerus="yes">
        <source>%Ln user(s) selected.</source>
        <translation>
            <numerusform>%Ln user selected.</numerusform>
            <numerusform>%Ln users selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Superuser: %Ln user(s) no→yes</source>
        <translation>
            <numerusform>Superuser: %Ln user no→yes</numerusform>
            <numerusform>Superuser: %Ln users no→yes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Superuser: %Ln user(s) yes→no</source>
        <translation>
            <numerusform>Superuser: %Ln user yes→no</numerusform>
            <numerusform>Superuser: %Ln users yes→no</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %Ln user(s) no→yes (set with Superuser)</source>
        <translation>
            <numerusform>Staff: %Ln user no→yes (set with Superuser)</numerusform>
            <numerusform>Staff: %Ln users no→yes (set with Superuser)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %Ln user(s) yes→no (cleared with Superuser)</source>
        <translation>
            <numerusform>Staff: %Ln user yes→no (cleared with Superuser)</numerusform>
            <numerusform>Staff: %Ln users yes→no (cleared with Superuser)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %Ln user(s) no→yes</source>
        <translation>
            <numerusform>Staff: %Ln user no→yes</numerusform>
            <numerusform>Staff: %Ln users no→yes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %Ln user(s) yes→no</source>
        <translation>
            <numerusform>Staff: %Ln user yes→no</numerusform>
            <numerusform>Staff: %Ln users yes→no</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: not given to %Ln non-superuser(s) (staff needs Superuser)</source>
        <translation>
            <numerusform>Staff: not given to %Ln non-superuser (staff needs Superuser)</numerusform>
            <numerusform>Staff: not given to %Ln non-superusers (staff needs Superuser)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: %Ln user(s) no→yes</source>
        <translation>
            <numerusform>Active: %Ln user no→yes</numerusform>
            <numerusform>Active: %Ln users no→yes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: %Ln user(s) yes→no</source>
        <translation>
            <numerusform>Active: %Ln user yes→no</numerusform>
            <numerusform>Active: %Ln users yes→no</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Super Admin: given to %Ln user(s)</source>
        <translation>
            <numerusform>Super Admin: given to %Ln user</numerusform>
            <numerusform>Super Admin: given to %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Super Admin: removed from %Ln user(s)</source>
        <translation>
            <numerusform>Super Admin: removed from %Ln user</numerusform>
            <numerusform>Super Admin: removed from %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Password: reset for %Ln user(s) (policy overridden)</source>
        <translation>
            <numerusform>Password: reset for %Ln user (policy overridden)</numerusform>
            <numerusform>Password: reset for %Ln users (policy overridden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Password: reset for %Ln user(s)</source>
        <translation>
            <numerusform>Password: reset for %Ln user</numerusform>
            <numerusform>Password: reset for %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organization: %Ln user(s) join %1</source>
        <translation>
            <numerusform>Organization: %Ln user joins %1</numerusform>
            <numerusform>Organization: %Ln users join %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %Ln user(s) already as asked</source>
        <translation>
            <numerusform>Unchanged: %Ln user already as asked</numerusform>
            <numerusform>Unchanged: %Ln users already as asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found: %Ln user(s) deleted since they were selected</source>
        <translation>
            <numerusform>Not found: %Ln user deleted since they were selected</numerusform>
            <numerusform>Not found: %Ln users deleted since they were selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateUserController</name>
    <message numerus="yes">
        <source>Cannot reconnect: %1 %Ln user(s) still not done; go on later from the Users menu.</source>
        <translation>
            <numerusform>Cannot reconnect: %1 %Ln user still not done; go on later from the Users menu.</numerusform>
            <numerusform>Cannot reconnect: %1 %Ln users still not done; go on later from the Users menu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUsersDialog</name>
    <message numerus="yes">
        <source>%n row(s) read; %1</source>
        <translation>
            <numerusform>%n row read; %1</numerusform>
            <numerusform>%n rows read; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid: nothing is written while they are included</source>
        <translation>
            <numerusform>%n invalid: nothing is written while it is included</numerusform>
            <numerusform>%n invalid: nothing is written while they are included</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message numerus="yes">
        <source>%Ln earlier entries are not shown; Save log writes them all.</source>
        <translation>
            <numerusform>%Ln earlier entry is not shown; Save log writes them all.</numerusform>
            <numerusform>%Ln earlier entries are not shown; Save log writes them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln user(s) created, %1 updated, %2 skipped, %3 error(s).</source>
        <translation>
            <numerusform>%Ln user created, %1 updated, %2 skipped, %3 errors.</numerusform>
            <numerusform>%Ln users created, %1 updated, %2 skipped, %3 errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Go on with %Ln user(s) not done</source>
        <translation>
            <numerusform>&amp;Go on with %Ln user not done</numerusform>
            <numerusform>&amp;Go on with %Ln users not done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Force-update overwrites the password, the superuser and staff flags and the organization membership of every one of these %Ln address(es) that already belongs to a user.</source>
        <translation>
            <numerusform>Force-update overwrites the password, the superuser and staff flags and the organization membership of the user this address belongs to, if one exists.</numerusform>
            <numerusform>Force-update overwrites the password, the superuser and staff flags and the organization membership of every one of these %Ln addresses that already belongs to a user.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) selected</source>
        <translation>
            <numerusform>%Ln user selected</numerusform>
            <numerusform>%Ln users selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipsDialog</name>
    <message numerus="yes">
        <source>%Ln user(s) selected. Sentry&apos;s member mapping and team replica rows follow every change.</source>
        <translation>
            <numerusform>%Ln user selected. Sentry&apos;s member mapping and team replica rows follow every change.</numerusform>
            <numerusform>%Ln users selected. Sentry&apos;s member mapping and team replica rows follow every change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln of the selected users</source>
        <comment>a team&apos;s name, slug and members</comment>
        <translation>
            <numerusform>%1 (%2): %Ln of the selected users</numerusform>
            <numerusform>%1 (%2): %Ln of the selected users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected user(s) not in %1: left as they are.</source>
        <translation>
            <numerusform>%Ln selected user not in %1: left as they are.</numerusform>
            <numerusform>%Ln selected users not in %1: left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) join %1 as %2.</source>
        <translation>
            <numerusform>%Ln user joins %1 as %2.</numerusform>
            <numerusform>%Ln users join %1 as %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) already in %1: left as they are.</source>
        <translation>
            <numerusform>%Ln user already in %1: left as they are.</numerusform>
            <numerusform>%Ln users already in %1: left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) of %1 get the role %2, where they have another.</source>
        <translation>
            <numerusform>%Ln member of %1 gets the role %2, where they have another.</numerusform>
            <numerusform>%Ln members of %1 get the role %2, where they have another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln member(s) join.</source>
        <translation>
            <numerusform>%1: %Ln member joins.</numerusform>
            <numerusform>%1: %Ln members join.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln user(s) leave.</source>
        <translation>
            <numerusform>%1: %Ln user leaves.</numerusform>
            <numerusform>%1: %Ln users leave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) leave %1, with their teams there.</source>
        <translation>
            <numerusform>%Ln member leaves %1, with their teams there.</numerusform>
            <numerusform>%Ln members leave %1, with their teams there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) join %1 as %2, %3.</source>
        <translation>
            <numerusform>%Ln user joins %1 as %2, %3.</numerusform>
            <numerusform>%Ln users join %1 as %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the team(s) %1</source>
        <translation>
            <numerusform>in the team %1</numerusform>
            <numerusform>in the teams %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message numerus="yes">
        <source>%Ln user(s) selected. Their Sentry sessions end: they sign in again with the new password.</source>
        <translation>
            <numerusform>%Ln user selected. Their Sentry sessions end: they sign in again with the new password.</numerusform>
            <numerusform>%Ln users selected. Their Sentry sessions end: they sign in again with the new password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDetailsPane</name>
    <message numerus="yes">
        <source>team(s) %1</source>
        <translation>
            <numerusform>team %1</numerusform>
            <numerusform>teams %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message numerus="yes">
        <source>%Ln invalid address(es); first: %1</source>
        <translation>
            <numerusform>%Ln invalid address; first: %1</numerusform>
            <numerusform>%Ln invalid addresses; first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create or update %Ln user(s)</source>
        <translation>
            <numerusform>&amp;Create or update %Ln user</numerusform>
            <numerusform>&amp;Create or update %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %Ln user(s)</source>
        <translation>
            <numerusform>&amp;Create %Ln user</numerusform>
            <numerusform>&amp;Create %Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserProgress</name>
    <message numerus="yes">
        <source>%v of %Ln user(s)</source>
        <translation>
            <numerusform>%v of %Ln user</numerusform>
            <numerusform>%v of %Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersBrowser</name>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln user(s)?</source>
        <translation>
            <numerusform>Change %Ln user?</numerusform>
            <numerusform>Change %Ln users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %Ln users…</source>
        <translation>
            <numerusform>Copying %Ln user…</numerusform>
            <numerusform>Copying %Ln users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln users to the clipboard.</source>
        <translation>
            <numerusform>Copied %Ln user to the clipboard.</numerusform>
            <numerusform>Copied %Ln users to the clipboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %Ln user(s)? They can no longer sign in; their memberships and data stay.</source>
        <translation>
            <numerusform>Deactivate %Ln user? They can no longer sign in; their memberships and data stay.</numerusform>
            <numerusform>Deactivate %Ln users? They can no longer sign in; their memberships and data stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activate %Ln user(s)? They can sign in again.</source>
        <translation>
            <numerusform>Activate %Ln user? They can sign in again.</numerusform>
            <numerusform>Activate %Ln users? They can sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate a new password for each of %Ln user(s)? Their Sentry sessions end. The passwords are shown once, after the run.</source>
        <translation>
            <numerusform>Generate a new password for %Ln user? Their Sentry sessions end. The password is shown once, after the run.</numerusform>
            <numerusform>Generate a new password for each of %Ln users? Their Sentry sessions end. The passwords are shown once, after the run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the new password for %Ln user(s)? Their Sentry sessions end.</source>
        <translation>
            <numerusform>Set the new password for %Ln user? Their Sentry sessions end.</numerusform>
            <numerusform>Set the new password for %Ln users? Their Sentry sessions end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected user(s) has a two-factor method enrolled: there is nothing to reset.</source>
        <translation>
            <numerusform>The selected user has no two-factor method enrolled: there is nothing to reset.</numerusform>
            <numerusform>None of the %Ln selected users has a two-factor method enrolled: there is nothing to reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln user(s))</source>
        <comment>a two-factor method and how many users have it</comment>
        <translation>
            <numerusform>%1 (%Ln user)</numerusform>
            <numerusform>%1 (%Ln users)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove every two-factor method of %Ln user(s)? Enrolled: %1.</source>
        <translation>
            <numerusform>Remove every two-factor method of %Ln user? Enrolled: %1.</numerusform>
            <numerusform>Remove every two-factor method of %Ln users? Enrolled: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln selected user(s) have none.</source>
        <translation>
            <numerusform>The other selected user has none.</numerusform>
            <numerusform>The other %Ln selected users have none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) were refused:</source>
        <translation>
            <numerusform>%Ln user was refused:</numerusform>
            <numerusform>%Ln users were refused:</numerusform>
        </translation>
    </message>
</context>
</TS>
