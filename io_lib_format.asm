    align 8
L358:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L359:
    jmp 140320710851944
    align 8
L360:
    jmp 140320710853048
    align 8
L361:
    jmp 140320710850344
    align 16
L362:
    ret
    align 16
    jmp 140320710849808
    align 16
.db 0x66, 0x90
    call 140320710850712
    ret
    align 16
.db 0x66, 0x90
    call 140320710850712
    jmp 140320710849808
# func_line_I
# aligned_label_Lt
    align 8
label_1:
# i_func_info_IaaI
# io_lib_format:fwrite/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA3, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fwrite/2:
# i_breakpoint_trampoline
    short jmp L363
.db 0x00
    call L362
    align 8
L363:
# i_test_yield
    lea rdx, qword ptr [fwrite/2+24]
    dec r14
    jle L360
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L364
    mov ecx, 2
    call 140320710850576
L364:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call scan/2
# i_call_last_ft
    jmp build/1
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# io_lib_format:fwrite/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA3, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fwrite/3:
# i_breakpoint_trampoline
    short jmp L365
.db 0x00
    call L362
    align 8
L365:
# i_test_yield
    lea rdx, qword ptr [fwrite/3+24]
    dec r14
    jle L360
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L366
    mov ecx, 3
    call 140320710850576
L366:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call scan/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp build/2
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# io_lib_format:build/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4A, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
build/1:
# i_breakpoint_trampoline
    short jmp L367
.db 0x00
    call L362
    align 8
L367:
# i_test_yield
    lea rdx, qword ptr [build/1+24]
    dec r14
    jle L360
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp build/2
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# io_lib_format:build/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4A, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
build/2:
# i_breakpoint_trampoline
    short jmp L368
.db 0x00
    call L362
    align 8
L368:
# i_test_yield
    lea rdx, qword ptr [build/2+24]
    dec r14
    jle L360
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L369
    mov ecx, 2
    call 140320710850576
L369:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov qword ptr [rbx], 234635
# line_I
# i_call_f
.db 0x66, 0x90
    call get_option/3
# swap_dd
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+24], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call build_small/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call count_small/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L371
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L370
L371:
    call 140320710853728
L370:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L373
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L372
L373:
    call 140320710853728
L372:
    mov qword ptr [rsp], rax
# is_eq_exact_fss
    cmp qword ptr [rsp], 15
    jne label_9
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L361
    ret
# label_L
label_9:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call sub/2
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 15
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp build_limited/5
# func_line_I
# aligned_label_Lt
    align 8
label_10:
# i_func_info_IaaI
# io_lib_format:scan/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan/2:
# i_breakpoint_trampoline
    short jmp L374
.db 0x00
    call L362
    align 8
L374:
# i_test_yield
    lea rdx, qword ptr [scan/2+24]
    dec r14
    jle L360
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_12
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L375
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L375:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L376:
L377:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L376]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    short jmp scan/2
# label_L
label_12:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_13
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L379
    and al, -5
    cmp al, 32
    jne label_13
    short jmp L378
L379:
    cmp byte ptr [rdi+22], 0
    jne label_13
L378:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L380
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L380:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L381:
L382:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L381]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp scan/2
# label_L
label_13:
# i_call_only_f
    jmp collect/2
# func_line_I
# aligned_label_Lt
    align 8
label_14:
# i_func_info_IaaI
# io_lib_format:unscan/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unscan/1:
# i_breakpoint_trampoline
    short jmp L383
.db 0x00
    call L362
    align 8
L383:
# i_test_yield
    lea rdx, qword ptr [unscan/1+24]
    dec r14
    jle L360
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L384
    mov ecx, 1
    call 140320710850576
L384:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call print/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call args/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L385
    mov ecx, 1
    call 140320710850576
L385:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_16:
# i_func_info_IaaI
# io_lib_format:args/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
args/1:
# i_breakpoint_trampoline
    short jmp L386
.db 0x00
    call L362
    align 8
L386:
# i_test_yield
    lea rdx, qword ptr [args/1+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_19
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_18
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_18
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 3467
    mov edx, 4176003906
    call 140320710852224
    jne label_18
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L387
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L387:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call args/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L388:
L389:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L388]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_18:
# i_call_only_f
    jmp args/1
# label_L
label_19:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_16
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_20:
# i_func_info_IaaI
# io_lib_format:print/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print/1:
# i_breakpoint_trampoline
    short jmp L390
.db 0x00
    call L362
    align 8
L390:
# i_test_yield
    lea rdx, qword ptr [print/1+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_23
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_22
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_22
# i_get_map_elements_fsI
.section .rodata {#1}
L393:
    align 8
.db 0xCB, 0xA5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD1, 0x99, 0x45, 0xBA, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xA8, 0x7C, 0xE0, 0x88, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xAF, 0xE0, 0x55, 0x89, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x94, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xF4, 0x4D, 0x7B, 0x77, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x93, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x83, 0x5F, 0x21, 0x83, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x73, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x54, 0x00, 0x41, 0xCB, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x83, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x75, 0x0B, 0xD8, 0xA5, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L391
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L394:
    dec eax
    jl label_22
    cmp qword ptr [rsi+rax*8+6], 520651
    short jne L394
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+64], rdx
L395:
    dec eax
    jl label_22
    cmp qword ptr [rsi+rax*8+6], 562059
    short jne L395
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+56], rdx
L396:
    dec eax
    jl label_22
    cmp qword ptr [rsi+rax*8+6], 562123
    short jne L396
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+48], rdx
L397:
    dec eax
    jl label_22
    cmp qword ptr [rsi+rax*8+6], 562187
    short jne L397
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L398:
    dec eax
    jl label_22
    cmp qword ptr [rsi+rax*8+6], 234315
    short jne L398
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L399:
    dec eax
    jl label_22
    cmp qword ptr [rsi+rax*8+6], 520587
    short jne L399
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L400:
    dec eax
    jl label_22
    cmp qword ptr [rsi+rax*8+6], 435659
    short jne L400
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L392
L391:
    mov ecx, 7
    lea r8, qword ptr [L393]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_22
L392:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L401
    mov ecx, 9
    call 140320710850576
L401:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+48], rdi
# line_I
# i_call_f
.db 0x90
    call print/7
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call print/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L402:
L403:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L402]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_22:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L404
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L404:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call print/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L405
    mov ecx, 1
    call 140320710850576
L405:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_23:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_20
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_24:
# i_func_info_IaaI
# io_lib_format:print/7
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print/7:
# i_breakpoint_trampoline
    short jmp L406
.db 0x00
    call L362
    align 8
L406:
# i_test_yield
    lea rdx, qword ptr [print/7+24]
    dec r14
    jle L360
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L407
    mov ecx, 7
    call 140320710850576
L407:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call print_field_width/2
# swap_dd
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+24], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x66, 0x90
    call print_precision/2
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call print_pad_char/1
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call print_encoding/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# line_I
# i_call_f
.db 0x90
    call print_strings/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L408
    mov ecx, 1
    call 140320710850576
L408:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# call_light_bif_be
    align 4
L409:
L410:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L409]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L411:
L412:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L411]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L413:
L414:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L413]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L415:
L416:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L415]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# call_light_bif_be
    align 4
L417:
L418:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L417]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L419
    mov ecx, 1
    call 140320710850576
L419:
# put_cons_ss
    mov qword ptr [r15], 2031
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_26:
# i_func_info_IaaI
# io_lib_format:print_field_width/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x94, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_field_width/2:
# i_breakpoint_trampoline
    short jmp L420
.db 0x00
    call L362
    align 8
L420:
# i_test_yield
    lea rdx, qword ptr [print_field_width/2+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_28
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L361
    ret
# label_L
label_28:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 550667
    je label_30
    cmp rsi, 550859
    je label_29
    short jmp label_26
# label_L
label_29:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L421
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L421:
# call_light_bif_be
    align 4
L422:
L423:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L422]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L361
    ret
# label_L
label_30:
# line_I
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L425
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L424
L425:
    call 140320710854520
L424:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L426
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L426:
# call_light_bif_be
    align 4
L427:
L428:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L427]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# io_lib_format:print_precision/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x94, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_precision/2:
# i_breakpoint_trampoline
    short jmp L429
.db 0x00
    call L362
    align 8
L429:
# i_test_yield
    lea rdx, qword ptr [print_precision/2+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_34
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 527
    jne label_33
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L361
    ret
# label_L
label_33:
# i_move_sd
L430:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_34:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L431
    mov ecx, 1
.db 0x90
    call 140320710850576
L431:
# line_I
# call_light_bif_be
    align 4
L432:
L433:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L432]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L434
    mov ecx, 1
    call 140320710850576
L434:
# put_cons_ss
    mov qword ptr [r15], 751
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# io_lib_format:print_pad_char/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x94, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_pad_char/1:
# i_breakpoint_trampoline
    short jmp L435
.db 0x00
    call L362
    align 8
L435:
# i_test_yield
    lea rdx, qword ptr [print_pad_char/1+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx], 527
    jne label_37
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L361
    ret
# label_L
label_37:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L436
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L436:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 751
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_38:
# i_func_info_IaaI
# io_lib_format:print_encoding/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x95, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_encoding/1:
# i_breakpoint_trampoline
    short jmp L437
.db 0x00
    call L362
    align 8
L437:
# i_test_yield
    lea rdx, qword ptr [print_encoding/1+24]
    dec r14
    jle L360
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 22667
    je label_41
    cmp rsi, 43979
    je label_40
    short jmp label_38
# label_L
label_40:
# i_move_sd
L438:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_41:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_42:
# i_func_info_IaaI
# io_lib_format:print_strings/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x95, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_strings/1:
# i_breakpoint_trampoline
    short jmp L439
.db 0x00
    call L362
    align 8
L439:
# i_test_yield
    lea rdx, qword ptr [print_strings/1+24]
    dec r14
    jle L360
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_45
    cmp rsi, 75
    je label_44
    short jmp label_42
# label_L
label_44:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L361
    ret
# label_L
label_45:
# i_move_sd
L440:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_46:
# i_func_info_IaaI
# io_lib_format:collect/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x95, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect/2:
# i_breakpoint_trampoline
    short jmp L441
.db 0x00
    call L362
    align 8
L441:
# i_test_yield
    lea rdx, qword ptr [collect/2+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_49
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 2031
    jne label_48
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L442
    mov ecx, 2
    call 140320710850576
L442:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call collect_cseq/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call collect/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L443
    mov ecx, 1
    call 140320710850576
L443:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_48:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L444
    mov ecx, 3
.db 0x90
    call 140320710850576
L444:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call collect/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L445
    mov ecx, 1
    call 140320710850576
L445:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_49:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_46
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_46
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_50:
# i_func_info_IaaI
# io_lib_format:collect_cseq/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x95, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect_cseq/2:
# i_breakpoint_trampoline
    short jmp L446
.db 0x00
    call L362
    align 8
L446:
# i_test_yield
    lea rdx, qword ptr [collect_cseq/2+24]
    dec r14
    jle L360
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L447
    mov ecx, 2
    call 140320710850576
L447:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call field_width/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call precision/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pad_char/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+8], rdi
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L448:
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x58, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L449:
    long mov rdx, 9223372036854775807
    mov ecx, 4
    lea r8, qword ptr [L448]
.db 0x0F, 0x1F, 0x00
    call 140320710852992
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x90
    call modifiers/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call collect_cc/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L450:
    align 8
.db 0x8B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 4
    lea r8, qword ptr [L450]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L451
    mov ecx, 4
    call 140320710850576
L451:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_52:
# i_func_info_IaaI
# io_lib_format:modifiers/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x96, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
modifiers/2:
# i_breakpoint_trampoline
    short jmp L452
.db 0x00
    call L362
    align 8
L452:
# i_test_yield
    lea rdx, qword ptr [modifiers/2+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_56
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 1743
    je label_55
    cmp rsi, 1871
    je label_54
    jmp label_56
# label_L
label_54:
# update_map_assoc_sdtI
.section .rodata {#1}
L453:
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L453]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    short jmp modifiers/2
# label_L
label_55:
# update_map_assoc_sdtI
.section .rodata {#1}
L454:
    align 8
.db 0x8B, 0x93, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L454]
    call 140320710854704
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp modifiers/2
# label_L
label_56:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L455
    mov ecx, 2
    call 140320710850576
L455:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_57:
# i_func_info_IaaI
# io_lib_format:field_width/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x96, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
field_width/2:
# i_breakpoint_trampoline
    short jmp L456
.db 0x00
    call L362
    align 8
L456:
# i_test_yield
    lea rdx, qword ptr [field_width/2+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_59
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 735
    jne label_59
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L457
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L457:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call field_value/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx+8]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L459
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L458
L459:
    call 140320710854520
L458:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_last_ft
    jmp field_width/3
# label_L
label_59:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L460
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L460:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call field_value/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_last_ft
    jmp field_width/3
# func_line_I
# aligned_label_Lt
    align 8
label_60:
# i_func_info_IaaI
# io_lib_format:field_width/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x96, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
field_width/3:
# i_breakpoint_trampoline
    short jmp L461
.db 0x00
    call L362
    align 8
L461:
# i_test_yield
    lea rdx, qword ptr [field_width/3+24]
    dec r14
    jle L360
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L462
    cmp rdi, rsi
    short jmp L463
L462:
    call 140320710848608
L463:
    jge label_62
# line_I
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L465
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L464
L465:
    call 140320710854520
L464:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L466
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L466:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 550667
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_62:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L467
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L467:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 550859
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_63:
# i_func_info_IaaI
# io_lib_format:precision/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x93, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
precision/2:
# i_breakpoint_trampoline
    short jmp L468
.db 0x00
    call L362
    align 8
L468:
# i_test_yield
    lea rdx, qword ptr [precision/2+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_65
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 751
    jne label_65
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp field_value/2
# label_L
label_65:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L469
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L469:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28299
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_66:
# i_func_info_IaaI
# io_lib_format:field_value/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x96, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
field_value/2:
# i_breakpoint_trampoline
    short jmp L470
.db 0x00
    call L362
    align 8
L470:
# i_test_yield
    lea rdx, qword ptr [field_value/2+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_69
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 687
    jne label_68
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_68
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L471
    test al, 1
    jne label_68
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_68
L471:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L472
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L472:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_68:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L473
    test al, 1
    jne label_69
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_69
L473:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L474
    cmp rdi, rsi
    short jmp L475
L474:
    call 140320710848608
L475:
    jl label_69
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 927
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L476
    cmp rdi, rsi
    short jmp L477
L476:
    call 140320710848608
L477:
    jl label_69
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_call_only_f
    jmp field_value/3
# label_L
label_69:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L478
    mov ecx, 2
    call 140320710850576
L478:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28299
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_70:
# i_func_info_IaaI
# io_lib_format:field_value/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x96, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
field_value/3:
# i_breakpoint_trampoline
    short jmp L479
.db 0x00
    call L362
    align 8
L479:
# i_test_yield
    lea rdx, qword ptr [field_value/3+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_72
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L480
    test al, 1
    jne label_72
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_72
L480:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L481
    cmp rdi, rsi
    short jmp L482
L481:
    call 140320710848608
L482:
    jl label_72
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 927
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L483
    cmp rdi, rsi
    short jmp L484
L483:
    call 140320710848608
L484:
    jl label_72
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+16]
    mov edx, 175
# simplified test for small operand since it is a number
    test esi, 1
    short je L486
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 10
    and rax, -16
    imul rax, rcx
    short jo L486
    or rax, 15
    short jmp L485
L486:
    call 140320710854432
L485:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -768
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L487
    add rax, rdx
    short jno L488
L487:
    call 140320710853080
L488:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L490
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L489
L490:
    call 140320710853728
L489:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp field_value/3
# label_L
label_72:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L491
    mov ecx, 3
.db 0x90
    call 140320710850576
L491:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_73:
# i_func_info_IaaI
# io_lib_format:pad_char/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x94, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pad_char/2:
# i_breakpoint_trampoline
    short jmp L492
.db 0x00
    call L362
    align 8
L492:
# i_test_yield
    lea rdx, qword ptr [pad_char/2+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_76
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 751
    jne label_76
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_76
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 687
    jne label_75
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_75
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L493
    mov ecx, 3
.db 0x90
    call 140320710850576
L493:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_75:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L494
    mov ecx, 3
    call 140320710850576
L494:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_76:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L495
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L495:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 527
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_77:
# i_func_info_IaaI
# io_lib_format:collect_cc/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x96, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect_cc/2:
# i_breakpoint_trampoline
    short jmp L496
.db 0x00
    call L362
    align 8
L496:
# i_test_yield
    lea rdx, qword ptr [collect_cc/2+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_77
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx+16]
# Binary search in table of 18 elements
# Subtree [0..17], pivot 8
    cmp rsi, 1631
    je label_88
    ja L497
# Linear search in [0..7], 8 elements
    cmp rsi, 575
    je label_96
    cmp rsi, 703
    je label_95
    cmp rsi, 1071
    je label_94
    cmp rsi, 1295
    je label_93
    cmp rsi, 1407
    je label_92
    cmp rsi, 1423
    je label_91
    cmp rsi, 1583
    je label_90
    cmp rsi, 1599
    je label_89
    jmp label_77
L497:
# Linear search in [9..17], 9 elements
    cmp rsi, 1647
    je label_87
    cmp rsi, 1663
    je label_86
    cmp rsi, 1695
    je label_85
    cmp rsi, 1775
    je label_84
    cmp rsi, 1807
    je label_83
    cmp rsi, 1855
    je label_82
    cmp rsi, 1919
    je label_81
    cmp rsi, 1935
    je label_80
    cmp rsi, 2031
    je label_79
    jmp label_77
# label_L
label_79:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L498
    test al, 2
    jne label_77
L498:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L499
    mov ecx, 4
.db 0x90
    call 140320710850576
L499:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 2031
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_80:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_77
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_fS
    test byte ptr [rbx+32], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L500
    mov ecx, 5
.db 0x90
    call 140320710850576
L500:
# get_list_Sdd
    mov rdi, qword ptr [rbx+32]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1935
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_81:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L501
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L501:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1919
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_82:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L502
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L502:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1855
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_83:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L503
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L503:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1807
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_84:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L504
    test al, 2
    jne label_77
L504:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L505
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L505:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1775
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_85:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L506
    mov ecx, 4
.db 0x90
    call 140320710850576
L506:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1695
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_86:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L507
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L507:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1663
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_87:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L508
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L508:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1647
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_88:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L509
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L509:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1631
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_89:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L510
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L510:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1599
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_90:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L511
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L511:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1583
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_91:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_77
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_fS
    test byte ptr [rbx+32], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L512
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L512:
# get_list_Sdd
    mov rdi, qword ptr [rbx+32]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1423
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_92:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_77
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_fS
    test byte ptr [rbx+32], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L513
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L513:
# get_list_Sdd
    mov rdi, qword ptr [rbx+32]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1407
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_93:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_77
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_fS
    test byte ptr [rbx+32], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L514
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L514:
# get_list_Sdd
    mov rdi, qword ptr [rbx+32]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1295
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_94:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L515
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L515:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1071
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_95:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L516
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L516:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 703
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_96:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L517
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L517:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 575
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_97:
# i_func_info_IaaI
# io_lib_format:count_small/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x97, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
count_small/1:
# i_breakpoint_trampoline
    short jmp L518
.db 0x00
    call L362
    align 8
L518:
# i_test_yield
    lea rdx, qword ptr [count_small/1+24]
    dec r14
    jle L360
# i_move_sd
L519:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp count_small/2
# func_line_I
# aligned_label_Lt
    align 8
label_99:
# i_func_info_IaaI
# io_lib_format:count_small/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x97, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
count_small/2:
# i_breakpoint_trampoline
    short jmp L520
.db 0x00
    call L362
    align 8
L520:
# i_test_yield
    lea rdx, qword ptr [count_small/2+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_110
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    jne label_106
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_106
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 520587
    mov edx, 2296413352
    call 140320710852224
    jne label_106
    mov qword ptr [rbx+32], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 1295
    je label_105
    cmp rsi, 1407
    je label_104
    cmp rsi, 1807
    je label_103
    cmp rsi, 1855
    je label_102
    cmp rsi, 1919
    je label_101
    jmp label_106
# label_L
label_101:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 532555
    mov edx, 3487351353
    call 140320710852224
    jne label_106
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+32]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L521
    add rax, rdx
    short jno L522
L521:
    call 140320710853080
L522:
    mov qword ptr [rbx], rax
# update_map_exact_sjdtI
.section .rodata {#1}
L523:
    align 8
.db 0x4B, 0x20, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L523]
.db 0x90
    call 140320710854816
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp count_small/2
# label_L
label_102:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 532555
    mov edx, 3487351353
    call 140320710852224
    jne label_106
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+32]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L524
    add rax, rdx
    short jno L525
L524:
    call 140320710853080
L525:
    mov qword ptr [rbx], rax
# update_map_exact_sjdtI
.section .rodata {#1}
L526:
    align 8
.db 0x4B, 0x20, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L526]
.db 0x90
    call 140320710854816
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp count_small/2
# label_L
label_103:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 234827
    mov edx, 2066183405
    call 140320710852224
    jne label_106
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+32]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L527
    add rax, rdx
    short jno L528
L527:
    call 140320710853080
L528:
    mov qword ptr [rbx], rax
# update_map_exact_sjdtI
.section .rodata {#1}
L529:
    align 8
.db 0x4B, 0x95, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L529]
.db 0x90
    call 140320710854816
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp count_small/2
# label_L
label_104:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 532555
    mov edx, 3487351353
    call 140320710852224
    jne label_106
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+32]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L530
    add rax, rdx
    short jno L531
L530:
    call 140320710853080
L531:
    mov qword ptr [rbx], rax
# update_map_exact_sjdtI
.section .rodata {#1}
L532:
    align 8
.db 0x4B, 0x20, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L532]
.db 0x90
    call 140320710854816
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp count_small/2
# label_L
label_105:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 234827
    mov edx, 2066183405
    call 140320710852224
    jne label_106
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+32]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L533
    add rax, rdx
    short jno L534
L533:
    call 140320710853080
L534:
    mov qword ptr [rbx], rax
# update_map_exact_sjdtI
.section .rodata {#1}
L535:
    align 8
.db 0x4B, 0x95, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L535]
.db 0x90
    call 140320710854816
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp count_small/2
# label_L
label_106:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 80779
    mov edx, 2642589745
    call 140320710852224
    jne label_99
    mov qword ptr [rbx+32], rax
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L536
    test al, 2
    jne label_107
L536:
# jump_f
    jmp label_108
# label_L
label_107:
# is_binary_fs
    mov rdi, qword ptr [rbx+16]
    rex test dil, 1
    jne label_109
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L538
    and al, -5
    cmp al, 32
    jne label_109
    short jmp L537
L538:
    cmp byte ptr [rdi+22], 0
    jne label_109
L537:
# label_L
label_108:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L539
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L539:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L540:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L542
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L541
L542:
    call 140320710853728
L541:
    mov qword ptr [rbx], rax
# update_map_exact_sjdtI
.section .rodata {#1}
L543:
    align 8
.db 0x8B, 0x3B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L543]
.db 0x0F, 0x1F, 0x00
    call 140320710854816
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp count_small/2
# label_L
label_109:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L544
    test al, 1
    jne label_99
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_99
L544:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+32]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L545
    add rax, rdx
    short jno L546
L545:
    call 140320710853080
L546:
    mov qword ptr [rbx], rax
# update_map_exact_sjdtI
.section .rodata {#1}
L547:
    align 8
.db 0x8B, 0x3B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L547]
.db 0x90
    call 140320710854816
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp count_small/2
# label_L
label_110:
# i_get_map_elements_fsI
.section .rodata {#1}
L550:
    align 8
.db 0x8B, 0x3B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x31, 0xB8, 0x82, 0x9D, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x95, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xED, 0x74, 0x27, 0x7B, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x4C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x09, 0xCA, 0x11, 0xDE, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x20, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x39, 0xC2, 0xDC, 0xCF, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L548
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L551:
    dec eax
    jl label_99
    cmp qword ptr [rsi+rax*8+6], 532555
    short jne L551
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L552:
    dec eax
    jl label_99
    cmp qword ptr [rsi+rax*8+6], 85003
    short jne L552
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L553:
    dec eax
    jl label_99
    cmp qword ptr [rsi+rax*8+6], 234827
    short jne L553
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L554:
    dec eax
    jl label_99
    cmp qword ptr [rsi+rax*8+6], 80779
    short jne L554
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L549
L548:
    mov ecx, 4
    lea r8, qword ptr [L550]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_99
L549:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L555
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L555:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_111:
# i_func_info_IaaI
# io_lib_format:build_small/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x97, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
build_small/1:
# i_breakpoint_trampoline
    short jmp L556
.db 0x00
    call L362
    align 8
L556:
# i_test_yield
    lea rdx, qword ptr [build_small/1+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_115
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_114
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_114
# i_get_map_elements_fsI
.section .rodata {#1}
L559:
    align 8
.db 0xCB, 0xA5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD1, 0x99, 0x45, 0xBA, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x42, 0xC3, 0xE8, 0xF8, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xA8, 0x7C, 0xE0, 0x88, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xAF, 0xE0, 0x55, 0x89, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x94, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xF4, 0x4D, 0x7B, 0x77, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x93, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x73, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x83, 0x5F, 0x21, 0x83, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x83, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x75, 0x0B, 0xD8, 0xA5, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L557
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L560:
    dec eax
    jl label_114
    cmp qword ptr [rsi+rax*8+6], 520651
    short jne L560
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+64], rdx
L561:
    dec eax
    jl label_114
    cmp qword ptr [rsi+rax*8+6], 562123
    short jne L561
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+56], rdx
L562:
    dec eax
    jl label_114
    cmp qword ptr [rsi+rax*8+6], 562187
    short jne L562
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+48], rdx
L563:
    dec eax
    jl label_114
    cmp qword ptr [rsi+rax*8+6], 234315
    short jne L563
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L564:
    dec eax
    jl label_114
    cmp qword ptr [rsi+rax*8+6], 520587
    short jne L564
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L565:
    dec eax
    jl label_114
    cmp qword ptr [rsi+rax*8+6], 3467
    short jne L565
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L566:
    dec eax
    jl label_114
    cmp qword ptr [rsi+rax*8+6], 435659
    short jne L566
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L558
L557:
    mov ecx, 7
    lea r8, qword ptr [L559]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_114
L558:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L567
    mov ecx, 9
    call 140320710850576
L567:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+32], rdi
# line_I
# i_call_f
.db 0x90
    call control_small/7
# is_eq_exact_fss
    cmp qword ptr [rbx], 563083
    jne label_113
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call build_small/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L568
    mov ecx, 1
    call 140320710850576
L568:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_113:
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L569:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call build_small/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L570:
L571:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L570]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_114:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L572
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L572:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call build_small/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L573
    mov ecx, 1
    call 140320710850576
L573:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_115:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_111
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_116:
# i_func_info_IaaI
# io_lib_format:build_limited/5
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x97, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
build_limited/5:
# i_breakpoint_trampoline
    short jmp L574
.db 0x00
    call L362
    align 8
L574:
# i_test_yield
    lea rdx, qword ptr [build_limited/5+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_126
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx], rdx
# is_map_fs
    mov rax, qword ptr [rbx+40]
    test al, 1
    jne label_122
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_122
# i_get_map_elements_fsI
.section .rodata {#1}
L577:
    align 8
.db 0xCB, 0xA5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD1, 0x99, 0x45, 0xBA, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x73, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x42, 0xC3, 0xE8, 0xF8, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x83, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xA8, 0x7C, 0xE0, 0x88, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xAF, 0xE0, 0x55, 0x89, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x94, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xA3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xF4, 0x4D, 0x7B, 0x77, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x93, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xB3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x83, 0x5F, 0x21, 0x83, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x54, 0x00, 0x41, 0xCB, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x75, 0x0B, 0xD8, 0xA5, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+40]
L575:
    mov ecx, 8
    lea r8, qword ptr [L577]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_125
L576:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L578
    mov ecx, 14
.db 0x66, 0x90
    call 140320710850576
L578:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L579
    cmp rdi, rsi
    short jmp L580
L579:
    call 140320710848608
L580:
    jge label_118
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+64], rdi
# jump_f
    jmp label_119
# label_L
label_118:
# line_I
# i_int_div_jssd
L581:
    mov rcx, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+24]
    mov r8, 94919180917712
    call 140320710853120
L582:
    mov qword ptr [rbx+64], rax
# label_L
label_119:
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+104]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call control_limited/10
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call decr_pc/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+32]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L583
    add rax, rdx
    short jno L584
L583:
    call 140320710853080
L584:
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L585
    cmp rdi, rsi
    short jmp L586
L585:
    call 140320710848608
L586:
    jl label_120
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L587:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call sub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_120:
# is_lt_fss
    mov rsi, qword ptr [rsp]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L588
    cmp rdi, rsi
    short jmp L589
L588:
    call 140320710848608
L589:
    jge label_121
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call indentation/2
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call build_limited/5
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L590
    mov ecx, 1
    call 140320710850576
L590:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_121:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# i_call_f
.db 0x66, 0x90
    call build_limited/5
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L591
    mov ecx, 1
    call 140320710850576
L591:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_122:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 159
    je label_124
    cmp rsi, 175
    je label_123
    jmp label_125
# label_L
label_123:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L592
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L592:
# i_move_sd
    mov qword ptr [rbx+32], 15
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call build_limited/5
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L593
    mov ecx, 1
    call 140320710850576
L593:
# put_cons_ss
    mov qword ptr [r15], 175
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# label_L
label_124:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+32]
    mov edx, 128
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L594
    mov rax, rsi
    add rax, rdx
    short jno L595
L594:
    call 140320710853080
L595:
    mov qword ptr [rbx+32], rax
# i_int_div_jssd
    mov r9, 8
    mov rax, qword ptr [rbx+32]
# simplified test for small dividend since it is an integer
    mov esi, eax
    test esi, 1
    short je L596
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L597
L596:
    mov ecx, 143
    mov rdi, qword ptr [rbx+32]
    mov r8, 94919180917712
    call 140320710853120
L597:
    mov qword ptr [rbx+32], rax
# i_times_jssd
    mov rsi, qword ptr [rbx+32]
    mov edx, 143
# simplified test for small operand since it is a number
    test esi, 1
    short je L599
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 8
    and rax, -16
    imul rax, rcx
    short jo L599
    or rax, 15
    short jmp L598
L599:
    call 140320710854432
L598:
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L600
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L600:
# i_call_f
.db 0x0F, 0x1F, 0x00
    call build_limited/5
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L601
    mov ecx, 1
    call 140320710850576
L601:
# put_cons_ss
    mov qword ptr [r15], 159
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# label_L
label_125:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+32]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L602
    mov rax, rsi
    add rax, rdx
    short jno L603
L602:
    call 140320710853080
L603:
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L604
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L604:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call build_limited/5
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L605
    mov ecx, 1
    call 140320710850576
L605:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_126:
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_127:
# i_func_info_IaaI
# io_lib_format:decr_pc/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x98, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
decr_pc/2:
# i_breakpoint_trampoline
    short jmp L606
.db 0x00
    call L362
    align 8
L606:
# i_test_yield
    lea rdx, qword ptr [decr_pc/2+24]
    dec r14
    jle L360
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 1295
    je label_130
    cmp rsi, 1807
    je label_129
    jmp label_131
# label_L
label_129:
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L607
    add rax, rdx
    short jno L608
L607:
    call 140320710853080
L608:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L361
    ret
# label_L
label_130:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L609
    add rax, rdx
    short jno L610
L609:
    call 140320710853080
L610:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L361
    ret
# label_L
label_131:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_132:
# i_func_info_IaaI
# io_lib_format:indentation/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
indentation/2:
# i_breakpoint_trampoline
    short jmp L611
.db 0x00
    call L362
    align 8
L611:
# i_test_yield
    lea rdx, qword ptr [indentation/2+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_138
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 159
    je label_135
    cmp rsi, 175
    je label_134
    jmp label_136
# label_L
label_134:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_only_f
    short jmp indentation/2
# label_L
label_135:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 128
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L612
    mov rax, rsi
    add rax, rdx
    short jno L613
L612:
    call 140320710853080
L613:
    mov qword ptr [rbx+8], rax
# i_int_div_jssd
    mov r9, 8
    mov rax, qword ptr [rbx+8]
# simplified test for small dividend since it is an integer
    mov esi, eax
    test esi, 1
    short je L614
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L615
L614:
    mov ecx, 143
    mov rdi, qword ptr [rbx+8]
    mov r8, 94919180917712
    call 140320710853120
L615:
    mov qword ptr [rbx+8], rax
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
    mov edx, 143
# simplified test for small operand since it is a number
    test esi, 1
    short je L617
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 8
    and rax, -16
    imul rax, rcx
    short jo L617
    or rax, 15
    short jmp L616
L617:
    call 140320710854432
L616:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp indentation/2
# label_L
label_136:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L618
    test al, 1
    jne label_137
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_137
L618:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L619
    mov rax, rsi
    add rax, rdx
    short jno L620
L619:
    call 140320710853080
L620:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp indentation/2
# label_L
label_137:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L621
    mov ecx, 3
.db 0x90
    call 140320710850576
L621:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call indentation/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp indentation/2
# label_L
label_138:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_132
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_139:
# i_func_info_IaaI
# io_lib_format:control_small/7
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x98, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
control_small/7:
# i_breakpoint_trampoline
    short jmp L622
.db 0x00
    call L362
    align 8
L622:
# i_test_yield
    lea rdx, qword ptr [control_small/7+24]
    dec r14
    jle L360
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 14 elements
# Subtree [0..13], pivot 6
    cmp rsi, 1631
    je label_151
    ja L623
# Linear search in [0..5], 6 elements
    cmp rsi, 575
    je label_159
    cmp rsi, 703
    je label_158
    cmp rsi, 1071
    je label_157
    cmp rsi, 1423
    je label_155
    cmp rsi, 1583
    je label_154
    cmp rsi, 1599
    je label_152
    jmp label_160
L623:
# Linear search in [7..13], 7 elements
    cmp rsi, 1647
    je label_150
    cmp rsi, 1663
    je label_149
    cmp rsi, 1695
    je label_148
    cmp rsi, 1775
    je label_147
    cmp rsi, 1855
    je label_144
    cmp rsi, 1935
    je label_142
    cmp rsi, 2031
    je label_141
    jmp label_160
# label_L
label_141:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov qword ptr [rbx], 2031
# i_call_only_f
    jmp char/5
# label_L
label_142:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L624
    test al, 1
    jne label_160
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_160
L624:
# is_atom_fs
    mov rax, qword ptr [rbx+48]
    and al, 63
    cmp al, 11
    jne label_143
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L625
    mov ecx, 7
    call 140320710850576
L625:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call base/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# call_light_bif_be
    align 4
L626:
L627:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L626]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+48], 75
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp prefixed_integer/7
# label_L
label_143:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L628
    mov ecx, 7
.db 0x90
    call 140320710850576
L628:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L629:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_161
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call base/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+48], 75
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp prefixed_integer/7
# label_L
label_144:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+48]
    cmp rsi, 22667
    je label_146
    cmp rsi, 43979
    je label_145
    jmp label_160
# label_L
label_145:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_160
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L630
    mov ecx, 6
.db 0x90
    call 140320710850576
L630:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# line_I
# call_light_bif_be
    align 4
L631:
L632:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L631]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+40], 43979
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 32
    jmp string/6
# label_L
label_146:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_160
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L633
    mov ecx, 6
    call 140320710850576
L633:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# line_I
# call_light_bif_be
    align 4
L634:
L635:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L634]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_f
.db 0x0F, 0x1F, 0x00
    call iolist_to_chars/1
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+40], 22667
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 32
    jmp string/6
# label_L
label_147:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp newline/4
# label_L
label_148:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_160
# return
    dec r14
    jl L361
    ret
# label_L
label_149:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# is_float_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_160
    cmp qword ptr [rdi-2], 88
    jne label_160
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_call_only_f
    jmp fwrite_g/5
# label_L
label_150:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# is_float_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_160
    cmp qword ptr [rdi-2], 88
    jne label_160
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_call_only_f
    jmp fwrite_f/5
# label_L
label_151:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# is_float_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_160
    cmp qword ptr [rdi-2], 88
    jne label_160
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_call_only_f
    jmp fwrite_e/5
# label_L
label_152:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 43979
    jne label_153
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L636
    test al, 1
    jne label_160
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_160
L636:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_call_only_f
    jmp char/5
# label_L
label_153:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L637
    test al, 1
    jne label_160
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_160
L637:
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L638
    and rax, rsi
    short jmp L639
L638:
    call 140320710851200
L639:
    mov qword ptr [rbx], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_call_only_f
    jmp char/5
# label_L
label_154:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L640
    test al, 1
    jne label_160
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_160
L640:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L641
    mov ecx, 6
    call 140320710850576
L641:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call base/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 75
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp unprefixed_integer/6
# label_L
label_155:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L642
    test al, 1
    jne label_160
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_160
L642:
# is_atom_fs
    mov rax, qword ptr [rbx+48]
    and al, 63
    cmp al, 11
    jne label_156
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L643
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L643:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call base/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# call_light_bif_be
    align 4
L644:
L645:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L644]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+48], 11
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp prefixed_integer/7
# label_L
label_156:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L646
    mov ecx, 7
.db 0x90
    call 140320710850576
L646:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L647:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_162
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call base/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+48], 11
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp prefixed_integer/7
# label_L
label_157:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L648
    test al, 1
    jne label_160
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_160
L648:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L649
    mov ecx, 6
.db 0x90
    call 140320710850576
L649:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call base/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 11
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp unprefixed_integer/6
# label_L
label_158:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L650
    test al, 1
    jne label_160
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_160
L650:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L651
    mov ecx, 6
.db 0x90
    call 140320710850576
L651:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call base/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L652:
L653:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L652]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L654
    mov ecx, 1
    call 140320710850576
L654:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L655:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+48], 75
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp prefixed_integer/7
# label_L
label_159:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_160
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_160
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L656
    test al, 1
    jne label_160
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_160
L656:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L657
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L657:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call base/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L658:
L659:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L658]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L660
    mov ecx, 1
    call 140320710850576
L660:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L661:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+48], 11
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp prefixed_integer/7
# label_L
label_160:
# i_move_sd
    mov qword ptr [rbx], 563083
# return
    dec r14
    jl L361
    ret
# label_L
label_161:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_162:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_163:
# i_func_info_IaaI
# io_lib_format:control_limited/10
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x98, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
control_limited/10:
# i_breakpoint_trampoline
    short jmp L662
.db 0x00
    call L362
    align 8
L662:
# i_test_yield
    lea rdx, qword ptr [control_limited/10+24]
    dec r14
    jle L360
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 1295
    je label_171
    cmp rsi, 1407
    je label_170
    cmp rsi, 1807
    je label_169
    cmp rsi, 1855
    je label_166
    cmp rsi, 1919
    je label_165
    jmp label_163
# label_L
label_165:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_163
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+80], xmm0
# is_nil_fS
    cmp qword ptr [rbx+88], 59
    jne label_163
# allocate_heap_tIt
    lea rdx, qword ptr [r15+160]
    cmp rdx, rsp
    short jbe L663
    mov ecx, 11
.db 0x90
    call 140320710850576
L663:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234635
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234315
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
L664:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L665:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 32
    jmp term/5
# label_L
label_166:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_163
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+80], xmm0
# is_nil_fS
    cmp qword ptr [rbx+88], 59
    jne label_163
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+48]
    cmp rsi, 22667
    je label_168
    cmp rsi, 43979
    je label_167
    jmp label_163
# label_L
label_167:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L666
    mov ecx, 11
    call 140320710850576
L666:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call cdata_to_chars/3
# swap_dd
    mov rdi, qword ptr [rsp+32]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call limit_field/2
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 43979
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# i_call_f
.db 0x0F, 0x1F, 0x00
    call string/6
# i_call_last_ft
    jmp uniconv/1
# label_L
label_168:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L667
    mov ecx, 11
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L667:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call iolist_to_chars/3
# swap_dd
    mov rdi, qword ptr [rsp+32]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call limit_field/2
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 22667
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp string/6
# label_L
label_169:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_163
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+80], xmm0
# is_nil_fS
    cmp qword ptr [rbx+88], 59
    jne label_163
# i_move_sd
    mov qword ptr [rbx+8], -1
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp print/10
# label_L
label_170:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_163
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+80], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+88]
    test al, 2
    jne label_163
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+88], xmm0
# is_nil_fS
    cmp qword ptr [rbx+88], 59
    jne label_163
# is_integer_fs
    mov rdi, qword ptr [rbx+96]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L668
    test al, 1
    jne label_163
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_163
L668:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+184]
    cmp rdx, rsp
    short jbe L669
    mov ecx, 13
.db 0x90
    call 140320710850576
L669:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234635
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234315
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234251
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L670:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 32
    jmp term/5
# label_L
label_171:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_163
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+80], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+88]
    test al, 2
    jne label_163
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+88], xmm0
# is_nil_fS
    cmp qword ptr [rbx+88], 59
    jne label_163
# is_integer_fs
    mov rdi, qword ptr [rbx+96]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L671
    test al, 1
    jne label_163
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_163
L671:
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp print/10
# func_line_I
# aligned_label_Lt
    align 8
label_172:
# i_func_info_IaaI
# io_lib_format:uniconv/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x98, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniconv/1:
# i_breakpoint_trampoline
    short jmp L672
.db 0x00
    call L362
    align 8
L672:
# i_test_yield
    lea rdx, qword ptr [uniconv/1+24]
    dec r14
    jle L360
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_174:
# i_func_info_IaaI
# io_lib_format:base/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x29, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
base/1:
# i_breakpoint_trampoline
    short jmp L673
.db 0x00
    call L362
    align 8
L673:
# i_test_yield
    lea rdx, qword ptr [base/1+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_176
# i_move_sd
    mov qword ptr [rbx], 175
# return
    dec r14
    jl L361
    ret
# label_L
label_176:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L674
    test al, 1
    short jne label_174
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_174
L674:
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_177:
# i_func_info_IaaI
# io_lib_format:term/5
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB8, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
term/5:
# i_breakpoint_trampoline
    short jmp L675
.db 0x00
    call L362
    align 8
L675:
# i_test_yield
    lea rdx, qword ptr [term/5+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28299
    jne label_180
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 28299
    jne label_179
# return
    dec r14
    jl L361
    ret
# label_L
label_179:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    short jmp term/5
# label_L
label_180:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L676
    mov ecx, 5
    call 140320710850576
L676:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# line_I
# i_call_ext_e
L677:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 28299
    jne label_181
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_182
# label_L
label_181:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_call_ext_e
L678:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# label_L
label_182:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L679:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# is_lt_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L680
    cmp rdi, rsi
    short jmp L681
L680:
    call 140320710848608
L681:
    jge label_183
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 687
# line_I
# i_call_f
.db 0x66, 0x90
    call chars/2
# i_minus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L683
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L682
L683:
    call 140320710853584
L682:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# i_call_f
.db 0x90
    call chars/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp adjust/3
# label_L
label_183:
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L684
    cmp rdi, rsi
    short jmp L685
L684:
    call 140320710848608
L685:
    jl label_184
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+32]
    mov rdx, qword ptr [rsp]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L687
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L686
L687:
    call 140320710853584
L686:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# i_call_f
.db 0x66, 0x90
    call chars/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp adjust/3
# label_L
label_184:
# line_I
# if_end
    mov qword ptr [r13+112], 8272
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_185:
# i_func_info_IaaI
# io_lib_format:print/10
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print/10:
# i_breakpoint_trampoline
    short jmp L688
.db 0x00
    call L362
    align 8
L688:
# i_test_yield
    lea rdx, qword ptr [print/10+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 28299
    jne label_187
# i_move_sd
    mov qword ptr [rbx+16], 1295
# i_call_only_f
    short jmp print/10
# label_L
label_187:
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 28299
    jne label_188
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+72]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L689
    mov rax, rsi
    add rax, rdx
    short jno L690
L689:
    call 140320710853080
L690:
    mov qword ptr [rbx+32], rax
# i_call_only_f
    short jmp print/10
# label_L
label_188:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 550859
    jne label_185
# test_heap_It
    lea rdx, qword ptr [r15+272]
    cmp rdx, rsp
    short jbe L691
    mov ecx, 9
    call 140320710850576
L691:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 562059
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+24], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234315
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+40], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234251
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 23051
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 535243
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234635
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# i_call_ext_only_e
L692:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_189:
# i_func_info_IaaI
# io_lib_format:fwrite_e/5
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x99, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fwrite_e/5:
# i_breakpoint_trampoline
    short jmp L693
.db 0x00
    call L362
    align 8
L693:
# i_test_yield
    lea rdx, qword ptr [fwrite_e/5+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28299
    jne label_192
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 28299
    jne label_191
# i_move_sd
    mov qword ptr [rbx+24], 111
# i_move_sd
    mov qword ptr [rbx+8], 28299
# i_call_only_f
    short jmp fwrite_e/5
# label_L
label_191:
# is_ge_fss
    mov esi, 47
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L694
    cmp rdi, rsi
    short jmp L695
L694:
    call 140320710848608
L695:
    jl label_189
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L696
    mov ecx, 4
    call 140320710850576
L696:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call float_data/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp float_e/3
# label_L
label_192:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 28299
    jne label_193
# i_move_sd
    mov qword ptr [rbx+24], 111
# i_call_only_f
    jmp fwrite_e/5
# label_L
label_193:
# is_ge_fss
    mov esi, 47
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L697
    cmp rdi, rsi
    short jmp L698
L697:
    call 140320710848608
L698:
    jl label_189
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L699
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L699:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call float_data/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x66, 0x90
    call float_e/3
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_call_last_ft
    add rsp, 24
    jmp term/5
# func_line_I
# aligned_label_Lt
    align 8
label_194:
# i_func_info_IaaI
# io_lib_format:float_e/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x99, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float_e/3:
# i_breakpoint_trampoline
    short jmp L700
.db 0x00
    call L362
    align 8
L700:
# i_test_yield
    lea rdx, qword ptr [float_e/3+24]
    dec r14
    jle L360
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L701
    mov ecx, 3
    call 140320710850576
L701:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call signbit/1
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+16]
    mov rcx, 94919178856864
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x66, 0x90
    call abs_float_e/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L702:
L703:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L702]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_196:
# i_func_info_IaaI
# io_lib_format:abs_float_e/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x99, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
abs_float_e/3:
# i_breakpoint_trampoline
    short jmp L704
.db 0x00
    call L362
    align 8
L704:
# i_test_yield
    lea rdx, qword ptr [abs_float_e/3+24]
    dec r14
    jle L360
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L705
    mov rax, rsi
    add rax, rdx
    short jno L706
L705:
    call 140320710853080
L706:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L707
    mov ecx, 3
    call 140320710850576
L707:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_f
    call float_man/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_198
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rsp], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 783
    jne label_198
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_199
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
    call float_exp/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L708
    mov ecx, 1
    call 140320710850576
L708:
# put_cons_ss
    mov qword ptr [r15], 799
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_198:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_199
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_199:
# line_I
    nop
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L709
    add rax, rdx
    short jno L710
L709:
    call 140320710853080
L710:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x66, 0x90
    call float_exp/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L711
    mov ecx, 1
    call 140320710850576
L711:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_200:
# i_func_info_IaaI
# io_lib_format:float_man/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x99, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float_man/3:
# i_breakpoint_trampoline
    short jmp L712
.db 0x00
    call L362
    align 8
L712:
# i_test_yield
    lea rdx, qword ptr [float_man/3+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_202
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L713
    mov ecx, 3
.db 0x90
    call 140320710850576
L713:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call float_man/2
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L714
    mov ecx, 1
    call 140320710850576
L714:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov qword ptr [r15], 751
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# label_L
label_202:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_205
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L715
    add rax, rdx
    short jno L716
L715:
    call 140320710853080
L716:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L717
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L717:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call float_man/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_204
# is_eq_exact_fss
    cmp qword ptr [rsp], 927
    jne label_203
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L718
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L718:
# put_cons_ss
    mov qword ptr [r15], 783
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 75
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_203:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L719
    mov rax, rsi
    add rax, rdx
    short jno L720
L719:
    call 140320710853080
L720:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L721
    mov ecx, 2
    call 140320710850576
L721:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 11
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_204:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L722
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L722:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 11
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_205:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L723
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L723:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 783
# line_I
# i_call_ext_e
L724:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_move_sd
    mov qword ptr [rbx+8], 783
# i_call_ext_e
L725:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L726
    mov ecx, 1
    call 140320710850576
L726:
# put_cons_ss
    mov qword ptr [r15], 751
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L727:
L728:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L727]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L729
    mov ecx, 1
    call 140320710850576
L729:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 11
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_206:
# i_func_info_IaaI
# io_lib_format:float_man/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x99, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float_man/2:
# i_breakpoint_trampoline
    short jmp L730
.db 0x00
    call L362
    align 8
L730:
# i_test_yield
    lea rdx, qword ptr [float_man/2+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_212
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_209
# is_ge_fss
    mov esi, 863
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L731
    cmp rdi, rsi
    short jmp L732
L731:
    call 140320710848608
L732:
    jl label_208
# i_move_sd
L733:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_208:
# i_move_sd
L734:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_209:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L735
    mov rax, rsi
    add rax, rdx
    short jno L736
L735:
    call 140320710853080
L736:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L737
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L737:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call float_man/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_211
# is_eq_exact_fss
    cmp qword ptr [rsp], 927
    jne label_210
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L738
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L738:
# put_cons_ss
    mov qword ptr [r15], 783
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 75
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_210:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L739
    mov rax, rsi
    add rax, rdx
    short jno L740
L739:
    call 140320710853080
L740:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L741
    mov ecx, 2
    call 140320710850576
L741:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 11
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_211:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L742
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L742:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 11
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_212:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L743
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L743:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 783
# line_I
# i_call_ext_e
L744:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L745
    mov ecx, 1
    call 140320710850576
L745:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 11
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_213:
# i_func_info_IaaI
# io_lib_format:float_exp/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float_exp/1:
# i_breakpoint_trampoline
    short jmp L746
.db 0x00
    call L362
    align 8
L746:
# i_test_yield
    lea rdx, qword ptr [float_exp/1+24]
    dec r14
    jle L360
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L747
    cmp rdi, rsi
    short jmp L748
L747:
    call 140320710848608
L748:
    jl label_215
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L749
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L749:
# line_I
# call_light_bif_be
    align 4
L750:
L751:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L750]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L752
    mov ecx, 1
    call 140320710850576
L752:
# put_cons_ss
    mov qword ptr [r15], 703
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1631
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# label_L
label_215:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L753
    mov ecx, 1
.db 0x90
    call 140320710850576
L753:
# line_I
# call_light_bif_be
    align 4
L754:
L755:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L754]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L756
    mov ecx, 1
    call 140320710850576
L756:
# put_cons_ss
    mov qword ptr [r15], 1631
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_216:
# i_func_info_IaaI
# io_lib_format:fwrite_f/5
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fwrite_f/5:
# i_breakpoint_trampoline
    short jmp L757
.db 0x00
    call L362
    align 8
L757:
# i_test_yield
    lea rdx, qword ptr [fwrite_f/5+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28299
    jne label_219
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 28299
    jne label_218
# i_move_sd
    mov qword ptr [rbx+24], 111
# i_move_sd
    mov qword ptr [rbx+8], 28299
# i_call_only_f
    short jmp fwrite_f/5
# label_L
label_218:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L758
    cmp rdi, rsi
    short jmp L759
L758:
    call 140320710848608
L759:
    jl label_216
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L760
    mov ecx, 4
    call 140320710850576
L760:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call float_data/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp float_f/3
# label_L
label_219:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 28299
    jne label_220
# i_move_sd
    mov qword ptr [rbx+24], 111
# i_call_only_f
    jmp fwrite_f/5
# label_L
label_220:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L761
    cmp rdi, rsi
    short jmp L762
L761:
    call 140320710848608
L762:
    jl label_216
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L763
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L763:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call float_data/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x66, 0x90
    call float_f/3
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_call_last_ft
    add rsp, 24
    jmp term/5
# func_line_I
# aligned_label_Lt
    align 8
label_221:
# i_func_info_IaaI
# io_lib_format:float_f/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float_f/3:
# i_breakpoint_trampoline
    short jmp L764
.db 0x00
    call L362
    align 8
L764:
# i_test_yield
    lea rdx, qword ptr [float_f/3+24]
    dec r14
    jle L360
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L765
    mov ecx, 3
    call 140320710850576
L765:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call signbit/1
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+16]
    mov rcx, 94919178856864
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x66, 0x90
    call abs_float_f/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L766:
L767:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L766]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_223:
# i_func_info_IaaI
# io_lib_format:abs_float_f/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
abs_float_f/3:
# i_breakpoint_trampoline
    short jmp L768
.db 0x00
    call L362
    align 8
L768:
# i_test_yield
    lea rdx, qword ptr [abs_float_f/3+24]
    dec r14
    jle L360
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L769
    cmp rdi, rsi
    short jmp L770
L769:
    call 140320710848608
L770:
    jl label_225
# line_I
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx+8]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L772
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L771
L772:
    call 140320710854520
L771:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L773
    add rax, rdx
    short jno L774
L773:
    call 140320710853080
L774:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L775
    mov ecx, 4
.db 0x90
    call 140320710850576
L775:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 783
# i_call_ext_e
L776:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L777:
L778:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L777]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L779
    mov ecx, 1
    call 140320710850576
L779:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 31
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp abs_float_f/3
# label_L
label_225:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L780
    mov ecx, 4
    call 140320710850576
L780:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call float_man/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_226
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L781
    mov ecx, 2
    call 140320710850576
L781:
# put_cons_ss
    mov qword ptr [r15], 799
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# label_L
label_226:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_227:
# i_func_info_IaaI
# io_lib_format:signbit/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
signbit/1:
# i_breakpoint_trampoline
    short jmp L782
.db 0x00
    call L362
    align 8
L782:
# i_test_yield
    lea rdx, qword ptr [signbit/1+24]
    dec r14
    jle L360
# is_lt_fss
L785:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L783
    cmp rdi, rsi
    short jmp L784
L783:
    call 140320710848608
L784:
    jge label_229
# i_move_sd
L786:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_229:
# is_ge_fss
    mov rsi, qword ptr [rbx]
L789:
    long mov rdi, 9223372036854775807
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L787
    cmp rdi, rsi
    short jmp L788
L787:
    call 140320710848608
L788:
    jl label_230
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L791
L790:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L791:
# allocate binary
    xor r8d, r8d
    mov r9d, 1
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 8
    call 94919178210800
    mov qword ptr [rbx-120], rax
# construct float segment
    mov edx, 64
    mov rsi, qword ptr [rbx]
    xor ecx, ecx
    mov rdi, r13
    call 94919179744048
    mov ecx, 1152
    mov rdi, rax
    test eax, eax
    short jne L790
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L793
L792:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L794
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L794:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179750080
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    lea rsi, qword ptr [rax+2]
L793:
    mov qword ptr [rbx], rsi
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+1]
    cmp rdx, qword ptr [rdi+30]
    ja label_230
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L795:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 1
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_230
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 1
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    cmp rsi, 63
    jne label_230
# i_move_sd
L796:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_230:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_231:
# i_func_info_IaaI
# io_lib_format:float_data/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float_data/1:
# i_breakpoint_trampoline
    short jmp L797
.db 0x00
    call L362
    align 8
L797:
# i_test_yield
    lea rdx, qword ptr [float_data/1+24]
    dec r14
    jle L360
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L798
    mov ecx, 1
    call 140320710850576
L798:
# line_I
# call_light_bif_be
    align 4
L799:
L800:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101808
    lea rdx, qword ptr [L799]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    jmp float_data/2
# func_line_I
# aligned_label_Lt
    align 8
label_233:
# i_func_info_IaaI
# io_lib_format:float_data/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float_data/2:
# i_breakpoint_trampoline
    short jmp L801
.db 0x00
    call L362
    align 8
L801:
# i_test_yield
    lea rdx, qword ptr [float_data/2+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_233
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1631
    jne label_235
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L802
    mov ecx, 2
    call 140320710850576
L802:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L803:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# call_light_bif_be
    align 4
L804:
L805:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101616
    lea rdx, qword ptr [L804]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L806
    mov rax, rsi
    add rax, rdx
    short jno L807
L806:
    call 140320710853080
L807:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L808
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L808:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_235:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L809
    cmp rdi, rsi
    short jmp L810
L809:
    call 140320710848608
L810:
    jl label_236
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L811
    cmp rdi, rsi
    short jmp L812
L811:
    call 140320710848608
L812:
    jl label_236
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L813
    mov ecx, 3
    call 140320710850576
L813:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp float_data/2
# label_L
label_236:
# i_call_only_f
    jmp float_data/2
# func_line_I
# aligned_label_Lt
    align 8
label_237:
# i_func_info_IaaI
# io_lib_format:fwrite_g/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fwrite_g/1:
# i_breakpoint_trampoline
    short jmp L814
.db 0x00
    call L362
    align 8
L814:
# i_test_yield
    lea rdx, qword ptr [fwrite_g/1+24]
    dec r14
    jle L360
# i_move_sd
L815:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L816
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L816:
# call_light_bif_be
    align 4
L817:
L818:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101824
    lea rdx, qword ptr [L817]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_239:
# i_func_info_IaaI
# io_lib_format:fwrite_g/5
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fwrite_g/5:
# i_breakpoint_trampoline
    short jmp L819
.db 0x00
    call L362
    align 8
L819:
# i_test_yield
    lea rdx, qword ptr [fwrite_g/5+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 28299
    jne label_241
# i_move_sd
    mov qword ptr [rbx+24], 111
# i_call_only_f
    short jmp fwrite_g/5
# label_L
label_241:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L820
    cmp rdi, rsi
    short jmp L821
L820:
    call 140320710848608
L821:
    short jl label_239
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178856864
    call 140320710851304
    mov qword ptr [rbx+40], rax
# is_lt_fss
L824:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L822
    cmp rdi, rsi
    short jmp L823
L822:
    call 140320710848608
L823:
    jge label_242
# i_move_sd
    mov qword ptr [rbx+40], -17
# jump_f
    jmp label_248
# label_L
label_242:
# is_lt_fss
L827:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L825
    cmp rdi, rsi
    short jmp L826
L825:
    call 140320710848608
L826:
    jge label_243
# i_move_sd
    mov qword ptr [rbx+40], -1
# jump_f
    jmp label_248
# label_L
label_243:
# is_lt_fss
L830:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L828
    cmp rdi, rsi
    short jmp L829
L828:
    call 140320710848608
L829:
    jge label_244
# i_move_sd
    mov qword ptr [rbx+40], 15
# jump_f
    jmp label_248
# label_L
label_244:
# is_lt_fss
L833:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L831
    cmp rdi, rsi
    short jmp L832
L831:
    call 140320710848608
L832:
    jge label_245
# i_move_sd
    mov qword ptr [rbx+40], 31
# jump_f
    jmp label_248
# label_L
label_245:
# is_lt_fss
L836:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L834
    cmp rdi, rsi
    short jmp L835
L834:
    call 140320710848608
L835:
    jge label_246
# i_move_sd
    mov qword ptr [rbx+40], 47
# jump_f
    jmp label_248
# label_L
label_246:
# is_lt_fss
L839:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L837
    cmp rdi, rsi
    short jmp L838
L837:
    call 140320710848608
L838:
    jge label_247
# i_move_sd
    mov qword ptr [rbx+40], 63
# jump_f
    jmp label_248
# label_L
label_247:
# i_move_sd
    mov qword ptr [rbx+40], 563787
# label_L
label_248:
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 31
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L840
    cmp rdi, rsi
    short jmp L841
L840:
    call 140320710848608
L841:
    jl label_249
# is_ne_exact_fss
    cmp qword ptr [rbx+40], -1
    je label_250
# label_L
label_249:
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -1
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L843
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L842
L843:
    call 140320710853792
    je label_251
L842:
    mov qword ptr [rbx+48], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L844
    cmp rdi, rsi
    short jmp L845
L844:
    call 140320710848608
L845:
    jge label_251
# is_ge_fss
    mov rsi, -1
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L846
    cmp rdi, rsi
    short jmp L847
L846:
    call 140320710848608
L847:
    jl label_251
# label_L
label_250:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L848
    mov rax, rsi
    add rax, rdx
    short jno L849
L848:
    call 140320710853080
L849:
    mov qword ptr [rbx+24], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+40]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L851
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L850
L851:
    call 140320710853584
L850:
    mov qword ptr [rbx+24], rax
# i_call_only_f
    jmp fwrite_f/5
# label_L
label_251:
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 31
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L852
    cmp rdi, rsi
    short jmp L853
L852:
    call 140320710848608
L853:
    jl label_252
# i_move_sd
    mov qword ptr [rbx+24], 47
# i_call_only_f
    jmp fwrite_e/5
# label_L
label_252:
# i_call_only_f
    jmp fwrite_e/5
# func_line_I
# aligned_label_Lt
    align 8
label_253:
# i_func_info_IaaI
# io_lib_format:iolist_to_chars/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
iolist_to_chars/3:
# i_breakpoint_trampoline
    short jmp L854
.db 0x00
    call L362
    align 8
L854:
# i_test_yield
    lea rdx, qword ptr [iolist_to_chars/3+24]
    dec r14
    jle L360
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L855
    cmp rdi, rsi
    short jmp L856
L855:
    call 140320710848608
L856:
    jl label_255
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L857
    cmp rdi, rsi
    short jmp L858
L857:
    call 140320710848608
L858:
    jl label_256
# label_L
label_255:
# i_call_only_f
    jmp iolist_to_chars/1
# label_L
label_256:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L859
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L859:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 63
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call sub/2
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 523
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp limit_iolist_to_chars/4
# func_line_I
# aligned_label_Lt
    align 8
label_257:
# i_func_info_IaaI
# io_lib_format:iolist_to_chars/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
iolist_to_chars/1:
# i_breakpoint_trampoline
    short jmp L860
.db 0x00
    call L362
    align 8
L860:
# i_test_yield
    lea rdx, qword ptr [iolist_to_chars/1+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_260
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L861
    test al, 1
    jne label_259
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_259
L861:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L862
    cmp rdi, rsi
    short jmp L863
L862:
    call 140320710848608
L863:
    jl label_259
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 4095
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L864
    cmp rdi, rsi
    short jmp L865
L864:
    call 140320710848608
L865:
    jl label_259
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L866
    mov ecx, 2
.db 0x90
    call 140320710850576
L866:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call iolist_to_chars/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L867
    mov ecx, 1
    call 140320710850576
L867:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_259:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L868
    mov ecx, 2
.db 0x90
    call 140320710850576
L868:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call iolist_to_chars/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call iolist_to_chars/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L869
    mov ecx, 1
    call 140320710850576
L869:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_260:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_261
# return
    dec r14
    jl L361
    ret
# label_L
label_261:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_257
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L871
    and al, -5
    cmp al, 32
    jne label_257
    short jmp L870
L871:
    cmp byte ptr [rdi+22], 0
    jne label_257
L870:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L872
    mov ecx, 1
.db 0x90
    call 140320710850576
L872:
# call_light_bif_be
    align 4
L873:
L874:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L873]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_262:
# i_func_info_IaaI
# io_lib_format:limit_iolist_to_chars/4
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_iolist_to_chars/4:
# i_breakpoint_trampoline
    short jmp L875
.db 0x00
    call L362
    align 8
L875:
# i_test_yield
    lea rdx, qword ptr [limit_iolist_to_chars/4+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_265
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 523
    jne label_268
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L876
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L876:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx+24], 555403
# i_move_sd
    mov qword ptr [rbx+8], 79
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call limit_iolist_to_chars/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L877:
L878:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L877]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_lt_fss
    mov esi, 79
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L879
    cmp rdi, rsi
    short jmp L880
L879:
    call 140320710848608
L880:
    jge label_264
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_264:
# is_eq_exact_fss
    cmp qword ptr [rbx], 79
    jne label_271
# i_move_sd
L881:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_265:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_267
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L882
    cmp rdi, rsi
    short jmp L883
L882:
    call 140320710848608
L883:
    jl label_266
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 4095
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L884
    cmp rdi, rsi
    short jmp L885
L884:
    call 140320710848608
L885:
    jl label_266
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L886
    mov rax, rsi
    add rax, rdx
    short jno L887
L886:
    call 140320710853080
L887:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L888
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L888:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call limit_iolist_to_chars/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L889
    mov ecx, 1
    call 140320710850576
L889:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_266:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L890
    mov ecx, 5
.db 0x90
    call 140320710850576
L890:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp limit_iolist_to_chars/4
# label_L
label_267:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_269
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_268
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# i_call_only_f
    jmp limit_iolist_to_chars/4
# label_L
label_268:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L361
    ret
# label_L
label_269:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_262
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L892
    and al, -5
    cmp al, 32
    jne label_262
    short jmp L891
L892:
    cmp byte ptr [rdi+22], 0
    jne label_262
L891:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+32], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L893
    cmp rdi, rsi
    short jmp L894
L893:
    call 140320710848608
L894:
    jge label_270
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L895
    mov ecx, 4
.db 0x90
    call 140320710850576
L895:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# call_light_bif_be
    align 4
L896:
L897:
    long mov rcx, 9223372036854775807
    mov rax, 94919179449728
    lea rdx, qword ptr [L896]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_272
    cmp dword ptr [rsi-2], 128
    jne label_272
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L898:
L899:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L898]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x66, 0x90
    call limit_iolist_to_chars/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L900
    mov ecx, 1
    call 140320710850576
L900:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_270:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L901
    mov ecx, 5
.db 0x90
    call 140320710850576
L901:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# line_I
# call_light_bif_be
    align 4
L902:
L903:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L902]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_minus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L905
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L904
L905:
    call 140320710853584
L904:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
    mov qword ptr [rbx], 59
# i_call_f
.db 0x66, 0x90
    call limit_iolist_to_chars/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L906
    mov ecx, 1
    call 140320710850576
L906:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_271:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_272:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_273:
# i_func_info_IaaI
# io_lib_format:cdata_to_chars/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cdata_to_chars/3:
# i_breakpoint_trampoline
    short jmp L907
.db 0x00
    call L362
    align 8
L907:
# i_test_yield
    lea rdx, qword ptr [cdata_to_chars/3+24]
    dec r14
    jle L360
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L908
    cmp rdi, rsi
    short jmp L909
L908:
    call 140320710848608
L909:
    jl label_275
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L910
    cmp rdi, rsi
    short jmp L911
L910:
    call 140320710848608
L911:
    jl label_276
# label_L
label_275:
# i_call_only_f
    jmp cdata_to_chars/1
# label_L
label_276:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L912
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L912:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 63
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call sub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 523
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp limit_cdata_to_chars/3
# func_line_I
# aligned_label_Lt
    align 8
label_277:
# i_func_info_IaaI
# io_lib_format:cdata_to_chars/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cdata_to_chars/1:
# i_breakpoint_trampoline
    short jmp L913
.db 0x00
    call L362
    align 8
L913:
# i_test_yield
    lea rdx, qword ptr [cdata_to_chars/1+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_280
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L914
    test al, 1
    jne label_279
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_279
L914:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L915
    cmp rdi, rsi
    short jmp L916
L915:
    call 140320710848608
L916:
    jl label_279
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L917
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L917:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cdata_to_chars/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L918
    mov ecx, 1
    call 140320710850576
L918:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_279:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L919
    mov ecx, 2
.db 0x90
    call 140320710850576
L919:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call cdata_to_chars/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call cdata_to_chars/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L920
    mov ecx, 1
    call 140320710850576
L920:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_280:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_281
# return
    dec r14
    jl L361
    ret
# label_L
label_281:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_277
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L922
    and al, -5
    cmp al, 32
    jne label_277
    short jmp L921
L922:
    cmp byte ptr [rdi+22], 0
    jne label_277
L921:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L923
    mov ecx, 1
.db 0x90
    call 140320710850576
L923:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L924:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# i_call_ext_e
L925:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_282:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
    cmp qword ptr [rbx], 0
    short jne L926
    call 140320710850088
L926:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L927
    test al, 2
    jne label_283
L927:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L361
    ret
# label_L
label_283:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L928:
L929:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L928]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_284:
# i_func_info_IaaI
# io_lib_format:limit_cdata_to_chars/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_cdata_to_chars/3:
# i_breakpoint_trampoline
    short jmp L930
.db 0x00
    call L362
    align 8
L930:
# i_test_yield
    lea rdx, qword ptr [limit_cdata_to_chars/3+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_288
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 523
    jne label_287
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L931
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L931:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx+16], 555403
# i_move_sd
    mov qword ptr [rbx+8], 79
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call limit_cdata_to_chars/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L932:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_lt_fss
    mov esi, 79
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L933
    cmp rdi, rsi
    short jmp L934
L933:
    call 140320710848608
L934:
    jge label_286
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_286:
# is_eq_exact_fss
    cmp qword ptr [rbx], 79
    jne label_292
# i_move_sd
L935:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_287:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L361
    ret
# label_L
label_288:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L936
    mov ecx, 3
    call 140320710850576
L936:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_ext_e
L937:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_289
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L938
    mov rax, rsi
    add rax, rdx
    short jno L939
L938:
    call 140320710853080
L939:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x90
    call limit_cdata_to_chars/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L940
    mov ecx, 1
    call 140320710850576
L940:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_289:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_291
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_291
    cmp edi, 128
    jne label_293
    cmp qword ptr [rsi+6], 779
    jne label_293
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_290
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L942
# is_binary_header
    cmp al, 40
    short je L941
    and al, -5
    cmp al, 32
    jne label_290
L941:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L943
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L943:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179750080
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    lea rsi, qword ptr [rax+2]
L942:
    mov qword ptr [rbx+16], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+16]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_293
    rex test sil, 7
    short je L945
    mov edx, 64
    call 140320710849168
    short jmp L944
L945:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L944:
    mov qword ptr [rsp], rax
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L946
    mov qword ptr [rbx+24], rdi
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+24]
L946:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_293
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx+8], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L947
    mov rax, rsi
    add rax, rdx
    short jno L948
L947:
    call 140320710853080
L948:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x0F, 0x1F, 0x00
    call limit_cdata_to_chars/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L949
    mov ecx, 1
    call 140320710850576
L949:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_290:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_293
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L950
    mov rax, rsi
    add rax, rdx
    short jno L951
L950:
    call 140320710853080
L951:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x90
    call limit_cdata_to_chars/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L952
    mov ecx, 1
    call 140320710850576
L952:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_291:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_293
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L361
    ret
# label_L
label_292:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_293:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_294:
# i_func_info_IaaI
# io_lib_format:limit_field/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_field/2:
# i_breakpoint_trampoline
    short jmp L953
.db 0x00
    call L362
    align 8
L953:
# i_test_yield
    lea rdx, qword ptr [limit_field/2+24]
    dec r14
    jle L360
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L954
    cmp rdi, rsi
    short jmp L955
L954:
    call 140320710848608
L955:
    jl label_296
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_297
# label_L
label_296:
# return
    dec r14
    jl L361
    ret
# label_L
label_297:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L956
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L956:
# i_call_ext_e
L957:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 63
# i_call_ext_last_et
L958:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_298:
# i_func_info_IaaI
# io_lib_format:string/6
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
string/6:
# i_breakpoint_trampoline
    short jmp L959
.db 0x00
    call L362
    align 8
L959:
# i_test_yield
    lea rdx, qword ptr [string/6+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28299
    jne label_300
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 28299
    jne label_301
# return
    dec r14
    jl L361
    ret
# label_L
label_300:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 28299
    jne label_301
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L960
    mov ecx, 6
    call 140320710850576
L960:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# line_I
# i_call_ext_e
L961:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp string_field/6
# label_L
label_301:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28299
    jne label_302
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L962
    mov ecx, 6
.db 0x90
    call 140320710850576
L962:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_ext_e
L963:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 550667
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 32
    jmp string_field/6
# label_L
label_302:
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L964
    cmp rdi, rsi
    short jmp L965
L964:
    call 140320710848608
L965:
    jl label_298
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L966
    mov ecx, 6
.db 0x90
    call 140320710850576
L966:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# line_I
# i_call_ext_e
L967:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_lt_fss
    mov rsi, qword ptr [rsp+32]
    mov rdi, qword ptr [rsp+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L968
    cmp rdi, rsi
    short jmp L969
L968:
    call 140320710848608
L969:
    jge label_305
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L970
    cmp rdi, rsi
    short jmp L971
L970:
    call 140320710848608
L971:
    jge label_303
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call flat_trunc/3
# i_minus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L973
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L972
L973:
    call 140320710853584
L972:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# i_call_f
.db 0x90
    call chars/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp adjust/3
# label_L
label_303:
# is_lt_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L974
    cmp rdi, rsi
    short jmp L975
L974:
    call 140320710848608
L975:
    jge label_304
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L977
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L976
L977:
    call 140320710853584
L976:
    mov qword ptr [rbx+8], rax
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call chars/2
# i_minus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L979
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L978
L979:
    call 140320710853584
L978:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x0F, 0x1F, 0x00
    call chars/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L980
    mov ecx, 1
    call 140320710850576
L980:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp adjust/3
# label_L
label_304:
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+32]
    mov rdx, qword ptr [rsp+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L982
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L981
L982:
    call 140320710853584
L981:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# i_call_f
    call chars/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp adjust/3
# label_L
label_305:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp string_field/6
# func_line_I
# aligned_label_Lt
    align 8
label_306:
# i_func_info_IaaI
# io_lib_format:string_field/6
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
string_field/6:
# i_breakpoint_trampoline
    short jmp L983
.db 0x00
    call L362
    align 8
L983:
# i_test_yield
    lea rdx, qword ptr [string_field/6+24]
    dec r14
    jle L360
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L984
    cmp rdi, rsi
    short jmp L985
L984:
    call 140320710848608
L985:
    jge label_308
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp flat_trunc/3
# label_L
label_308:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L986
    cmp rdi, rsi
    short jmp L987
L986:
    call 140320710848608
L987:
    jge label_309
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L989
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L988
L989:
    call 140320710853584
L988:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L990
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L990:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_f
    call chars/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp adjust/3
# label_L
label_309:
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_310:
# i_func_info_IaaI
# io_lib_format:unprefixed_integer/6
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unprefixed_integer/6:
# i_breakpoint_trampoline
    short jmp L991
.db 0x00
    call L362
    align 8
L991:
# i_test_yield
    lea rdx, qword ptr [unprefixed_integer/6+24]
    dec r14
    jle L360
# is_ge_fss
    mov esi, 47
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L992
    cmp rdi, rsi
    short jmp L993
L992:
    call 140320710848608
L993:
    short jl label_310
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 591
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L994
    cmp rdi, rsi
    short jmp L995
L994:
    call 140320710848608
L995:
    short jl label_310
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L996
    cmp rdi, rsi
    short jmp L997
L996:
    call 140320710848608
L997:
    jge label_312
# line_I
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L999
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L998
L999:
    call 140320710854520
L998:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1000
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1000:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L1001:
L1002:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120608
    lea rdx, qword ptr [L1001]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cond_lowercase/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1003
    mov ecx, 1
    call 140320710850576
L1003:
# put_cons_ss
    mov qword ptr [r15], 735
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+24], 28299
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 24
    jmp term/5
# label_L
label_312:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1004
    mov ecx, 6
.db 0x90
    call 140320710850576
L1004:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1005:
L1006:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120608
    lea rdx, qword ptr [L1005]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cond_lowercase/2
# i_move_sd
    mov qword ptr [rbx+24], 28299
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 24
    jmp term/5
# func_line_I
# aligned_label_Lt
    align 8
label_313:
# i_func_info_IaaI
# io_lib_format:prefixed_integer/7
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
prefixed_integer/7:
# i_breakpoint_trampoline
    short jmp L1007
.db 0x00
    call L362
    align 8
L1007:
# i_test_yield
    lea rdx, qword ptr [prefixed_integer/7+24]
    dec r14
    jle L360
# is_ge_fss
    mov esi, 47
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1008
    cmp rdi, rsi
    short jmp L1009
L1008:
    call 140320710848608
L1009:
    short jl label_313
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 591
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1010
    cmp rdi, rsi
    short jmp L1011
L1010:
    call 140320710848608
L1011:
    short jl label_313
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1012
    cmp rdi, rsi
    short jmp L1013
L1012:
    call 140320710848608
L1013:
    jge label_315
# line_I
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1015
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L1014
L1015:
    call 140320710854520
L1014:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1016
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1016:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L1017:
L1018:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120608
    lea rdx, qword ptr [L1017]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cond_lowercase/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1019
    mov ecx, 1
    call 140320710850576
L1019:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 735
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+24], 28299
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 32
    jmp term/5
# label_L
label_315:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1020
    mov ecx, 7
    call 140320710850576
L1020:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1021:
L1022:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120608
    lea rdx, qword ptr [L1021]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cond_lowercase/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1023
    mov ecx, 1
    call 140320710850576
L1023:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+24], 28299
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 32
    jmp term/5
# func_line_I
# aligned_label_Lt
    align 8
label_316:
# i_func_info_IaaI
# io_lib_format:char/5
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBE, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
char/5:
# i_breakpoint_trampoline
    short jmp L1024
.db 0x00
    call L362
    align 8
L1024:
# i_test_yield
    lea rdx, qword ptr [char/5+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28299
    jne label_318
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 28299
    jne label_319
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1025
    mov ecx, 1
    call 140320710850576
L1025:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L361
    ret
# label_L
label_318:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 28299
    jne label_319
# i_call_only_f
    jmp chars/2
# label_L
label_319:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28299
    jne label_320
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp chars/2
# label_L
label_320:
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1026
    cmp rdi, rsi
    short jmp L1027
L1026:
    call 140320710848608
L1027:
    jl label_316
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1028
    mov ecx, 5
    call 140320710850576
L1028:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call chars/2
# i_minus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1030
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1029
L1030:
    call 140320710853584
L1029:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x0F, 0x1F, 0x00
    call chars/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp adjust/3
# func_line_I
# aligned_label_Lt
    align 8
label_321:
# i_func_info_IaaI
# io_lib_format:newline/4
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x6D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
newline/4:
# i_breakpoint_trampoline
    short jmp L1031
.db 0x00
    call L362
    align 8
L1031:
# i_test_yield
    lea rdx, qword ptr [newline/4+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_323
# i_move_sd
L1032:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L361
    ret
# label_L
label_323:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 550859
    short jne label_321
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 175
# i_call_only_f
    jmp chars/2
# func_line_I
# aligned_label_Lt
    align 8
label_324:
# i_func_info_IaaI
# io_lib_format:adjust/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
adjust/3:
# i_breakpoint_trampoline
    short jmp L1033
.db 0x00
    call L362
    align 8
L1033:
# i_test_yield
    lea rdx, qword ptr [adjust/3+24]
    dec r14
    jle L360
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_326
# return
    dec r14
    jl L361
    ret
# label_L
label_326:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 550667
    je label_328
    cmp rsi, 550859
    je label_327
    short jmp label_324
# label_L
label_327:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1034
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1034:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L361
    ret
# label_L
label_328:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1035
    mov ecx, 2
    call 140320710850576
L1035:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_329:
# i_func_info_IaaI
# io_lib_format:flat_trunc/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flat_trunc/3:
# i_breakpoint_trampoline
    short jmp L1036
.db 0x00
    call L362
    align 8
L1036:
# i_test_yield
    lea rdx, qword ptr [flat_trunc/3+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 43979
    jne label_331
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1037
    test al, 1
    short jne label_329
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_329
L1037:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1038
    cmp rdi, rsi
    short jmp L1039
L1038:
    call 140320710848608
L1039:
    jl label_329
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_ext_only_e
L1040:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_331:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1041
    test al, 1
    jne label_329
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_329
L1041:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1042
    cmp rdi, rsi
    short jmp L1043
L1042:
    call 140320710848608
L1043:
    jl label_329
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1044
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1044:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1045:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_ext_e
L1046:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_332
    cmp dword ptr [rsi-2], 128
    jne label_332
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# label_L
label_332:
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_333:
# i_func_info_IaaI
# io_lib_format:chars/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chars/2:
# i_breakpoint_trampoline
    short jmp L1047
.db 0x00
    call L362
    align 8
L1047:
# i_test_yield
    lea rdx, qword ptr [chars/2+24]
    dec r14
    jle L360
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 15
    je label_338
    cmp rsi, 31
    je label_337
    cmp rsi, 47
    je label_336
    cmp rsi, 63
    je label_335
    jmp label_339
# label_L
label_335:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1048
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1048:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L361
    ret
# label_L
label_336:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1049
    mov ecx, 1
    call 140320710850576
L1049:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L361
    ret
# label_L
label_337:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1050
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1050:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L361
    ret
# label_L
label_338:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L361
    ret
# label_L
label_339:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1051
    test al, 1
    jne label_333
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_333
L1051:
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 31
# simplified test for small operand since it is a number
    test esi, 1
    short je L1052
    and rax, rsi
    short jmp L1053
L1052:
    call 140320710851200
L1053:
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_340
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1054
    mov rax, rsi
    sar rax, 1
    or rax, 15
    short jmp L1055
L1054:
    mov eax, 31
    call 140320710851768
L1055:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1056
    mov ecx, 2
.db 0x90
    call 140320710850576
L1056:
# i_call_f
.db 0x0F, 0x1F, 0x00
    call chars/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1057
    mov ecx, 1
    call 140320710850576
L1057:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L361
    ret
# label_L
label_340:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1058
    mov rax, rsi
    sar rax, 1
    or rax, 15
    short jmp L1059
L1058:
    mov eax, 31
    call 140320710851768
L1059:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1060
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1060:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_call_f
    call chars/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1061
    mov ecx, 1
    call 140320710850576
L1061:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_341:
# i_func_info_IaaI
# io_lib_format:cond_lowercase/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cond_lowercase/2:
# i_breakpoint_trampoline
    short jmp L1062
.db 0x00
    call L362
    align 8
L1062:
# i_test_yield
    lea rdx, qword ptr [cond_lowercase/2+24]
    dec r14
    jle L360
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_343
# i_call_only_f
    jmp lowercase/1
# label_L
label_343:
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_344:
# i_func_info_IaaI
# io_lib_format:lowercase/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x93, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lowercase/1:
# i_breakpoint_trampoline
    short jmp L1063
.db 0x00
    call L362
    align 8
L1063:
# i_test_yield
    lea rdx, qword ptr [lowercase/1+24]
    dec r14
    jle L360
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_347
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1064
    test al, 1
    jne label_346
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_346
L1064:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1065
    cmp rdi, rsi
    short jmp L1066
L1065:
    call 140320710848608
L1066:
    jl label_346
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1455
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1067
    cmp rdi, rsi
    short jmp L1068
L1067:
    call 140320710848608
L1068:
    jl label_346
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -1040
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1069
    add rax, rdx
    short jno L1070
L1069:
    call 140320710853080
L1070:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 1552
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1071
    add rax, rdx
    short jno L1072
L1071:
    call 140320710853080
L1072:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1073
    mov ecx, 2
.db 0x90
    call 140320710850576
L1073:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lowercase/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1074
    mov ecx, 1
    call 140320710850576
L1074:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_346:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1075
    mov ecx, 2
.db 0x90
    call 140320710850576
L1075:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lowercase/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1076
    mov ecx, 1
    call 140320710850576
L1076:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_347:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_344
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_348:
# i_func_info_IaaI
# io_lib_format:sub/2
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x59, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sub/2:
# i_breakpoint_trampoline
    short jmp L1077
.db 0x00
    call L362
    align 8
L1077:
# i_test_yield
    lea rdx, qword ptr [sub/2+24]
    dec r14
    jle L360
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1078
    cmp rdi, rsi
    short jmp L1079
L1078:
    call 140320710848608
L1079:
    jge label_350
# return
    dec r14
    jl L361
    ret
# label_L
label_350:
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1080
    cmp rdi, rsi
    short jmp L1081
L1080:
    call 140320710848608
L1081:
    jl label_351
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1083
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1082
L1083:
    call 140320710853584
L1082:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L361
    ret
# label_L
label_351:
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_352:
# i_func_info_IaaI
# io_lib_format:get_option/3
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x95, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_option/3:
# i_breakpoint_trampoline
    short jmp L1084
.db 0x00
    call L362
    align 8
L1084:
# i_test_yield
    lea rdx, qword ptr [get_option/3+24]
    dec r14
    jle L360
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1085
    mov ecx, 3
    call 140320710850576
L1085:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# line_I
# call_light_bif_be
    align 4
L1086:
L1087:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1086]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_354
    cmp dword ptr [rsi-2], 128
    jne label_354
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# label_L
label_354:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_355:
# i_func_info_IaaI
# io_lib_format:module_info/0
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L1088
.db 0x00
    call L362
    align 8
L1088:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L360
# i_move_sd
    mov qword ptr [rbx], 201227
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1089
    mov ecx, 1
.db 0x90
    call 140320710850576
L1089:
# call_light_bif_be
    align 4
L1090:
L1091:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L1090]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L361
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_357:
# i_func_info_IaaI
# io_lib_format:module_info/1
    call L359
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L1092
.db 0x00
    call L362
    align 8
L1092:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L360
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 201227
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1093
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1093:
# call_light_bif_be
    align 4
L1094:
L1095:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L1094]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L361
    ret
# int_code_end
L1096:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
str:
.db 0x80
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x96, 0x40, 0x1D, 0xD4, 0x51, 0x8A, 0xC6, 0xC0, 0x58, 0xC6, 0xBF, 0xC0, 0x70, 0xA7, 0x23, 0xF8, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4C, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x69, 0x6F, 0x5F, 0x6C, 0x69, 0x62, 0x5F, 0x66, 0x6F, 0x72, 0x6D, 0x61, 0x74, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0xF8, 0x23, 0xA7, 0x70, 0xC0, 0xBF, 0xC6, 0x58, 0xC0, 0xC6, 0x8A, 0x51, 0xD4, 0x1D, 0x40, 0x96
.section .text {#0}
