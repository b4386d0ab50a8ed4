#include "gui/Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <optional>
#include <utility>

namespace {
// Only the GUI thread opens dialogs, so the hook needs no lock.
struct TestHook
{
    bool armed = false;
    QList<bool> answers;
    std::optional<QString> fileName;
    QList<Dialogs::Shown> questions;
    QList<Dialogs::Shown> messages;
};

TestHook &hook()
{
    static TestHook testHook;
    return testHook;
}

bool answerInTestMode(const QString &title, const QString &text)
{
    hook().questions.append({title, text});
    return !hook().answers.isEmpty() && hook().answers.takeFirst();
}

QString fileNameInTestMode()
{
    return std::exchange(hook().fileName, std::nullopt).value_or(QString());
}
} // namespace

bool Dialogs::ask(QWidget *parent, const QString &title, const QString &text)
{
    if (testMode())
        return answerInTestMode(title, text);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

bool Dialogs::ask(QWidget *parent, const QString &title, const QString &text,
                  const QString &yesText, const QString &noText)
{
    if (testMode())
        return answerInTestMode(title, text);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.button(QMessageBox::Yes)->setText(yesText);
    box.button(QMessageBox::No)->setText(noText);
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void Dialogs::critical(QWidget *parent, const QString &title, const QString &text)
{
    if (testMode())
        hook().messages.append({title, text});
    else
        QMessageBox::critical(parent, title, text);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    if (testMode())
        hook().messages.append({title, text});
    else
        QMessageBox::information(parent, title, text);
}

void Dialogs::about(QWidget *parent, const QString &title, const QString &text)
{
    if (testMode())
        hook().messages.append({title, text});
    else
        QMessageBox::about(parent, title, text);
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                              const QString &filter)
{
    if (testMode())
        return fileNameInTestMode();
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                              const QString &filter)
{
    if (testMode())
        return fileNameInTestMode();
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

void Dialogs::setTestMode(bool on)
{
    hook() = TestHook();
    hook().armed = on;
}

bool Dialogs::testMode()
{
    return hook().armed;
}

void Dialogs::setNextAnswers(const QList<bool> &answers)
{
    hook().answers = answers;
    hook().questions.clear();
    hook().messages.clear();
}

void Dialogs::setNextFileName(const QString &fileName)
{
    hook().fileName = fileName;
}

QList<Dialogs::Shown> Dialogs::questionsAsked()
{
    return hook().questions;
}

QList<Dialogs::Shown> Dialogs::messagesShown()
{
    return hook().messages;
}
