# Decodes every scenario fixture's case (tests/scenarios/*.case.json) and every shared example in
# one run of the CLI, writing OUT/<name>.json, .text, .markdown and .ics. scripts/test.sh compares
# the native and wasm folders byte for byte. CLI may be a list ("node;--no-experimental-fetch;case-decoder.js").
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(GLOB cases ${SRC}/tests/scenarios/*.case.json ${SRC}/../shared/examples/*.json)
list(SORT cases)
list(LENGTH cases count)
if(count EQUAL 0)
  message(FATAL_ERROR "no case files found")
endif()
execute_process(COMMAND ${CLI} decode ${cases} --out-dir ${OUT} --formats json,text,markdown,ics --as-of 2026-11-23
                ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "decode --out-dir failed (${rc}): ${err}")
endif()
# One check that the batch writes what a single decode prints: the first case, as text.
list(GET cases 0 first)
get_filename_component(first_name ${first} NAME)
string(REGEX REPLACE "\\..*$" "" first_name "${first_name}")
execute_process(COMMAND ${CLI} decode ${first} --format text --as-of 2026-11-23 OUTPUT_VARIABLE single RESULT_VARIABLE rc)
file(READ ${OUT}/${first_name}.text batch)
if(NOT rc EQUAL 0 OR NOT single STREQUAL batch)
  message(FATAL_ERROR "decode --out-dir wrote ${first_name}.text differently from a single decode")
endif()
file(GLOB written ${OUT}/*)
list(LENGTH written n)
message(STATUS "wrote ${n} report files for ${count} case files in one run")
