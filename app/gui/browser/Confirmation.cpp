#include "gui/browser/Confirmation.h"

#include <QMessageBox>
#include <optional>
#include <utility>

namespace {
std::optional<bool> nextAnswer;
} // namespace

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &text)
{
    if (const std::optional<bool> answer = std::exchange(nextAnswer, std::nullopt))
        return *answer;
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void Confirmation::setNextAnswer(bool yes)
{
    nextAnswer = yes;
}
