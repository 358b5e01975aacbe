#include "FilesScenario.h"

#include "files/FilesDock.h"
#include "shell/MainWindow.h"
#include "files/FilesController.h"

#include "api/ApiClient.h"
#include "models/DownloadModel.h"
#include "models/FileListModel.h"
#include "session/SessionController.h"
#include "session/SessionDirectory.h"

#include <QTimer>
#include <QTreeView>

namespace pokee::screenshot {

void startFilesScenario(ui::MainWindow &window, ApiClient &api, const QString &folder,
                        const std::function<void(QWidget *)> &shoot)
{
    ui::FilesController *files = window.sessionFiles();
    files->setDownloadRoot(folder);
    window.resize(1280, 820);
    QObject::connect(api.createSession({}), &ApiCall::finished, &window, [&window, files](const ApiResult &r) {
        const QString sid = r.json.object().value(u"id").toString();
        window.directory()->addSession(sid, 1, 4 * 3600);
        window.directory()->rename(sid, QStringLiteral("Build the Q3 results deck"));
        window.controller()->openSession(sid);
        window.controller()->send(QStringLiteral(
            "Build the Q3 results deck with its sources [[file=output/Q3 results.pptx:3MB]] [[file=output/report.md]] "
            "[[file=output/chart-data.csv:24KB]] [[file=output/appendix-export.zip:60MB]] [[file=notes.txt]]"));
    });
    QObject::connect(window.controller(), &SessionController::turnFinished, &window, [&window, files, shoot] {
        ui::FilesDock *dock = files->dock();
        dock->show();
        QObject::connect(files->files(), &FileListModel::loaded, dock, [&window, files, dock, shoot] {
            if (files->files()->folder() != u"output")
                return files->files()->openRow(0); // the root lists output/ first
            for (int row = 0; row < files->files()->rowCount(); ++row) {
                const FileEntry &e = files->files()->at(row);
                if (e.name == u"report.md")
                    dock->fileView()->setCurrentIndex(dock->fileView()->model()->index(row, 0));
                if (e.name.endsWith(u".pptx") || e.name.endsWith(u".zip")) {
                    QString error;
                    files->downloads()->enqueue(window.controller()->sessionId(), e.path, e.name, dock->downloadFolder(), &error);
                }
            }
            QTimer::singleShot(3000, &window, [&window, shoot] { shoot(&window); });
        });
        files->files()->refresh();
    });
}

} // namespace pokee::screenshot
