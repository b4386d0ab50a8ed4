#include "GuiTest.h"
#include "PostgresServer.h"
#include "crypto/CryptoSession.h"
#include "gui/ConnectionDialog.h"
#include "storage/Database.h"
#include "storage/ThreadGuard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray secret = "S3cret-for-the-operator";
} // namespace

// The connection dialog against a server that asks for a password: profiles in QSettings, the
// masked prompt, the password kept for the session only and never saved.
class TestConnectionDialog : public GuiTest
{
    Q_OBJECT

private:
    CryptoSession m_crypto;
    PostgresServer m_server;
    QTemporaryDir m_config;

    template<typename T> static T *child(QDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    static void connectWith(ConnectionDialog &dialog, const QByteArray &password)
    {
        auto *edit = child<QLineEdit>(dialog, "passwordEdit");
        edit->clear();
        QTest::keyClicks(edit, QString::fromUtf8(password));
        clickConnect(dialog);
    }

    // Connecting runs in the background, a busy bar showing it: waits until it is over.
    static void clickConnect(ConnectionDialog &dialog)
    {
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isConnecting());
        QVERIFY(!child<QProgressBar>(dialog, "connectingProgress")->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isConnecting(), 30000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        // Fails (never skips) when the server cannot start: CI must run these for real.
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createSentryDatabase(QStringLiteral("sentry")),
                 qPrintable(m_server.errorString()));
        QVERIFY2(m_server.psql(QStringLiteral("sentry"),
                               "CREATE ROLE operator LOGIN PASSWORD '" + secret +
                                   "';"
                                   "GRANT SELECT ON ALL TABLES IN SCHEMA public TO operator;"),
                 qPrintable(m_server.errorString()));
        QVERIFY2(m_server.requirePasswordFor(QStringLiteral("operator")),
                 qPrintable(m_server.errorString()));
    }

    void asksForThePasswordAndKeepsItForTheSessionOnly()
    {
        ConnectionDialog dialog;
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("production"));
        child<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(dialog, "portSpin")->setValue(m_server.port());
        child<QLineEdit>(dialog, "databaseEdit")->setText(QStringLiteral("sentry"));
        child<QLineEdit>(dialog, "userEdit")->setText(QStringLiteral("operator"));
        auto *sslMode = child<QComboBox>(dialog, "sslModeCombo");
        sslMode->setCurrentIndex(sslMode->findText(QStringLiteral("disable")));
        const QString expected =
            m_server.url(QStringLiteral("sentry"), QStringLiteral("operator")) +
            QStringLiteral("?sslmode=disable");
        QCOMPARE(dialog.url(), expected);
        QCOMPARE(child<QLabel>(dialog, "urlLabel")->text(), expected);

        auto *password = child<QLineEdit>(dialog, "passwordEdit");
        QVERIFY(password->isHidden());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        clickConnect(dialog);
        QVERIFY(!password->isHidden()); // the server asked: now the prompt shows
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        connectWith(dialog, "wrong-password");
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!child<QLabel>(dialog, "errorLabel")->isHidden());
        QVERIFY(!child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("wrong")));

        connectWith(dialog, secret);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(password->text().isEmpty());
        // The caller's own open, as the main window does it, finds the session's password.
        {
            const ThreadGuard::TestFixtureScope fixture;
            QVERIFY(Database::open(expected));
        }

        // Saved: the profile. Never saved: the password, in any form.
        QSettings().sync();
        QDirIterator files(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
            checked += content.contains("production") ? 1 : 0;
        }
        QCOMPARE(checked, 1);

        ConnectionDialog again;
        QCOMPARE(child<QComboBox>(again, "profileCombo")->currentText(),
                 QStringLiteral("production"));
        QCOMPARE(again.url(), expected);
        QVERIFY(child<QLineEdit>(again, "passwordEdit")->isHidden());
    }

    void profilesCanBeDeleted()
    {
        ConnectionDialog dialog;
        auto *profiles = child<QComboBox>(dialog, "profileCombo");
        QCOMPARE(profiles->count(), 2); // "(new profile)" and "production"
        child<QPushButton>(dialog, "deleteProfileButton")->click();
        QCOMPARE(profiles->count(), 1);
        QCOMPARE(ConnectionDialog(nullptr)
                     .findChild<QComboBox *>(QStringLiteral("profileCombo"))
                     ->count(),
                 1);
    }

    void testHookAnswersWithoutADialog()
    {
        ConnectionDialog::setNextConnection(QStringLiteral("postgresql://a@b/c"));
        QCOMPARE(ConnectionDialog::chooseConnection(nullptr), QStringLiteral("postgresql://a@b/c"));
        ConnectionDialog::setNextConnection(std::nullopt);
        QCOMPARE(ConnectionDialog::chooseConnection(nullptr), std::nullopt);
        // Nothing queued: in the tests' mode (GuiTest) it is cancelled, never shown.
        QCOMPARE(ConnectionDialog::chooseConnection(nullptr), std::nullopt);
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
