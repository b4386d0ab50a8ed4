#pragma once

#include "GuiTest.h"
#include "TestDatabase.h"
#include "crypto/CryptoSession.h"
#include "domain/Outcome.h"
#include "gui/AppSettings.h"
#include "gui/Language.h"
#include "gui/LogModel.h"
#include "gui/LogPane.h"
#include "gui/MainWindow.h"
#include "gui/browser/BackgroundJob.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// What every test of the real main window shares: settings and the embedded database in a
// temporary home, a window opened on a database and waited for (the database is opened and the
// pickers are read in the background), the window's parts by name, and the operator's gestures.
class MainWindowTest : public GuiTest
{

protected:
    // From initTestCase().
    void setUpHome()
    {
        QVERIFY(m_home.isValid());
        // Settings and the embedded database of this run stay in a temporary folder.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QApplication::setApplicationName(QStringLiteral("useradmin"));
        Language::choose(QStringLiteral("en"));
    }

    // A new window on this database, shown once the database is open and the pickers are read.
    void openWindowOn(const QString &location)
    {
        m_window = std::make_unique<MainWindow>();
        // Two users a transaction while hashing: Cancel lands between chunks on any machine.
        m_window->setHashingChunkSize(2);
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        m_window->openDatabase(location);
        QVERIFY(opened.wait(30000));
        waitForPickers();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // A window on a new embedded database whose hashes take `iterations` rounds (0: the
    // instance's own setting).
    void openWindowOnNewDatabase(int iterations = 0)
    {
        m_window.reset();
        m_database = std::make_unique<TestDatabase>();
        if (iterations > 0) {
            const ThreadGuard::TestFixtureScope fixture;
            InstanceSettings settings = m_database->database().instanceSettings();
            settings.passwordIterations = iterations;
            m_database->database().saveInstanceSettings(settings);
        }
        openWindowOn(m_database->path());
    }

    // From cleanup(): the window closed, and what it let go of ended (a batch finishes the user
    // it writes), before the database goes.
    void closeWindowAndDatabase(int msec = 60000)
    {
        m_window.reset();
        QVERIFY(BackgroundJob::waitForAll(msec));
        m_database.reset();
    }

    void waitForPickers()
    {
        QTRY_VERIFY_WITH_TIMEOUT(comboBox("organizationCombo")->isEnabled() &&
                                     comboBox("teamCombo")->isEnabled(),
                                 30000);
    }

    template<typename T> T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s named %s", T::staticMetaObject.className(), name);
        return found;
    }
    QPushButton *button(const char *name) const { return child<QPushButton>(name); }
    QCheckBox *checkBox(const char *name) const { return child<QCheckBox>(name); }
    QLineEdit *lineEdit(const char *name) const { return child<QLineEdit>(name); }
    QLabel *label(const char *name) const { return child<QLabel>(name); }
    QComboBox *comboBox(const char *name) const { return child<QComboBox>(name); }
    QPlainTextEdit *plainTextEdit(const char *name) const { return child<QPlainTextEdit>(name); }
    QAction *action(const char *name) const { return child<QAction>(name); }
    LogModel *log() const { return child<LogPane>("logPane")->model(); }

    // Clicks a check box on its indicator (its middle can lie beyond the label).
    static void click(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    }

    // Fires an action as a person can: once it is enabled (the pickers may still be reading).
    void triggerAction(const char *name)
    {
        QAction *found = action(name);
        QTRY_VERIFY2(found->isEnabled(), name);
        found->trigger();
    }

    void typeEmails(const QString &text)
    {
        QPlainTextEdit *edit = plainTextEdit("emailsEdit");
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void typePasswords(const QString &password, const QString &confirmation)
    {
        lineEdit("passwordEdit")->clear();
        lineEdit("confirmPasswordEdit")->clear();
        QTest::keyClicks(lineEdit("passwordEdit"), password);
        QTest::keyClicks(lineEdit("confirmPasswordEdit"), confirmation);
    }

    void createWithoutPassword(const QString &email)
    {
        typeEmails(email);
        if (!checkBox("noPasswordCheck")->isChecked())
            click(checkBox("noPasswordCheck"));
        triggerAction("actionCreateUsers");
        waitForBatch();
    }

    // A batch starts at once (its panel shows before the click returns), so a hidden panel
    // right after a click means none started.
    bool batchRunning() const { return !child<QWidget>("batchPanel")->isHidden(); }

    void waitForBatch()
    {
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("batchPanel")->isHidden(), 120000);
        QTRY_VERIFY(child<QWidget>("userForm")->isEnabled());
    }

    QStringList logMessages() const
    {
        QStringList messages;
        for (int row = 0; row < log()->rowCount(); ++row)
            messages << log()->outcomeAt(row).message;
        return messages;
    }

    int countKind(Outcome::Kind kind) const
    {
        int count = 0;
        for (int row = 0; row < log()->rowCount(); ++row)
            count += log()->outcomeAt(row).kind == kind;
        return count;
    }

    QTemporaryDir m_home;
    CryptoSession m_crypto;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TestDatabase> m_database; // openWindowOnNewDatabase()
};
