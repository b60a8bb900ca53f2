#include "DetailPane.h"

#include "ElidedLabel.h"

#include "RowCountsBar.h"
#include "common/Palette.h"
#include "export/ClipboardText.h"
#include "model/FileRunTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

DetailPane::DetailPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *placeholder = new QLabel(tr("Select a file to see its details."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(placeholder);

    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("File details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own (it would be one with no visible focus): Tab through the copy button and
    // the text boxes scrolls it, as QScrollArea keeps the focused child in view.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    auto *name = new ElidedLabel(content);
    m_fields.insert(QStringLiteral("name"), name);
    name->setObjectName(QStringLiteral("detailName"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    name->setFont(big);
    // Shortened to fit, so not selectable: its menu copies the whole name as the API sent it.
    auto *copyName = new QAction(tr("Copy file name"), name);
    copyName->setObjectName(QStringLiteral("copyFileNameAction"));
    connect(copyName, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_fileName); });
    name->addAction(copyName);
    name->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(name);

    // The status, and the button that copies the file ID: on one row, so the unbreakable ID below has
    // the pane's whole width to itself.
    auto *badgeRow = new QHBoxLayout;
    m_statusBadge = new QLabel(content);
    m_statusBadge->setObjectName(QStringLiteral("detailStatus"));
    badgeRow->addWidget(m_statusBadge);
    m_fields.insert(QStringLiteral("status"), m_statusBadge);
    badgeRow->addStretch(1);
    m_copyId = new QToolButton(content);
    m_copyId->setObjectName(QStringLiteral("copyIdButton"));
    m_copyId->setText(tr("Copy ID"));
    m_copyId->setToolTip(tr("Copy the file ID"));
    m_copyId->setAccessibleName(tr("Copy file ID"));
    connect(m_copyId, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_id); });
    badgeRow->addWidget(m_copyId);
    layout->addLayout(badgeRow);

    m_message = new QPlainTextEdit(content);
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setReadOnly(true);
    m_message->setAccessibleName(tr("Status message"));
    m_message->setMaximumHeight(fontMetrics().height() * 6);
    layout->addWidget(m_message);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A long label (German "Abgeschlossen:") beside the unbreakable file ID and its button would
    // otherwise make the pane scroll sideways: such a row puts its field under the label instead.
    facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    facts->addRow(tr("File ID:"), addField(QStringLiteral("id"), tr("File ID")));
    for (const auto &[key, title] : {std::pair{"type", tr("Type:")},
                                     {"scheduled", tr("Scheduled:")},
                                     {"completed", tr("Completed:")},
                                     {"duration", tr("Duration:")},
                                     {"size", tr("Size:")}})
        facts->addRow(title, addField(QLatin1String(key), title));
    layout->addLayout(facts);

    auto *rowsBox = new QGroupBox(tr("Rows"), content);
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    auto *counts = new QFormLayout;
    for (const auto &[key, title] : {std::pair{"total", tr("Total:")},
                                     {"added", tr("Added:")},
                                     {"updated", tr("Updated:")},
                                     {"skipped", tr("Skipped:")},
                                     {"failed", tr("Failed:")},
                                     {"failurePercent", tr("Failure rate:")}}) {
        QLabel *label = addField(QLatin1String(key), title);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        counts->addRow(title, label);
    }
    rowsLayout->addLayout(counts);
    m_bar = new RowCountsBar(rowsBox);
    rowsLayout->addWidget(m_bar);
    layout->addWidget(rowsBox);

    m_auxBox = new QGroupBox(tr("Auxiliary data"), content);
    auto *auxLayout = new QFormLayout(m_auxBox);
    for (const auto &[key, title] : {std::pair{"auxAdded", tr("Added:")}, {"auxFailed", tr("Failed:")}}) {
        QLabel *label = addField(QLatin1String(key), title);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auxLayout->addRow(title, label);
    }
    layout->addWidget(m_auxBox);

    auto *jsonBox = new QGroupBox(tr("As the API sent it"), content);
    auto *jsonLayout = new QVBoxLayout(jsonBox);
    m_json = new QPlainTextEdit(jsonBox);
    m_json->setObjectName(QStringLiteral("detailJson"));
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("Raw JSON of the file"));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setMinimumHeight(fontMetrics().height() * 8);
    jsonLayout->addWidget(m_json);
    layout->addWidget(jsonBox, 1);

    scroll->setWidget(content);
    m_stack->addWidget(scroll);
}

QLabel *DetailPane::addField(const QString &key, const QString &title)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("detail_") + key);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(title);
    label->setWordWrap(true);
    m_fields.insert(key, label);
    return label;
}

QString DetailPane::fieldText(const QString &field) const
{
    if (m_stack->currentIndex() == 0)
        return {}; // nothing selected: no field shows a value
    if (field == QLatin1String("message"))
        return m_message->toPlainText();
    if (field == QLatin1String("json"))
        return m_json->toPlainText();
    const QLabel *label = m_fields.value(field);
    return label ? label->text() : QString();
}

QString DetailPane::rawJson(const FileRun &run)
{
    return ClipboardText::rowAsIndentedJson(run);
}

void DetailPane::clear()
{
    m_stack->setCurrentIndex(0);
    m_id.clear();
}

void DetailPane::showFile(const FileRun &run, const QTimeZone &workspace, const QTimeZone &display)
{
    const QLocale locale;
    // Another file starts at its top (name and status): the pane kept the place of the one before,
    // so after Tab had passed through its raw JSON every file showed only its JSON.
    if (run.idText() != m_id) {
        m_scroll->verticalScrollBar()->setValue(0);
        m_scroll->horizontalScrollBar()->setValue(0);
    }
    m_id = run.idText();
    m_fileName = run.fileNameText();
    m_fields.value(QStringLiteral("name"))
        ->setText(run.fileNameText().isEmpty() ? tr("(no file name)")
                                               : FileRunTableModel::visibleControls(run.fileNameText()));
    m_fields.value(QStringLiteral("id"))->setText(m_id);
    m_fields.value(QStringLiteral("type"))->setText(run.typeText());
    const QString zoneName =
        display == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(display.id());
    auto when = [&](const WallClock &clock, const QString &verbatim) {
        if (clock.isNull())
            return verbatim.isEmpty() ? tr("—") : verbatim;
        return tr("%1 (%2)").arg(FileRunTableModel::displayTime(clock, workspace, display), zoneName);
    };
    m_fields.value(QStringLiteral("scheduled"))->setText(when(run.scheduledAt, run.scheduledAtText()));
    m_fields.value(QStringLiteral("completed"))->setText(when(run.completedAt, run.completedAtText()));
    const QString duration = FileRunTableModel::durationText(FileRunTableModel::durationUsecs(run));
    m_fields.value(QStringLiteral("duration"))->setText(duration.isEmpty() ? tr("—") : duration);
    m_fields.value(QStringLiteral("size"))
        ->setText(tr("%1 (%2 bytes)")
                      .arg(locale.formattedDataSize(run.count(FileRun::Count::FileSize)),
                           locale.toString(run.count(FileRun::Count::FileSize))));

    const QColor color = Palette::statusColor(run.status);
    m_statusBadge->setText(run.statusText());
    m_statusBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; "
                                                "padding: 2px 8px; font-weight: bold; }")
                                     .arg(color.name()));
    m_statusBadge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_message->setPlainText(run.statusMessageText().isEmpty() ? tr("(no message)") : run.statusMessageText());

    using C = FileRun::Count;
    const std::pair<const char *, C> counts[] = {
        {"total", C::TotalRows},        {"added", C::AddedRows},   {"updated", C::UpdatedRows},
        {"skipped", C::SkippedRows},    {"failed", C::FailedRows}, {"auxAdded", C::AuxDataAdded},
        {"auxFailed", C::AuxDataFailed}};
    for (const auto &[key, which] : counts)
        m_fields.value(QLatin1String(key))->setText(locale.toString(run.count(which)));
    const auto percent = run.failurePercent();
    m_fields.value(QStringLiteral("failurePercent"))
        ->setText(percent ? tr("%1 %").arg(locale.toString(*percent, 'f', 2)) : tr("—"));
    m_bar->setCounts({run.count(C::AddedRows), run.count(C::UpdatedRows), run.count(C::SkippedRows),
                      run.count(C::FailedRows)});
    m_auxBox->setVisible(run.type == FileType::AuxData);
    m_json->setPlainText(rawJson(run));
    m_stack->setCurrentIndex(1);
}
