    align 8
L48:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L49:
    jmp 140320710851944
    align 8
L50:
    jmp 140320710853048
    align 8
L51:
    jmp 140320710850344
    align 16
L52:
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
# logger_backend:log_allowed/3
    call L49
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x12, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
log_allowed/3:
# i_breakpoint_trampoline
    short jmp L53
.db 0x00
    call L52
    align 8
L53:
# i_test_yield
    lea rdx, qword ptr [log_allowed/3+24]
    dec r14
    jle L50
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L54
    mov ecx, 3
    call 140320710850576
L54:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 240203
# line_I
# i_call_ext_e
L55:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov qword ptr [rbx], 146635
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call apply_filters/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 40971
    jne label_3
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L51
    ret
# label_L
label_3:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 263179
# line_I
# i_call_ext_e
L56:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
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
    jmp call_handlers/3
# func_line_I
# aligned_label_Lt
    align 8
label_4:
# i_func_info_IaaI
# logger_backend:call_handlers/3
    call L49
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x28, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
call_handlers/3:
# i_breakpoint_trampoline
    short jmp L57
.db 0x00
    call L52
    align 8
L57:
# i_test_yield
    lea rdx, qword ptr [call_handlers/3+24]
    dec r14
    jle L50
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_12
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_12
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 134603
    mov edx, 3903640916
    call 140320710852224
    jne label_12
    mov qword ptr [rbx+24], rax
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_12
# allocate_tt
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L58
    mov ecx, 4
.db 0x90
    call 140320710850576
L58:
    sub rsp, 88
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 6
    rep stos qword ptr [rdi], rax
    mov qword ptr [rsp+80], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+72], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_ext_e
L59:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_11
    cmp dword ptr [rsi-2], 128
    jne label_11
    cmp qword ptr [rsi+6], 30603
    jne label_11
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+80], rdi
# is_map_fs
    mov rax, qword ptr [rsp+80]
    test al, 1
    jne label_11
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_11
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rsp+80]
    mov esi, 26251
    mov edx, 967617367
    call 140320710852224
    jne label_11
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 240203
# line_I
# i_call_ext_e
L60:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call apply_filters/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 40971
    je label_11
# i_move_sd
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+80], 59
# i_move_sd
L61:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L62:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# catch_yf
    inc qword ptr [r13+264]
L63:
    mov eax, 2147483647
    mov qword ptr [rsp+80], rax
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 54731
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# apply_t
    align 4
L65:
    mov edx, 2
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    xor ecx, ecx
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L64
    lea rsi, qword ptr [L65]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L64:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+80], 59
# jump_f
    jmp label_11
# label_L
label_6:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L66:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_9
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_9
    cmp edi, 128
    jne label_15
    cmp qword ptr [rsi+6], 779
    jne label_15
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+80], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+80]
    rex test sil, 1
    jne label_7
    cmp dword ptr [rsi-2], 128
    jne label_7
    cmp qword ptr [rsi+6], 90251
    jne label_7
# jump_f
    jmp label_11
# label_L
label_7:
# i_move_sd
    mov qword ptr [rbx+8], 194635
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+40], rax
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov qword ptr [rbx], 83147
# line_I
# i_call_ext_e
L67:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_11
    cmp rsi, 75
    je label_8
    jmp label_13
# label_L
label_8:
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L68
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L68:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35147
    mov rdi, qword ptr [rsp+80]
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
# append_cons_Is
L69:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
L70:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+32], rax
    mov qword ptr [rsp+80], rax
# i_move_sd
    mov qword ptr [rbx], 83147
# line_I
# i_call_ext_e
L71:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_11
# label_L
label_9:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_15
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L72
    xor ecx, ecx
.db 0x90
    call 140320710850576
L72:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 272587
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L73:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 194635
# i_move_sd
    mov qword ptr [rbx], 83147
# line_I
# i_call_ext_e
L74:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_11
    cmp rsi, 75
    je label_10
    jmp label_14
# label_L
label_10:
# i_move_sd
    mov rdi, qword ptr [rsp]
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call filter_stacktrace/1
# test_heap_It
    lea rdx, qword ptr [r15+280]
    cmp rdx, rsp
    short jbe L75
    mov ecx, 1
.db 0x90
    call 140320710850576
L75:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35147
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
    mov qword ptr [r15+8], 86859
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 272651
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 265675
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
# append_cons_Is
L76:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
L77:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    mov ecx, 5
    rep stos qword ptr [rdi], rax
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov qword ptr [rbx], 83147
# line_I
# i_call_ext_e
L78:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_11:
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 88
    jmp call_handlers/3
# label_L
label_12:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_4
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L51
    ret
# label_L
label_13:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_14:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_15:
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
label_16:
# i_func_info_IaaI
# logger_backend:apply_filters/4
    call L49
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x29, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
apply_filters/4:
# i_breakpoint_trampoline
    short jmp L79
.db 0x00
    call L52
    align 8
L79:
# i_test_yield
    lea rdx, qword ptr [apply_filters/4+24]
    dec r14
    jle L50
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L80
    mov ecx, 4
    call 140320710850576
L80:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 20555
# line_I
# i_call_f
.db 0x66, 0x90
    call do_apply_filters/4
# is_eq_exact_fss
    cmp qword ptr [rbx], 20555
    jne label_19
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 239947
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 40971
    je label_19
    cmp rsi, 54731
    je label_18
    jmp label_20
# label_L
label_18:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L51
    ret
# label_L
label_19:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L51
    ret
# label_L
label_20:
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
label_21:
# i_func_info_IaaI
# logger_backend:do_apply_filters/4
    call L49
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x29, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_apply_filters/4:
# i_breakpoint_trampoline
    short jmp L81
.db 0x00
    call L52
    align 8
L81:
# i_test_yield
    lea rdx, qword ptr [do_apply_filters/4+24]
    dec r14
    jle L50
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_36
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    short jne label_21
    cmp dword ptr [rsi-2], 128
    short jne label_21
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+48], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+48]
    rex test sil, 1
    short jne label_21
    cmp dword ptr [rsi-2], 128
    jne label_21
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L82
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L82:
    sub rsp, 48
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# catch_yf
    inc qword ptr [r13+264]
L83:
    mov eax, 2147483647
    mov qword ptr [rsp+40], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+48]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L84]
    test ecx, 1
    short jne L84
    cmp qword ptr [rcx-2], 212
    short jne L84
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L84:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+40], 59
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_31
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_31
# i_get_map_elements_fsI
.section .rodata {#1}
L87:
    align 8
.db 0xCB, 0x0D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x54, 0xD5, 0xAC, 0xE8, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x30, 0xD7, 0xD9, 0xEA, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFD, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x60, 0x51, 0xB5, 0x2E, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L85
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L88:
    dec eax
    jl label_34
    cmp qword ptr [rsi+rax*8+6], 130443
    short jne L88
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L89:
    dec eax
    jl label_34
    cmp qword ptr [rsi+rax*8+6], 25355
    short jne L89
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
L90:
    dec eax
    jl label_34
    cmp qword ptr [rsi+rax*8+6], 134603
    short jne L90
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L86
L85:
    mov ecx, 3
    lea r8, qword ptr [L87]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_34
L86:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_34
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_26
    cmp dword ptr [rsi-2], 128
    jne label_26
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L91
    test al, 2
    jne label_23
L91:
# jump_f
    jmp label_25
# label_L
label_23:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_24
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L93
    and al, -5
    cmp al, 32
    jne label_24
    short jmp L92
L93:
    cmp byte ptr [rdi+22], 0
    jne label_24
L92:
# jump_f
    jmp label_25
# label_L
label_24:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_26
# label_L
label_25:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L94
    test al, 2
    jne label_26
L94:
# jump_f
    jmp label_30
# label_L
label_26:
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_34
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_34
    and al, 63
    jne label_34
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 142667
    jne label_28
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 128
    jb label_34
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rax
# is_map_fs
    mov rax, qword ptr [rbx+32]
    test al, 1
    jne label_27
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_27
# jump_f
    jmp label_30
# label_L
label_27:
# is_list_fs
    mov rax, qword ptr [rbx+32]
    cmp rax, 59
    short je L95
    test al, 2
    jne label_28
L95:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_34
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_28
    test byte ptr [rsi-2], 63
    jne label_28
# jump_f
    jmp label_30
# label_L
label_28:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 60811
    jne label_34
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 128
    jb label_34
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rax
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L96
    test al, 2
    jne label_29
L96:
# jump_f
    jmp label_30
# label_L
label_29:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_34
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L98
    and al, -5
    cmp al, 32
    jne label_34
    short jmp L97
L98:
    cmp byte ptr [rdi+22], 0
    jne label_34
L97:
# label_L
label_30:
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    jne label_34
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_34
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 54731
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp do_apply_filters/4
# label_L
label_31:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 20555
    je label_33
    cmp rsi, 40971
    je label_32
    jmp label_34
# label_L
label_32:
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L51
    ret
# label_L
label_33:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp do_apply_filters/4
# label_L
label_34:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L99
    mov ecx, 1
    call 140320710850576
L99:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 272843
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp handle_filter_failed/4
# label_L
label_35:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
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
# line_I
# i_call_f
    call filter_stacktrace/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L100
    mov ecx, 1
    call 140320710850576
L100:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp handle_filter_failed/4
# label_L
label_36:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_21
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 54731
    jne label_37
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L51
    ret
# label_L
label_37:
# i_move_sd
    mov qword ptr [rbx], 20555
# return
    dec r14
    jl L51
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_38:
# i_func_info_IaaI
# logger_backend:handle_filter_failed/4
    call L49
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_filter_failed/4:
# i_breakpoint_trampoline
    short jmp L101
.db 0x00
    call L52
    align 8
L101:
# i_test_yield
    lea rdx, qword ptr [handle_filter_failed/4+24]
    dec r14
    jle L50
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L102
    mov ecx, 4
    call 140320710850576
L102:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L103:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_41
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L104
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L104:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 272971
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L105:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 194635
# i_move_sd
    mov qword ptr [rbx], 83147
# line_I
# i_call_ext_e
L106:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_41
    cmp rsi, 75
    je label_40
    jmp label_42
# label_L
label_40:
# test_heap_It
    lea rdx, qword ptr [r15+224]
    cmp rdx, rsp
    short jbe L107
    xor ecx, ecx
    call 140320710850576
L107:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35147
    mov rdi, qword ptr [rsp+8]
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
    mov qword ptr [r15+8], 272651
    mov rdi, qword ptr [rsp+16]
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
    mov qword ptr [r15+8], 31883
    mov rdi, qword ptr [rsp+24]
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
    mov qword ptr [r15+8], 215435
    mov rdi, qword ptr [rsp+32]
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
# append_cons_Is
L108:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
L109:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 83147
# i_call_ext_e
L110:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_41:
# i_move_sd
    mov qword ptr [rbx], 20555
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L51
    ret
# label_L
label_42:
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
label_43:
# i_func_info_IaaI
# logger_backend:filter_stacktrace/1
    call L49
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x14, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filter_stacktrace/1:
# i_breakpoint_trampoline
    short jmp L111
.db 0x00
    call L52
    align 8
L111:
# i_test_yield
    lea rdx, qword ptr [filter_stacktrace/1+24]
    dec r14
    jle L50
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 194635
# i_call_ext_only_e
L112:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_45:
# i_func_info_IaaI
# logger_backend:module_info/0
    call L49
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L113
.db 0x00
    call L52
    align 8
L113:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L50
# i_move_sd
    mov qword ptr [rbx], 194635
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L114
    mov ecx, 1
.db 0x90
    call 140320710850576
L114:
# call_light_bif_be
    align 4
L115:
L116:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L115]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L51
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_47:
# i_func_info_IaaI
# logger_backend:module_info/1
    call L49
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L117
.db 0x00
    call L52
    align 8
L117:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L50
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 194635
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L118
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L118:
# call_light_bif_be
    align 4
L119:
L120:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L119]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L51
    ret
# int_code_end
L121:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x63, 0xB8, 0x4E, 0x0B, 0xBE, 0xE3, 0x56, 0x67, 0xE4, 0xD6, 0x1C, 0xD4, 0x37, 0x03, 0x8F, 0x67, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4D, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x6C, 0x6F, 0x67, 0x67, 0x65, 0x72, 0x5F, 0x62, 0x61, 0x63, 0x6B, 0x65, 0x6E, 0x64, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x67, 0x8F, 0x03, 0x37, 0xD4, 0x1C, 0xD6, 0xE4, 0x67, 0x56, 0xE3, 0xBE, 0x0B, 0x4E, 0xB8, 0x63
.section .text {#0}
