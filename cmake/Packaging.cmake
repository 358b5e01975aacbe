# Installation (`cmake --install`) and packages (`cpack` in a build folder): a .deb on Linux, an
# NSIS installer on Windows, a .dmg on macOS. Included from the top-level CMakeLists.txt after
# every add_subdirectory, because it names targets from app/, ui/, emulator/ and tools/icons/.
include(GNUInstallDirs)

if(NOT POKEE_ICON_DIR)
    get_property(POKEE_ICON_DIR GLOBAL PROPERTY POKEE_ICON_DIR)
endif()
if(NOT POKEE_ICON_DIR)
    message(FATAL_ERROR "cmake/Packaging.cmake needs the rendered icons: add_subdirectory(tools/icons) first")
endif()

# ---------------------------------------------------------------------------------------------
# The programs

if(APPLE)
    # pokee-desktop starts the local emulator found next to its own executable
    # (LocalEmulator::defaultProgram), and macdeployqt can point only executables inside the
    # bundle at the bundle's frameworks: so the CLI and the emulator live in Contents/MacOS.
    # (The folder is the bundle's name, which is the target's output name.)
    install(TARGETS pokee-desktop BUNDLE DESTINATION .)
    install(TARGETS pokee pokee-emulator RUNTIME DESTINATION pokee-desktop.app/Contents/MacOS)
    if(TARGET pokee-commandbar)
        install(TARGETS pokee-commandbar LIBRARY DESTINATION pokee-desktop.app/Contents/MacOS)
    endif()
else()
    install(TARGETS pokee-desktop pokee pokee-emulator
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
            BUNDLE DESTINATION .)
    # The command palette's module (ui/palette/): beside the programs on Windows, in the
    # program's own library folder on Linux — where CommandPalette::moduleCandidates looks.
    if(WIN32 AND TARGET pokee-commandbar)
        install(TARGETS pokee-commandbar LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
    elseif(TARGET pokee-commandbar)
        install(TARGETS pokee-commandbar LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/pokee-desktop)
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# Linux: the desktop integration. The desktop file, the metainfo and the icons share the one
# reverse-DNS id of app/platform/AppIdentity.h, which is also QGuiApplication::desktopFileName.

if(UNIX AND NOT APPLE)
    install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/ai.pokee.Desktop.desktop"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/ai.pokee.Desktop.metainfo.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/ai.pokee.Desktop.svg"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    # The PNG sizes too: panels, docks and software centres that do not render SVG pick these.
    install(DIRECTORY "${POKEE_ICON_DIR}/hicolor"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
            FILES_MATCHING PATTERN "*.png")
endif()

# ---------------------------------------------------------------------------------------------
# Windows and macOS: the app's icon and version in the executable or bundle

if(WIN32)
    configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/pokee-desktop.rc.in"
                   "${CMAKE_BINARY_DIR}/packaging/pokee-desktop.rc" @ONLY)
    target_sources(pokee-desktop PRIVATE "${CMAKE_BINARY_DIR}/packaging/pokee-desktop.rc")
    # The resource compiler reads the .ico, which pokee-icon-render makes at build time.
    add_dependencies(pokee-desktop pokee-icons)
endif()

if(APPLE)
    # Set here rather than in ui/ so that all of the bundle's identity sits in one place; these
    # override the placeholders Qt's finalizer fills in (com.yourcompany.pokee-desktop).
    set_target_properties(pokee-desktop PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER ai.pokee.Desktop
        MACOSX_BUNDLE_BUNDLE_NAME "Pokee Desktop"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE pokee-desktop.icns
        MACOSX_BUNDLE_COPYRIGHT "© Pokee")
    # Installed, not compiled in: the .icns is made at build time in another directory, and
    # only the installed bundle (the .dmg's) needs an icon.
    install(FILES "${POKEE_ICON_DIR}/pokee-desktop.icns"
            DESTINATION pokee-desktop.app/Contents/Resources)
    # CMake drops the build-tree rpaths on install, which would leave macdeployqt unable to
    # resolve QtKeychain's and KSyntaxHighlighting's @rpath install names (it resolves Qt's
    # own by itself). Keeping the link folders lets it find and copy them into the bundle.
    set_target_properties(pokee-desktop pokee pokee-emulator PROPERTIES
        INSTALL_RPATH_USE_LINK_PATH TRUE)
endif()

# ---------------------------------------------------------------------------------------------
# Windows and macOS: Qt and the other libraries go into the package (a .deb depends on the
# distribution's instead)

if(WIN32 OR APPLE)
    # qt_generate_deploy_app_script deploys for one executable only. The emulator needs Qt
    # HttpServer and WebSockets, which the app does not link, and on macOS the CLI and the
    # emulator must be pointed at the bundle's frameworks: so all three go to the deploy tool
    # (windeployqt, macdeployqt) in one run.
    if(APPLE)
        set(deploy_app "$<TARGET_FILE_NAME:pokee-desktop>.app")
        set(deploy_bin_dir "$<TARGET_FILE_NAME:pokee-desktop>.app/Contents/MacOS")
        # Rewriting install names breaks the binaries' signatures, and Apple silicon runs no
        # unsigned code: macdeployqt signs the finished bundle ad hoc (a release would pass a
        # Developer ID instead).
        set(deploy_options "DEPLOY_TOOL_OPTIONS -codesign=-")
    else()
        # Escaped: QT_DEPLOY_BIN_DIR is a variable of the deploy script, not of this file.
        set(deploy_bin_dir "\${QT_DEPLOY_BIN_DIR}")
        set(deploy_app "${deploy_bin_dir}/$<TARGET_FILE_NAME:pokee-desktop>")
        set(deploy_options "")
    endif()
    set(deploy_modules "")
    if(TARGET pokee-commandbar)
        set(deploy_modules "ADDITIONAL_MODULES \"${deploy_bin_dir}/$<TARGET_FILE_NAME:pokee-commandbar>\"")
    endif()
    qt_generate_deploy_script(
        TARGET pokee-desktop
        OUTPUT_SCRIPT deploy_script
        CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${deploy_app}\"
    ADDITIONAL_EXECUTABLES
        \"${deploy_bin_dir}/$<TARGET_FILE_NAME:pokee>\"
        \"${deploy_bin_dir}/$<TARGET_FILE_NAME:pokee-emulator>\"
    ${deploy_modules}
    GENERATE_QT_CONF
    ${deploy_options}
)
")
    # After the install(TARGETS) above: the deploy tool works on the installed programs.
    install(SCRIPT "${deploy_script}")
endif()

if(WIN32)
    # windeployqt copies Qt's DLLs only. On macOS macdeployqt copies every non-system library
    # the programs link, these two included, into the bundle's Frameworks.
    # The command bar module's KF6 libraries too (KConfigWidgets and what it links).
    foreach(library qt6keychain KF6::SyntaxHighlighting KF6::ConfigWidgets KF6::ConfigGui KF6::ConfigCore KF6::ColorScheme
                    KF6::CoreAddons KF6::GuiAddons KF6::I18n KF6::WidgetsAddons KF6::Codecs)
        if(TARGET ${library})
            install(IMPORTED_RUNTIME_ARTIFACTS ${library}
                    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
                    LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
        endif()
    endforeach()
endif()

# ---------------------------------------------------------------------------------------------
# CPack

set(CPACK_PACKAGE_NAME pokee-desktop)
set(CPACK_PACKAGE_VENDOR Pokee)
set(CPACK_PACKAGE_CONTACT "Pokee <desktop@pokee.ai>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://pokee.ai")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop client for Pokee agents")
# Without it CPack fills the .deb's long description from its own placeholder text. Lines stay
# under 80 columns, as Debian's tools expect of a package description.
set(CPACK_PACKAGE_DESCRIPTION
    "Pokee Desktop is a native client for the Pokee Enterprise API. It streams
agents' answers into a local journal and resumes them after a dropped
connection or a restart, keeps API keys in the system keychain, collects tool
calls from all sessions in one inbox where scripted rules can answer them, and
downloads session files with progress and resume.

The package also contains pokee, a command-line client for the same sessions,
and pokee-emulator, a local stand-in for the Pokee API.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Pokee Desktop")
set(CPACK_PACKAGE_EXECUTABLES "pokee-desktop;Pokee Desktop")
# Values reach the generators exactly as written here (backslashes and $ included).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

# --- Debian package
# Its library dependencies come from dpkg-shlibdeps (needs dpkg-dev at packaging time), so the
# .deb follows the distribution's Qt instead of bundling one.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://pokee.ai")
# Qt loads these as plugins at run time, where dpkg-shlibdeps cannot see them:
#   libqt6sql6-sqlite  the SQLite driver of Qt SQL: the journal, and everything the app and
#                      pokee keep, are SQLite databases.
#   qt6-svg-plugins    the SVG icon engine and image plugin: the window icon and the app's
#                      icons are SVG.
# (Debian 13 ships the xcb platform plugin in libqt6gui6 itself, which shlibdeps does find;
# qt6-qpa-plugins holds only the VNC and uio-touch plugins, so it is not listed.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-svg-plugins")
# Recommended, not required, because each has a fallback or is the desktop's choice:
#   gnome-keyring | kwalletmanager  a Secret Service for QtKeychain (the same alternatives
#                                   libqt6keychain1 recommends); a desktop usually has one.
#   qt6-wayland                     the Wayland platform plugin; without it Qt uses XWayland.
#   qt6-translations-l10n           Qt's own strings (standard dialogs) in German and Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland, qt6-translations-l10n")
if(UNIX AND NOT APPLE)
    # Release builds carry symbol tables; a package needs none.
    set(CPACK_STRIP_FILES ON)
endif()

# --- NSIS installer (Windows)
file(TO_NATIVE_PATH "${POKEE_ICON_DIR}/pokee-desktop.ico" pokee_ico)
set(CPACK_NSIS_MUI_ICON "${pokee_ico}")
set(CPACK_NSIS_MUI_UNIICON "${pokee_ico}")
# Apps & features shows the icon of the installed executable.
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\pokee-desktop.exe")
set(CPACK_NSIS_DISPLAY_NAME "Pokee Desktop")
set(CPACK_NSIS_PACKAGE_NAME "Pokee Desktop")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# Without a version in it, so that the next version's installer finds this one to replace.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Pokee Desktop")
# Offers to put bin\ on PATH, so that `pokee` works from any terminal.
set(CPACK_NSIS_MODIFY_PATH ON)
# An upgrade replaces the earlier version instead of installing beside it.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_URL_INFO_ABOUT "https://pokee.ai")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
# The Start menu entry comes from CPACK_PACKAGE_EXECUTABLES (bin\pokee-desktop.exe).

# --- Disk image (macOS)
set(CPACK_DMG_VOLUME_NAME "Pokee Desktop")
if(APPLE)
    # The volume's icon (only here: NSIS would take CPACK_PACKAGE_ICON for a .bmp header).
    set(CPACK_PACKAGE_ICON "${POKEE_ICON_DIR}/pokee-desktop.icns")
endif()

include(CPack)
