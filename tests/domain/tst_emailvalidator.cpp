#include "Django.h"
#include "domain/EmailValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Django's EmailValidator verdicts (plus Sentry's 200-character column), checked against a table
// and, for the same table, against the installed Django itself.
namespace {

enum class Verdict
{
    Valid,
    Invalid, // "Enter a valid email address."
    TooLong, // MaxLengthValidator(200)
};

struct Case
{
    const char *name;
    QString email;
    Verdict verdict;
};

QString repeat(QStringView text, int count)
{
    return text.toString().repeated(count);
}

// Local part of n characters (dot-atom) at example.com.
QString withTotalLength(int total)
{
    const QString domain = QStringLiteral("@example.com");
    return repeat(u"a", total - int(domain.size())) + domain;
}

QList<Case> cases()
{
    using enum Verdict;
    const QString label63 = repeat(u"a", 63);
    const QString label64 = repeat(u"a", 64);
    // 320 characters, valid in format: 64 + "@" + 3 labels of 63, one of 59, and "com".
    const QString long320 = repeat(u"u", 64) + u"@"_s + label63 + u"."_s + label63 + u"."_s +
                            label63 + u"."_s + repeat(u"b", 59) + u".com"_s;
    return {
        {"plain", QStringLiteral("user@example.com"), Valid},
        {"uppercase", QStringLiteral("USER@EXAMPLE.COM"), Valid},
        {"plus tag", QStringLiteral("user+tag@example.com"), Valid},
        {"atext specials", QStringLiteral("!#$%&'*+/=?^_`{|}~-@example.com"), Valid},
        {"subdomains", QStringLiteral("a.b@mail.sub.example.co.uk"), Valid},
        {"quoted simple", QStringLiteral("\"john\"@example.com"), Valid},
        // A bare space is not in Django's qtext class; escaped it is fine.
        {"quoted space", QStringLiteral("\"john doe\"@example.com"), Invalid},
        {"quoted escaped space", QStringLiteral("\"john\\ doe\"@example.com"), Valid},
        {"quoted escaped quote", QStringLiteral("\"john\\\"doe\"@example.com"), Valid},
        {"quoted escaped backslash", QStringLiteral("\"a\\\\b\"@example.com"), Valid},
        {"quoted at sign", QStringLiteral("\"a@b\"@example.com"), Valid},
        {"quoted empty", QStringLiteral("\"\"@example.com"), Valid},
        {"quoted bare quote", QStringLiteral("\"a\"b\"@example.com"), Invalid},
        {"quoted unterminated", QStringLiteral("\"abc@example.com"), Invalid},
        {"quoted bare backslash", QStringLiteral("\"a\\\"@example.com"), Invalid},
        {"quoted tab", QStringLiteral("\"a\tb\"@example.com"), Invalid},
        {"quoted escaped tab", QStringLiteral("\"a\\\tb\"@example.com"), Valid},
        {"quoted newline", QStringLiteral("\"a\nb\"@example.com"), Invalid},
        {"leading dot", QStringLiteral(".user@example.com"), Invalid},
        {"trailing dot", QStringLiteral("user.@example.com"), Invalid},
        {"double dot", QStringLiteral("us..er@example.com"), Invalid},
        {"domain double dot", QStringLiteral("user@example..com"), Invalid},
        {"domain leading dot", QStringLiteral("user@.example.com"), Invalid},
        {"domain trailing dot", QStringLiteral("user@example.com."), Invalid},
        {"empty local", QStringLiteral("@example.com"), Invalid},
        {"empty domain", QStringLiteral("user@"), Invalid},
        {"empty", QString(), Invalid},
        {"no at", QStringLiteral("user.example.com"), Invalid},
        {"two ats", QStringLiteral("a@b@example.com"), Invalid},
        {"quoted with at then domain", QStringLiteral("\"a@b\"@c@example.com"), Invalid},
        {"ipv4", QStringLiteral("user@[192.168.0.1]"), Valid},
        {"ipv4 zero", QStringLiteral("user@[0.0.0.0]"), Valid},
        {"ipv4 out of range", QStringLiteral("user@[256.1.1.1]"), Invalid},
        {"ipv4 leading zero", QStringLiteral("user@[01.2.3.4]"), Invalid},
        {"ipv4 three parts", QStringLiteral("user@[1.2.3]"), Invalid},
        {"ipv4 without brackets", QStringLiteral("user@192.168.0.1"), Invalid},
        {"ipv6 loopback", QStringLiteral("user@[::1]"), Valid},
        {"ipv6 unspecified", QStringLiteral("user@[::]"), Valid},
        {"ipv6 full", QStringLiteral("user@[2001:db8:0:0:0:0:0:1]"), Valid},
        {"ipv6 uppercase", QStringLiteral("user@[2001:DB8::1]"), Valid},
        {"ipv6 embedded ipv4", QStringLiteral("user@[::ffff:192.0.2.1]"), Valid},
        {"ipv6 embedded bad ipv4", QStringLiteral("user@[::ffff:192.0.2.256]"), Invalid},
        // Django 4.2.18+ caps IPv6 text at 39 characters, so the longest embedded form fails.
        {"ipv6 over 39 chars", QStringLiteral("user@[0000:0000:0000:0000:0000:ffff:10.100.10.100]"),
         Invalid},
        {"ipv6 two double colons", QStringLiteral("user@[1::2::3]"), Invalid},
        {"ipv6 hextet of 5", QStringLiteral("user@[12345::1]"), Invalid},
        {"ipv6 nine hextets", QStringLiteral("user@[1:2:3:4:5:6:7:8:9]"), Invalid},
        {"ipv6 seven hextets", QStringLiteral("user@[1:2:3:4:5:6:7]"), Invalid},
        {"ipv6 leading colon", QStringLiteral("user@[:1:2:3:4:5:6:7]"), Invalid},
        {"ipv6 IPv6 prefix", QStringLiteral("user@[IPv6:::1]"), Invalid},
        {"ipv6 non hex", QStringLiteral("user@[::g]"), Invalid},
        {"idn cyrillic", QStringLiteral("user@пример.рф"), Valid},
        {"idn german", QStringLiteral("user@bücher.de"), Valid},
        {"idn uppercase", QStringLiteral("user@BÜCHER.DE"), Valid},
        {"idn sharp s", QStringLiteral("user@straße.de"), Valid},
        {"idn ideographic dot", QStringLiteral("user@bücher。de"), Valid},
        {"idn fullwidth ascii", QStringLiteral("user@ｅｘａｍｐｌｅ.com"), Valid},
        {"idn bidi mixed", QStringLiteral("user@aא.com"), Invalid},
        {"idn hebrew", QStringLiteral("user@אב.com"), Valid},
        {"idn no-break space", QStringLiteral("user@a\u00a0b.com"), Invalid},
        {"idn emoji", QStringLiteral("user@\U0001F600.com"), Valid},
        {"idn private use", QStringLiteral("user@\uE000.com"), Invalid},
        {"idn ace prefix", QStringLiteral("user@xn--ü.com"), Invalid},
        {"idn leading combining", QStringLiteral("user@\u0301x.com"), Valid},
        {"punycode literal", QStringLiteral("user@xn--bcher-kva.de"), Valid},
        {"umlaut in local part", QStringLiteral("ü@example.com"), Invalid},
        {"dotless i in local part", QStringLiteral("\u0131@example.com"), Valid},
        {"long s in domain", QStringLiteral("user@\u017Fx.com"), Valid},
        {"kelvin sign in tld", QStringLiteral("user@example.\u212Aa"), Valid},
        {"numeric tld", QStringLiteral("user@example.123"), Valid},
        {"single letter tld", QStringLiteral("user@example.c"), Invalid},
        {"tld ending hyphen", QStringLiteral("user@example.co-"), Invalid},
        {"tld with hyphen", QStringLiteral("user@example.c-m"), Valid},
        {"label ending hyphen", QStringLiteral("user@exa-.com"), Invalid},
        {"label starting hyphen", QStringLiteral("user@-exa.com"), Invalid},
        {"underscore in domain", QStringLiteral("user@ex_ample.com"), Invalid},
        {"no tld", QStringLiteral("user@example"), Invalid},
        {"localhost", QStringLiteral("user@localhost"), Valid},
        {"localhost uppercase", QStringLiteral("user@LOCALHOST"), Invalid},
        {"label 63", QStringLiteral("user@") + label63 + u".com"_s, Valid},
        {"label 64", QStringLiteral("user@") + label64 + u".com"_s, Invalid},
        {"tld 63", QStringLiteral("user@example.") + label63, Valid},
        {"tld 64", QStringLiteral("user@example.") + label64, Invalid},
        {"total 200", withTotalLength(200), Valid},
        {"total 201", withTotalLength(201), TooLong},
        {"total 200 non-BMP counts once", repeat(u"a", 194) + u"@\U0001F600.com"_s, Valid},
        {"total 320", long320, TooLong},
        {"total 321", u"u"_s + long320, Invalid},
        {"leading space", QStringLiteral(" user@example.com"), Invalid},
        {"trailing space", QStringLiteral("user@example.com "), Invalid},
        {"inner space", QStringLiteral("us er@example.com"), Invalid},
        {"trailing newline", QStringLiteral("user@example.com\n"), Invalid},
        {"newline in local", QStringLiteral("user\n@example.com"), Invalid},
        {"nul", QStringLiteral("us\0er@example.com"), Invalid},
        {"escape char",
         QStringLiteral("us\x1b"
                        "er@example.com"),
         Invalid},
        {"angle brackets", QStringLiteral("<user@example.com>"), Invalid},
        {"display name", QStringLiteral("User <user@example.com>"), Invalid},
        {"comma", QStringLiteral("a,b@example.com"), Invalid},
    };
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::TooLong:
        return QStringLiteral("too long");
    }
    return {};
}

} // namespace

class TestEmailValidator : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void messages();
    void loneSurrogate();
    void maxLengthParameter();
    void agreesWithDjango();
};

void TestEmailValidator::table_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("verdict");
    for (const Case &c : cases()) {
        QTest::newRow(c.name) << c.email << int(c.verdict);
    }
}

void TestEmailValidator::table()
{
    QFETCH(QString, email);
    QFETCH(int, verdict);
    const QString problem = EmailValidator::problem(email);
    switch (Verdict(verdict)) {
    case Verdict::Valid:
        QCOMPARE(problem, QString());
        QVERIFY(EmailValidator::isValid(email));
        break;
    case Verdict::Invalid:
        QCOMPARE(problem, QStringLiteral("Enter a valid email address."));
        QVERIFY(!EmailValidator::isValid(email));
        break;
    case Verdict::TooLong:
        QVERIFY2(problem.startsWith(u"Ensure this value has at most 200 characters (it has "),
                 qPrintable(problem));
        break;
    }
}

void TestEmailValidator::messages()
{
    QCOMPARE(EmailValidator::problem(withTotalLength(201)),
             QStringLiteral("Ensure this value has at most 200 characters (it has 201)."));
    // Code points, not UTF-16 units: 199 + one non-BMP character is 200.
    const QString nonBmp = repeat(u"a", 195) + u"@\U0001F600.com"_s;
    QCOMPARE(EmailValidator::problem(nonBmp),
             QStringLiteral("Ensure this value has at most 200 characters (it has 201)."));
    // The format is judged first, as Django's EmailField lists validate_email first.
    QCOMPARE(EmailValidator::problem(u" "_s + withTotalLength(250)),
             QStringLiteral("Enter a valid email address."));
}

void TestEmailValidator::loneSurrogate()
{
    // Not representable in JSON for the Django check; Python rejects it in every branch.
    QVERIFY(!EmailValidator::isValid(QStringLiteral("user@a") + QChar(0xD800) + u".com"_s));
    QVERIFY(!EmailValidator::isValid(QChar(0xDC00) + QStringLiteral("@example.com")));
}

void TestEmailValidator::maxLengthParameter()
{
    QVERIFY(EmailValidator::isValid(QStringLiteral("a@b.cd"), 6));
    QCOMPARE(EmailValidator::problem(QStringLiteral("a@b.cd"), 5),
             QStringLiteral("Ensure this value has at most 5 characters (it has 6)."));
    QCOMPARE(EmailValidator::problem(QStringLiteral("a@b.cd"), 1),
             QStringLiteral("Ensure this value has at most 1 character (it has 6)."));
}

// The same table through django.core.validators.validate_email and MaxLengthValidator(200).
void TestEmailValidator::agreesWithDjango()
{
    const QList<Case> all = cases();
    QJsonArray input;
    for (const Case &c : all) {
        input.append(c.email);
    }
    static const char script[] = R"(
import json, sys
from django.conf import settings
settings.configure(USE_I18N=False)
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, validate_email
out = []
for email in json.load(sys.stdin):
    try:
        validate_email(email)
    except ValidationError:
        out.append("invalid")
        continue
    try:
        MaxLengthValidator(200)(email)
        out.append("valid")
    except ValidationError:
        out.append("too long")
json.dump(out, sys.stdout)
)";
    const std::optional<QJsonArray> answer = Django::runJson(QString::fromUtf8(script), input);
    QVERIFY(answer);
    const QJsonArray &verdicts = *answer;
    QCOMPARE(verdicts.size(), all.size());
    QStringList disagreements;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString django = verdicts.at(i).toString();
        const QString ours = EmailValidator::problem(all[i].email).isEmpty()
                                 ? QStringLiteral("valid")
                                 : (EmailValidator::problem(all[i].email).startsWith(u"Ensure")
                                        ? QStringLiteral("too long")
                                        : QStringLiteral("invalid"));
        if (django != ours || django != verdictName(all[i].verdict)) {
            disagreements << QStringLiteral("%1: django %2, ours %3, table %4")
                                 .arg(QString::fromUtf8(all[i].name), django, ours,
                                      verdictName(all[i].verdict));
        }
    }
    QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestEmailValidator)
#include "tst_emailvalidator.moc"
