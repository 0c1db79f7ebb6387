    align 8
L137:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L138:
    jmp 140320710851944
    align 8
L139:
    jmp 140320710853048
    align 8
L140:
    jmp 140320710850344
    align 16
L141:
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
# application:load/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load/1:
# i_breakpoint_trampoline
    short jmp L142
.db 0x00
    call L141
    align 8
L142:
# i_test_yield
    lea rdx, qword ptr [load/1+24]
    dec r14
    jle L139
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp load1/2
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# application:load/2
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load/2:
# i_breakpoint_trampoline
    short jmp L143
.db 0x00
    call L141
    align 8
L143:
# i_test_yield
    lea rdx, qword ptr [load/2+24]
    dec r14
    jle L139
# i_call_only_f
    jmp load1/2
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# application:load1/2
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x22, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load1/2:
# i_breakpoint_trampoline
    short jmp L144
.db 0x00
    call L141
    align 8
L144:
# i_test_yield
    lea rdx, qword ptr [load1/2+24]
    dec r14
    jle L139
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L145
    mov ecx, 2
    call 140320710850576
L145:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_ext_e
L146:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_8
# is_ne_exact_fss
    cmp qword ptr [rsp], 59
    je label_8
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call get_appl_name/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L147:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_7
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_7
    cmp edi, 128
    jne label_9
    cmp qword ptr [rsi+6], 779
    jne label_9
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L148:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L140
    ret
# label_L
label_7:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_9
# label_L
label_8:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L140
    ret
# label_L
label_9:
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
label_10:
# i_func_info_IaaI
# application:unload/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x58, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unload/1:
# i_breakpoint_trampoline
    short jmp L149
.db 0x00
    call L141
    align 8
L149:
# line_I
# i_test_yield
    lea rdx, qword ptr [unload/1+24]
    dec r14
    jle L139
# i_call_ext_only_e
L150:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# application:ensure_all_started/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x22, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ensure_all_started/1:
# i_breakpoint_trampoline
    short jmp L151
.db 0x00
    call L141
    align 8
L151:
# i_test_yield
    lea rdx, qword ptr [ensure_all_started/1+24]
    dec r14
    jle L139
# i_move_sd
    mov qword ptr [rbx+8], 205579
# i_call_only_f
    jmp ensure_all_started/2
# func_line_I
# aligned_label_Lt
    align 8
label_14:
# i_func_info_IaaI
# application:ensure_all_started/2
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x22, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ensure_all_started/2:
# i_breakpoint_trampoline
    short jmp L152
.db 0x00
    call L141
    align 8
L152:
# i_test_yield
    lea rdx, qword ptr [ensure_all_started/2+24]
    dec r14
    jle L139
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L153
    mov ecx, 2
    call 140320710850576
L153:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call ensure_all_started/4
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_17
    cmp esi, 192
    je label_16
    jne label_18
# label_L
label_16:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call '-ensure_all_started/2-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L154
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L154:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L140
    ret
# label_L
label_17:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L155:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L156
    mov ecx, 1
    call 140320710850576
L156:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
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
    jl L140
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
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_19:
# i_func_info_IaaI
# application:ensure_all_started/4
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x22, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ensure_all_started/4:
# i_breakpoint_trampoline
    short jmp L157
.db 0x00
    call L141
    align 8
L157:
# i_test_yield
    lea rdx, qword ptr [ensure_all_started/4+24]
    dec r14
    jle L139
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_27
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L158
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L158:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+40], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L159:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_21
    cmp rsi, 75
    je label_25
    jmp label_29
# label_L
label_21:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ensure_loaded/1
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_28
    cmp dword ptr [rsi-2], 128
    jne label_28
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_24
    cmp rsi, 30603
    je label_22
    jmp label_28
# label_L
label_22:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ensure_started/4
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_23
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp ensure_all_started/4
# label_L
label_23:
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L140
    ret
# label_L
label_24:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_26
    cmp dword ptr [rsi-2], 128
    jne label_26
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_is_eq_exact_literal_fscI
L160:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 2
    jne label_26
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_26
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L161:
L162:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L161]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_26
# label_L
label_25:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp ensure_all_started/4
# label_L
label_26:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L163
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L163:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L140
    ret
# label_L
label_27:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_19
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L164
    mov ecx, 4
.db 0x90
    call 140320710850576
L164:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L140
    ret
# label_L
label_28:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_29:
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
label_30:
# i_func_info_IaaI
# application:ensure_started/4
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x23, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ensure_started/4:
# i_breakpoint_trampoline
    short jmp L165
.db 0x00
    call L141
    align 8
L165:
# i_test_yield
    lea rdx, qword ptr [ensure_started/4+24]
    dec r14
    jle L139
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L166
    mov ecx, 4
    call 140320710850576
L166:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 203595
# line_I
# i_call_f
.db 0x66, 0x90
    call get_key/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_37
    cmp dword ptr [rsi-2], 128
    jne label_37
    cmp qword ptr [rsi+6], 30603
    jne label_37
# i_move_sd
    mov qword ptr [rbx+8], 203659
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call get_key/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_36
    cmp dword ptr [rsi-2], 128
    jne label_36
    cmp qword ptr [rsi+6], 30603
    jne label_36
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+16], xmm0
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ensure_all_started/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_34
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+16], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L167:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_33
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_33
    cmp edi, 128
    jne label_35
    cmp qword ptr [rsi+6], 779
    jne label_35
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_32
    cmp dword ptr [rsi-2], 128
    jne label_32
    cmp qword ptr [rsi+6], 205835
    jne label_32
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L168
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_32
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_32
L168:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L140
    ret
# label_L
label_32:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L169
    mov ecx, 2
.db 0x90
    call 140320710850576
L169:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L140
    ret
# label_L
label_33:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_35
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L170
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L170:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
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
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L140
    ret
# label_L
label_34:
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L140
    ret
# label_L
label_35:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_36:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_37:
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
label_38:
# i_func_info_IaaI
# application:start/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start/1:
# i_breakpoint_trampoline
    short jmp L171
.db 0x00
    call L141
    align 8
L171:
# i_test_yield
    lea rdx, qword ptr [start/1+24]
    dec r14
    jle L139
# i_move_sd
    mov qword ptr [rbx+8], 205579
# i_call_only_f
    jmp start/2
# func_line_I
# aligned_label_Lt
    align 8
label_40:
# i_func_info_IaaI
# application:start/2
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start/2:
# i_breakpoint_trampoline
    short jmp L172
.db 0x00
    call L141
    align 8
L172:
# i_test_yield
    lea rdx, qword ptr [start/2+24]
    dec r14
    jle L139
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L173
    mov ecx, 2
    call 140320710850576
L173:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ensure_loaded/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_42
    cmp dword ptr [rsi-2], 128
    jne label_42
    cmp qword ptr [rsi+6], 30603
    jne label_42
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_last_et
    add rsp, 8
L174:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_42:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L140
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_43:
# i_func_info_IaaI
# application:ensure_loaded/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x48, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ensure_loaded/1:
# i_breakpoint_trampoline
    short jmp L175
.db 0x00
    call L141
    align 8
L175:
# i_test_yield
    lea rdx, qword ptr [ensure_loaded/1+24]
    dec r14
    jle L139
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L176
    mov ecx, 1
    call 140320710850576
L176:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call load/1
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_45
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_45
    cmp edi, 128
    jne label_46
    cmp qword ptr [rsi+6], 779
    jne label_46
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_46
    cmp dword ptr [rsi-2], 128
    jne label_46
    cmp qword ptr [rsi+6], 2891
    jne label_46
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L177
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L177:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
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
    jl L140
    ret
# label_L
label_45:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_46
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call get_appl_name/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L178
    mov ecx, 1
    call 140320710850576
L178:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L140
    ret
# label_L
label_46:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L140
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_47:
# i_func_info_IaaI
# application:ensure_started/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x23, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ensure_started/1:
# i_breakpoint_trampoline
    short jmp L179
.db 0x00
    call L141
    align 8
L179:
# i_test_yield
    lea rdx, qword ptr [ensure_started/1+24]
    dec r14
    jle L139
# i_move_sd
    mov qword ptr [rbx+8], 205579
# i_call_only_f
    jmp ensure_started/2
# func_line_I
# aligned_label_Lt
    align 8
label_49:
# i_func_info_IaaI
# application:ensure_started/2
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x23, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ensure_started/2:
# i_breakpoint_trampoline
    short jmp L180
.db 0x00
    call L141
    align 8
L180:
# i_test_yield
    lea rdx, qword ptr [ensure_started/2+24]
    dec r14
    jle L139
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L181
    mov ecx, 2
    call 140320710850576
L181:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call start/2
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_51
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_51
    cmp edi, 128
    jne label_51
    cmp qword ptr [rsi+6], 779
    jne label_51
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_51
    cmp dword ptr [rsi-2], 128
    jne label_51
    cmp qword ptr [rsi+6], 205835
    jne label_51
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L182
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_51
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_51
L182:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L140
    ret
# label_L
label_51:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L140
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_52:
# i_func_info_IaaI
# application:start_boot/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x20, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_boot/1:
# i_breakpoint_trampoline
    short jmp L183
.db 0x00
    call L141
    align 8
L183:
# i_test_yield
    lea rdx, qword ptr [start_boot/1+24]
    dec r14
    jle L139
# i_move_sd
    mov qword ptr [rbx+8], 205579
# i_call_only_f
    jmp start_boot/2
# func_line_I
# aligned_label_Lt
    align 8
label_54:
# i_func_info_IaaI
# application:start_boot/2
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x20, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_boot/2:
# i_breakpoint_trampoline
    short jmp L184
.db 0x00
    call L141
    align 8
L184:
# line_I
# i_test_yield
    lea rdx, qword ptr [start_boot/2+24]
    dec r14
    jle L139
# i_call_ext_only_e
L185:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_56:
# i_func_info_IaaI
# application:takeover/2
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x24, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
takeover/2:
# i_breakpoint_trampoline
    short jmp L186
.db 0x00
    call L141
    align 8
L186:
# line_I
# i_test_yield
    lea rdx, qword ptr [takeover/2+24]
    dec r14
    jle L139
# i_call_ext_only_e
L187:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_58:
# i_func_info_IaaI
# application:permit/2
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x25, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
permit/2:
# i_breakpoint_trampoline
    short jmp L188
.db 0x00
    call L141
    align 8
L188:
# i_test_yield
    lea rdx, qword ptr [permit/2+24]
    dec r14
    jle L139
# is_boolean_fs
    mov rdi, qword ptr [rbx+8]
    and rdi, -65
    cmp rdi, 11
    jne label_62
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L189
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L189:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_ext_e
L190:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_eq_exact_literal_fscI
L191:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_60
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_60
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_last_et
    add rsp, 16
L192:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_60:
# is_eq_exact_fss
    cmp qword ptr [rbx], 206283
    jne label_61
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_last_et
    add rsp, 16
L193:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_61:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L140
    ret
# label_L
label_62:
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L194
    mov ecx, 2
    call 140320710850576
L194:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 193931
    mov qword ptr [r15+16], 206091
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L195
    mov ecx, 1
    call 140320710850576
L195:
# call_light_bif_be
    align 4
L196:
L197:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L196]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L140
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_63:
# i_func_info_IaaI
# application:stop/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stop/1:
# i_breakpoint_trampoline
    short jmp L198
.db 0x00
    call L141
    align 8
L198:
# line_I
# i_test_yield
    lea rdx, qword ptr [stop/1+24]
    dec r14
    jle L139
# i_call_ext_only_e
L199:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_65:
# i_func_info_IaaI
# application:which_applications/0
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x26, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
which_applications/0:
# i_breakpoint_trampoline
    short jmp L200
.db 0x00
    call L141
    align 8
L200:
# line_I
# i_test_yield
    lea rdx, qword ptr [which_applications/0+24]
    dec r14
    jle L139
# i_call_ext_only_e
L201:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_67:
# i_func_info_IaaI
# application:which_applications/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x26, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
which_applications/1:
# i_breakpoint_trampoline
    short jmp L202
.db 0x00
    call L141
    align 8
L202:
# i_test_yield
    lea rdx, qword ptr [which_applications/1+24]
    dec r14
    jle L139
# is_eq_exact_fss
    cmp qword ptr [rbx], 395
    jne label_69
# line_I
# i_call_ext_only_e
L203:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_69:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L204
    test al, 1
    short jne label_67
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_67
L204:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L205
    cmp rdi, rsi
    short jmp L206
L205:
    call 140320710848608
L206:
    jl label_67
# line_I
# i_call_ext_only_e
L207:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_70:
# i_func_info_IaaI
# application:loaded_applications/0
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x26, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
loaded_applications/0:
# i_breakpoint_trampoline
    short jmp L208
.db 0x00
    call L141
    align 8
L208:
# line_I
# i_test_yield
    lea rdx, qword ptr [loaded_applications/0+24]
    dec r14
    jle L139
# i_call_ext_only_e
L209:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_72:
# i_func_info_IaaI
# application:info/0
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x52, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
info/0:
# i_breakpoint_trampoline
    short jmp L210
.db 0x00
    call L141
    align 8
L210:
# line_I
# i_test_yield
    lea rdx, qword ptr [info/0+24]
    dec r14
    jle L139
# i_call_ext_only_e
L211:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_74:
# i_func_info_IaaI
# application:set_env/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x26, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_env/1:
# i_breakpoint_trampoline
    short jmp L212
.db 0x00
    call L141
    align 8
L212:
# i_test_yield
    lea rdx, qword ptr [set_env/1+24]
    dec r14
    jle L139
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L213
    test al, 2
    short jne label_74
L213:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp set_env/2
# func_line_I
# aligned_label_Lt
    align 8
label_76:
# i_func_info_IaaI
# application:set_env/2
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x26, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_env/2:
# i_breakpoint_trampoline
    short jmp L214
.db 0x00
    call L141
    align 8
L214:
# i_test_yield
    lea rdx, qword ptr [set_env/2+24]
    dec r14
    jle L139
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L215
    test al, 2
    short jne label_76
L215:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L216
    test al, 2
    short jne label_76
L216:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L217
    mov ecx, 2
.db 0x90
    call 140320710850576
L217:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_ext_e
L218:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_78
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_78
    cmp edi, 128
    jne label_79
    cmp qword ptr [rsi+6], 779
    jne label_79
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L219
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L219:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# line_I
# call_light_bif_be
    align 4
L220:
L221:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L220]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L140
    ret
# label_L
label_78:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_79
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L140
    ret
# label_L
label_79:
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
label_80:
# i_func_info_IaaI
# application:set_env/3
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x26, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_env/3:
# i_breakpoint_trampoline
    short jmp L222
.db 0x00
    call L141
    align 8
L222:
# line_I
# i_test_yield
    lea rdx, qword ptr [set_env/3+24]
    dec r14
    jle L139
# i_call_ext_only_e
L223:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_82:
# i_func_info_IaaI
# application:set_env/4
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x26, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_env/4:
# i_breakpoint_trampoline
    short jmp L224
.db 0x00
    call L141
    align 8
L224:
# i_test_yield
    lea rdx, qword ptr [set_env/4+24]
    dec r14
    jle L139
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 395
    jne label_84
# i_move_sd
L225:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    short jmp set_env/4
# label_L
label_84:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L226
    test al, 1
    jne label_85
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_85
L226:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L227
    cmp rdi, rsi
    short jmp L228
L227:
    call 140320710848608
L228:
    jl label_85
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L229
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L229:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 459
    mov rdi, qword ptr [rbx+24]
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
# i_call_only_f
    jmp set_env/4
# label_L
label_85:
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L230
    test al, 2
    jne label_82
L230:
# line_I
# i_call_ext_only_e
L231:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_86:
# i_func_info_IaaI
# application:unset_env/2
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x27, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unset_env/2:
# i_breakpoint_trampoline
    short jmp L232
.db 0x00
    call L141
    align 8
L232:
# line_I
# i_test_yield
    lea rdx, qword ptr [unset_env/2+24]
    dec r14
    jle L139
# i_call_ext_only_e
L233:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_88:
# i_func_info_IaaI
# application:unset_env/3
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x27, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unset_env/3:
# i_breakpoint_trampoline
    short jmp L234
.db 0x00
    call L141
    align 8
L234:
# i_test_yield
    lea rdx, qword ptr [unset_env/3+24]
    dec r14
    jle L139
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 395
    jne label_90
# i_move_sd
L235:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    short jmp unset_env/3
# label_L
label_90:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L236
    test al, 1
    jne label_91
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_91
L236:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L237
    cmp rdi, rsi
    short jmp L238
L237:
    call 140320710848608
L238:
    jl label_91
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L239
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L239:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 459
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp unset_env/3
# label_L
label_91:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L240
    test al, 2
    jne label_88
L240:
# line_I
# i_call_ext_only_e
L241:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_92:
# i_func_info_IaaI
# application:get_env/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x27, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_env/1:
# i_breakpoint_trampoline
    short jmp L242
.db 0x00
    call L141
    align 8
L242:
# i_test_yield
    lea rdx, qword ptr [get_env/1+24]
    dec r14
    jle L139
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L243
    mov ecx, 1
    call 140320710850576
L243:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# call_light_bif_be
    align 4
L244:
L245:
    long mov rcx, 9223372036854775807
    mov rax, 94919179111344
    lea rdx, qword ptr [L244]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_last_et
    add rsp, 8
L246:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_94:
# i_func_info_IaaI
# application:get_env/2
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x27, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_env/2:
# i_breakpoint_trampoline
    short jmp L247
.db 0x00
    call L141
    align 8
L247:
# line_I
# i_test_yield
    lea rdx, qword ptr [get_env/2+24]
    dec r14
    jle L139
# i_call_ext_only_e
L248:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_96:
# i_func_info_IaaI
# application:get_env/3
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x27, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_env/3:
# i_breakpoint_trampoline
    short jmp L249
.db 0x00
    call L141
    align 8
L249:
# i_test_yield
    lea rdx, qword ptr [get_env/3+24]
    dec r14
    jle L139
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L250
    mov ecx, 3
    call 140320710850576
L250:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_env/2
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_98
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_98
    cmp edi, 128
    jne label_99
    cmp qword ptr [rsi+6], 30603
    jne label_99
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L140
    ret
# label_L
label_98:
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_99
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L140
    ret
# label_L
label_99:
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
label_100:
# i_func_info_IaaI
# application:get_all_env/0
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x27, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_all_env/0:
# i_breakpoint_trampoline
    short jmp L251
.db 0x00
    call L141
    align 8
L251:
# i_test_yield
    lea rdx, qword ptr [get_all_env/0+24]
    dec r14
    jle L139
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L252
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L252:
# call_light_bif_be
    align 4
L253:
L254:
    long mov rcx, 9223372036854775807
    mov rax, 94919179111344
    lea rdx, qword ptr [L253]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_ext_last_et
L255:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_102:
# i_func_info_IaaI
# application:get_all_env/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x27, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_all_env/1:
# i_breakpoint_trampoline
    short jmp L256
.db 0x00
    call L141
    align 8
L256:
# line_I
# i_test_yield
    lea rdx, qword ptr [get_all_env/1+24]
    dec r14
    jle L139
# i_call_ext_only_e
L257:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_104:
# i_func_info_IaaI
# application:get_key/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x28, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_key/1:
# i_breakpoint_trampoline
    short jmp L258
.db 0x00
    call L141
    align 8
L258:
# i_test_yield
    lea rdx, qword ptr [get_key/1+24]
    dec r14
    jle L139
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L259
    mov ecx, 1
    call 140320710850576
L259:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# call_light_bif_be
    align 4
L260:
L261:
    long mov rcx, 9223372036854775807
    mov rax, 94919179111344
    lea rdx, qword ptr [L260]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_last_et
    add rsp, 8
L262:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_106:
# i_func_info_IaaI
# application:get_key/2
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x28, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_key/2:
# i_breakpoint_trampoline
    short jmp L263
.db 0x00
    call L141
    align 8
L263:
# line_I
# i_test_yield
    lea rdx, qword ptr [get_key/2+24]
    dec r14
    jle L139
# i_call_ext_only_e
L264:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_108:
# i_func_info_IaaI
# application:get_all_key/0
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x28, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_all_key/0:
# i_breakpoint_trampoline
    short jmp L265
.db 0x00
    call L141
    align 8
L265:
# i_test_yield
    lea rdx, qword ptr [get_all_key/0+24]
    dec r14
    jle L139
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L266
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L266:
# call_light_bif_be
    align 4
L267:
L268:
    long mov rcx, 9223372036854775807
    mov rax, 94919179111344
    lea rdx, qword ptr [L267]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_ext_last_et
L269:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_110:
# i_func_info_IaaI
# application:get_all_key/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x28, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_all_key/1:
# i_breakpoint_trampoline
    short jmp L270
.db 0x00
    call L141
    align 8
L270:
# line_I
# i_test_yield
    lea rdx, qword ptr [get_all_key/1+24]
    dec r14
    jle L139
# i_call_ext_only_e
L271:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_112:
# i_func_info_IaaI
# application:get_application/0
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x29, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_application/0:
# i_breakpoint_trampoline
    short jmp L272
.db 0x00
    call L141
    align 8
L272:
# i_test_yield
    lea rdx, qword ptr [get_application/0+24]
    dec r14
    jle L139
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L273
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L273:
# call_light_bif_be
    align 4
L274:
L275:
    long mov rcx, 9223372036854775807
    mov rax, 94919179111344
    lea rdx, qword ptr [L274]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_ext_last_et
L276:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_114:
# i_func_info_IaaI
# application:get_application/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x29, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_application/1:
# i_breakpoint_trampoline
    short jmp L277
.db 0x00
    call L141
    align 8
L277:
# i_test_yield
    lea rdx, qword ptr [get_application/1+24]
    dec r14
    jle L139
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L278
    test al, 1
    jne label_117
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_117
L278:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L279
    mov ecx, 1
    call 140320710850576
L279:
# i_move_sd
    mov qword ptr [rbx+8], 19019
# line_I
# i_call_ext_e
L280:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_116
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_116
    cmp edi, 128
    jne label_118
    cmp qword ptr [rsi+6], 19019
    jne label_118
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_last_et
L281:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_116:
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_118
# deallocate_t
# return
    dec r14
    jl L140
    ret
# label_L
label_117:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_114
# line_I
# i_call_ext_only_e
L282:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_118:
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
label_119:
# i_func_info_IaaI
# application:start_type/0
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x29, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_type/0:
# i_breakpoint_trampoline
    short jmp L283
.db 0x00
    call L141
    align 8
L283:
# i_test_yield
    lea rdx, qword ptr [start_type/0+24]
    dec r14
    jle L139
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L284
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L284:
# call_light_bif_be
    align 4
L285:
L286:
    long mov rcx, 9223372036854775807
    mov rax, 94919179111344
    lea rdx, qword ptr [L285]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_ext_last_et
L287:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_121:
# i_func_info_IaaI
# application:get_appl_name/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2A, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_appl_name/1:
# i_breakpoint_trampoline
    short jmp L288
.db 0x00
    call L141
    align 8
L288:
# i_test_yield
    lea rdx, qword ptr [get_appl_name/1+24]
    dec r14
    jle L139
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_123
# return
    dec r14
    jl L140
    ret
# label_L
label_123:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_121
    cmp dword ptr [rsi-2], 192
    short jne label_121
    cmp qword ptr [rsi+6], 193931
    short jne label_121
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_121
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L140
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_124:
# i_func_info_IaaI
# application:behaviour_info/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2A, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
behaviour_info/1:
# i_breakpoint_trampoline
    short jmp L289
.db 0x00
    call L141
    align 8
L289:
# i_test_yield
    lea rdx, qword ptr [behaviour_info/1+24]
    dec r14
    jle L139
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 207499
    je label_127
    cmp rsi, 207563
    je label_126
    jmp label_128
# label_L
label_126:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L140
    ret
# label_L
label_127:
# i_move_sd
L290:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L140
    ret
# label_L
label_128:
# i_call_only_f
    jmp '-inlined-behaviour_info/1-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_129:
# i_func_info_IaaI
# application:module_info/0
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L291
.db 0x00
    call L141
    align 8
L291:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L139
# i_move_sd
    mov qword ptr [rbx], 193931
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L292
    mov ecx, 1
.db 0x90
    call 140320710850576
L292:
# call_light_bif_be
    align 4
L293:
L294:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L293]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L140
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_131:
# i_func_info_IaaI
# application:module_info/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L295
.db 0x00
    call L141
    align 8
L295:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L139
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 193931
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L296
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L296:
# call_light_bif_be
    align 4
L297:
L298:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L297]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L140
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_133:
# i_func_info_IaaI
# application:'-ensure_all_started/2-lc$^0/1-0-'/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-ensure_all_started/2-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L299
.db 0x00
    call L141
    align 8
L299:
# i_test_yield
    lea rdx, qword ptr ['-ensure_all_started/2-lc$^0/1-0-'/1+24]
    dec r14
    jle L139
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_135
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L300
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L300:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_call_f
.db 0x90
    call stop/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    short jmp '-ensure_all_started/2-lc$^0/1-0-'/1
# label_L
label_135:
# return
    dec r14
    jl L140
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_136:
# i_func_info_IaaI
# application:'-inlined-behaviour_info/1-'/1
    call L138
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF5, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-inlined-behaviour_info/1-'/1:
# i_breakpoint_trampoline
    short jmp L301
.db 0x00
    call L141
    align 8
L301:
# i_test_yield
    lea rdx, qword ptr ['-inlined-behaviour_info/1-'/1+24]
    dec r14
    jle L139
# jump_f
    short jmp label_136
# int_code_end
L302:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x46, 0x3B, 0x01, 0xCA, 0x24, 0xC2, 0x54, 0x90, 0x4B, 0xA4, 0xEC, 0xE0, 0x41, 0x95, 0x1D, 0x18, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4A, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x61, 0x70, 0x70, 0x6C, 0x69, 0x63, 0x61, 0x74, 0x69, 0x6F, 0x6E, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x18, 0x1D, 0x95, 0x41, 0xE0, 0xEC, 0xA4, 0x4B, 0x90, 0x54, 0xC2, 0x24, 0xCA, 0x01, 0x3B, 0x46
.section .text {#0}
