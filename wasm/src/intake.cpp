// The guided interview: one step at a time, with a progress bar, Back and Next. Nothing here is
// lost when moving around: answers live in g_app.session.answers, and hidden follow-ups keep theirs.
#include "ui_kit.h"

#include "misc/cpp/imgui_stdlib.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace cdw {

static const cd::Content& content() { return *g_app.session.content; }
static const std::string& L(const cd::Text& t) { return t.get(g_app.session.lang); }

// Text drawn in the current step, so the glossary box can offer the terms that appear in it.
static std::string g_step_text;
static void seen(const std::string& s) {
    g_step_text += s;
    g_step_text += '\n';
}

static void intro(const char* key) {
    const char* s = T(key);
    text_wrapped(s);
    seen(s);
    spacer(4);
}

static const char* kTriLabels[3];
static int tri_index(Answer a) { return a == Answer::Yes ? 0 : a == Answer::No ? 1 : a == Answer::NotSure ? 2 : -1; }
static Answer tri_from_index(int i) { return i == 0 ? Answer::Yes : i == 1 ? Answer::No : Answer::NotSure; }

static Answer flip(Answer a) { return a == Answer::Yes ? Answer::No : a == Answer::No ? Answer::Yes : a; }

static bool tri_question(const char* id, Answer* a) {
    kTriLabels[0] = T("widget.answer.yes");
    kTriLabels[1] = T("widget.answer.no");
    kTriLabels[2] = T("widget.answer.not_sure");
    int sel = tri_index(*a);
    const cd::FactDef* f = content().fact(id);
    item_context(f ? L(f->question) : std::string(T("widget.custody.question")));
    const bool changed = segmented(id, kTriLabels, 3, &sel);
    item_context("");
    if (changed) {
        *a = tri_from_index(sel);
        mark_changed();
    }
    return changed;
}

// ---------------------------------------------------------------------------------------------
// Step: charges
// ---------------------------------------------------------------------------------------------
// `suggested`: the level a section number or a class word in the search suggested ("HS 11350",
// "Class A"). It is preselected and marked as a suggestion for the reader to check.
static void add_charge(const cd::Offense& o, const std::optional<std::string>& suggested = std::nullopt) {
    for (const auto& c : g_app.session.answers.charges)
        if (c.offense == o.id) return;
    g_app.session.answers.charges.push_back({o.id, suggested ? *suggested : o.usual_levels.size() == 1 ? o.usual_levels[0] : "unknown"});
    if (suggested) g_app.level_suggested.insert(o.id);
    else g_app.level_suggested.erase(o.id);
    g_app.charge_query.clear();
    mark_changed();
}

// Why a hit matched, when it was not by its name ("DWI" -> Driving under the influence, "also
// called DWI"): the phrase the search matched.
static std::string matched_note(const cd::OffenseMatch& m) {
    if (m.statute) return m.statute->prov.citation;  // "Cal. Penal Code § 459": the law behind the number typed
    if (m.matched.empty() || m.matched == L(m.offense->name) || m.matched == m.offense->id) return "";
    for (const auto& [lang, name] : m.offense->name.by_lang)
        if (m.matched == name) return "";
    return std::string(T("widget.charges.also_called")) + " " + m.matched;
}

static bool g_browse_all = false;
static bool g_no_match = false;  // this frame's search found nothing: the list opens by itself

// "Started with: DUI in California." when the page preset answers: visible, and easy to change.
static void preset_note() {
    const Answers& a = g_app.session.answers;
    if (g_app.session.preset_note_dismissed || !(g_app.session.preset_charges || g_app.session.preset_where || g_app.session.preset_stage)) return;
    std::string what;
    for (const auto& c : a.charges)
        if (const cd::Offense* o = content().offense(c.offense)) what += (what.empty() ? "" : ", ") + L(o->name);
    if (const cd::Jurisdiction* j = content().jurisdiction(a.jurisdiction))
        what += (what.empty() ? "" : " " + std::string(T("widget.preset.in")) + " ") + L(j->name);
    if (const cd::StageDef* st = content().stage(a.stage); st && g_app.session.preset_stage) what += (what.empty() ? "" : " \xC2\xB7 ") + L(st->name);
    if (what.empty()) return;
    Card card;
    card_begin(card, 10);
    text_wrapped(std::string(T("widget.preset.started")) + " " + what + ".", pal.text, g_app.fonts.small);
    seen(what);
    if (link_button((std::string(T("widget.preset.change")) + "##preset_change").c_str())) {
        g_app.session.preset_note_dismissed = true;
        // The place is chosen on the next step; the charges are right here.
        if (g_app.session.preset_where)
            for (int i = 0; i < (int)g_app.session.steps.size(); i++)
                if (g_app.session.steps[i].kind == StepKind::Where) { go_to_step(i); break; }
    }
    card_end(card, pal.accent_soft);
    spacer(4);
}

static void step_charges() {
    preset_note();
    intro("widget.charges.intro");
    ImGui::SetNextItemWidth(-1);
    // Named by the question (the step's title) for screen readers; the example is the placeholder.
    item_context(std::string(T("widget.step.charges")) + " (" + T("widget.charges.search_hint") + ")");
    if (g_app.focus_charge_search) {
        ImGui::SetKeyboardFocusHere();
        g_app.focus_charge_search = false;
        request_frames(2);
    }
    const bool enter = text_field("##charge_search", T("widget.charges.search_hint"), &g_app.charge_query, kMaxSearchText,
                                      ImGuiInputTextFlags_EnterReturnsTrue);
    item_context("");
    const std::string q = g_app.charge_query;
    if (!q.empty()) {
        // With the place already known (a preset, or the reader came back), its section numbers rank first.
        auto hits = cd::find_offenses(content(), q, g_app.session.answers.jurisdiction, 8);
        if (enter && !hits.empty()) {
            add_charge(*hits[0].offense, hits[0].level);
        } else if (hits.empty()) {
            // Never a dead end: say what to try, and open the whole list.
            text_wrapped(T("widget.charges.no_match"), pal.text, g_app.fonts.small);
            g_no_match = q.size() >= 3;  // not for a first letter or two
        } else {
            for (const cd::OffenseMatch& m : hits) {
                bool chosen = false;
                for (const auto& c : g_app.session.answers.charges) chosen = chosen || c.offense == m.offense->id;
                if (choice_row(m.offense->id.c_str(), L(m.offense->name), matched_note(m), chosen)) add_charge(*m.offense, m.level);
            }
        }
    }

    spacer(6);
    if (!g_app.session.answers.charges.empty()) {
        label(T("widget.charges.yours"));
        static const char* levels[] = {"infraction", "misdemeanor", "felony", "unknown"};
        const char* level_labels[4];
        for (int i = 0; i < 4; i++) level_labels[i] = T((std::string("widget.level.") + levels[i]).c_str());
        int remove = -1;
        for (size_t i = 0; i < g_app.session.answers.charges.size(); i++) {
            cd::Charge& ch = g_app.session.answers.charges[i];
            const cd::Offense* o = content().offense(ch.offense);
            ImGui::PushID((int)i);
            Card card;
            card_begin(card);
            label(o ? L(o->name) : ch.offense);
            if (o) {
                ImGui::PushFont(g_app.fonts.small);
                ImGui::PushStyleColor(ImGuiCol_Text, pal.muted);
                ImGui::TextWrapped("%s", T("widget.charges.level_question"));
                ImGui::PopStyleColor();
                ImGui::PopFont();
            }
            int sel = 3;
            for (int k = 0; k < 4; k++) if (ch.level == levels[k]) sel = k;
            item_context((o ? L(o->name) : ch.offense) + ". " + T("widget.charges.level_question"));
            const bool level_changed = segmented(ch.offense.c_str(), level_labels, 4, &sel);
            item_context("");
            if (level_changed) {
                ch.level = levels[sel];
                g_app.level_suggested.erase(ch.offense);
                mark_changed();
            }
            if (g_app.level_suggested.count(ch.offense) && ch.level != "unknown") {
                text_wrapped(T("widget.charges.level_suggested"), pal.muted, g_app.fonts.small);
                seen(T("widget.charges.level_suggested"));
            }
            // Counts: "two counts of theft" is one charge, twice. A small stepper, 1 to 99.
            ImGui::PushFont(g_app.fonts.small);
            ImGui::PushStyleColor(ImGuiCol_Text, pal.muted);
            ImGui::TextWrapped("%s", T("widget.charges.counts_question"));
            ImGui::PopStyleColor();
            ImGui::PopFont();
            item_context((o ? L(o->name) : ch.offense) + ". " + T("widget.charges.counts_question") + " " + std::to_string(ch.counts));
            const bool at_min = ch.counts <= 1, at_max = ch.counts >= 99;
            if (at_min) ImGui::BeginDisabled();
            if (button((std::string("\xE2\x88\x92##fewer_counts_") + ch.offense).c_str(), 40)) { ch.counts--; mark_changed(); }
            if (at_min) ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(std::to_string(ch.counts).c_str());
            ImGui::SameLine();
            if (at_max) ImGui::BeginDisabled();
            if (button((std::string("+##more_counts_") + ch.offense).c_str(), 40)) { ch.counts++; mark_changed(); }
            if (at_max) ImGui::EndDisabled();
            item_context("");
            std::string rm = std::string(T("widget.charges.remove")) + "##remove";
            if (link_button(rm.c_str())) remove = (int)i;
            card_end(card, pal.bg, pal.border);
            ImGui::PopID();
        }
        if (remove >= 0) {
            g_app.session.answers.charges.erase(g_app.session.answers.charges.begin() + remove);
            // From the keyboard, the cursor must not be lost with the removed card: it goes to the
            // search field, ready for the next charge.
            if (!GImGui->NavDisableHighlight) g_app.focus_charge_search = true;
            mark_changed();
        }
        spacer(4);
    }

    // Browsing: every offense by name, for readers who do not know what to type.
    const bool show_all = g_browse_all || g_no_match;
    g_no_match = false;
    std::string browse = std::string(show_all ? "\xE2\x96\xBE " : "\xE2\x96\xB8 ") + T("widget.charges.browse") + "##browse";
    if (link_button(browse.c_str())) g_browse_all = !g_browse_all;
    if (show_all) {
        // By kind of charge (search.json's browse_by_tag), each offense once, under its first tag in that order.
        std::vector<const cd::Offense*> placed;
        for (const std::string& tag : content().search_browse_tags) {
            std::vector<const cd::Offense*> group;
            for (const auto& o : content().offenses)
                if (std::find(o.tags.begin(), o.tags.end(), tag) != o.tags.end() && std::find(placed.begin(), placed.end(), &o) == placed.end())
                    group.push_back(&o);
            if (group.empty()) continue;
            std::sort(group.begin(), group.end(), [](const cd::Offense* a, const cd::Offense* b) { return L(a->name) < L(b->name); });
            spacer(4);
            text_wrapped(T(("widget.tag." + tag).c_str()), pal.muted, g_app.fonts.strong);
            for (const cd::Offense* o : group) {
                placed.push_back(o);
                bool chosen = false;
                for (const auto& c : g_app.session.answers.charges) chosen = chosen || c.offense == o->id;
                if (choice_row(o->id.c_str(), L(o->name), "", chosen)) add_charge(*o);
            }
        }
        for (const auto& o : content().offenses) {  // an offense with none of these tags still shows
            if (std::find(placed.begin(), placed.end(), &o) != placed.end()) continue;
            bool chosen = false;
            for (const auto& c : g_app.session.answers.charges) chosen = chosen || c.offense == o.id;
            if (choice_row(o.id.c_str(), L(o.name), "", chosen)) add_charge(o);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Step: where
// ---------------------------------------------------------------------------------------------
static void step_where() {
    intro("widget.where.intro");
    if (const cd::Jurisdiction* j = content().jurisdiction(g_app.session.answers.jurisdiction)) {
        std::string s = std::string(T("widget.where.selected")) + " " + L(j->name);
        label(s);
        spacer(2);
        // Where some counties run their own diversion programs, which county (optional). Drawn
        // above the search, so it comes before it in the Tab order and a keyboard reader who does
        // not need it goes from the list straight to Next.
        if (!j->counties.empty()) {
            label(T("widget.county.question"));
            seen(T("widget.county.question"));
            muted(T("widget.county.why"));
            sem_role(SemKind::Radio);
            item_context(T("widget.county.question"));
            std::string& county = g_app.session.answers.county;
            const bool known = j->county(county) != nullptr;
            for (const cd::County& c : j->counties) {
                const bool selected = known && county == c.id;
                if (choice_row(("county_" + c.id).c_str(), c.name, "", selected)) {
                    county = c.id;
                    mark_changed();
                }
            }
            if (choice_row("county_other", T("widget.county.other"), "", !known)) {
                county.clear();
                mark_changed();
            }
            item_context("");
            sem_role(SemKind::Button);
            spacer(8);
        }
    }
    ImGui::SetNextItemWidth(-1);
    item_context(std::string(T("widget.step.where")) + " (" + T("widget.where.search_hint") + ")");
    // Enter picks the first place that matches (as Enter adds the first charge that matches).
    const bool enter = text_field("##where_search", T("widget.where.search_hint"), &g_app.where_query, kMaxSearchText,
                                  ImGuiInputTextFlags_EnterReturnsTrue);
    item_context("");
    std::string q = g_app.where_query;
    for (char& c : q) c = (char)std::tolower((unsigned char)c);

    std::vector<const cd::Jurisdiction*> list;
    for (const auto& [code, j] : content().jurisdictions) list.push_back(&j);
    std::sort(list.begin(), list.end(), [](const cd::Jurisdiction* a, const cd::Jurisdiction* b) { return L(a->name) < L(b->name); });
    int shown = 0;
    const cd::Jurisdiction* first = nullptr;
    for (const cd::Jurisdiction* j : list) {
        std::string name = L(j->name), lname = name, lcode = j->code;
        for (char& c : lname) c = (char)std::tolower((unsigned char)c);
        for (char& c : lcode) c = (char)std::tolower((unsigned char)c);
        if (!q.empty() && lname.find(q) == std::string::npos && lcode != q) continue;
        shown++;
        if (!first) first = j;
        const bool selected = g_app.session.answers.jurisdiction == j->code;
        if (choice_row(j->code.c_str(), name, j->code == "US" ? T("widget.where.federal_note") : "", selected)) {
            g_app.session.answers.jurisdiction = j->code;
            mark_changed();
        }
    }
    if (shown == 0) muted(T("widget.where.no_match"));
    if (enter && first && !q.empty() && g_app.session.answers.jurisdiction != first->code) {
        g_app.session.answers.jurisdiction = first->code;
        mark_changed();
    }
}

// ---------------------------------------------------------------------------------------------
// Step: stage and custody
// ---------------------------------------------------------------------------------------------
static void step_stage() {
    intro("widget.stage.intro");
    // One answer to one question: a radio group (one Tab stop, arrows between), named by the question.
    sem_role(SemKind::Radio);
    item_context(T("widget.stage.intro"));
    for (const cd::StageDef& s : content().stages) {
        const bool selected = g_app.session.answers.stage == s.id;
        if (choice_row(s.id.c_str(), L(s.name), selected ? L(s.how) : "", selected, true)) {
            g_app.session.answers.stage = s.id;
            mark_changed();
        }
        seen(L(s.name));
        if (selected) seen(L(s.how));
    }
    item_context("");
    sem_role(SemKind::Button);
    spacer(10);
    label(T("widget.custody.question"));
    seen(T("widget.custody.question"));
    tri_question("custody", &g_app.session.answers.in_custody);
    muted(T("widget.custody.why"));
}

// ---------------------------------------------------------------------------------------------
// Step: dates
// ---------------------------------------------------------------------------------------------
static int date_filter(ImGuiInputTextCallbackData* d) {
    // A date is written with letters, digits, spaces and . , / - (and º): anything else is a slip.
    const ImWchar c = d->EventChar;
    const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0 ||
                    c == ' ' || c == '/' || c == '-' || c == '.' || c == ',' || c == 0xBA;
    return ok ? 0 : 1;
}


static void step_dates() {
    intro("widget.dates.intro");
    if (!g_app.session.today.empty()) {
        if (auto today = cd::parse_iso_date(g_app.session.today)) muted(std::string(T("widget.dates.today")) + " " + cd::date_in_words(*today, g_app.session.lang, content()));
        spacer(4);
    }
    for (int i = 0; i < kDateCount; i++) {
        const std::string key = kDateKeys[i];
        // Only the dates a rule of this jurisdiction counts from or looks at (and any typed already).
        if (g_app.session.answers.date_text[i].empty() &&
            !cd::should_ask_date(key, g_app.session.case_file.jurisdiction, content(), &g_app.session.case_file))
            continue;
        ImGui::PushID(key.c_str());
        label(T(("widget.date." + key).c_str()));
        muted(T(("widget.date." + key + ".help").c_str()));
        seen(T(("widget.date." + key + ".help").c_str()));
        ImGui::SetNextItemWidth(px(170));
        std::string& text = g_app.session.answers.date_text[i];
        const std::string field = "##date_" + key;  // tests find the field by its date key
        item_context(std::string(T(("widget.date." + key).c_str())) + " (" + T("widget.dates.format") + ")");
        const bool typed = text_field(field.c_str(), T("widget.dates.format"), &text, kMaxDateText, 0, date_filter);
        const ImGuiID field_id = ImGui::GetItemID();
        item_context("");
        {
            const cd::ReaderDate understood = cd::parse_reader_date(text, g_app.session.lang, content());
            offer_date_picker(key, T(("widget.date." + key).c_str()), understood.date ? cd::to_iso(*understood.date) : "");
        }
        if (typed) {
            mark_changed();
        }
        const bool editing = ImGui::IsItemActive();
        // Once the reader leaves the field, a date understood is written YYYY-MM-DD (its words show
        // under it): one meaning, whatever language the widget is switched to later.
        if (!editing && g_app.session.settle_date(i)) request_frames(2);
        if (!text.empty()) {
            ImGui::SameLine();
            std::string clear = std::string(T("widget.dates.clear")) + "##clear";
            if (link_button(clear.c_str())) {
                text.clear();
                mark_changed();
            }
        }
        // One line under every field, always there, so that nothing below moves when a date is
        // understood (a tap aimed at the next field must land on it): the date said back in words,
        // so a misread date ("09-10" as October) is caught at once; or why it is not a date; or blank.
        const cd::ReaderDate rd = cd::parse_reader_date(text, g_app.session.lang, content());
        if (rd.date || text.empty()) g_app.date_alerted[i].clear();
        if (rd.date) {
            text_wrapped(cd::date_for_reader(*rd.date, cd::parse_iso_date(g_app.session.today), g_app.session.lang, content()), pal.success, g_app.fonts.small);
            if (auto today = cd::parse_iso_date(g_app.session.today); today && today->days < rd.date->days && key != "court_date") muted(T("widget.dates.future"));
        } else if (!text.empty() && !editing) {
            text_wrapped(rd.problem, pal.danger, g_app.fonts.small);  // why, in the reader's language
            sem_invalid(field_id, rd.problem);
            // Said once, when the reader leaves the field with a date that is not one.
            if (g_app.date_alerted[i] != text) {
                g_app.date_alerted[i] = text;
                js_alert(std::string(T(("widget.date." + key).c_str())) + ": " + rd.problem);
            }
        } else {
            ImGui::Dummy(ImVec2(1, g_app.fonts.small->FontSize));
        }
        spacer(6);
        ImGui::PopID();
    }
}

// ---------------------------------------------------------------------------------------------
// Step: circumstances (one group of facts)
// ---------------------------------------------------------------------------------------------
static void step_facts(const std::string& group) {
    intro("widget.facts.intro");
    int shown = 0;
    for (const cd::FactDef& f : content().facts) {
        if (f.group != group) continue;
        if (!cd::should_ask(f, g_app.session.case_file, content())) continue;
        shown++;
        ImGui::PushID(f.id.c_str());
        const bool follow_up = fact_is_follow_up(f);
        if (follow_up) ImGui::Indent(px(18));
        Card card;
        card_begin(card, 12);
        label(L(f.question));
        seen(L(f.question));
        Answer& a = g_app.session.answers.facts[f.id];
        if (f.question_is_opposite) {
            // Asked the positive way round ("Are you a U.S. citizen?"): the reader's "yes" is the fact's "no".
            Answer shown = flip(a);
            if (tri_question(f.id.c_str(), &shown)) a = flip(shown);
        } else {
            tri_question(f.id.c_str(), &a);
        }
        bool& open = g_app.why_open[f.id];
        std::string why = std::string(open ? "\xE2\x96\xBE " : "\xE2\x96\xB8 ") + T("widget.facts.why") + "##why";
        if (link_button(why.c_str())) open = !open;
        if (open) {
            muted(L(f.why_we_ask));
            seen(L(f.why_we_ask));
        }
        card_end(card, follow_up ? pal.panel : pal.bg, pal.border);
        if (follow_up) ImGui::Unindent(px(18));
        ImGui::PopID();
    }
    if (shown == 0) muted(T("widget.facts.none"));
}

// ---------------------------------------------------------------------------------------------
// Step: review
// ---------------------------------------------------------------------------------------------
static void review_line(const std::string& question, const std::string& answer) {
    text_wrapped(question, pal.muted, g_app.fonts.small);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - px(4));
    text_wrapped(answer);
}

static bool review_section(int step_index) {
    // The title wraps before "Edit", which sits at the card's top right: a long title (Spanish
    // runs ~20% longer) never pushes the link out of the card.
    const std::string title = g_app.session.step_title(g_app.session.steps[step_index]);
    std::string edit = std::string(T("widget.review.edit")) + "##edit" + std::to_string(step_index);
    ImGui::PushFont(g_app.fonts.small);
    const float edit_w = ImGui::CalcTextSize(edit.c_str(), nullptr, true).x + px(4);
    ImGui::PopFont();
    ImGuiWindow* win = ImGui::GetCurrentWindow();
    const float wrap = win->DC.TextWrapPos > 0 ? win->DC.TextWrapPos : ImGui::GetWindowContentRegionMax().x;
    const ImVec2 start = ImGui::GetCursorPos();
    ImGui::PushTextWrapPos(wrap - edit_w - px(10));
    label(title);
    ImGui::PopTextWrapPos();
    const float below = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(wrap - edit_w, start.y));
    const bool pressed = link_button(edit.c_str());
    ImGui::SetCursorPosY(std::max(below, ImGui::GetCursorPosY()));
    if (pressed) {
        go_to_step(step_index);
        return true;
    }
    return false;
}

static void step_review() {
    intro("widget.review.intro");
    const Answers& a = g_app.session.answers;
    for (int i = 0; i < (int)g_app.session.steps.size() - 1; i++) {
        const Step& s = g_app.session.steps[i];
        Card card;
        ImGui::PushID(i);
        card_begin(card, 10);
        if (review_section(i)) { card_end(card, pal.bg, pal.border); ImGui::PopID(); return; }
        switch (s.kind) {
        case StepKind::Charges:
            if (a.charges.empty()) text_wrapped(T("widget.review.none"), pal.muted);
            for (const auto& c : a.charges) {
                const cd::Offense* o = content().offense(c.offense);
                std::string line = (o ? L(o->name) : c.offense) + " \xE2\x80\x94 " + g_app.session.level_name(c.level);
                if (c.counts > 1) line += ", " + std::to_string(c.counts) + " " + T("report.counts");
                bullet_text(line);
            }
            break;
        case StepKind::Where:
            if (const cd::Jurisdiction* j = content().jurisdiction(a.jurisdiction)) {
                const cd::County* county = j->county(g_app.session.county_of_answers());
                text_wrapped(county ? county->name + ", " + L(j->name) : L(j->name));
            } else {
                text_wrapped(T("widget.review.none"), pal.muted);
            }
            break;
        case StepKind::Stage:
            if (const cd::StageDef* st = content().stage(a.stage)) text_wrapped(L(st->name));
            else text_wrapped(T("widget.review.stage_default"), pal.muted);
            review_line(T("widget.custody.question"), g_app.session.answer_name(a.in_custody));
            break;
        case StepKind::Dates: {
            int known = 0;
            for (int d = 0; d < kDateCount; d++) {
                if (a.date_text[d].empty()) continue;
                known++;
                const auto parsed = g_app.session.typed_date(d);
                const bool ok = parsed.has_value();
                std::string line = std::string(T(("widget.date." + std::string(kDateKeys[d])).c_str())) + ": " +
                                   (ok ? cd::date_in_words(*parsed, g_app.session.lang, content()) : a.date_text[d]);
                if (!ok) line += "  (" + std::string(T("widget.review.bad_date")) + ")";
                bullet_text(line, ok ? 0 : pal.danger);
            }
            if (!known) text_wrapped(T("widget.review.no_dates"), pal.muted);
            break;
        }
        case StepKind::Facts: {
            int answered = 0;
            for (const cd::FactDef& f : content().facts) {
                if (f.group != s.group || !cd::should_ask(f, g_app.session.case_file, content())) continue;
                auto it = a.facts.find(f.id);
                if (it == a.facts.end() || it->second == Answer::Unanswered) continue;
                answered++;
                review_line(L(f.question), g_app.session.answer_name(f.question_is_opposite ? flip(it->second) : it->second));
            }
            if (!answered) text_wrapped(T("widget.review.skipped"), pal.muted);
            break;
        }
        case StepKind::Review: break;
        }
        card_end(card, pal.bg, pal.border);
        ImGui::PopID();
    }
    draw_device_memory("memory_review");
}

// ---------------------------------------------------------------------------------------------
// Glossary: the terms that appear on this step, and the full list in a popup
// ---------------------------------------------------------------------------------------------
static std::string lowered(const std::string& s) {
    std::string out = s;
    for (char& c : out) c = (char)std::tolower((unsigned char)c);
    return out;
}

static void words_on_this_step() {
    const std::string text = lowered(g_step_text);
    std::vector<const cd::GlossaryEntry*> found;
    for (const cd::GlossaryEntry& e : content().glossary) {
        const std::string term = lowered(L(e.term));
        size_t at = text.find(term);
        // Whole words only: "bail" should not match "bailiff".
        while (at != std::string::npos) {
            const bool left_ok = at == 0 || !std::isalnum((unsigned char)text[at - 1]);
            const size_t end = at + term.size();
            const bool right_ok = end >= text.size() || !std::isalnum((unsigned char)text[end]) || text[end] == 's';
            if (left_ok && right_ok) break;
            at = text.find(term, at + 1);
        }
        if (at != std::string::npos) found.push_back(&e);
    }
    if (found.empty()) return;
    spacer(8);
    Card card;
    card_begin(card, 12);
    label(T("widget.glossary.here"));
    for (const cd::GlossaryEntry* e : found) {
        ImGui::PushFont(g_app.fonts.strong);
        ImGui::TextUnformatted(L(e->term).c_str());
        ImGui::PopFont();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - px(4));
        text_wrapped(L(e->meaning), pal.muted, g_app.fonts.small);
    }
    card_end(card, pal.panel);
}

static std::string g_glossary_filter;

void draw_glossary_popup() {
    if (g_app.glossary_open) {
        ImGui::OpenPopup("##glossary");
        g_app.glossary_open = false;
    }
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(display.x - px(24), px(560)), display.y - px(40)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(px(18), px(16)));
    if (ImGui::BeginPopupModal("##glossary", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove)) {
        // The title wraps before "Close", which sits at the top right.
        const char* close = T("widget.close");
        const float close_w = ImGui::CalcTextSize(close).x + ImGui::GetStyle().FramePadding.x * 2;
        const float right = ImGui::GetWindowContentRegionMax().x;
        const ImVec2 start = ImGui::GetCursorPos();
        ImGui::PushTextWrapPos(right - close_w - px(12));
        heading(T("widget.glossary.title"));
        ImGui::PopTextWrapPos();
        const float below = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(right - close_w, start.y));
        if (button(close) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
        ImGui::SetCursorPosY(std::max(below, ImGui::GetCursorPosY()));
        ImGui::SetNextItemWidth(-1);
        item_context(T("widget.glossary.filter_hint"));
        text_field("##glossary_filter", T("widget.glossary.filter_hint"), &g_glossary_filter, kMaxSearchText);
        item_context("");
        spacer(4);
        ImGui::BeginChild("##glossary_list", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
        const std::string q = lowered(g_glossary_filter);
        for (const cd::GlossaryEntry& e : content().glossary) {
            if (!q.empty() && lowered(L(e.term)).find(q) == std::string::npos && lowered(L(e.meaning)).find(q) == std::string::npos) continue;
            label(L(e.term));
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() - px(4));
            text_wrapped(L(e.meaning), pal.muted);
            spacer(4);
        }
        ImGui::EndChild();
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar();
}

// ---------------------------------------------------------------------------------------------
// The interview pane: progress, the step, Back / Next
// ---------------------------------------------------------------------------------------------
static void draw_progress() {
    const int n = (int)g_app.session.steps.size();
    const int i = g_app.session.step;
    char buf[96];
    snprintf(buf, sizeof buf, T("widget.progress"), i + 1, n);  // "Step %d of %d"
    ImGui::PushFont(g_app.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.muted);
    ImGui::TextUnformatted(buf);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    // Segments, one per step; done steps filled, the current one accent; clicking jumps there.
    const float w = ImGui::GetContentRegionAvail().x;
    const float gap = px(3);
    const float seg = (w - gap * (n - 1)) / n;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = px(5);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int k = 0; k < n; k++) {
        const ImVec2 a(p.x + k * (seg + gap), p.y), b(a.x + seg, p.y + h);
        dl->AddRectFilled(a, b, k < i ? pal.accent : k == i ? pal.accent_hover : pal.border, h * 0.5f);
    }
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop | ImGuiItemFlags_NoNav, true);  // Back/Next serve the keyboard
    ImGui::InvisibleButton("##progress", ImVec2(w, h + px(6)));
    ImGui::PopItemFlag();
    if (ImGui::IsItemHovered()) {
        const int k = (int)((ImGui::GetIO().MousePos.x - p.x) / (seg + gap));
        if (k >= 0 && k < n) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(g_app.session.step_title(g_app.session.steps[k]).c_str());
            ImGui::EndTooltip();
            if (ImGui::IsItemClicked()) {
                go_to_step(k);
            }
        }
    }
}

void draw_intake(float width, float height) {
    (void)width;
    const float pad = px(g_app.layout_w() >= 760 ? 20 : 14);
    const float footer_h = px(60);
    ImGui::SetCursorPos(ImVec2(pad, px(12)));
    ImGui::BeginGroup();
    ImGui::PushItemWidth(-1);
    ImGui::BeginChild("##progress_area", ImVec2(width - pad * 2, px(30)), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNav);
    draw_progress();
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();

    const float body_top = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(0, body_top));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, px(4)));
    ImGui::BeginChild("##step", ImVec2(width, height - body_top - footer_h), false, ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    if (g_app.scroll_intake_top) {
        ImGui::SetScrollY(0);
        g_app.scroll_intake_top = false;
    }
    g_step_text.clear();
    const Step& s = g_app.session.steps[g_app.session.step];
    if (g_app.session.restored) {
        // Someone else at this device should know the answers were kept: say it first.
        Card card;
        card_begin(card, 10);
        text_wrapped(T("widget.restored"), pal.text, g_app.fonts.small);
        draw_device_memory("memory_restored");
        if (link_button((std::string(T("widget.dismiss")) + "##restored_dismiss").c_str())) g_app.session.restored = false;
        card_end(card, pal.accent_soft);
        spacer(4);
    }
    heading(g_app.session.step_title(s));
    read_aloud_link("read_step", [] { return sem_step_speech(); });
    spacer(2);
    switch (s.kind) {
    case StepKind::Charges: step_charges(); break;
    case StepKind::Where: step_where(); break;
    case StepKind::Stage: step_stage(); break;
    case StepKind::Dates: step_dates(); break;
    case StepKind::Facts: step_facts(s.group); break;
    case StepKind::Review: step_review(); break;
    }
    if (s.kind != StepKind::Review && s.kind != StepKind::Charges && s.kind != StepKind::Where) words_on_this_step();
    spacer(12);
    ImGui::EndChild();

    // Footer: Back / Next, always in the same place.
    const float fy = height - footer_h;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 wp = ImGui::GetWindowPos();
    dl->AddLine(ImVec2(wp.x, wp.y + fy), ImVec2(wp.x + width, wp.y + fy), pal.border, std::max(1.0f, px(1)));
    ImGui::SetCursorPos(ImVec2(pad, fy + (footer_h - ImGui::GetFrameHeight()) * 0.5f));
    const bool first = g_app.session.step == 0;
    const bool last = g_app.session.step == (int)g_app.session.steps.size() - 1;
    const std::string back = std::string("\xE2\x86\x90 ") + T("widget.back") + "##back";
    if (first) ImGui::BeginDisabled();
    if (button(back.c_str(), 96)) {
        go_to_step(g_app.session.step - 1);
    }
    if (first) ImGui::EndDisabled();
    const bool narrow = g_app.layout_w() < 760;
    if (!last || narrow) {
        const std::string next = last ? std::string(T("widget.see_report")) + " \xE2\x86\x92##next"
                                      : std::string(T("widget.next")) + " \xE2\x86\x92##next";
        const float nw = ImGui::CalcTextSize(next.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2 + px(24);
        ImGui::SameLine(width - pad - nw);
        if (primary_button(next.c_str(), nw / g_app.ui_scale())) {
            if (last) g_app.view = View::Report;
            else go_to_step(g_app.session.step + 1);
        }
    }
}

}  // namespace cdw
