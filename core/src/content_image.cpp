// The content image: the checked Content written as compact bytes at build time and read back
// into the same structs at start-up, with no JSON parsing (README, "The content image").
//
// One list of fields per struct (the io() functions below) serves both directions, so the writer
// and the reader cannot disagree. The encoding is plain: numbers as LEB128 varints (ints zigzagged),
// strings as a length and their bytes, optionals as a flag, vectors and maps as a count and their
// items. The image is made by this code from content the loader checked, so the reader checks only
// what keeps it safe on damaged bytes (every length against what is left, the nesting of
// conditions, that nothing is left over), and names what it found wrong.
//
// A held-out language (Spanish in the served widget) is not written into the image: each prose
// field's text in it goes, in field order, to the language pack's list instead, and the image keeps
// a flag where one was taken. Reading the image with the pack puts each back in its place, so the
// content is the same as if nothing had been held out. Offense names keep every language (the
// charge search reads Spanish words whatever the screen's language).
#include "internal.h"

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace cd {
namespace {

constexpr char     kMagic[8] = {'C', 'D', '-', 'I', 'M', 'G', '\n', '\0'};
constexpr uint64_t kImageVersion = 1;
constexpr int      kMaxConditionDepth = 64;

struct ImageWriter {
    static constexpr bool reading = false;
    std::string              out;
    std::string              hold_out;  // "" or the language written to `pack` instead
    std::vector<std::string> pack;
    bool                     lean = false;  // author-only fields written empty

    void num(uint64_t v) {
        do {
            uint8_t b = v & 0x7f;
            v >>= 7;
            out += static_cast<char>(v ? b | 0x80 : b);
        } while (v);
    }
    void num(uint64_t& v, uint64_t) { num(static_cast<uint64_t>(v)); }
    void str(std::string& s) {
        num(s.size());
        out += s;
    }
    void author_only(std::string& s) {
        std::string none;
        str(lean ? none : s);
    }
    void text(Text& t, bool keep_every_language) {
        std::vector<std::pair<const std::string*, const std::string*>> kept;
        const std::string* held = nullptr;
        for (const auto& [lang, s] : t.by_lang) {
            if (!keep_every_language && lang == hold_out) held = &s;
            else kept.push_back({&lang, &s});
        }
        num(kept.size());
        for (auto [lang, s] : kept) {
            num(lang->size()), out += *lang;
            num(s->size()), out += *s;
        }
        num(held ? 1 : 0);
        if (held) pack.push_back(*held);
    }
    bool ok() const { return true; }
    bool enter() { return true; }
    void leave() {}
};

struct ImageReader {
    static constexpr bool reading = true;
    const char*                     p = nullptr;
    const char*                     end = nullptr;
    std::string                     hold_out;
    const std::vector<std::string>* pack = nullptr;  // null: the held-out texts stay out
    size_t                          next_pack = 0;
    std::string                     error;
    int                             depth = 0;

    void fail(const std::string& why) {
        if (error.empty()) error = why;
        p = end;  // every later read fails at once
    }
    uint64_t num() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (p >= end) { fail("it ends in the middle of a value"); return 0; }
            uint8_t b = static_cast<uint8_t>(*p++);
            v |= uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        fail("a number is too long");
        return 0;
    }
    void num(uint64_t& v, uint64_t) { v = num(); }
    // A count of items that each take at least one byte: never more than the bytes left, so damaged
    // bytes cannot ask for a huge allocation.
    size_t count() {
        uint64_t n = num();
        if (n > static_cast<uint64_t>(end - p)) { fail("a list is longer than the bytes left"); return 0; }
        return static_cast<size_t>(n);
    }
    void str(std::string& s) {
        size_t n = count();
        s.assign(p, n);
        p += n;
    }
    void author_only(std::string& s) { str(s); }
    void text(Text& t, bool) {
        size_t n = count();
        for (size_t i = 0; i < n && ok(); ++i) {
            std::string lang, s;
            str(lang), str(s);
            t.by_lang.emplace_hint(t.by_lang.end(), std::move(lang), std::move(s));
        }
        if (num() == 0 || !pack) return;
        if (next_pack >= pack->size()) { fail("the language pack has fewer texts than the content holds out"); return; }
        t.by_lang[hold_out] = (*pack)[next_pack++];
    }
    bool ok() const { return error.empty(); }
    bool enter() {
        if (++depth > kMaxConditionDepth) fail("conditions are nested deeper than 64 levels");
        return ok();
    }
    void leave() { --depth; }
};

// --- the field lists ---------------------------------------------------------------------------

template <class A> void io(A& a, std::string& s) { a.str(s); }
template <class A> void io(A& a, bool& b) {
    uint64_t v = b;
    a.num(v, 0);
    b = v != 0;
}
template <class A> void io(A& a, int& i) {
    uint64_t v = (static_cast<uint64_t>(static_cast<int64_t>(i)) << 1) ^ static_cast<uint64_t>(static_cast<int64_t>(i) >> 63);
    a.num(v, 0);
    i = static_cast<int>(static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1));
}
template <class A, class E> std::enable_if_t<std::is_enum_v<E>> io(A& a, E& e) {
    uint64_t v = static_cast<uint64_t>(e);
    a.num(v, 0);
    e = static_cast<E>(v);
}
template <class A> void io(A& a, Date& d) {
    int days = d.days;
    io(a, days);
    d.days = days;
}
template <class A> void io(A& a, Text& t) { a.text(t, false); }

template <class A, class T> void io(A& a, std::optional<T>& o) {
    bool has = o.has_value();
    io(a, has);
    if (!has) { o.reset(); return; }
    if constexpr (A::reading) o.emplace();
    io(a, *o);
}
template <class A, class T> void io(A& a, std::vector<T>& v) {
    if constexpr (A::reading) {
        size_t n = a.count();
        v.resize(n);
    } else {
        a.num(v.size());
    }
    for (auto& item : v) {
        if (!a.ok()) return;
        io(a, item);
    }
}
template <class A, class T> void io(A& a, std::map<std::string, T>& m) {
    if constexpr (A::reading) {
        size_t n = a.count();
        for (size_t i = 0; i < n && a.ok(); ++i) {
            std::string key;
            io(a, key);
            io(a, m.emplace_hint(m.end(), std::move(key), T{})->second);
        }
    } else {
        a.num(m.size());
        for (auto& [key, value] : m) {
            std::string k = key;
            io(a, k);
            io(a, value);
        }
    }
}

template <class A> void io(A& a, Condition& c) {
    if (!a.enter()) return;
    io(a, c.kind), io(a, c.key), io(a, c.values), io(a, c.children), io(a, c.days);
    a.leave();
}
// Where a clock's rule comes from is in the report (each deadline's source); for every other rule
// only the citation and whether it was checked are, and the source's address and the review date
// are for authors (lint, `list`).
template <class A> void io(A& a, Provenance& p) { io(a, p.citation), io(a, p.source), a.author_only(p.reviewed), io(a, p.verified); }
template <class A> void io_cited(A& a, Provenance& p) { io(a, p.citation), a.author_only(p.source), a.author_only(p.reviewed), io(a, p.verified); }
template <class A> void io(A& a, Offense& o) {
    io(a, o.id);
    a.text(o.name, true);  // every language: the charge search reads them all
    io(a, o.plain_english), io(a, o.synonyms), io(a, o.tags), io(a, o.usual_levels), io(a, o.citations);
    io(a, o.search_terms), io(a, o.elements), io(a, o.typical_evidence), io(a, o.weak_points), io(a, o.collateral_consequences);
}
template <class A> void io(A& a, IndictmentRule& r) { io(a, r.required), io(a, r.waivable), io(a, r.summary), io_cited(a, r.prov); }
template <class A> void io(A& a, DeadlineRule& d) {
    io(a, d.id), io(a, d.kind), io(a, d.levels), io(a, d.custody), io(a, d.days), io(a, d.months);
    io(a, d.from), io(a, d.from_first), io(a, d.not_before), io(a, d.from_earliest), io(a, d.trigger_law), io(a, d.trigger_exact);
    io(a, d.demand_required), io(a, d.remedy), io(a, d.summary), io(a, d.caveat), io(a, d.effective_from), io(a, d.effective_until);
    io(a, d.prov);
}
template <class A> void io(A& a, ProgramEligibility& e) {
    io(a, e.offenses), io(a, e.exclude_offenses), io(a, e.levels), io(a, e.first_offense), io(a, e.track), io(a, e.needs_facts);
}
template <class A> void io(A& a, Program& p) {
    io(a, p.id), io(a, p.kind), io(a, p.name), io(a, p.summary), io(a, p.excludes), io(a, p.eligibility);
    io(a, p.local_discretion), io(a, p.runs_it), io_cited(a, p.prov);
}
template <class A> void io(A& a, County& c) { io(a, c.id), io(a, c.name), a.author_only(c.fips), io(a, c.programs), a.author_only(c.reviewed); }
template <class A> void io(A& a, Statute& s) { io(a, s.offense), io(a, s.section), io(a, s.written), io(a, s.level), io_cited(a, s.prov); }
template <class A> void io(A& a, DegreeWord& d) { io(a, d.written), io(a, d.level); }
template <class A> void io(A& a, Jurisdiction& j) {
    io(a, j.code), io(a, j.reviewed), io(a, j.name), io(a, j.indictment), io(a, j.deadlines), io(a, j.programs);
    io(a, j.statutes), io(a, j.statute_prefixes), io(a, j.degrees), a.author_only(j.statutes_reviewed), io(a, j.counties);
}
template <class A> void io(A& a, PathRule& r) { io(a, r.applies), io(a, r.when), io(a, r.why), io(a, r.citations); }
template <class A> void io(A& a, PathDef& p) {
    io(a, p.id), io(a, p.cite_jurisdiction), io(a, p.name), io(a, p.summary), io(a, p.citations);
    io(a, p.not_at_this_stage), io(a, p.not_at_this_stage_why), io(a, p.rules), io(a, p.otherwise_why);
}
template <class A> void io(A& a, QuestionDef& q) {
    io(a, q.id), io(a, q.group), io(a, q.cite_jurisdiction), io(a, q.reason), io(a, q.weight), io(a, q.when), io(a, q.first_when);
    io(a, q.text), io(a, q.why), io(a, q.citations);
}
template <class A> void io(A& a, MythDef& m) { io(a, m.id), io(a, m.when), io(a, m.myth), io(a, m.text), io(a, m.citations); }
template <class A> void io(A& a, DontDef& d) { io(a, d.id), io(a, d.when), io(a, d.text), io(a, d.citations); }
template <class A> void io(A& a, EligibilityTest& t) { io(a, t.met), io(a, t.failed); }
template <class A> void io(A& a, ClockWarning& w) { io(a, w.id), io(a, w.when); }
template <class A> void io(A& a, UrgentDef& u) { io(a, u.id), io(a, u.when), io(a, u.text), io(a, u.citations); }
template <class A> void io(A& a, StageDef& s) { io(a, s.id), io(a, s.can_charges_be_dropped), io(a, s.name), io(a, s.how); }
template <class A> void io(A& a, FactDef& f) {
    io(a, f.id), io(a, f.group), io(a, f.question), io(a, f.why_we_ask), io(a, f.ask_when), io(a, f.question_is_opposite);
}
template <class A> void io(A& a, GlossaryEntry& g) { io(a, g.term), io(a, g.meaning); }

// Every field of Content but held_out (the image's header says what is held out).
template <class A> void io(A& a, Content& c) {
    io(a, c.version), io(a, c.reviewed), io(a, c.sha256), io(a, c.notice), io(a, c.offenses), io(a, c.jurisdictions);
    io(a, c.paths), io(a, c.questions), io(a, c.myths), io(a, c.donts), io(a, c.urgent), io(a, c.first_offense), io(a, c.tracks);
    io(a, c.charges_filed_by), io(a, c.dates_in_rules), io(a, c.clock_warnings), io(a, c.search_stop_words);
    io(a, c.search_same_word), io(a, c.search_common_first), io(a, c.search_browse_tags), io(a, c.search_level_words);
    io(a, c.statute_coverage), io(a, c.stages), io(a, c.facts), io(a, c.glossary), io(a, c.ui);
}

}  // namespace

ContentImage write_content_image(const Content& content, std::string_view hold_out, bool lean) {
    ContentImage result;
    if (!hold_out.empty() && (hold_out == "en" || !content.has_language(hold_out))) {
        result.error = "content image: cannot hold out \"" + std::string(hold_out) + "\" (English stays, and the language must be in the content)";
        return result;
    }
    // The body first: the header says how many texts it held out, so a pack is checked before reading.
    ImageWriter body;
    body.hold_out = std::string(hold_out);
    body.lean = lean;
    Content copy = content;  // io() takes the fields by reference in both directions
    io(body, copy);
    ImageWriter w;
    w.out.append(kMagic, sizeof kMagic);
    w.num(kImageVersion);
    std::string held = body.hold_out;
    io(w, held);
    w.num(body.pack.size());
    w.out += body.out;
    result.image = std::move(w.out);
    if (!hold_out.empty()) {
        json pack = {{"format", "case-decoder/language-pack"}, {"version", 2}, {"lang", held},
                     {"content_sha256", content.sha256}, {"texts", body.pack}};
        result.pack = pack.dump(-1, ' ', false, json::error_handler_t::strict);
    }
    return result;
}

ContentResult read_content_image(std::string_view image, std::string_view pack_json) {
    auto bad = [](const std::string& why) { return ContentResult{nullptr, "content image: " + why}; };
    if (image.size() < sizeof kMagic || std::memcmp(image.data(), kMagic, sizeof kMagic) != 0)
        return bad("not a Case Decoder content image");
    ImageReader r;
    r.p = image.data() + sizeof kMagic;
    r.end = image.data() + image.size();
    if (uint64_t v = r.num(); r.ok() && v != kImageVersion)
        return bad("version " + std::to_string(v) + ", and this build reads version " + std::to_string(kImageVersion));
    io(r, r.hold_out);
    const uint64_t held_count = r.num();
    if (!r.ok()) return bad(r.error);

    auto content = std::make_shared<Content>();
    std::vector<std::string> pack_texts;
    std::string pack_sha256;
    if (!pack_json.empty()) {
        auto fail = [](const std::string& why) { return ContentResult{nullptr, "language pack: " + why}; };
        const json pack = parse_json(pack_json);
        if (pack.is_discarded() || !pack.is_object()) return fail("not valid JSON");
        auto member = [&](const char* key) -> const json* {
            auto it = pack.find(key);
            return it == pack.end() ? nullptr : &*it;
        };
        const json* format = member("format");
        const json* version = member("version");
        if (!format || *format != "case-decoder/language-pack" || !version || *version != 2)
            return fail("not a Case Decoder language pack (format \"case-decoder/language-pack\", version 2)");
        const json* lang = member("lang");
        if (!lang || !lang->is_string() || r.hold_out.empty() || *lang != r.hold_out)
            return fail("\"" + (lang && lang->is_string() ? lang->get<std::string>() : std::string()) +
                        "\" is not a language this content is waiting for");
        const json* sha = member("content_sha256");
        if (sha && sha->is_string()) pack_sha256 = sha->get<std::string>();
        const json* texts = member("texts");
        if (!texts || !texts->is_array()) return fail("texts: missing");
        for (size_t i = 0; i < texts->size(); ++i) {
            if (!(*texts)[i].is_string()) return fail("texts[" + std::to_string(i) + "]: not a string");
            pack_texts.push_back((*texts)[i].get<std::string>());
        }
        if (pack_texts.size() != held_count)
            return fail("it has " + std::to_string(pack_texts.size()) + " texts and the content holds out " + std::to_string(held_count) +
                        " (the page and its language pack must come from the same build)");
        r.pack = &pack_texts;
    }
    io(r, *content);
    if (r.ok() && r.p != r.end) r.fail("bytes are left over after the content");
    if (!r.ok()) return bad(r.error);
    if (r.pack) {
        if (pack_sha256 != content->sha256)
            return ContentResult{nullptr, "language pack: made for another version of the content (the page and its language pack must come from the same build)"};
        if (r.next_pack != pack_texts.size()) return ContentResult{nullptr, "language pack: not every text found its place"};
    } else if (!r.hold_out.empty()) {
        content->held_out.push_back(r.hold_out);
    }
    return {content, ""};
}

}  // namespace cd
