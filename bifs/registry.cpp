#include <mutex>

#include "bifs/bif.hpp"
#include "nif/static_nifs.hpp"
#include "vm/module.hpp"

namespace ember::bifs {

// Every module's registration table. A new bifs/<module>.cpp adds its table here.
void register_all_bifs(bool code_module_natives) {
    static std::once_flag once;
    std::call_once(once, [code_module_natives] {
        if (code_module_natives) {
            vm::CodeServer::global().register_bifs(code_module_bifs().data(), code_module_bifs().size());
            auto purge = minimal_boot_code_loading_bifs();
            vm::CodeServer::global().register_bifs(purge.data(), purge.size());
        }
        for (auto table : {erlang_guard_bifs(), erlang_process_bifs(), erlang_code_bifs(), ember_io_bifs(),
                            lists_bifs(), maps_bifs(), unicode_bifs(), erts_internal_bifs(), binary_bifs(),
                            erlang_terms_bifs(), erlang_etf_bifs(), erlang_ids_bifs(),
                            checksums_bifs(), atomics_bifs(),
                            erlang_info_bifs(), erlang_process_info_bifs(), erlang_time_bifs(), math_os_bifs(), persistent_term_bifs(), system_monitor_bifs(), system_profile_bifs(), erlang_timer_bifs(), erts_debug_bifs(),
                            decode_packet_bifs(), iovec_bifs(), distribution_bifs(), system_internals_bifs(),
                            re_bifs(),
                            ets_bifs(), ets_select_bifs(),
                            nif::load_nif_bifs(), nif::file_name_bifs(), nif::dirty_apply_bifs(),
                            erlang_ports_bifs(),
                            code_loading_bifs(), erl_ddll_bifs(),
                            process_signal_bifs(), erts_internal_misc_bifs(),
                            trace_bifs(), trace_call_bifs(), seq_trace_bifs(),
                            ember_capability_bifs(), ember_wait_state_bifs(), ember_script_io_bifs(),
                            ember_os_process_bifs(), ember_workflow_store_bifs()})
            vm::CodeServer::global().register_bifs(table.data(), table.size());
    });
}

}  // namespace ember::bifs
