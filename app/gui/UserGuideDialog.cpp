#include "gui/UserGuideDialog.h"

#include "ui_UserGuideDialog.h"

#include <QFile>

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserGuideDialog>())
{
    m_ui->setupUi(this);
    const QString section = windowSection();
    if (section.isEmpty())
        m_ui->guideText->setPlainText(tr("The user guide is missing from this build."));
    else
        m_ui->guideText->setMarkdown(section);
}

UserGuideDialog::~UserGuideDialog() = default;

QString UserGuideDialog::windowSection()
{
    QFile readme(QStringLiteral(":/docs/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("\n## The window\n"));
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(QStringLiteral("\n## "), start + 1);
    QStringList lines =
        text.mid(start + 1, end < 0 ? -1 : end - start - 1).split(QLatin1Char('\n'));
    // The screenshot is a file beside the README, not part of the program.
    lines.removeIf([](const QString &line) { return line.startsWith(QStringLiteral("![")); });
    return lines.join(QLatin1Char('\n'));
}
