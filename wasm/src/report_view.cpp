// The report on screen: a walk over the screen outline (core/include/case_decoder/outline.h),
// rebuilt only when an answer changes. The downloads, the print view and the screen-reader mirror
// walk the same outline, so they always agree with what is drawn here.
#include "ui_kit.h"

#include "case_decoder/outline.h"

#include <algorithm>

namespace cdw {

static std::string TS(const std::string& key) { return T(key.c_str()); }

static void citations(const std::vector<std::string>& cites) {
    if (cites.empty()) return;
    std::string s = std::string(T("report.sources")) + ": ";
    for (size_t i = 0; i < cites.size(); i++) s += (i ? "; " : "") + cites[i];
    muted(s);
}

// Badge colours: words always say the status too (never colour alone).
static void tone_pill(const std::string& text, cd::Tone tone) {
    switch (tone) {
    case cd::Tone::Good: pill(text, pal.accent_text, pal.success); break;
    case cd::Tone::Accent: pill(text, pal.accent, pal.accent_soft); break;
    case cd::Tone::Warning: pill(text, pal.text, pal.warn_soft); break;
    case cd::Tone::Danger: pill(text, pal.accent_text, pal.danger); break;
    default: pill(text, pal.text, pal.panel); break;
    }
}
static ImU32 tone_text(cd::Tone tone) {
    switch (tone) {
    case cd::Tone::Muted: return pal.muted;
    case cd::Tone::Danger: return pal.danger;
    case cd::Tone::Good: return pal.success;
    default: return pal.text;
    }
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

// What an import did: a failure explained in the reader's language, or "Imported". Drawn at the top
// of the report, above the bottom line, so it is seen wherever the Open button was.
static void import_messages() {
    if (!g_app.session.import_error.empty()) {
        spacer(4);
        Card card;
        card_begin(card, 10);
        text_wrapped(T("widget.import.failed"), pal.danger, g_app.fonts.strong);
        // Why, in the reader's language; then the exact line (English: it names the field, for
        // whoever fixes the file), introduced as such when the widget speaks another language.
        if (!g_app.session.import_error_why.empty()) text_wrapped(TS(g_app.session.import_error_why), pal.text, g_app.fonts.body);
        text_wrapped(TS("widget.import.detail") + " " + g_app.session.import_error, pal.muted, g_app.fonts.small);
        text_wrapped(T("widget.import.kept"), pal.text, g_app.fonts.small);
        if (link_button((std::string(T("widget.dismiss")) + "##dismiss_import").c_str())) g_app.session.import_error.clear();
        card_end(card, pal.danger_soft);
    } else if (!g_app.session.import_note.empty()) {
        text_wrapped("\xE2\x9C\x93 " + TS(g_app.session.import_note), pal.success, g_app.fonts.small);
    }
}

static void toolbar(const cd::Report* r) {
    auto stamp = [](const char* base, const char* ext) { return std::string(base) + "-" + g_app.session.today + ext; };
    // Copy / Read as a web page / Download (a menu: .txt, .md, case file) / Calendar / Print / Open:
    // they wrap at 320 px.
    // Ids keep their old numbers (tests and saved focus refer to them); the calendar is 4, the web page 5.
    const char* keys[] = {"widget.export.copy", "widget.export.download", "widget.export.print", "widget.export.open_case", "widget.export.calendar",
                          "widget.export.read_page"};
    const int order[] = {0, 5, 1, 4, 2, 3};
    ImGui::PushFont(g_app.fonts.small);
    for (int i : order) {
        std::string lbl = std::string(T(keys[i])) + (i == 1 ? " \xE2\x96\xBE" : "") + "##export" + std::to_string(i);
        const float w = ImGui::CalcTextSize(lbl.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
        if (i > 0) flow_next(w);
        const bool needs_report = i == 0 || i == 2 || i == 4 || i == 5;
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
                js_print_html(g_app.session.document_html());
            } else if (i == 5) {
                js_open_page(g_app.session.document_html(), T("report.title"), stamp("case-decoder-report", ".html"));
            } else if (i == 4) {
                js_download(stamp("case-decoder-deadlines", ".ics"), "text/calendar;charset=utf-8", cd::render_ics(*r, *g_app.session.content));
                g_app.toast = "widget.export.calendar_done";
                g_app.toast_until = now_ms() + 4000;
                wake_at(g_app.toast_until);
            } else {
                js_open_file();
            }
        }
        if (needs_report && !r) ImGui::EndDisabled();
        if (i == 1) {
            ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(px(6), px(6)));
            if (ImGui::BeginPopup("##download_menu")) {
                if (!r) ImGui::BeginDisabled();
                if (ImGui::Selectable(T("widget.export.txt"))) js_download(stamp("case-decoder-report", ".txt"), "text/plain;charset=utf-8", g_app.session.document_text(false));
                if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                if (ImGui::Selectable(T("widget.export.md"))) js_download(stamp("case-decoder-report", ".md"), "text/markdown;charset=utf-8", g_app.session.document_text(true));
                if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                if (!r) ImGui::EndDisabled();
                if (ImGui::Selectable(T("widget.export.save_case"))) js_download(stamp("case-decoder-case-file", ".json"), "application/json", cd::write_case_file(g_app.session.case_file));
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
    draw_device_memory("memory_report");
}

// "Remember my answers on this device" (off by default) and "Forget everything" (asks once more
// first: a stray tap must not wipe a long interview). Drawn under the export buttons and at the
// end of the review step; `id` keeps the two copies' ImGui ids apart.
static bool g_confirm_forget = false;

void draw_device_memory(const char* id) {
    ImGui::PushID(id);
    spacer(6);
    bool on = g_app.session.remember;
    if (check_row("remember", T("widget.remember.label"), &on)) set_remember(on);
    muted(T(g_app.session.remember ? "widget.remember.help_on" : "widget.remember.help"));
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

// ---- the outline, drawn ---------------------------------------------------------------------

static std::string g_jump;  // a section id to scroll to on the next frame (a jump link was used)

static void draw_block(const cd::OutlineBlock& b, const std::string& id) {
    using K = cd::OutlineBlock::Kind;
    ImFont* font = b.small ? g_app.fonts.small : g_app.fonts.body;
    switch (b.kind) {
    case K::Paragraph: text_wrapped(b.text, tone_text(b.tone), font); break;
    case K::Field: text_wrapped(cd::lead_in(b.label) + " " + b.text, tone_text(b.tone), b.tone == cd::Tone::Plain && !b.small ? g_app.fonts.body : font); break;
    case K::Because: muted(cd::lead_in(b.label) + " " + b.text); break;
    case K::Sources: citations(b.items); break;
    case K::List:
        if (b.folded) {
            ImGui::PushFont(g_app.fonts.strong);
            const bool open = ImGui::TreeNodeEx(id.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_NoTreePushOnOpen, "%s", b.label.c_str());
            ImGui::PopFont();
            if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (open)
                for (const auto& s : b.items) bullet_text(s);
            break;
        }
        if (!b.label.empty()) text_wrapped(b.label, tone_text(b.tone), g_app.fonts.strong);
        for (const auto& s : b.items) bullet_text(s, 0, font);
        break;
    }
}

static void draw_blocks(const std::vector<cd::OutlineBlock>& blocks) {
    for (size_t i = 0; i < blocks.size(); i++) draw_block(blocks[i], "##b" + std::to_string(i));
}

static void draw_item_card(const cd::OutlineItem& it) {
    Card card;
    card_begin(card, 12);
    label(it.title);
    if (!it.badge.empty()) tone_pill(it.badge, it.badge_tone);
    if (!it.date.empty()) text_wrapped(it.date, pal.text, g_app.fonts.heading);
    draw_blocks(it.blocks);
    card_end(card, pal.bg, pal.border);
}

// A section as one text to read aloud: its title, then each block and card in reading order
// (citations left out: they are for the lawyer, and read badly).
static std::string section_speech(const cd::OutlineSection& s) {
    std::string out = s.title + ".\n";
    auto blocks = [&](const std::vector<cd::OutlineBlock>& list) {
        for (const auto& b : list) {
            using K = cd::OutlineBlock::Kind;
            if (b.kind == K::Sources) continue;
            if (b.kind == K::List) {
                if (!b.label.empty()) out += b.label + ".\n";
                for (const auto& i : b.items) out += i + ".\n";
            } else {
                out += (b.label.empty() ? "" : cd::lead_in(b.label) + " ") + b.text + "\n";
            }
        }
    };
    blocks(s.blocks);
    for (const auto& it : s.items) {
        out += it.title + (it.badge.empty() ? "" : ": " + it.badge) + ".\n";
        if (!it.date.empty()) out += it.date + ".\n";
        blocks(it.blocks);
    }
    return out;
}

static void draw_section(const cd::OutlineSection& s) {
    ImGui::PushID(s.id.c_str());
    if (s.id == "summary" || s.id == "warnings") {
        // The bottom line and the warnings are cards of their own, in their tone.
        spacer(8);
        Card card;
        const float top = ImGui::GetCursorScreenPos().y;
        card_begin(card, 14);
        if (g_jump == s.id) { ImGui::SetScrollHereY(0.0f); g_jump.clear(); }
        text_wrapped(s.title, pal.text, g_app.fonts.heading);
        read_aloud_link(("read_" + s.id).c_str(), [&s] { return section_speech(s); });
        draw_blocks(s.blocks);
        card_end(card, s.tone == cd::Tone::Accent ? pal.accent_soft : pal.warn_soft);
        if (s.id == "summary") {
            const float scale = g_app.dpr > 0 ? g_app.dpr : 1.0f;
            g_app.bottom_line_css[0] = top / scale;
            g_app.bottom_line_css[1] = ImGui::GetCursorScreenPos().y / scale;
        }
        ImGui::PopID();
        return;
    }
    spacer(14);
    if (g_jump == s.id) { ImGui::SetScrollHereY(0.0f); g_jump.clear(); }
    heading(s.title);
    spacer(2);
    draw_blocks(s.blocks);
    for (size_t i = 0; i < s.items.size(); i++) {
        const cd::OutlineItem& it = s.items[i];
        ImGui::PushID((int)i);
        if (s.foldable) {
            const bool open = g_app.questions_open == (int)i;
            if (disclosure_row(it.id.c_str(), std::to_string(i + 1) + ".", it.title, open)) g_app.questions_open = open ? -1 : (int)i;
            if (open) {
                ImGui::Indent(px(38));
                draw_blocks(it.blocks);
                spacer(4);
                ImGui::Unindent(px(38));
            }
        } else {
            draw_item_card(it);
        }
        ImGui::PopID();
    }
    ImGui::PopID();
}

// Jump links to the sections that have a short title ("Charges", "Deadlines", ...).
static void jump_links(const cd::ReportOutline& o) {
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + px(2));  // baseline of the links (they have a 2 px frame)
    ImGui::PushFont(g_app.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.muted);
    ImGui::TextUnformatted(T("widget.jump"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    for (const auto& part : o.parts)
        for (const auto& s : part.sections) {
            if (s.short_title.empty() || s.id == "summary") continue;
            std::string lbl = s.short_title + "##jump_" + s.id;
            ImGui::PushFont(g_app.fonts.small);
            const float w = ImGui::CalcTextSize(lbl.c_str(), nullptr, true).x + px(4);
            ImGui::PopFont();
            flow_next(w);
            if (link_button(lbl.c_str())) {
                g_jump = s.id;
                request_frames(3);
            }
        }
}

static bool g_notice_open = false;  // narrow layouts: the legal notice's "More"
void draw_report(float width, float height) {
    const float pad = px(g_app.layout_w() >= 760 ? 20 : 14);
    const cd::Report* r = g_app.session.report ? &*g_app.session.report : nullptr;
    const cd::ReportOutline* o = r ? &g_app.session.screen_outline() : nullptr;

    // Wide: the full notice is pinned under the report, always in view. Narrow (a phone): one short
    // line with "More" that opens the full text, so the bottom line is on the first screen. Print
    // and the downloads always carry the full notice.
    const bool pin_notice = g_app.layout_w() >= 760;
    const std::string& notice = r ? r->notice : g_app.session.content->notice.get(g_app.session.lang);
    ImGui::PushFont(g_app.fonts.small);
    const float notice_h = pin_notice ? ImGui::CalcTextSize(notice.c_str(), nullptr, false, width - pad * 2).y + px(18) : 0.0f;
    ImGui::PopFont();
    ImGui::SetCursorPos(ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, px(12)));
    ImGui::BeginChild("##report_scroll", ImVec2(width, height - notice_h), false, ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    if (g_app.scroll_report_top) {
        ImGui::SetScrollY(0.0f);
        g_app.scroll_report_top = false;
    }
    // A skip link, shown while the keyboard is in use: the first stop in the report, it moves the
    // keyboard past the widget (the report's many items need not be crossed to leave it).
    if (!GImGui->NavDisableHighlight && link_button((std::string(T("widget.skip_report")) + "##skip_report").c_str())) js_leave_widget();
    heading(T("report.title"));
    if (o) muted(o->subtitle);
    if (!pin_notice) {
        text_wrapped(T("widget.notice.short"), pal.text, g_app.fonts.small);
        ImGui::SameLine();
        if (link_button((std::string(T(g_notice_open ? "widget.notice.less" : "widget.notice.more")) + "##notice").c_str())) g_notice_open = !g_notice_open;
        if (g_notice_open) {
            Card card;
            card_begin(card, 10);
            text_wrapped(notice, pal.text, g_app.fonts.small);
            card_end(card, pal.warn_soft);
        }
    }
    import_messages();
    if (!o) {
        toolbar(r);
        spacer(10);
        Card card;
        card_begin(card, 14);
        text_wrapped(T("widget.report.empty"));
        if (g_app.session.answers.charges.empty()) bullet_text(T("widget.report.need_charge"), pal.muted);
        if (g_app.session.answers.jurisdiction.empty()) bullet_text(T("widget.report.need_where"), pal.muted);
        card_end(card, pal.bg, pal.border);
    } else {
        // The bottom line first; then what to do with the report (export, remember); then the rest.
        bool tools_drawn = false;
        for (const auto& part : o->parts)
            for (const auto& s : part.sections) {
                draw_section(s);
                if (s.id == "summary" && !tools_drawn) {
                    spacer(6);
                    toolbar(r);
                    spacer(4);
                    jump_links(*o);
                    tools_drawn = true;
                }
            }
        if (!tools_drawn) { toolbar(r); jump_links(*o); }
        spacer(10);
        muted(o->footer);
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
