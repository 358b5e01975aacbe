#pragma once

#include "tools/RuleSet.h"

#include <QDialog>

class QListWidget;
class QTableWidget;
class QTabWidget;

namespace pokee::ui {

class JsonEditor;

// Tools → Rules: the profile's rules file, as a list (each rule on or off, deleted, moved:
// the first enabled match wins) and as the JSON itself, highlighted and checked as you type.
// Import and Export read and write a rules file elsewhere. Save writes the profile's file
// and hands the rules to the app at once. The Audit tab lists every answer a rule gave.
class RulesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesDialog)
public:
    RulesDialog(const QString &rulesPath, const QString &auditPath, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    JsonEditor *editor() const { return m_editor; }
    QTableWidget *audit() const { return m_audit; }
    QTabWidget *tabs() const { return m_tabs; }
    const pokee::RuleSet &rules() const { return m_rules; }

    void removeCurrent();
    void moveCurrent(int by);
    // An empty string on success, else the sentence shown to the user.
    QString importFrom(const QString &path);
    QString exportTo(const QString &path) const;
    QString save();
    void refreshAudit();

Q_SIGNALS:
    void saved(const pokee::RuleSet &rules);

private:
    void setRules(const pokee::RuleSet &rules, int select);
    void fillList(int select);
    void onJsonEdited();

    QString m_rulesPath;
    QString m_auditPath;
    pokee::RuleSet m_rules;
    QTabWidget *m_tabs;
    QListWidget *m_list;
    JsonEditor *m_editor;
    QTableWidget *m_audit;
    bool m_filling = false;
};

} // namespace pokee::ui
