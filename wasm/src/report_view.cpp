// The report on screen. It is drawn straight from cd::Report every frame (rebuilt only when an
// answer changes), so the screen, the downloads and the print view always agree.
#include "ui_kit.h"

#include <algorithm>

namespace cdw {

static const std::string& L(const cd::Text& t) { return t.get(g_app.lang); }
static std::string TS(const std::string& key) { return T(key.c_str()); }

// Section jump links at the top of the report ("Questions", "Deadlines", ...).
static const char* const kSections[] = {"report.charges", "report.paths", "report.deadlines", "report.questions", "report.myths", "report.dont"};
static int g_jump = -1;

static void section(const char* title_key) {
    spacer(14);
    for (int i = 0; i < 6; i++)
        if (g_jump == i && std::string(kSections[i]) == title_key) {
            ImGui::SetScrollHereY(0.0f);
            g_jump = -1;
        }
    heading(T(title_key));
    spacer(2);
}

static void jump_links(const cd::Report& r) {
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + px(2));  // baseline of the links (they have a 2 px frame)
    ImGui::PushFont(g_app.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.muted);
    ImGui::TextUnformatted(T("widget.jump"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    for (int i = 0; i < 6; i++) {
        if (i == 4 && r.myths.empty()) continue;
        if (i == 5 && r.dont_make_it_worse.empty()) continue;
        std::string lbl = std::string(T((std::string("widget.short.") + (kSections[i] + 7)).c_str())) + "##jump" + std::to_string(i);
        ImGui::PushFont(g_app.fonts.small);
        const float w = ImGui::CalcTextSize(lbl.c_str(), nullptr, true).x + px(4);
        ImGui::PopFont();
        flow_next(w);
        if (link_button(lbl.c_str())) {
            g_jump = i;
            request_frames(3);
        }
    }
}

static void citations(const std::vector<std::string>& cites) {
    if (cites.empty()) return;
    std::string s = std::string(T("report.sources")) + ": ";
    for (size_t i = 0; i < cites.size(); i++) s += (i ? "; " : "") + cites[i];
    muted(s);
}

static ImU32 applies_fg(const std::string& a) {
    if (a == "likely") return pal.success;
    if (a == "possible") return pal.accent;
    return pal.muted;
}

// A full-width row whose text wraps, with a disclosure mark; returns true when clicked.
static bool disclosure_row(const char* id, const std::string& number, const std::string& text, bool open) {
    const float pad = px(10);
    const float width = ImGui::GetContentRegionAvail().x;
    const float num_w = px(28);
    const float text_w = width - pad * 2 - num_w - px(18);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, text_w);
    const float height = size.y + pad * 2;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(id);
    const bool pressed = ImGui::Selectable("##q", open, 0, ImVec2(width, height));
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), (number + " " + text).c_str(), 0);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(g_app.fonts.strong, g_app.fonts.strong->FontSize, ImVec2(p.x + pad, p.y + pad), pal.accent, number.c_str());
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + pad + num_w, p.y + pad), pal.text, text.c_str(), nullptr, text_w);
    // Chevron on the right
    const float cx = p.x + width - pad - px(6), cy = p.y + pad + ImGui::GetFontSize() * 0.5f, r = px(4);
    if (open) dl->AddTriangleFilled(ImVec2(cx - r, cy - r * 0.5f), ImVec2(cx + r, cy - r * 0.5f), ImVec2(cx, cy + r * 0.7f), pal.muted);
    else dl->AddTriangleFilled(ImVec2(cx - r * 0.5f, cy - r), ImVec2(cx - r * 0.5f, cy + r), ImVec2(cx + r * 0.7f, cy), pal.muted);
    return pressed;
}

// "fact:searched" -> the interview's wording, so "Chosen because of" reads as the reader's answers.
static std::string because_text(const std::vector<std::string>& because) {
    std::string out;
    for (const std::string& b : because) {
        std::string item;
        const size_t colon = b.find(':');
        const std::string kind = b.substr(0, colon), id = colon == std::string::npos ? "" : b.substr(colon + 1);
        if (kind == "fact") {
            if (const cd::FactDef* f = g_app.content->fact(id)) {
                auto it = g_app.case_file.facts.find(id);
                item = "\xE2\x80\x9C" + L(f->question) + "\xE2\x80\x9D " + (it == g_app.case_file.facts.end() ? TS("widget.answer.not_sure") : it->second == cd::Tri::Yes ? TS("widget.answer.yes") : TS("widget.answer.no"));
            }
        } else if (kind == "offense") {
            if (const cd::Offense* o = g_app.content->offense(id)) item = L(o->name);
        } else if (kind == "jurisdiction") {
            if (const cd::Jurisdiction* j = g_app.content->jurisdiction(id)) item = L(j->name);
        } else if (kind == "stage") {
            if (const cd::StageDef* s = g_app.content->stage(id)) item = L(s->name);
        }
        if (item.empty()) continue;
        if (!out.empty()) out += "; ";
        out += item;
    }
    return out;
}

static void toolbar(const cd::Report* r) {
    auto stamp = [](const char* base, const char* ext) { return std::string(base) + "-" + g_app.today + ext; };
    // Copy / Download (a menu: .txt, .md, case file) / Print / Open: four buttons fit two rows at 320 px.
    const char* keys[] = {"widget.export.copy", "widget.export.download", "widget.export.print", "widget.export.open_case"};
    ImGui::PushFont(g_app.fonts.small);
    for (int i = 0; i < 4; i++) {
        std::string lbl = std::string(T(keys[i])) + (i == 1 ? " \xE2\x96\xBE" : "") + "##export" + std::to_string(i);
        const float w = ImGui::CalcTextSize(lbl.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
        if (i > 0) flow_next(w);
        const bool needs_report = i == 0 || i == 2;
        if (needs_report && !r) ImGui::BeginDisabled();
        if (button(lbl.c_str())) {
            if (i == 0) {
                js_copy_text(cd::render_questions_text(*r));
                g_app.toast = "widget.export.copied";
                g_app.toast_until = now_ms() + 2500;
                wake_at(g_app.toast_until);
            } else if (i == 1) {
                ImGui::OpenPopup("##download_menu");
            } else if (i == 2) {
                js_print_html(report_html(*r));
            } else {
                js_open_file();
            }
        }
        if (needs_report && !r) ImGui::EndDisabled();
        if (i == 1) {
            ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(px(6), px(6)));
            if (ImGui::BeginPopup("##download_menu")) {
                if (!r) ImGui::BeginDisabled();
                if (ImGui::Selectable(T("widget.export.txt"))) js_download(stamp("case-decoder-report", ".txt"), "text/plain;charset=utf-8", cd::render_text(*r));
                if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                if (ImGui::Selectable(T("widget.export.md"))) js_download(stamp("case-decoder-report", ".md"), "text/markdown;charset=utf-8", cd::render_markdown(*r));
                if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                if (!r) ImGui::EndDisabled();
                if (ImGui::Selectable(T("widget.export.save_case"))) js_download(stamp("case-decoder-case-file", ".json"), "application/json", cd::write_case_file(g_app.case_file));
                if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                ImGui::EndPopup();
            }
            ImGui::PopStyleVar();
        }
    }
    ImGui::PopFont();
    if (!g_app.toast.empty()) {
        text_wrapped("\xE2\x9C\x93 " + TS(g_app.toast), pal.success, g_app.fonts.small);
    }
    if (!g_app.import_error.empty()) {
        spacer(4);
        Card card;
        card_begin(card, 10);
        text_wrapped(T("widget.import.failed"), pal.danger, g_app.fonts.strong);
        // Why, in the reader's language; then the exact line (English: it names the field, for
        // whoever fixes the file), introduced as such when the widget speaks another language.
        if (!g_app.import_error_why.empty()) text_wrapped(TS(g_app.import_error_why), pal.text, g_app.fonts.body);
        text_wrapped(TS("widget.import.detail") + " " + g_app.import_error, pal.muted, g_app.fonts.small);
        text_wrapped(T("widget.import.kept"), pal.text, g_app.fonts.small);
        if (link_button((std::string(T("widget.dismiss")) + "##dismiss_import").c_str())) g_app.import_error.clear();
        card_end(card, pal.danger_soft);
    } else if (!g_app.import_note.empty()) {
        text_wrapped("\xE2\x9C\x93 " + TS(g_app.import_note), pal.success, g_app.fonts.small);
    }
    draw_device_memory("memory_report");
}

// "Remember my answers on this device" (off by default) and "Forget everything" (asks once more
// first: a stray tap must not wipe a long interview). Drawn under the export buttons and at the
// end of the review step; `id` keeps the two copies' ImGui ids apart.
static bool g_confirm_forget = false;

void draw_device_memory(const char* id) {
    ImGui::PushID(id);
    spacer(6);
    bool on = g_app.remember;
    if (check_row("remember", T("widget.remember.label"), &on)) set_remember(on);
    muted(T(g_app.remember ? "widget.remember.help_on" : "widget.remember.help"));
    if (!g_app.storage_note.empty()) text_wrapped(TS(g_app.storage_note), pal.danger, g_app.fonts.small);
    if (!g_confirm_forget) {
        if (link_button((std::string(T("widget.forget")) + "##forget").c_str())) g_confirm_forget = true;
    } else {
        text_wrapped(T("widget.forget.confirm"), pal.text, g_app.fonts.small);
        if (button((std::string(T("widget.forget.yes")) + "##forget_yes").c_str())) {
            g_confirm_forget = false;
            forget_everything();
        }
        ImGui::SameLine();
        if (link_button((std::string(T("widget.forget.cancel")) + "##forget_cancel").c_str())) g_confirm_forget = false;
    }
    ImGui::PopID();
}

static void stage_block(const cd::Report& r) {
    section("report.stage");
    Card card;
    card_begin(card, 12);
    label(r.stage.name);
    std::string dropped = std::string(T("report.can_be_dropped")) + " " + TS("widget.dropped." + r.stage.can_charges_be_dropped);
    text_wrapped(dropped);
    text_wrapped(r.stage.how, pal.muted, g_app.fonts.small);
    card_end(card, pal.bg, pal.border);
}

static void charges_block(const cd::Report& r) {
    section("report.charges");
    for (size_t i = 0; i < r.charges.size(); i++) {
        const cd::ChargeReport& c = r.charges[i];
        ImGui::PushID((int)i);
        Card card;
        card_begin(card, 12);
        label(c.counts > 1 ? c.name + " \xE2\x80\x94 " + std::to_string(c.counts) + " " + T("report.counts") : c.name);
        pill(level_name(c.level), pal.accent, pal.accent_soft);
        if (c.counts > 1) text_wrapped(T("report.counts_note"), pal.muted, g_app.fonts.small);
        text_wrapped(c.plain_english);
        auto list = [](const char* key, const std::vector<std::string>& items, const char* id) {
            if (items.empty()) return;
            ImGui::PushFont(g_app.fonts.strong);
            const bool open = ImGui::TreeNodeEx(id, ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_NoTreePushOnOpen, "%s", T(key));
            ImGui::PopFont();
            if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (open)
                for (const auto& s : items) bullet_text(s);
        };
        list("report.must_prove", c.elements, "elements");
        list("report.weak_points", c.weak_points, "weak");
        list("report.typical_evidence", c.typical_evidence, "evidence");
        list("report.consequences", c.collateral_consequences, "consequences");
        citations(c.citations);
        card_end(card, pal.bg, pal.border);
        ImGui::PopID();
    }
}

static void paths_block(const cd::Report& r) {
    section("report.paths");
    for (size_t i = 0; i < r.dismissal_paths.size(); i++) {
        const cd::DismissalPath& p = r.dismissal_paths[i];
        ImGui::PushID((int)i);
        Card card;
        card_begin(card, 12);
        label(p.name);
        pill(TS("applies." + p.applies), p.applies == "likely" || p.applies == "possible" ? pal.accent_text : pal.text,
             p.applies == "likely" || p.applies == "possible" ? applies_fg(p.applies) : pal.panel);
        text_wrapped(p.why);
        const std::string because = because_text(p.because);
        if (!because.empty()) muted(std::string(T("report.because")) + ": " + because);
        citations(p.citations);
        card_end(card, pal.bg, pal.border);
        ImGui::PopID();
    }
}

static void deadlines_block(const cd::Report& r) {
    section("report.deadlines");
    for (size_t i = 0; i < r.deadlines.size(); i++) {
        const cd::Deadline& d = r.deadlines[i];
        ImGui::PushID((int)i);
        Card card;
        card_begin(card, 12);
        label(T(("kind." + d.kind).c_str()));
        if (d.days || d.months) {
            std::string span = d.days ? std::to_string(*d.days) + " " + TS("widget.days") : std::to_string(*d.months) + " " + TS("widget.months");
            if (!d.from.empty()) span += " " + TS("report.from") + " " + TS("date." + d.from);
            text_wrapped(span, pal.muted, g_app.fonts.small);
        }
        if (d.due) {
            text_wrapped(std::string(T("report.due")) + " " + cd::to_iso(*d.due), pal.text, g_app.fonts.heading);
            if (d.status == "passed") pill(T("report.passed"), pal.danger, pal.danger_soft);
            else if (d.status == "upcoming") pill(T("report.upcoming"), pal.accent, pal.accent_soft);
        } else if (!d.days && !d.months) {
            text_wrapped(T("report.no_fixed_deadline"), pal.text, g_app.fonts.strong);
        } else {
            text_wrapped(T("report.no_due_date"), pal.muted, g_app.fonts.small);
        }
        text_wrapped(d.summary);
        if (d.demand_required) text_wrapped(T("report.demand_needed"), pal.text, g_app.fonts.small);
        if (!d.remedy.empty()) text_wrapped(T(("remedy." + d.remedy).c_str()), pal.muted, g_app.fonts.small);
        if (!d.caveat.empty()) text_wrapped(d.caveat, pal.muted, g_app.fonts.small);
        if (!d.verified) text_wrapped(T("report.unverified"), pal.danger, g_app.fonts.small);
        citations({d.citation});
        card_end(card, pal.bg, pal.border);
        ImGui::PopID();
    }
}

static void programs_block(const cd::Report& r) {
    if (r.jurisdiction.programs.empty()) return;
    section("report.programs");
    for (size_t i = 0; i < r.jurisdiction.programs.size(); i++) {
        const cd::ProgramInfo& p = r.jurisdiction.programs[i];
        ImGui::PushID((int)i);
        Card card;
        card_begin(card, 12);
        label(p.name);
        pill(T(("report.fits." + p.fits).c_str()), p.fits == "yes" ? pal.accent_text : pal.text, p.fits == "yes" ? pal.success : pal.panel);
        text_wrapped(p.summary);
        if (!p.verified) text_wrapped(T("report.unverified"), pal.danger, g_app.fonts.small);
        citations({p.citation});
        card_end(card, pal.bg, pal.border);
        ImGui::PopID();
    }
}

static void questions_block(const cd::Report& r) {
    section("report.questions");
    muted(T("widget.questions.hint"));
    spacer(2);
    for (size_t i = 0; i < r.questions.size(); i++) {
        const cd::AttorneyQuestion& q = r.questions[i];
        const bool open = g_app.questions_open == (int)i;
        if (disclosure_row(q.id.c_str(), std::to_string(i + 1) + ".", q.text, open)) {
            g_app.questions_open = open ? -1 : (int)i;
        }
        if (open) {
            ImGui::Indent(px(38));
            label(T("report.why"));
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() - px(4));
            text_wrapped(q.why);
            const std::string because = because_text(q.because);
            if (!because.empty()) muted(std::string(T("report.because")) + ": " + because);
            citations(q.citations);
            spacer(4);
            ImGui::Unindent(px(38));
        }
    }
}

static void myths_block(const cd::Report& r) {
    if (r.myths.empty()) return;
    section("report.myths");
    for (size_t i = 0; i < r.myths.size(); i++) {
        const cd::MythReport& m = r.myths[i];
        Card card;
        ImGui::PushID((int)i);
        card_begin(card, 12);
        text_wrapped(std::string(T("report.myth")) + ": " + m.myth, pal.text, g_app.fonts.strong);
        text_wrapped(m.text);
        citations(m.citations);
        card_end(card, pal.bg, pal.border);
        ImGui::PopID();
    }
}

static void dont_block(const cd::Report& r) {
    if (r.dont_make_it_worse.empty()) return;
    section("report.dont");
    for (const std::string& s : r.dont_make_it_worse) bullet_text(s);
}

void draw_report(float width, float height) {
    const float pad = px(g_app.css_w >= 760 ? 20 : 14);
    const cd::Report* r = g_app.report ? &*g_app.report : nullptr;

    // Wide: the notice is pinned under the report, always in view. Narrow: the short notice in the
    // header stays in view, and the full one opens the report (pinning six lines on a phone would
    // leave too little room to read).
    const bool pin_notice = g_app.css_w >= 760;
    const std::string& notice = r ? r->notice : L(g_app.content->notice);
    ImGui::PushFont(g_app.fonts.small);
    const float notice_h = pin_notice ? ImGui::CalcTextSize(notice.c_str(), nullptr, false, width - pad * 2).y + px(18) : 0.0f;
    ImGui::PopFont();
    ImGui::SetCursorPos(ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, px(12)));
    ImGui::BeginChild("##report_scroll", ImVec2(width, height - notice_h), false, ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    heading(T("report.title"));
    if (r) {
        std::string where = r->jurisdiction.name;
        if (!g_app.today.empty()) where += " \xC2\xB7 " + TS("report.as_of") + " " + g_app.today;
        muted(where);
    }
    spacer(4);
    if (!pin_notice) {
        Card card;
        card_begin(card, 10);
        text_wrapped(notice, pal.text, g_app.fonts.small);
        card_end(card, pal.warn_soft);
    }
    toolbar(r);
    if (!r) {
        spacer(10);
        Card card;
        card_begin(card, 14);
        text_wrapped(T("widget.report.empty"));
        if (g_app.answers.charges.empty()) bullet_text(T("widget.report.need_charge"), pal.muted);
        if (g_app.answers.jurisdiction.empty()) bullet_text(T("widget.report.need_where"), pal.muted);
        card_end(card, pal.bg, pal.border);
    } else {
        if (!r->warnings.empty()) {
            spacer(8);
            Card card;
            card_begin(card, 12);
            label(T("report.warnings"));
            for (const auto& w : r->warnings) bullet_text(w, 0, g_app.fonts.small);
            card_end(card, pal.warn_soft);
        }
        spacer(6);
        jump_links(*r);
        stage_block(*r);
        charges_block(*r);
        paths_block(*r);
        programs_block(*r);
        deadlines_block(*r);
        questions_block(*r);
        myths_block(*r);
        dont_block(*r);
        spacer(10);
        muted(std::string(T("report.content_version")) + " " + r->content_version);
    }
    spacer(10);
    ImGui::EndChild();

    if (!pin_notice) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 wp = ImGui::GetWindowPos();
    const float ny = height - notice_h;
    dl->AddRectFilled(ImVec2(wp.x, wp.y + ny), ImVec2(wp.x + width, wp.y + height), pal.warn_soft);
    dl->AddLine(ImVec2(wp.x, wp.y + ny), ImVec2(wp.x + width, wp.y + ny), pal.border, std::max(1.0f, px(1)));
    ImGui::SetCursorPos(ImVec2(pad, ny + px(9)));
    ImGui::PushTextWrapPos(width - pad);
    ImGui::PushFont(g_app.fonts.small);
    ImGui::TextUnformatted(notice.c_str());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
}

}  // namespace cdw
