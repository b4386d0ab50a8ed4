#include "MainWindowTest.h"
#include "TestDatabase.h"
#include "gui/Dialogs.h"
#include "gui/browser/BackgroundJob.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTextEdit>

namespace {
const QString strongPassword = QStringLiteral("Corr3ct-Horse-Battery");
} // namespace

// The new-users form as an operator meets it: problems in a fixed area, the bad addresses
// underlined, nothing moving while typing, a button that says what it will do, a form emptied of
// what a batch wrote, and a question before existing users are overwritten.
class TestCalmForm : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpHome(); }

    void init() { openWindowOnNewDatabase(); }
    void cleanup() { closeWindowAndDatabase(); }

    void fortyBadAddressesMoveNothing()
    {
        QCheckBox *superuser = checkBox("superuserCheck");
        const QPoint before = superuser->mapTo(m_window.get(), QPoint());
        const int windowHeight = m_window->height();
        QStringList emails{QStringLiteral("good@example.com")};
        for (int i = 0; i < 40; ++i)
            emails << QStringLiteral("bad%1").arg(i);
        typeEmails(emails.join(QLatin1Char(' ')));

        QLabel *problem = label("emailsProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().startsWith(QStringLiteral("40 invalid addresses; first: bad0: ")),
                 qPrintable(problem->text()));
        // The bad ones are underlined in the text, the good one is not.
        const QList<QTextEdit::ExtraSelection> underlined =
            plainTextEdit("emailsEdit")->extraSelections();
        QCOMPARE(underlined.size(), 40);
        QCOMPARE(underlined.first().cursor.selectedText(), QStringLiteral("bad0"));
        // The area scrolls; the boxes below it and the window stay where they were.
        auto *area = child<QScrollArea>("problemsArea");
        QTRY_VERIFY(area->verticalScrollBar()->isVisible());
        QCOMPARE(area->height(), area->fontMetrics().lineSpacing() * 4); // four lines show
        QCOMPARE(superuser->mapTo(m_window.get(), QPoint()), before);
        QCOMPARE(m_window->height(), windowHeight);
        QVERIFY(!button("createUsersButton")->isEnabled());

        typeEmails(QStringLiteral("good@example.com"));
        QVERIFY(!problem->isVisible());
        QVERIFY(plainTextEdit("emailsEdit")->extraSelections().isEmpty());
    }

    void theButtonSaysWhatItWillDo()
    {
        QPushButton *create = button("createUsersButton");
        QCOMPARE(create->text(), QStringLiteral("&Create users"));
        typeEmails(QStringLiteral("a@example.com b@example.com c@example.com"));
        QCOMPARE(create->text(), QStringLiteral("&Create 3 users"));
        click(checkBox("forceUpdateCheck"));
        QCOMPARE(create->text(), QStringLiteral("&Create or update 3 users"));
    }

    void enterInTheLastFieldSubmits()
    {
        typeEmails(QStringLiteral("enter@example.com"));
        typePasswords(strongPassword, strongPassword);
        QTest::keyClick(lineEdit("confirmPasswordEdit"), Qt::Key_Return);
        QVERIFY(batchRunning());
        waitForBatch();
        QCOMPARE(m_database->count(QStringLiteral("auth_user")), 1);
    }

    void aBatchLeavesOnlyWhatItDidNotWrite()
    {
        createWithoutPassword(QStringLiteral("old@example.com"));
        QVERIFY(plainTextEdit("emailsEdit")->toPlainText().isEmpty());

        // One new address, one existing: the existing one stays, to be forced.
        typeEmails(QStringLiteral("new@example.com old@example.com"));
        click(checkBox("overridePolicyCheck"));
        triggerAction("actionCreateUsers");
        waitForBatch();
        QCOMPARE(plainTextEdit("emailsEdit")->toPlainText(), QStringLiteral("old@example.com"));
        QVERIFY(logMessages().contains(
            QStringLiteral("User: old@example.com exists; tick Force-update to overwrite it.")));
        QVERIFY(!checkBox("overridePolicyCheck")->isChecked());

        // Forcing asks first; declined, nothing runs.
        click(checkBox("forceUpdateCheck"));
        Dialogs::setNextAnswers({false});
        triggerAction("actionCreateUsers");
        QVERIFY(!batchRunning());
        QVERIFY(checkBox("forceUpdateCheck")->isChecked());
        Dialogs::setNextAnswers({true});
        triggerAction("actionCreateUsers");
        waitForBatch();
        QVERIFY(plainTextEdit("emailsEdit")->toPlainText().isEmpty());
        QVERIFY(!checkBox("forceUpdateCheck")->isChecked());
        QCOMPARE(m_database->count(QStringLiteral("auth_user")), 2);
    }
};

QTEST_MAIN(TestCalmForm)
#include "tst_calmform.moc"
