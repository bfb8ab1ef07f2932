// case-decoder: the native (and node) command line. It renders the same report as the widget.
//
//   case-decoder decode FILE|- [--format json|text|markdown|html|ics] [--as-of YYYY-MM-DD]
//   case-decoder lint [--stats]
//   case-decoder list offenses|jurisdictions|facts|counties [--format json]
//   case-decoder --version
//   Any command takes --content DIR to use another content folder instead of the built-in one.
//
// Exit codes: 0 success, 2 bad input (one line on stderr naming what is wrong), 1 internal error.
#include "case_decoder/case_decoder.h"
#include "case_decoder/content.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr const char* kUsage =
    "usage: case-decoder <command> [options]\n"
    "\n"
    "commands:\n"
    "  decode FILE|-        read a case file (or stdin) and print the report\n"
    "      --format F       json (default), text, markdown, html (the print view) or ics (a calendar)\n"
    "      --as-of DATE     today's date, YYYY-MM-DD: marks deadlines that have passed\n"
    "  decode FILE... --out-dir DIR [--formats json,text,markdown,html,ics] [--as-of DATE]\n"
    "                       many case files in one run: DIR/<name>.<format> for each\n"
    "  lint [--stats] [--translations]\n"
    "                       check the content; --stats prints coverage figures,\n"
    "                       --translations lists text that lacks a Spanish version\n"
    "  list WHAT            offenses, jurisdictions, facts or counties (those with local programs)  [--format json]\n"
    "  search QUERY [--jurisdiction XX] [--lang en|es] [--format json|text]\n"
    "                       the widget's charge search: what a reader types to offenses,\n"
    "                       best first (at most 8; an empty list is not an error)\n"
    "  date TEXT [--lang en|es]\n"
    "                       read a date as a reader types it (10/01/2026, Oct 1 2026,\n"
    "                       1 de octubre de 2026, ...) and print it as YYYY-MM-DD\n"
    "  compile-content --out FILE [--hold-out LANG --pack-out FILE] [--lean]\n"
    "                       write the content as a content image (what the widget starts\n"
    "                       from); --hold-out leaves a language's prose out of the image\n"
    "                       and writes it to --pack-out as a language pack; --lean leaves\n"
    "                       out what only authors read (source addresses, review dates)\n"
    "  --version            program and content version\n"
    "\n"
    "options for every command:\n"
    "  --content DIR        use the content in DIR instead of the built-in assets\n"
    "\n"
    "exit codes: 0 ok, 2 bad input, 1 internal error\n";

int bad_input(const std::string& msg) {
    std::fprintf(stderr, "%s\n", msg.c_str());
    return 2;
}

// case-decoder search QUERY... [--jurisdiction XX] [--lang en|es] [--format json|text]
int cmd_search(const cd::Content& content, const std::vector<std::string>& args) {
    std::string query, jurisdiction, lang = "en", format = "json";
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--jurisdiction" || a == "--lang" || a == "--format") {
            if (i + 1 >= args.size()) return bad_input("case-decoder: search: " + a + " needs a value");
            const std::string v = args[++i];
            if (a == "--jurisdiction") {
                if (!content.jurisdiction(v)) return bad_input("case-decoder: search: --jurisdiction: unknown jurisdiction \"" + v + "\" (a two-letter state code, DC or US)");
                jurisdiction = v;
            } else if (a == "--lang") {
                if (v != "en" && v != "es") return bad_input("case-decoder: search: --lang: expected en or es, got \"" + v + "\"");
                lang = v;
            } else {
                if (v != "json" && v != "text") return bad_input("case-decoder: search: --format: expected json or text, got \"" + v + "\"");
                format = v;
            }
        } else if (a.rfind("--", 0) == 0) {
            return bad_input("case-decoder: search: unknown option \"" + a + "\"");
        } else {
            query += (query.empty() ? "" : " ") + a;
        }
    }
    if (query.empty()) return bad_input("case-decoder: search: give what the reader typed, for example: case-decoder search \"hit my girlfriend\"");
    const auto matches = cd::find_offenses(content, query, jurisdiction, 8);
    if (format == "text") {
        for (const auto& m : matches)
            std::printf("%s\t%s\t%s\t%s\n", m.offense->id.c_str(), m.matched.c_str(), m.level ? m.level->c_str() : "-",
                        m.statute ? m.statute->prov.citation.c_str() : "-");
        return 0;
    }
    nlohmann::ordered_json j;
    j["query"] = query;
    j["results"] = nlohmann::ordered_json::array();
    for (const auto& m : matches) {
        nlohmann::ordered_json r = {{"offense", m.offense->id}, {"level", nullptr}, {"matched", m.matched}, {"statute", nullptr}};
        if (m.level) r["level"] = *m.level;
        if (m.statute) r["statute"] = m.statute->prov.citation;
        j["results"].push_back(std::move(r));
    }
    std::printf("%s\n", j.dump(2).c_str());
    return 0;
}

// case-decoder date TEXT... [--lang en|es]: the widget's date reading, for authors and tests.
int cmd_date(const cd::Content& content, const std::vector<std::string>& args) {
    std::string text, lang = "en";
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang") {
            if (i + 1 >= args.size()) return bad_input("case-decoder: date: --lang needs en or es");
            lang = args[++i];
            if (lang != "en" && lang != "es") return bad_input("case-decoder: date: --lang: expected en or es, got \"" + lang + "\"");
        } else {
            text += (text.empty() ? "" : " ") + args[i];  // "Oct 1 2026" may arrive as three words
        }
    }
    if (text.empty()) return bad_input("case-decoder: date: give the date to read, for example: case-decoder date 10/01/2026");
    cd::ReaderDate d = cd::parse_reader_date(text, lang, content);
    if (!d.date) return bad_input("date: " + d.problem);
    std::printf("%s\n", cd::to_iso(*d.date).c_str());
    return 0;
}

bool read_all(std::istream& in, std::string& out, size_t limit) {
    std::string chunk(65536, '\0');
    out.clear();
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        out.append(chunk.data(), static_cast<size_t>(in.gcount()));
        if (out.size() > limit) return false;
    }
    return true;
}

// Loads every .json under DIR (relative paths with '/').
cd::ContentResult load_content_dir(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return {nullptr, "content: " + dir + ": not a folder"};
    std::vector<cd::ContentFile> files;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file() || it->path().extension() != ".json") continue;
        std::ifstream in(it->path(), std::ios::binary);
        std::string text;
        if (!in || !read_all(in, text, 16u << 20)) return {nullptr, "content: " + it->path().string() + ": cannot read (or larger than 16 MB)"};
        files.push_back({fs::relative(it->path(), dir).generic_string(), std::move(text)});
    }
    if (ec) return {nullptr, "content: " + dir + ": " + ec.message()};
    return cd::load_content(files);
}

// One case file's text, or the one-line reason it cannot be read (exit 2).
bool read_case_text(const std::string& file, std::string& text, std::string& error) {
    constexpr size_t kLimit = 16u << 20;
    if (file == "-") {
        if (!read_all(std::cin, text, kLimit)) { error = "case file: too large (a case file is a few KB)"; return false; }
        return true;
    }
    std::error_code ec;
    if (fs::is_directory(file, ec)) { error = "case file: " + file + ": is a folder, not a file"; return false; }
    std::ifstream in(file, std::ios::binary);
    if (!in) { error = "case file: " + file + ": cannot open"; return false; }
    if (!read_all(in, text, kLimit)) { error = "case file: " + file + ": too large (a case file is a few KB)"; return false; }
    return true;
}

std::string render_as(const std::string& format, const cd::Report& report, const cd::Content& content) {
    return format == "json"   ? cd::render_json(report)
           : format == "text" ? cd::render_text(report, content)
           : format == "html" ? cd::render_html(report, content)
           : format == "ics"  ? cd::render_ics(report, content)
                              : cd::render_markdown(report, content);
}

bool known_format(const std::string& f) { return f == "json" || f == "text" || f == "markdown" || f == "html" || f == "ics"; }

// decode FILE [--format F] [--as-of D]: one report on stdout.
// decode FILE... --out-dir DIR [--formats json,text,...] [--as-of D]: many files in one process,
// DIR/<name>.<format> each, <name> being the file name up to its first dot (as the scenario
// fixtures are named: az-released.case.json -> az-released.json, az-released.text, ...).
int cmd_decode(const cd::Content& content, const std::vector<std::string>& args) {
    std::vector<std::string> files, formats;
    std::string format = "json", as_of, out_dir;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool takes_value = a == "--format" || a == "--as-of" || a == "--out-dir" || a == "--formats";
        if (takes_value && i + 1 >= args.size()) return bad_input("case-decoder: decode: " + a + " needs a value");
        if (a == "--format") format = args[++i];
        else if (a == "--as-of") as_of = args[++i];
        else if (a == "--out-dir") out_dir = args[++i];
        else if (a == "--formats") {
            std::string list = args[++i];
            for (size_t start = 0; start <= list.size();) {
                size_t comma = list.find(',', start);
                std::string f = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
                if (!known_format(f)) return bad_input("case-decoder: --formats: expected json, text, markdown, html or ics, got \"" + f + "\"");
                formats.push_back(f);
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
        } else if (a == "-" || a.rfind("--", 0) != 0) files.push_back(a);
        else return bad_input("case-decoder: decode: unexpected argument \"" + a + "\"\n" + kUsage);
    }
    if (files.empty()) return bad_input("case-decoder: decode: name a case file, or - for standard input");
    if (!known_format(format)) return bad_input("case-decoder: --format: expected json, text, markdown, html or ics, got \"" + format + "\"");
    if (out_dir.empty() && files.size() > 1) return bad_input("case-decoder: decode: several files need --out-dir DIR");
    if (out_dir.empty() && !formats.empty()) return bad_input("case-decoder: decode: --formats goes with --out-dir");
    if (formats.empty()) formats.push_back(format);
    std::optional<cd::Date> today;
    if (!as_of.empty()) {
        today = cd::parse_iso_date(as_of);
        if (!today) return bad_input("case-decoder: --as-of: expected a date YYYY-MM-DD, got \"" + as_of + "\"");
    }
    if (!out_dir.empty()) {
        std::error_code ec;
        fs::create_directories(out_dir, ec);
        if (!fs::is_directory(out_dir, ec)) return bad_input("case-decoder: --out-dir: cannot make the folder \"" + out_dir + "\"");
    }
    for (const std::string& file : files) {
        std::string text, error;
        if (!read_case_text(file, text, error)) return bad_input(error);
        cd::CaseFileResult in = cd::parse_case_file(text, content);
        if (!in.ok) return bad_input(files.size() > 1 ? file + ": " + in.error : in.error);
        for (const auto& w : in.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
        if (today) in.case_file.as_of = today;
        cd::Report report = cd::build_report(in.case_file, content);
        for (const std::string& f : formats) {
            const std::string out = render_as(f, report, content);
            if (out_dir.empty()) {
                std::fwrite(out.data(), 1, out.size(), stdout);
                continue;
            }
            std::string name = fs::path(file).filename().string();
            name = name.substr(0, name.find('.'));
            std::ofstream o(fs::path(out_dir) / (name + "." + f), std::ios::binary);
            o.write(out.data(), static_cast<std::streamsize>(out.size()));
            if (!o) return bad_input("case-decoder: --out-dir: cannot write " + (fs::path(out_dir) / (name + "." + f)).string());
        }
    }
    return 0;
}

bool write_file(const std::string& path, const std::string& bytes) {
    std::ofstream o(path, std::ios::binary);
    o.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(o);
}

// case-decoder compile-content --out FILE [--hold-out LANG --pack-out FILE] [--lean]
int cmd_compile_content(const cd::Content& content, const std::vector<std::string>& args) {
    std::string out, hold_out, pack_out;
    bool lean = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--lean") { lean = true; continue; }
        std::string* target = a == "--out" ? &out : a == "--hold-out" ? &hold_out : a == "--pack-out" ? &pack_out : nullptr;
        if (!target) return bad_input("case-decoder: compile-content: unexpected argument \"" + a + "\"\n" + kUsage);
        if (i + 1 >= args.size()) return bad_input("case-decoder: compile-content: " + a + " needs a value");
        *target = args[++i];
    }
    if (out.empty()) return bad_input("case-decoder: compile-content: --out FILE is required");
    if (hold_out.empty() != pack_out.empty())
        return bad_input("case-decoder: compile-content: --hold-out and --pack-out go together (the held-out prose has to go somewhere)");
    cd::ContentImage image = cd::write_content_image(content, hold_out, lean);
    if (!image.error.empty()) return bad_input("case-decoder: compile-content: " + image.error);
    if (!write_file(out, image.image)) return bad_input("case-decoder: compile-content: cannot write " + out);
    if (!pack_out.empty() && !write_file(pack_out, image.pack)) return bad_input("case-decoder: compile-content: cannot write " + pack_out);
    return 0;
}

int cmd_lint(const cd::Content& content, const std::vector<std::string>& args) {
    bool stats_wanted = false, translations_wanted = false;
    for (const auto& a : args) {
        if (a == "--stats") stats_wanted = true;
        else if (a == "--translations") translations_wanted = true;
        else return bad_input("case-decoder: lint: unexpected argument \"" + a + "\"");
    }
    cd::LintStats stats;
    std::vector<std::string> problems = cd::lint_content(content, &stats);
    for (const auto& p : problems) std::printf("lint: %s\n", p.c_str());
    if (stats_wanted) {
        auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
        std::printf("content %s (%s), reviewed %s\n", content.version.c_str(), content.sha256.substr(0, 12).c_str(), content.reviewed.c_str());
        std::printf("jurisdictions: %d of 52 (%d with an indictment rule and a trial clock)\n", stats.jurisdictions, stats.jurisdictions_complete);
        std::printf("clocks: %d   programs: %d   counties with local programs: %d (%d programs, %d verified)\n", stats.deadlines, stats.programs,
                    stats.counties, stats.county_programs, stats.county_programs_verified);
        std::printf("jurisdiction facts verified: %d of %d (%.0f%%); the %d not verified are shown without a number or a date (clocks), as \"may fit\" at most (programs), always with \"not yet checked\"\n",
                    stats.facts_verified, stats.facts_total, pct(stats.facts_verified, stats.facts_total), stats.facts_total - stats.facts_verified);
        std::string by_trigger;
        for (const auto& [key, n] : stats.clocks_by_trigger)
            by_trigger += (by_trigger.empty() ? "" : ", ") + key + " " + std::to_string(n.first) + " (" + std::to_string(n.second) + " exact)";
        std::printf("clocks by the date that starts them: %s; trigger words not yet read: %d\n", by_trigger.c_str(), stats.clocks_trigger_unread);
        std::printf("statute numbers: %d sections in %d jurisdictions, %d verified (%.0f%%); charges covered: %d of %d (%.0f%%)\n",
                    stats.statutes, stats.statute_jurisdictions, stats.statutes_verified, pct(stats.statutes_verified, stats.statutes),
                    stats.statute_groups_covered, stats.statute_groups, pct(stats.statute_groups_covered, stats.statute_groups));
        for (const auto& [code, gaps] : stats.statute_gaps) {
            std::string line;
            for (const auto& g : gaps) line += (line.empty() ? "" : ", ") + g;
            std::printf("  %s has no section for: %s\n", code.c_str(), line.c_str());
        }
        std::printf("offenses: %d   questions: %d   UI strings: %d\n", stats.offenses, stats.questions, stats.ui_strings);
        for (const auto& [lang, n] : stats.translated)
            std::printf("language %s: %d of %d prose fields (%.0f%%)\n", lang.c_str(), n, stats.prose_fields, pct(n, stats.prose_fields));
        if (!stats.translated.count("es")) std::printf("language es: 0 of %d prose fields (0%%)\n", stats.prose_fields);
    }
    // Missing translations are reported, not failed: a missing Spanish string falls back to English.
    const std::vector<std::string>& missing_es = stats.missing["es"];
    if (translations_wanted)
        for (const auto& m : missing_es) std::printf("lint: missing Spanish: %s\n", m.c_str());
    else if (!missing_es.empty())
        std::printf("lint: note: %zu places lack Spanish text (English is shown instead); lint --translations lists them\n", missing_es.size());
    if (!problems.empty()) {
        std::fprintf(stderr, "lint: %zu problem(s)\n", problems.size());
        return 2;
    }
    std::printf("lint: ok\n");
    return 0;
}

int cmd_list(const cd::Content& content, const std::vector<std::string>& args) {
    std::string what, format = "text";
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size()) format = args[++i];
        else if (what.empty()) what = args[i];
        else return bad_input("case-decoder: list: unexpected argument \"" + args[i] + "\"");
    }
    if (format != "text" && format != "json") return bad_input("case-decoder: --format: expected text or json, got \"" + format + "\"");
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    std::string text;
    if (what == "offenses") {
        for (const auto& o : content.offenses) {
            j.push_back({{"id", o.id}, {"name", o.name.get("en")}, {"synonyms", o.synonyms}, {"usual_levels", o.usual_levels}});
            text += o.id + "\t" + o.name.get("en") + "\n";
        }
    } else if (what == "jurisdictions") {
        for (const auto& [code, jd] : content.jurisdictions) {
            j.push_back({{"code", code}, {"name", jd.name.get("en")}, {"deadlines", jd.deadlines.size()}, {"programs", jd.programs.size()}, {"reviewed", jd.reviewed}});
            text += code + "\t" + jd.name.get("en") + "\n";
        }
    } else if (what == "facts") {
        for (const auto& f : content.facts) {
            j.push_back({{"id", f.id}, {"group", f.group}, {"question", f.question.get("en")}});
            text += f.id + "\t" + f.question.get("en") + "\n";
        }
    } else if (what == "counties") {
        // Counties with their own diversion programs (counties/XX.json): the id a case file's
        // "county" takes, and each program with whether it was checked against its own page.
        for (const auto& [code, jd] : content.jurisdictions)
            for (const auto& county : jd.counties) {
                nlohmann::ordered_json programs = nlohmann::ordered_json::array();
                std::string names;
                for (const auto& p : county.programs) {
                    programs.push_back({{"id", p.id}, {"kind", p.kind}, {"name", p.name.get("en")}, {"runs_it", p.runs_it.get("en")},
                                        {"citation", p.prov.citation}, {"verified", p.prov.verified}, {"source", p.prov.source}, {"reviewed", p.prov.reviewed}});
                    names += (names.empty() ? "" : "; ") + p.name.get("en");
                }
                j.push_back({{"jurisdiction", code}, {"county", county.id}, {"name", county.name}, {"fips", county.fips}, {"programs", programs}});
                text += code + "\t" + county.id + "\t" + county.name + "\t" + names + "\n";
            }
    } else {
        return bad_input("case-decoder: list: expected offenses, jurisdictions, facts or counties" + (what.empty() ? std::string() : ", got \"" + what + "\""));
    }
    std::string out = format == "json" ? j.dump(2) + "\n" : text;
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string content_dir;
    for (size_t i = 0; i < args.size(); ++i)
        if (args[i] == "--content") {
            if (i + 1 >= args.size()) return bad_input("case-decoder: --content needs a folder");
            content_dir = args[i + 1];
            args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
            break;
        }
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        std::fputs(kUsage, args.empty() ? stderr : stdout);
        return args.empty() ? 2 : 0;
    }
    std::shared_ptr<const cd::Content> owned;
    const cd::Content* content = nullptr;
    if (!content_dir.empty()) {
        cd::ContentResult r = load_content_dir(content_dir);
        if (!r.content) return bad_input(r.error);
        owned = r.content;
        content = owned.get();
    } else {
        content = &cd::bundled_content();
    }
    std::string cmd = args[0];
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (cmd == "--version" || cmd == "version") {
        std::printf("case-decoder 0.1.0\ncontent %s (sha256 %s), reviewed %s\n", content->version.c_str(), content->sha256.c_str(), content->reviewed.c_str());
        return 0;
    }
    if (cmd == "decode") return cmd_decode(*content, rest);
    if (cmd == "lint") {
        // The widget loads the bundle with the quick path; lint gives it every check.
        if (content_dir.empty()) {
            cd::ContentResult full = cd::load_content(cd::bundled_content_files());
            if (!full.content) return bad_input(full.error);
        }
        return cmd_lint(*content, rest);
    }
    if (cmd == "compile-content") {
        // The image is made from content with every check, as lint checks it.
        if (content_dir.empty()) {
            cd::ContentResult full = cd::load_content(cd::bundled_content_files());
            if (!full.content) return bad_input(full.error);
            return cmd_compile_content(*full.content, rest);
        }
        return cmd_compile_content(*content, rest);
    }
    if (cmd == "list") return cmd_list(*content, rest);
    if (cmd == "date") return cmd_date(*content, rest);
    if (cmd == "search") return cmd_search(*content, rest);
    return bad_input("case-decoder: unknown command \"" + cmd + "\"\n" + kUsage);
}
