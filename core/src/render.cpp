// Renderers: JSON (the contract), and text, Markdown and HTML over the report outline (outline.h).
// They show the report; none adds findings.
#include "case_decoder/outline.h"
#include "internal.h"

namespace cd {

using ojson = nlohmann::ordered_json;

std::string render_json(const Report& r) {
    ojson j;
    j["format"] = "case-decoder/report";
    j["version"] = 1;
    j["lang"] = r.lang;
    j["content"] = {{"version", r.content_version}, {"sha256", r.content_sha256}};
    j["as_of"] = r.as_of ? ojson(to_iso(*r.as_of)) : ojson(nullptr);
    ojson sum;
    sum["headline"] = r.summary.headline;
    sum["paths"] = ojson::array();
    for (const auto& p : r.summary.paths) sum["paths"].push_back({{"reason", id_of(p.reason)}, {"applies", id_of(p.applies)}, {"why", p.why}});
    if (const auto& n = r.summary.next_deadline) {
        sum["next_deadline"] = {{"id", n->id},
                                {"kind", id_of(n->kind)},
                                {"due", n->due ? ojson(to_iso(*n->due)) : ojson(nullptr)},
                                {"days_left", n->days_left ? ojson(*n->days_left) : ojson(nullptr)},
                                {"status", n->status == DeadlineStatus::Unknown ? ojson(nullptr) : ojson(id_of(n->status))},
                                {"text", n->text}};
    } else {
        sum["next_deadline"] = nullptr;
    }
    sum["urgent"] = ojson::array();
    for (const auto& u : r.summary.urgent) sum["urgent"].push_back({{"id", u.id}, {"text", u.text}, {"because", u.because}, {"citations", u.citations}});
    j["summary"] = sum;
    ojson jur;
    jur["code"] = r.jurisdiction.code;
    jur["name"] = r.jurisdiction.name;
    jur["felony_indictment_required"] = r.jurisdiction.felony_indictment_required ? ojson(*r.jurisdiction.felony_indictment_required) : ojson(nullptr);
    jur["citation"] = r.jurisdiction.citation;
    jur["indictment_summary"] = r.jurisdiction.indictment_summary;
    jur["indictment_verified"] = r.jurisdiction.indictment_verified;
    jur["reviewed"] = r.jurisdiction.reviewed;
    jur["county"] = r.jurisdiction.county.empty() ? ojson(nullptr) : ojson(r.jurisdiction.county);
    jur["diversion_programs"] = ojson::array();
    for (const auto& p : r.jurisdiction.programs)
        jur["diversion_programs"].push_back({{"id", p.id}, {"kind", p.kind}, {"name", p.name}, {"summary", p.summary},
                                             {"citation", p.citation}, {"fits", p.fits}, {"verified", p.verified},
                                             {"local_discretion", p.local_discretion},
                                             {"county", p.county.empty() ? ojson(nullptr) : ojson(p.county)},
                                             {"runs_it", p.runs_it.empty() ? ojson(nullptr) : ojson(p.runs_it)}});
    j["jurisdiction"] = jur;
    j["charges"] = ojson::array();
    for (const auto& c : r.charges)
        j["charges"].push_back({{"offense", c.offense}, {"name", c.name}, {"level", c.level}, {"counts", c.counts}, {"plain_english", c.plain_english},
                                {"elements", c.elements}, {"typical_evidence", c.typical_evidence}, {"weak_points", c.weak_points},
                                {"collateral_consequences", c.collateral_consequences}, {"citations", c.citations}});
    j["dismissal_paths"] = ojson::array();
    for (const auto& p : r.dismissal_paths)
        j["dismissal_paths"].push_back({{"reason", id_of(p.reason)}, {"name", p.name}, {"applies", id_of(p.applies)}, {"why", p.why},
                                        {"because", p.because}, {"citations", p.citations}});
    j["deadlines"] = ojson::array();
    for (const auto& d : r.deadlines) {
        ojson e;
        e["id"] = d.id;
        e["kind"] = id_of(d.kind);
        e["citation"] = d.citation;
        e["days"] = d.days ? ojson(*d.days) : ojson(nullptr);
        e["months"] = d.months ? ojson(*d.months) : ojson(nullptr);
        e["from"] = d.from;
        e["trigger"] = {{"law", d.trigger_law}, {"exact", d.trigger_exact}};
        e["length_checked"] = !d.length_unchecked;
        e["due"] = d.due ? ojson(to_iso(*d.due)) : ojson(nullptr);
        e["status"] = d.status == DeadlineStatus::Unknown ? ojson(nullptr) : ojson(id_of(d.status));
        e["remedy"] = d.remedy;
        e["demand_required"] = d.demand_required;
        e["summary"] = d.summary;
        e["caveat"] = d.caveat;
        e["applies_if"] = d.applies_if.empty() ? ojson(nullptr) : ojson(d.applies_if);
        e["verified"] = d.verified;
        e["source"] = d.source;
        j["deadlines"].push_back(e);
    }
    j["questions"] = ojson::array();
    for (const auto& q : r.questions)
        j["questions"].push_back({{"id", q.id}, {"text", q.text}, {"why", q.why}, {"reason", id_of(q.reason)}, {"because", q.because}, {"citations", q.citations}});
    j["myths"] = ojson::array();
    for (const auto& m : r.myths) j["myths"].push_back({{"id", m.id}, {"myth", m.myth}, {"text", m.text}, {"citations", m.citations}});
    j["dont_make_it_worse"] = r.dont_make_it_worse;
    j["stage"] = {{"id", r.stage.id}, {"name", r.stage.name}, {"can_charges_be_dropped", r.stage.can_charges_be_dropped}, {"how", r.stage.how}};
    j["notice"] = r.notice;
    j["warnings"] = r.warnings;
    return j.dump(2) + "\n";
}

namespace {

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
    return s;
}

// Text and Markdown: one walk over the outline, differing only in markup. Heading levels: the
// title is 1, a part's title 2 (sections move down one when their part has a title).
struct PlainWriter {
    bool        markdown;
    std::string out;

    void heading(int level, const std::string& s) {
        if (markdown) { out += std::string(static_cast<size_t>(level), '#') + " " + s + "\n\n"; return; }
        out += s + "\n";
        if (level <= 2) out += std::string(s.size() > 72 ? 72 : s.size(), level == 1 ? '=' : '-') + "\n";
        out += "\n";
    }
    std::string strong(const std::string& s) const { return markdown ? "**" + s + "**" : s; }
    void block(const OutlineBlock& b, const std::string& indent) {
        using K = OutlineBlock::Kind;
        switch (b.kind) {
            case K::Paragraph: out += indent + b.text + "\n\n"; break;
            case K::Field:
            case K::Because: out += indent + strong(lead_in(b.label)) + " " + b.text + "\n\n"; break;
            case K::Sources: out += indent + (markdown ? "*" + b.label + ":* " : b.label + ": ") + join(b.items, "; ") + "\n\n"; break;
            case K::List:
                if (!b.label.empty()) out += indent + strong(b.label + ":") + "\n" + (markdown ? "\n" : "");
                for (const auto& i : b.items) out += indent + (markdown ? "- " : "  * ") + i + "\n";
                out += "\n";
                break;
        }
    }
    void item(const OutlineItem& it, int level, bool numbered, size_t n) {
        std::string title = it.title + (it.badge.empty() ? "" : " (" + it.badge + ")");
        if (numbered) {
            out += std::to_string(n) + ". " + title + "\n";
            if (markdown && !it.blocks.empty()) out += "\n";
            for (const auto& b : it.blocks) block(b, "   ");
            if (it.blocks.empty()) out += "\n";
            return;
        }
        heading(level, title);
        if (!it.date.empty()) out += strong(it.date) + "\n\n";
        for (const auto& b : it.blocks) block(b, "");
    }
    void write(const ReportOutline& o) {
        heading(1, o.title);
        out += o.subtitle + "\n\n";
        for (const auto& part : o.parts) {
            const int base = part.title.empty() ? 2 : 3;
            if (!part.title.empty()) heading(2, part.title);
            if (!part.intro.empty()) out += part.intro + "\n\n";
            for (const auto& s : part.sections) {
                heading(base, s.title);
                for (const auto& b : s.blocks) block(b, "");
                for (size_t i = 0; i < s.items.size(); ++i) item(s.items[i], base + 1, s.numbered, i + 1);
            }
        }
        out += (markdown ? "---\n\n" : "") + o.footer + "\n";
    }
};

void esc(std::string& out, const std::string& s) {
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
}

struct HtmlWriter {
    std::string out;

    HtmlWriter& raw(const std::string& s) { out += s; return *this; }
    HtmlWriter& text(const std::string& s) { esc(out, s); return *this; }
    void tag(const char* t, const std::string& s, const std::string& cls = "") {
        out += "<";
        out += t;
        if (!cls.empty()) raw(" class=\"").raw(cls).raw("\"");
        out += ">";
        text(s);
        out += "</";
        out += t;
        out += ">\n";
    }
    static std::string classes(const OutlineBlock& b) {
        std::string c = "cd-" + std::string(tone_name(b.tone));
        if (b.small) c += " cd-small";
        return c;
    }
    void block(const OutlineBlock& b, int level) {
        using K = OutlineBlock::Kind;
        switch (b.kind) {
            case K::Paragraph: tag("p", b.text, classes(b)); break;
            case K::Field:
            case K::Because:
                raw("<p class=\"").raw(classes(b)).raw("\"><strong>").text(lead_in(b.label)).raw("</strong> ").text(b.text).raw("</p>\n");
                break;
            case K::Sources: tag("p", b.label + ": " + join(b.items, "; "), "cd-cite " + classes(b)); break;
            case K::List:
                if (!b.label.empty()) tag(("h" + std::to_string(level > 6 ? 6 : level)).c_str(), b.label, classes(b));
                raw("<ul class=\"").raw(classes(b)).raw("\">\n");
                for (const auto& i : b.items) tag("li", i);
                raw("</ul>\n");
                break;
        }
    }
    void item(const OutlineItem& it, int level, bool numbered) {
        const std::string h = "h" + std::to_string(level > 6 ? 6 : level);
        if (numbered) raw("<li class=\"cd-item\" id=\"cd-item-").text(it.id).raw("\">\n");
        else raw("<div class=\"cd-item\" id=\"cd-item-").text(it.id).raw("\">\n");
        raw("<").raw(h).raw(">").text(it.title);
        if (!it.badge.empty()) raw(" <span class=\"cd-badge cd-").raw(tone_name(it.badge_tone)).raw("\">").text(it.badge).raw("</span>");
        raw("</").raw(h).raw(">\n");
        if (!it.date.empty()) tag("p", it.date, "cd-date");
        for (const auto& b : it.blocks) block(b, level + 1);
        raw(numbered ? "</li>\n" : "</div>\n");
    }
    void write(const ReportOutline& o) {
        raw("<article class=\"cd-report\" lang=\"").text(o.lang).raw("\">\n");
        tag("h1", o.title);
        tag("p", o.subtitle, "cd-sub");
        for (const auto& part : o.parts) {
            const int base = part.title.empty() ? 2 : 3;
            raw("<div class=\"cd-part cd-part-").text(part.id).raw("\">\n");
            if (!part.title.empty()) tag("h2", part.title, "cd-part-title");
            if (!part.intro.empty()) tag("p", part.intro, "cd-muted cd-small");
            for (const auto& s : part.sections) {
                raw("<section class=\"cd-section cd-").raw(tone_name(s.tone)).raw("\" id=\"cd-").text(part.id + "-" + s.id).raw("\">\n");
                tag(("h" + std::to_string(base)).c_str(), s.title);
                for (const auto& b : s.blocks) block(b, base + 1);
                if (s.numbered) raw("<ol class=\"cd-questions\">\n");
                for (const auto& it : s.items) item(it, base + 1, s.numbered);
                if (s.numbered) raw("</ol>\n");
                raw("</section>\n");
            }
            raw("</div>\n");
        }
        tag("p", o.footer, "cd-cite");
        raw("</article>\n");
    }
};

}  // namespace

std::string render_text(const ReportOutline& o) {
    PlainWriter w{false, {}};
    w.write(o);
    return w.out;
}

std::string render_markdown(const ReportOutline& o) {
    PlainWriter w{true, {}};
    w.write(o);
    return w.out;
}

std::string render_html(const ReportOutline& o) {
    HtmlWriter w;
    w.out.reserve(48 * 1024);
    w.write(o);
    return w.out;
}

std::string render_text(const Report& r, const Content& content) { return render_text(build_outline(r, content)); }
std::string render_markdown(const Report& r, const Content& content) { return render_markdown(build_outline(r, content)); }
std::string render_html(const Report& r, const Content& content) { return render_html(build_outline(r, content)); }

std::string render_questions_text(const Report& r, const Content& ct) {
    std::string out = ct.ui_text("report.questions", r.lang) + "\n\n";
    for (size_t i = 0; i < r.questions.size(); ++i) out += std::to_string(i + 1) + ". " + r.questions[i].text + "\n";
    return out;
}

}  // namespace cd
