#pragma once
// The one table of exit codes every subcommand returns (docs/API.md, "Exit codes"). ApiError and
// ProfileError map onto it; nothing else writes a literal exit status.

namespace ExitCode {
constexpr int Done = 0;     // also when nothing matches
constexpr int Local = 1;    // this machine: output not writable, keychain unavailable, internal error
constexpr int Usage = 2;    // bad command line or input; nothing was sent
constexpr int Auth = 3;     // authentication or authorization refused (401/403)
constexpr int Rejected = 4; // any other 4xx, e.g. an unknown import or a page past the last
constexpr int Network = 5;  // network or server failure after retries
constexpr int Interrupted = 130;

// `importscope check` alone follows the Monitoring Plugins convention (Nagios, Icinga, Naemon, Sensu)
// instead, on purpose: a monitoring system reads these four (docs/MONITORING.md).
namespace Check {
constexpr int Ok = 0;
constexpr int Warning = 1;
constexpr int Critical = 2;
constexpr int Unknown = 3; // bad arguments, no key, the API unreachable, nothing stored to judge
} // namespace Check
} // namespace ExitCode
