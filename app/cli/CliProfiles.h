#pragma once

#include "cli/CliCommands.h"

namespace pokee::cli {

// `pokee profiles add|list|remove|test|default`: the same ProfileStore and KeyStore as the
// app, so a profile added here is in the window's switcher with its key in the keychain.
class CliProfiles : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliProfiles)
public:
    CliProfiles(const Options &options, CliOutput &out, QObject *parent = nullptr);

    // Returns an exit code, or -1 when it runs on and emits finished().
    int run();

Q_SIGNALS:
    void finished(int code);

private:
    int add(const QString &name);
    int list();
    int remove(const QString &name);
    int test(const QString &name);
    int makeDefault(const QString &name);

    Options m_options;
    CliOutput &m_out;
};

// Which server and key a command uses: --api (with POKEE_KEY) when given; else --profile
// NAME; else POKEE_API + POKEE_KEY when both are set; else the default saved profile, its
// key read from the keychain. Returns an empty string on success, else why not.
QString resolveProfile(Options &options, const QString &apiOption);
// The journal of the profile in use (as resolveProfile picks it) for a command that needs no
// server and no key (transcript, inbox), and the key its turns are filed under; leaves
// --journal alone. Returns an error sentence or empty.
QString resolveJournalPath(Options &options, const QString &apiOption);

} // namespace pokee::cli
