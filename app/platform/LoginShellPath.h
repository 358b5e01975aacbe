#pragma once

#include <QStringList>

namespace pokee::login_shell {

// The PATH the user's login shell sets up (~/.profile, ~/.bash_profile, ~/.zprofile, nvm and
// the like), which an app started from the desktop does not inherit on Linux and macOS: the
// reason other hosts' users meet "spawn npx ENOENT". Read once per user and shell by running
// `$SHELL -l -i -c` with markers around the value (a shell that prints a greeting or hangs
// is survived: the markers find the value, and a timeout gives up). Empty on Windows, and
// when the shell cannot tell.
QStringList path(int timeoutMs = 5000);

// `inherited` with the login shell's entries that it lacks appended, in their order.
QString merged(const QString &inherited, const QStringList &loginPath);

// The program a command names: itself when it has a path, else the first executable of that
// name in `searchPath` (PATH syntax); empty when none.
QString resolve(const QString &program, const QString &searchPath);

} // namespace pokee::login_shell
