// Subcommands of the `ember` CLI. Each takes the arguments after its own name and returns the exit
// status.
#pragma once

#include <span>
#include <string_view>

namespace ember::tools {

int cmd_dis(std::span<const std::string_view> args);         // ember dis FILE.beam...
int cmd_check_load(std::span<const std::string_view> args);  // ember check-load PATH...
int cmd_run(std::span<const std::string_view> args);         // ember -boot ember [-pa DIR]... -run|-s MOD ...
int cmd_erl(std::span<const std::string_view> args);         // ember [erl's flags] (OTP's boot)
int cmd_escript(std::span<const std::string_view> args);     // ember escript [-OPT...] FILE [ARG...]
int cmd_script(std::span<const std::string_view> args);      // ember script [--caps L] [--time-limit MS] FILE [ARG...]
int cmd_workflow(std::span<const std::string_view> args);    // ember workflow [-pa DIR...] COMMAND --store FILE ...

}  // namespace ember::tools
