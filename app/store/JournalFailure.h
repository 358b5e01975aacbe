#pragma once

#include <QString>

namespace pokee {

// What a journal failure sentence ends with: what the user can do about it.
enum class JournalAdvice {
    FromReason,        // picked from the database's reason inside the sentence
    DiskOrPermissions, // a full disk, a file or folder that cannot be written
    NotAJournal,       // another kind of file, or a damaged one
    Locked,            // another process held the write lock past the busy timeout
    NewerVersion,      // written by a newer Pokee Desktop
    None,              // the sentence says it all
};

// `sentence` (what the journal could not do, and why) followed by its advice.
QString journalFailure(const QString &sentence, JournalAdvice advice);

} // namespace pokee
