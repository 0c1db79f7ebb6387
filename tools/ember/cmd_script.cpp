// `ember script [--fs-root DIR] [--mock-time] [--caps LIST] [--time-limit MS] FILE [ARG...]`: runs
// main(Args) of an escript-style source file as a hosted script (docs/scripts.md), on Ember's minimal
// boot (no OTP server a sandboxed script could ask to act for it): the work is done by the guest
// module ember_script_cli.
#include <string>
#include <vector>

#include "tools/ember/commands.hpp"

namespace ember::tools {

int cmd_script(std::span<const std::string_view> argv) {
    std::vector<std::string> args = {"-noshell", "-run", "ember_script_cli", "main", "-extra"};
    for (std::string_view a : argv) args.emplace_back(a);
    std::vector<std::string_view> views(args.begin(), args.end());
    return cmd_run(views);
}

}  // namespace ember::tools
