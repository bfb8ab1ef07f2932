// Internal helpers shared by the core's .cpp files. Not part of the public API.
#pragma once

#include "case_decoder/content.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

namespace cd {

using json = nlohmann::json;

// JSON text with exceptions off: nullopt-like discarded value on a syntax error. Duplicate object
// keys are reported through `duplicate` (the last key wins in nlohmann, silently otherwise).
json parse_json(std::string_view text, std::string* duplicate_key_path = nullptr);

// A read-only JSON value that points into the text it was parsed from, or into the nlohmann value
// it views: what the content reader reads. Parsing the bundle straight into these saves the
// allocation or two per value an nlohmann value costs (the content has about 40,000). It answers
// the part of nlohmann's interface that the reader uses, with nlohmann's answers: objects iterate
// in key order, a repeated key keeps its last value, numbers are signed when negative and
// unsigned otherwise. Values live in JsonViewParser's storage and view the text or the nlohmann
// value, so all of those must outlive them.
class JsonView {
public:
    class Member;
    class iterator;  // over an object's members, in key order; it.key(), it.value(), *it is the value

    bool   is_null() const { return kind_ == Kind::Null; }
    bool   is_boolean() const { return kind_ == Kind::Boolean; }
    bool   is_number_integer() const { return kind_ == Kind::Integer || kind_ == Kind::Unsigned; }  // not Real
    bool   is_string() const { return kind_ == Kind::String; }
    bool   is_array() const { return kind_ == Kind::Array; }
    bool   is_object() const { return kind_ == Kind::Object; }
    size_t size() const { return is_array() || is_object() ? n_ : is_null() ? 0 : 1; }  // as nlohmann
    bool   empty() const { return size() == 0; }

    bool             as_bool() const { return v_.boolean; }                                           // is_boolean()
    long long        as_integer() const { return kind_ == Kind::Integer ? v_.integer : static_cast<long long>(v_.whole); }  // is_number_integer()
    std::string_view as_text() const { return {v_.chars, n_}; }                                       // is_string()
    const JsonView&  operator[](size_t i) const { return v_.items[i]; }                               // is_array(), i < size()
    const JsonView&  operator[](std::string_view key) const;  // a null value when missing
    iterator         begin() const;
    iterator         end() const;
    iterator         find(std::string_view key) const;  // end() when missing (or not an object)
    bool             contains(std::string_view key) const;

    json to_json() const;  // the same value as nlohmann's

private:
    friend class JsonViewParser;
    enum class Kind : uint8_t { Null, Boolean, Integer, Unsigned, Real, String, Array, Object };
    Kind     kind_ = Kind::Null;
    uint32_t n_ = 0;  // string length, or number of items or members
    union {
        bool            boolean;
        long long       integer;
        unsigned long long whole;
        double          real;
        const char*     chars;
        const JsonView* items;
        const Member*   members;
    } v_{};
};

class JsonView::Member {
public:
    std::string_view key() const { return key_; }
    const JsonView&  value() const { return value_; }

private:
    friend class JsonView;
    friend class JsonViewParser;
    std::string_view key_;
    JsonView         value_;
};

class JsonView::iterator {
public:
    explicit iterator(const Member* m) : m_(m) {}
    std::string_view key() const { return m_->key(); }
    const JsonView&  value() const { return m_->value(); }
    const JsonView&  operator*() const { return m_->value(); }
    iterator&        operator++() { ++m_; return *this; }
    bool             operator==(const iterator& o) const { return m_ == o.m_; }
    bool             operator!=(const iterator& o) const { return m_ != o.m_; }

private:
    const Member* m_;
};

// Makes JsonViews: parse() from JSON text, view() of an nlohmann value (any but a discarded one).
// parse() takes a strict subset of JSON: objects, lists, true/false/null, whole numbers of at most
// 18 digits, strings of valid UTF-8 whose escapes are the two-character ones (\" \\ \/ \b \f \n
// \r \t), nesting at most 64 deep. For anything else, including any text that is not JSON, it
// returns false, and the caller asks parse_json(), which decides; for text in the subset,
// parse_json() gives the same value. Each parse() or view() reuses the storage of the one before
// (and so ends the life of its values).
class JsonViewParser {
public:
    JsonViewParser();
    ~JsonViewParser();
    JsonViewParser(const JsonViewParser&) = delete;
    JsonViewParser& operator=(const JsonViewParser&) = delete;
    bool parse(std::string_view text, JsonView& root);
    void view(const json& value, JsonView& root);

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Where a value sits, for messages: "charges[0].offense".
std::string join_path(const std::string& base, const std::string& key);
std::string index_path(const std::string& base, size_t i);

// A short, printable rendering of a JSON value for error messages ("\"duii\"", "42", "an object").
std::string describe(const json& v);
std::string describe(const JsonView& v);  // as describe(v.to_json())
const char* type_name(const json& v);

// Closest id by edit distance (case-insensitive), or "" when nothing is close enough.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);
std::string lower(std::string_view s);

void push_unique(std::vector<std::string>& v, const std::string& s);

// "in {n} days" with {n} filled in; names not listed stay as written.
std::string fill_template(const std::string& pattern, const std::vector<std::pair<const char*, std::string>>& parts);

// Condition parsing (condition.cpp). Returns false and sets error (relative message) on failure.
bool parse_condition(const json& j, const std::string& where, Condition& out, std::string& error);
bool parse_condition(const JsonView& j, const std::string& where, Condition& out, std::string& error);

std::string sha256_hex(std::string_view data);

// JSON text with the whitespace outside strings removed: the form the content hash covers, and the
// form cmake/embed_content.cmake embeds (for valid JSON the two agree byte for byte).
std::string minify_json(std::string_view text);

// The bundle cmake/embed_content.cmake generates: every assets/**/*.json, minified, sorted by
// path, with the hash load_content() would compute for it.
namespace bundle {
extern const std::size_t kFileCount;
extern const char* const kPaths[];
extern const char* const kTexts[];
extern const std::size_t kSizes[];
extern const char        kSha256[];
}  // namespace bundle
// The content image the widget's build generates (cmake/embed_image.py, from
// `case-decoder compile-content`): bundled_image.cpp reads it.
namespace bundle_image {
extern const char        kImage[];
extern const std::size_t kImageSize;
}  // namespace bundle_image

// The names the engine needs (names.cpp): the spec's fixed lists and the few ids the code says.
extern const std::vector<std::string> kLevels;        // infraction misdemeanor felony unknown
extern const std::vector<std::string> kStages;        // timeline order
extern const std::vector<std::string> kDateKeys;
extern const std::vector<std::string> kDateKeysSinceV3;

// Every program of a jurisdiction with the content file it came from: the state's
// (jurisdictions/XX.json), then each county's (counties/XX.json). For the loader's checks and lint.
std::vector<std::pair<std::string, const Program*>> programs_with_files(const Jurisdiction& j);
// The programs that apply to this case: the state's, then its county's when the case file names one.
std::vector<const Program*> case_programs(const Jurisdiction& j, const CaseFile& c);
extern const std::vector<std::string> kPathIds;
extern const std::vector<std::string> kOffenseTags;
extern const std::vector<std::string> kJurisdictionFeatures;
extern const std::vector<std::string> kJurisdictionCodes;  // the 52: US, DC and the states
extern const std::vector<std::string> kProgramKinds;   // diversion pretrial_intervention
extern const std::vector<std::string> kRatings;        // likely possible unlikely not_at_this_stage
extern const std::vector<std::string> kDeadlineKinds;  // trial charging release
extern const char* const kGeneralTrack;
extern const char* const kGeneralReason;
extern const char* const kCourtDate;
extern const char* const kSpeedyTrialDemand;
extern const char* const kKeyFirstOffense;
bool contains(const std::vector<std::string>& v, std::string_view s);

}  // namespace cd
