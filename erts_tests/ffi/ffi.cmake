# ember_ffi tests (erts_tests/ffi_test.cpp, docs/ffi.md): the guest module ffi_guest.erl compiled into
# ${CMAKE_BINARY_DIR}/ffi_guest, and the test C library ffi_testlib.c built as a shared library.
set(ffi_guest_out ${CMAKE_BINARY_DIR}/ffi_guest)
add_custom_command(OUTPUT ${ffi_guest_out}/ffi_guest.beam
  COMMAND ${CMAKE_COMMAND} -E make_directory ${ffi_guest_out}
  COMMAND ${ERLC} -o ${ffi_guest_out} ${CMAKE_CURRENT_LIST_DIR}/ffi_guest.erl
  DEPENDS ${CMAKE_CURRENT_LIST_DIR}/ffi_guest.erl
  COMMENT "erlc ffi_guest.erl"
  VERBATIM)
add_custom_target(ffi_guest DEPENDS ${ffi_guest_out}/ffi_guest.beam)
add_library(ember_ffi_testlib SHARED ${CMAKE_CURRENT_LIST_DIR}/ffi_testlib.c)
if(TARGET ffi_test)
  add_dependencies(ffi_test ffi_guest guest_modules ember_ffi_testlib)
  target_compile_definitions(ffi_test PRIVATE
    EMBER_FFI_GUEST_DIR="${ffi_guest_out}" EMBER_FFI_TESTLIB="$<TARGET_FILE:ember_ffi_testlib>"
    EMBER_TEST_GUEST_EBIN="${EMBER_GUEST_EBIN}")
endif()
