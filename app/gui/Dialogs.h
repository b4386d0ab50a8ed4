#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

// Modal dialogs behind small wrappers with a test hook (as KeePassXC's MessageBox::setNextAnswer),
// so that a test never hangs on a dialog waiting for a person.
namespace FileDialog {
QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter);
// The next call answers this file name (empty: as if cancelled) without showing a dialog.
void setNextFileName(const QString &fileName);
} // namespace FileDialog

namespace MessageBox {
void critical(QWidget *parent, const QString &title, const QString &text);
// Asks a question with two buttons named for what they do; returns QMessageBox::Yes for the
// first, QMessageBox::No for the second (or when the dialog is closed).
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     const QString &yesText, const QString &noText);
// The next call returns at once without showing a dialog.
void setNextAnswer(QMessageBox::StandardButton answer);
} // namespace MessageBox
