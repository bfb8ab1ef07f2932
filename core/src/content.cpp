// Loading and validating the content in assets/: the whole load (each file read by
// content_files.cpp, the cross-file checks of content_checks.cpp, the hash), and the Content's
// lookups. Where the bundled content comes from is bundled_content.cpp (the JSON bundle: the CLI,
// the tests) or bundled_image.cpp (the content image: the widget). Every problem is an error naming the file and the
// key ("content: jurisdictions/CA.json: deadlines[2].from[0]: unknown date key ..."), so authors
// can fix content without reading C++.
#include "content_reader.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <set>

namespace cd {

using namespace content_load;

ContentResult load_file_views(std::vector<FileView> files, const ContentLoadOptions& options) {
    // Path order, but counties/ last: a county file adds to a jurisdiction loaded before it.
    std::sort(files.begin(), files.end(), [](const FileView& a, const FileView& b) {
        const bool ca = a.path.rfind("counties/", 0) == 0, cb = b.path.rfind("counties/", 0) == 0;
        return ca != cb ? cb : a.path < b.path;
    });

    auto content = std::make_shared<Content>();
    Content& c = *content;
    std::map<const Condition*, std::string> conditions;  // filled after all loads (vectors stop moving)
    LoadState st{c};

    JsonViewParser views;
    for (const FileView& f : files) {
        Reader r{std::string(f.path), ""};
        // Without the duplicate-key scan (content checked when it was built), the JsonView parser
        // reads the text: the same values as nlohmann's, without an allocation or two per value.
        // What it does not take on, and everything when the scan is on, nlohmann parses (and
        // refuses, with its rules), and the reader gets a view of nlohmann's value.
        JsonView view;
        json j;  // what the view points into, when nlohmann parsed the text
        if (options.check_duplicate_keys || !views.parse(f.text, view)) {
            std::string dup;
            j = parse_json(f.text, options.check_duplicate_keys ? &dup : nullptr);
            if (j.is_discarded()) return {nullptr, "content: " + r.file + ": not valid JSON (or nested deeper than 64 levels)"};
            if (!dup.empty()) return {nullptr, "content: " + r.file + ": the key \"" + dup + "\" appears twice in one object"};
            views.view(j, view);
        }
        load_file(r, view, st);
        if (!r.ok()) return {nullptr, r.error};
    }
    if (!st.have_meta) return {nullptr, "content: meta.json: missing"};
    if (!st.have_eligibility) return {nullptr, "content: eligibility.json: missing (the program eligibility tests)"};
    if (!st.have_clocks) return {nullptr, "content: clocks.json: missing (which dates meet a charging clock, clock warnings)"};
    for (const auto& [code, j] : c.jurisdictions)
        for (const auto& [file, p] : programs_with_files(j))
            if (!c.tracks.count(p->eligibility.track)) {
                std::vector<std::string> known;
                for (const auto& [id, t] : c.tracks) known.push_back(id);
                std::string near = closest(p->eligibility.track, known);
                return {nullptr, "content: " + file + ": programs (" + p->id + "): eligibility.track: unknown track \"" + p->eligibility.track + "\"" +
                                     (near.empty() ? "" : " (did you mean \"" + near + "\"?)") + " (tracks are defined in eligibility.json)"};
            }
    for (const auto& w : c.clock_warnings)
        if (!c.ui.count(w.id)) return {nullptr, "content: clocks.json: warnings (" + w.id + "): no UI string with this id for its text"};
    if (c.stages.empty()) return {nullptr, "content: stages.json: missing"};
    if (c.facts.empty()) return {nullptr, "content: facts.json: missing"};
    for (const auto& id : kPathIds) {
        bool found = false;
        for (const auto& p : c.paths) found = found || id_of(p.id) == id;
        if (!found) return {nullptr, "content: paths.json: the path \"" + id + "\" is missing"};
    }
    std::sort(c.offenses.begin(), c.offenses.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::sort(c.questions.begin(), c.questions.end(), [](auto& a, auto& b) { return a.id < b.id; });

    // Paths are rated before questions, so a path's own rules cannot look at path ratings.
    std::string path_error;
    for (const auto& p : c.paths) {
        if (p.not_at_this_stage) conditions[&*p.not_at_this_stage] = "paths.json (" + std::string(id_of(p.id)) + ")";
        for (const auto& rule : p.rules) {
            conditions[&rule.when] = "paths.json (" + std::string(id_of(p.id)) + ")";
            walk_condition(rule.when, [&](const Condition& cond) {
                if (cond.kind == Condition::Kind::Path && path_error.empty())
                    path_error = "content: paths.json (" + std::string(id_of(p.id)) + "): a path rule cannot depend on another path's rating";
            });
        }
    }
    if (!path_error.empty()) return {nullptr, path_error};
    for (const auto& q : c.questions) {
        conditions[&q.when] = "questions (" + q.id + ")";
        if (q.first_when) conditions[&*q.first_when] = "questions (" + q.id + ")";
    }
    for (const auto& u : c.urgent) conditions[&u.when] = "urgent.json (" + u.id + ")";
    conditions[&c.first_offense.met] = conditions[&c.first_offense.failed] = "eligibility.json (first_offense)";
    for (const auto& [id, t] : c.tracks) conditions[&t.met] = conditions[&t.failed] = "eligibility.json (tracks." + id + ")";
    for (const auto& w : c.clock_warnings) conditions[&w.when] = "clocks.json (" + w.id + ")";
    for (const auto& m : c.myths) conditions[&m.when] = "myths.json (" + m.id + ")";
    for (const auto& d : c.donts) conditions[&d.when] = "dont.json (" + d.id + ")";
    for (const auto& f : c.facts) conditions[&f.ask_when] = "facts.json (" + f.id + ")";
    std::string ref_error = check_references(c, conditions);
    if (!ref_error.empty()) return {nullptr, ref_error};
    // The dates some rule looks at (should_ask_date), found once here rather than at each ask.
    for (const auto& [cond, where] : conditions)
        walk_condition(*cond, [&](const Condition& leaf) {
            if (leaf.kind != Condition::Kind::DateKnown && leaf.kind != Condition::Kind::DateWithin) return;
            if (!leaf.key.empty() && !contains(c.dates_in_rules, leaf.key)) c.dates_in_rules.push_back(leaf.key);
            for (const auto& key : leaf.values) if (!contains(c.dates_in_rules, key)) c.dates_in_rules.push_back(key);
        });
    // Sorted: the walk above goes in the conditions' address order, which differs from load to load.
    std::sort(c.dates_in_rules.begin(), c.dates_in_rules.end());

    if (!options.sha256.empty()) {
        c.sha256 = options.sha256;
    } else {
        // The hash covers each file's path and its text without the whitespace outside strings,
        // so reformatting a file does not change it, and the minified bundle hashes the same as
        // the assets/ it was made from.
        // In plain path order, as the build hashes them (the load order puts counties/ last).
        std::vector<const FileView*> by_path;
        for (const FileView& f : files) by_path.push_back(&f);
        std::sort(by_path.begin(), by_path.end(), [](const FileView* a, const FileView* b) { return a->path < b->path; });
        std::string all_text;
        for (const FileView* fp : by_path) {
            const FileView& f = *fp;
            all_text.append(f.path);
            all_text += '\n';
            all_text += minify_json(f.text);
            all_text += '\n';
        }
        c.sha256 = sha256_hex(all_text);
    }
    return {content, ""};
}

ContentResult load_content(const std::vector<ContentFile>& files) { return load_content(files, ContentLoadOptions{}); }

ContentResult load_content(const std::vector<ContentFile>& files, const ContentLoadOptions& options) {
    std::vector<FileView> views;
    views.reserve(files.size());
    for (const auto& f : files) views.push_back({f.path, f.text});
    return load_file_views(std::move(views), options);
}

// The bundled content, loaded once (from the JSON bundle or the content image: load_bundled_content()
// is defined by whichever of bundled_content.cpp and bundled_image.cpp the build links).
const Content& bundled_content() {
    static const std::shared_ptr<const Content> content = [] {
        ContentResult r = load_bundled_content();
        if (!r.content) {
            std::fprintf(stderr, "case-decoder: the bundled content is broken: %s\n", r.error.c_str());
            std::abort();
        }
        return r.content;
    }();
    return *content;
}

const Offense* Content::offense(std::string_view id) const {
    auto it = std::lower_bound(offenses.begin(), offenses.end(), id, [](const Offense& o, std::string_view k) { return o.id < k; });
    return it != offenses.end() && it->id == id ? &*it : nullptr;
}
const Jurisdiction* Content::jurisdiction(std::string_view code) const {
    auto it = jurisdictions.find(std::string(code));
    return it == jurisdictions.end() ? nullptr : &it->second;
}
std::vector<std::pair<std::string, const Program*>> programs_with_files(const Jurisdiction& j) {
    std::vector<std::pair<std::string, const Program*>> out;
    for (const auto& p : j.programs) out.emplace_back("jurisdictions/" + j.code + ".json", &p);
    for (const auto& county : j.counties)
        for (const auto& p : county.programs) out.emplace_back("counties/" + j.code + ".json", &p);
    return out;
}

std::vector<const Program*> case_programs(const Jurisdiction& j, const CaseFile& c) {
    std::vector<const Program*> out;
    for (const auto& p : j.programs) out.push_back(&p);
    if (!c.county.empty())
        if (const County* county = j.county(c.county))
            for (const auto& p : county->programs) out.push_back(&p);
    return out;
}

const County* Jurisdiction::county(std::string_view id) const {
    for (const auto& c : counties) if (c.id == id) return &c;
    return nullptr;
}
const FactDef* Content::fact(std::string_view id) const {
    for (const auto& f : facts) if (f.id == id) return &f;
    return nullptr;
}
const StageDef* Content::stage(std::string_view id) const {
    for (const auto& s : stages) if (s.id == id) return &s;
    return nullptr;
}
const std::string& Content::ui_text(std::string_view key, std::string_view lang) const {
    auto it = ui.find(std::string(key));
    if (it != ui.end()) return it->second.get(lang);
    static thread_local std::string missing;
    missing = std::string(key);
    return missing;
}

bool Content::has_language(std::string_view lang) const {
    if (lang != "en" && lang != "es") return false;
    for (const auto& l : held_out) if (l == lang) return false;
    return true;
}

std::vector<const Offense*> search_offenses(const Content& content, std::string_view query, size_t max_results) {
    std::vector<const Offense*> out;
    for (const auto& m : find_offenses(content, query, max_results)) out.push_back(m.offense);
    return out;
}

}  // namespace cd
