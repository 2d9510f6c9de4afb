# The layers of docs/ARCHITECTURE.md are enforced by the build: a stamp target scans the sources
# of a layer and fails the build when one includes a header its layer may not use. HINT, when
# given, is added to the failure message (what the layer may include instead, and where the rule
# is declared).
function(hookline_forbid_includes target)
    cmake_parse_arguments(ARG "" "NAME;HINT" "SOURCES;PATTERNS" ${ARGN})
    set(_stamp "${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}.layering.stamp")
    list(JOIN ARG_PATTERNS "|" _regex)
    add_custom_command(
        OUTPUT "${_stamp}"
        COMMAND ${CMAKE_COMMAND} "-DSTAMP=${_stamp}" "-DREGEX=${_regex}" "-DLAYER=${ARG_NAME}"
                "-DFILES=${ARG_SOURCES}" "-DHINT=${ARG_HINT}" -P "${PROJECT_SOURCE_DIR}/cmake/check_includes.cmake"
        DEPENDS ${ARG_SOURCES} "${PROJECT_SOURCE_DIR}/cmake/check_includes.cmake"
        COMMENT "Checking the include rules of ${ARG_NAME}"
        VERBATIM)
    add_custom_target(${target}_${ARG_NAME}_layering DEPENDS "${_stamp}")
    add_dependencies(${target} ${target}_${ARG_NAME}_layering)
endfunction()
