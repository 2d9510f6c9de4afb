# One INTERFACE target carries the compile policy; every Hookline target links it.
# No global flag edits: what a target needs comes from here.
add_library(hookline_policy INTERFACE)
target_compile_features(hookline_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
# -Wshadow=local is GCC's; clang (the fuzz build) has no such spelling and would fail on it.
target_compile_options(hookline_policy INTERFACE -Wall -Wextra -Wpedantic
                       $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor -Wformat=2
                       $<$<BOOL:${HOOKLINE_WERROR}>:-Werror>)
target_compile_definitions(hookline_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    HOOKLINE_VERSION="${PROJECT_VERSION}")

if(HOOKLINE_SANITIZE)
    set(_hookline_san "")
    foreach(_s IN LISTS HOOKLINE_SANITIZE)
        if(NOT _s MATCHES "^(address|undefined|thread|leak)$")
            message(FATAL_ERROR "HOOKLINE_SANITIZE: unknown sanitizer '${_s}'")
        endif()
        list(APPEND _hookline_san "${_s}")
    endforeach()
    list(JOIN _hookline_san "," _hookline_san_flags)
    target_compile_options(hookline_policy INTERFACE -fsanitize=${_hookline_san_flags}
                           -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(hookline_policy INTERFACE -fsanitize=${_hookline_san_flags})
endif()
