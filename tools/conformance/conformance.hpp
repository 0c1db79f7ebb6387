// ember-conformance: differential test harness. Runs conf_runner on ember (or any command
// standing in for it), splits its output into per-test entries and compares them with the
// output real erl produced at build time. See docs/conformance.md.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ember::tools {

// One `Fun => Result` entry of conf_runner's output; text is everything after "Fun => ",
// continuation lines joined with '\n' (the closing "%%" line is not part of it).
struct TestEntry {
  std::string name;
  std::string text;
};

// A whole conf_runner transcript, split.
struct Transcript {
  std::vector<TestEntry> entries;  // in output order
  std::optional<long> done_count;  // N of the final "done N" line, if it was printed
  std::vector<std::string> stray;  // lines outside any entry (crash reports, prints)
};

// Splits conf_runner output. Never fails: unrecognised lines land in `stray`.
Transcript parse_transcript(const std::string& output);

// known_differences.txt: lines "MOD:FUN  reason", "MOD:*  reason" for a whole module;
// '#' starts a comment line. Keys are "MOD:FUN" / "MOD:*".
class KnownDifferences {
 public:
  // Returns false (with a message) if the file exists but cannot be read.
  bool load(const std::string& path, std::string& error);
  // The reason text if MOD:FUN (or MOD:*) is listed.
  std::optional<std::string> find(const std::string& mod, const std::string& fun) const;

 private:
  std::map<std::string, std::string> m_entries;
};

// Result of running one child process to completion (or until the timeout).
struct RunResult {
  std::string out;
  std::string err;
  int exit_status = -1;  // exit code, or -1 if killed / not started
  bool timed_out = false;
  std::string spawn_error;  // non-empty if the command could not be started
};

enum class GcStress { off, on };

// Runs argv (argv[0] searched on PATH) with stdout/stderr captured; kills the child's
// process group after timeout_s seconds.
RunResult run_command(const std::vector<std::string>& argv, GcStress gc, int timeout_s);

// Reads a whole file; nullopt if it cannot be opened.
std::optional<std::string> read_file(const std::string& path);

}  // namespace ember::tools
