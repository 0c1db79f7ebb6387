    align 8
L33:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L34:
    jmp 140320710851944
    align 8
L35:
    jmp 140320710853048
    align 8
L36:
    jmp 140320710850344
    align 16
L37:
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
# erts_dirty_process_signal_handler:start/0
    call L34
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x67, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start/0:
# i_breakpoint_trampoline
    short jmp L38
.db 0x00
    call L37
    align 8
L38:
# i_test_yield
    lea rdx, qword ptr [start/0+24]
    dec r14
    jle L35
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L39
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L39:
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov qword ptr [rbx], 43339
# line_I
# call_light_bif_be
    align 4
L40:
L41:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091664
    lea rdx, qword ptr [L40]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp label_4
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# erts_dirty_process_signal_handler:msg_loop/0
    call L34
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x67, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x65, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_4:
# i_breakpoint_trampoline
    short jmp L42
.db 0x00
    call L37
    align 8
L42:
# i_test_yield
    lea rdx, qword ptr [label_4+24]
    dec r14
    jle L35
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L43
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L43:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# aligned_label_Lt
    align 4
label_5:
# i_loop_rec_f
    align 4
L44:
    lea rdi, qword ptr [L44]
    lea rsi, qword ptr [label_8]
    call 140320710852712
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# catch_yf
    inc qword ptr [r13+264]
L45:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x90
    call label_10
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# jump_f
    jmp label_7
# label_L
label_6:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_7:
# i_call_last_ft
    add rsp, 8
    jmp label_4
# aligned_label_Lt
    align 4
label_8:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_5]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# erts_dirty_process_signal_handler:handle_request/1
    call L34
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x67, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_10:
# i_breakpoint_trampoline
    short jmp L46
.db 0x00
    call L37
    align 8
L46:
# i_test_yield
    lea rdx, qword ptr [label_10+24]
    dec r14
    jle L35
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L47
    test al, 1
    jne label_11
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_11
L47:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_only_f
    jmp label_21
# label_L
label_11:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_17
    cmp dword ptr [rsi-2], 256
    jne label_17
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_17
    cmp dword ptr [rsi-2], 192
    jne label_17
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L48
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L48:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 15
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_25
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 523
    je label_12
    cmp rsi, 7371
    je label_16
    cmp rsi, 157515
    je label_15
    jmp label_19
# label_L
label_12:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L49:
L50:
    long mov rcx, 9223372036854775807
    mov rax, 94919178119584
    lea rdx, qword ptr [L49]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11851
    je label_14
    cmp rsi, 30603
    je label_13
    jmp label_18
# label_L
label_13:
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L36
    ret
# label_L
label_14:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_10
# label_L
label_15:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L36
    ret
# label_L
label_16:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# line_I
# send
    align 4
L51:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L51]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L36
    ret
# label_L
label_17:
# i_move_sd
    mov qword ptr [rbx], 20555
# return
    dec r14
    jl L36
    ret
# label_L
label_18:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_19:
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
label_20:
# i_func_info_IaaI
# erts_dirty_process_signal_handler:handle_incoming_signals/2
    call L34
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x67, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x67, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_21:
# i_breakpoint_trampoline
    short jmp L52
.db 0x00
    call L37
    align 8
L52:
# i_test_yield
    lea rdx, qword ptr [label_21+24]
    dec r14
    jle L35
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 95
    jne label_22
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L53
    mov ecx, 1
.db 0x90
    call 140320710850576
L53:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# send
    align 4
L54:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L54]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L36
    ret
# label_L
label_22:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L55
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L55:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# call_light_bif_be
    align 4
L56:
L57:
    long mov rcx, 9223372036854775807
    mov rax, 94919179266160
    lea rdx, qword ptr [L56]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 26763
    jne label_23
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L58
    add rax, rdx
    short jno L59
L58:
    call 140320710853080
L59:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_21
# label_L
label_23:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L36
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_24:
# i_func_info_IaaI
# erts_dirty_process_signal_handler:handle_sys_task/6
    call L34
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x67, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x67, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_25:
# i_breakpoint_trampoline
    short jmp L60
.db 0x00
    call L37
    align 8
L60:
# i_test_yield
    lea rdx, qword ptr [label_25+24]
    dec r14
    jle L35
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 51915
    short jne label_24
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L61
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L61:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L62:
L63:
    long mov rcx, 9223372036854775807
    mov rax, 94919178657744
    lea rdx, qword ptr [L62]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_26
    cmp rsi, 75
    je label_26
    cmp rsi, 7371
    je label_27
    jmp label_29
# label_L
label_26:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L64
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L64:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 51915
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# send
    align 4
L65:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L65]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 157515
# deallocate_t
# return
    dec r14
    jl L36
    ret
# label_L
label_27:
# is_lt_fss
    mov rsi, qword ptr [rsp]
    mov edi, 95
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L66
    cmp rdi, rsi
    short jmp L67
L66:
    call 140320710848608
L67:
    jge label_28
# i_move_sd
    mov qword ptr [rbx], 7371
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L36
    ret
# label_L
label_28:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L68
    add rax, rdx
    short jno L69
L68:
    call 140320710853080
L69:
    mov qword ptr [rbx+40], rax
# i_move_sd
    mov qword ptr [rbx+16], 51915
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 40
    jmp label_25
# label_L
label_29:
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L36
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_30:
# i_func_info_IaaI
# erts_dirty_process_signal_handler:module_info/0
    call L34
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x67, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L70
.db 0x00
    call L37
    align 8
L70:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L35
# i_move_sd
    mov qword ptr [rbx], 157451
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L71
    mov ecx, 1
.db 0x90
    call 140320710850576
L71:
# call_light_bif_be
    align 4
L72:
L73:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L72]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L36
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_32:
# i_func_info_IaaI
# erts_dirty_process_signal_handler:module_info/1
    call L34
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x67, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L74
.db 0x00
    call L37
    align 8
L74:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L35
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 157451
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L75
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L75:
# call_light_bif_be
    align 4
L76:
L77:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L76]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L36
    ret
# int_code_end
L78:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
md5:
.db 0x62, 0xB6, 0xB1, 0x29, 0xBB, 0xDD, 0xD5, 0x0B, 0x47, 0x78, 0x71, 0xC6, 0xE7, 0xC7, 0xCE, 0x11
.section .text {#0}
