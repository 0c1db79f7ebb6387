# OS-process registry tests (erts_tests/os_process/os_process_tests.erl, docs/os_process.md). Ember-only:
# erl has no ember_os_process and no ember_* port options. Run on OTP's boot and on Ember's minimal
# boot (-boot ember, what the host API uses).
set(os_process_out ${CMAKE_BINARY_DIR}/os_process_tests)
add_custom_command(OUTPUT ${os_process_out}/os_process_tests.beam
  COMMAND ${CMAKE_COMMAND} -E make_directory ${os_process_out}
  COMMAND ${ERLC} -o ${os_process_out} ${CMAKE_CURRENT_LIST_DIR}/os_process_tests.erl
  DEPENDS ${CMAKE_CURRENT_LIST_DIR}/os_process_tests.erl
  COMMENT "erlc os_process_tests.erl"
  VERBATIM)
add_custom_target(os_process_tests ALL DEPENDS ${os_process_out}/os_process_tests.beam)
foreach(boot otp ember)
  set(boot_args)
  if(boot STREQUAL "ember")
    set(boot_args -boot ember)
  endif()
  add_test(NAME os_process.${boot}_boot
    COMMAND $<TARGET_FILE:ember> ${boot_args} -noshell -pa ${os_process_out} -run os_process_tests main)
  set_tests_properties(os_process.${boot}_boot PROPERTIES TIMEOUT 600
    PASS_REGULAR_EXPRESSION "os_process_tests: [0-9]+ passed, 0 failed")
endforeach()

# The same suite under the host API's minimal boot (erts_tests/os_process_host_test.cpp).
if(TARGET os_process_host_test)
  add_dependencies(os_process_host_test os_process_tests guest_modules)
  target_compile_definitions(os_process_host_test PRIVATE
    EMBER_OS_PROCESS_TESTS_DIR="${os_process_out}" EMBER_TEST_GUEST_EBIN="${EMBER_GUEST_EBIN}")
endif()
