# The rooms of docs/architecture.md:
#   app/       the non-widget core: never includes ui/ or emulator/ headers, nor any widget;
#              its rooms are ordered, and a room includes only itself and the rooms below it
#   emulator/  the test peer: shares no code with the client (no app/ or ui/ headers)
#   ui/        may include app/, never emulator/; only the composition root (shell/main.cpp,
#              DesktopShell, MainWindow) includes api/ or store/: the other widgets get models
#              and controllers, never the client or the journal
# Usage: cmake -DSOURCE_DIR=<repo> -P CheckLayering.cmake
cmake_minimum_required(VERSION 3.16) # if(IN_LIST) in script mode
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckLayering: SOURCE_DIR is not set")
endif()

set(violations "")
function(check_room room pattern why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${room}/*.h" "${SOURCE_DIR}/${room}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" hits REGEX "${pattern}")
        foreach(h IN LISTS hits)
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
            string(STRIP "${h}" h)
            list(APPEND violations "${rel}: '${h}' (${why})")
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

set(inc "^[ \t]*#[ \t]*include[ \t]*[<\"]")
check_room(app "${inc}([./]*/)?(ui|emulator)/" "app/ must not include ui/ or emulator/")
check_room(app "${inc}(QtWidgets/)?Q(Widget|MainWindow|Dialog|PushButton|TextEdit|PlainTextEdit|Application|ListView|TreeView|Label|LineEdit|MessageBox|Style[A-Za-z]*)[>\"]" "app/ links no widgets")
check_room(app "${inc}QtWidgets" "app/ links no widgets")
check_room(app "${inc}(KSyntaxHighlighting|QtHttpServer|QHttpServer)" "app/ is the client core")
check_room(emulator "${inc}([./]*/)?(app|ui)/" "the emulator shares no code with the client")
check_room(ui "${inc}([./]*/)?emulator/" "the GUI never contains server code")

# ui/ reaches the network and the journal only through the composition root.
set(composition_root shell/main.cpp shell/DesktopShell.h shell/DesktopShell.cpp shell/MainWindow.h shell/MainWindow.cpp)
file(GLOB_RECURSE ui_files RELATIVE "${SOURCE_DIR}/ui" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
foreach(rel IN LISTS ui_files)
    if(rel IN_LIST composition_root)
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/ui/${rel}" hits REGEX "${inc}(api|store)/")
    foreach(h IN LISTS hits)
        string(STRIP "${h}" h)
        list(APPEND violations "ui/${rel}: '${h}' (only the composition root includes api/ or store/; give the widget a model or a controller)")
    endforeach()
endforeach()

# The rooms of app/, lowest first: each includes only itself and the rooms before it.
set(app_rooms platform api profiles stream store files models session mcp tools runtime cli)
list(JOIN app_rooms " < " app_order)
list(LENGTH app_rooms room_count)
math(EXPR last_room "${room_count} - 1")
foreach(i RANGE ${last_room})
    list(GET app_rooms ${i} room)
    set(above "")
    math(EXPR next "${i} + 1")
    if(next LESS_EQUAL last_room)
        foreach(j RANGE ${next} ${last_room})
            list(GET app_rooms ${j} higher)
            list(APPEND above ${higher})
        endforeach()
    endif()
    if(NOT above)
        continue()
    endif()
    list(JOIN above "|" above_pattern)
    check_room("app/${room}" "${inc}(${above_pattern})/"
               "app/${room} sits below the rooms it includes here, in the order ${app_order}")
endforeach()

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Layering violated:\n  ${text}")
endif()
