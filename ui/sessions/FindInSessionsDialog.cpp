#include "sessions/FindInSessionsDialog.h"

#include "models/SearchResultsModel.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace pokee::ui {

using Results = pokee::SearchResultsModel;

namespace {

QString kindText(const QString &kind)
{
    //: Where a search found its words: in the user's prompt
    if (kind == u"prompt")
        return FindInSessionsDialog::tr("your prompt");
    if (kind == u"answer")
        return FindInSessionsDialog::tr("the answer");
    if (kind == u"thinking")
        return FindInSessionsDialog::tr("the thinking");
    if (kind == u"tool")
        return FindInSessionsDialog::tr("a tool call");
    return FindInSessionsDialog::tr("a tool result");
}

// Two lines a result: the session's title, where and when; the snippet, its words in bold.
class ResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString html(const QModelIndex &index, bool manyProfiles, bool selected)
    {
        QString snippet = index.data(Results::SnippetRole).toString().simplified().toHtmlEscaped();
        snippet.replace(u'\x02', QStringLiteral("<b>")).replace(u'\x03', QStringLiteral("</b>"));
        const QString title = index.data(Results::SessionTitleRole).toString().toHtmlEscaped();
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(index.data(Results::AtRole).toLongLong()),
                                                QLocale::ShortFormat);
        const QString where = manyProfiles ? index.data(Results::ProfileRole).toString().toHtmlEscaped() + QStringLiteral(" · ") : QString();
        // Where and when in a quieter colour, except on the selection's own colour.
        return QStringLiteral("<b>%1</b> <span%2>— %3%4 · %5</span><br>%6")
            .arg(title, selected ? QString() : QStringLiteral(" style='color:gray'"), where, kindText(index.data(Results::KindRole).toString()).toHtmlEscaped(), when.toHtmlEscaped(), snippet);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        o.text.clear();
        o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);
        QTextDocument doc;
        doc.setDefaultFont(o.font);
        doc.setHtml(html(index, manyProfiles, o.state & QStyle::State_Selected));
        doc.setTextWidth(o.rect.width() - 8);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = o.palette;
        if (o.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, o.palette.color(QPalette::HighlightedText));
        painter->save();
        painter->translate(o.rect.topLeft() + QPoint(4, 2));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width(), option.fontMetrics.lineSpacing() * 2 + 8};
    }

    bool manyProfiles = false;
};

} // namespace

FindInSessionsDialog::FindInSessionsDialog(Results *results, QWidget *parent)
    : QDialog(parent), m_model(results), m_query(new QLineEdit), m_where(new QComboBox), m_when(new QComboBox), m_order(new QComboBox),
      m_allProfiles(new QCheckBox(tr("Every open &profile"))), m_list(new QListView), m_status(new QLabel), m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("findInSessions"));
    setWindowTitle(tr("Find in All Sessions"));
    m_query->setPlaceholderText(tr("Words to find — \"a phrase\", or the start of a word*"));
    m_query->setAccessibleName(tr("Words to find"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_where->addItems({tr("Everywhere"), tr("In prompts"), tr("In answers"), tr("In tool calls and results")});
    m_where->setAccessibleName(tr("Where to look"));
    m_when->addItems({tr("Any time"), tr("Today"), tr("Past week"), tr("Past month"), tr("Past year")});
    m_when->setAccessibleName(tr("When it was said"));
    m_order->addItems({tr("Newest first"), tr("Best match first")});
    m_order->setAccessibleName(tr("Order"));
    m_list->setModel(results);
    m_list->setAccessibleName(tr("What was found"));
    m_list->setUniformItemSizes(true);
    auto *delegate = new ResultDelegate(m_list);
    m_list->setItemDelegate(delegate);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setWordWrap(true);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_where);
    filters->addWidget(m_when);
    filters->addWidget(m_order);
    filters->addWidget(m_allProfiles);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    resize(720, 520);

    connect(m_query, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &FindInSessionsDialog::search);
    for (QComboBox *box : {m_where, m_when, m_order})
        connect(box, &QComboBox::currentIndexChanged, this, &FindInSessionsDialog::search);
    connect(m_allProfiles, &QCheckBox::toggled, this, [this, delegate](bool on) {
        delegate->manyProfiles = on;
        search();
    });
    connect(m_list, &QListView::activated, this, &FindInSessionsDialog::openSelected);
}

void FindInSessionsDialog::search()
{
    m_typing->stop();
    static const pokee::SearchIndex::Where wheres[] = {pokee::SearchIndex::Where::Everywhere, pokee::SearchIndex::Where::Prompts,
                                                       pokee::SearchIndex::Where::Answers, pokee::SearchIndex::Where::Tools};
    pokee::SearchResultsModel::Options options;
    options.where = wheres[qBound(0, m_where->currentIndex(), 3)];
    options.everySource = m_allProfiles->isChecked();
    options.newestFirst = m_order->currentIndex() == 0;
    static const int days[] = {0, 1, 7, 31, 366};
    const int back = days[qBound(0, m_when->currentIndex(), 4)];
    if (back == 1)
        options.sinceMs = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    else if (back > 1)
        options.sinceMs = QDateTime::currentDateTime().addDays(-back).toMSecsSinceEpoch();
    const bool ok = m_model->search(m_query->text(), options);
    const int n = m_model->rowCount();
    m_status->setText(!ok                                ? m_model->error()
                      : m_query->text().trimmed().isEmpty() ? QString()
                      : n == 0                            ? tr("Nothing found. Check the spelling, or look in every open profile.")
                                                          : tr("%n place(s) found; Enter opens one.", nullptr, n));
    if (n > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void FindInSessionsDialog::openSelected()
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid())
        return;
    Q_EMIT openRequested(i.data(Results::ProfileRole).toString(), i.data(Results::SessionIdRole).toString(),
                         i.data(Results::TurnIdRole).toLongLong(), i.data(Results::FoundRole).toString());
}

bool FindInSessionsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // From the words: Up and Down move in the results, Enter opens the one selected.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = qBound(0, m_list->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1), m_model->rowCount() - 1);
            m_list->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_typing->isActive())
                search();
            openSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace pokee::ui
