#include "shell/WelcomePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace pokee::ui {

namespace {
const auto DismissedKey = QStringLiteral("general/welcomeDismissed");
}

WelcomePanel::WelcomePanel(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_add(new QPushButton(tr("&Add a real endpoint…"), this)),
      m_dismiss(new QPushButton(tr("Got &it"), this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    setAccessibleName(tr("Welcome"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_add->setObjectName(QStringLiteral("welcomeAddEndpoint"));
    m_dismiss->setObjectName(QStringLiteral("welcomeDismiss"));
    connect(m_add, &QPushButton::clicked, this, &WelcomePanel::addEndpointRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &WelcomePanel::stepAside);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    hide();
}

bool WelcomePanel::stepAside()
{
    if (!isVisible())
        return false;
    QSettings().setValue(DismissedKey, true);
    hide();
    return true;
}

bool WelcomePanel::wanted()
{
    return !QSettings().value(DismissedKey, false).toBool();
}

void WelcomePanel::showFor(bool onDemo)
{
    const QString title = tr("<h3>Welcome to Pokee Desktop</h3>");
    const QString where =
        onDemo ? tr("<p>You are on the <b>local demo</b>: a Pokee emulator running on this computer, started with the "
                    "app. Its agent answers with made-up text, calls tools and writes files, so you can try everything "
                    "— streaming, cancelling, the tool-call inbox, downloads — without an account. Nothing leaves "
                    "this computer, and the demo's sessions are gone when the app closes.</p>")
               : tr("<p>You are connected to a Pokee endpoint. Your sessions are listed on the left; a new message "
                    "starts a session, and every answer is kept on this computer as it arrives.</p>");
    const QString how = tr("<p><b>To use your Pokee account</b>: choose <i>Add a real endpoint…</i> (or File → "
                           "Profiles…), enter the API address and your key. The key is kept in the system keychain, "
                           "never in a file. Profiles switch from the list at the top left.</p>");
    m_text->setText(title + where + how);
    show();
}

} // namespace pokee::ui
