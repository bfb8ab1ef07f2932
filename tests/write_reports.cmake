# Decodes every scenario fixture's case (tests/scenarios/*.case.json) and every shared example,
# writing OUT/<name>.json, .text, .markdown and .ics. scripts/test.sh compares the native and wasm folders byte
# for byte. CLI may be a list ("node;--no-experimental-fetch;case-decoder.js").
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(GLOB cases ${SRC}/tests/scenarios/*.case.json ${SRC}/../shared/examples/*.json)
list(SORT cases)
set(count 0)
foreach(f ${cases})
  get_filename_component(name ${f} NAME_WE)
  foreach(fmt json text markdown ics)
    execute_process(COMMAND ${CLI} decode ${f} --format ${fmt} --as-of 2026-11-23
                    OUTPUT_FILE ${OUT}/${name}.${fmt} ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "decode ${f} --format ${fmt} failed (${rc}): ${err}")
    endif()
  endforeach()
  math(EXPR count "${count} + 1")
endforeach()
if(count EQUAL 0)
  message(FATAL_ERROR "no case files found")
endif()
message(STATUS "wrote ${count} reports in 4 formats to ${OUT}")
