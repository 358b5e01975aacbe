#include "shell/AboutDialog.h"

#include "platform/AppIdentity.h"

#include <ksyntaxhighlighting_version.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace pokee::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_libraries(new QLabel)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Pokee Desktop"));

    auto *icon = new QLabel;
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Pokee Desktop icon"));

    auto *title = new QLabel(tr("<h2>Pokee Desktop %1</h2>").arg(QApplication::applicationVersion().toHtmlEscaped()));
    auto *summary = new QLabel(
        tr("A native desktop client for the Pokee Enterprise API: watch agent turns stream in and resume "
           "them after any drop, answer tool calls by hand or by rule, and download what the agent wrote."));
    summary->setWordWrap(true);
    auto *id = new QLabel(tr("Application id: %1").arg(pokee::identity::applicationId()));
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Licences as their projects state them; Qt is used under the LGPL v3 by dynamic linking.
    m_libraries->setObjectName(QStringLiteral("librariesLabel"));
    m_libraries->setTextFormat(Qt::RichText);
    m_libraries->setOpenExternalLinks(true);
    m_libraries->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_libraries->setWordWrap(true);
    const QString row = QStringLiteral("<tr><td>%1</td><td>%2</td><td><a href=\"%3\">%4</a></td></tr>");
    QString table = QStringLiteral("<table cellspacing=\"4\">");
    const QString qtVersion = QString::fromLatin1(qVersion()) == QLatin1String(QT_VERSION_STR)
                                  ? QString::fromLatin1(qVersion())
                                  : tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    table += row.arg(QStringLiteral("Qt"), qtVersion, QStringLiteral("https://www.qt.io/licensing/open-source-lgpl-obligations"),
                     QStringLiteral("LGPL-3.0"));
    table += row.arg(QStringLiteral("KF6 SyntaxHighlighting"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
                     QStringLiteral("https://invent.kde.org/frameworks/syntax-highlighting"), QStringLiteral("MIT"));
    table += row.arg(QStringLiteral("QtKeychain"), QStringLiteral(POKEE_QTKEYCHAIN_VERSION),
                     QStringLiteral("https://github.com/frankosterfeld/qtkeychain"), QStringLiteral("BSD-2-Clause"));
    table += row.arg(QStringLiteral("SQLite"), tr("through Qt SQL"), QStringLiteral("https://sqlite.org/copyright.html"),
                     tr("public domain"));
    table += QStringLiteral("</table>");
    m_libraries->setText(tr("<b>Built with</b>") + table);

    auto *system = new QLabel(tr("Running on %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()));
    system->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addWidget(id);
    text->addWidget(m_libraries);
    text->addWidget(system);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString AboutDialog::librariesText() const
{
    return m_libraries->text();
}

} // namespace pokee::ui
