// The app as a desktop expects it: every control named for screen readers (the main window
// and every dialog), announcements when a turn ends or a tool call comes, the window layout
// kept between runs, light and dark following the choice, the first-run view, Settings,
// Keyboard Shortcuts and About.
#include "shell/AboutDialog.h"
#include "shell/ActionRegistry.h"
#include "settings/Appearance.h"
#include "chat/ChatView.h"
#include "chat/SearchBar.h"
#include "sessions/CleanUpDialog.h"
#include "common/CodeHighlighter.h"
#include "chat/Composer.h"
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "common/JsonEditor.h"
#include "profiles/KeyPromptDialog.h"
#include "shell/MainWindow.h"
#include "sessions/NewSessionDialog.h"
#include "tools/PlaygroundWindow.h"
#include "profiles/ProfilesDialog.h"
#include "tools/RulesDialog.h"
#include "settings/SettingsDialog.h"
#include "shell/ShortcutsDialog.h"
#include "tools/ToolInbox.h"
#include "files/FilesController.h"
#include "files/FilesDock.h"
#include "tools/ToolLibraryDialog.h"
#include "shell/WelcomePanel.h"
#include "api/ApiClient.h"
#include "tools/PendingToolCallModel.h"
#include "platform/Translations.h"
#include "profiles/KeyStore.h"
#include "profiles/ProfileStore.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSet>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QHeaderView>
#include <QScrollBar>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStyleOptionButton>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QJsonArray>
#include <QJsonObject>
#include <QTranslator>
#include <QTreeWidget>

using namespace pokee;
using namespace Qt::StringLiterals;

namespace {

// What a keyboard or screen-reader user can operate. Qt's own parts of a composite widget
// (a combo box's line edit, a scroll area's bars, "qt_" helpers) are named by their owner.
bool isInteractive(const QWidget *w)
{
    if (w->objectName().startsWith(u"qt_"))
        return false;
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w) ||
        w->inherits("QTableCornerButton") || w->inherits("QLineEditIconButton"))
        return false; // parts of their scroll area or table, named by it
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p))
            return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QTabBar *>(w) ||
           qobject_cast<const ui::ChatView *>(w);
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget())
        path.prepend(QString::fromLatin1(p->metaObject()->className()) +
                     (p->objectName().isEmpty() ? QString() : u'#' + p->objectName()));
    return path.join(u" > ");
}

// Every interactive widget under `root` whose accessible name is empty.
QStringList unnamed(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!isInteractive(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            out << describe(w);
    }
    return out;
}

bool codeThemeIsDark(const QPalette &palette)
{
    const KSyntaxHighlighting::Theme theme = ui::CodeHighlighter::repository().themeForPalette(palette);
    return QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
}

} // namespace

class DesktopIntegrationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlOfTheWindowHasAnAccessibleName();
    void everyControlOfEveryDialogHasAnAccessibleName();
    void tabOrderFollowsTheLayout();
    void turnEndAndToolCallAreAnnounced();
    void windowLayoutIsRestored();
    void darkAndLightFollowTheChoice();
    void welcomeExplainsTheDemoAndLeadsToProfiles();
    void welcomeStepsAsideOnceTheFirstAnswerHasArrived();
    void docksLeaveTheConversationTheWidestPart();
    void darkModeLeavesRadioButtonsVisible();
    void settingsKeepTheLanguage();
    void shortcutsListEveryMenuShortcut();
    void everyMenuActionIsNamedInTheRegistry();
    void aboutNamesTheLibraries();

private:
    LocalEmulator m_emulator;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TurnManager> m_turns;
    std::unique_ptr<ui::MainWindow> m_window;
};

void DesktopIntegrationTest::initTestCase()
{
    QVERIFY(test::startEmulator(m_emulator, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
}

void DesktopIntegrationTest::init()
{
    QSettings().clear();
    m_api = std::make_unique<ApiClient>(m_emulator.endpoint());
    m_journal = std::make_unique<Journal>();
    QVERIFY(m_journal->open(QStringLiteral(":memory:")));
    m_turns = std::make_unique<TurnManager>(m_api.get(), m_journal.get());
    m_window = std::make_unique<ui::MainWindow>(m_api.get(), m_turns.get(), QStringLiteral("test"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void DesktopIntegrationTest::cleanup()
{
    m_window.reset();
    m_turns.reset();
    m_journal.reset();
    m_api.reset();
}

void DesktopIntegrationTest::everyControlOfTheWindowHasAnAccessibleName()
{
    // The docks too, though hidden at first: a user opens them.
    m_window->inbox()->open();
    const QStringList missing = unnamed(m_window.get());
    QVERIFY2(missing.isEmpty(), qPrintable(u"without an accessible name:\n"_s + missing.join(u'\n')));
}

void DesktopIntegrationTest::everyControlOfEveryDialogHasAnAccessibleName()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    KeyStore keys;
    PendingToolCallModel calls(m_turns.get());
    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.emplace_back(std::make_unique<ui::NewSessionDialog>());
    dialogs.emplace_back(std::make_unique<ui::CleanUpDialog>(m_window->directory()));
    dialogs.emplace_back(std::make_unique<ui::KeyPromptDialog>(QStringLiteral("work"), QStringLiteral("Why")));
    dialogs.emplace_back(std::make_unique<ui::ProfilesDialog>(&store, &keys));
    dialogs.emplace_back(std::make_unique<ui::ToolLibraryDialog>(dir.filePath(QStringLiteral("tools.json"))));
    dialogs.emplace_back(std::make_unique<ui::RulesDialog>(dir.filePath(QStringLiteral("rules.json")),
                                                           dir.filePath(QStringLiteral("audit"))));
    dialogs.emplace_back(std::make_unique<ui::PlaygroundWindow>(
        ui::PlaygroundWindow::Context{m_api.get(), &calls, {}, QStringLiteral("test"), {}, {}}));
    dialogs.emplace_back(std::make_unique<ui::SettingsDialog>(ui::Appearance::instance()));
    dialogs.emplace_back(std::make_unique<ui::ShortcutsDialog>(m_window->menuBar()));
    dialogs.emplace_back(std::make_unique<ui::AboutDialog>());
    QStringList missing;
    for (const auto &d : dialogs) {
        d->show();
        missing += unnamed(d.get());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"without an accessible name:\n"_s + missing.join(u'\n')));
}

void DesktopIntegrationTest::tabOrderFollowsTheLayout()
{
    // Left to right, top to bottom: the session search and list, then the conversation, then
    // the message field and its button, and round again.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->sessionSearch()->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(m_window->sessionSearch()->hasFocus());
    QList<QWidget *> visited{m_window->sessionSearch()};
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    const qsizetype list = visited.indexOf(static_cast<QWidget *>(m_window->sessionList()));
    const qsizetype chat = visited.indexOf(static_cast<QWidget *>(m_window->chatView()));
    const qsizetype composer = visited.indexOf(static_cast<QWidget *>(m_window->composer()->editor()));
    QVERIFY2(list > 0 && chat > list && composer > chat,
             qPrintable(u"list %1, conversation %2, message field %3"_s.arg(list).arg(chat).arg(composer)));
    QVERIFY(visited.lastIndexOf(static_cast<QWidget *>(m_window->sessionSearch())) > composer); // and round again
}

void DesktopIntegrationTest::turnEndAndToolCallAreAnnounced()
{
    // What goes to screen readers as QAccessibleAnnouncementEvent (sent when an assistive
    // technology is active, which the offscreen platform never is): the same sentences.
    QSignalSpy heard(m_window.get(), &ui::MainWindow::announced);
    auto said = [&heard](const QString &sentence) {
        for (const QList<QVariant> &args : std::as_const(heard))
            if (args.at(0).toString() == sentence)
                return true;
        return false;
    };
    test::HttpProbe http(m_emulator.endpoint());
    const QJsonArray tools{QJsonObject{{u"type"_s, u"function"_s},
                                       {u"name"_s, u"get_weather"_s},
                                       {u"parameters"_s, QJsonObject{{u"type"_s, u"object"_s}}}}};
    m_window->controller()->openSession(http.createSession({{u"tools"_s, tools}}));
    QSignalSpy finished(m_window->controller(), &SessionController::turnFinished);
    m_window->composer()->setText(u"What is the weather in Oslo?"_s);
    m_window->composer()->submit();
    QTRY_VERIFY_WITH_TIMEOUT(said(u"Tool call get_weather is waiting for your answer."_s), 30000);
    m_window->controller()->cancel();
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(said(u"The turn was cancelled."_s));

    m_window->composer()->setText(u"Say hello"_s);
    m_window->composer()->submit();
    QTRY_VERIFY_WITH_TIMEOUT(said(u"The answer is complete."_s), 30000);
}

void DesktopIntegrationTest::windowLayoutIsRestored()
{
    m_window->resize(700, 520); // inside the offscreen screen (800x600)
    m_window->inbox()->open();
    QVERIFY(m_window->inbox()->isVisible());
    m_window->close(); // closing saves, as quitting does
    const QSize size = m_window->size();

    ui::MainWindow again(m_api.get(), m_turns.get(), QStringLiteral("test"));
    QVERIFY(!again.inbox()->isVisibleTo(&again));
    again.restoreLayout();
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), size);
    QVERIFY(again.inbox()->isVisible());
}

void DesktopIntegrationTest::darkAndLightFollowTheChoice()
{
    ui::Appearance *appearance = ui::Appearance::instance();
    auto isDark = [](const QPalette &p) { return p.color(QPalette::Window).lightness() < 128; };
    // A JSON editor on screen: its highlighting must change theme with the palette.
    ui::JsonEditor json;
    json.setText(u"{\"a\": 1}"_s);
    json.show();
    auto *highlighter = json.editor()->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
    QVERIFY(highlighter);
    auto highlightsDark = [highlighter] {
        return QColor::fromRgba(highlighter->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
    };
    appearance->setScheme(ui::Appearance::Scheme::Dark);
    QTRY_VERIFY(highlightsDark());
    QVERIFY(appearance->isDark());
    QVERIFY(isDark(QApplication::palette()));
    QTRY_VERIFY(isDark(m_window->chatView()->palette()));
    // The code theme follows the palette it is asked for.
    QVERIFY(codeThemeIsDark(m_window->palette()));
    QCOMPARE(QSettings().value(QStringLiteral("appearance/colorScheme")).toString(), u"dark"_s);

    appearance->setScheme(ui::Appearance::Scheme::Light);
    QVERIFY(!appearance->isDark());
    QTRY_VERIFY(!highlightsDark());
    QVERIFY(!isDark(QApplication::palette()));
    QTRY_VERIFY(!isDark(m_window->chatView()->palette()));
    QVERIFY(!codeThemeIsDark(m_window->palette()));

    appearance->setScheme(ui::Appearance::Scheme::System);
    QVERIFY(!QSettings().contains(QStringLiteral("appearance/colorScheme")));
    QCOMPARE(ui::Appearance::savedScheme(), ui::Appearance::Scheme::System);
}

void DesktopIntegrationTest::welcomeExplainsTheDemoAndLeadsToProfiles()
{
    ui::WelcomePanel *welcome = m_window->welcomePanel();
    QVERIFY(!welcome->isVisible());
    m_window->showWelcome(true);
    QVERIFY(welcome->isVisible());
    QSignalSpy profiles(m_window.get(), &ui::MainWindow::manageProfilesRequested);
    QTest::mouseClick(welcome->addEndpointButton(), Qt::LeftButton);
    QCOMPARE(profiles.count(), 1);
    QTest::mouseClick(welcome->dismissButton(), Qt::LeftButton);
    QVERIFY(!welcome->isVisible());
    QVERIFY(!ui::WelcomePanel::wanted());
    m_window->showWelcome(true); // the next start: not again
    QVERIFY(!welcome->isVisible());
}

// A new user's first answer: the welcome note leaves the conversation its room by itself, for
// good, and Help → Welcome brings it back.
void DesktopIntegrationTest::welcomeStepsAsideOnceTheFirstAnswerHasArrived()
{
    ui::WelcomePanel *welcome = m_window->welcomePanel();
    m_window->showWelcome(true);
    QVERIFY(welcome->isVisible());
    QSignalSpy finished(m_window->controller(), &SessionController::turnFinished);
    m_window->controller()->openSession(test::HttpProbe(m_emulator.endpoint()).createSession());
    m_window->composer()->setText(QStringLiteral("Hello there"));
    m_window->composer()->submit();
    QVERIFY(finished.wait(30000));
    QVERIFY(!welcome->isVisible());
    QVERIFY(!ui::WelcomePanel::wanted());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Help → Welcome"));
    m_window->actions()->action(QStringLiteral("help.welcome"))->trigger();
    QVERIFY(welcome->isVisible());
}

void DesktopIntegrationTest::settingsKeepTheLanguage()
{
    ui::SettingsDialog *settings = m_window->openSettings();
    QComboBox *language = settings->languageBox();
    QCOMPARE(language->currentData().toString(), QString()); // the system's
    const int german = language->findData(u"de"_s);
    QVERIFY(german > 0);
    QCOMPARE(language->itemText(german), u"Deutsch"_s);
    QVERIFY(language->findData(u"zh_CN"_s) > 0);
    language->setCurrentIndex(german);
    QCOMPARE(translations::languageSetting(), u"de"_s);
    settings->schemeButtons()->button(int(ui::Appearance::Scheme::Dark))->click();
    QVERIFY(ui::Appearance::instance()->isDark());
    settings->schemeButtons()->button(int(ui::Appearance::Scheme::System))->click();
    settings->close();

    // The translation itself: German loaded into an app is German.
    QTranslator probe;
    QVERIFY(probe.load(QLocale(u"de"_s), u"pokee"_s, u"_"_s, u":/i18n"_s));
    QCOMPARE(probe.translate("pokee::ui::MainWindow", "&File"), u"&Datei"_s);
}

void DesktopIntegrationTest::shortcutsListEveryMenuShortcut()
{
    ui::ShortcutsDialog *dialog = m_window->openShortcuts();
    QStringList listed;
    for (QTreeWidgetItemIterator it(dialog->list()); *it; ++it)
        listed << (*it)->text(1);
    int withShortcut = 0;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->shortcut().isEmpty())
                continue;
            ++withShortcut;
            QVERIFY2(listed.contains(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(a->text()));
        }
    }
    QVERIFY(withShortcut >= 10); // new, find, quit, inbox, files, playground, settings, help…
}

void DesktopIntegrationTest::everyMenuActionIsNamedInTheRegistry()
{
    // What the menus offer is what the registry names (the command palette will list it):
    // each menu entry is a registered action, each id is unique and belongs to a room of ui/.
    const ui::ActionRegistry *registry = m_window->actions();
    const QStringList rooms = {u"shell"_s, u"chat"_s, u"sessions"_s, u"tools"_s, u"files"_s, u"profiles"_s, u"settings"_s};
    QSet<QString> ids;
    for (const ui::ActionRegistry::Entry &e : registry->entries()) {
        QVERIFY2(!ids.contains(e.id), qPrintable(e.id));
        ids.insert(e.id);
        QVERIFY2(rooms.contains(e.room), qPrintable(e.id + u' ' + e.room));
        QVERIFY2(!e.action->text().isEmpty(), qPrintable(e.id));
        QCOMPARE(registry->action(e.id), e.action);
    }
    int inMenus = 0;
    for (QAction *top : m_window->menuBar()->actions()) {
        for (QAction *a : top->menu()->actions()) {
            if (a->isSeparator())
                continue;
            ++inMenus;
            QVERIFY2(ids.contains(a->objectName()) && registry->action(a->objectName()) == a, qPrintable(a->text()));
        }
    }
    QCOMPARE(inMenus, int(registry->entries().size())); // and every registered action is in a menu
    // Acting through the registry is acting through the menu: Find opens the find bar.
    registry->action(u"chat.find"_s)->trigger();
    QVERIFY(m_window->searchBar()->isVisibleTo(m_window.get()));
}

void DesktopIntegrationTest::aboutNamesTheLibraries()
{
    ui::AboutDialog *about = m_window->openAbout();
    const QString text = about->librariesText();
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)));
    QVERIFY(text.contains(u"QtKeychain"_s));
    QVERIFY(text.contains(u"LGPL-3.0"_s));
}

// The Files dock and the inbox opened together at 1280×800: the conversation stays the widest
// part of the window, not a narrow column beside them.
void DesktopIntegrationTest::docksLeaveTheConversationTheWidestPart()
{
    // At the sizes people use: a laptop's 1280 and 1366 pixels, a desktop's 1920. The
    // conversation itself (not the session list beside it) stays the widest part.
    for (const int width : {1180, 1280, 1366, 1920}) {
        m_window->resize(width, 800);
        QTRY_COMPARE(m_window->width(), width);
        m_window->actions()->action(QStringLiteral("view.files"))->trigger();
        m_window->actions()->action(QStringLiteral("view.inbox"))->trigger();
        QTRY_VERIFY(m_window->sessionFiles()->dock()->isVisible() && m_window->inbox()->isVisible());
        QWidget *conversation = m_window->conversation();
        const auto widest = [&] {
            return conversation->width() > m_window->inbox()->width() && conversation->width() > m_window->sessionFiles()->dock()->width()
                   && conversation->width() > m_window->sessionsPanel()->width();
        };
        // And the files get room enough for their names beside their sizes and dates.
        QTRY_VERIFY2(m_window->sessionFiles()->dock()->width() >= 300,
                     qPrintable(QStringLiteral("files %1 wide").arg(m_window->sessionFiles()->dock()->width())));
        QTRY_VERIFY2(widest(), qPrintable(QStringLiteral("at %1: conversation %2, sessions %3, inbox %4, files %5")
                                              .arg(width).arg(conversation->width()).arg(m_window->sessionsPanel()->width())
                                              .arg(m_window->inbox()->width()).arg(m_window->sessionFiles()->dock()->width())));
        m_window->sessionFiles()->dock()->hide();
        m_window->inbox()->hide();
    }
}

void DesktopIntegrationTest::darkModeLeavesRadioButtonsVisible()
{
    // The Settings dialog's scheme choice, unchecked, in the dark palette: its circle stands out
    // from the window behind it by a clear step of lightness (it differed by 13 of 255).
    ui::Appearance::instance()->setScheme(ui::Appearance::Scheme::Dark);
    const auto restore = qScopeGuard([] { ui::Appearance::instance()->setScheme(ui::Appearance::Scheme::System); });
    QRadioButton radio(u"Light"_s);
    radio.show();
    QVERIFY(QTest::qWaitForWindowExposed(&radio));
    QStyleOptionButton option;
    option.initFrom(&radio);
    const QRect indicator = radio.style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, &radio);
    const QImage shot = radio.grab().toImage();
    const int window = radio.palette().color(QPalette::Window).lightness();
    int strongest = 0;
    for (int y = indicator.top(); y <= indicator.bottom(); ++y)
        for (int x = indicator.left(); x <= indicator.right(); ++x)
            strongest = std::max(strongest, std::abs(QColor(shot.pixel(x, y)).lightness() - window));
    QVERIFY2(strongest >= 35, qPrintable(QStringLiteral("the circle differs from the window by %1 of 255").arg(strongest)));
}

QTEST_MAIN(DesktopIntegrationTest)
#include "DesktopIntegrationTest.moc"
