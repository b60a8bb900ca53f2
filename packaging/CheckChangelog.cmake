# cmake -DMETAINFO=file.metainfo.xml -DCHANGELOG=changelog.gz -DGZIP=gzip -DVERSION=x.y.z
#       -DMAINTAINER="Name <email>" -P CheckChangelog.cmake
# Fails unless the first entry of the packaged change log is the metainfo's newest <release>: same
# version (the CMake one), same date, the package's maintainer, and the same words in the same
# order. It reads the metainfo on its own (not through debian-changelog.py), so a generator that
# drops or garbles a note fails here.
foreach(var METAINFO CHANGELOG GZIP VERSION MAINTAINER)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "CheckChangelog.cmake needs -D${var}=...")
  endif()
endforeach()
if(NOT EXISTS "${CHANGELOG}")
  message(FATAL_ERROR "${CHANGELOG} is missing: build the importscope_changelog target (needs python3)")
endif()

# The newest release: the first <release> element, up to its </release>.
file(READ "${METAINFO}" xml)
string(FIND "${xml}" "<release " start)
if(start LESS 0)
  message(FATAL_ERROR "${METAINFO} has no <release>")
endif()
string(SUBSTRING "${xml}" ${start} -1 xml)
string(FIND "${xml}" "</release>" end)
string(SUBSTRING "${xml}" 0 ${end} release)
string(REGEX MATCH "^<release[^>]*>" tag "${release}")
string(REGEX MATCH " version=\"([^\"]+)\"" _ "${tag}")
set(release_version "${CMAKE_MATCH_1}")
string(REGEX MATCH " date=\"([0-9]+)-([0-9]+)-([0-9]+)" _ "${tag}")
set(year "${CMAKE_MATCH_1}")
set(month "${CMAKE_MATCH_2}")
set(day "${CMAKE_MATCH_3}")

# Its notes as words: every element's text, tags dropped, entities decoded, whitespace collapsed.
string(REGEX REPLACE "<[^>]*>" " " notes "${release}")
string(REPLACE "&lt;" "<" notes "${notes}")
string(REPLACE "&gt;" ">" notes "${notes}")
string(REPLACE "&quot;" "\"" notes "${notes}")
string(REPLACE "&apos;" "'" notes "${notes}")
string(REPLACE "&amp;" "&" notes "${notes}")
string(REGEX REPLACE "[ \t\r\n]+" " " notes "${notes}")
string(STRIP "${notes}" notes)

execute_process(COMMAND "${GZIP}" -dc "${CHANGELOG}" OUTPUT_VARIABLE changelog RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${GZIP} -dc ${CHANGELOG} failed (${status})")
endif()
string(REGEX MATCH "^[^\n]*" first_line "${changelog}")
string(FIND "${changelog}" "\n -- " trailer_at)
if(trailer_at LESS 0)
  message(FATAL_ERROR "The change log has no ' -- maintainer  date' line:\n${changelog}")
endif()
string(SUBSTRING "${changelog}" 0 ${trailer_at} entry)
string(SUBSTRING "${changelog}" ${trailer_at} -1 trailer)
string(REGEX MATCH "^\n -- [^\n]*" trailer "${trailer}")
string(STRIP "${trailer}" trailer)

set(problems "") # text, not a list: the notes may contain ";"
if(NOT release_version STREQUAL VERSION)
  string(APPEND problems "\n- the metainfo's newest release is ${release_version}, CMake builds ${VERSION}")
endif()
if(NOT first_line MATCHES "^importscope \\(${VERSION}\\) [a-z-]+; urgency=[a-z]+$")
  string(APPEND problems "\n- the first line is '${first_line}', expected 'importscope (${VERSION}) unstable; urgency=medium'")
endif()

# The entry's words: the lines after the first, bullets dropped.
# (string(FIND), not a "^" regex: REGEX REPLACE would apply "^" again after each replacement.)
string(FIND "${entry}" "\n" first_break)
string(SUBSTRING "${entry}" ${first_break} -1 words)
string(REGEX REPLACE "\n[ ]+\\* " "\n" words "${words}")
string(REGEX REPLACE "[ \t\r\n]+" " " words "${words}")
string(STRIP "${words}" words)
if(NOT words STREQUAL notes)
  string(APPEND problems "\n- the entry says\n  '${words}'\nbut the metainfo's notes are\n  '${notes}'")
endif()

set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
math(EXPR month_index "${month} - 1")
list(GET months ${month_index} month_name)
string(FIND "${trailer}" "-- ${MAINTAINER}  " signed_by)
string(LENGTH "-- ${MAINTAINER}  " signer_length)
string(SUBSTRING "${trailer}" ${signer_length} -1 date)
if(NOT signed_by EQUAL 0 OR NOT date MATCHES "^[A-Z][a-z][a-z], ${day} ${month_name} ${year} [0-9:]+ [+-][0-9]+$")
  string(APPEND problems "\n- the sign-off line is '${trailer}', expected '-- ${MAINTAINER}  <day>, ${day} ${month_name} ${year} …'")
endif()

if(problems)
  message(FATAL_ERROR "The packaged change log does not match the metainfo's newest release:${problems}\n"
                      "Rebuild (the change log is generated from the metainfo) or fix packaging/debian-changelog.py.")
endif()
message(STATUS "change log entry ${VERSION} of ${year}-${month}-${day} matches the metainfo's release notes")
