#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

// A yes/no question in a modal message box, with a test hook (as KeePassXC's
// MessageBox::setNextAnswer) so that a test never waits on a dialog.
namespace Confirmation {
bool ask(QWidget *parent, const QString &title, const QString &text);
// The next ask() returns this at once without showing anything.
void setNextAnswer(bool yes);
// The next asks return these, in order, at once without showing anything.
void setNextAnswers(const QList<bool> &answers);
// The texts of the questions answered so since the answers were set, in order.
QStringList answeredQuestions();
} // namespace Confirmation
