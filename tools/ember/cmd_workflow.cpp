// `ember workflow [-pa DIR...] COMMAND --store FILE ...`: durable workflows from the command line
// (docs/workflows.md), on Ember's minimal boot; the work is done by the guest module ember_workflow_cli.
// -pa directories (where the workflow and activity modules are) go to the VM, the rest to the module.
#include <string>
#include <vector>

#include "tools/ember/commands.hpp"

namespace ember::tools {

int cmd_workflow(std::span<const std::string_view> argv) {
    std::vector<std::string> args = {"-noshell"};
    std::size_t i = 0;
    while (i + 1 < argv.size() && argv[i] == "-pa") {
        args.emplace_back("-pa");
        args.emplace_back(argv[i + 1]);
        i += 2;
    }
    for (const char* a : {"-run", "ember_workflow_cli", "main", "-extra"}) args.emplace_back(a);
    for (; i < argv.size(); ++i) args.emplace_back(argv[i]);
    std::vector<std::string_view> views(args.begin(), args.end());
    return cmd_run(views);
}

}  // namespace ember::tools
