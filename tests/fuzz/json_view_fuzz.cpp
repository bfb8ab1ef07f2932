// libFuzzer harness, differential: the fast read-only JSON view (JsonViewParser, which reads the
// content at start-up) against nlohmann. Its contract (core/src/internal.h): for text it accepts,
// the value is nlohmann's; text nlohmann refuses, it refuses too. Any disagreement aborts.
#include "../../core/src/internal.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    static cd::JsonViewParser parser;
    cd::JsonView view;
    const bool taken = parser.parse(text, view);
    const cd::json j = cd::parse_json(text);
    if (!taken) return 0;                  // left to nlohmann: always allowed
    if (j.is_discarded()) std::abort();    // took what nlohmann refuses
    if (view.to_json() != j) std::abort();  // a different value
    // Walking the view agrees too: every member of an object is found by its key.
    if (view.is_object())
        for (auto it = view.begin(); it != view.end(); ++it)
            if (view.find(it.key()) == view.end()) std::abort();
    return 0;
}
