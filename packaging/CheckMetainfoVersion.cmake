# cmake -DMETAINFO=file.metainfo.xml -DVERSION=x.y.z -P CheckMetainfoVersion.cmake
# Fails unless the first (newest) <release> in the AppStream metainfo is VERSION.
file(READ "${METAINFO}" xml)
string(REGEX MATCH "<release[^>]* version=\"([^\"]+)\"" match "${xml}")
if(NOT match)
  message(FATAL_ERROR "${METAINFO} has no <release version=...>: add release notes for ${VERSION}")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "The newest release in ${METAINFO} is ${CMAKE_MATCH_1}, but CMake builds ${VERSION}: "
                      "add a <release version=\"${VERSION}\"> with release notes at the top of <releases>.")
endif()
message(STATUS "metainfo release ${CMAKE_MATCH_1} matches the project version")
