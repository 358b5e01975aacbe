#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace pokee::translations {

// The languages the app is translated into, as locale names ("de", "zh_CN"); English is the
// source language and always available.
QStringList available();
// The language's own name, for a language menu ("Deutsch", "简体中文").
QString nativeName(const QString &locale);

// Installs the app's translation and Qt's own (standard dialogs, shortcuts) for `locale`, or
// for the system's languages when `locale` is empty. Returns the locale name loaded, empty
// when the app stays in English.
QString install(QCoreApplication *app, const QString &locale);

// The app's language setting ("" = the system's), shared by the settings dialog and main().
QString languageSetting();
void setLanguageSetting(const QString &locale);

} // namespace pokee::translations
