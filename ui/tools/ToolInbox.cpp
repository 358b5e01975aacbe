#include "tools/ToolInbox.h"

#include "common/CodeHighlighter.h"
#include "common/EmptyState.h"
#include "tools/McpCallPanel.h"

#include "runtime/AllPendingCalls.h"
#include "tools/JsonErrors.h"
#include "tools/ToolResultSender.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDateTime>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pokee::ui {

using Calls = pokee::PendingToolCallModel;

namespace {

// The state of a call in the inbox's list, after its name ("get_weather · 4:32 left · waiting").
QString stateText(int state, bool expired)
{
    const bool open = pokee::PendingToolCall::isOpenState(pokee::PendingToolCall::State(state));
    //: The state of a tool call in the inbox: its answer time ran out
    if (expired && open)
        return ToolInbox::tr("expired");
    switch (pokee::PendingToolCall::State(state)) {
    case pokee::PendingToolCall::State::Drafted: return ToolInbox::tr("drafted by a rule");
    //: The state of a tool call in the inbox: its answer is on the way
    case pokee::PendingToolCall::State::Sending: return ToolInbox::tr("sending");
    //: The state of a tool call in the inbox: the answer could not be sent
    case pokee::PendingToolCall::State::Failed: return ToolInbox::tr("failed", "tool call state");
    //: The state of a tool call in the inbox: the answer was sent
    case pokee::PendingToolCall::State::Sent: return ToolInbox::tr("sent", "tool call state");
    case pokee::PendingToolCall::State::Expired: return ToolInbox::tr("expired");
    //: The state of a tool call in the inbox: its turn was cancelled before it was answered
    case pokee::PendingToolCall::State::Cancelled: return ToolInbox::tr("cancelled", "tool call state");
    //: The state of a tool call in the inbox: its turn ended (with an error) before it was answered
    case pokee::PendingToolCall::State::Ended: return ToolInbox::tr("not answered: the turn ended");
    case pokee::PendingToolCall::State::Waiting: break;
    }
    //: The state of a tool call in the inbox: it waits for the user's answer
    return ToolInbox::tr("waiting", "tool call state");
}

bool isSettled(const QModelIndex &index)
{
    return !pokee::PendingToolCall::isOpenState(pokee::PendingToolCall::State(index.data(Calls::StateRole).toInt()));
}

// One line per call for the list: "get_weather · 4:32 left · waiting"; settled calls greyed.
class InboxRows : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && isSettled(index))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (role != Qt::DisplayRole)
            return QIdentityProxyModel::data(index, role);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const bool expired = index.data(Calls::ExpiredRole).toBool();
        const auto state = pokee::PendingToolCall::State(index.data(Calls::StateRole).toInt());
        if (isSettled(index))
            return QStringLiteral("%1 · %2").arg(index.data(Calls::NameRole).toString(), stateText(int(state), expired));
        if (index.data(Calls::StatelessRole).toBool())
            //: A tool call from the stateless playground (no session)
            return QStringLiteral("%1 · %2 · %3").arg(index.data(Calls::NameRole).toString(), ToolInbox::tr("playground"),
                                                      stateText(int(state), expired));
        QString title = index.data(pokee::AllPendingCalls::SessionTitleRole).toString();
        // With several profiles open, each call says whose it is.
        if (static_cast<const pokee::AllPendingCalls *>(sourceModel())->profiles().size() > 1)
            title = title.isEmpty() ? index.data(pokee::AllPendingCalls::ProfileRole).toString()
                                    : QStringLiteral("%1 — %2").arg(index.data(pokee::AllPendingCalls::ProfileRole).toString(), title);
        if (!title.isEmpty())
            return QStringLiteral("%1 · %2 · %3 · %4") // the title last: a narrow dock cuts it, not the countdown
                .arg(index.data(Calls::NameRole).toString(),
                     Calls::timeLeft(index.data(Calls::DeadlineRole).toLongLong(), now), stateText(int(state), expired),
                     QFontMetrics(QGuiApplication::font()).elidedText(title, Qt::ElideRight, 160));
        return QStringLiteral("%1 · %2 · %3")
            .arg(index.data(Calls::NameRole).toString(),
                 Calls::timeLeft(index.data(Calls::DeadlineRole).toLongLong(), now),
                 stateText(int(state), expired));
    }
    void tick()
    {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole});
    }
};

} // namespace

ToolInbox::ToolInbox(pokee::AllPendingCalls *calls, QWidget *parent)
    : QDockWidget(tr("Tool calls"), parent), m_calls(calls), m_list(new QListView),
      m_header(new QLabel), m_arguments(new QPlainTextEdit), m_mcp(new McpCallPanel), m_answer(new QPlainTextEdit), m_answerKind(new QLabel), m_status(new QLabel),
      //: A button: send the answer to the agent
      m_send(new QPushButton(tr("Send", "verb"))), m_sendError(new QPushButton(tr("Send as error"))),
      m_deny(new QPushButton(tr("Deny…"))), m_clear(new QPushButton(tr("Clear answered"))), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("toolInbox"));
    auto *rows = new InboxRows(this);
    m_rows = rows;
    rows->setSourceModel(calls);
    m_list->setModel(rows);
    m_list->setObjectName(QStringLiteral("inboxList"));
    m_list->setAccessibleName(tr("Tool calls waiting for an answer"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_arguments->setReadOnly(true);
    m_arguments->setAccessibleName(tr("Arguments"));
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->setPlaceholderText(tr("The tool's output: JSON or plain text. Ctrl+Enter sends."));
    m_answer->installEventFilter(this);
    // JSON is checked as it is typed, plain text accepted: the line under the editor says which.
    m_answerKind->setObjectName(QStringLiteral("inboxAnswerKind"));
    m_answerKind->setWordWrap(true); // a long reason must not widen the dock
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_answer->toPlainText();
        const pokee::JsonCheck check = pokee::JsonCheck::parse(text.toUtf8());
        m_answerKind->setText(text.trimmed().isEmpty() ? QString()
                              : check.ok             ? tr("Valid JSON: sent as it is.")
                                                     : tr("Plain text (not JSON: %1): sent as text.").arg(check.sentence()));
    });
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("inboxStatus"));
    m_send->setObjectName(QStringLiteral("inboxSend"));
    m_send->setToolTip(tr("Send the answer (Ctrl+Enter)"));
    m_sendError->setToolTip(tr("Send it with is_error: the agent sees that the tool failed"));
    m_clear->setToolTip(tr("Forget the calls that were sent or expired"));
    m_clear->setObjectName(QStringLiteral("inboxClear"));
    m_list->setToolTip(tr("Arrows move between calls; Alt+Up and Alt+Down do it from the answer"));

    auto *detail = new QWidget;
    auto *d = new QVBoxLayout(detail);
    d->addWidget(m_header);
    d->addWidget(m_arguments, 1);
    d->addWidget(m_mcp);
    d->addWidget(new QLabel(tr("Answer:")));
    d->addWidget(m_answer, 1);
    d->addWidget(m_answerKind);
    d->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_deny);
    buttons->addStretch(1);
    buttons->addWidget(m_sendError);
    buttons->addWidget(m_send);
    d->addLayout(buttons);
    auto *top = new QWidget;
    auto *t = new QVBoxLayout(top);
    t->setContentsMargins(0, 0, 0, 0);
    t->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_clear);
    t->addLayout(listButtons);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(detail);
    split->setStretchFactor(1, 2);
    // Small minimums: with the files dock beside it, the window must fit a 768-pixel screen.
    for (QWidget *w : {static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_arguments), static_cast<QWidget *>(m_answer)})
        w->setMinimumHeight(36);
    // Nothing waiting (the usual state): one sentence instead of an empty list and two blank editors.
    m_empty = new EmptyState(tr("No tool call is waiting"),
                             tr("When the agent hands a tool call to you, it appears here: what it asks, and a box for "
                                "your answer. Rules and your MCP servers (in the Tools menu) can answer calls for you."));
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_empty);
    m_pages->addWidget(split);
    setWidget(m_pages);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(rows, signal, this, &ToolInbox::showEmptyStateOrCalls);
    connect(rows, &QAbstractItemModel::modelReset, this, &ToolInbox::showEmptyStateOrCalls);
    showEmptyStateOrCalls();

    connect(m_mcp, &McpCallPanel::said, m_status, &QLabel::setText);
    connect(m_send, &QPushButton::clicked, this, [this] { send(false); });
    connect(m_sendError, &QPushButton::clicked, this, [this] { send(true); });
    connect(m_clear, &QPushButton::clicked, calls, &pokee::AllPendingCalls::clearSettled);
    connect(m_deny, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Deny"), tr("Why (the agent reads this):"), QLineEdit::Normal,
                                                     tr("Not allowed."), &ok);
        if (ok)
            deny(reason);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ToolInbox::showCurrent);
    // A new call that waits becomes the current one, unless the user is typing an answer to
    // the one on screen: the answer box is ready for it, not greyed under a settled call.
    connect(calls, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        const QModelIndex current = m_list->currentIndex();
        const bool typing = current.isValid() && !isSettled(current) && !m_answer->toPlainText().trimmed().isEmpty() &&
                            m_answer->toPlainText() != current.data(Calls::DraftRole).toString();
        if (typing)
            return;
        for (int row = last; row >= first; --row)
            if (!isSettled(m_calls->index(row, 0))) {
                m_list->setCurrentIndex(m_list->model()->index(row, 0));
                return;
            }
        if (!current.isValid())
            m_list->setCurrentIndex(m_list->model()->index(first, 0));
    });
    connect(calls, &QAbstractItemModel::rowsRemoved, this, &ToolInbox::showCurrent);
    // A rule's draft for the call on screen lands in the editor, unless the user is typing.
    connect(calls, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const QModelIndex current = m_list->currentIndex();
        if (!current.isValid() || current.row() < from.row() || current.row() > to.row())
            return;
        if (m_answer->toPlainText().isEmpty())
            m_answer->setPlainText(current.data(Calls::DraftRole).toString());
        m_status->setText(current.data(Calls::MessageRole).toString());
        enableAnswer(current.isValid() && !isSettled(current));
        m_mcp->refresh();
    });
    // The badge: the dock's title (and its tab) counts the calls still waiting.
    auto badge = [this](int n) { setWindowTitle(n > 0 ? tr("Tool calls (%1)").arg(n) : tr("Tool calls")); };
    connect(calls, &pokee::AllPendingCalls::countChanged, this, badge);
    badge(calls->openCount());
    connect(m_clock, &QTimer::timeout, this, &ToolInbox::tick);
    connect(m_clock, &QTimer::timeout, rows, &InboxRows::tick);
    m_clock->start(1000);
    showCurrent();
}

QString ToolInbox::currentCall() const
{
    return m_list->currentIndex().data(Calls::ToolCallIdRole).toString();
}

void ToolInbox::showEmptyStateOrCalls()
{
    m_pages->setCurrentIndex(m_list->model()->rowCount() == 0 ? 0 : 1);
}

void ToolInbox::open()
{
    show();
    raise();
    if (!m_list->currentIndex().isValid() && m_list->model()->rowCount() > 0) {
        int row = 0;
        for (int r = 0; r < m_calls->rowCount(); ++r)
            if (!isSettled(m_calls->index(r, 0))) {
                row = r;
                break;
            }
        m_list->setCurrentIndex(m_list->model()->index(row, 0));
    }
    m_list->setFocus();
}

void ToolInbox::enableAnswer(bool on)
{
    for (QWidget *w : {static_cast<QWidget *>(m_answer), static_cast<QWidget *>(m_send),
                       static_cast<QWidget *>(m_sendError), static_cast<QWidget *>(m_deny)})
        w->setEnabled(on);
}

void ToolInbox::showCall(const QString &toolCallId, const QString &profile)
{
    const int row = m_calls->indexOf(toolCallId, profile).row();
    if (row >= 0 && m_list->currentIndex().row() == row)
        showCurrent(); // already current: shown afresh (a draft may have come meanwhile)
    else if (row >= 0)
        m_list->setCurrentIndex(m_list->model()->index(row, 0));
    show();
    raise();
    m_answer->setFocus();
}

void ToolInbox::tick()
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (i.data(Calls::StatelessRole).toBool()) {
        m_header->setText(tr("<b>%1</b> in the playground · arrived %2 · no deadline")
                              .arg(i.data(Calls::NameRole).toString().toHtmlEscaped(),
                                   QLocale().toString(QDateTime::fromMSecsSinceEpoch(i.data(Calls::ReceivedAtRole).toLongLong()).time(),
                                                      QLocale::ShortFormat)));
        return;
    }
    const QString sid = i.data(Calls::SessionIdRole).toString();
    const QString title = i.data(pokee::AllPendingCalls::SessionTitleRole).toString();
    const bool manyProfiles = m_calls->profiles().size() > 1;
    const QString profile = i.data(pokee::AllPendingCalls::ProfileRole).toString();
    m_header->setToolTip(manyProfiles ? tr("%1 (profile %2)").arg(sid, profile) : sid);
    // A settled call's clock has stopped: it says what settled it instead.
    const QString where = isSettled(i) ? stateText(i.data(Calls::StateRole).toInt(), false)
                                       : Calls::timeLeft(i.data(Calls::DeadlineRole).toLongLong(), now);
    const QString session = title.isEmpty() ? sid : title;
    m_header->setText(tr("<b>%1</b> in “%2” · arrived %3 · <b>%4</b>")
                          .arg(i.data(Calls::NameRole).toString().toHtmlEscaped(),
                               //: A session and the profile it belongs to, in the inbox's header
                               (manyProfiles ? tr("%1” of “%2").arg(session, profile) : session).toHtmlEscaped(),
                               QLocale().toString(QDateTime::fromMSecsSinceEpoch(i.data(Calls::ReceivedAtRole).toLongLong()).time(),
                                                  QLocale::ShortFormat),
                               where.toHtmlEscaped()));
}

void ToolInbox::showCurrent()
{
    const QModelIndex i = m_list->currentIndex();
    const bool any = i.isValid();
    enableAnswer(any && !isSettled(i));
    const pokee::AllPendingCalls::Located where = any ? m_calls->locate(static_cast<InboxRows *>(m_rows)->mapToSource(i))
                                                      : pokee::AllPendingCalls::Located{};
    m_mcp->showCall(i, where.rules);
    if (!any) {
        m_header->setText(tr("No tool call is waiting."));
        m_arguments->clear();
        m_answer->clear();
        return;
    }
    if (!m_arguments->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>()) {
        // On the first call shown, not at start: loading the syntax repository cost the idle
        // window time and memory it may never need (bench/RESULTS.md, idle RSS).
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_arguments->document());
        highlighter->setDefinition(CodeHighlighter::definitionFor(QStringLiteral("JSON")));
        CodeHighlighter::followPalette(highlighter, m_arguments);
    }
    const QString args = i.data(Calls::ArgumentsRole).toString();
    const pokee::JsonCheck check = pokee::JsonCheck::parse(args.toUtf8());
    m_arguments->setPlainText(check.ok ? QString::fromUtf8(check.document.toJson(QJsonDocument::Indented))
                                       : tr("(not valid JSON, shown as sent: %1)\n%2").arg(check.sentence(), args));
    m_answer->setPlainText(i.data(Calls::DraftRole).toString());
    m_status->setText(i.data(Calls::MessageRole).toString());
    tick();
}

void ToolInbox::send(bool isError)
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid())
        return;
    const QString callId = i.data(Calls::ToolCallIdRole).toString();
    const QString sessionId = i.data(Calls::SessionIdRole).toString();
    const QString text = m_answer->toPlainText();
    // The call's own profile keeps its state and sends its answer, whichever is on screen.
    const pokee::AllPendingCalls::Located where = m_calls->locate(static_cast<InboxRows *>(m_rows)->mapToSource(i));
    if (!where)
        return;
    QPointer<pokee::PendingToolCallModel> calls = where.calls;
    // JSON is checked, plain text accepted: the status says which it is.
    const pokee::JsonCheck check = pokee::JsonCheck::parse(text.toUtf8());
    m_status->setText(check.ok ? tr("Sending JSON…") : tr("Sending as plain text…"));
    if (i.data(Calls::StatelessRole).toBool()) {
        calls->answerStateless(callId, text, isError);
        m_status->setText(i.data(Calls::MessageRole).toString());
        Q_EMIT answered(callId);
        return;
    }
    calls->setDraft(callId, text);
    calls->setState(callId, pokee::PendingToolCall::State::Sending);
    pokee::ToolResultSender *sender = where.answering.newSender(sessionId, callId, this);
    connect(sender, &pokee::ToolResultSender::finished, this,
            [this, sender, callId, calls](pokee::ToolResultSender::Outcome outcome, const QString &sentence) {
                sender->deleteLater();
                if (!calls)
                    return; // the profile was closed meanwhile
                if (outcome == pokee::ToolResultSender::Outcome::Sent ||
                    outcome == pokee::ToolResultSender::Outcome::ProbablyDelivered) {
                    calls->markAnswered(callId, sentence);
                    if (currentCall() == callId)
                        m_status->setText(sentence);
                    Q_EMIT answered(callId);
                    return;
                }
                if (outcome == pokee::ToolResultSender::Outcome::Expired) {
                    calls->setState(callId, pokee::PendingToolCall::State::Expired, sentence);
                    if (currentCall() == callId)
                        m_status->setText(sentence);
                    return;
                }
                calls->setState(callId, pokee::PendingToolCall::State::Failed, sentence);
                if (currentCall() == callId)
                    m_status->setText(sentence);
            });
    sender->send(text, isError);
}

void ToolInbox::deny(const QString &reason)
{
    m_answer->setPlainText(tr("Denied by the user: %1").arg(reason));
    send(true);
}

bool ToolInbox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_answer && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && key->modifiers() == Qt::AltModifier) {
            const int row = m_list->currentIndex().row() + (key->key() == Qt::Key_Up ? -1 : 1);
            if (row >= 0 && row < m_list->model()->rowCount())
                m_list->setCurrentIndex(m_list->model()->index(row, 0));
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            send(false);
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace pokee::ui
