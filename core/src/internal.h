// Internal helpers shared by the core's .cpp files. Not part of the public API.
#pragma once

#include "case_decoder/content.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <vector>

namespace cd {

using json = nlohmann::json;

// JSON text with exceptions off: nullopt-like discarded value on a syntax error. Duplicate object
// keys are reported through `duplicate` (the last key wins in nlohmann, silently otherwise).
json parse_json(std::string_view text, std::string* duplicate_key_path = nullptr);

// Where a value sits, for messages: "charges[0].offense".
std::string join_path(const std::string& base, const std::string& key);
std::string index_path(const std::string& base, size_t i);

// A short, printable rendering of a JSON value for error messages ("\"duii\"", "42", "an object").
std::string describe(const json& v);
const char* type_name(const json& v);

// Closest id by edit distance (case-insensitive), or "" when nothing is close enough.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);
std::string lower(std::string_view s);

void push_unique(std::vector<std::string>& v, const std::string& s);

// Condition parsing (condition.cpp). Returns false and sets error (relative message) on failure.
bool parse_condition(const json& j, const std::string& where, Condition& out, std::string& error);

std::string sha256_hex(std::string_view data);

// Known vocabularies (the spec's fixed lists).
extern const std::vector<std::string> kLevels;        // infraction misdemeanor felony unknown
extern const std::vector<std::string> kStages;        // timeline order
extern const std::vector<std::string> kDateKeys;
extern const std::vector<std::string> kPathIds;
extern const std::vector<std::string> kOffenseTags;
extern const std::vector<std::string> kJurisdictionFeatures;
extern const std::vector<std::string> kJurisdictionCodes;  // the 52: US, DC and the states
bool contains(const std::vector<std::string>& v, std::string_view s);

}  // namespace cd
