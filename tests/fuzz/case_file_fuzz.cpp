// libFuzzer harness: any bytes as a case file. Parsing must either fail with one clean line or
// give a case whose report builds and renders in every format. Crashes, hangs and sanitizer
// reports are the findings; every one found becomes a named test in tests/unit.
#include "case_decoder/case_decoder.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const cd::Content& content = cd::bundled_content();
    std::string text(reinterpret_cast<const char*>(data), size);
    cd::CaseFileResult r = cd::parse_case_file(text, content);
    if (!r.ok) {
        if (r.error.empty() || r.error.find('\n') != std::string::npos) std::abort();  // one line, always
        return 0;
    }
    cd::Report report = cd::build_report(r.case_file, content);
    if (report.questions.size() > 15) std::abort();
    (void)cd::render_json(report);
    (void)cd::render_text(report, content);
    (void)cd::render_markdown(report, content);
    // What the widget saves must load again to the same case.
    std::string saved = cd::write_case_file(r.case_file);
    cd::CaseFileResult again = cd::parse_case_file(saved, content);
    if (!again.ok || cd::write_case_file(again.case_file) != saved) std::abort();
    return 0;
}
