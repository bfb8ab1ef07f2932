// The names the engine needs: every id the C++ itself says, in one table. The content may use
// any other id it defines (facts, offenses, tracks, path rules); the code names only these, and
// tests/unit/engine_names_test.cpp fails when a fact id, path id or track id appears as a string
// anywhere else in core/ or wasm/. The loader checks the content against these lists.
#include "internal.h"

namespace cd {

const std::vector<std::string> kLevels = {"infraction", "misdemeanor", "felony", "unknown"};
const std::vector<std::string> kStages = {"before_filing", "arraignment", "pre_trial", "trial", "after_conviction"};
// Date keys in the order a case usually runs. The last three came with case file version 3.
const std::vector<std::string> kDateKeys = {"arrest", "first_appearance", "complaint_filed", "probable_cause_finding", "formal_charges_filed",
                                            "indictment", "counsel_appearance", "arraignment", "speedy_trial_demand", "court_date"};
const std::vector<std::string> kDateKeysSinceV3 = {"first_appearance", "probable_cause_finding", "counsel_appearance"};
const std::vector<std::string> kPathIds = {"insufficient_evidence", "constitutional_violation", "witness_problems", "procedural_error",
                                           "diversion", "pretrial_intervention", "grand_jury_refusal"};
const std::vector<std::string> kOffenseTags = {"driving", "alcohol", "drug", "violent", "property", "theft", "weapons", "domestic",
                                               "sex", "public_order", "fraud", "court_order", "immigration", "police", "traffic"};
const std::vector<std::string> kJurisdictionFeatures = {
    "indictment_required", "diversion", "pretrial_intervention", "trial_deadline", "demand_deadline", "charging_deadline",
    "release_deadline", "program_fits", "program_may_fit", "diversion_fits", "diversion_may_fit", "pretrial_intervention_fits", "pretrial_intervention_may_fit"};
const std::vector<std::string> kJurisdictionCodes = {
    "US", "DC", "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
    "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"};

const std::vector<std::string> kProgramKinds = {"diversion", "pretrial_intervention"};  // also the paths' ids they feed
const std::vector<std::string> kRatings = {"likely", "possible", "unlikely", "not_at_this_stage"};
const std::vector<std::string> kDeadlineKinds = {"trial", "charging", "release"};

const char* const kGeneralTrack = "general";     // the track every program has unless it names another
const char* const kGeneralReason = "general";    // an attorney question tied to no path
const char* const kCourtDate = "court_date";     // the next court date: for the bottom line and the calendar, never a clock's start
const char* const kSpeedyTrialDemand = "speedy_trial_demand";  // the date a demand-clock needs
const char* const kKeyFirstOffense = "first_offense";  // the JSON key of a program's first-offense rule and of its test in eligibility.json

}  // namespace cd

namespace cd {

// The enums' strings are the lists above, in enum order.
const char* id_of(PathId p) { return kPathIds[static_cast<size_t>(p)].c_str(); }
const char* id_of(Rating r) { return kRatings[static_cast<size_t>(r)].c_str(); }
const char* id_of(DeadlineKind k) { return kDeadlineKinds[static_cast<size_t>(k)].c_str(); }
const char* id_of(DeadlineStatus s) {
    switch (s) {
        case DeadlineStatus::Upcoming: return "upcoming";
        case DeadlineStatus::Passed: return "passed";
        case DeadlineStatus::Met: return "met";
        case DeadlineStatus::Unknown: break;
    }
    return "";
}
const char* id_of(const std::optional<PathId>& reason) { return reason ? id_of(*reason) : kGeneralReason; }

namespace {
template <class E>
std::optional<E> parse_in(const std::vector<std::string>& list, std::string_view s) {
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i] == s) return static_cast<E>(i);
    return std::nullopt;
}
}  // namespace

std::optional<PathId> parse_path_id(std::string_view s) { return parse_in<PathId>(kPathIds, s); }
std::optional<Rating> parse_rating(std::string_view s) { return parse_in<Rating>(kRatings, s); }
std::optional<DeadlineKind> parse_deadline_kind(std::string_view s) { return parse_in<DeadlineKind>(kDeadlineKinds, s); }

}  // namespace cd
