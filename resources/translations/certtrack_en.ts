<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiJob</name>
    <message numerus="yes">
        <source>The server&apos;s answer is too large (over %n MB).</source>
        <translation>
            <numerusform>The server&apos;s answer is too large (over %n MB).</numerusform>
            <numerusform>The server&apos;s answer is too large (over %n MB).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message numerus="yes">
        <source>%n order(s) not paid yet: select one of its rows to pay for it or to abandon it.</source>
        <translation>
            <numerusform>%n order not paid yet: select its row to pay for it or to abandon it.</numerusform>
            <numerusform>%n orders not paid yet: select an order&apos;s row to pay for it or to abandon it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>Recertification due within %n day(s):</source>
        <translation>
            <numerusform>Recertification due within %n day:</numerusform>
            <numerusform>Recertification due within %n days:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message numerus="yes">
        <source>You will be signed out in %n second(s), and everything shown here will be removed.</source>
        <translation>
            <numerusform>You will be signed out in %n second, and everything shown here will be removed.</numerusform>
            <numerusform>You will be signed out in %n seconds, and everything shown here will be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogosDialog</name>
    <message numerus="yes">
        <source>Saved %n logo(s) as SVG and PNG in %1.</source>
        <translation>
            <numerusform>Saved %n logo as SVG and PNG in %1.</numerusform>
            <numerusform>Saved %n logos as SVG and PNG in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logo(s) were saved before this.</source>
        <translation>
            <numerusform>%n logo was saved before this.</numerusform>
            <numerusform>%n logos were saved before this.</numerusform>
        </translation>
    </message>
</context>
</TS>
