// The reader's session (session.h): answers in, case file and report out, and the host's requests
// (presets, import, saving and restoring, language). No drawing and no page here.
#include "session.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace cdw {
namespace {

cd::Tri to_tri(Answer a) { return a == Answer::Yes ? cd::Tri::Yes : a == Answer::No ? cd::Tri::No : cd::Tri::Unknown; }
Answer  from_tri(cd::Tri t) { return t == cd::Tri::Yes ? Answer::Yes : t == cd::Tri::No ? Answer::No : Answer::NotSure; }

std::string lower(std::string s) {
    for (char& c : s) c = (char)std::tolower((unsigned char)c);
    return s;
}
std::string upper(std::string s) {
    for (char& c : s) c = (char)std::toupper((unsigned char)c);
    return s;
}
std::string trim(const std::string& s) {
    size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}
std::string prettify(std::string id) {
    for (char& c : id) if (c == '_') c = ' ';
    if (!id.empty()) id[0] = (char)std::toupper((unsigned char)id[0]);
    return id;
}
std::string default_level(const cd::Offense& o) { return o.usual_levels.size() == 1 ? o.usual_levels[0] : "unknown"; }

// offense="dui" or "dui, theft" or a name or synonym ("DWI"): ids first, then the best search hit.
const cd::Offense* resolve_offense(const cd::Content& content, const std::string& text) {
    if (const cd::Offense* o = content.offense(lower(text))) return o;
    auto hits = cd::search_offenses(content, text, 1);
    return hits.empty() ? nullptr : hits[0];
}

constexpr const char* kCustodyKey = "in_custody";  // the case file's key, listed among "not sure" answers when saved

}  // namespace

bool fact_is_follow_up(const cd::FactDef& f) {
    // "ask always" is written as an empty "all"; anything else depends on an earlier answer.
    return !(f.ask_when.kind == cd::Condition::Kind::All && f.ask_when.children.empty());
}

std::string normalise_lang(const std::string& tag) {
    const std::string l = lower(trim(tag));
    return l.rfind("es", 0) == 0 && (l.size() == 2 || l[2] == '-' || l[2] == '_') ? "es" : "en";
}

Session::Session(const cd::Content& c) : content(&c) { build_steps(); }

const char* Session::text(const char* key) const { return content->ui_text(key, lang).c_str(); }

std::string Session::answer_name(Answer a) const {
    switch (a) {
    case Answer::Yes: return text("widget.answer.yes");
    case Answer::No: return text("widget.answer.no");
    case Answer::NotSure: return text("widget.answer.not_sure");
    default: return text("widget.answer.none");
    }
}

std::string Session::level_name(const std::string& level) const { return text(("widget.level." + level).c_str()); }

std::string Session::step_title(const Step& s) const {
    switch (s.kind) {
    case StepKind::Charges: return text("widget.step.charges");
    case StepKind::Where: return text("widget.step.where");
    case StepKind::Stage: return text("widget.step.stage");
    case StepKind::Dates: return text("widget.step.dates");
    case StepKind::Review: return text("widget.step.review");
    case StepKind::Facts: {
        const std::string key = "widget.group." + s.group;
        const std::string& t = content->ui_text(key, lang);
        return t == key ? prettify(s.group) : t;  // a group added to the content later still reads well
    }
    }
    return "";
}

void Session::build_steps() {
    steps = {{StepKind::Charges, ""}, {StepKind::Where, ""}, {StepKind::Stage, ""}, {StepKind::Dates, ""}};
    for (const cd::FactDef& f : content->facts) {
        bool seen = false;
        for (const Step& s : steps) seen = seen || (s.kind == StepKind::Facts && s.group == f.group);
        if (!seen) steps.push_back({StepKind::Facts, f.group});
    }
    steps.push_back({StepKind::Review, ""});
    step = clamp_step(step);
}

int Session::clamp_step(int index) const { return std::max(0, std::min(index, (int)steps.size() - 1)); }

// The case file follows the answers. Facts whose question is not asked any more (the follow-up
// to a "yes" that became "no") stay in the answers but not in the case file, so the report never
// reasons from an answer to a question the reader can no longer see.
// The county answer, when it is one of the chosen jurisdiction's (a county picked before the
// reader changed state no longer counts).
std::string Session::county_of_answers() const {
    const cd::Jurisdiction* j = content->jurisdiction(answers.jurisdiction);
    return j && j->county(answers.county) ? answers.county : std::string();
}

cd::CaseFile Session::case_file_from_answers() const {
    const Answers& a = answers;
    cd::CaseFile c;
    c.jurisdiction = a.jurisdiction;
    c.county = county_of_answers();
    c.charges = a.charges;
    c.stage = a.stage.empty() ? "pre_trial" : a.stage;
    c.in_custody = to_tri(a.in_custody);
    for (int i = 0; i < kDateCount; i++)
        if (auto d = typed_date(i)) c.dates[kDateKeys[i]] = *d;
    c.lang = lang;
    c.as_of = cd::parse_iso_date(today);
    for (const cd::FactDef& f : content->facts) {
        auto it = a.facts.find(f.id);
        if (it == a.facts.end() || it->second == Answer::Unanswered) continue;
        // "Not sure" goes in as "unknown": the same for every rule, and the lawyer's sheet lists it.
        if (cd::should_ask(f, c, *content)) c.facts[f.id] = to_tri(it->second);
    }
    return c;
}

// The date a field holds, read the way readers type dates (10/01/2026, Oct 1 2026, ...).
std::optional<cd::Date> Session::typed_date(int i) const {
    if (answers.date_text[i].empty()) return std::nullopt;
    return cd::parse_reader_date(answers.date_text[i], lang, *content).date;
}

bool Session::settle_date(int i) {
    auto d = typed_date(i);
    if (!d || answers.date_text[i] == cd::to_iso(*d)) return false;
    answers.date_text[i] = cd::to_iso(*d);
    mark_changed();
    return true;
}

bool Session::rebuild() {
    if (!answers_changed) return false;
    answers_changed = false;
    case_file = case_file_from_answers();
    if (!case_file.jurisdiction.empty() && !case_file.charges.empty()) report = cd::build_report(case_file, *content);
    else report.reset();
    report_serial++;
    return true;
}

cd::OutlineOptions Session::outline_options(cd::OutlineFor target) const {
    cd::OutlineOptions o;
    o.target = target;
    o.stage_answered = !answers.stage.empty();  // the report states no stage the reader has not given
    return o;
}

const cd::ReportOutline& Session::screen_outline() {
    if (outline_for_ != report_serial) {
        outline_ = cd::build_outline(*report, *content, outline_options(cd::OutlineFor::Screen));
        outline_for_ = report_serial;
    }
    return outline_;
}

std::string Session::document_html() const {
    return report ? cd::render_html(cd::build_outline(*report, *content, outline_options(cd::OutlineFor::Document))) : "";
}

std::string Session::document_text(bool markdown) const {
    if (!report) return "";
    cd::ReportOutline o = cd::build_outline(*report, *content, outline_options(cd::OutlineFor::Document));
    return markdown ? cd::render_markdown(o) : cd::render_text(o);
}

// The language is presentation only: the answers, the step, what is open and what was typed all
// stay. The case file (which records the language) and the report are rebuilt in the new language.
bool Session::set_language(const std::string& l) {
    wanted_lang.clear();
    if (l == lang) return false;
    if (!content->has_language(l)) {  // its pack is not here yet: use_content() finishes the switch
        wanted_lang = l;
        return false;
    }
    // Dates typed as numbers read month first in English and day first in Spanish: settle each into
    // its one meaning first, so that switching language never changes a date.
    for (int i = 0; i < kDateCount; i++) settle_date(i);
    lang = l;
    mark_changed();
    return true;
}

// The content again, with a language pack added (the same facts, rules and ids; more prose). The
// report and its outline are made again from it; a language waiting for the pack is switched to.
bool Session::use_content(const cd::Content& c) {
    content = &c;
    outline_for_ = UINT32_MAX;
    mark_changed();
    if (wanted_lang.empty()) return false;
    const std::string l = wanted_lang;
    return set_language(l);
}

void Session::apply_preset(const std::string& key, const std::string& raw) {
    const std::string value = trim(raw);
    Answers& a = answers;
    if (key == "offense") {
        a.charges.clear();
        size_t start = 0;
        while (start <= value.size()) {
            size_t comma = value.find(',', start);
            const std::string part = trim(value.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (!part.empty())
                if (const cd::Offense* o = resolve_offense(*content, part)) {
                    bool dup = false;
                    for (const auto& c : a.charges) dup = dup || c.offense == o->id;
                    if (!dup) a.charges.push_back({o->id, default_level(*o)});
                }
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
        preset_charges = !a.charges.empty();
    } else if (key == "jurisdiction") {
        const std::string code = upper(value);
        a.jurisdiction = content->jurisdiction(code) ? code : "";
        preset_where = !a.jurisdiction.empty();
    } else if (key == "stage") {
        a.stage = content->stage(value) ? value : "";
        preset_stage = !a.stage.empty();
    } else if (key == "in_custody") {
        auto t = cd::parse_tri(value);
        a.in_custody = t ? from_tri(*t) : Answer::Unanswered;
    } else {
        return;
    }
    mark_changed();
}

// The answers a case file gives: what an import and a restore both start from.
Answers Session::answers_from_case_file(const cd::CaseFile& c) const {
    Answers a;
    a.jurisdiction = c.jurisdiction;
    a.county = c.county;
    a.charges = c.charges;
    a.stage = c.stage;
    a.in_custody = c.in_custody == cd::Tri::Unknown ? Answer::Unanswered : from_tri(c.in_custody);
    for (int i = 0; i < kDateCount; i++) {
        auto it = c.dates.find(kDateKeys[i]);
        if (it != c.dates.end()) a.date_text[i] = cd::to_iso(it->second);
    }
    for (const auto& [id, t] : c.facts) a.facts[id] = t == cd::Tri::Unknown ? Answer::NotSure : from_tri(t);  // "unknown" was "not sure"
    return a;
}

std::string Session::import_case_file(const std::string& file_text) {
    cd::CaseFileResult in = cd::parse_case_file(file_text, *content);
    if (!in.ok) {
        switch (in.error_kind) {
            case cd::CaseFileError::TooLarge:    import_error_why = "widget.import.why.too_large"; break;
            case cd::CaseFileError::NotJson:     import_error_why = "widget.import.why.not_json"; break;
            case cd::CaseFileError::NotCaseFile: import_error_why = "widget.import.why.not_case_file"; break;
            case cd::CaseFileError::TooNew:      import_error_why = "widget.import.why.too_new"; break;
            default:                             import_error_why = "widget.import.why.field"; break;
        }
        import_error = in.error.empty() ? "case file: not readable" : in.error;
        import_note.clear();
        return import_error;
    }
    const cd::CaseFile& c = in.case_file;
    answers = answers_from_case_file(c);
    if (c.lang == "es" || c.lang == "en") set_language(c.lang);
    build_steps();
    step = (int)steps.size() - 1;  // land on the review screen: "here is what we loaded"
    import_error.clear();
    import_note = "widget.import.done";
    mark_changed();
    return "";
}

// The saved text is the case file with EVERY answer (a hidden follow-up's answer too, which the
// report's case file leaves out) plus what a case file cannot hold: "not sure" answers, dates as
// typed when they are not yet valid dates, and the step the reader was on.
std::string Session::saved_answers_json() const {
    const Answers& a = answers;
    cd::CaseFile c;
    c.jurisdiction = a.jurisdiction;
    c.county = county_of_answers();
    c.charges = a.charges;
    // A case file always has a stage; "stage_answered" below keeps an unanswered one unanswered.
    // (An empty stage here made the saved copy unreadable, so it was deleted at the next visit.)
    c.stage = a.stage.empty() ? "pre_trial" : a.stage;
    c.in_custody = to_tri(a.in_custody);
    c.lang = lang;
    nlohmann::json not_sure = nlohmann::json::array(), typed = nlohmann::json::object();
    for (int i = 0; i < kDateCount; i++) {
        if (auto d = typed_date(i)) c.dates[kDateKeys[i]] = *d;
        else if (!a.date_text[i].empty()) typed[kDateKeys[i]] = a.date_text[i];
    }
    for (const auto& [id, ans] : a.facts) {
        if (ans == Answer::Yes || ans == Answer::No) c.facts[id] = to_tri(ans);
        else if (ans == Answer::NotSure) not_sure.push_back(id);
    }
    if (a.in_custody == Answer::NotSure) not_sure.push_back(kCustodyKey);
    nlohmann::json j;
    j["format"] = "case-decoder/saved-answers";
    j["version"] = 1;
    j["step"] = step;
    j["not_sure"] = std::move(not_sure);
    j["typed_dates"] = std::move(typed);
    j["stage_answered"] = !a.stage.empty();
    // write_case_file's text is parsed back so the saved form nests it as an object.
    j["case_file"] = nlohmann::json::parse(cd::write_case_file(c), nullptr, false);
    return j.dump();
}

std::string Session::restore_saved_answers(const std::string& saved) {
    if (saved.size() > (1u << 20)) return "saved answers: too large";
    nlohmann::json j = nlohmann::json::parse(saved, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return "saved answers: not readable";
    if (j.value("format", "") != "case-decoder/saved-answers") return "saved answers: not a Case Decoder save";
    if (!j.contains("case_file") || !j["case_file"].is_object()) return "saved answers: no case file inside";
    // Answers saved before the place or a charge was chosen make no valid case file on their own:
    // read them with a stand-in, then take the stand-in out again. (Without this, ticking
    // "Remember" on the first screen lost everything at the next visit.)
    nlohmann::json file = j["case_file"];
    const bool no_place = !file.contains("jurisdiction") || file["jurisdiction"] == "";
    const bool no_charges = !file.contains("charges") || (file["charges"].is_array() && file["charges"].empty());
    if (no_place) file["jurisdiction"] = "US";
    if (no_charges && !content->offenses.empty()) file["charges"] = nlohmann::json::array({{{"offense", content->offenses.front().id}}});
    cd::CaseFileResult in = cd::parse_case_file(file.dump(), *content);
    if (!in.ok) return in.error;
    const cd::CaseFile& c = in.case_file;
    Answers a = answers_from_case_file(c);
    if (no_place) a.jurisdiction.clear();
    if (no_charges) a.charges.clear();
    if (!j.value("stage_answered", true)) a.stage.clear();
    const nlohmann::json& typed = j.contains("typed_dates") ? j["typed_dates"] : nlohmann::json();
    if (typed.is_object())
        for (int i = 0; i < kDateCount; i++)
            if (typed.contains(kDateKeys[i]) && typed[kDateKeys[i]].is_string() && a.date_text[i].empty())
                a.date_text[i] = typed[kDateKeys[i]].get<std::string>().substr(0, kMaxDateText);
    if (j.contains("not_sure") && j["not_sure"].is_array())
        for (const auto& v : j["not_sure"]) {
            if (!v.is_string()) continue;
            const std::string id = v.get<std::string>();
            if (id == kCustodyKey) a.in_custody = Answer::NotSure;
            else if (content->fact(id) && !a.facts.count(id)) a.facts[id] = Answer::NotSure;
        }
    answers = std::move(a);
    if (c.lang == "es" || c.lang == "en") set_language(c.lang);
    build_steps();
    const nlohmann::json& at = j.contains("step") ? j["step"] : nlohmann::json();
    step = at.is_number_integer() ? clamp_step(at.get<int>()) : 0;
    remember = true;  // it was saved because the reader asked; keep saving
    restored = true;
    mark_changed();
    return "";
}

void Session::forget() {
    answers = Answers{};
    import_error.clear();
    import_error_why.clear();
    import_note.clear();
    remember = false;
    restored = false;
    preset_charges = preset_where = preset_stage = false;
    step = 0;
    mark_changed();
}

}  // namespace cdw
