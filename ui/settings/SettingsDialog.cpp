#include "settings/SettingsDialog.h"

#include "shell/DesktopNotifier.h"
#include "platform/Translations.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pokee::ui {

SettingsDialog::SettingsDialog(Appearance *appearance, QWidget *parent)
    : QDialog(parent), m_appearance(appearance), m_language(new QComboBox), m_languageNote(new QLabel),
      m_schemes(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto *general = new QGroupBox(tr("Language"));
    auto *generalForm = new QFormLayout(general);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &locale : pokee::translations::available())
        m_language->addItem(pokee::translations::nativeName(locale), locale);
    const int saved = m_language->findData(pokee::translations::languageSetting());
    m_language->setCurrentIndex(saved >= 0 ? saved : 0);
    auto *languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_language);
    generalForm->addRow(languageLabel, m_language);
    m_languageNote->setWordWrap(true);
    m_languageNote->hide();
    generalForm->addRow(m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        pokee::translations::setLanguageSetting(m_language->currentData().toString());
        m_languageNote->setText(tr("The new language is used from the next start of Pokee Desktop."));
        m_languageNote->show();
    });

    auto *look = new QGroupBox(tr("Appearance"));
    auto *lookLayout = new QVBoxLayout(look);
    const std::pair<Appearance::Scheme, QString> schemes[] = {
        {Appearance::Scheme::System, tr("Follow the &system")},
        {Appearance::Scheme::Light, tr("Li&ght")},
        {Appearance::Scheme::Dark, tr("&Dark")},
    };
    for (const auto &[scheme, label] : schemes) {
        auto *button = new QRadioButton(label);
        m_schemes->addButton(button, int(scheme));
        lookLayout->addWidget(button);
        button->setChecked(appearance->scheme() == scheme);
    }
    connect(m_schemes, &QButtonGroup::idClicked, this,
            [this](int id) { m_appearance->setScheme(Appearance::Scheme(id)); });

    auto *notify = new QGroupBox(tr("Desktop notifications"));
    auto *notifyLayout = new QVBoxLayout(notify);
    const std::pair<DesktopNotifier::Kind, QString> kinds[] = {
        {DesktopNotifier::Kind::Finished, tr("When a turn &finishes in the background")},
        {DesktopNotifier::Kind::Failed, tr("When a turn f&ails in the background")},
        {DesktopNotifier::Kind::ToolCall, tr("When a &tool call waits for my answer")},
    };
    for (const auto &[kind, label] : kinds) {
        auto *box = new QCheckBox(label);
        box->setChecked(DesktopNotifier::isEnabled(kind));
        connect(box, &QCheckBox::toggled, this, [kind](bool on) { DesktopNotifier::setEnabled(kind, on); });
        notifyLayout->addWidget(box);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    // A small form: its size is its content's. Resizable, it would only gain empty space, and
    // window managers draw resize grips along its bottom edge (a stray sliver under openbox).
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(general);
    layout->addWidget(look);
    layout->addWidget(notify);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

} // namespace pokee::ui
