// The `ember` command line: runs compiled Erlang modules like `erl -noshell`, plus tool subcommands.
#include <cstdio>
#include <string_view>
#include <vector>

#include "tools/ember/commands.hpp"

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    if (!args.empty() && args[0] == "dis") return ember::tools::cmd_dis(std::span(args).subspan(1));
    if (!args.empty() && args[0] == "check-load") return ember::tools::cmd_check_load(std::span(args).subspan(1));
    return ember::tools::cmd_run(args);
}
