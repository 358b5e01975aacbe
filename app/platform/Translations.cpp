#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace pokee::translations {

namespace {

const auto LanguageKey = QStringLiteral("general/language");

// qt_add_translations embeds the .qm files under this prefix (see translations/CMakeLists.txt).
const auto EmbeddedFolder = QStringLiteral(":/i18n");

// The language loaded ("de", "zh_CN"), empty when none matched.
QString loadInto(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    return translator->language();
}

} // namespace

QStringList available()
{
    return {QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString nativeName(const QString &locale)
{
    const QLocale l(locale);
    QString name = l.nativeLanguageName();
    if (l.language() == QLocale::Chinese && l.script() != QLocale::TraditionalChineseScript)
        name = QStringLiteral("简体中文");
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString install(QCoreApplication *app, const QString &locale)
{
    const QLocale chosen = locale.isEmpty() ? QLocale::system() : QLocale(locale);
    // English plurals ("1 file", "2 files") come from pokee_en.qm; the source text is the
    // rest of English. A language we do not have (or the C locale) gets English, plurals
    // included, rather than "1 file(s)".
    QString ours = loadInto(app, chosen, QStringLiteral("pokee"), EmbeddedFolder);
    if (ours.isEmpty() || ours.startsWith(u"en")) {
        if (ours.isEmpty())
            loadInto(app, QLocale(QLocale::English), QStringLiteral("pokee"), EmbeddedFolder);
        ours.clear();
    }
    // Qt's own strings (standard buttons, the file dialog) in the same language as ours (with
    // LANGUAGE=fr:de the app is German, and so are its dialogs), from the system's Qt
    // translations or the folder qt.conf names in a deployed bundle.
    const QLocale qtLocale = ours.isEmpty() ? QLocale(QLocale::English) : QLocale(ours);
    loadInto(app, qtLocale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!locale.isEmpty())
        QLocale::setDefault(chosen); // numbers, dates and sizes as the chosen language writes them
    return ours;
}

QString languageSetting()
{
    return QSettings().value(LanguageKey).toString();
}

void setLanguageSetting(const QString &locale)
{
    QSettings s;
    if (locale.isEmpty())
        s.remove(LanguageKey);
    else
        s.setValue(LanguageKey, locale);
}

} // namespace pokee::translations
