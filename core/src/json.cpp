// JSON without exceptions: nlohmann's parse with a depth limit and duplicate-key detection, the
// fast read-only JsonView the content is read through (see internal.h for its contract), and the
// minified form the content hash covers.
#include "internal.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <set>

namespace cd {

namespace {
// Nesting depth of JSON text, ignoring brackets inside strings. Checked before parsing so hostile
// input (100,000 nested lists) is refused cheaply and never recurses deeply anywhere.
size_t max_depth(std::string_view t) {
    size_t depth = 0, deepest = 0;
    bool in_string = false;
    for (size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') in_string = true;
        else if (c == '{' || c == '[') deepest = std::max(deepest, ++depth);
        else if ((c == '}' || c == ']') && depth > 0) --depth;
    }
    return deepest;
}
}  // namespace

// ---------------------------------------------------------------------------------------------
// JsonView and its parser (see internal.h).

const JsonView& JsonView::operator[](std::string_view key) const {
    static const JsonView null_value;
    iterator it = find(key);
    return it == end() ? null_value : *it;
}
JsonView::iterator JsonView::begin() const { return iterator(is_object() ? v_.members : nullptr); }
JsonView::iterator JsonView::end() const { return iterator(is_object() ? v_.members + n_ : nullptr); }
JsonView::iterator JsonView::find(std::string_view key) const {
    if (!is_object()) return end();
    // Members are sorted by key and objects are small: a straight search, stopping early, that
    // mostly looks at first letters only.
    const unsigned char first = key.empty() ? 0 : static_cast<unsigned char>(key[0]);
    for (const Member* m = v_.members; m != v_.members + n_; ++m) {
        const unsigned char c = m->key_.empty() ? 0 : static_cast<unsigned char>(m->key_[0]);
        if (c < first) continue;
        if (c > first) break;
        int order = m->key_.compare(key);
        if (order == 0) return iterator(m);
        if (order > 0) break;
    }
    return end();
}
bool JsonView::contains(std::string_view key) const { return find(key) != end(); }

json JsonView::to_json() const {
    switch (kind_) {
        case Kind::Null: return nullptr;
        case Kind::Boolean: return v_.boolean;
        case Kind::Integer: return static_cast<json::number_integer_t>(v_.integer);
        case Kind::Unsigned: return static_cast<json::number_unsigned_t>(v_.whole);
        case Kind::Real: return static_cast<json::number_float_t>(v_.real);
        case Kind::String: return json::string_t(as_text());
        case Kind::Array: {
            json out = json::array();
            for (uint32_t i = 0; i < n_; ++i) out.push_back(v_.items[i].to_json());
            return out;
        }
        case Kind::Object: {
            json out = json::object();
            for (const Member* m = v_.members; m != v_.members + n_; ++m) out[std::string(m->key_)] = m->value_.to_json();
            return out;
        }
    }
    return nullptr;
}

struct JsonViewParser::State {
    // Storage for values, member lists and unescaped strings: big blocks handed out in order and
    // kept from one parse to the next.
    std::vector<std::unique_ptr<char[]>> blocks;
    std::vector<size_t>                  block_sizes;
    size_t                               block = 0, used = 0;  // the block being filled, and how far

    // The items and members of the lists and objects still open; a list or object takes its own
    // off the top when it closes.
    struct PendingMember {
        std::string_view key;
        JsonView         value;
        uint32_t         order;  // place in the object, so a repeated key keeps its last value
    };
    std::vector<JsonView>      items;
    std::vector<PendingMember> members;

    const char* p = nullptr;
    const char* end = nullptr;

    void* allocate(size_t bytes) {
        bytes = (bytes + 7) & ~size_t{7};
        while (block < blocks.size() && used + bytes > block_sizes[block]) ++block, used = 0;
        if (block == blocks.size()) {
            size_t size = std::max<size_t>(bytes, 64 * 1024);
            blocks.push_back(std::unique_ptr<char[]>(new char[size]));  // not zeroed: every byte handed out is written
            block_sizes.push_back(size);
            used = 0;
        }
        void* out = blocks[block].get() + used;
        used += bytes;
        return out;
    }

    void skip_space() {
        while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
    }
    bool literal(const char* word, size_t n) {
        if (static_cast<size_t>(end - p) < n || std::memcmp(p, word, n) != 0) return false;
        p += n;
        return true;
    }

    bool read_value(JsonView& out, int depth) {
        if (p == end) return false;
        switch (*p) {
            case '{': return read_object(out, depth + 1);
            case '[': return read_array(out, depth + 1);
            case '"': {
                std::string_view s;
                if (!read_string(s)) return false;
                out.kind_ = JsonView::Kind::String;
                out.n_ = static_cast<uint32_t>(s.size());
                out.v_.chars = s.data();
                return true;
            }
            case 't': out.kind_ = JsonView::Kind::Boolean; out.v_.boolean = true; return literal("true", 4);
            case 'f': out.kind_ = JsonView::Kind::Boolean; out.v_.boolean = false; return literal("false", 5);
            case 'n': out.kind_ = JsonView::Kind::Null; return literal("null", 4);
            default: return read_number(out);
        }
    }
    bool read_array(JsonView& out, int depth) {
        if (depth > 64) return false;
        ++p;  // [
        const size_t base = items.size();
        skip_space();
        if (p != end && *p == ']') ++p;
        else
            for (;;) {
                JsonView item;
                if (!read_value(item, depth)) return false;
                items.push_back(item);
                skip_space();
                if (p == end) return false;
                if (*p == ']') { ++p; break; }
                if (*p != ',') return false;
                ++p;
                skip_space();
            }
        const size_t n = items.size() - base;
        if (n > UINT32_MAX) return false;
        auto* stored = static_cast<JsonView*>(allocate(n * sizeof(JsonView)));
        std::uninitialized_copy(items.begin() + static_cast<ptrdiff_t>(base), items.end(), stored);
        items.resize(base);
        out.kind_ = JsonView::Kind::Array;
        out.n_ = static_cast<uint32_t>(n);
        out.v_.items = stored;
        return true;
    }
    bool read_object(JsonView& out, int depth) {
        if (depth > 64) return false;
        ++p;  // {
        const size_t base = members.size();
        skip_space();
        if (p != end && *p == '}') ++p;
        else
            for (uint32_t order = 0;; ++order) {
                std::string_view key;
                if (p == end || *p != '"' || !read_string(key)) return false;
                skip_space();
                if (p == end || *p != ':') return false;
                ++p;
                skip_space();
                JsonView value;
                if (!read_value(value, depth)) return false;
                members.push_back({key, value, order});
                skip_space();
                if (p == end) return false;
                if (*p == '}') { ++p; break; }
                if (*p != ',') return false;
                ++p;
                skip_space();
            }
        // Key order, as nlohmann's std::map has it; of a repeated key only the last value stays.
        auto first = members.begin() + static_cast<ptrdiff_t>(base);
        std::sort(first, members.end(), [](const PendingMember& a, const PendingMember& b) {
            int order = a.key.compare(b.key);
            return order != 0 ? order < 0 : a.order < b.order;
        });
        const size_t pending = members.size() - base;
        if (pending > UINT32_MAX) return false;
        auto* stored = static_cast<JsonView::Member*>(allocate(pending * sizeof(JsonView::Member)));
        size_t n = 0;
        for (auto it = first; it != members.end(); ++it) {
            if (it + 1 != members.end() && (it + 1)->key == it->key) continue;  // a later value for this key follows
            new (&stored[n]) JsonView::Member();
            stored[n].key_ = it->key;
            stored[n].value_ = it->value;
            ++n;
        }
        members.resize(base);
        out.kind_ = JsonView::Kind::Object;
        out.n_ = static_cast<uint32_t>(n);
        out.v_.members = stored;
        return true;
    }

    // A view of an nlohmann value: its strings and keys are viewed where they lie.
    void view(const json& j, JsonView& out) {
        switch (j.type()) {
            case json::value_t::boolean: out.kind_ = JsonView::Kind::Boolean; out.v_.boolean = j.get<bool>(); break;
            case json::value_t::number_integer: out.kind_ = JsonView::Kind::Integer; out.v_.integer = j.get<long long>(); break;
            case json::value_t::number_unsigned: out.kind_ = JsonView::Kind::Unsigned; out.v_.whole = j.get<unsigned long long>(); break;
            case json::value_t::number_float: out.kind_ = JsonView::Kind::Real; out.v_.real = j.get<double>(); break;
            case json::value_t::string: {
                const std::string& s = j.get_ref<const std::string&>();
                out.kind_ = JsonView::Kind::String;
                out.n_ = static_cast<uint32_t>(s.size());
                out.v_.chars = s.data();
                break;
            }
            case json::value_t::array: {
                auto* stored = static_cast<JsonView*>(allocate(j.size() * sizeof(JsonView)));
                for (size_t i = 0; i < j.size(); ++i) view(j[i], *new (&stored[i]) JsonView());
                out.kind_ = JsonView::Kind::Array;
                out.n_ = static_cast<uint32_t>(j.size());
                out.v_.items = stored;
                break;
            }
            case json::value_t::object: {  // already in key order, keys unique
                auto* stored = static_cast<JsonView::Member*>(allocate(j.size() * sizeof(JsonView::Member)));
                size_t n = 0;
                for (auto it = j.begin(); it != j.end(); ++it, ++n) {
                    new (&stored[n]) JsonView::Member();
                    stored[n].key_ = it.key();
                    view(it.value(), stored[n].value_);
                }
                out.kind_ = JsonView::Kind::Object;
                out.n_ = static_cast<uint32_t>(n);
                out.v_.members = stored;
                break;
            }
            default: out.kind_ = JsonView::Kind::Null; break;  // null (discarded and binary do not come here)
        }
    }

    // Moves p past the bytes a string can hold as they are (printable ASCII but '"' and '\\'),
    // eight at a time while it can: most of the content is such runs.
    void skip_plain() {
        constexpr uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
        // (x - ones) & ~x & highs is non-zero exactly when a byte of x is zero.
        auto any_zero_byte = [](uint64_t x) { return (x - ones) & ~x & highs; };
        while (end - p >= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            uint64_t special = any_zero_byte(w ^ (ones * '"')) | any_zero_byte(w ^ (ones * '\\')) |
                               ((w - ones * 0x20) & ~w & highs) |  // a byte below 0x20
                               (w & highs);                         // a byte from 0x80 (UTF-8)
            if (special) {
                // The lowest flagged byte is exactly the first special one (a false flag can only
                // sit above a true one), so on a little-endian machine jump straight to it.
                if constexpr (std::endian::native == std::endian::little) {
                    p += std::countr_zero(special) / 8;
                    return;
                }
                break;
            }
            p += 8;
        }
        while (p != end) {
            unsigned char c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return;
            ++p;
        }
    }
    // One multi-byte UTF-8 sequence at p, checked as nlohmann checks it (no overlongs, no
    // surrogates, nothing above U+10FFFF).
    bool skip_utf8() {
        auto in = [&](ptrdiff_t i, unsigned lo, unsigned hi) {
            if (end - p <= i) return false;
            unsigned c = static_cast<unsigned char>(p[i]);
            return c >= lo && c <= hi;
        };
        unsigned c = static_cast<unsigned char>(*p);
        int n = 0;
        if (c >= 0xC2 && c <= 0xDF) n = in(1, 0x80, 0xBF) ? 1 : 0;
        else if (c == 0xE0) n = in(1, 0xA0, 0xBF) ? 2 : 0;
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) n = in(1, 0x80, 0xBF) ? 2 : 0;
        else if (c == 0xED) n = in(1, 0x80, 0x9F) ? 2 : 0;
        else if (c == 0xF0) n = in(1, 0x90, 0xBF) ? 3 : 0;
        else if (c >= 0xF1 && c <= 0xF3) n = in(1, 0x80, 0xBF) ? 3 : 0;
        else if (c == 0xF4) n = in(1, 0x80, 0x8F) ? 3 : 0;
        if (n == 0) return false;
        for (int i = 2; i <= n; ++i)
            if (!in(i, 0x80, 0xBF)) return false;
        p += n + 1;
        return true;
    }
    static bool unescape(char c, char& out) {
        switch (c) {
            case '"': out = '"'; return true;
            case '\\': out = '\\'; return true;
            case '/': out = '/'; return true;
            case 'b': out = '\b'; return true;
            case 'f': out = '\f'; return true;
            case 'n': out = '\n'; return true;
            case 'r': out = '\r'; return true;
            case 't': out = '\t'; return true;
            default: return false;  // \u and anything unknown: left to nlohmann
        }
    }
    // At the opening quote. A string without escapes is a slice of the text; one with escapes is
    // written out unescaped into the storage.
    bool read_string(std::string_view& out) {
        const char* start = ++p;
        bool escaped = false;
        for (;;) {
            skip_plain();
            if (p == end) return false;  // no closing quote
            unsigned char c = static_cast<unsigned char>(*p);
            if (c == '"') break;
            char ignored;
            if (c == '\\') {
                if (end - p < 2 || !unescape(p[1], ignored)) return false;
                escaped = true;
                p += 2;
            } else if (c < 0x20) {
                return false;  // control characters must be escaped
            } else if (!skip_utf8()) {  // c >= 0x80
                return false;
            }
        }
        const size_t raw = static_cast<size_t>(p - start);
        ++p;  // closing quote
        if (raw > UINT32_MAX) return false;
        if (!escaped) {
            out = std::string_view(start, raw);
            return true;
        }
        char* text = static_cast<char*>(allocate(raw));
        size_t n = 0;
        for (const char* q = start; q != start + raw; ++q) {
            if (*q == '\\') unescape(*++q, text[n++]);
            else text[n++] = *q;
        }
        out = std::string_view(text, n);
        return true;
    }
    // -?(0|[1-9][0-9]*) with at most 18 digits: no fraction, no exponent (those go to nlohmann).
    bool read_number(JsonView& out) {
        bool negative = p != end && *p == '-';
        if (negative) ++p;
        const char* digits = p;
        unsigned long long v = 0;
        while (p != end && *p >= '0' && *p <= '9') v = v * 10 + static_cast<unsigned long long>(*p++ - '0');
        size_t n = static_cast<size_t>(p - digits);
        if (n == 0 || n > 18 || (n > 1 && *digits == '0')) return false;
        if (p != end && (*p == '.' || *p == 'e' || *p == 'E')) return false;
        if (negative) {
            out.kind_ = JsonView::Kind::Integer;
            out.v_.integer = -static_cast<long long>(v);
        } else {
            out.kind_ = JsonView::Kind::Unsigned;
            out.v_.whole = v;
        }
        return true;
    }
};

JsonViewParser::JsonViewParser() : state_(std::make_unique<State>()) {}
JsonViewParser::~JsonViewParser() = default;

void JsonViewParser::view(const json& value, JsonView& root) {
    State& s = *state_;
    s.block = 0;
    s.used = 0;
    root = JsonView();
    s.view(value, root);
}

bool JsonViewParser::parse(std::string_view text, JsonView& root) {
    State& s = *state_;
    s.block = 0;
    s.used = 0;
    s.items.clear();
    s.members.clear();
    s.p = text.data();
    s.end = text.data() + text.size();
    root = JsonView();
    s.skip_space();
    if (!s.read_value(root, 0)) return false;
    s.skip_space();
    return s.p == s.end;
}

std::string minify_json(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool in_string = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            out += c;
            if (c == '\\' && i + 1 < text.size()) out += text[++i];
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out += c;
        }
    }
    return out;
}

json parse_json(std::string_view text, std::string* duplicate_key) {
    if (max_depth(text) > 64) return json(json::value_t::discarded);
    if (!duplicate_key) return json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    std::vector<std::set<std::string>> seen;
    std::string dup;
    auto cb = [&](int, json::parse_event_t ev, json& parsed) {
        if (ev == json::parse_event_t::object_start) seen.emplace_back();
        else if (ev == json::parse_event_t::object_end) { if (!seen.empty()) seen.pop_back(); }
        else if (ev == json::parse_event_t::key && !seen.empty() && parsed.is_string()) {
            if (!seen.back().insert(parsed.get<std::string>()).second && dup.empty()) dup = parsed.get<std::string>();
        }
        return true;
    };
    json j = json::parse(text.begin(), text.end(), cb, /*allow_exceptions=*/false);
    if (duplicate_key) *duplicate_key = dup;
    return j;
}

}  // namespace cd
