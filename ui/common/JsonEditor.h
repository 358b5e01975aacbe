#pragma once

#include <QJsonDocument>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;

namespace pokee::ui {

// A JSON text editor highlighted by KF6 SyntaxHighlighting and checked as you type: a syntax
// error is named with its line and column and underlined where it is; a valid document is
// then checked by the owner's own rules (a tool's shape, a rules file), whose first
// complaint is shown the same way.
class JsonEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonEditor)
public:
    // Returns what is wrong with a syntactically valid document (empty: nothing).
    using Check = std::function<QStringList(const QJsonDocument &)>;

    explicit JsonEditor(QWidget *parent = nullptr);

    void setCheck(Check check);
    // A sentence shown while the document is valid ("get_weather(location)").
    void setValidSummary(std::function<QString(const QJsonDocument &)> summary);

    QString text() const;
    void setText(const QString &text);
    bool isValid() const { return m_valid; }
    QJsonDocument document() const { return m_document; }
    QPlainTextEdit *editor() const { return m_edit; }
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    void edited();
    void validityChanged(bool valid);

private:
    void check();
    void markError(int line, int column);

    QPlainTextEdit *m_edit;
    QLabel *m_status;
    Check m_check;
    std::function<QString(const QJsonDocument &)> m_summary;
    QJsonDocument m_document;
    bool m_valid = false;
    bool m_settingText = false;
};

} // namespace pokee::ui
