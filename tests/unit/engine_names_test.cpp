// The code names only what it must: no fact id, path id or program track appears as a string in
// core/ or wasm/ outside the one table of names the engine needs (core/src/names.cpp). Legal logic
// that needs such ids is content (eligibility.json, clocks.json, urgent.json, the rules), where the
// loader checks every id. And every UI string the code names exists in English and Spanish.
#include "test_support.h"

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Literal {
    std::string file, text;
    int         line;
};

// The string literals of a C++ file, outside comments (a small lexer: enough for our sources).
std::vector<Literal> literals(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string s = ss.str();
    std::vector<Literal> out;
    int line = 1;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\n') { ++line; continue; }
        if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') { while (i < s.size() && s[i] != '\n') ++i; ++line; continue; }
        if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
            for (i += 2; i + 1 < s.size() && !(s[i] == '*' && s[i + 1] == '/'); ++i) if (s[i] == '\n') ++line;
            ++i;
            continue;
        }
        if (c == '\'') { for (++i; i < s.size() && s[i] != '\''; ++i) if (s[i] == '\\') ++i; continue; }
        if (c == 'R' && i + 2 < s.size() && s[i + 1] == '"') {  // raw string R"delim(...)delim"
            size_t open = s.find('(', i);
            std::string end = ")" + s.substr(i + 2, open - i - 2) + "\"";
            size_t close = s.find(end, open);
            for (size_t k = i; k < close; ++k) if (s[k] == '\n') ++line;
            i = close + end.size() - 1;
            continue;
        }
        if (c == '"') {
            std::string text;
            for (++i; i < s.size() && s[i] != '"'; ++i) {
                if (s[i] == '\\' && i + 1 < s.size()) { text += s[i]; ++i; }
                text += s[i];
            }
            out.push_back({p.string(), text, line});
        }
    }
    return out;
}

std::vector<fs::path> sources() {
    const fs::path root = CD_SOURCE_DIR;
    std::vector<fs::path> out;
    for (const char* dir : {"core/src", "core/cli", "core/include", "wasm/src"}) {
        if (!fs::exists(root / dir)) continue;
        for (const auto& e : fs::recursive_directory_iterator(root / dir)) {
            const std::string ext = e.path().extension().string();
            if (ext == ".cpp" || ext == ".h") out.push_back(e.path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("no fact id, path id or program track is spelled in the code outside the table of names") {
    const cd::Content& ct = cd::bundled_content();
    std::set<std::string> forbidden;
    for (const auto& f : ct.facts) forbidden.insert(f.id);
    for (const auto& p : ct.paths) forbidden.insert(cd::id_of(p.id));
    for (const auto& [id, t] : ct.tracks) forbidden.insert(id);
    REQUIRE(forbidden.size() > 40);
    const std::vector<fs::path> files = sources();
    REQUIRE(files.size() > 15);
    bool saw_table = false;
    for (const auto& f : files) {
        if (f.filename() == "names.cpp") { saw_table = true; continue; }
        for (const auto& lit : literals(f))
            CHECK_MESSAGE(!forbidden.count(lit.text), lit.file << ":" << lit.line << ": \"" << lit.text << "\" belongs in core/src/names.cpp or in the content");
    }
    CHECK(saw_table);
}

TEST_CASE("the lexer behind that check finds literals and skips comments") {
    const fs::path tmp = fs::temp_directory_path() / "cd_names_probe.cpp";
    {
        std::ofstream out(tmp);
        out << "// \"veteran\" in a comment\nconst char* a = \"veteran\"; /* \"drug\" */ char q = '\"';\nauto r = R\"(\"x\")\"; auto b = \"esc\\\"aped\";\n";
    }
    auto lits = literals(tmp);
    fs::remove(tmp);
    REQUIRE(lits.size() == 2);
    CHECK(lits[0].text == "veteran");
    CHECK(lits[0].line == 2);
    CHECK(lits[1].text == "esc\\\"aped");
}

TEST_CASE("every UI string the code names exists in English and Spanish") {
    const cd::Content& ct = cd::bundled_content();
    // Keys spelled whole in the code.
    const std::regex key(R"(^(widget|report|summary|handoff|calendar|date|kind|remedy|applies|level|dropped|answer|deadline|warning)\.[a-z0-9_.]*[a-z0-9_]$)");
    std::set<std::string> keys;
    for (const auto& f : sources())
        for (const auto& lit : literals(f))
            if (std::regex_match(lit.text, key) && lit.text.size() > 2 && lit.text.substr(lit.text.size() - 2) != ".h") keys.insert(lit.text);
    // Keys the code builds from a vocabulary ("kind." + kind, "widget.date." + date key, ...).
    for (const char* k : {"trial", "charging", "release"}) keys.insert(std::string("kind.") + k);
    for (const char* r : {"dismissal", "release", "other"}) keys.insert(std::string("remedy.") + r);
    for (const char* a : {"likely", "possible", "unlikely", "not_at_this_stage"}) keys.insert(std::string("applies.") + a);
    for (const char* l : {"infraction", "misdemeanor", "felony", "unknown"}) { keys.insert(std::string("level.") + l); keys.insert(std::string("widget.level.") + l); }
    for (const char* f : {"yes", "maybe", "no"}) keys.insert(std::string("report.fits.") + f);
    for (const char* d : {"yes", "rarely", "no"}) { keys.insert(std::string("dropped.") + d); keys.insert(std::string("widget.dropped.") + d); }
    for (const char* t : {"yes", "no", "unknown"}) keys.insert(std::string("answer.") + t);
    for (const char* d : {"arrest", "complaint_filed", "formal_charges_filed", "indictment", "arraignment", "speedy_trial_demand", "court_date"}) {
        keys.insert(std::string("date.") + d);
        keys.insert(std::string("widget.date.") + d);
        keys.insert(std::string("widget.date.") + d + ".help");
    }
    for (const auto& f : ct.facts) keys.insert("widget.group." + f.group);
    for (const auto& o : ct.offenses) for (const auto& t : o.tags) keys.insert("widget.tag." + t);
    for (int i = 0; i < 7; ++i) keys.insert("date.weekday." + std::to_string(i));
    for (int i = 1; i <= 12; ++i) keys.insert("date.month." + std::to_string(i));
    for (const auto& w : ct.clock_warnings) keys.insert(w.id);
    REQUIRE(keys.size() > 150);
    for (const auto& k : keys) {
        auto it = ct.ui.find(k);
        CHECK_MESSAGE(it != ct.ui.end(), "UI string \"" << k << "\" is missing");
        if (it == ct.ui.end()) continue;
        CHECK_MESSAGE(it->second.has("en"), k << " has no English");
        CHECK_MESSAGE(it->second.has("es"), k << " has no Spanish");
    }
}
