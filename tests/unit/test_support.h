// Shared test helpers: build a case file from a JSON snippet, decode it with the bundled content.
#pragma once

#include "case_decoder/case_decoder.h"
#include "case_decoder/content.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

namespace cdtest {

inline cd::CaseFileResult parse(const std::string& json) { return cd::parse_case_file(json, cd::bundled_content()); }

inline cd::CaseFile must_parse(const std::string& json) {
    cd::CaseFileResult r = parse(json);
    INFO("error: " << r.error);
    REQUIRE(r.ok);
    return r.case_file;
}

inline cd::Report decode(const std::string& json) { return cd::build_report(must_parse(json), cd::bundled_content()); }

inline const cd::DismissalPath& path(const cd::Report& r, const std::string& id) {
    auto it = std::find_if(r.dismissal_paths.begin(), r.dismissal_paths.end(), [&](auto& p) { return cd::id_of(p.reason) == id; });
    REQUIRE(it != r.dismissal_paths.end());
    return *it;
}

inline bool has_question(const cd::Report& r, const std::string& id) {
    return std::any_of(r.questions.begin(), r.questions.end(), [&](auto& q) { return q.id == id; });
}

inline bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

inline cd::Date date(const char* iso) {
    auto d = cd::parse_iso_date(iso);
    REQUIRE(d.has_value());
    return *d;
}

}  // namespace cdtest
