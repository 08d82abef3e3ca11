# What lupdate reads and how: one definition for the update_translations target (top-level
# CMakeLists.txt), lrelease (app/CMakeLists.txt) and the test that the .ts files are current
# (tests/i18n). Include it after the targets below are complete.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(CVM_TS_ZH_CN "${CMAKE_CURRENT_LIST_DIR}/cvm-purchaser_zh_CN.ts")
# English is the source language; this file only holds the plural forms of the "%n" texts.
set(CVM_TS_EN "${CMAKE_CURRENT_LIST_DIR}/cvm-purchaser_en.ts")
set(CVM_TS_FILES "${CVM_TS_ZH_CN}" "${CVM_TS_EN}")

# -no-obsolete: a text that left the sources leaves the .ts too (git keeps its translation).
set(CVM_LUPDATE_OPTIONS -locations relative -no-obsolete -source-language en)
set(CVM_LUPDATE_OPTIONS_ZH_CN ${CVM_LUPDATE_OPTIONS} -target-language zh_CN)
set(CVM_LUPDATE_OPTIONS_EN ${CVM_LUPDATE_OPTIONS} -target-language en -pluralonly)

# The programs people read: the core, the widgets, the CLI's commands and the
# two user-facing mains.
# The sandbox (src/sandbox, cvm-sandbox) is left out on purpose: it plays Tencent's API server,
# whose messages arrive in English and are shown as the server's detail text, never translated.
set(CVM_TRANSLATED_TARGETS cvmcore cvmui cvmcli cvm-purchaser cvm-purchaser-cli)

# Writes an lupdate list file (`lupdate @FILE`): every C++ and .ui source of the targets above, one
# absolute path a line, then their folders as include paths. Rewritten only when it changes.
function(cvm_write_lupdate_list file)
    set(sources "")
    set(folders "")
    foreach(target IN LISTS CVM_TRANSLATED_TARGETS)
        get_target_property(target_sources ${target} SOURCES)
        get_target_property(target_dir ${target} SOURCE_DIR)
        foreach(source IN LISTS target_sources)
            if(source MATCHES "\\$<" OR NOT source MATCHES "\\.(cpp|h|ui)$")
                continue()
            endif()
            cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${target_dir}" NORMALIZE)
            cmake_path(IS_PREFIX PROJECT_BINARY_DIR "${source}" generated)
            if(generated)
                continue()
            endif()
            list(APPEND sources "${source}")
            cmake_path(GET source PARENT_PATH folder)
            list(APPEND folders "-I${folder}")
        endforeach()
    endforeach()
    list(REMOVE_DUPLICATES sources)
    list(SORT sources)
    list(REMOVE_DUPLICATES folders)
    list(SORT folders)
    list(JOIN sources "\n" source_lines)
    list(JOIN folders "\n" folder_lines)
    file(CONFIGURE OUTPUT "${file}" CONTENT "${source_lines}\n${folder_lines}\n" @ONLY)
endfunction()
