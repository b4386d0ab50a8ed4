#include "Django.h"
#include "crypto/CryptoSession.h"
#include "domain/PasswordPolicy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

// Sentry's AUTH_PASSWORD_VALIDATORS, rule by rule, and the whole policy against Django itself.
namespace {

const QString similar = QStringLiteral("The password is too similar to the username.");
const QString tooShort =
    QStringLiteral("This password is too short. It must contain at least 8 characters.");
const QString tooLong =
    QStringLiteral("This password is too long. It must contain no more than 256 characters.");
const QString common = QStringLiteral("This password is too common.");
const QString entirelyNumeric = QStringLiteral("This password is entirely numeric.");
const QString someEmail = QStringLiteral("operator@example.org");

QStringList check(const QString &password, const QString &email = someEmail)
{
    return PasswordPolicy::problems(Secret::fromText(password), email);
}

const char32_t grin = U'\U0001F600';

QString nonBmp(int count)
{
    QString out;
    for (int i = 0; i < count; ++i) {
        out += QStringView(QChar::fromUcs4(grin));
    }
    return out;
}

} // namespace

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void acceptsGoodPassword();
    void similarity();
    void similarityEdgeCases();
    void minimumLength();
    void maximumLength();
    void commonPasswords();
    void numeric();
    void orderOfFailures();
    void commonListLoadTime();
    void agreesWithDjango();

private:
    CryptoSession m_crypto;
};

void TestPasswordPolicy::acceptsGoodPassword()
{
    QCOMPARE(check(QStringLiteral("correct horse battery staple")), QStringList());
    QCOMPARE(check(QStringLiteral("Tr0ub4dor&3x")), QStringList());
}

void TestPasswordPolicy::similarity()
{
    const QString email = QStringLiteral("john.smith@example.com");
    // Similar to the whole address and to its parts; username is checked first, so Django never
    // gets to "email address" (both attributes hold the email).
    QCOMPARE(check(QStringLiteral("john.smith@example.com"), email), QStringList{similar});
    QCOMPARE(check(QStringLiteral("Smith!q9x"), email), QStringList{similar});
    QCOMPARE(check(QStringLiteral("EXAMPLE!!"), email), QStringList{similar});
    QCOMPARE(check(QStringLiteral("qwxzvbnmlk"), email), QStringList());
}

void TestPasswordPolicy::similarityEdgeCases()
{
    // Threshold: quick_ratio("bcdefghk", "bcdefgxy") = 12/16 = 0.75, with "bcdefxyz" 0.625.
    QCOMPARE(check(QStringLiteral("bcdefghk"), QStringLiteral("bcdefgXY@q.io")),
             QStringList{similar});
    QCOMPARE(check(QStringLiteral("bcdefghk"), QStringLiteral("bcdefXYZ@q.io")), QStringList());
    // quick_ratio ignores order: an anagram of a part is "similar".
    QCOMPARE(check(QStringLiteral("htimsnhoj"), QStringLiteral("johnsmith@q.io")),
             QStringList{similar});
    // A part 10x shorter than the password is skipped (exceeds_maximum_length_ratio): "q"
    // would match nothing anyway, but the full address is still compared.
    QCOMPARE(check(QStringLiteral("qqqqqqqqqqqqqqqqqqqqqqqqqqqq"), QStringLiteral("q@q.io")),
             QStringList());
    // Case-insensitive on both sides, with Python's lower() (Final_Sigma).
    QCOMPARE(check(QStringLiteral("ΟΔΥΣΣΕΥΣ1"), QStringLiteral("οδυσσευς@example.gr")),
             QStringList{similar});
    // An empty email skips the rule.
    QCOMPARE(check(QStringLiteral("whatever-long"), QString()), QStringList());
}

void TestPasswordPolicy::minimumLength()
{
    QCOMPARE(check(QStringLiteral("xq7#kz!")), QStringList{tooShort});
    QCOMPARE(check(QStringLiteral("xq7#kz!w")), QStringList());
    // Code points, not UTF-16 units: 7 emoji are 14 units but still too short.
    QCOMPARE(check(nonBmp(7)), QStringList{tooShort});
    QCOMPARE(check(nonBmp(8)), QStringList());
}

void TestPasswordPolicy::maximumLength()
{
    QString base = QStringLiteral("xq7#kz!w").repeated(32);
    QCOMPARE(check(base), QStringList());
    QCOMPARE(check(base + u"y"_s), QStringList{tooLong});
    QCOMPARE(check(nonBmp(256)), QStringList());
    QCOMPARE(check(nonBmp(257)), QStringList{tooLong});
    QCOMPARE(check(base.left(255) + nonBmp(1)), QStringList());
    QCOMPARE(check(base.left(256) + nonBmp(1)), QStringList{tooLong});
}

void TestPasswordPolicy::commonPasswords()
{
    QCOMPARE(check(QStringLiteral("password")), (QStringList{common}));
    QCOMPARE(check(QStringLiteral("PassWord")), (QStringList{common}));
    QCOMPARE(check(QStringLiteral("  password\t\n")), (QStringList{common}));
    // Python's strip() also removes U+001F and U+3000 (QString::trimmed would keep the former).
    QCOMPARE(check(QStringLiteral("\x1fpassword\u3000")), (QStringList{common}));
    QCOMPARE(check(QStringLiteral("pass word")), QStringList());
    // A byte order mark is not whitespace to Python: not common.
    QCOMPARE(check(QStringLiteral("\uFEFFpassword")), QStringList());
    // An entry with inner spaces and a non-ASCII entry from Django's list.
    QCOMPARE(check(QStringLiteral("friend of emily")), (QStringList{common}));
    QCOMPARE(check(QStringLiteral("пароль")), (QStringList{tooShort, common}));
}

void TestPasswordPolicy::numeric()
{
    QCOMPARE(check(QStringLiteral("80923175364")), QStringList{entirelyNumeric});
    // str.isdigit() is Unicode-aware: Arabic-Indic digits and superscripts count.
    QCOMPARE(check(QStringLiteral("٨٠٩٢٣١٧٥٣٦٤")), QStringList{entirelyNumeric});
    QCOMPARE(check(QStringLiteral("²³⁴⁵⁶⁷⁸⁹⁰¹")), QStringList{entirelyNumeric});
    QCOMPARE(check(QStringLiteral("8092317536a")), QStringList());
    QCOMPARE(check(QStringLiteral("½¼¾½¼¾½¼¾")), QStringList()); // numeric, not digits
}

void TestPasswordPolicy::orderOfFailures()
{
    // Similar, short, common and numeric at once, in Sentry's order.
    QCOMPARE(check(QStringLiteral("1234567"), QStringLiteral("1234567@example.com")),
             (QStringList{similar, tooShort, common, entirelyNumeric}));
    QCOMPARE(check(QString()), (QStringList{tooShort}));
    QCOMPARE(check(QStringLiteral("1").repeated(300)), (QStringList{tooLong, entirelyNumeric}));
}

void TestPasswordPolicy::commonListLoadTime()
{
    // The list loads on first use (other tests may have done it already); a fresh process
    // reports the cold time through the useradmin.domain.passwordpolicy debug category.
    QElapsedTimer timer;
    timer.start();
    check(QStringLiteral("password"));
    qInfo("first/next common-password lookup took %lld us", timer.nsecsElapsed() / 1000);
}

// The policy against django.contrib.auth.password_validation with Sentry's list of validators.
void TestPasswordPolicy::agreesWithDjango()
{
    QList<QPair<QString, QString>> cases = {
        {QStringLiteral("john.smith@example.com"), QStringLiteral("john.smith@example.com")},
        {QStringLiteral("Smith!q9x"), QStringLiteral("john.smith@example.com")},
        {QStringLiteral("bcdefghk"), QStringLiteral("bcdefgXY@q.io")},
        {QStringLiteral("bcdefghk"), QStringLiteral("bcdefXYZ@q.io")},
        {QStringLiteral("ΟΔΥΣΣΕΥΣ1"), QStringLiteral("οδυσσευς@example.gr")},
        {QStringLiteral("\x1fpassword\u3000"), someEmail},
        {QStringLiteral("\uFEFFpassword"), someEmail},
        {QStringLiteral("пароль"), someEmail},
        {QStringLiteral("²³⁴⁵⁶⁷⁸⁹⁰¹"), someEmail},
        {QStringLiteral("½¼¾½¼¾½¼¾"), someEmail},
        {QStringLiteral("1234567"), QStringLiteral("1234567@example.com")},
        {QString(), someEmail},
        {QString(), QStringLiteral("\"x\"@example.com")},
        {nonBmp(7), someEmail},
        {nonBmp(257), someEmail},
        {QStringLiteral("İSTANBUL"), QStringLiteral("i\u0307stanbul@example.com")},
    };
    // Random passwords over an alphabet that exercises case mapping, digits and whitespace.
    const QStringList alphabet = {
        u"a"_s,    u"E"_s, u"x"_s, u"1"_s,          u"9"_s,    u" "_s,    u"."_s,      u"@"_s,
        u"Σ"_s,    u"σ"_s, u"İ"_s, u"ß"_s,          u"٣"_s,    u"²"_s,    u"\u0301"_s, u"\u3000"_s,
        u"\x1f"_s, u"'"_s, u"Ω"_s, u"\U0001F600"_s, u"pass"_s, u"word"_s, u"smith"_s,
    };
    QRandomGenerator random(20240607);
    for (int i = 0; i < 3000; ++i) {
        QString password;
        const int n = random.bounded(0, 14);
        for (int j = 0; j < n; ++j) {
            password += alphabet.at(random.bounded(alphabet.size()));
        }
        cases.append({password, QStringLiteral("ΣΑΣ.smith@example.com")});
    }
    QJsonArray input;
    for (const auto &[password, email] : std::as_const(cases)) {
        input.append(QJsonArray{password, email});
    }
    static const char script[] = R"(
import json, sys
from django.conf import settings
settings.configure(USE_I18N=False)
from django.contrib.auth import password_validation as pv
from django.core.exceptions import ValidationError

class MaximumLengthValidator:  # sentry.auth.password_validation
    def validate(self, password, user=None):
        if len(password) > 256:
            raise ValidationError(
                "This password is too long. It must contain no more than 256 characters.")

class Field:
    def __init__(self, name):
        self.verbose_name = {"username": "username", "email": "email address"}[name]

class Meta:
    def get_field(self, name):
        return Field(name)

class User:
    _meta = Meta()
    def __init__(self, email):
        self.username = email
        self.email = email

validators = [pv.UserAttributeSimilarityValidator(), pv.MinimumLengthValidator(8),
              MaximumLengthValidator(), pv.CommonPasswordValidator(),
              pv.NumericPasswordValidator()]
out = []
for password, email in json.load(sys.stdin):
    try:
        pv.validate_password(password, User(email), validators)
        out.append([])
    except ValidationError as e:
        out.append(list(e.messages))
json.dump(out, sys.stdout)
)";
    const std::optional<QJsonArray> answer = Django::runJson(QString::fromUtf8(script), input);
    QVERIFY(answer);
    const QJsonArray &verdicts = *answer;
    QCOMPARE(verdicts.size(), cases.size());
    QStringList disagreements;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QStringList django;
        for (const QJsonValue &message : verdicts.at(i).toArray()) {
            django << message.toString();
        }
        const QStringList ours = check(cases[i].first, cases[i].second);
        if (django != ours) {
            disagreements << QStringLiteral("%1 / %2: django [%3], ours [%4]")
                                 .arg(cases[i].first, cases[i].second, django.join(u" | "),
                                      ours.join(u" | "));
        }
    }
    QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.mid(0, 20).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
