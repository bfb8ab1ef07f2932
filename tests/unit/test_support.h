// Shared test helpers: build a case file from a JSON snippet, decode it with the bundled content.
#pragma once

#include "case_decoder/case_decoder.h"
#include "case_decoder/content.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

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

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The text of every scenario and shared example case file, in name order.
inline std::vector<std::string> scenario_case_files() {
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    for (const fs::path dir : {fs::path(CD_SOURCE_DIR) / "tests" / "scenarios", fs::path(CD_SOURCE_DIR) / ".." / "shared" / "examples"}) {
        if (!fs::exists(dir)) continue;
        std::vector<fs::path> names;
        for (const auto& e : fs::directory_iterator(dir)) {
            const std::string n = e.path().filename().string();
            if (n.size() > 10 && n.substr(n.size() - 5) == ".json" && n.find(".expect.") == std::string::npos) names.push_back(e.path());
        }
        std::sort(names.begin(), names.end());
        for (const auto& p : names) out.push_back(read_file(p));
    }
    return out;
}

// Every scenario and shared example decoded with both contents, in English and Spanish: the JSON,
// text, HTML and calendar reports must be byte-identical. Returns how many reports were compared.
inline int check_same_reports(const cd::Content& a, const cd::Content& b) {
    const std::vector<std::string> files = scenario_case_files();
    REQUIRE(files.size() >= 20);
    int compared = 0;
    for (const std::string& text : files) {
        cd::CaseFileResult pa = cd::parse_case_file(text, a), pb = cd::parse_case_file(text, b);
        REQUIRE(pa.ok == pb.ok);
        if (!pa.ok) continue;
        for (const char* lang : {"en", "es"}) {
            cd::CaseFile ca = pa.case_file, cb = pb.case_file;
            ca.lang = cb.lang = lang;
            ca.as_of = cb.as_of = date("2026-11-23");
            const cd::Report ra = cd::build_report(ca, a), rb = cd::build_report(cb, b);
            CHECK(cd::render_json(ra) == cd::render_json(rb));
            CHECK(cd::render_text(ra, a) == cd::render_text(rb, b));
            CHECK(cd::render_markdown(ra, a) == cd::render_markdown(rb, b));
            CHECK(cd::render_html(ra, a) == cd::render_html(rb, b));
            CHECK(cd::render_ics(ra, a) == cd::render_ics(rb, b));
            ++compared;
        }
    }
    return compared;
}

}  // namespace cdtest
