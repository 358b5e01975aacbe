#pragma once

#include <QString>

namespace pokee::ui {

// The keychain refused a key (`message` says why): never a silent plain-text fallback — the
// user chooses between Cancel and keeping the key for this run only. True for the latter.
// The box has no parent: a window or dialog replaced while it is open must not delete a box
// on this stack, so callers check that they still exist (QPointer) after it returns.
bool keepKeyForThisRunOnly(const QString &message);

} // namespace pokee::ui
