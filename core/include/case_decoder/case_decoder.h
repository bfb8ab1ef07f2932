// Case Decoder core: case file in, report out.
//
// This header is the manual. Everything here is plain C++20 with no exceptions thrown, no I/O and
// no global state beyond the lazily parsed bundled content, so the same code runs natively (CLI,
// tests) and in WebAssembly (the widget).
//
// The flow, in four calls:
//
//     const cd::Content& content = cd::bundled_content();          // assets/, built in
//     cd::CaseFileResult in = cd::parse_case_file(text, content);  // validate the reader's facts
//     if (!in.ok) { print(in.error); return 2; }                   // one line naming the field
//     cd::Report report = cd::build_report(in.case_file, content); // the one place findings are made
//     std::string out = cd::render_markdown(report);               // or render_text / render_json
//
// The screen, the CLI and every export render the same Report. Legal rules are not in this code:
// they are data in assets/ (see assets/README.md). The code evaluates conditions, does date math
// and ranks questions.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cd {

// ---------------------------------------------------------------------------------------------
// Dates: proleptic Gregorian calendar days. Deadlines are calendar arithmetic, nothing more.
// ---------------------------------------------------------------------------------------------
struct Date {
    int32_t days = 0;  // days since 1970-01-01
    friend bool operator==(Date a, Date b) { return a.days == b.days; }
    friend bool operator<(Date a, Date b) { return a.days < b.days; }
};
std::optional<Date> parse_iso_date(std::string_view text);  // "YYYY-MM-DD", real calendar dates only, years 1900-2200
std::string         to_iso(Date d);
Date                add_days(Date d, int n);
Date                add_months(Date d, int n);  // Jan 31 + 1 month = Feb 28 (or 29): clamps to month end
int                 weekday(Date d);            // 0 = Sunday ... 6 = Saturday

// ---------------------------------------------------------------------------------------------
// The case file (input). See ../shared/spec/case-file.md.
// ---------------------------------------------------------------------------------------------
enum class Tri : uint8_t { Unknown, Yes, No };  // "unknown" is neither yes nor no
const char*        tri_name(Tri t);
std::optional<Tri> parse_tri(std::string_view s);

struct Charge {
    std::string offense;  // offense id from the catalog
    std::string level;    // infraction | misdemeanor | felony | unknown
    int         counts = 1;  // how many counts of this charge, 1..99 ("two counts of theft": 2); format version 2
};

struct CaseFile {
    std::string                 jurisdiction;  // "CA", "DC", "US" (federal)
    std::string                 county;        // a county id of the jurisdiction's counties/XX.json ("cook"); empty: none given (version 3)
    std::vector<Charge>         charges;
    std::string                 stage = "pre_trial";  // before_filing | arraignment | pre_trial | trial | after_conviction
    Tri                         in_custody = Tri::Unknown;
    std::map<std::string, Date> dates;  // a key of kDateKeys (names.cpp): arrest, first_appearance, ..., court_date
    std::map<std::string, Tri>  facts;  // a missing fact is Unknown
    std::string                 lang = "en";
    std::optional<Date>         as_of;  // extension: "today" for the reader; lets the report say which deadlines have passed

    Tri fact(std::string_view id) const;
};

struct Content;  // the loaded assets; opaque here, see content.h for the widget's read access

// What kind of problem stopped a case file, so that a screen can explain it in the reader's
// language (the one-line `error` is English, for the CLI and for whoever fixes the file).
enum class CaseFileError {
    None,
    TooLarge,     // more than 4 MB: not a case file
    NotJson,      // not JSON at all (a PDF, a photo, a half-saved file)
    NotCaseFile,  // JSON, but not a case file (not an object, or another "format")
    TooNew,       // a newer format version than this build reads
    Field,        // a case file with one field wrong: `error` names it
};

struct CaseFileResult {
    bool                     ok = false;
    CaseFile                 case_file;
    std::string              error;     // when !ok: one line, "case file: charges[0].offense: unknown offense ..."
    CaseFileError            error_kind = CaseFileError::None;
    std::vector<std::string> warnings;  // unknown fields and the like; the case still decodes
};
// Validates against the contract and the content's catalogs (offenses, jurisdictions, facts).
CaseFileResult parse_case_file(std::string_view json_text, const Content& content);
// The case file as the reader would save it (format version 3, keys sorted, facts that are
// "unknown" only where the reader said "not sure", "counts" only when above 1). parse_case_file(write_case_file(c)) gives back c.
std::string write_case_file(const CaseFile& c);

// ---------------------------------------------------------------------------------------------
// Content: assets/ as loaded and validated.
// ---------------------------------------------------------------------------------------------
struct ContentFile {
    std::string path;  // relative to the content root, "jurisdictions/CA.json"
    std::string text;
};
struct ContentResult {
    std::shared_ptr<const Content> content;  // null when !error.empty()
    std::string                    error;    // "content: jurisdictions/CA.json: deadlines[2].from: ..."
};
struct ContentLoadOptions {
    bool        check_duplicate_keys = true;  // off only for content already checked at build time
    std::string sha256;                       // precomputed content hash; empty: compute it
};
ContentResult  load_content(const std::vector<ContentFile>& files);
ContentResult  load_content(const std::vector<ContentFile>& files, const ContentLoadOptions& options);
const Content& bundled_content();  // parsed on first use; aborts only if the build bundled broken content (tests forbid it)
const std::vector<ContentFile>& bundled_content_files();
const std::string&              bundled_content_sha256();  // computed when the bundle was built

// Language packs (README, "Spanish on demand"). The widget's content is a content image (content.h)
// with its Spanish prose held out: the page loads that pack only when the reader wants Spanish.
// Adding the pack gives the same content the full bundle gives (tests/unit/language_pack_test.cpp).
// The error names what is wrong: not a pack, another language, another version of the content.
ContentResult load_bundled_content_with_pack(std::string_view pack_json);

// ---------------------------------------------------------------------------------------------
// The report's closed vocabularies: enums inside the engine, the spec's strings at the edges (the
// JSON report, the content files). id_of gives the string; parse_* reads one (nullopt if unknown).
// ---------------------------------------------------------------------------------------------
enum class PathId : uint8_t { InsufficientEvidence, ConstitutionalViolation, WitnessProblems, ProceduralError, Diversion, PretrialIntervention, GrandJuryRefusal };
enum class Rating : uint8_t { Likely, Possible, Unlikely, NotAtThisStage };  // how strongly a path may apply
enum class DeadlineKind : uint8_t { Trial, Charging, Release };             // trial must start / charges filed / release
enum class DeadlineStatus : uint8_t { Unknown, Upcoming, Passed, Met };      // Met: charges filed in time

const char* id_of(PathId p);          // "insufficient_evidence", ...
const char* id_of(Rating r);          // "likely", "possible", "unlikely", "not_at_this_stage"
const char* id_of(DeadlineKind k);    // "trial", "charging", "release"
const char* id_of(DeadlineStatus s);  // "upcoming", "passed", "met"; "" when unknown (JSON null)
const char* id_of(const std::optional<PathId>& reason);  // a question's reason: a path, or "general"
std::optional<PathId>       parse_path_id(std::string_view s);
std::optional<Rating>       parse_rating(std::string_view s);
std::optional<DeadlineKind> parse_deadline_kind(std::string_view s);
inline bool may_apply(Rating r) { return r == Rating::Likely || r == Rating::Possible; }

// ---------------------------------------------------------------------------------------------
// The report (output). Field names follow the JSON report in the spec.
// ---------------------------------------------------------------------------------------------
struct ProgramInfo {
    std::string id, kind, name, summary, citation;
    std::string county, runs_it;  // a county's program: the county's name and the office that runs it
    std::string fits;  // "yes" | "maybe" | "no": does this case seem to meet the broad eligibility?
    bool        verified = false;
    bool        local_discretion = false;  // offered county by county at the prosecutor's choice
};
struct JurisdictionInfo {
    std::string              code, name;
    std::string              county;  // the county's name when the case file gives one of ours
    std::optional<bool>      felony_indictment_required;
    std::string              indictment_summary, citation;
    bool                     indictment_verified = false;
    std::vector<ProgramInfo> programs;
    std::string              reviewed;
};
struct ChargeReport {
    std::string              offense, name, level;
    int                      counts = 1;  // from Charge::counts; text and Markdown mention it only when > 1
    std::string              plain_english;
    std::vector<std::string> elements, typical_evidence, weak_points, collateral_consequences, citations;
};
struct DismissalPath {
    PathId                   reason = PathId::InsufficientEvidence;
    std::string              name;     // plain name of the path
    Rating                   applies = Rating::Unlikely;
    std::string              why;
    std::vector<std::string> because;  // "fact:searched", "offense:dui", "jurisdiction:NJ", "stage:pre_trial", ...
    std::vector<std::string> citations;
};
struct Deadline {
    std::string                id;
    DeadlineKind               kind = DeadlineKind::Trial;
    std::optional<int>         days, months;
    std::string                from;  // the date key the clock runs from
    std::string                trigger_law;   // the law's own words for the day the clock starts (quoted, English)
    bool                       trigger_exact = true;  // false: `from` only stands in for that day
    bool                       length_unchecked = false;  // the rule's length is not yet checked: no days, months or due date shown
    std::optional<Date>        due;
    DeadlineStatus             status = DeadlineStatus::Unknown;  // Unknown: no due date or no as_of to judge it
    std::string                remedy;  // dismissal | release | other
    bool                       demand_required = false;
    std::string                summary, caveat, citation, applies_if, source;
    bool                       verified = false;
};
struct AttorneyQuestion {
    std::string              id, text, why;
    std::optional<PathId>    reason;  // the path it serves; none: a general question
    std::vector<std::string> because, citations;
    int                      score = 0;  // relevance used for ordering; not printed
};
struct MythReport {
    std::string              id, myth, text;
    std::vector<std::string> citations;
};
struct StageInfo {
    std::string id, name, can_charges_be_dropped, how;
    int         index = 0;  // 0..4 in the timeline
};

// The bottom line: what this reader most needs to know, first in every rendering. Chosen from the
// findings above (no new findings): the strongest paths, the next clock, and what cannot wait
// (the content's "urgent" rules).
struct SummaryPath {
    PathId      reason = PathId::InsufficientEvidence;
    Rating      applies = Rating::Possible;  // likely | possible
    std::string name, why;
};
struct NextDeadline {
    std::string         id;
    DeadlineKind        kind = DeadlineKind::Trial;
    std::optional<Date> due;        // empty when no date can be computed yet
    std::optional<int>  days_left;  // from as_of; negative when passed; empty without a due date or as_of
    DeadlineStatus      status = DeadlineStatus::Unknown;
    std::string         text;       // one plain sentence, in the report's language, date in words
};
struct UrgentItem {
    std::string              id, text;
    std::vector<std::string> because, citations;
};
struct Summary {
    std::string                 headline;  // one or two plain sentences
    std::vector<SummaryPath>    paths;     // up to three, likely before possible
    std::optional<NextDeadline> next_deadline;
    std::vector<UrgentItem>     urgent;
};
struct Report {
    std::string                   lang = "en";
    std::string                   content_version, content_sha256;
    Summary                       summary;
    CaseFile                      input;  // the reader's answers as given: the "For my lawyer" sheet lists them (not in the JSON report)
    JurisdictionInfo              jurisdiction;
    std::vector<ChargeReport>     charges;
    std::vector<DismissalPath>    dismissal_paths;
    std::vector<Deadline>         deadlines;
    std::vector<AttorneyQuestion> questions;  // 10 to 15, most relevant first
    std::vector<MythReport>       myths;
    std::vector<std::string>      dont_make_it_worse;
    StageInfo                     stage;
    std::string                   notice;
    std::vector<std::string>      warnings;
    std::optional<Date>           as_of;
};

// The one function that makes findings. Deterministic: same case and content, same report.
Report build_report(const CaseFile& c, const Content& content);

// Renderers. All show the same report; none adds findings. Text, Markdown and HTML walk one
// outline (outline.h): the bottom line, then a "For my lawyer" sheet, then the full report.
// Headings and labels come from the content's UI strings, in the report's language; every date a
// reader sees is written in words ("Sunday, December 13, 2026 (in 8 days)").
std::string render_json(const Report& r);  // the spec's JSON, 2-space indent, trailing newline
std::string render_text(const Report& r, const Content& content = bundled_content());      // .txt download, terminal
std::string render_markdown(const Report& r, const Content& content = bundled_content());  // .md download
std::string render_html(const Report& r, const Content& content = bundled_content());      // print view, "read as a page"
std::string render_questions_text(const Report& r, const Content& content = bundled_content());  // numbered questions, for "copy"
// An iCalendar file (RFC 5545): one all-day event per computed deadline and per court date the
// reader entered, CRLF lines folded at 75 octets, UIDs stable for the same content, case and
// deadline. Empty calendar (no events) when nothing has a date.
std::string render_ics(const Report& r, const Content& content = bundled_content());

// Dates for people, in the report's language, from the content's UI strings:
// "Sunday, December 13, 2026" / "domingo, 13 de diciembre de 2026".
std::string date_in_words(Date d, const std::string& lang, const Content& content = bundled_content());
// "today", "tomorrow", "in 8 days", "yesterday", "8 days ago" (days = target - today).
std::string days_from_today(int days, const std::string& lang, const Content& content = bundled_content());
// A date as a reader types it: "10/01/2026", "10/1/26", "Oct 1 2026", "October 1, 2026",
// "1 de octubre de 2026", "2026-10-01", "20261001". English reads numbers month first, Spanish day
// first, unless only one reading is a real date. When it cannot be read, `problem` says why in the
// reader's language ("February 2026 has 28 days.", "Add the year.") and `problem_key` names it.
struct ReaderDate {
    std::optional<Date> date;
    std::string         problem, problem_key;
};
ReaderDate parse_reader_date(std::string_view text, const std::string& lang, const Content& content = bundled_content());
// "Sunday, December 13, 2026 (in 8 days)"; without a today, the date alone.
std::string date_for_reader(Date d, std::optional<Date> today, const std::string& lang, const Content& content = bundled_content());

}  // namespace cd
