// Runs every scenario fixture in tests/scenarios/: a case file and the report properties it must
// have. The same binary runs natively and, built with Emscripten, under node.
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void check_fixture(const fs::path& expect_path) {
    const fs::path root = CD_SOURCE_DIR;
    json e = json::parse(read_file(expect_path));
    std::string name = expect_path.filename().string();
    name = name.substr(0, name.size() - std::string(".expect.json").size());
    fs::path case_path = e.contains("case_file") ? root / e["case_file"].get<std::string>() : expect_path.parent_path() / (name + ".case.json");
    INFO("scenario " << name << ": " << e.value("description", ""));
    REQUIRE(fs::exists(case_path));
    cd::CaseFileResult in = cd::parse_case_file(read_file(case_path), cd::bundled_content());
    INFO(in.error);
    REQUIRE(in.ok);
    if (e.contains("as_of")) in.case_file.as_of = cd::parse_iso_date(e["as_of"].get<std::string>());
    cd::Report r = cd::build_report(in.case_file, cd::bundled_content());

    CHECK(r.questions.size() >= e.value("questions_min", 10));
    CHECK(r.questions.size() <= e.value("questions_max", 15));
    for (const auto& id : e.value("questions_include", std::vector<std::string>{})) CHECK_MESSAGE(cdtest::has_question(r, id), "question " << id);
    for (const auto& id : e.value("questions_exclude", std::vector<std::string>{})) CHECK_MESSAGE(!cdtest::has_question(r, id), "question " << id);
    const json paths = e.value("paths", json::object()), programs = e.value("programs_fit", json::object());
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const std::string id = it.key();
        CHECK_MESSAGE(cd::id_of(cdtest::path(r, id).applies) == it.value().get<std::string>(), "path " << id);
    }
    for (const auto& d : e.value("deadlines", json::array())) {
        std::string id = d["id"];
        const cd::Deadline* found = nullptr;
        for (const auto& x : r.deadlines) if (x.id == id) found = &x;
        CHECK_MESSAGE(found, "deadline " << id);
        if (!found) continue;
        if (d.contains("due")) CHECK_MESSAGE((d["due"].is_null() ? !found->due.has_value() : found->due && cd::to_iso(*found->due) == d["due"].get<std::string>()), "deadline " << id << " due");
        if (d.contains("from")) CHECK_MESSAGE(found->from == d["from"].get<std::string>(), "deadline " << id << " from");
        if (d.contains("status")) CHECK_MESSAGE(cd::id_of(found->status) == d["status"].get<std::string>(), "deadline " << id << " status");
        if (d.contains("remedy")) CHECK_MESSAGE(found->remedy == d["remedy"].get<std::string>(), "deadline " << id << " remedy");
    }
    for (const auto& id : e.value("deadlines_absent", std::vector<std::string>{}))
        for (const auto& x : r.deadlines) CHECK_MESSAGE(x.id != id, "deadline " << id << " should not apply");
    if (e.contains("indictment_required")) {
        if (e["indictment_required"].is_null()) CHECK_FALSE(r.jurisdiction.felony_indictment_required.has_value());
        else CHECK(r.jurisdiction.felony_indictment_required == std::optional<bool>(e["indictment_required"].get<bool>()));
    }
    for (const auto& id : e.value("myths_include", std::vector<std::string>{})) {
        bool found = false;
        for (const auto& m : r.myths) found = found || m.id == id;
        CHECK_MESSAGE(found, "myth " << id);
    }
    for (auto it = programs.begin(); it != programs.end(); ++it) {
        const std::string id = it.key();
        const cd::ProgramInfo* found = nullptr;
        for (const auto& p : r.jurisdiction.programs) if (p.id == id) found = &p;
        CHECK_MESSAGE((found && found->fits == it.value().get<std::string>()), "program " << id);
    }
    if (e.contains("dont_min")) CHECK(r.dont_make_it_worse.size() >= e["dont_min"].get<size_t>());
    if (e.contains("stage_can_be_dropped")) CHECK(r.stage.can_charges_be_dropped == e["stage_can_be_dropped"].get<std::string>());

    // The bottom line (summary): which paths, in order; the next deadline; what cannot wait.
    if (e.contains("summary_paths")) {
        std::vector<std::string> got;
        for (const auto& p : r.summary.paths) got.push_back(cd::id_of(p.reason));
        CHECK(got == e["summary_paths"].get<std::vector<std::string>>());
    }
    for (const auto& id : e.value("headline_names", std::vector<std::string>{}))  // the headline names these paths
        for (const auto& p : r.dismissal_paths)
            if (cd::id_of(p.reason) == id) CHECK_MESSAGE(r.summary.headline.find(p.name) != std::string::npos, "headline names " << id);
    if (e.contains("headline_key")) CHECK(r.summary.headline == cd::bundled_content().ui_text(e["headline_key"].get<std::string>(), r.lang));
    if (e.contains("next_deadline")) {
        const json& n = e["next_deadline"];
        if (n.is_null()) {
            CHECK_FALSE(r.summary.next_deadline.has_value());
        } else {
            REQUIRE(r.summary.next_deadline.has_value());
            const cd::NextDeadline& got = *r.summary.next_deadline;
            CHECK(got.id == n["id"].get<std::string>());
            if (n.contains("due")) CHECK((n["due"].is_null() ? !got.due : got.due && cd::to_iso(*got.due) == n["due"].get<std::string>()));
            if (n.contains("days_left")) CHECK((n["days_left"].is_null() ? !got.days_left : got.days_left == n["days_left"].get<int>()));
            if (n.contains("status")) CHECK(cd::id_of(got.status) == n["status"].get<std::string>());
        }
    }
    auto urgent = [&](const std::string& id) {
        for (const auto& u : r.summary.urgent) if (u.id == id) return true;
        return false;
    };
    for (const auto& id : e.value("urgent_include", std::vector<std::string>{})) CHECK_MESSAGE(urgent(id), "urgent " << id);
    for (const auto& id : e.value("urgent_exclude", std::vector<std::string>{})) CHECK_MESSAGE(!urgent(id), "urgent " << id << " should not show");
    if (e.contains("first_question")) {
        REQUIRE_FALSE(r.questions.empty());
        CHECK(r.questions.front().id == e["first_question"].get<std::string>());
    }
}

}  // namespace

TEST_CASE("scenario fixtures hold on this build") {
    const fs::path dir = fs::path(CD_SOURCE_DIR) / "tests" / "scenarios";
    std::vector<fs::path> fixtures;
    for (const auto& entry : fs::directory_iterator(dir)) {
        std::string n = entry.path().filename().string();
        if (n.size() > 12 && n.substr(n.size() - 12) == ".expect.json") fixtures.push_back(entry.path());
    }
    std::sort(fixtures.begin(), fixtures.end());
    REQUIRE(fixtures.size() >= 12);
    for (const auto& f : fixtures) check_fixture(f);
}
