# The rooms of docs/architecture.md:
#   app/       the non-widget core: never includes ui/ or emulator/ headers, nor any widget
#   emulator/  the test peer: shares no code with the client (no app/ or ui/ headers)
#   ui/        may include app/, never emulator/
# Usage: cmake -DSOURCE_DIR=<repo> -P CheckLayering.cmake
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

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Layering violated:\n  ${text}")
endif()
