#pragma once

#include <QDialog>

class QLabel;

namespace pokee::ui {

// Help → About: what this is, which version, the libraries it runs on (their versions as
// built and, for Qt, as loaded) and their licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text of the Libraries section (tests check the versions are in it).
    QString librariesText() const;

private:
    QLabel *m_libraries;
};

} // namespace pokee::ui
