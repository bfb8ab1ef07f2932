// The loaded content (assets/) as plain structs. The widget reads this for the interview (facts,
// offenses, jurisdictions, stages, glossary, UI strings); the report builder reads it for rules.
// Every prose field is a Text holding each language; pick one with Text::get(lang).
#pragma once

#include "case_decoder/case_decoder.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cd {

// A prose field in every language we have it in; English is always present.
struct Text {
    std::map<std::string, std::string> by_lang;
    const std::string& get(std::string_view lang) const;  // falls back to English
    bool               has(std::string_view lang) const;
};

// A rule condition (assets/README.md, "Conditions"). A small tree, evaluated by evaluate().
struct Condition {
    enum class Kind : uint8_t { All, Any, Not, Fact, Offense, OffenseTag, Level, Jurisdiction, Stage, Custody, DateKnown, JurisdictionHas, Path, DeadlinePassed, DeadlineOpen, DeadlineApplies, DateWithin };
    Kind                     kind = Kind::All;
    std::string              key;     // fact id, date key, path id, jurisdiction feature
    std::vector<std::string> values;  // accepted values for leaf kinds (deadline kinds for DeadlinePassed / DeadlineOpen)
    std::vector<Condition>   children;
    int                      days = 0;  // DateWithin: the date is from as_of to as_of + days
};

struct Offense {
    std::string              id;
    Text                     name, plain_english;
    std::vector<std::string> synonyms, tags, usual_levels, citations;
    std::vector<std::string> search_terms;  // words and phrases readers and paperwork use, any language
    std::vector<Text>        elements, typical_evidence, weak_points, collateral_consequences;
};

struct Provenance {
    std::string citation, source, reviewed;
    bool        verified = false;
};

struct IndictmentRule {
    std::optional<bool> required, waivable;
    Text                summary;
    Provenance          prov;
};

struct DeadlineRule {
    std::string              id;
    DeadlineKind             kind = DeadlineKind::Trial;
    std::vector<std::string> levels;          // infraction | misdemeanor | felony
    std::string              custody = "any";  // in_custody | not_in_custody | any
    std::optional<int>       days, months;    // both empty: no fixed deadline
    // Which case-file date starts the clock. The law names an event ("the finding of probable
    // cause", "the initial appearance"); the case file has dates. `trigger_law` is the law's own
    // words, quoted; `from` the date keys that stand in for it. The clock runs from:
    //   the first known key of `from_first`, in order, if any is known (Virginia: a preliminary
    //   hearing's probable-cause finding, when there was one); else
    //   the latest known key of `from` ("whichever is later"), or the earliest with
    //   from_earliest ("the earlier of the arrest or the filing of the charge");
    //   but never before a known date of `not_before` (Virginia: indicted first and arrested
    //   later, the clock starts at the arrest).
    // `trigger_exact` false: no date key is exactly the law's event; the report says so.
    std::vector<std::string> from, from_first, not_before;
    bool                     from_earliest = false;
    std::string              trigger_law;
    bool                     trigger_exact = true;
    bool                     demand_required = false;
    std::string              remedy;          // dismissal | release | other
    Text                     summary, caveat;
    std::optional<Date>      effective_from, effective_until;
    Provenance               prov;
};

struct ProgramEligibility {
    std::vector<std::string> offenses, exclude_offenses, levels;  // empty offenses: most offenses
    std::string              first_offense = "not_required";     // required | preferred | not_required
    std::string              track;                              // a track id of eligibility.json (general, drug, ...)
    // Facts the program also needs. Unless each is answered yes, the fit is at most "maybe": the
    // interview's question is broad and may not match the program's own test (a program for
    // people with a mental illness asks more than "did a mental health condition play a part?"),
    // so a "no" sends the reader to their lawyer rather than ruling the program out.
    std::vector<std::string> needs_facts;
};

struct Program {
    std::string        id, kind;  // diversion | pretrial_intervention
    Text               name, summary, excludes;
    ProgramEligibility eligibility;
    // Offered at the local prosecutor's choice, county by county, not a right the reader can claim:
    // the fit is at most "maybe", and the report says it depends on the county's prosecutor.
    bool               local_discretion = false;
    Text               runs_it;  // county programs: the office that runs it ("Cook County State's Attorney")
    Provenance         prov;
};

// A county with its own diversion programs (assets/counties/XX.json): diversion is decided county
// by county, and "is there a program here?" is what readers ask. Its programs join the state's
// when the case file names the county.
struct County {
    std::string          id;    // "los_angeles": unique within its jurisdiction
    std::string          name;  // "Los Angeles County": a proper name, the same in every language
    std::string          fips;  // five digits, for authors checking the Census list
    std::vector<Program> programs;
    std::string          reviewed;
};

// A section of a jurisdiction's code as charging papers write it (assets/statutes/XX.json): what
// lets a reader type "PC 459" or "2C:35-10" and find the charge. `section` is the number alone
// ("459", "22.01", "2C:35-10", "5/12-3.2"); `written` the forms paperwork uses ("PC 459").
struct Statute {
    std::string                offense, section;
    std::vector<std::string>   written;
    std::optional<std::string> level;  // misdemeanor | felony | infraction; none when the section spans levels
    Provenance                 prov;   // prov.citation: "Cal. Penal Code § 459"
};

// A class or degree word on paperwork that sets the level ("Class A" in Texas is a misdemeanor).
struct DegreeWord {
    std::string written, level;
};

struct Jurisdiction {
    std::string               code, reviewed;
    Text                      name;
    IndictmentRule            indictment;
    std::vector<DeadlineRule> deadlines;
    std::vector<Program>      programs;
    // From assets/statutes/XX.json, when present.
    std::vector<Statute>      statutes;
    std::vector<std::string>  statute_prefixes;  // "PC", "Penal Code", "VC"
    std::vector<DegreeWord>   degrees;
    std::string               statutes_reviewed;
    std::vector<County>       counties;  // from assets/counties/XX.json, when present; by name
    const County*             county(std::string_view id) const;
};

struct PathRule {
    Rating                   applies = Rating::Unlikely;  // likely | possible | unlikely
    Condition                when;
    Text                     why;
    std::vector<std::string> citations;
};

struct PathDef {
    PathId                   id = PathId::InsufficientEvidence;
    std::string              cite_jurisdiction;  // deadlines | programs | indictment: adds the jurisdiction's citations
    Text                     name, summary;
    std::vector<std::string> citations;
    std::optional<Condition> not_at_this_stage;
    Text                     not_at_this_stage_why;
    std::vector<PathRule>    rules;
    Text                     otherwise_why;
};

struct QuestionDef {
    std::string              id, group, cite_jurisdiction;
    std::optional<PathId>    reason;  // none: a general question
    int                      weight = 50;
    Condition                when;
    std::optional<Condition> first_when;  // when true (and the question applies), it is asked first
    Text                     text, why;
    std::vector<std::string> citations;
};

struct MythDef {
    std::string              id;
    Condition                when;
    Text                     myth, text;
    std::vector<std::string> citations;
};

struct DontDef {
    std::string              id;
    Condition                when;
    Text                     text;
    std::vector<std::string> citations;
};

// A broad eligibility test (eligibility.json): `met` says the reader's answers meet it, `failed`
// that they rule it out; neither means "maybe". Programs name one by their `track`, and those that
// need a first offense use `first_offense`.
struct EligibilityTest {
    Condition met, failed;
};

// A warning about the clocks (clocks.json): shown when `when` is true. `id` is the UI string key of
// its text ("warning.clock_paused").
struct ClockWarning {
    std::string id;
    Condition   when;
};

// What cannot wait (urgent.json): shown in the bottom line, in content order, when `when` is true.
struct UrgentDef {
    std::string              id;
    Condition                when;
    Text                     text;
    std::vector<std::string> citations;
};

struct StageDef {
    std::string id, can_charges_be_dropped;
    Text        name, how;
};

struct FactDef {
    std::string id, group;
    Text        question, why_we_ask;
    Condition   ask_when;  // the interview asks this fact only when true
    // The question is asked the positive way round ("Are you a U.S. citizen?" for non_citizen): a
    // "yes" to the question is "no" for the fact. Screens flip the answer; the case file never does.
    bool        question_is_opposite = false;
};

struct GlossaryEntry {
    Text term, meaning;
};

struct Content {
    std::string                          version, reviewed, sha256;
    std::vector<std::string>             held_out;  // languages whose prose is in a pack not yet added ("es" in the widget's embed)
    Text                                 notice;
    std::vector<Offense>                 offenses;       // sorted by id
    std::map<std::string, Jurisdiction>  jurisdictions;  // by code
    std::vector<PathDef>                 paths;          // in report order
    std::vector<QuestionDef>             questions;      // sorted by id
    std::vector<MythDef>                 myths;
    std::vector<DontDef>                 donts;
    std::vector<UrgentDef>               urgent;
    EligibilityTest                      first_offense;  // eligibility.json
    std::map<std::string, EligibilityTest> tracks;       // eligibility.json: track id -> test
    std::vector<std::string>             charges_filed_by;  // clocks.json: date keys that meet a charging clock
    std::vector<std::string>             dates_in_rules;    // date keys some condition looks at (found at load)
    std::vector<ClockWarning>            clock_warnings;    // clocks.json
    // search.json: how the charge search reads words. Stop words are dropped; same_word maps a
    // form to the word it stands for ("stole" -> "steal"); common_first breaks ties; the list to
    // browse is grouped by offense tag in browse_by_tag order.
    std::vector<std::string>             search_stop_words;
    std::map<std::string, std::string>   search_same_word;
    std::vector<std::string>             search_common_first;
    std::vector<std::string>             search_browse_tags;  // the order of kinds in the browsable list
    std::vector<DegreeWord>              search_level_words;  // "felony", "delito grave": a level in any jurisdiction
    // The charges every jurisdiction's statute list should cover (lint --stats counts the gaps):
    // each group is met by a section for any of its offenses (theft or shoplifting).
    std::vector<std::vector<std::string>> statute_coverage;
    std::vector<StageDef>                stages;  // timeline order
    std::vector<FactDef>                 facts;   // interview order
    std::vector<GlossaryEntry>           glossary;
    std::map<std::string, Text>          ui;      // widget and report strings, merged from ui/*.json

    const Offense*      offense(std::string_view id) const;
    const Jurisdiction* jurisdiction(std::string_view code) const;
    const FactDef*      fact(std::string_view id) const;
    const StageDef*     stage(std::string_view id) const;
    const std::string&  ui_text(std::string_view key, std::string_view lang) const;  // the key itself if missing
    bool                has_language(std::string_view lang) const;  // "en", or "es" unless a pack holds it
};

// The bundled content loaded the way bundled_content() loads it (the quick path the widget uses),
// but afresh on every call and not cached: for the start-up benchmark and tests.
ContentResult load_bundled_content();

// The content image: checked content compiled at build time into bytes the core reads back with
// no JSON parsing (the widget starts from one; `case-decoder compile-content` writes it). Reading
// an image gives the same Content the JSON gave, so the same reports, byte for byte
// (tests/unit/content_image_test.cpp). With `hold_out` ("es"), that language's prose goes to
// `pack` (a language pack, JSON) instead of the image; read_content_image(image, pack) puts it
// back, and without the pack the content lacks that language (Content::held_out). Errors name
// what is wrong ("content image: ...", "language pack: ...").
// `lean` leaves out what only authors read (where a rule other than a clock was checked, review
// dates, FIPS codes): the widget's image, about 40 KB gzip smaller, with the same reports.
struct ContentImage {
    std::string image, pack, error;
};
ContentImage  write_content_image(const Content& content, std::string_view hold_out = {}, bool lean = false);
ContentResult read_content_image(std::string_view image, std::string_view pack_json = {});

// The charge search: what a reader types ("hit my girlfriend", "POSS CS PG 1", "posesion",
// "assualt") to offenses, best first. Word by word in any order, case and accents ignored, light
// stemming, small typos forgiven, the last word read as the start of a word (type-ahead). Ranked:
// the whole name or phrase > every word in one phrase > every word somewhere > some words; ties go
// to the more common charge. `matched` is the phrase that matched best (to show "also called ...").
//
// Statute numbers ("PC 459", "VC 23152(a)", "2C:35-10a(1)", "720 ILCS 5/12-3.2") are matched
// against assets/statutes/: with a jurisdiction chosen, its sections rank first of all and other
// jurisdictions' sections are dropped; with none, any jurisdiction's section matches (the prefix,
// "VC", tells the code). `statute` is the section matched, `level` the level it or a class or degree
// word in the query suggests ("Class A", "M1", "felony"): a suggestion the reader confirms.
struct OffenseMatch {
    const Offense*             offense = nullptr;
    std::string                matched;
    int                        score = 0;
    const Statute*             statute = nullptr;
    std::string                statute_jurisdiction;  // the code of the jurisdiction `statute` belongs to
    std::optional<std::string> level;
};
std::vector<OffenseMatch> find_offenses(const Content& content, std::string_view query, size_t max_results = 8);
std::vector<OffenseMatch> find_offenses(const Content& content, std::string_view query, std::string_view jurisdiction,
                                        size_t max_results = 8);
// The same search, offenses only (the widget's type-ahead, presets).
std::vector<const Offense*> search_offenses(const Content& content, std::string_view query, size_t max_results = 8);

// Rule evaluation. EvalContext carries what conditions can look at; path ratings and deadlines
// are filled in by build_report as it goes (paths first, then questions may refer to them).
struct EvalContext {
    const CaseFile&                    c;
    const Content&                     content;
    const Jurisdiction*                jurisdiction = nullptr;
    std::map<PathId, Rating>           path_ratings;
    std::vector<Deadline>              deadlines;
};
struct EvalResult {
    bool                     value = false;
    std::vector<std::string> because;  // the atoms that decided the value ("fact:searched", ...)
};
EvalResult evaluate(const Condition& cond, const EvalContext& ctx);

// True when the interview should ask this fact given the answers so far.
bool should_ask(const FactDef& fact, const CaseFile& c, const Content& content);

// True when the interview should ask this case-file date in this jurisdiction (empty: none
// chosen yet): a clock of the jurisdiction counts from it, or any rule of the content looks at
// it (questions, paths, myths, warnings), or it meets a charging clock (clocks.json), or it is
// the next court date (the bottom line and the calendar use it everywhere). A date the reader
// already gave stays asked, so it can be seen and cleared.
bool should_ask_date(std::string_view key, std::string_view jurisdiction, const Content& content, const CaseFile* answers = nullptr);

// Does this case seem to meet a program's broad eligibility? "yes" | "maybe" | "no".
std::string program_fit(const Program& p, const CaseFile& c, const Content& content);

// Lint: every check beyond what loading already enforces (reachability of each question, 10-15
// questions for generated cases). Returns problems, empty when clean; stats fills coverage figures.
struct LintStats {
    int jurisdictions = 0, jurisdictions_complete = 0, deadlines = 0, programs = 0, offenses = 0, questions = 0;
    int facts_total = 0, facts_verified = 0;
    int counties = 0, county_programs = 0, county_programs_verified = 0;
    // Clocks by the date key that starts them (from_first's first, else from's first), and how
    // many of those are exactly the law's day (trigger.exact); clocks whose trigger words are unread.
    std::map<std::string, std::pair<int, int>> clocks_by_trigger;
    int clocks_trigger_unread = 0;
    // Statute numbers (assets/statutes/): sections, how many verified, and per jurisdiction the
    // coverage groups (search.json) it has no section for.
    int statutes = 0, statutes_verified = 0, statute_jurisdictions = 0, statute_groups = 0, statute_groups_covered = 0;
    std::map<std::string, std::vector<std::string>> statute_gaps;  // jurisdiction -> the groups missing ("theft/shoplifting")
    int ui_strings = 0;
    std::map<std::string, int> translated;  // lang -> prose fields present
    int prose_fields = 0;
    std::map<std::string, std::vector<std::string>> missing;  // lang -> where a translation is missing (file or id)
};
std::vector<std::string> lint_content(const Content& content, LintStats* stats);

}  // namespace cd
