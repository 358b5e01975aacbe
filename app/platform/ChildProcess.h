#pragma once

#include <QProcessEnvironment>

class QProcess;

namespace pokee::child_process {

// What a program the user configured (a command rule now, an MCP server later) inherits: the
// variables the MCP SDKs pass to a server they start — HOME, LOGNAME, PATH, SHELL, TERM, USER
// (on Windows APPDATA, HOMEDRIVE, HOMEPATH, LOCALAPPDATA, PATH, PROCESSOR_ARCHITECTURE,
// SYSTEMDRIVE, SYSTEMROOT, TEMP, USERNAME, USERPROFILE) — plus the locale (LANG, LC_*), TZ and
// TMPDIR, and nothing else: never POKEE_KEY or any other secret of this process.
QProcessEnvironment minimalEnvironment(const QProcessEnvironment &from = QProcessEnvironment::systemEnvironment());

// Before start(): the minimal environment, and a process tree of its own (a new session and
// process group on Unix, a job object on Windows) so that killTree() reaches what it starts.
void prepare(QProcess &process);

// Ends the process and everything it started that is still in its group (or job): a shell's
// background jobs do not outlive a timeout. Safe when the process has already ended.
void killTree(QProcess &process);

} // namespace pokee::child_process
