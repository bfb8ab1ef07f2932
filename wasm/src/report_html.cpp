// The report as real HTML: headings, lists, paragraphs. Used for the print view (a print-only
// element the host adds to the page) and as the screen-reader mirror of the canvas. Same Report,
// same words as the screen and the downloads; nothing added.
#include "widget.h"

namespace cdw {

static void esc(std::string& out, const std::string& s) {
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

struct Html {
    std::string out;
    Html& raw(const char* s) { out += s; return *this; }
    Html& text(const std::string& s) { esc(out, s); return *this; }
    Html& tag(const char* t, const std::string& s, const char* cls = nullptr) {
        out += "<";
        out += t;
        if (cls) { out += " class=\""; out += cls; out += "\""; }
        out += ">";
        esc(out, s);
        out += "</";
        out += t;
        out += ">\n";
        return *this;
    }
    void list(const std::vector<std::string>& items, const char* title = nullptr) {
        if (items.empty()) return;
        if (title) tag("h4", title);
        out += "<ul>\n";
        for (const auto& s : items) tag("li", s);
        out += "</ul>\n";
    }
    void cites(const std::vector<std::string>& c) {
        if (c.empty()) return;
        std::string s = std::string(T("report.sources")) + ": ";
        for (size_t i = 0; i < c.size(); i++) s += (i ? "; " : "") + c[i];
        tag("p", s, "cd-cite");
    }
};

std::string report_html(const cd::Report& r) {
    Html h;
    h.out.reserve(32 * 1024);
    h.raw("<article class=\"cd-report\" lang=\"").text(r.lang).raw("\">\n");
    h.tag("h1", T("report.title"));
    std::string sub = r.jurisdiction.name;
    if (r.as_of) sub += " \xC2\xB7 " + std::string(T("report.as_of")) + " " + cd::to_iso(*r.as_of);
    h.tag("p", sub, "cd-sub");
    h.tag("p", r.notice, "cd-notice");
    if (!r.warnings.empty()) h.list(r.warnings, T("report.warnings"));

    h.tag("h2", T("report.stage"));
    h.tag("p", r.stage.name + ". " + T("report.can_be_dropped") + " " + T(("dropped." + r.stage.can_charges_be_dropped).c_str()));
    h.tag("p", r.stage.how);

    h.tag("h2", T("report.charges"));
    for (const auto& c : r.charges) {
        const std::string counts = c.counts > 1 ? " \xE2\x80\x94 " + std::to_string(c.counts) + " " + T("report.counts") : "";
        h.tag("h3", c.name + counts + " (" + T(("level." + c.level).c_str()) + ")");
        if (c.counts > 1) h.tag("p", T("report.counts_note"));
        h.tag("p", c.plain_english);
        h.list(c.elements, T("report.must_prove"));
        h.list(c.weak_points, T("report.weak_points"));
        h.list(c.typical_evidence, T("report.typical_evidence"));
        h.list(c.collateral_consequences, T("report.consequences"));
        h.cites(c.citations);
    }

    h.tag("h2", T("report.paths"));
    for (const auto& p : r.dismissal_paths) {
        h.tag("h3", p.name + ": " + T(("applies." + p.applies).c_str()));
        h.tag("p", p.why);
        h.cites(p.citations);
    }

    if (!r.jurisdiction.programs.empty()) {
        h.tag("h2", T("report.programs"));
        for (const auto& p : r.jurisdiction.programs) {
            h.tag("h3", p.name + " (" + T(("report.fits." + p.fits).c_str()) + ")");
            h.tag("p", p.summary);
            h.cites({p.citation});
        }
    }

    h.tag("h2", T("report.deadlines"));
    for (const auto& d : r.deadlines) {
        std::string title = T(("kind." + d.kind).c_str());
        if (d.due) title += std::string(": ") + T("report.due") + " " + cd::to_iso(*d.due);
        if (d.status == "passed") title += std::string(" (") + T("report.passed") + ")";
        h.tag("h3", title);
        h.tag("p", d.summary);
        if (!d.caveat.empty()) h.tag("p", d.caveat);
        if (!d.verified) h.tag("p", T("report.unverified"), "cd-cite");
        h.cites({d.citation});
    }

    h.tag("h2", T("report.questions"));
    h.raw("<ol class=\"cd-questions\">\n");
    for (const auto& q : r.questions) {
        h.raw("<li><p class=\"cd-q\">").text(q.text).raw("</p>\n");
        h.tag("p", std::string(T("report.why")) + ": " + q.why);
        h.cites(q.citations);
        h.raw("</li>\n");
    }
    h.raw("</ol>\n");

    if (!r.myths.empty()) {
        h.tag("h2", T("report.myths"));
        for (const auto& m : r.myths) {
            h.tag("h3", std::string(T("report.myth")) + ": " + m.myth);
            h.tag("p", m.text);
            h.cites(m.citations);
        }
    }
    if (!r.dont_make_it_worse.empty()) {
        h.tag("h2", T("report.dont"));
        h.list(r.dont_make_it_worse);
    }
    h.tag("p", std::string(T("report.content_version")) + " " + r.content_version, "cd-cite");
    h.raw("</article>\n");
    return h.out;
}

}  // namespace cdw
