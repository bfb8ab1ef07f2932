// Reading one content file (internal to the loader): Reader checks each key's type and remembers
// the first error as "content: FILE: KEY: what is wrong", so the loaders stay straight-line.
// content_files.cpp reads each kind of file with it; content.cpp runs the whole load.
#pragma once

#include "internal.h"

#include <functional>
#include <map>
#include <set>

namespace cd::content_load {

inline const std::vector<std::string> kLangs = {"en", "es"};

// Conditions are parsed by the one rule parser (condition.cpp).
inline bool read_condition(const JsonView& v, const std::string& where, Condition& out, std::string& error) {
    return parse_condition(v, where, out, error);
}
// The member `key` of the object j, or null when it is missing (or j is not an object).
inline const JsonView* member(const JsonView& j, const char* key) {
    auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

// Reads one content file, remembering the first error. Every accessor checks the type and
// returns an empty value on failure, so parsing code stays straight-line. Each accessor looks its
// key up once and copies a string once (this runs over all of assets/ at start-up).
struct Reader {
    std::string file;
    std::string error;

    bool ok() const { return error.empty(); }
    void fail(const std::string& where, const std::string& msg) {
        if (error.empty()) error = "content: " + file + ": " + (where.empty() ? "" : where + ": ") + msg;
    }
    // Object with exactly the allowed keys, all required ones present.
    bool object(const JsonView& j, const std::string& where, std::initializer_list<const char*> required,
                std::initializer_list<const char*> optional = {}) {
        if (!j.is_object()) { fail(where, std::string("expected an object, got ") + describe(j)); return false; }
        auto listed = [](std::initializer_list<const char*> keys, std::string_view k) {
            for (const char* x : keys) {  // k == x, without measuring x first: this runs for every key
                size_t i = 0;
                while (i < k.size() && x[i] != '\0' && x[i] == k[i]) ++i;
                if (i == k.size() && x[i] == '\0') return true;
            }
            return false;
        };
        size_t required_seen = 0;
        for (auto it = j.begin(); it != j.end(); ++it) {
            std::string_view key = it.key();
            if (listed(required, key)) ++required_seen;
            else if (!listed(optional, key)) {
                std::vector<std::string> allowed(required.begin(), required.end());
                allowed.insert(allowed.end(), optional.begin(), optional.end());
                std::string near = closest(key, allowed);
                fail(join_path(where, std::string(key)), "unknown key" + (near.empty() ? std::string() : " (did you mean \"" + near + "\"?)"));
                return false;
            }
        }
        // Keys are unique, so when every required key was seen the search below would find nothing.
        if (required_seen != required.size())
            for (const char* k : required)
                if (!j.contains(k)) { fail(join_path(where, k), "missing"); return false; }
        return true;
    }
    std::string str(const JsonView& j, const char* key, const std::string& where, bool required = true) {
        const JsonView* v = member(j, key);
        if (!v) { if (required) fail(join_path(where, key), "missing"); return ""; }
        if (!v->is_string() || (required && v->as_text().empty())) { fail(join_path(where, key), "expected non-empty text, got " + describe(*v)); return ""; }
        return std::string(v->as_text());
    }
    std::string one_of(const JsonView& j, const char* key, const std::string& where, const std::vector<std::string>& allowed, bool required = true) {
        std::string s = str(j, key, where, required);
        if (ok() && !s.empty() && !contains(allowed, s)) {
            std::string near = closest(s, allowed);
            fail(join_path(where, key), "unknown value \"" + s + "\"" + (near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
        }
        return s;
    }
    // Where a value sits, spelled out only for a message: base, base.key or base[index]. (There
    // are ten thousand texts; their paths are almost never needed.)
    struct Place {
        const std::string& base;
        const char*        key = nullptr;
        size_t             index = SIZE_MAX;
        std::string        str() const { return key ? join_path(base, key) : index != SIZE_MAX ? index_path(base, index) : base; }
    };
    Text text_value(const JsonView& v, const Place& where) {
        Text t;
        if (v.is_string()) {
            if (v.as_text().empty()) fail(where.str(), "empty text");
            t.by_lang.emplace("en", v.as_text());
        } else if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it) {
                std::string_view lang = it.key();
                if (!contains(kLangs, lang)) { fail(join_path(where.str(), std::string(lang)), "unknown language (expected en or es)"); return t; }
                if (!it.value().is_string()) { fail(join_path(where.str(), std::string(lang)), "expected text"); return t; }
                t.by_lang.emplace(lang, it.value().as_text());  // keys of one object are unique
            }
            if (!t.has("en")) fail(where.str(), "the English text (\"en\") is missing");
        } else {
            fail(where.str(), std::string("expected text or { \"en\": ..., \"es\": ... }, got ") + describe(v));
        }
        return t;
    }
    Text text(const JsonView& j, const char* key, const std::string& where, bool required = true) {
        const JsonView* v = member(j, key);
        if (!v) { if (required) fail(join_path(where, key), "missing"); return {}; }
        return text_value(*v, Place{where, key});
    }
    std::vector<Text> texts(const JsonView& j, const char* key, const std::string& where, bool non_empty = true) {
        std::vector<Text> out;
        std::string w = join_path(where, key);
        const JsonView* v = member(j, key);
        if (!v) { fail(w, "missing"); return out; }
        if (!v->is_array()) { fail(w, "expected a list"); return out; }
        if (non_empty && v->empty()) { fail(w, "empty list"); return out; }
        out.reserve(v->size());
        for (size_t i = 0; i < v->size() && ok(); ++i) out.push_back(text_value((*v)[i], Place{w, nullptr, i}));
        return out;
    }
    std::vector<std::string> strs(const JsonView& j, const char* key, const std::string& where, bool required = true,
                                  const std::vector<std::string>* vocabulary = nullptr, bool non_empty = false) {
        std::vector<std::string> out;
        const JsonView* v = member(j, key);
        if (!v) { if (required) fail(join_path(where, key), "missing"); return out; }
        if (!v->is_array()) { fail(join_path(where, key), "expected a list of text"); return out; }
        if (non_empty && v->empty()) { fail(join_path(where, key), "empty list"); return out; }
        out.reserve(v->size());
        for (size_t i = 0; i < v->size(); ++i) {
            const JsonView& e = (*v)[i];
            if (!e.is_string() || e.as_text().empty()) { fail(index_path(join_path(where, key), i), "expected non-empty text"); return out; }
            std::string_view s = e.as_text();
            if (vocabulary && !contains(*vocabulary, s)) {
                std::string near = closest(s, *vocabulary);
                fail(index_path(join_path(where, key), i), "unknown value \"" + std::string(s) + "\"" + (near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
                return out;
            }
            out.emplace_back(s);
        }
        return out;
    }
    Condition condition(const JsonView& j, const char* key, const std::string& where) {
        Condition c;
        std::string w = join_path(where, key);
        const JsonView* v = member(j, key);
        if (!v) { fail(w, "missing"); return c; }
        std::string err;
        if (!read_condition(*v, w, c, err)) fail("", err);
        return c;
    }
    std::optional<Date> date(const JsonView& j, const char* key, const std::string& where, bool required) {
        const JsonView* v = member(j, key);
        if (!v) { if (required) fail(join_path(where, key), "missing"); return std::nullopt; }
        std::optional<Date> d = v->is_string() ? parse_iso_date(v->as_text()) : std::nullopt;
        if (!d) fail(join_path(where, key), "expected a date YYYY-MM-DD, got " + describe(*v));
        return d;
    }
    std::optional<bool> opt_bool(const JsonView& j, const char* key, const std::string& where) {
        const JsonView* v = member(j, key);
        if (!v || v->is_null()) return std::nullopt;
        if (!v->is_boolean()) { fail(join_path(where, key), "expected true, false or null"); return std::nullopt; }
        return v->as_bool();
    }
    std::optional<int> opt_count(const JsonView& j, const char* key, const std::string& where) {
        const JsonView* v = member(j, key);
        if (!v || v->is_null()) return std::nullopt;
        if (!v->is_number_integer() || v->as_integer() < 1 || v->as_integer() > 3650) {
            fail(join_path(where, key), "expected a whole number from 1 to 3650, or null");
            return std::nullopt;
        }
        return static_cast<int>(v->as_integer());
    }
    Provenance provenance(const JsonView& j, const std::string& where) {
        Provenance p;
        p.citation = str(j, "citation", where);
        p.source = str(j, "source", where);
        const JsonView* verified = member(j, "verified");
        if (!verified || !verified->is_boolean()) fail(join_path(where, "verified"), "expected true or false");
        else p.verified = verified->as_bool();
        auto d = date(j, "reviewed", where, true);
        if (d) p.reviewed = to_iso(*d);
        return p;
    }
    const JsonView* list(const JsonView& root, const std::string& where) {
        if (!root.is_array()) { fail(where, std::string("expected a list, got ") + describe(root)); return nullptr; }
        return &root;
    }
};


// One content file, as the loader reads it: views, so the bundle is read where it lies.
struct FileView {
    std::string_view path, text;
};

// What loading a file adds to besides the content: the ids seen so far, and whether meta.json was.
struct LoadState {
    explicit LoadState(Content& content) : c(content) {}
    Content&              c;
    bool                  have_meta = false;
    std::set<std::string> question_ids, myth_ids, dont_ids, urgent_ids;
    bool                  have_eligibility = false, have_clocks = false;
};


// content_files.cpp: one file's parsed text into the content, by its path.
void load_file(Reader& r, const JsonView& j, LoadState& st);
// content_checks.cpp: references that need the whole content (facts, offenses in rules and programs).
void        walk_condition(const Condition& cond, const std::function<void(const Condition&)>& f);
std::string check_references(const Content& c, const std::map<const Condition*, std::string>& where);

}  // namespace cd::content_load

namespace cd {
// The whole load of files read where they lie (content.cpp): what load_content() and the bundle use.
ContentResult load_file_views(std::vector<content_load::FileView> files, const ContentLoadOptions& options);
}  // namespace cd
