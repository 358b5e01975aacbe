#pragma once

#include "tools/ToolLibrary.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace pokee::ui {

class JsonEditor;

// Tools → Tool library: the tools a user hands to new sessions and the playground. A list
// of names; the selected tool as JSON (flat shape) in a highlighted editor checked as you
// type; New, Delete, Import (either OpenAI shape, same names replaced) and Export (flat or
// nested). Save writes the library file; Cancel forgets the edits.
class ToolLibraryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolLibraryDialog)
public:
    explicit ToolLibraryDialog(const QString &libraryPath, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    JsonEditor *editor() const { return m_editor; }
    const pokee::ToolLibrary &library() const { return m_library; }

    void addTool();
    void removeCurrent();
    // An empty string on success, else the sentence shown to the user.
    QString importFrom(const QString &path);
    QString exportTo(const QString &path, pokee::ToolSet::Shape shape);
    QString save();

Q_SIGNALS:
    void saved();

private:
    void showCurrent();
    void applyEdit();
    void refreshNames(int select);
    void askImport();
    void askExport(pokee::ToolSet::Shape shape);

    pokee::ToolLibrary m_library;
    QListWidget *m_list;
    JsonEditor *m_editor;
    QPushButton *m_remove;
    bool m_showing = false;
};

} // namespace pokee::ui
