#pragma once

#include <QList>
#include <QString>

class QWidget;

// Every modal dialog of the window and the browser goes through these wrappers, which have one
// test hook (as KeePassXC's MessageBox::setNextAnswer).
//
// In test mode (setTestMode(true), armed once by the GUI tests' base class) no modal dialog is
// ever shown, so a test cannot hang on one:
// - a question takes the next answer queued with setNextAnswers(), or No when none is left;
// - a file dialog takes the name queued with setNextFileName(), or is cancelled without one;
// - a message (critical, information, about) is not shown.
// Questions and messages are recorded, in order, for the test to check what the window said.
// Outside test mode (the application never arms it) every dialog is shown.
namespace Dialogs {

// A yes/no question; true when the operator chose Yes. The buttons are Qt's Yes and Cancel, and
// Cancel is the default: Enter alone does not confirm a change.
bool ask(QWidget *parent, const QString &title, const QString &text);
// The same with two buttons named for what they do; the first is the default.
bool ask(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
         const QString &noText);
void critical(QWidget *parent, const QString &title, const QString &text);
// Why nothing was done, when it is no error.
void information(QWidget *parent, const QString &title, const QString &text);
// The application's About box; the text is rich text.
void about(QWidget *parent, const QString &title, const QString &text);
QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter);

// The test hook. Arming or disarming forgets the queued answers and what was recorded.
void setTestMode(bool on);
bool testMode();
// The next questions take these answers, in order. Forgets what was recorded.
void setNextAnswers(const QList<bool> &answers);
// The next file dialog answers this name (empty: as if cancelled).
void setNextFileName(const QString &fileName);

// A question asked, or a message shown, in test mode.
struct Shown
{
    QString title;
    QString text;
};
QList<Shown> questionsAsked();
QList<Shown> messagesShown();

} // namespace Dialogs
