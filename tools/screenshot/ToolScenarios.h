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

// The scenarios of the tools work: `library` (the tool library with a typing error named),
// `inbox` (a call waiting with its countdown and a drafted answer), `rules` (the rules
// editor over its file), `playground` (a stateless loop whose call a rule answered).
bool isToolScenario(const QString &which);

// Sets the window up for `which`, keeping its files in `folder`, and calls `shoot(widget)`
// once there is something to see: the widget is the window to photograph.
void startToolScenario(const QString &which, ui::MainWindow &window, ApiClient &api, const QString &folder,
                       const std::function<void(QWidget *)> &shoot);

} // namespace pokee::screenshot
