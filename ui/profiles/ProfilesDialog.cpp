#include "profiles/ProfilesDialog.h"

#include "profiles/KeychainFallbackBox.h"

#include "profiles/ConnectionTest.h"
#include "profiles/KeyStore.h"
#include "profiles/ProfileStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pokee::ui {

ProfilesDialog::ProfilesDialog(pokee::ProfileStore *store, pokee::KeyStore *keys, QWidget *parent)
    : QDialog(parent), m_store(store), m_keys(keys), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_url(new QLineEdit(this)), m_key(new QLineEdit(this)), m_proxy(new QComboBox(this)),
      m_proxyHost(new QLineEdit(this)), m_proxyPort(new QSpinBox(this)), m_caFile(new QLineEdit(this)),
      m_warning(new QLabel(this)), m_status(new QLabel(this)), m_save(new QPushButton(tr("Save", "verb"), this)),
      m_test(new QPushButton(tr("Test connection"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_use(new QPushButton(tr("Use this profile"), this))
{
    setWindowTitle(tr("Profiles"));
    setObjectName(QStringLiteral("profilesDialog"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://api.example.com"));
    m_key->setObjectName(QStringLiteral("profileKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_proxy->addItem(tr("System proxy"), int(pokee::NetworkSettings::Proxy::System));
    m_proxy->addItem(tr("No proxy"), int(pokee::NetworkSettings::Proxy::None));
    m_proxy->addItem(tr("Manual proxy"), int(pokee::NetworkSettings::Proxy::Manual));
    m_proxyHost->setPlaceholderText(tr("proxy host"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(3128);
    m_caFile->setPlaceholderText(tr("none: the system's trusted certificates"));
    m_warning->setObjectName(QStringLiteral("profileWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA certificate"), {}, tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxy);
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(m_proxyPort);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Server:"), m_url);
    form->addRow(tr("API key:"), m_key);
    form->addRow(tr("Proxy:"), proxyRow);
    form->addRow(tr("Extra CA certificate:"), caRow);
    auto *keyNote = new QLabel(tr("The key is kept in the system keychain, never in a file."), this);
    keyNote->setWordWrap(true);
    form->addRow(keyNote);
    form->addRow(m_warning);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addStretch(1);
    actions->addWidget(m_remove);
    actions->addWidget(m_save);
    actions->addWidget(m_use);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_status);
    right->addStretch(1);
    right->addLayout(actions);

    auto *newButton = new QPushButton(tr("New profile"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(newButton);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);

    connect(newButton, &QPushButton::clicked, this, &ProfilesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (!m_editing.isEmpty()) {
            Q_EMIT switchRequested(m_editing);
            accept();
        }
    });
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty())
            selectProfile(name);
    });
    connect(m_url, &QLineEdit::textChanged, this, &ProfilesDialog::updateWarning);
    connect(m_proxy, &QComboBox::currentIndexChanged, this, [this] {
        const bool manual = m_proxy->currentData().toInt() == int(pokee::NetworkSettings::Proxy::Manual);
        m_proxyHost->setEnabled(manual);
        m_proxyPort->setEnabled(manual);
    });
    m_proxyHost->setEnabled(false);
    m_proxyPort->setEnabled(false);
    resize(720, 420);
    reload({});
    if (m_list->count() == 0)
        startNew();
}

void ProfilesDialog::reload(const QString &select)
{
    m_list->blockSignals(true);
    m_list->clear();
    for (const pokee::Profile &p : m_store->saved())
        m_list->addItem(p.name);
    m_list->blockSignals(false);
    const QList<QListWidgetItem *> found = m_list->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
    else if (m_list->count() > 0 && select.isEmpty())
        m_list->setCurrentRow(0);
}

void ProfilesDialog::selectProfile(const QString &name)
{
    const pokee::Profile p = m_store->find(name);
    if (!p.isValid() || p.kind != pokee::Profile::Kind::Saved)
        return;
    m_editing = p.name;
    m_name->setText(p.name);
    m_url->setText(p.baseUrl.toString());
    m_key->clear();
    m_key->setPlaceholderText(tr("stored in the keychain; type a new one to replace it"));
    m_proxy->setCurrentIndex(m_proxy->findData(int(p.network.proxy)));
    m_proxyHost->setText(p.network.proxyHost);
    if (p.network.proxyPort > 0)
        m_proxyPort->setValue(p.network.proxyPort);
    m_caFile->setText(p.network.caCertificateFile);
    m_status->clear();
    m_remove->setEnabled(true);
    m_use->setEnabled(true);
    const QList<QListWidgetItem *> found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty() && m_list->currentItem() != found.first())
        m_list->setCurrentItem(found.first());
}

void ProfilesDialog::startNew()
{
    m_editing.clear();
    m_list->clearSelection();
    m_name->clear();
    m_url->clear();
    m_key->clear();
    m_key->setPlaceholderText(tr("paste the key here"));
    m_proxy->setCurrentIndex(0);
    m_proxyHost->clear();
    m_caFile->clear();
    m_status->clear();
    m_remove->setEnabled(false);
    m_use->setEnabled(false);
    m_name->setFocus();
}

pokee::Profile ProfilesDialog::profileFromFields() const
{
    pokee::Profile p;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_url->text().trimmed());
    p.network.proxy = pokee::NetworkSettings::Proxy(m_proxy->currentData().toInt());
    p.network.proxyHost = m_proxyHost->text().trimmed();
    p.network.proxyPort = m_proxyPort->value();
    p.network.caCertificateFile = m_caFile->text().trimmed();
    if (!m_editing.isEmpty())
        p.id = m_store->find(m_editing).id; // renamed or edited: the same profile, the same journal
    return p;
}

void ProfilesDialog::updateWarning()
{
    const pokee::Profile p = profileFromFields();
    m_warning->setVisible(p.sendsKeyInClear());
    m_warning->setText(tr("⚠ Plain http:// to another machine: the key and every answer cross the network "
                          "unencrypted. Use https:// if the server offers it."));
}

void ProfilesDialog::save()
{
    const pokee::Profile p = profileFromFields();
    const QString key = m_key->text().trimmed();
    if (m_editing.isEmpty() && key.isEmpty()) {
        m_status->setText(tr("Paste the profile's API key first."));
        return;
    }
    if (p.name != m_editing && m_store->find(p.name).isValid()) {
        m_status->setText(tr("A profile named “%1” exists already.").arg(p.name));
        return;
    }
    const QString renamedFrom = !m_editing.isEmpty() && m_editing != p.name ? m_editing : QString();
    // The profile is written only once its key is where it belongs (or the user chose "this
    // run only"): a keychain that refuses and a Cancel leave the profiles as they were.
    auto finish = [this, p, renamedFrom] {
        if (const QString error = m_store->save(p); !error.isEmpty()) {
            m_status->setText(error);
            return;
        }
        if (!renamedFrom.isEmpty()) {
            const bool wasDefault = m_store->defaultProfile() == renamedFrom;
            m_store->remove(renamedFrom);
            if (wasDefault)
                m_store->setDefaultProfile(p.name);
            m_keys->remove(renamedFrom, [](const pokee::KeyStore::Outcome &) {});
        }
        if (m_store->saved().size() == 1)
            m_store->setDefaultProfile(p.name);
        m_key->clear();
        reload(p.name);
        selectProfile(p.name);
        m_status->setText(tr("Saved."));
        Q_EMIT profilesChanged();
    };
    if (key.isEmpty() && renamedFrom.isEmpty())
        return finish();
    QPointer<ProfilesDialog> self(this);
    auto store = [this, self, p, finish](const QString &keyToStore) {
        m_keys->write(p.name, keyToStore, [self, p, keyToStore, finish](const pokee::KeyStore::Outcome &o) {
            if (!self)
                return;
            if (o.ok())
                return finish();
            const bool runOnly = keepKeyForThisRunOnly(o.message);
            if (!self) // the window (and with it this dialog or shell) went while the box was open
                return;
            if (runOnly) {
                finish();
                Q_EMIT self->keyForThisRun(p.name, keyToStore);
            } else {
                self->m_status->setText(o.message);
            }
        });
    };
    if (!key.isEmpty())
        return store(key);
    // Renamed without a new key: the old entry's key moves to the new name.
    m_keys->read(renamedFrom, [self, store](const pokee::KeyStore::Outcome &o) {
        if (self && o.ok())
            store(o.key);
        else if (self)
            self->m_status->setText(o.message);
    });
}

void ProfilesDialog::removeSelected()
{
    if (m_editing.isEmpty())
        return;
    const QString name = m_editing;
    if (QMessageBox::question(this, tr("Remove profile"),
                              tr("Remove the profile “%1” and its key from the keychain? Its local journal "
                                 "(transcripts) stays on this computer.").arg(name)) != QMessageBox::Yes)
        return;
    QPointer<ProfilesDialog> self(this);
    const bool wasDefault = m_store->defaultProfile() == name;
    m_keys->remove(name, [self, name, wasDefault](const pokee::KeyStore::Outcome &o) {
        if (!self)
            return;
        if (!o.ok()) {
            self->m_status->setText(o.message);
            return;
        }
        self->m_store->remove(name);
        self->reload({});
        self->startNew();
        // Said where the user looks: a new default is never chosen silently.
        self->m_status->setText(self->m_store->defaultAfterRemoving(name, wasDefault));
        Q_EMIT self->profilesChanged();
    });
}

void ProfilesDialog::testConnection()
{
    const pokee::Profile p = profileFromFields();
    if (const QString bad = pokee::ProfileStore::checkBaseUrl(p.baseUrl); !bad.isEmpty()) {
        m_status->setText(bad);
        return;
    }
    m_status->setText(tr("Testing…"));
    m_test->setEnabled(false);
    QPointer<ProfilesDialog> self(this);
    auto run = [self, p](const QString &key) {
        if (!self)
            return;
        auto *test = new pokee::ConnectionTest(p, key, self);
        connect(test, &pokee::ConnectionTest::finished, self, [self, test](pokee::ConnectionTest::Result, const QString &sentence, qint64) {
            self->m_status->setText(sentence);
            self->m_test->setEnabled(true);
            test->deleteLater();
        });
        test->start();
    };
    const QString typed = m_key->text().trimmed();
    if (!typed.isEmpty() || m_editing.isEmpty())
        return run(typed);
    m_keys->read(m_editing, [run](const pokee::KeyStore::Outcome &o) { run(o.ok() ? o.key : QString()); });
}

} // namespace pokee::ui
