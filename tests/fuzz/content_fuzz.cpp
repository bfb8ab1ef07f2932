// libFuzzer harness: the bundled content with one file replaced by the fuzzer's bytes. The first
// byte picks which file. Loading must fail with a message naming the file, or succeed with
// content that decodes a case.
#include "case_decoder/case_decoder.h"
#include "case_decoder/content.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    static const std::vector<cd::ContentFile> base = cd::bundled_content_files();
    std::vector<cd::ContentFile> files = base;
    cd::ContentFile& target = files[data[0] % files.size()];
    target.text.assign(reinterpret_cast<const char*>(data + 1), size - 1);
    cd::ContentResult r = cd::load_content(files);
    if (!r.content) {
        if (r.error.rfind("content: ", 0) != 0) std::abort();
        return 0;
    }
    cd::CaseFileResult c = cd::parse_case_file(R"({"jurisdiction":"CA","charges":[{"offense":"dui","level":"misdemeanor"}],"facts":{"searched":"yes"}})", *r.content);
    if (c.ok) (void)cd::render_json(cd::build_report(c.case_file, *r.content));
    return 0;
}
