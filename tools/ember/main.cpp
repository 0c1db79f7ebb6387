// The `ember` command line: runs compiled Erlang modules like `erl -noshell`, plus tool subcommands.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

#include "tools/ember/commands.hpp"

// jemalloc's settings for the ember program (MALLOC_CONF still overrides them): a background thread
// gives freed pages back after a second instead of keeping them dirty for ten (the boot frees many
// megabytes of loader scratch), and muzzy pages are not kept. An idle booted node's RSS drops by about
// a quarter (docs/benchmarks.md). One arena per CPU (percpu_arena), as there is one scheduler per core,
// instead of jemalloc's four per CPU: each thread's first allocation no longer builds an arena of its
// own (a full boot is about 7% faster, an idle node 0.5 MB smaller) and the benchmarks did not move.
// Hosts embedding libember choose their own.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0,percpu_arena:percpu";

// jemalloc's message hook. When the process may run on fewer CPUs than the machine has (`taskset`, a
// container's cpuset), jemalloc cannot use per-CPU arenas, falls back to its usual ones and says so
// on stderr: that notice is dropped (erl prints nothing there); every other message still goes out.
extern void (*malloc_message)(void*, const char*);
}

namespace {
void forward_malloc_message(void*, const char* text) {
    if (std::strstr(text, "Per-CPU arena disabled") != nullptr) return;
    std::fputs(text, stderr);
}
// Before jemalloc's own initialisation, which runs at the first allocation or in its constructor.
[[gnu::constructor(101)]] void install_malloc_message() { malloc_message = forward_malloc_message; }
}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    // Drop-in names (docs/cli.md): invoked as `escript` it is OTP's escript; as `erl`, erl (the default).
    std::string_view self = argc > 0 ? argv[0] : "";
    if (auto slash = self.rfind('/'); slash != std::string_view::npos) self.remove_prefix(slash + 1);
    if (self == "escript") return ember::tools::cmd_escript(args);
    if (!args.empty() && args[0] == "escript") return ember::tools::cmd_escript(std::span(args).subspan(1));
    if (!args.empty() && args[0] == "script") return ember::tools::cmd_script(std::span(args).subspan(1));
    if (!args.empty() && args[0] == "workflow") return ember::tools::cmd_workflow(std::span(args).subspan(1));
    if (!args.empty() && args[0] == "dis") return ember::tools::cmd_dis(std::span(args).subspan(1));
    if (!args.empty() && args[0] == "check-load") return ember::tools::cmd_check_load(std::span(args).subspan(1));
    // `-boot ember` picks Ember's own boot (no kernel application; docs/cli.md), else OTP's.
    for (std::size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == "-boot" && args[i + 1] == "ember") {
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
            return ember::tools::cmd_run(args);
        }
    if (const char* b = std::getenv("EMBER_BOOT"); b && std::string_view(b) == "ember") return ember::tools::cmd_run(args);
    return ember::tools::cmd_erl(args);
}
