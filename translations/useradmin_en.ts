<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
</TS>
