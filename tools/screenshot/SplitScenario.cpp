#include "SplitScenario.h"

#include "chat/ChatView.h"
#include "chat/Composer.h"
#include "chat/ConversationPane.h"
#include "chat/SessionView.h"
#include "shell/ConversationSplit.h"
#include "shell/MainWindow.h"

#include "api/ApiClient.h"
#include "session/SessionController.h"
#include "session/SessionDirectory.h"

#include <QJsonObject>
#include <QTimer>

namespace pokee::screenshot {

void startSplitScenario(ui::MainWindow &window, ApiClient &api, const std::function<void(QWidget *)> &shoot)
{
    auto finished = std::make_shared<int>(0);
    auto onEnd = [&window, shoot, finished] {
        if (++*finished < 2)
            return;
        QTimer::singleShot(300, &window, [&window, shoot] {
            window.chatView()->flush();
            window.split()->side()->conversation()->chatView()->flush();
            shoot(&window);
        });
    };
    auto create = [&api, &window](std::function<void(const QString &)> then) {
        QObject::connect(api.createSession({{QStringLiteral("persistent"), true}}), &ApiCall::finished, &window,
                         [&window, then](const ApiResult &r) {
                             const QString id = r.json.object().value(u"id").toString();
                             window.directory()->addSession(id, 1, 0);
                             then(id);
                         });
    };
    create([&window, create, onEnd](const QString &first) {
        window.controller()->openSession(first);
        QObject::connect(window.controller(), &SessionController::turnFinished, &window, onEnd);
        window.composer()->setText(QStringLiteral("Show me a short Python example of summarising a list."));
        window.composer()->submit();
        create([&window, onEnd](const QString &second) {
            window.split()->openBeside(window.profileName(), second);
            ui::SessionView *side = window.split()->side();
            QObject::connect(side->controller(), &SessionController::turnFinished, &window, onEnd);
            side->conversation()->composer()->setText(QStringLiteral("Explain streaming"));
            side->conversation()->composer()->submit();
        });
    });
}

} // namespace pokee::screenshot
