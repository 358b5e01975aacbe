#pragma once

#include <functional>

class QWidget;

namespace pokee {
class ApiClient;
namespace ui {
class MainWindow;
}
} // namespace pokee

namespace pokee::screenshot {

// `split`: two sessions side by side in the main window, each answering its own prompt, the
// side on the right active (its header lit); shot once both answers are in.
void startSplitScenario(ui::MainWindow &window, ApiClient &api, const std::function<void(QWidget *)> &shoot);

} // namespace pokee::screenshot
