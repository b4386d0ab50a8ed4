#include "MainWindowTest.h"
#include "UserDetailsTestData.h"
#include "gui/AccountDoctorDialog.h"
#include "gui/AuditTrailDialog.h"
#include "gui/ConnectionDialog.h"
#include "gui/SettingsDialog.h"
#include "gui/ShortcutsDialog.h"
#include "gui/UserGuideDialog.h"
#include "gui/browser/AccountActionDialogs.h"
#include "gui/browser/BulkUpdateDialog.h"
#include "gui/browser/GeneratedPasswords.h"
#include "gui/browser/MembershipsDialog.h"

#include <QAbstractItemView>
#include <QGroupBox>
#include <QHeaderView>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QToolButton>

namespace {
// The text a control shows, without its mnemonic marker.
QString shownText(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

QString nameOf(const QWidget *widget)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                       widget->objectName());
}

// What of `root` shows its text cut short (elided or clipped) at the size it has: labels,
// buttons, check boxes, combo boxes, group box titles and the sections of item view headers.
QStringList clippedTexts(const QWidget *root)
{
    QStringList clipped;
    const auto report = [&](const QWidget *widget, const QString &text, int has, int needs) {
        clipped << QStringLiteral("%1 \"%2\": %3 px for %4 px")
                       .arg(nameOf(widget), text)
                       .arg(has)
                       .arg(needs);
    };
    for (const QWidget *widget : root->findChildren<const QWidget *>()) {
        if (!widget->isVisibleTo(root) || widget->width() <= 0)
            continue;
        const QFontMetrics metrics = widget->fontMetrics();
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->text().isEmpty() || label->textFormat() == Qt::RichText ||
                Qt::mightBeRichText(label->text()))
                continue;
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height())
                    report(label, label->text(), label->height(),
                           label->heightForWidth(label->width()));
            } else if (label->width() < label->sizeHint().width()) {
                report(label, label->text(), label->width(), label->sizeHint().width());
            }
        } else if (const auto *button = qobject_cast<const QPushButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            QStyleOptionButton option;
            option.initFrom(button);
            option.text = button->text();
            const QRect contents =
                button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
            const int needs = metrics.horizontalAdvance(shownText(button->text())) +
                              (button->icon().isNull() ? 0 : button->iconSize().width() + 4);
            if (contents.width() < needs)
                report(button, button->text(), contents.width(), needs);
        } else if (qobject_cast<const QCheckBox *>(widget) ||
                   qobject_cast<const QRadioButton *>(widget) ||
                   qobject_cast<const QToolButton *>(widget)) {
            const auto *abstractButton = static_cast<const QAbstractButton *>(widget);
            // Tool buttons of a toolbar's extension menu and of scroll areas carry no text.
            if (!abstractButton->text().isEmpty() &&
                abstractButton->width() < abstractButton->sizeHint().width())
                report(abstractButton, abstractButton->text(), abstractButton->width(),
                       abstractButton->sizeHint().width());
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            if (combo->currentText().isEmpty() || combo->isEditable())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.currentText = combo->currentText();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            const int needs =
                metrics.horizontalAdvance(combo->currentText()) +
                (combo->itemIcon(combo->currentIndex()).isNull() ? 0
                                                                 : combo->iconSize().width() + 4);
            if (field.width() < needs)
                report(combo, combo->currentText(), field.width(), needs);
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            if (!group->title().isEmpty() && group->width() < group->minimumSizeHint().width())
                report(group, group->title(), group->width(), group->minimumSizeHint().width());
        } else if (const auto *header = qobject_cast<const QHeaderView *>(widget)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text =
                    header->model()->headerData(section, Qt::Horizontal).toString();
                const int needs = header->sectionSizeHint(section);
                // The last section may stretch into what is left, however little.
                const bool stretched =
                    header->stretchLastSection() && section == header->count() - 1;
                if (header->sectionSize(section) < needs && !stretched)
                    report(header, text, header->sectionSize(section), needs);
            }
        }
    }
    return clipped;
}
} // namespace

// The window and every dialog, rendered offscreen in German and French at their default sizes:
// no label, button, check box, combo box or header section cuts its text short.
class TestClipping : public MainWindowTest
{
    Q_OBJECT

    // Nothing clipped once the layouts have settled (they do so an event loop turn after a
    // change).
    static void check(const QWidget *window)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(clippedTexts(window).isEmpty(),
                                  qPrintable(clippedTexts(window).join(u'\n')), 2000);
    }

    // Shows a dialog at the size it takes by itself, and checks it.
    static void checkDialog(QDialog *dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        check(dialog);
    }

private slots:
    void initTestCase() { setUpHome(); }

    void cleanupTestCase()
    {
        Language::choose(QStringLiteral("en"));
        closeWindowAndDatabase();
    }

    void nothingIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void nothingIsClipped()
    {
        QFETCH(QString, language);
        Language::choose(language);
        // A window opened in the language, at its default size (the test's settings remember
        // none).
        openWindowOnNewDatabase();
        check(m_window.get());
        if (QTest::currentTestFailed())
            return;

        triggerAction("actionInstanceSettings");
        SettingsDialog *settings = nullptr;
        QTRY_VERIFY((settings = m_window->findChild<SettingsDialog *>()));
        checkDialog(settings);
        if (QTest::currentTestFailed())
            return;
        settings->reject();
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());

        ConnectionDialog connection(m_window.get());
        checkDialog(&connection);
        if (QTest::currentTestFailed())
            return;

        const QList<Organization> organizations{
            {7, QStringLiteral("Acme"), QStringLiteral("acme"), {}, 0}};
        BulkUpdateDialog bulk(
            1'000'000, {QStringLiteral("a@example.com")}, organizations,
            [](qint64) {
                return QList<Team>{{3, 7, QStringLiteral("Alpha"), QStringLiteral("alpha")}};
            },
            m_window.get());
        checkDialog(&bulk);
        if (QTest::currentTestFailed())
            return;

        // The details pane with a user in it: memberships, addresses, the iterations' warning.
        {
            const ThreadGuard::TestFixtureScope fixture;
            UserDetailsTestData::addUsers(*m_database);
        }
        triggerAction("actionRefresh");
        auto *users = child<QAbstractItemView>("usersView");
        QTRY_COMPARE(users->model()->rowCount(), 2);
        users->setFocus();
        QTest::keyClick(users, Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(label("emailValue")->text(), QStringLiteral("ann@example.com"));
        check(m_window.get());
        if (QTest::currentTestFailed())
            return;

        const QString email = QStringLiteral("grace.hopper@example.com");
        SetPasswordDialog setPassword(1'000'000, {email}, m_window.get());
        checkDialog(&setPassword);
        ChangeEmailDialog changeEmail(email, m_window.get());
        checkDialog(&changeEmail);
        MembershipSurvey survey;
        survey.users = 1'000'000;
        survey.choices.organizations = organizations;
        survey.choices.teams.insert(
            7, {{3, 7, QStringLiteral("Alpha"), QStringLiteral("alpha")},
                {4, 7, QStringLiteral("Backend platform"), QStringLiteral("backend-platform")}});
        survey.members.organizations.insert(7, 999'000);
        survey.members.teams.insert(4, 120'000);
        MembershipsDialog memberships(survey, m_window.get());
        checkDialog(&memberships);
        GeneratedPasswordsDialog generated(
            {{email, Secret::fromText(QStringLiteral("aB3dE5gH7jK9mN1pQ3sT5vW7"))}}, QString(),
            m_window.get());
        checkDialog(&generated);
        if (QTest::currentTestFailed())
            return;
        ShortcutsDialog shortcuts(m_window.get());
        checkDialog(&shortcuts);
        UserGuideDialog guide(m_window.get());
        checkDialog(&guide);
        if (QTest::currentTestFailed())
            return;

        {
            std::shared_ptr<const Database> database;
            {
                // Fixture work: the dialog's own jobs open their connections on workers.
                const ThreadGuard::TestFixtureScope fixture;
                database = m_window->database()->reopen();
            }
            AccountDoctorDialog doctor(database, InstanceSettings(), m_window.get());
            checkDialog(&doctor);
            AuditTrailDialog trail(database, m_window.get());
            checkDialog(&trail);
        }
        QVERIFY(BackgroundJob::waitForAll(30000));

        // Switched live, from English and back.
        Language::choose(QStringLiteral("en"));
        check(m_window.get());
        if (QTest::currentTestFailed())
            return;
        Language::choose(language);
        check(m_window.get());
        if (QTest::currentTestFailed())
            return;
        // And at the smallest size the window allows: what a layout measured in English (a
        // combo box's width, say) must follow the language.
        m_window->resize(m_window->minimumSizeHint());
        check(m_window.get());
    }
};

QTEST_MAIN(TestClipping)
#include "tst_clipping.moc"
