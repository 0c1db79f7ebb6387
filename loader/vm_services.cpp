// The loader's side of vm/services.hpp: on-demand loading for a call to a module not yet loaded.
#include "loader/code_loader.hpp"
#include "vm/services.hpp"

namespace ember::vm {

Module* load_module_on_demand(Term module, std::string* error) { return loader::ensure_loaded(module, error); }

}  // namespace ember::vm
