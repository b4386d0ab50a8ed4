#include "gui/ShortcutsDialog.h"

#include "ui_ShortcutsDialog.h"

#include <QAction>
#include <QKeySequence>
#include <QRegularExpression>
#include <QSet>

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    QSet<QString> listed;
    const auto add = [&](const QString &what, const QList<QKeySequence> &keys) {
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts << key.toString(QKeySequence::NativeText);
        const QString keysText = texts.join(QStringLiteral(", "));
        if (keysText.isEmpty() || listed.contains(what + keysText))
            return;
        listed.insert(what + keysText);
        new QTreeWidgetItem(m_ui->shortcutsList, {what, keysText});
    };
    for (const QAction *action : window->findChildren<QAction *>()) {
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        add(text, action->shortcuts());
    }
    add(tr("Select every user in the table"), QKeySequence::keyBindings(QKeySequence::SelectAll));
    add(tr("Create the users, from Confirm password"), {QKeySequence(Qt::Key_Return)});
    m_ui->shortcutsList->resizeColumnToContents(0);
}

ShortcutsDialog::~ShortcutsDialog() = default;
