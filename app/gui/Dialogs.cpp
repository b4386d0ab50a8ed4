#include "gui/Dialogs.h"

#include <QFileDialog>
#include <QPushButton>
#include <optional>
#include <utility>

namespace {
std::optional<QString> nextFileName;
std::optional<QMessageBox::StandardButton> nextAnswer;

std::optional<QString> takeNextFileName()
{
    return std::exchange(nextFileName, std::nullopt);
}
} // namespace

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter)
{
    if (const auto fileName = takeNextFileName())
        return *fileName;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter)
{
    if (const auto fileName = takeNextFileName())
        return *fileName;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    if (std::exchange(nextAnswer, std::nullopt))
        return;
    QMessageBox::critical(parent, title, text);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text, const QString &yesText,
                                                 const QString &noText)
{
    if (const auto answer = std::exchange(nextAnswer, std::nullopt))
        return *answer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.button(QMessageBox::Yes)->setText(yesText);
    box.button(QMessageBox::No)->setText(noText);
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes ? QMessageBox::Yes : QMessageBox::No;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}
