    align 8
L273:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L274:
    jmp 140320710851944
    align 8
L275:
    jmp 140320710853048
    align 8
L276:
    jmp 140320710850344
    align 16
L277:
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
# erts_internal:await_port_send_result/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
await_port_send_result/3:
# i_breakpoint_trampoline
    short jmp L278
.db 0x00
    call L277
    align 8
L278:
# i_test_yield
    lea rdx, qword ptr [await_port_send_result/3+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L279
    mov ecx, 3
    call 140320710850576
L279:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# aligned_label_Lt
    align 4
label_3:
# i_loop_rec_f
    align 4
L280:
    lea rdi, qword ptr [L280]
    lea rsi, qword ptr [label_6]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_5
    cmp dword ptr [rsi-2], 128
    jne label_5
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_4
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L281
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_5
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_5
L281:
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
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L276
    ret
# label_L
label_4:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L282
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_5
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_5
L282:
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
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L276
    ret
# label_L
label_5:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_3
# aligned_label_Lt
    align 4
label_6:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_3]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# erts_internal:await_result/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x11, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
await_result/1:
# i_breakpoint_trampoline
    short jmp L283
.db 0x00
    call L277
    align 8
L283:
# i_test_yield
    lea rdx, qword ptr [await_result/1+24]
    dec r14
    jle L275
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_7
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L284
    cmp al, 56
    short jne label_7
L284:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L285
    mov ecx, 1
    call 140320710850576
L285:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_9:
# i_loop_rec_f
    align 4
L286:
    lea rdi, qword ptr [L286]
    lea rsi, qword ptr [label_11]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_10
    cmp dword ptr [rsi-2], 128
    jne label_10
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L287
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_10
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_10
L287:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
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
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L276
    ret
# label_L
label_10:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_9
# aligned_label_Lt
    align 4
label_11:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_9]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# erts_internal:gather_io_bytes/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x48, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
gather_io_bytes/2:
# i_breakpoint_trampoline
    short jmp L288
.db 0x00
    call L277
    align 8
L288:
# i_test_yield
    lea rdx, qword ptr [gather_io_bytes/2+24]
    dec r14
    jle L275
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_12
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L289
    cmp al, 56
    short jne label_12
L289:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L290
    test al, 1
    short jne label_12
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_12
L290:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L291
    cmp rdi, rsi
    short jmp L292
L291:
    call 140320710848608
L292:
    jge label_12
# i_move_sd
    mov qword ptr [rbx+24], 15
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_call_only_f
    jmp label_15
# func_line_I
# aligned_label_Lt
    align 8
label_14:
# i_func_info_IaaI
# erts_internal:gather_io_bytes/4
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x48, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_15:
# i_breakpoint_trampoline
    short jmp L293
.db 0x00
    call L277
    align 8
L293:
# i_test_yield
    lea rdx, qword ptr [label_15+24]
    dec r14
    jle L275
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_16
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L294
    mov ecx, 4
.db 0x90
    call 140320710850576
L294:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21387
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 31691
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L276
    ret
# label_L
label_16:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L295
    mov ecx, 4
    call 140320710850576
L295:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# aligned_label_Lt
    align 4
label_17:
# i_loop_rec_f
    align 4
L296:
    lea rdi, qword ptr [L296]
    lea rsi, qword ptr [label_19]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_18
    cmp dword ptr [rsi-2], 256
    jne label_18
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L297
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_18
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_18
L297:
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
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L298
    add rax, rdx
    short jno L299
L298:
    call 140320710853080
L299:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L301
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L300
L301:
    call 140320710853728
L300:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L303
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L302
L303:
    call 140320710853728
L302:
    mov qword ptr [rbx+24], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_15
# label_L
label_18:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_17
# aligned_label_Lt
    align 4
label_19:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_17]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_20:
# i_func_info_IaaI
# erts_internal:open_port/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
open_port/2:
# i_breakpoint_trampoline
    short jmp L304
.db 0x00
    call L277
    align 8
L304:
# call_bif_mfa_aaI
L305:
    lea rsi, qword ptr [open_port/2-24]
    lea rdx, qword ptr [L305]
    mov rcx, 94919179758208
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L306
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L306:
# call_light_bif_be
    align 4
L307:
L308:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L307]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_22:
# i_func_info_IaaI
# erts_internal:port_command/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_command/3:
# i_breakpoint_trampoline
    short jmp L309
.db 0x00
    call L277
    align 8
L309:
# call_bif_mfa_aaI
L310:
    lea rsi, qword ptr [port_command/3-24]
    lea rdx, qword ptr [L310]
    mov rcx, 94919179762960
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L311
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L311:
# call_light_bif_be
    align 4
L312:
L313:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L312]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_24:
# i_func_info_IaaI
# erts_internal:port_connect/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xCA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_connect/2:
# i_breakpoint_trampoline
    short jmp L314
.db 0x00
    call L277
    align 8
L314:
# call_bif_mfa_aaI
L315:
    lea rsi, qword ptr [port_connect/2-24]
    lea rdx, qword ptr [L315]
    mov rcx, 94919179765280
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L316
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L316:
# call_light_bif_be
    align 4
L317:
L318:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L317]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_26:
# i_func_info_IaaI
# erts_internal:port_close/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_close/1:
# i_breakpoint_trampoline
    short jmp L319
.db 0x00
    call L277
    align 8
L319:
# call_bif_mfa_aaI
L320:
    lea rsi, qword ptr [port_close/1-24]
    lea rdx, qword ptr [L320]
    mov rcx, 94919179764832
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L321
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L321:
# call_light_bif_be
    align 4
L322:
L323:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L322]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_28:
# i_func_info_IaaI
# erts_internal:port_control/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_control/3:
# i_breakpoint_trampoline
    short jmp L324
.db 0x00
    call L277
    align 8
L324:
# call_bif_mfa_aaI
L325:
    lea rsi, qword ptr [port_control/3-24]
    lea rdx, qword ptr [L325]
    mov rcx, 94919179764304
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L326
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L326:
# call_light_bif_be
    align 4
L327:
L328:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L327]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_30:
# i_func_info_IaaI
# erts_internal:port_call/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_call/3:
# i_breakpoint_trampoline
    short jmp L329
.db 0x00
    call L277
    align 8
L329:
# call_bif_mfa_aaI
L330:
    lea rsi, qword ptr [port_call/3-24]
    lea rdx, qword ptr [L330]
    mov rcx, 94919179763776
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L331
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L331:
# call_light_bif_be
    align 4
L332:
L333:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L332]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_32:
# i_func_info_IaaI
# erts_internal:port_info/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_info/1:
# i_breakpoint_trampoline
    short jmp L334
.db 0x00
    call L277
    align 8
L334:
# call_bif_mfa_aaI
L335:
    lea rsi, qword ptr [port_info/1-24]
    lea rdx, qword ptr [L335]
    mov rcx, 94919179765728
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L336
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L336:
# call_light_bif_be
    align 4
L337:
L338:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L337]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_34:
# i_func_info_IaaI
# erts_internal:port_info/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_info/2:
# i_breakpoint_trampoline
    short jmp L339
.db 0x00
    call L277
    align 8
L339:
# call_bif_mfa_aaI
L340:
    lea rsi, qword ptr [port_info/2-24]
    lea rdx, qword ptr [L340]
    mov rcx, 94919179766288
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L341
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L341:
# call_light_bif_be
    align 4
L342:
L343:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L342]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_36:
# i_func_info_IaaI
# erts_internal:request_system_task/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
request_system_task/3:
# i_breakpoint_trampoline
    short jmp L344
.db 0x00
    call L277
    align 8
L344:
# call_bif_mfa_aaI
L345:
    lea rsi, qword ptr [request_system_task/3-24]
    lea rdx, qword ptr [L345]
    mov rcx, 94919178119552
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L346
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L346:
# call_light_bif_be
    align 4
L347:
L348:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L347]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_38:
# i_func_info_IaaI
# erts_internal:request_system_task/4
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
request_system_task/4:
# i_breakpoint_trampoline
    short jmp L349
.db 0x00
    call L277
    align 8
L349:
# call_bif_mfa_aaI
L350:
    lea rsi, qword ptr [request_system_task/4-24]
    lea rdx, qword ptr [L350]
    mov rcx, 94919178119584
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L351
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L351:
# call_light_bif_be
    align 4
L352:
L353:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L352]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_40:
# i_func_info_IaaI
# erts_internal:garbage_collect/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
garbage_collect/1:
# i_breakpoint_trampoline
    short jmp L354
.db 0x00
    call L277
    align 8
L354:
# call_bif_mfa_aaI
L355:
    lea rsi, qword ptr [garbage_collect/1-24]
    lea rdx, qword ptr [L355]
    mov rcx, 94919179106864
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L356
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L356:
# call_light_bif_be
    align 4
L357:
L358:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L357]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_42:
# i_func_info_IaaI
# erts_internal:check_process_code/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xCA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_process_code/1:
# i_breakpoint_trampoline
    short jmp L359
.db 0x00
    call L277
    align 8
L359:
# call_bif_mfa_aaI
L360:
    lea rsi, qword ptr [check_process_code/1-24]
    lea rdx, qword ptr [L360]
    mov rcx, 94919178657648
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L361
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L361:
# call_light_bif_be
    align 4
L362:
L363:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L362]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_44:
# i_func_info_IaaI
# erts_internal:check_process_code/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xCA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_process_code/3:
# i_breakpoint_trampoline
    short jmp L364
.db 0x00
    call L277
    align 8
L364:
# i_test_yield
    lea rdx, qword ptr [check_process_code/3+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L365
    mov ecx, 3
    call 140320710850576
L365:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 114123
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_52
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_46
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L366
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L366:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 51915
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 21195
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L367:
L368:
    long mov rcx, 9223372036854775807
    mov rax, 94919178119552
    lea rdx, qword ptr [L367]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 3723
# deallocate_t
# return
    dec r14
    jl L276
    ret
# label_L
label_46:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp+16]
    cmp rdi, rsi
    short je L369
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_47
    call 140320710848744
    jne label_47
L369:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L370:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L276
    ret
# label_L
label_47:
# recv_marker_reserve_S
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178493184
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rsp], rax
# call_light_bif_be
    align 4
L371:
L372:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L371]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L373
    mov ecx, 1
    call 140320710850576
L373:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 51915
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+16], rdi
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 21195
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L374:
L375:
    long mov rcx, 9223372036854775807
    mov rax, 94919178119552
    lea rdx, qword ptr [L374]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_use_S
    mov rsi, qword ptr [rsp+16]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_48:
# i_loop_rec_f
    align 4
L376:
    lea rdi, qword ptr [L376]
    lea rsi, qword ptr [label_50]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_49
    cmp dword ptr [rsi-2], 192
    jne label_49
    cmp qword ptr [rsi+6], 51915
    jne label_49
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L377
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_49
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_49
L377:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+16]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L276
    ret
# label_L
label_49:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_48
# aligned_label_Lt
    align 4
label_50:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_48]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_51:
# i_func_info_IaaI
# erts_internal:get_cpc_opts/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x62, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_52:
# i_breakpoint_trampoline
    short jmp L378
.db 0x00
    call L277
    align 8
L378:
# i_test_yield
    lea rdx, qword ptr [label_52+24]
    dec r14
    jle L275
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_55
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_56
    cmp dword ptr [rsi-2], 128
    jne label_56
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 3723
    je label_53
    cmp rsi, 156043
    je label_54
    jmp label_56
# label_L
label_53:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_52
# label_L
label_54:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_boolean_fs
    mov rdi, qword ptr [rbx+16]
    and rdi, -65
    cmp rdi, 11
    jne label_56
# i_call_only_f
    jmp label_52
# label_L
label_55:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_56
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L276
    ret
# label_L
label_56:
# i_move_sd
    mov qword ptr [rbx], 150987
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L379
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L379:
# call_light_bif_be
    align 4
L380:
L381:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L380]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_57:
# i_func_info_IaaI
# erts_internal:check_dirty_process_code/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_dirty_process_code/2:
# i_breakpoint_trampoline
    short jmp L382
.db 0x00
    call L277
    align 8
L382:
# call_bif_mfa_aaI
L383:
    lea rsi, qword ptr [check_dirty_process_code/2-24]
    lea rdx, qword ptr [L383]
    mov rcx, 94919178657744
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L384
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L384:
# call_light_bif_be
    align 4
L385:
L386:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L385]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_59:
# i_func_info_IaaI
# erts_internal:is_process_executing_dirty/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_process_executing_dirty/1:
# i_breakpoint_trampoline
    short jmp L387
.db 0x00
    call L277
    align 8
L387:
# call_bif_mfa_aaI
L388:
    lea rsi, qword ptr [is_process_executing_dirty/1-24]
    lea rdx, qword ptr [L388]
    mov rcx, 94919178114400
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L389
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L389:
# call_light_bif_be
    align 4
L390:
L391:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L390]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_61:
# i_func_info_IaaI
# erts_internal:dirty_process_handle_signals/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xCC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dirty_process_handle_signals/1:
# i_breakpoint_trampoline
    short jmp L392
.db 0x00
    call L277
    align 8
L392:
# call_bif_mfa_aaI
L393:
    lea rsi, qword ptr [dirty_process_handle_signals/1-24]
    lea rdx, qword ptr [L393]
    mov rcx, 94919179266160
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L394
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L394:
# call_light_bif_be
    align 4
L395:
L396:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L395]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_63:
# i_func_info_IaaI
# erts_internal:wait_release_literal_area_switch/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
wait_release_literal_area_switch/1:
# i_breakpoint_trampoline
    short jmp L397
.db 0x00
    call L277
    align 8
L397:
# i_test_yield
    lea rdx, qword ptr [wait_release_literal_area_switch/1+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L398
    mov ecx, 1
    call 140320710850576
L398:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_65:
# i_loop_rec_f
    align 4
L399:
    lea rdi, qword ptr [L399]
    lea rsi, qword ptr [label_67]
    call 140320710852712
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L400
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_66
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_66
L400:
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
# line_I
# call_light_bif_be
    align 4
L401:
L402:
    long mov rcx, 9223372036854775807
    mov rax, 94919178661584
    lea rdx, qword ptr [L401]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L276
    ret
# label_L
label_66:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_65
# aligned_label_Lt
    align 4
label_67:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_65]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_68:
# i_func_info_IaaI
# erts_internal:purge_module/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
purge_module/2:
# i_breakpoint_trampoline
    short jmp L403
.db 0x00
    call L277
    align 8
L403:
# call_bif_mfa_aaI
L404:
    lea rsi, qword ptr [purge_module/2-24]
    lea rdx, qword ptr [L404]
    mov rcx, 94919178663520
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L405
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L405:
# call_light_bif_be
    align 4
L406:
L407:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L406]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_70:
# i_func_info_IaaI
# erts_internal:system_check/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_check/1:
# i_breakpoint_trampoline
    short jmp L408
.db 0x00
    call L277
    align 8
L408:
# call_bif_mfa_aaI
L409:
    lea rsi, qword ptr [system_check/1-24]
    lea rdx, qword ptr [L409]
    mov rcx, 94919178894192
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L410
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L410:
# call_light_bif_be
    align 4
L411:
L412:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L411]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_72:
# i_func_info_IaaI
# erts_internal:gather_system_check_result/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x48, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
gather_system_check_result/1:
# i_breakpoint_trampoline
    short jmp L413
.db 0x00
    call L277
    align 8
L413:
# i_test_yield
    lea rdx, qword ptr [gather_system_check_result/1+24]
    dec r14
    jle L275
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_72
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L414
    cmp al, 56
    short jne label_72
L414:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L415
    mov ecx, 1
    call 140320710850576
L415:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 155787
# line_I
# call_light_bif_be
    align 4
L416:
L417:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L416]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_75
# func_line_I
# aligned_label_Lt
    align 8
label_74:
# i_func_info_IaaI
# erts_internal:gather_system_check_result/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x48, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_75:
# i_breakpoint_trampoline
    short jmp L418
.db 0x00
    call L277
    align 8
L418:
# i_test_yield
    lea rdx, qword ptr [label_75+24]
    dec r14
    jle L275
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_76
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L276
    ret
# label_L
label_76:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L419
    mov ecx, 2
    call 140320710850576
L419:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# aligned_label_Lt
    align 4
label_77:
# i_loop_rec_f
    align 4
L420:
    lea rdi, qword ptr [L420]
    lea rsi, qword ptr [label_79]
    call 140320710852712
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L421
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_78
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_78
L421:
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
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L422
    mov rax, rsi
    add rax, rdx
    short jno L423
L422:
    call 140320710853080
L423:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_75
# label_L
label_78:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_77
# aligned_label_Lt
    align 4
label_79:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_77]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_80:
# i_func_info_IaaI
# erts_internal:cmp_term/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cmp_term/2:
# i_breakpoint_trampoline
    short jmp L424
.db 0x00
    call L277
    align 8
L424:
# call_bif_mfa_aaI
L425:
    lea rsi, qword ptr [cmp_term/2-24]
    lea rdx, qword ptr [L425]
    mov rcx, 94919179118656
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L426
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L426:
# call_light_bif_be
    align 4
L427:
L428:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L427]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_82:
# i_func_info_IaaI
# erts_internal:map_to_tuple_keys/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
map_to_tuple_keys/1:
# i_breakpoint_trampoline
    short jmp L429
.db 0x00
    call L277
    align 8
L429:
# call_bif_mfa_aaI
L430:
    lea rsi, qword ptr [map_to_tuple_keys/1-24]
    lea rdx, qword ptr [L430]
    mov rcx, 94919180039472
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L431
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L431:
# call_light_bif_be
    align 4
L432:
L433:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L432]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_84:
# i_func_info_IaaI
# erts_internal:term_type/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xCB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
term_type/1:
# i_breakpoint_trampoline
    short jmp L434
.db 0x00
    call L277
    align 8
L434:
# call_bif_mfa_aaI
L435:
    lea rsi, qword ptr [term_type/1-24]
    lea rdx, qword ptr [L435]
    mov rcx, 94919180039552
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L436
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L436:
# call_light_bif_be
    align 4
L437:
L438:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L437]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_86:
# i_func_info_IaaI
# erts_internal:map_hashmap_children/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
map_hashmap_children/1:
# i_breakpoint_trampoline
    short jmp L439
.db 0x00
    call L277
    align 8
L439:
# call_bif_mfa_aaI
L440:
    lea rsi, qword ptr [map_hashmap_children/1-24]
    lea rdx, qword ptr [L440]
    mov rcx, 94919180040272
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L441
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L441:
# call_light_bif_be
    align 4
L442:
L443:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L442]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_88:
# i_func_info_IaaI
# erts_internal:map_next/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
map_next/3:
# i_breakpoint_trampoline
    short jmp L444
.db 0x00
    call L277
    align 8
L444:
# call_bif_mfa_aaI
L445:
    lea rsi, qword ptr [map_next/3-24]
    lea rdx, qword ptr [L445]
    mov rcx, 94919180040720
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L446
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L446:
# call_light_bif_be
    align 4
L447:
L448:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L447]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_90:
# i_func_info_IaaI
# erts_internal:flush_monitor_messages/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x41, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flush_monitor_messages/3:
# i_breakpoint_trampoline
    short jmp L449
.db 0x00
    call L277
    align 8
L449:
# i_test_yield
    lea rdx, qword ptr [flush_monitor_messages/3+24]
    dec r14
    jle L275
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_90
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L450
    cmp al, 56
    short jne label_90
L450:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L451
    mov ecx, 3
    call 140320710850576
L451:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# recv_marker_use_S
    mov rsi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_92:
# i_loop_rec_f
    align 4
L452:
    lea rdi, qword ptr [L452]
    lea rsi, qword ptr [label_95]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_94
    cmp dword ptr [rsi-2], 320
    jne label_94
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L453
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_94
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_94
L453:
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
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 11
    jne label_93
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L276
    ret
# label_L
label_93:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp flush_monitor_messages/3
# label_L
label_94:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_92
# aligned_label_Lt
    align 4
label_95:
# timeout_locked
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214400
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_96:
# i_func_info_IaaI
# erts_internal:'@flush_monitor_messages_refopt'/0
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x62, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'@flush_monitor_messages_refopt'/0:
# i_breakpoint_trampoline
    short jmp L454
.db 0x00
    call L277
    align 8
L454:
# i_test_yield
    lea rdx, qword ptr ['@flush_monitor_messages_refopt'/0+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L455
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L455:
    sub rsp, 8
# recv_marker_reserve_S
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178493184
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rsp], rax
# call_light_bif_be
    align 4
L456:
L457:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L456]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+16], 30603
# i_move_sd
    mov qword ptr [rbx+8], 75
# line_I
# i_call_f
.db 0x66, 0x90
    call flush_monitor_messages/3
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov qword ptr [rbx+16], 30603
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp flush_monitor_messages/3
# func_line_I
# aligned_label_Lt
    align 8
label_98:
# i_func_info_IaaI
# erts_internal:time_unit/0
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xCB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
time_unit/0:
# i_breakpoint_trampoline
    short jmp L458
.db 0x00
    call L277
    align 8
L458:
# call_bif_mfa_aaI
L459:
    lea rsi, qword ptr [time_unit/0-24]
    lea rdx, qword ptr [L459]
    mov rcx, 94919179333008
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L460
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L460:
# call_light_bif_be
    align 4
L461:
L462:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L461]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_100:
# i_func_info_IaaI
# erts_internal:perf_counter_unit/0
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
perf_counter_unit/0:
# i_breakpoint_trampoline
    short jmp L463
.db 0x00
    call L277
    align 8
L463:
# call_bif_mfa_aaI
L464:
    lea rsi, qword ptr [perf_counter_unit/0-24]
    lea rdx, qword ptr [L464]
    mov rcx, 94919179335776
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L465
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L465:
# call_light_bif_be
    align 4
L466:
L467:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L466]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_102:
# i_func_info_IaaI
# erts_internal:is_system_process/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xCC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_system_process/1:
# i_breakpoint_trampoline
    short jmp L468
.db 0x00
    call L277
    align 8
L468:
# call_bif_mfa_aaI
L469:
    lea rsi, qword ptr [is_system_process/1-24]
    lea rdx, qword ptr [L469]
    mov rcx, 94919178894048
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L470
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L470:
# call_light_bif_be
    align 4
L471:
L472:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L471]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_104:
# i_func_info_IaaI
# erts_internal:set_code_and_literal_cleaner_prio/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x62, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_code_and_literal_cleaner_prio/1:
# i_breakpoint_trampoline
    short jmp L473
.db 0x00
    call L277
    align 8
L473:
# i_test_yield
    lea rdx, qword ptr [set_code_and_literal_cleaner_prio/1+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L474
    mov ecx, 1
    call 140320710850576
L474:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# recv_marker_reserve_S
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178493184
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rsp+8], rax
# call_light_bif_be
    align 4
L475:
L476:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L475]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L477
    mov ecx, 1
    call 140320710850576
L477:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 81099
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx+8], rdi
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx], 15051
# line_I
# send
    align 4
L478:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L478]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_reserve_S
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178493184
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rsp], rax
# call_light_bif_be
    align 4
L479:
L480:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L479]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_113
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L481
    mov ecx, 1
    call 140320710850576
L481:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 81099
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# send
    align 4
L482:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L482]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_use_S
    mov rsi, qword ptr [rsp+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_106:
# i_loop_rec_f
    align 4
L483:
    lea rdi, qword ptr [L483]
    lea rsi, qword ptr [label_111]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_110
    cmp dword ptr [rsi-2], 128
    jne label_110
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L484
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_110
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_110
L484:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
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
# recv_marker_use_S
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_107:
# i_loop_rec_f
    align 4
L485:
    lea rdi, qword ptr [L485]
    lea rsi, qword ptr [label_109]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_108
    cmp dword ptr [rsi-2], 128
    jne label_108
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L486
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_108
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_108
L486:
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L487
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L487:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 156427
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 156491
    mov rdi, qword ptr [rbx+8]
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L276
    ret
# label_L
label_108:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_107
# aligned_label_Lt
    align 4
label_109:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_107]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_110:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_106
# aligned_label_Lt
    align 4
label_111:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_106]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_112:
# i_func_info_IaaI
# erts_internal:find_lac/0
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x63, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_113:
# i_breakpoint_trampoline
    short jmp L488
.db 0x00
    call L277
    align 8
L488:
# i_test_yield
    lea rdx, qword ptr [label_113+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L489
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L489:
# call_light_bif_be
    align 4
L490:
L491:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106944
    lea rdx, qword ptr [L490]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp label_115
# func_line_I
# aligned_label_Lt
    align 8
label_114:
# i_func_info_IaaI
# erts_internal:find_lac/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x63, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_115:
# i_breakpoint_trampoline
    short jmp L492
.db 0x00
    call L277
    align 8
L492:
# i_test_yield
    lea rdx, qword ptr [label_115+24]
    dec r14
    jle L275
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    short jne label_114
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L493
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L493:
    sub rsp, 16
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 21323
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L494:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_eq_exact_literal_fscI
L495:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_116
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_116
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L276
    ret
# label_L
label_116:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_115
# func_line_I
# aligned_label_Lt
    align 8
label_117:
# i_func_info_IaaI
# erts_internal:await_microstate_accounting_modifications/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
await_microstate_accounting_modifications/3:
# i_breakpoint_trampoline
    short jmp L496
.db 0x00
    call L277
    align 8
L496:
# i_test_yield
    lea rdx, qword ptr [await_microstate_accounting_modifications/3+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L497
    mov ecx, 3
    call 140320710850576
L497:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_122
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_119:
# i_func_info_IaaI
# erts_internal:gather_microstate_accounting_result/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x48, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
gather_microstate_accounting_result/2:
# i_breakpoint_trampoline
    short jmp L498
.db 0x00
    call L277
    align 8
L498:
# i_test_yield
    lea rdx, qword ptr [gather_microstate_accounting_result/2+24]
    dec r14
    jle L275
# i_call_only_f
    jmp label_122
# func_line_I
# aligned_label_Lt
    align 8
label_121:
# i_func_info_IaaI
# erts_internal:microstate_accounting/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x64, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_122:
# i_breakpoint_trampoline
    short jmp L499
.db 0x00
    call L277
    align 8
L499:
# i_test_yield
    lea rdx, qword ptr [label_122+24]
    dec r14
    jle L275
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_123
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L276
    ret
# label_L
label_123:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L500
    mov ecx, 2
    call 140320710850576
L500:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# aligned_label_Lt
    align 4
label_124:
# i_loop_rec_f
    align 4
L501:
    lea rdi, qword ptr [L501]
    lea rsi, qword ptr [label_127]
    call 140320710852712
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L502
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_125
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_125
L502:
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
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L503
    mov rax, rsi
    add rax, rdx
    short jno L504
L503:
    call 140320710853080
L504:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_122
# label_L
label_125:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_126
    cmp dword ptr [rsi-2], 128
    jne label_126
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L505
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_126
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_126
L505:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
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
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L506
    mov rax, rsi
    add rax, rdx
    short jno L507
L506:
    call 140320710853080
L507:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x90
    call label_122
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L508
    mov ecx, 1
    call 140320710850576
L508:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
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
    jl L276
    ret
# label_L
label_126:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_124
# aligned_label_Lt
    align 4
label_127:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_124]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_128:
# i_func_info_IaaI
# erts_internal:trace/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trace/3:
# i_breakpoint_trampoline
    short jmp L509
.db 0x00
    call L277
    align 8
L509:
# call_bif_mfa_aaI
L510:
    lea rsi, qword ptr [trace/3-24]
    lea rdx, qword ptr [L510]
    mov rcx, 94919178951680
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L511
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L511:
# call_light_bif_be
    align 4
L512:
L513:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L512]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_130:
# i_func_info_IaaI
# erts_internal:trace_pattern/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trace_pattern/3:
# i_breakpoint_trampoline
    short jmp L514
.db 0x00
    call L277
    align 8
L514:
# call_bif_mfa_aaI
L515:
    lea rsi, qword ptr [trace_pattern/3-24]
    lea rdx, qword ptr [L515]
    mov rcx, 94919178962528
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L516
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L516:
# call_light_bif_be
    align 4
L517:
L518:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L517]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_132:
# i_func_info_IaaI
# erts_internal:dist_ctrl_put_data/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x30, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dist_ctrl_put_data/2:
# i_breakpoint_trampoline
    short jmp L519
.db 0x00
    call L277
    align 8
L519:
# i_test_yield
    lea rdx, qword ptr [dist_ctrl_put_data/2+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L520
    mov ecx, 2
    call 140320710850576
L520:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# catch_yf
    inc qword ptr [r13+264]
L521:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L522:
L523:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448912
    lea rdx, qword ptr [L522]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L524:
L525:
    long mov rcx, 9223372036854775807
    mov rax, 94919179428288
    lea rdx, qword ptr [L524]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L276
    ret
# label_L
label_134:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L526:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L527:
L528:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L527]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_135:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_138
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L529
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_138
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_138
L529:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# build_stacktrace
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919178638688
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_136
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# jump_f
    jmp label_137
# label_L
label_136:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_139
# label_L
label_137:
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L530
    mov ecx, 1
    call 140320710850576
L530:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 14667
    mov qword ptr [r15+16], 12427
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx+8], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L531:
L532:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L531]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L276
    ret
# label_L
label_138:
# raise_ss
    mov rdx, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdx
    mov qword ptr [r13+304], rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178638496
    mov rsp, rbp
    xor ecx, ecx
    call 140320710854352
# label_L
label_139:
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
label_140:
# i_func_info_IaaI
# erts_internal:get_dflags/0
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_dflags/0:
# i_breakpoint_trampoline
    short jmp L533
.db 0x00
    call L277
    align 8
L533:
# call_bif_mfa_aaI
L534:
    lea rsi, qword ptr [get_dflags/0-24]
    lea rdx, qword ptr [L534]
    mov rcx, 94919179414800
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L535
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L535:
# call_light_bif_be
    align 4
L536:
L537:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L536]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_142:
# i_func_info_IaaI
# erts_internal:get_creation/0
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_creation/0:
# i_breakpoint_trampoline
    short jmp L538
.db 0x00
    call L277
    align 8
L538:
# call_bif_mfa_aaI
L539:
    lea rsi, qword ptr [get_creation/0-24]
    lea rdx, qword ptr [L539]
    mov rcx, 94919179415296
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L540
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L540:
# call_light_bif_be
    align 4
L541:
L542:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L541]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_144:
# i_func_info_IaaI
# erts_internal:new_connection/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
new_connection/1:
# i_breakpoint_trampoline
    short jmp L543
.db 0x00
    call L277
    align 8
L543:
# call_bif_mfa_aaI
L544:
    lea rsi, qword ptr [new_connection/1-24]
    lea rdx, qword ptr [L544]
    mov rcx, 94919179415488
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L545
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L545:
# call_light_bif_be
    align 4
L546:
L547:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L546]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_146:
# i_func_info_IaaI
# erts_internal:abort_pending_connection/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
abort_pending_connection/2:
# i_breakpoint_trampoline
    short jmp L548
.db 0x00
    call L277
    align 8
L548:
# call_bif_mfa_aaI
L549:
    lea rsi, qword ptr [abort_pending_connection/2-24]
    lea rdx, qword ptr [L549]
    mov rcx, 94919179417968
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L550
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L550:
# call_light_bif_be
    align 4
L551:
L552:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L551]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_148:
# i_func_info_IaaI
# erts_internal:system_flag_scheduler_wall_time/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_flag_scheduler_wall_time/1:
# i_breakpoint_trampoline
    short jmp L553
.db 0x00
    call L277
    align 8
L553:
# line_I
# i_test_yield
    lea rdx, qword ptr [system_flag_scheduler_wall_time/1+24]
    dec r14
    jle L275
# i_call_ext_only_e
L554:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_150:
# i_func_info_IaaI
# erts_internal:scheduler_wall_time/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x92, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scheduler_wall_time/1:
# i_breakpoint_trampoline
    short jmp L555
.db 0x00
    call L277
    align 8
L555:
# call_bif_mfa_aaI
L556:
    lea rsi, qword ptr [scheduler_wall_time/1-24]
    lea rdx, qword ptr [L556]
    mov rcx, 94919179117760
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L557
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L557:
# call_light_bif_be
    align 4
L558:
L559:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L558]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_152:
# i_func_info_IaaI
# erts_internal:await_sched_wall_time_modifications/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x11, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
await_sched_wall_time_modifications/2:
# i_breakpoint_trampoline
    short jmp L560
.db 0x00
    call L277
    align 8
L560:
# i_test_yield
    lea rdx, qword ptr [await_sched_wall_time_modifications/2+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L561
    mov ecx, 2
    call 140320710850576
L561:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx], 155787
# line_I
# call_light_bif_be
    align 4
L562:
L563:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L562]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_157
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_154:
# i_func_info_IaaI
# erts_internal:gather_sched_wall_time_result/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x48, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
gather_sched_wall_time_result/1:
# i_breakpoint_trampoline
    short jmp L564
.db 0x00
    call L277
    align 8
L564:
# i_test_yield
    lea rdx, qword ptr [gather_sched_wall_time_result/1+24]
    dec r14
    jle L275
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_154
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L565
    cmp al, 56
    short jne label_154
L565:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L566
    mov ecx, 1
    call 140320710850576
L566:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 155787
# line_I
# call_light_bif_be
    align 4
L567:
L568:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L567]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_163
# func_line_I
# aligned_label_Lt
    align 8
label_156:
# i_func_info_IaaI
# erts_internal:sched_wall_time/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x64, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_157:
# i_breakpoint_trampoline
    short jmp L569
.db 0x00
    call L277
    align 8
L569:
# i_test_yield
    lea rdx, qword ptr [label_157+24]
    dec r14
    jle L275
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_158
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L276
    ret
# label_L
label_158:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L570
    mov ecx, 2
    call 140320710850576
L570:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# aligned_label_Lt
    align 4
label_159:
# i_loop_rec_f
    align 4
L571:
    lea rdi, qword ptr [L571]
    lea rsi, qword ptr [label_161]
    call 140320710852712
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L572
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_160
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_160
L572:
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
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L573
    mov rax, rsi
    add rax, rdx
    short jno L574
L573:
    call 140320710853080
L574:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_157
# label_L
label_160:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_159
# aligned_label_Lt
    align 4
label_161:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_159]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_162:
# i_func_info_IaaI
# erts_internal:sched_wall_time/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x64, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_163:
# i_breakpoint_trampoline
    short jmp L575
.db 0x00
    call L277
    align 8
L575:
# i_test_yield
    lea rdx, qword ptr [label_163+24]
    dec r14
    jle L275
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_164
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L276
    ret
# label_L
label_164:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 907
    jne label_168
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L576
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L576:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# aligned_label_Lt
    align 4
label_165:
# i_loop_rec_f
    align 4
L577:
    lea rdi, qword ptr [L577]
    lea rsi, qword ptr [label_167]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_166
    cmp dword ptr [rsi-2], 128
    jne label_166
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L578
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_166
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_166
L578:
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
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L579
    mov rax, rsi
    add rax, rdx
    short jno L580
L579:
    call 140320710853080
L580:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_163
# label_L
label_166:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_165
# aligned_label_Lt
    align 4
label_167:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_165]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_168:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L581
    mov ecx, 3
    call 140320710850576
L581:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# aligned_label_Lt
    align 4
label_169:
# i_loop_rec_f
    align 4
L582:
    lea rdi, qword ptr [L582]
    lea rsi, qword ptr [label_173]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_172
    cmp dword ptr [rsi-2], 128
    jne label_172
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_170
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L583
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_172
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_172
L583:
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
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L584
    mov rax, rsi
    add rax, rdx
    short jno L585
L584:
    call 140320710853080
L585:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_163
# label_L
label_170:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L586
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_172
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_172
L586:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L587
    test al, 2
    jne label_171
L587:
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
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L588
    mov rax, rsi
    add rax, rdx
    short jno L589
L588:
    call 140320710853080
L589:
    mov qword ptr [rsp+8], rax
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
L590:
L591:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L590]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_163
# label_L
label_171:
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
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L592
    mov rax, rsi
    add rax, rdx
    short jno L593
L592:
    call 140320710853080
L593:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L594
    mov ecx, 2
    call 140320710850576
L594:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_163
# label_L
label_172:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_169
# aligned_label_Lt
    align 4
label_173:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_169]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_174:
# i_func_info_IaaI
# erts_internal:group_leader/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
group_leader/2:
# i_breakpoint_trampoline
    short jmp L595
.db 0x00
    call L277
    align 8
L595:
# call_bif_mfa_aaI
L596:
    lea rsi, qword ptr [group_leader/2-24]
    lea rdx, qword ptr [L596]
    mov rcx, 94919179111744
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L597
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L597:
# call_light_bif_be
    align 4
L598:
L599:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L598]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_176:
# i_func_info_IaaI
# erts_internal:group_leader/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
group_leader/3:
# i_breakpoint_trampoline
    short jmp L600
.db 0x00
    call L277
    align 8
L600:
# call_bif_mfa_aaI
L601:
    lea rsi, qword ptr [group_leader/3-24]
    lea rdx, qword ptr [L601]
    mov rcx, 94919179111632
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L602
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L602:
# call_light_bif_be
    align 4
L603:
L604:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L603]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_178:
# i_func_info_IaaI
# erts_internal:is_process_alive/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_process_alive/2:
# i_breakpoint_trampoline
    short jmp L605
.db 0x00
    call L277
    align 8
L605:
# call_bif_mfa_aaI
L606:
    lea rsi, qword ptr [is_process_alive/2-24]
    lea rdx, qword ptr [L606]
    mov rcx, 94919178883680
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L607
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L607:
# call_light_bif_be
    align 4
L608:
L609:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L608]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_180:
# i_func_info_IaaI
# erts_internal:is_process_alive/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_process_alive/1:
# i_breakpoint_trampoline
    short jmp L610
.db 0x00
    call L277
    align 8
L610:
# i_test_yield
    lea rdx, qword ptr [is_process_alive/1+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L611
    mov ecx, 1
    call 140320710850576
L611:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# recv_marker_reserve_S
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178493184
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rsp], rax
# call_light_bif_be
    align 4
L612:
L613:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L612]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# call_light_bif_be
    align 4
L614:
L615:
    long mov rcx, 9223372036854775807
    mov rax, 94919178883680
    lea rdx, qword ptr [L614]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_use_S
    mov rsi, qword ptr [rsp+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_182:
# i_loop_rec_f
    align 4
L616:
    lea rdi, qword ptr [L616]
    lea rsi, qword ptr [label_184]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_183
    cmp dword ptr [rsi-2], 128
    jne label_183
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L617
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_183
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_183
L617:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
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
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L276
    ret
# label_L
label_183:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_182
# aligned_label_Lt
    align 4
label_184:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_182]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_185:
# i_func_info_IaaI
# erts_internal:gather_alloc_histograms/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
gather_alloc_histograms/1:
# i_breakpoint_trampoline
    short jmp L618
.db 0x00
    call L277
    align 8
L618:
# call_bif_mfa_aaI
L619:
    lea rsi, qword ptr [gather_alloc_histograms/1-24]
    lea rdx, qword ptr [L619]
    mov rcx, 94919178912272
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L620
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L620:
# call_light_bif_be
    align 4
L621:
L622:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L621]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_187:
# i_func_info_IaaI
# erts_internal:gather_carrier_info/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x05, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
gather_carrier_info/1:
# i_breakpoint_trampoline
    short jmp L623
.db 0x00
    call L277
    align 8
L623:
# call_bif_mfa_aaI
L624:
    lea rsi, qword ptr [gather_carrier_info/1-24]
    lea rdx, qword ptr [L624]
    mov rcx, 94919178912288
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L625
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L625:
# call_light_bif_be
    align 4
L626:
L627:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L626]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_189:
# i_func_info_IaaI
# erts_internal:suspend_process/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xD1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
suspend_process/2:
# i_breakpoint_trampoline
    short jmp L628
.db 0x00
    call L277
    align 8
L628:
# call_bif_mfa_aaI
L629:
    lea rsi, qword ptr [suspend_process/2-24]
    lea rdx, qword ptr [L629]
    mov rcx, 94919178155872
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L630
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L630:
# call_light_bif_be
    align 4
L631:
L632:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L631]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_191:
# i_func_info_IaaI
# erts_internal:process_display/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
process_display/2:
# i_breakpoint_trampoline
    short jmp L633
.db 0x00
    call L277
    align 8
L633:
# call_bif_mfa_aaI
L634:
    lea rsi, qword ptr [process_display/2-24]
    lea rdx, qword ptr [L634]
    mov rcx, 94919178884336
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L635
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L635:
# call_light_bif_be
    align 4
L636:
L637:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L636]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_193:
# i_func_info_IaaI
# erts_internal:process_flag/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
process_flag/3:
# i_breakpoint_trampoline
    short jmp L638
.db 0x00
    call L277
    align 8
L638:
# call_bif_mfa_aaI
L639:
    lea rsi, qword ptr [process_flag/3-24]
    lea rdx, qword ptr [L639]
    mov rcx, 94919179093376
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L640
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L640:
# call_light_bif_be
    align 4
L641:
L642:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L641]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_195:
# i_func_info_IaaI
# erts_internal:create_dist_channel/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
create_dist_channel/3:
# i_breakpoint_trampoline
    short jmp L643
.db 0x00
    call L277
    align 8
L643:
# call_bif_mfa_aaI
L644:
    lea rsi, qword ptr [create_dist_channel/3-24]
    lea rdx, qword ptr [L644]
    mov rcx, 94919179412048
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L645
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L645:
# call_light_bif_be
    align 4
L646:
L647:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L646]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_197:
# i_func_info_IaaI
# erts_internal:erase_persistent_terms/0
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x06, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
erase_persistent_terms/0:
# i_breakpoint_trampoline
    short jmp L648
.db 0x00
    call L277
    align 8
L648:
# call_bif_mfa_aaI
L649:
    lea rsi, qword ptr [erase_persistent_terms/0-24]
    lea rdx, qword ptr [L649]
    mov rcx, 94919178938224
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L650
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L650:
# call_light_bif_be
    align 4
L651:
L652:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L651]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_199:
# i_func_info_IaaI
# erts_internal:atomics_new/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x06, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
atomics_new/2:
# i_breakpoint_trampoline
    short jmp L653
.db 0x00
    call L277
    align 8
L653:
# call_bif_mfa_aaI
L654:
    lea rsi, qword ptr [atomics_new/2-24]
    lea rdx, qword ptr [L654]
    mov rcx, 94919178940368
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L655
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L655:
# call_light_bif_be
    align 4
L656:
L657:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L656]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_201:
# i_func_info_IaaI
# erts_internal:counters_new/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x08, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
counters_new/1:
# i_breakpoint_trampoline
    short jmp L658
.db 0x00
    call L277
    align 8
L658:
# call_bif_mfa_aaI
L659:
    lea rsi, qword ptr [counters_new/1-24]
    lea rdx, qword ptr [L659]
    mov rcx, 94919178943696
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L660
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L660:
# call_light_bif_be
    align 4
L661:
L662:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L661]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_203:
# i_func_info_IaaI
# erts_internal:counters_get/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x08, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
counters_get/2:
# i_breakpoint_trampoline
    short jmp L663
.db 0x00
    call L277
    align 8
L663:
# call_bif_mfa_aaI
L664:
    lea rsi, qword ptr [counters_get/2-24]
    lea rdx, qword ptr [L664]
    mov rcx, 94919178944224
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L665
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L665:
# call_light_bif_be
    align 4
L666:
L667:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L666]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_205:
# i_func_info_IaaI
# erts_internal:counters_add/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x08, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
counters_add/3:
# i_breakpoint_trampoline
    short jmp L668
.db 0x00
    call L277
    align 8
L668:
# call_bif_mfa_aaI
L669:
    lea rsi, qword ptr [counters_add/3-24]
    lea rdx, qword ptr [L669]
    mov rcx, 94919178944592
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L670
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L670:
# call_light_bif_be
    align 4
L671:
L672:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L671]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_207:
# i_func_info_IaaI
# erts_internal:counters_put/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x09, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
counters_put/3:
# i_breakpoint_trampoline
    short jmp L673
.db 0x00
    call L277
    align 8
L673:
# call_bif_mfa_aaI
L674:
    lea rsi, qword ptr [counters_put/3-24]
    lea rdx, qword ptr [L674]
    mov rcx, 94919178944880
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L675
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L675:
# call_light_bif_be
    align 4
L676:
L677:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L676]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_209:
# i_func_info_IaaI
# erts_internal:counters_info/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x09, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
counters_info/1:
# i_breakpoint_trampoline
    short jmp L678
.db 0x00
    call L277
    align 8
L678:
# call_bif_mfa_aaI
L679:
    lea rsi, qword ptr [counters_info/1-24]
    lea rdx, qword ptr [L679]
    mov rcx, 94919178945152
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L680
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L680:
# call_light_bif_be
    align 4
L681:
L682:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L681]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_211:
# i_func_info_IaaI
# erts_internal:spawn_system_process/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x09, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_system_process/3:
# i_breakpoint_trampoline
    short jmp L683
.db 0x00
    call L277
    align 8
L683:
# call_bif_mfa_aaI
L684:
    lea rsi, qword ptr [spawn_system_process/3-24]
    lea rdx, qword ptr [L684]
    mov rcx, 94919178822816
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L685
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L685:
# call_light_bif_be
    align 4
L686:
L687:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L686]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_213:
# i_func_info_IaaI
# erts_internal:ets_lookup_binary_info/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x09, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ets_lookup_binary_info/2:
# i_breakpoint_trampoline
    short jmp L688
.db 0x00
    call L277
    align 8
L688:
# call_bif_mfa_aaI
L689:
    lea rsi, qword ptr [ets_lookup_binary_info/2-24]
    lea rdx, qword ptr [L689]
    mov rcx, 94919179507936
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L690
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L690:
# call_light_bif_be
    align 4
L691:
L692:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L691]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_215:
# i_func_info_IaaI
# erts_internal:ets_super_user/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xCD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ets_super_user/1:
# i_breakpoint_trampoline
    short jmp L693
.db 0x00
    call L277
    align 8
L693:
# call_bif_mfa_aaI
L694:
    lea rsi, qword ptr [ets_super_user/1-24]
    lea rdx, qword ptr [L694]
    mov rcx, 94919179508608
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L695
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L695:
# call_light_bif_be
    align 4
L696:
L697:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L696]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_217:
# i_func_info_IaaI
# erts_internal:ets_raw_first/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ets_raw_first/1:
# i_breakpoint_trampoline
    short jmp L698
.db 0x00
    call L277
    align 8
L698:
# call_bif_mfa_aaI
L699:
    lea rsi, qword ptr [ets_raw_first/1-24]
    lea rdx, qword ptr [L699]
    mov rcx, 94919179508176
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L700
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L700:
# call_light_bif_be
    align 4
L701:
L702:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L701]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_219:
# i_func_info_IaaI
# erts_internal:ets_raw_next/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ets_raw_next/2:
# i_breakpoint_trampoline
    short jmp L703
.db 0x00
    call L277
    align 8
L703:
# call_bif_mfa_aaI
L704:
    lea rsi, qword ptr [ets_raw_next/2-24]
    lea rdx, qword ptr [L704]
    mov rcx, 94919179508384
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L705
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L705:
# call_light_bif_be
    align 4
L706:
L707:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L706]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_221:
# i_func_info_IaaI
# erts_internal:ets_info_binary/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ets_info_binary/1:
# i_breakpoint_trampoline
    short jmp L708
.db 0x00
    call L277
    align 8
L708:
# i_test_yield
    lea rdx, qword ptr [ets_info_binary/1+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L709
    mov ecx, 1
    call 140320710850576
L709:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# catch_yf
    inc qword ptr [r13+264]
L710:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# catch_yf
    inc qword ptr [r13+264]
L711:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov qword ptr [rbx], 75
# line_I
# call_light_bif_be
    align 4
L712:
L713:
    long mov rcx, 9223372036854775807
    mov rax, 94919179508608
    lea rdx, qword ptr [L712]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L714:
L715:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L714]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L716:
L717:
    long mov rcx, 9223372036854775807
    mov rax, 94919179508176
    lea rdx, qword ptr [L716]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_f
    call label_231
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# jump_f
    jmp label_224
# label_L
label_223:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# build_stacktrace
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919178638688
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_227
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_224:
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# call_light_bif_be
    align 4
L718:
L719:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L718]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 11
# line_I
# call_light_bif_be
    align 4
L720:
L721:
    long mov rcx, 9223372036854775807
    mov rax, 94919179508608
    lea rdx, qword ptr [L720]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L276
    ret
# label_L
label_225:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L722:
L723:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L722]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 11
# line_I
# call_light_bif_be
    align 4
L724:
L725:
    long mov rcx, 9223372036854775807
    mov rax, 94919179508608
    lea rdx, qword ptr [L724]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdx
    mov qword ptr [r13+304], rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178638496
    mov rsp, rbp
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_226:
# i_func_info_IaaI
# erts_internal:ets_info_binary_error/4
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x64, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_227:
# i_breakpoint_trampoline
    short jmp L726
.db 0x00
    call L277
    align 8
L726:
# i_test_yield
    lea rdx, qword ptr [label_227+24]
    dec r14
    jle L275
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_229
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_228
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_228
    and al, 63
    jne label_228
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+40], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 15243
    jne label_228
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 128
    jb label_228
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15371
    jne label_228
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L727
    mov ecx, 4
.db 0x90
    call 140320710850576
L727:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L728:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 15307
    mov qword ptr [r15+16], 21003
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L729
    mov ecx, 3
    call 140320710850576
L729:
# call_light_bif_be
    align 4
L730:
L731:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L730]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# label_L
label_228:
# i_call_only_f
    jmp label_227
# label_L
label_229:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_226
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L732
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L732:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L733:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 15307
    mov qword ptr [r15+16], 21003
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L734
    mov ecx, 3
    call 140320710850576
L734:
# call_light_bif_be
    align 4
L735:
L736:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L735]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_230:
# i_func_info_IaaI
# erts_internal:ets_info_binary_iter/3
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x64, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_231:
# i_breakpoint_trampoline
    short jmp L737
.db 0x00
    call L277
    align 8
L737:
# i_test_yield
    lea rdx, qword ptr [label_231+24]
    dec r14
    jle L275
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 267
    jne label_232
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L276
    ret
# label_L
label_232:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L738
    mov ecx, 3
.db 0x90
    call 140320710850576
L738:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# call_light_bif_be
    align 4
L739:
L740:
    long mov rcx, 9223372036854775807
    mov rax, 94919179507936
    lea rdx, qword ptr [L739]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_234
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_233
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L741
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L741:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_235
# label_L
label_233:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# call_light_bif_be
    align 4
L742:
L743:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L742]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_235
# label_L
label_234:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_236
# label_L
label_235:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L744:
L745:
    long mov rcx, 9223372036854775807
    mov rax, 94919179508384
    lea rdx, qword ptr [L744]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
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
    jmp label_231
# label_L
label_236:
# line_I
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
label_237:
# i_func_info_IaaI
# erts_internal:get_internal_state_blocked/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x46, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_internal_state_blocked/1:
# i_breakpoint_trampoline
    short jmp L746
.db 0x00
    call L277
    align 8
L746:
# i_test_yield
    lea rdx, qword ptr [get_internal_state_blocked/1+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L747
    mov ecx, 1
    call 140320710850576
L747:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 6347
# i_move_sd
    mov qword ptr [rbx], 26827
# line_I
# call_light_bif_be
    align 4
L748:
L749:
    long mov rcx, 9223372036854775807
    mov rax, 94919179112448
    lea rdx, qword ptr [L748]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L750
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L750:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 6475
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# catch_yf
    inc qword ptr [r13+264]
L751:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# line_I
# call_light_bif_be
    align 4
L752:
L753:
    long mov rcx, 9223372036854775807
    mov rax, 94919178887232
    lea rdx, qword ptr [L752]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 44491
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 26827
# line_I
# call_light_bif_be
    align 4
L754:
L755:
    long mov rcx, 9223372036854775807
    mov rax, 94919179112448
    lea rdx, qword ptr [L754]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L276
    ret
# label_L
label_239:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 44491
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 26827
# call_light_bif_be
    align 4
L756:
L757:
    long mov rcx, 9223372036854775807
    mov rax, 94919179112448
    lea rdx, qword ptr [L756]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdx
    mov qword ptr [r13+304], rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178638496
    mov rsp, rbp
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_240:
# i_func_info_IaaI
# erts_internal:spawn_request/4
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_request/4:
# i_breakpoint_trampoline
    short jmp L758
.db 0x00
    call L277
    align 8
L758:
# call_bif_mfa_aaI
L759:
    lea rsi, qword ptr [spawn_request/4-24]
    lea rdx, qword ptr [L759]
    mov rcx, 94919179087344
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L760
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L760:
# call_light_bif_be
    align 4
L761:
L762:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L761]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_242:
# i_func_info_IaaI
# erts_internal:spawn_init/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_init/1:
# i_breakpoint_trampoline
    short jmp L763
.db 0x00
    call L277
    align 8
L763:
# i_test_yield
    lea rdx, qword ptr [spawn_init/1+24]
    dec r14
    jle L275
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_242
    cmp dword ptr [rsi-2], 192
    short jne label_242
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
# line_I
# i_apply_only
    align 4
L765:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rdx, qword ptr [L765]
    xor ecx, ecx
    call 94919178643168
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L764
    lea rsi, qword ptr [L765]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L764:
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_244:
# i_func_info_IaaI
# erts_internal:dist_spawn_request/4
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dist_spawn_request/4:
# i_breakpoint_trampoline
    short jmp L766
.db 0x00
    call L277
    align 8
L766:
# call_bif_mfa_aaI
L767:
    lea rsi, qword ptr [dist_spawn_request/4-24]
    lea rdx, qword ptr [L767]
    mov rcx, 94919179430704
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L768
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L768:
# call_light_bif_be
    align 4
L769:
L770:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L769]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_246:
# i_func_info_IaaI
# erts_internal:dist_spawn_init/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x31, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dist_spawn_init/1:
# i_breakpoint_trampoline
    short jmp L771
.db 0x00
    call L277
    align 8
L771:
# i_test_yield
    lea rdx, qword ptr [dist_spawn_init/1+24]
    dec r14
    jle L275
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_250
    cmp dword ptr [rsi-2], 192
    jne label_250
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L772
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L772:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_248:
# i_loop_rec_f
    align 4
L773:
    lea rdi, qword ptr [L773]
    lea rsi, qword ptr [label_249]
    call 140320710852712
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_apply_last_t
    add rsp, 8
    align 4
L775:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rdx, qword ptr [L775]
    xor ecx, ecx
    call 94919178643168
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L774
    lea rsi, qword ptr [L775]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L774:
    jmp qword ptr [rax+r12*8]
# aligned_label_Lt
    align 4
label_249:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_248]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_250:
# line_I
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
label_251:
# i_func_info_IaaI
# erts_internal:crasher/6
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x50, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
crasher/6:
# i_breakpoint_trampoline
    short jmp L776
.db 0x00
    call L277
    align 8
L776:
# i_test_yield
    lea rdx, qword ptr [crasher/6+24]
    dec r14
    jle L275
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_253
# allocate_heap_tIt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L777
    mov ecx, 6
.db 0x90
    call 140320710850576
L777:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L778:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L779:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L780:
L781:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L780]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L276
    ret
# label_L
label_253:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L782
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L782:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L783:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L784:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L785:
L786:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L785]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_254:
# i_func_info_IaaI
# erts_internal:prepare_loading/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
prepare_loading/2:
# i_breakpoint_trampoline
    short jmp L787
.db 0x00
    call L277
    align 8
L787:
# call_bif_mfa_aaI
L788:
    lea rsi, qword ptr [prepare_loading/2-24]
    lea rdx, qword ptr [L788]
    mov rcx, 94919178655120
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L789
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L789:
# call_light_bif_be
    align 4
L790:
L791:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L790]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_256:
# i_func_info_IaaI
# erts_internal:beamfile_chunk/2
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
beamfile_chunk/2:
# i_breakpoint_trampoline
    short jmp L792
.db 0x00
    call L277
    align 8
L792:
# call_bif_mfa_aaI
L793:
    lea rsi, qword ptr [beamfile_chunk/2-24]
    lea rdx, qword ptr [L793]
    mov rcx, 94919178654432
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L794
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L794:
# call_light_bif_be
    align 4
L795:
L796:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L795]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_258:
# i_func_info_IaaI
# erts_internal:beamfile_module_md5/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
beamfile_module_md5/1:
# i_breakpoint_trampoline
    short jmp L797
.db 0x00
    call L277
    align 8
L797:
# call_bif_mfa_aaI
L798:
    lea rsi, qword ptr [beamfile_module_md5/1-24]
    lea rdx, qword ptr [L798]
    mov rcx, 94919178654912
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L799
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L799:
# call_light_bif_be
    align 4
L800:
L801:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L800]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_260:
# i_func_info_IaaI
# erts_internal:no_aux_work_threads/0
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xCD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
no_aux_work_threads/0:
# i_breakpoint_trampoline
    short jmp L802
.db 0x00
    call L277
    align 8
L802:
# call_bif_mfa_aaI
L803:
    lea rsi, qword ptr [no_aux_work_threads/0-24]
    lea rdx, qword ptr [L803]
    mov rcx, 94919178114512
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L804
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L804:
# call_light_bif_be
    align 4
L805:
L806:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L805]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_262:
# i_func_info_IaaI
# erts_internal:dynamic_node_name/0
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x34, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dynamic_node_name/0:
# i_breakpoint_trampoline
    short jmp L807
.db 0x00
    call L277
    align 8
L807:
# i_test_yield
    lea rdx, qword ptr [dynamic_node_name/0+24]
    dec r14
    jle L275
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L808
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L808:
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
L809:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L810:
L811:
    long mov rcx, 9223372036854775807
    mov rax, 94919178936704
    lea rdx, qword ptr [L810]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_264
# deallocate_t
# return
    dec r14
    jl L276
    ret
# label_L
label_264:
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_265:
# i_func_info_IaaI
# erts_internal:dynamic_node_name/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x34, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dynamic_node_name/1:
# i_breakpoint_trampoline
    short jmp L812
.db 0x00
    call L277
    align 8
L812:
# i_test_yield
    lea rdx, qword ptr [dynamic_node_name/1+24]
    dec r14
    jle L275
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_268
    cmp rsi, 75
    je label_267
    short jmp label_265
# label_L
label_267:
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
L813:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L814
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L814:
# call_light_bif_be
    align 4
L815:
L816:
    long mov rcx, 9223372036854775807
    mov rax, 94919178934320
    lea rdx, qword ptr [L815]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# label_L
label_268:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L817
    xor ecx, ecx
.db 0x90
    call 140320710850576
L817:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call dynamic_node_name/0
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_269
# i_move_sd
L818:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L819:
L820:
    long mov rcx, 9223372036854775807
    mov rax, 94919178936768
    lea rdx, qword ptr [L819]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L276
    ret
# label_L
label_269:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_270:
# i_func_info_IaaI
# erts_internal:module_info/0
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L821
.db 0x00
    call L277
    align 8
L821:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L275
# i_move_sd
    mov qword ptr [rbx], 15243
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L822
    mov ecx, 1
.db 0x90
    call 140320710850576
L822:
# call_light_bif_be
    align 4
L823:
L824:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L823]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_272:
# i_func_info_IaaI
# erts_internal:module_info/1
    call L274
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L825
.db 0x00
    call L277
    align 8
L825:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L275
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 15243
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L826
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L826:
# call_light_bif_be
    align 4
L827:
L828:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L827]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L276
    ret
# int_code_end
L829:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
md5:
.db 0x89, 0x98, 0xA4, 0x75, 0x71, 0x85, 0xAB, 0x94, 0x20, 0xFF, 0xE8, 0xBA, 0x87, 0x0E, 0x6D, 0x76
.section .text {#0}
