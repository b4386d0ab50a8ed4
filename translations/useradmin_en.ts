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
    <name>BulkUpdateDialog</name>
    <message numerus="yes">
        <source>%n user(s) selected.</source>
        <translation>
            <numerusform>%n user selected.</numerusform>
            <numerusform>%n users selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Superuser: %n user(s) no→yes</source>
        <translation>
            <numerusform>Superuser: %n user no→yes</numerusform>
            <numerusform>Superuser: %n users no→yes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Superuser: %n user(s) yes→no</source>
        <translation>
            <numerusform>Superuser: %n user yes→no</numerusform>
            <numerusform>Superuser: %n users yes→no</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %n user(s) no→yes (set with Superuser)</source>
        <translation>
            <numerusform>Staff: %n user no→yes (set with Superuser)</numerusform>
            <numerusform>Staff: %n users no→yes (set with Superuser)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %n user(s) yes→no (cleared with Superuser)</source>
        <translation>
            <numerusform>Staff: %n user yes→no (cleared with Superuser)</numerusform>
            <numerusform>Staff: %n users yes→no (cleared with Superuser)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %n user(s) no→yes</source>
        <translation>
            <numerusform>Staff: %n user no→yes</numerusform>
            <numerusform>Staff: %n users no→yes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %n user(s) yes→no</source>
        <translation>
            <numerusform>Staff: %n user yes→no</numerusform>
            <numerusform>Staff: %n users yes→no</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: not given to %n non-superuser(s) (staff needs Superuser)</source>
        <translation>
            <numerusform>Staff: not given to %n non-superuser (staff needs Superuser)</numerusform>
            <numerusform>Staff: not given to %n non-superusers (staff needs Superuser)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: %n user(s) no→yes</source>
        <translation>
            <numerusform>Active: %n user no→yes</numerusform>
            <numerusform>Active: %n users no→yes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active: %n user(s) yes→no</source>
        <translation>
            <numerusform>Active: %n user yes→no</numerusform>
            <numerusform>Active: %n users yes→no</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Super Admin: given to %n user(s)</source>
        <translation>
            <numerusform>Super Admin: given to %n user</numerusform>
            <numerusform>Super Admin: given to %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Super Admin: removed from %n user(s)</source>
        <translation>
            <numerusform>Super Admin: removed from %n user</numerusform>
            <numerusform>Super Admin: removed from %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Password: reset for %n user(s) (policy overridden)</source>
        <translation>
            <numerusform>Password: reset for %n user (policy overridden)</numerusform>
            <numerusform>Password: reset for %n users (policy overridden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Password: reset for %n user(s)</source>
        <translation>
            <numerusform>Password: reset for %n user</numerusform>
            <numerusform>Password: reset for %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organization: %n user(s) join %1</source>
        <translation>
            <numerusform>Organization: %n user joins %1</numerusform>
            <numerusform>Organization: %n users join %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n user(s) already as asked</source>
        <translation>
            <numerusform>Unchanged: %n user already as asked</numerusform>
            <numerusform>Unchanged: %n users already as asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found: %n user(s) deleted since they were selected</source>
        <translation>
            <numerusform>Not found: %n user deleted since they were selected</numerusform>
            <numerusform>Not found: %n users deleted since they were selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateUserController</name>
    <message numerus="yes">
        <source>Cannot reconnect: %1 %n user(s) still not done; go on later from the Users menu.</source>
        <translation>
            <numerusform>Cannot reconnect: %1 %n user still not done; go on later from the Users menu.</numerusform>
            <numerusform>Cannot reconnect: %1 %n users still not done; go on later from the Users menu.</numerusform>
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
        <source>%n user(s) created, %1 updated, %2 skipped, %3 error(s).</source>
        <translation>
            <numerusform>%n user created, %1 updated, %2 skipped, %3 errors.</numerusform>
            <numerusform>%n users created, %1 updated, %2 skipped, %3 errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Go on with %n user(s) not done</source>
        <translation>
            <numerusform>&amp;Go on with %n user not done</numerusform>
            <numerusform>&amp;Go on with %n users not done</numerusform>
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
        <source>Force-update overwrites the password, the superuser and staff flags and the organization membership of every one of these %n address(es) that already belongs to a user.</source>
        <translation>
            <numerusform>Force-update overwrites the password, the superuser and staff flags and the organization membership of the user this address belongs to, if one exists.</numerusform>
            <numerusform>Force-update overwrites the password, the superuser and staff flags and the organization membership of every one of these %n addresses that already belongs to a user.</numerusform>
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
    <name>UserForm</name>
    <message numerus="yes">
        <source>%n invalid address(es); first: %1</source>
        <translation>
            <numerusform>%n invalid address; first: %1</numerusform>
            <numerusform>%n invalid addresses; first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create or update %n user(s)</source>
        <translation>
            <numerusform>&amp;Create or update %n user</numerusform>
            <numerusform>&amp;Create or update %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n user(s)</source>
        <translation>
            <numerusform>&amp;Create %n user</numerusform>
            <numerusform>&amp;Create %n users</numerusform>
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
        <source>Change %n user(s)?</source>
        <translation>
            <numerusform>Change %n user?</numerusform>
            <numerusform>Change %n users?</numerusform>
        </translation>
    </message>
</context>
</TS>
