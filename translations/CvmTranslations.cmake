# What lupdate reads and how: one definition for the update_translations target, lrelease
# (app/CMakeLists.txt) and the test that the .ts files are current (tests/i18n). The top-level
# CMakeLists.txt includes it before the subdirectories and calls cvm_add_lupdate() once the
# translated targets below exist.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(CVM_TS_ZH_CN "${CMAKE_CURRENT_LIST_DIR}/cvm-purchaser_zh_CN.ts")
# English is the source language; this file only holds the plural forms of the "%n" texts.
set(CVM_TS_EN "${CMAKE_CURRENT_LIST_DIR}/cvm-purchaser_en.ts")
set(CVM_TS_FILES "${CVM_TS_ZH_CN}" "${CVM_TS_EN}")
set(CVM_TS_LANGUAGES zh_CN en)

# -no-obsolete: a text that left the sources leaves the .ts too (git keeps its translation).
set(CVM_LUPDATE_OPTIONS -locations relative -no-obsolete -source-language en)
set(CVM_LUPDATE_OPTIONS_ZH_CN ${CVM_LUPDATE_OPTIONS} -target-language zh_CN)
set(CVM_LUPDATE_OPTIONS_EN ${CVM_LUPDATE_OPTIONS} -target-language en -pluralonly)

# The programs people read: the core, the widgets, the CLI's commands, what both programs share
# (cvmlanguage: the language, the argument checks) and the two user-facing mains.
# The sandbox (src/sandbox, cvm-sandbox) is left out on purpose: it plays Tencent's API server,
# whose messages arrive in English and are shown as the server's detail text, never translated.
set(CVM_TRANSLATED_TARGETS cvmcore cvmui cvmcli cvmlanguage cvm-purchaser cvm-purchaser-cli)

# The update_translations target, from Qt's qt_add_lupdate(): one lupdate target per .ts file,
# translations_<language>_lupdate, because lupdate's options are per call and the English file
# alone takes -pluralonly (qt_add_translations() gives every file the same options). Both read
# every C++ and .ui source of CVM_TRANSLATED_TARGETS, taken from the targets; their include paths
# are the targets' include directories (so lupdate finds the class a .cpp file's tr() belongs to
# as the compiler does: "wizard/ReviewPage.h") and the sources' folders. qt_add_lupdate() writes
# lupdate's project description for each, read by the test too: sets CVM_LUPDATE_PROJECT_<LANGUAGE>
# (the description as CMake, see tests/i18n).
function(cvm_add_lupdate)
    set(sources "")
    set(folders "")
    foreach(target IN LISTS CVM_TRANSLATED_TARGETS)
        get_target_property(target_sources ${target} SOURCES)
        get_target_property(target_dir ${target} SOURCE_DIR)
        get_target_property(target_includes ${target} INCLUDE_DIRECTORIES)
        foreach(folder IN LISTS target_includes)
            # Generator expressions and the build tree (Qt's, moc's) hold no headers of the product's.
            if(folder AND NOT folder MATCHES "\\$<")
                cmake_path(ABSOLUTE_PATH folder BASE_DIRECTORY "${target_dir}" NORMALIZE)
                string(REGEX REPLACE "(.)/$" "\\1" folder "${folder}") # "cli/.." normalizes to ".../app/"
                cmake_path(IS_PREFIX PROJECT_BINARY_DIR "${folder}" generated)
                cmake_path(IS_PREFIX PROJECT_SOURCE_DIR "${folder}" ours)
                if(ours AND NOT generated)
                    list(APPEND folders "${folder}")
                endif()
            endif()
        endforeach()
        foreach(source IN LISTS target_sources)
            if(source MATCHES "\\$<" OR NOT source MATCHES "\\.(cpp|h|ui)$")
                continue()
            endif()
            cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${target_dir}" NORMALIZE)
            # Generated files (moc, uic) hold no texts of their own.
            cmake_path(IS_PREFIX PROJECT_BINARY_DIR "${source}" generated)
            if(generated)
                continue()
            endif()
            list(APPEND sources "${source}")
            cmake_path(GET source PARENT_PATH folder)
            list(APPEND folders "${folder}")
        endforeach()
    endforeach()
    list(REMOVE_DUPLICATES sources)
    list(SORT sources)
    list(REMOVE_DUPLICATES folders)
    list(SORT folders)

    foreach(language IN LISTS CVM_TS_LANGUAGES)
        string(TOUPPER ${language} suffix)
        # lupdate warns that -target-language "usually only makes sense with exactly one TS file":
        # each call has exactly one, named in its project file rather than with -ts.
        # With SOURCES and INCLUDE_DIRECTORIES given, Qt 6.4 reads nothing from the name but the
        # names of what it creates: the translations_<language>_lupdate target and its project file.
        qt_add_lupdate(translations_${language}
            TS_FILES ${CVM_TS_${suffix}}
            SOURCES ${sources}
            INCLUDE_DIRECTORIES ${folders}
            OPTIONS ${CVM_LUPDATE_OPTIONS_${suffix}})
        # Where qt6_add_lupdate() (Qt6LinguistToolsMacros.cmake) writes the description.
        set(project "${CMAKE_CURRENT_BINARY_DIR}/.lupdate/translations_${language}_project")
        get_property(multi_config GLOBAL PROPERTY GENERATOR_IS_MULTI_CONFIG)
        if(multi_config)
            string(APPEND project ".$<CONFIG>")
        endif()
        set(CVM_LUPDATE_PROJECT_${suffix} "${project}.cmake" PARENT_SCOPE)
    endforeach()
endfunction()
