#include "gui/browser/GeneratedPasswords.h"

#include "domain/CredentialsFile.h"
#include "domain/DisplayText.h"
#include "gui/Dialogs.h"
#include "ui_GeneratedPasswordsPanel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// As the issue asks of a generated password's Copy.
constexpr std::chrono::seconds ClipboardLifetime{30};
} // namespace

GeneratedPasswordsPanel::GeneratedPasswordsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GeneratedPasswordsPanel>())
{
    m_ui->setupUi(this);
    connect(m_ui->savePasswordsButton, &QPushButton::clicked, this,
            &GeneratedPasswordsPanel::savePasswords);
    connect(m_ui->copyPasswordsButton, &QPushButton::clicked, this,
            &GeneratedPasswordsPanel::copyPasswords);
}

GeneratedPasswordsPanel::~GeneratedPasswordsPanel()
{
    wipe();
}

void GeneratedPasswordsPanel::showPasswords(const Passwords &passwords,
                                            const QString &saveDirectory)
{
    m_passwords = passwords;
    m_saveDirectory = saveDirectory;
    QString text = QStringLiteral("email,password");
    for (const auto &[email, password] : std::as_const(m_passwords))
        text += QLatin1Char('\n') + DisplayText::visible(email) + QLatin1Char(',') +
                QString::fromUtf8(password.utf8());
    m_ui->passwordsEdit->setPlainText(text);
    // Our own copy of the text goes as soon as the view has it.
    text.fill(QChar(0));
    setVisible(true);
}

void GeneratedPasswordsPanel::wipe()
{
    m_ui->passwordsEdit->clear();
    // Secret's memory is zeroed as the last copy goes.
    m_passwords.clear();
}

void GeneratedPasswordsPanel::savePasswords()
{
    const QString fileName = Dialogs::saveFileName(this, tr("Save the generated passwords"),
                                                   m_saveDirectory, tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    CredentialsFile file;
    QString problem = file.create(fileName);
    if (problem.isEmpty()) {
        for (const auto &[email, password] : std::as_const(m_passwords))
            if (!file.add(email, password)) {
                problem = file.failure();
                break;
            }
        if (problem.isEmpty() && !file.close())
            problem = file.failure();
    }
    if (!problem.isEmpty())
        Dialogs::critical(this, tr("Save the generated passwords"), DisplayText::visible(problem));
}

void GeneratedPasswordsPanel::copyPasswords()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QString text = m_ui->passwordsEdit->toPlainText();
    clipboard->setText(text);
    // Passwords do not stay there: cleared after a while, if the clipboard still holds them.
    QTimer::singleShot(ClipboardLifetime, clipboard, [clipboard, text] {
        if (clipboard->text() == text)
            clipboard->clear();
    });
}

GeneratedPasswordsDialog::GeneratedPasswordsDialog(
    const GeneratedPasswordsPanel::Passwords &passwords, const QString &saveDirectory,
    QWidget *parent)
    : QDialog(parent)
    , m_panel(new GeneratedPasswordsPanel(this))
{
    setObjectName(QStringLiteral("generatedPasswordsDialog"));
    setWindowTitle(tr("Generated passwords"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The new passwords, shown this once: save or copy them before "
                                "closing. They are in no log."),
                             this);
    label->setObjectName(QStringLiteral("generatedPasswordsLabel"));
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_panel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_panel->showPasswords(passwords, saveDirectory);
    resize(640, 320);
}

void GeneratedPasswordsDialog::done(int result)
{
    m_panel->wipe();
    QDialog::done(result);
}
