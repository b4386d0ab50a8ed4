#include "gui/LogPane.h"

#include "domain/DisplayText.h"
#include "gui/Dialogs.h"
#include "gui/Icons.h"
#include "gui/LogModel.h"
#include "ui_LogPane.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>

namespace {
constexpr Outcome::Kind kinds[] = {
    Outcome::Kind::Created,         Outcome::Kind::Updated,
    Outcome::Kind::SkippedExisting, Outcome::Kind::AddedToOrganization,
    Outcome::Kind::StaffCorrected,  Outcome::Kind::PolicyOverridden,
    Outcome::Kind::Error,           Outcome::Kind::Notice,
};
} // namespace

LogPane::LogPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LogPane>())
    , m_model(new LogModel(this))
    , m_filter(new LogFilterModel(this))
{
    m_ui->setupUi(this);
    Icons::set(m_ui->actionCopyLogEntries, QStringLiteral("copy"));
    Icons::set(m_ui->actionSaveLog, QStringLiteral("save"));
    Icons::set(m_ui->actionClearLog, QStringLiteral("clear"));
    m_filter->setSourceModel(m_model);
    m_ui->logView->setModel(m_filter);
    m_ui->logView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->logView->horizontalHeader()->setStretchLastSection(true);
    fitColumns();
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { widenForRows(first, last); });
    connect(m_filter, &QAbstractItemModel::modelReset, this,
            [this] { widenForRows(0, m_filter->rowCount() - 1); });
    m_ui->copyLogButton->setDefaultAction(m_ui->actionCopyLogEntries);
    m_ui->saveLogButton->setDefaultAction(m_ui->actionSaveLog);
    m_ui->clearLogButton->setDefaultAction(m_ui->actionClearLog);
    m_ui->logView->addActions({m_ui->actionCopyLogEntries, m_ui->actionSaveLog});
    addAction(m_ui->actionCopyLogEntries);
    fillKindFilter();
    m_hiddenLabel = new QLabel(this);
    m_hiddenLabel->setObjectName(QStringLiteral("hiddenEntriesLabel"));
    m_hiddenLabel->setVisible(false);
    m_ui->logLayout->addWidget(m_hiddenLabel);
    connect(m_model, &LogModel::hiddenCountChanged, this, &LogPane::showHiddenCount);
    connect(m_model, &LogModel::loaded, m_ui->logView, &QTableView::scrollToBottom);

    connect(m_ui->actionCopyLogEntries, &QAction::triggered, this, &LogPane::copySelection);
    connect(m_ui->actionSaveLog, &QAction::triggered, this, &LogPane::save);
    connect(m_model, &LogModel::saved, this, [this](const QString &fileName, const QString &error) {
        if (!error.isEmpty())
            Dialogs::critical(this, tr("Save log"), tr("Cannot write %1: %2").arg(fileName, error));
    });
    connect(m_ui->actionClearLog, &QAction::triggered, m_model, &LogModel::clear);
    connect(m_ui->kindFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_ui->kindFilterCombo->currentData();
        m_filter->setKind(kind.isValid() ? std::optional(Outcome::Kind(kind.toInt()))
                                         : std::nullopt);
    });
}

LogPane::~LogPane() = default;

void LogPane::fillKindFilter()
{
    const int current = m_ui->kindFilterCombo->currentIndex();
    const QSignalBlocker blocker(m_ui->kindFilterCombo);
    m_ui->kindFilterCombo->clear();
    m_ui->kindFilterCombo->addItem(tr("All entries"));
    for (Outcome::Kind kind : kinds)
        m_ui->kindFilterCombo->addItem(outcomeKindName(kind), int(kind));
    m_ui->kindFilterCombo->setCurrentIndex(qMax(0, current));
}

// The column's header, or its widest value if wider: the item's text margins
// (QStyle::PM_FocusFrameHMargin, each side) and a little air included.
int LogPane::widthFor(int column, const QStringList &values) const
{
    const QFontMetrics metrics = m_ui->logView->fontMetrics();
    const int padding =
        2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_ui->logView) + 1) +
        metrics.averageCharWidth();
    int width = m_ui->logView->horizontalHeader()->sectionSizeHint(column);
    for (const QString &value : values)
        width = qMax(width, metrics.horizontalAdvance(value) + padding);
    return width;
}

// Databases and addresses widen their columns as entries come (never narrower, so that nothing
// jumps): a header left to resize itself measured the rows in view before a new row was laid
// out, and elided a longer address that came later. The newest rows of a large batch only.
void LogPane::widenForRows(int first, int last)
{
    constexpr int measuredRows = 256;
    QHeaderView *header = m_ui->logView->horizontalHeader();
    for (const int column : {int(LogModel::DatabaseColumn), int(LogModel::EmailColumn)}) {
        QStringList values;
        for (int row = qMax(first, last - measuredRows + 1); row <= last; ++row)
            values << m_filter->index(row, column).data().toString();
        const int width = widthFor(column, values);
        if (width > header->sectionSize(column))
            header->resizeSection(column, width);
    }
}

void LogPane::fitColumns()
{
    // Times and kinds are as wide as their widest value, not as the rows in view: a kind column
    // measured on "created" rows clipped a later "added to organization".
    QHeaderView *header = m_ui->logView->horizontalHeader();
    const auto fit = [&](int column, const QStringList &values) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, widthFor(column, values));
    };
    fit(LogModel::TimeColumn,
        {DisplayText::dateTime(QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59)))});
    QStringList kindNames;
    for (Outcome::Kind kind : kinds)
        kindNames << outcomeKindName(kind);
    kindNames << outcomeKindName(Outcome::Kind::Unchanged);
    fit(LogModel::KindColumn, kindNames);
    widenForRows(0, m_filter->rowCount() - 1);
}

void LogPane::setDatabase(const QString &name, const QString &journalPath)
{
    m_model->setDatabase(name, journalPath);
    m_ui->logView->scrollToBottom();
}

void LogPane::showHiddenCount()
{
    const qint64 hidden = m_model->hiddenCount();
    m_hiddenLabel->setVisible(hidden > 0);
    m_hiddenLabel->setText(tr("%Ln earlier entries are not shown; Save log writes them all.",
                              nullptr, int(qMin<qint64>(hidden, INT_MAX))));
}

void LogPane::append(const Outcome &outcome)
{
    m_model->append(outcome);
    m_ui->logView->scrollToBottom();
}

void LogPane::appendAll(const QList<Outcome> &outcomes)
{
    m_model->append(outcomes);
    m_ui->logView->scrollToBottom();
}

QStringList LogPane::shownLines(bool selectedOnly) const
{
    QList<int> rows;
    if (selectedOnly) {
        for (const QModelIndex &index : m_ui->logView->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end());
    }
    if (rows.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows << row;
    }
    QStringList lines;
    for (int row : std::as_const(rows))
        lines << m_model->formatLine(
            m_model->outcomeAt(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    return lines;
}

void LogPane::copySelection()
{
    const QStringList lines = shownLines(true);
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void LogPane::save()
{
    const QString fileName = Dialogs::saveFileName(this, tr("Save log"), tr("useradmin-log.txt"),
                                                   tr("Text files (*.txt);;All files (*)"));
    if (fileName.isEmpty())
        return;
    const QVariant kind = m_ui->kindFilterCombo->currentData();
    m_model->saveAll(fileName,
                     kind.isValid() ? std::optional(Outcome::Kind(kind.toInt())) : std::nullopt);
}

void LogPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillKindFilter();
        m_model->retranslate();
        fitColumns();
        showHiddenCount();
    }
    QWidget::changeEvent(event);
}
