<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkUpdateDialog</name>
    <message numerus="yes">
        <source>%n user(s) selected.</source>
        <translation>
            <numerusform>%n user selected.</numerusform>
            <numerusform>%n users selected.</numerusform>
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
        <source>%n user(s)</source>
        <translation type="vanished">
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot reconnect: %1 %n user(s) still not done; go on later from the Users menu.</source>
        <translation>
            <numerusform>Cannot reconnect: %1 %n user still not done; go on later from the Users menu.</numerusform>
            <numerusform>Cannot reconnect: %1 %n users still not done; go on later from the Users menu.</numerusform>
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
    <message numerus="yes">
        <source>Cannot reconnect: %1 %n user(s) not updated.</source>
        <translation>
            <numerusform>Cannot reconnect: %1 %n user not updated.</numerusform>
            <numerusform>Cannot reconnect: %1 %n users not updated.</numerusform>
        </translation>
    </message>
</context>
</TS>
