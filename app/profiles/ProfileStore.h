#pragma once

#include "profiles/Profile.h"

#include <QList>
#include <QString>

namespace pokee {

// The profiles a user saved (name, base URL, network settings: never a key), plus the two
// that are not saved: "Environment" when POKEE_API and POKEE_KEY are both set, and "Local
// demo". The app and the CLI share one file, so a profile added with `pokee profiles add`
// is in the window's switcher, and each profile's journal is found by both.
class ProfileStore
{
public:
    // The settings file in the user's config folder (QStandardPaths), or `path` for tests.
    explicit ProfileStore(const QString &path = {});

    QString path() const { return m_path; }

    // Environment (when set), then the saved profiles by name, then Local demo.
    QList<Profile> profiles() const;
    QList<Profile> saved() const;
    // The profile of this name, or an invalid one.
    Profile find(const QString &name) const;
    // An empty string when saved; else why not (a reserved or empty name, a bad URL).
    QString save(const Profile &profile);
    bool remove(const QString &name);

    // The profile the app opens with and the CLI uses without --profile (when the
    // environment does not name one).
    QString defaultProfile() const;
    // After `removed` was taken away: when it had been the default, a sentence naming the
    // profile that is the default now (and whether it sends the key unencrypted); else empty.
    QString defaultAfterRemoving(const QString &removed, bool wasDefault) const;
    void setDefaultProfile(const QString &name);

    // The environment's profile, when POKEE_API and POKEE_KEY are both set.
    static bool environmentIsSet();
    static Profile environmentProfile();
    static Profile localDemoProfile();

    // Each profile's own journal, in the user's data folder, by its storageId().
    static QString journalPath(const QString &storageId);
    static QString journalPath(const Profile &profile) { return journalPath(profile.storageId()); }
    // The profile's rules file (the user edits it; the app reads it when the profile opens)
    // and its audit log, in the same data folder.
    static QString rulesPath(const Profile &profile);
    // Why `url` cannot be a profile's base URL, or empty.
    static QString checkBaseUrl(const QUrl &url);
    // Why save() would refuse `profile` (a reserved or empty name, a bad URL or proxy), or
    // empty: checked before anything else is touched (the key in the keychain).
    static QString check(const Profile &profile);

private:
    QString m_path;
};

} // namespace pokee
