#include "gui/browser/Confirmation.h"

#include <QMessageBox>

namespace {
QList<bool> nextAnswers;
QStringList questionsAnswered;
} // namespace

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &text)
{
    if (!nextAnswers.isEmpty()) {
        questionsAnswered.append(text);
        return nextAnswers.takeFirst();
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void Confirmation::setNextAnswer(bool yes)
{
    setNextAnswers({yes});
}

void Confirmation::setNextAnswers(const QList<bool> &answers)
{
    nextAnswers = answers;
    questionsAnswered.clear();
}

QStringList Confirmation::answeredQuestions()
{
    return questionsAnswered;
}
