#include "store/JournalFailure.h"

#include <QCoreApplication>

namespace pokee {

QString journalFailure(const QString &sentence, JournalAdvice advice)
{
    if (advice == JournalAdvice::FromReason) {
        // The advice follows the database's own reason: a full disk and a file that is not a
        // journal need different things from the user.
        if (sentence.contains(u"file is not a database") || sentence.contains(u"malformed") ||
            sentence.contains(u"corrupt"))
            advice = JournalAdvice::NotAJournal;
        else if (sentence.contains(u"database is locked") || sentence.contains(u"database is busy"))
            advice = JournalAdvice::Locked;
        else
            advice = JournalAdvice::DiskOrPermissions;
    }
    switch (advice) {
    case JournalAdvice::NotAJournal:
        //: %1 is a sentence that says what the local journal could not do and why
        return QCoreApplication::translate("Journal", "%1 The file is not a Pokee journal or is damaged: move it "
                                                         "away and a new one is started (the server keeps the sessions).")
                      .arg(sentence);
    case JournalAdvice::Locked:
        return QCoreApplication::translate("Journal", "%1 Another Pokee program kept the journal busy for too long; "
                                                         "try again.")
                      .arg(sentence);
    case JournalAdvice::NewerVersion:
        return QCoreApplication::translate("Journal", "%1 Update Pokee Desktop to use it.").arg(sentence);
    case JournalAdvice::None:
        return sentence;
    case JournalAdvice::FromReason:
    case JournalAdvice::DiskOrPermissions:
        //: %1 is a sentence that says what the local journal could not do, such as "The local journal could not
        //: save a session (disk I/O error)."
        return QCoreApplication::translate("Journal", "%1 Check that the disk has space and the file is writable.")
                      .arg(sentence);
    }
    return sentence;
}

} // namespace pokee
