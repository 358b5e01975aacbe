#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace pokee {
class ApiClient;
namespace ui {
class MainWindow;
}
} // namespace pokee

namespace pokee::screenshot {

// `files`: a session whose turn wrote a deck and its sources; the Files dock on its output
// folder with the Markdown report previewed, one download done and a large one under way
// (the emulator stalls it part-way so that its progress shows).
void startFilesScenario(ui::MainWindow &window, ApiClient &api, const QString &folder,
                        const std::function<void(QWidget *)> &shoot);

} // namespace pokee::screenshot
