# Runs cmake/CheckLayering.cmake before the core, UI and emulator libraries build, so that a
# forbidden include fails the build with a message naming the file and the rule it broke.
add_custom_target(pokee-layering
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -P ${CMAKE_SOURCE_DIR}/cmake/CheckLayering.cmake
    COMMENT "Checking the layering of app/, ui/ and emulator/"
    VERBATIM)
