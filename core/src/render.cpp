// Renderers: JSON (the contract), plain text and Markdown. They show the report; none adds
// findings. Text and Markdown share one walk over the report and differ only in markup.
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
    ojson jur;
    jur["code"] = r.jurisdiction.code;
    jur["name"] = r.jurisdiction.name;
    jur["felony_indictment_required"] = r.jurisdiction.felony_indictment_required ? ojson(*r.jurisdiction.felony_indictment_required) : ojson(nullptr);
    jur["citation"] = r.jurisdiction.citation;
    jur["indictment_summary"] = r.jurisdiction.indictment_summary;
    jur["indictment_verified"] = r.jurisdiction.indictment_verified;
    jur["reviewed"] = r.jurisdiction.reviewed;
    jur["diversion_programs"] = ojson::array();
    for (const auto& p : r.jurisdiction.programs)
        jur["diversion_programs"].push_back({{"id", p.id}, {"kind", p.kind}, {"name", p.name}, {"summary", p.summary},
                                             {"citation", p.citation}, {"fits", p.fits}, {"verified", p.verified}});
    j["jurisdiction"] = jur;
    j["charges"] = ojson::array();
    for (const auto& c : r.charges)
        j["charges"].push_back({{"offense", c.offense}, {"name", c.name}, {"level", c.level}, {"counts", c.counts}, {"plain_english", c.plain_english},
                                {"elements", c.elements}, {"typical_evidence", c.typical_evidence}, {"weak_points", c.weak_points},
                                {"collateral_consequences", c.collateral_consequences}, {"citations", c.citations}});
    j["dismissal_paths"] = ojson::array();
    for (const auto& p : r.dismissal_paths)
        j["dismissal_paths"].push_back({{"reason", p.reason}, {"name", p.name}, {"applies", p.applies}, {"why", p.why},
                                        {"because", p.because}, {"citations", p.citations}});
    j["deadlines"] = ojson::array();
    for (const auto& d : r.deadlines) {
        ojson e;
        e["id"] = d.id;
        e["kind"] = d.kind;
        e["citation"] = d.citation;
        e["days"] = d.days ? ojson(*d.days) : ojson(nullptr);
        e["months"] = d.months ? ojson(*d.months) : ojson(nullptr);
        e["from"] = d.from;
        e["due"] = d.due ? ojson(to_iso(*d.due)) : ojson(nullptr);
        e["status"] = d.status.empty() ? ojson(nullptr) : ojson(d.status);
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
        j["questions"].push_back({{"id", q.id}, {"text", q.text}, {"why", q.why}, {"reason", q.reason}, {"because", q.because}, {"citations", q.citations}});
    j["myths"] = ojson::array();
    for (const auto& m : r.myths) j["myths"].push_back({{"id", m.id}, {"myth", m.myth}, {"text", m.text}, {"citations", m.citations}});
    j["dont_make_it_worse"] = r.dont_make_it_worse;
    j["stage"] = {{"id", r.stage.id}, {"name", r.stage.name}, {"can_charges_be_dropped", r.stage.can_charges_be_dropped}, {"how", r.stage.how}};
    j["notice"] = r.notice;
    j["warnings"] = r.warnings;
    return j.dump(2) + "\n";
}

namespace {

// Markup for the shared walk. Text uses underlined headings; Markdown uses #.
struct Style {
    bool markdown;
    std::string out;

    void h1(const std::string& s) { out += markdown ? "# " + s + "\n\n" : s + "\n" + std::string(s.size(), '=') + "\n\n"; }
    void h2(const std::string& s) { out += markdown ? "## " + s + "\n\n" : s + "\n" + std::string(s.size(), '-') + "\n\n"; }
    void h3(const std::string& s) { out += markdown ? "### " + s + "\n\n" : s + "\n\n"; }
    void para(const std::string& s) { if (!s.empty()) out += s + "\n\n"; }
    void label(const std::string& l, const std::string& s) { if (!s.empty()) out += (markdown ? "**" + l + ":** " : l + ": ") + s + "\n\n"; }
    void bullets(const std::vector<std::string>& items, const std::string& indent = "") {
        if (items.empty()) return;
        for (const auto& i : items) out += indent + (markdown ? "- " : "  * ") + i + "\n";
        out += "\n";
    }
    void list_block(const std::string& l, const std::vector<std::string>& items) {
        if (items.empty()) return;
        out += (markdown ? "**" + l + ":**" : l + ":") + std::string("\n");
        if (markdown) out += "\n";
        bullets(items);
    }
};

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
    return s;
}

void render_doc(Style& st, const Report& r, const Content& ct) {
    auto t = [&](const char* key) -> const std::string& { return ct.ui_text(key, r.lang); };
    st.h1(t("report.title"));
    st.label(t("report.notice"), r.notice);
    if (r.as_of) st.label(t("report.as_of"), to_iso(*r.as_of));

    st.h2(t("report.stage"));
    st.para(r.stage.name);
    st.label(t("report.can_be_dropped"), t(("dropped." + r.stage.can_charges_be_dropped).c_str()));
    st.para(r.stage.how);

    st.h2(t("report.jurisdiction") + ": " + r.jurisdiction.name);
    if (r.jurisdiction.felony_indictment_required)
        st.label(t("report.indictment"), (*r.jurisdiction.felony_indictment_required ? t("report.indictment_required") : t("report.indictment_not_required")) +
                                             " " + r.jurisdiction.indictment_summary + " (" + r.jurisdiction.citation + ")");
    if (!r.jurisdiction.programs.empty()) {
        st.h3(t("report.programs"));
        std::vector<std::string> items;
        for (const auto& p : r.jurisdiction.programs)
            items.push_back(p.name + " (" + p.citation + "). " + p.summary + " " + t(("report.fits." + p.fits).c_str()) + "." +
                            (p.verified ? "" : " " + t("report.unverified")));
        st.bullets(items);
    }

    st.h2(t("report.charges"));
    for (const auto& c : r.charges) {
        // "Theft — 2 counts (misdemeanor)", then what several counts mean; a single count reads as before.
        std::string counts = c.counts > 1 ? " \xE2\x80\x94 " + std::to_string(c.counts) + " " + t("report.counts") : "";
        st.h3(c.name + counts + " (" + t(("level." + c.level).c_str()) + ")");
        if (c.counts > 1) st.para(t("report.counts_note"));
        st.para(c.plain_english);
        st.list_block(t("report.must_prove"), c.elements);
        st.para(t("report.elements_note"));
        st.list_block(t("report.typical_evidence"), c.typical_evidence);
        st.list_block(t("report.weak_points"), c.weak_points);
        st.list_block(t("report.consequences"), c.collateral_consequences);
        st.label(t("report.sources"), join(c.citations, "; "));
    }

    st.h2(t("report.paths"));
    for (const auto& p : r.dismissal_paths) {
        st.h3(p.name + ": " + t(("applies." + p.applies).c_str()));
        st.para(p.why);
        st.label(t("report.sources"), join(p.citations, "; "));
    }

    st.h2(t("report.deadlines"));
    for (const auto& d : r.deadlines) {
        std::string head = t(("kind." + d.kind).c_str());
        if (d.days) head += ": " + std::to_string(*d.days) + " " + t("report.days") + " " + t("report.from") + " " + t(("date." + d.from).c_str());
        else if (d.months) head += ": " + std::to_string(*d.months) + " " + t("report.months") + " " + t("report.from") + " " + t(("date." + d.from).c_str());
        else head += ": " + t("report.no_fixed_deadline");
        st.h3(head);
        if (d.due) st.label(t("report.due"), to_iso(*d.due) + (d.status.empty() ? "" : " (" + t(("report." + d.status).c_str()) + ")"));
        else if (d.days || d.months) st.label(t("report.due"), d.demand_required ? t("report.demand_needed") : t("report.no_due_date"));
        st.label(t("report.applies_if"), d.applies_if);
        st.para(d.summary);
        st.para(d.caveat);
        st.para(t(("remedy." + d.remedy).c_str()));
        st.label(t("report.sources"), d.citation + (d.verified ? "" : ". " + t("report.unverified")));
    }

    st.h2(t("report.questions"));
    for (size_t i = 0; i < r.questions.size(); ++i) {
        const auto& q = r.questions[i];
        st.out += std::to_string(i + 1) + ". " + q.text + "\n";
        const std::string ind = "   ";
        st.out += ind + (st.markdown ? "*" + t("report.why") + ":* " : t("report.why") + ": ") + q.why + "\n";
        if (!q.citations.empty()) st.out += ind + (st.markdown ? "*" + t("report.sources") + ":* " : t("report.sources") + ": ") + join(q.citations, "; ") + "\n";
        st.out += "\n";
    }

    if (!r.myths.empty()) {
        st.h2(t("report.myths"));
        for (const auto& m : r.myths) {
            st.label(t("report.myth"), "\"" + m.myth + "\"");
            st.label(t("report.truth"), m.text + (m.citations.empty() ? "" : " (" + join(m.citations, "; ") + ")"));
        }
    }
    if (!r.dont_make_it_worse.empty()) {
        st.h2(t("report.dont"));
        st.bullets(r.dont_make_it_worse);
    }
    if (!r.warnings.empty()) {
        st.h2(t("report.warnings"));
        st.bullets(r.warnings);
    }
    st.out += (st.markdown ? "---\n\n" : "") + t("report.content_version") + ": " + r.content_version + " (" + r.content_sha256.substr(0, 12) + ")\n";
}

}  // namespace

std::string render_text(const Report& r, const Content& content) {
    Style st{false, {}};
    render_doc(st, r, content);
    return st.out;
}

std::string render_markdown(const Report& r, const Content& content) {
    Style st{true, {}};
    render_doc(st, r, content);
    return st.out;
}

std::string render_questions_text(const Report& r, const Content& ct) {
    std::string out = ct.ui_text("report.questions", r.lang) + "\n\n";
    for (size_t i = 0; i < r.questions.size(); ++i) out += std::to_string(i + 1) + ". " + r.questions[i].text + "\n";
    return out;
}

}  // namespace cd
