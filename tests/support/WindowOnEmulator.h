#pragma once

// A real window of one profile on a running pokee-emulator, with its client, an in-memory
// journal and the turn manager, made and torn down in the order the window needs (the GUI
// tests' init() and cleanup()).
#include "shell/MainWindow.h"

#include "api/ApiClient.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QTest>

#include <memory>

namespace pokee::test {

struct WindowOnEmulator
{
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<TurnManager> turns;
    std::unique_ptr<ui::MainWindow> window;

    // Makes and shows the window of `profile` on `endpoint`, `size` big; false when the
    // journal could not open or the window was never shown.
    bool open(const Endpoint &endpoint, const QString &profile, const QSize &size)
    {
        api = std::make_unique<ApiClient>(endpoint);
        journal = std::make_unique<Journal>();
        if (!journal->open(QStringLiteral(":memory:")))
            return false;
        turns = std::make_unique<TurnManager>(api.get(), journal.get());
        window = std::make_unique<ui::MainWindow>(api.get(), turns.get(), profile);
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    // The window first, then what it stands on.
    void close()
    {
        window.reset();
        turns.reset();
        journal.reset();
        api.reset();
    }
};

} // namespace pokee::test
