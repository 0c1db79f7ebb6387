    align 8
L52:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L53:
    jmp 140320710851944
    align 8
L54:
    jmp 140320710853048
    align 8
L55:
    jmp 140320710850344
    align 16
L56:
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
# logger_filters:domain/2
    call L53
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xFB, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
domain/2:
# i_breakpoint_trampoline
    short jmp L57
.db 0x00
    call L56
    align 8
L57:
# i_test_yield
    lea rdx, qword ptr [domain/2+24]
    dec r14
    jle L54
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_5
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_5
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 25355
    mov edx, 3940144944
    call 140320710852224
    jne label_5
    mov qword ptr [rbx+16], rax
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_5
    cmp dword ptr [rsi-2], 192
    jne label_5
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 40971
    je label_3
    cmp rsi, 54731
    je label_3
    jmp label_5
# label_L
label_3:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 907
    je label_4
    cmp rsi, 88459
    je label_4
    cmp rsi, 240331
    je label_4
    cmp rsi, 268235
    je label_4
    cmp rsi, 268299
    je label_4
    jmp label_5
# label_L
label_4:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+40], rdi
# is_list_fs
    mov rax, qword ptr [rbx+40]
    cmp rax, 59
    short je L58
    test al, 2
    jne label_5
L58:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L59
    mov ecx, 6
.db 0x90
    call 140320710850576
L59:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call on_match/2
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp filter_domain/4
# label_L
label_5:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L60
    mov ecx, 2
    call 140320710850576
L60:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L61
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L61:
# call_light_bif_be
    align 4
L62:
L63:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L62]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L55
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_6:
# i_func_info_IaaI
# logger_filters:level/2
    call L53
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
level/2:
# i_breakpoint_trampoline
    short jmp L64
.db 0x00
    call L56
    align 8
L64:
# i_test_yield
    lea rdx, qword ptr [level/2+24]
    dec r14
    jle L54
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_11
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_11
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 134603
    mov edx, 3903640916
    call 140320710852224
    jne label_11
    mov qword ptr [rbx+16], rax
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_11
    cmp dword ptr [rsi-2], 192
    jne label_11
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 40971
    je label_8
    cmp rsi, 54731
    je label_8
    jmp label_11
# label_L
label_8:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 263883
    je label_9
    cmp rsi, 264011
    je label_9
    cmp rsi, 264075
    je label_9
    cmp rsi, 268363
    je label_9
    cmp rsi, 268427
    je label_9
    cmp rsi, 268491
    je label_9
    jmp label_11
# label_L
label_9:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+40], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 779
    je label_10
    cmp rsi, 21003
    je label_10
    cmp rsi, 45451
    je label_10
    cmp rsi, 83147
    je label_10
    cmp rsi, 203851
    je label_10
    cmp rsi, 261899
    je label_10
    cmp rsi, 261963
    je label_10
    cmp rsi, 262027
    je label_10
    jmp label_11
# label_L
label_10:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L65
    mov ecx, 6
.db 0x90
    call 140320710850576
L65:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call on_match/2
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp filter_level/4
# label_L
label_11:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L66
    mov ecx, 2
    call 140320710850576
L66:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L67
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L67:
# call_light_bif_be
    align 4
L68:
L69:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L68]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L55
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# logger_filters:progress/2
    call L53
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x50, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
progress/2:
# i_breakpoint_trampoline
    short jmp L70
.db 0x00
    call L56
    align 8
L70:
# i_test_yield
    lea rdx, qword ptr [progress/2+24]
    dec r14
    jle L54
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 40971
    je label_14
    cmp rsi, 54731
    je label_14
    jmp label_15
# label_L
label_14:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L71
    mov ecx, 2
.db 0x90
    call 140320710850576
L71:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call on_match/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp filter_progress/2
# label_L
label_15:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L72
    mov ecx, 2
.db 0x90
    call 140320710850576
L72:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L73
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L73:
# call_light_bif_be
    align 4
L74:
L75:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L74]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L55
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_16:
# i_func_info_IaaI
# logger_filters:remote_gl/2
    call L53
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAA, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
remote_gl/2:
# i_breakpoint_trampoline
    short jmp L76
.db 0x00
    call L56
    align 8
L76:
# i_test_yield
    lea rdx, qword ptr [remote_gl/2+24]
    dec r14
    jle L54
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 40971
    je label_18
    cmp rsi, 54731
    je label_18
    jmp label_19
# label_L
label_18:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L77
    mov ecx, 2
.db 0x90
    call 140320710850576
L77:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call on_match/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp filter_remote_gl/2
# label_L
label_19:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L78
    mov ecx, 2
.db 0x90
    call 140320710850576
L78:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L79
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L79:
# call_light_bif_be
    align 4
L80:
L81:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L80]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L55
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_20:
# i_func_info_IaaI
# logger_filters:filter_domain/4
    call L53
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x19, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filter_domain/4:
# i_breakpoint_trampoline
    short jmp L82
.db 0x00
    call L56
    align 8
L82:
# i_test_yield
    lea rdx, qword ptr [filter_domain/4+24]
    dec r14
    jle L54
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 88459
    je label_23
    cmp rsi, 240331
    je label_22
    cmp rsi, 268235
    je label_25
    cmp rsi, 268299
    je label_24
    jmp label_26
# label_L
label_22:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_26
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_26
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 129995
    mov edx, 4155078544
    call 140320710852224
    jne label_26
    mov qword ptr [rbx+32], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp is_prefix/3
# label_L
label_23:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_26
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_26
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 129995
    mov edx, 4155078544
    call 140320710852224
    jne label_26
    mov qword ptr [rbx+32], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp is_prefix/3
# label_L
label_24:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_26
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_26
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 129995
    mov edx, 4155078544
    call 140320710852224
    jne label_26
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L83
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_27
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_27
L83:
# jump_f
    jmp label_26
# label_L
label_25:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_26
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_26
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 129995
    mov edx, 4155078544
    call 140320710852224
    jne label_26
    mov qword ptr [rbx+32], rax
# is_ne_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    je label_27
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    short je L84
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_27
L84:
# label_L
label_26:
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 129995
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022896
    call 140320710851304
    mov qword ptr [rbx+8], rax
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 75
    je label_28
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 907
    je label_27
    cmp rsi, 268299
    je label_27
    jmp label_28
# label_L
label_27:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L55
    ret
# label_L
label_28:
# i_move_sd
    mov qword ptr [rbx], 20555
# return
    dec r14
    jl L55
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_29:
# i_func_info_IaaI
# logger_filters:is_prefix/3
    call L53
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x44, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_prefix/3:
# i_breakpoint_trampoline
    short jmp L85
.db 0x00
    call L56
    align 8
L85:
# i_test_yield
    lea rdx, qword ptr [is_prefix/3+24]
    dec r14
    jle L54
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L86
    test al, 2
    jne label_32
L86:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L87
    test al, 2
    jne label_32
L87:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L88
    mov ecx, 3
.db 0x90
    call 140320710850576
L88:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L89:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L55
    ret
# label_L
label_31:
# i_move_sd
    mov qword ptr [rbx], 20555
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L55
    ret
# label_L
label_32:
# i_move_sd
    mov qword ptr [rbx], 20555
# return
    dec r14
    jl L55
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# logger_filters:filter_level/4
    call L53
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x19, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filter_level/4:
# i_breakpoint_trampoline
    short jmp L90
.db 0x00
    call L56
    align 8
L90:
# i_test_yield
    lea rdx, qword ptr [filter_level/4+24]
    dec r14
    jle L54
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L91
    mov ecx, 4
    call 140320710850576
L91:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L92:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 263883
    je label_37
    cmp rsi, 264011
    je label_36
    cmp rsi, 264075
    je label_35
    jmp label_39
# label_L
label_35:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+8]
    cmp rsi, 264075
    je label_38
    cmp rsi, 268427
    je label_38
    cmp rsi, 268491
    je label_38
    jmp label_39
# label_L
label_36:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+8]
    cmp rsi, 264011
    je label_38
    cmp rsi, 268363
    je label_38
    cmp rsi, 268491
    je label_38
    jmp label_39
# label_L
label_37:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+8]
    cmp rsi, 263883
    je label_38
    cmp rsi, 268363
    je label_38
    cmp rsi, 268427
    je label_38
    jmp label_39
# label_L
label_38:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L55
    ret
# label_L
label_39:
# i_move_sd
    mov qword ptr [rbx], 20555
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L55
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_40:
# i_func_info_IaaI
# logger_filters:filter_progress/2
    call L53
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x19, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filter_progress/2:
# i_breakpoint_trampoline
    short jmp L93
.db 0x00
    call L56
    align 8
L93:
# i_test_yield
    lea rdx, qword ptr [filter_progress/2+24]
    dec r14
    jle L54
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_42
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_42
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 130443
    mov edx, 783634784
    call 140320710852224
    jne label_42
    mov qword ptr [rbx], rax
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_42
    cmp dword ptr [rsi-2], 128
    jne label_42
    cmp qword ptr [rsi+6], 142667
    jne label_42
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_42
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_42
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 22475
    mov edx, 2164284235
    call 140320710852224
    jne label_42
    mov qword ptr [rbx], rax
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_42
    cmp dword ptr [rsi-2], 128
    jne label_42
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 86027
    jne label_42
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L55
    ret
# label_L
label_42:
# i_move_sd
    mov qword ptr [rbx], 20555
# return
    dec r14
    jl L55
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_43:
# i_func_info_IaaI
# logger_filters:filter_remote_gl/2
    call L53
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filter_remote_gl/2:
# i_breakpoint_trampoline
    short jmp L94
.db 0x00
    call L56
    align 8
L94:
# i_test_yield
    lea rdx, qword ptr [filter_remote_gl/2+24]
    dec r14
    jle L54
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_45
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_45
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 25355
    mov edx, 3940144944
    call 140320710852224
    jne label_45
    mov qword ptr [rbx], rax
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_45
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_45
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 117131
    mov edx, 1284031986
    call 140320710852224
    jne label_45
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179434272
    call 140320710851400
    je label_45
    mov qword ptr [rbx], rax
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+16], rdi
# is_ne_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+16]
    cmp qword ptr [rbx], rdi
    je label_45
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L55
    ret
# label_L
label_45:
# i_move_sd
    mov qword ptr [rbx], 20555
# return
    dec r14
    jl L55
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_46:
# i_func_info_IaaI
# logger_filters:on_match/2
    call L53
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
on_match/2:
# i_breakpoint_trampoline
    short jmp L95
.db 0x00
    call L56
    align 8
L95:
# i_test_yield
    lea rdx, qword ptr [on_match/2+24]
    dec r14
    jle L54
# is_eq_exact_fss
    cmp qword ptr [rbx], 40971
    jne label_48
# return
    dec r14
    jl L55
    ret
# label_L
label_48:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L55
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_49:
# i_func_info_IaaI
# logger_filters:module_info/0
    call L53
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L96
.db 0x00
    call L56
    align 8
L96:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L54
# i_move_sd
    mov qword ptr [rbx], 194571
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L97
    mov ecx, 1
.db 0x90
    call 140320710850576
L97:
# call_light_bif_be
    align 4
L98:
L99:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L98]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L55
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_51:
# i_func_info_IaaI
# logger_filters:module_info/1
    call L53
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L100
.db 0x00
    call L56
    align 8
L100:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L54
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 194571
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L101
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L101:
# call_light_bif_be
    align 4
L102:
L103:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L102]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L55
    ret
# int_code_end
L104:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x1D, 0xB8, 0x8F, 0xFD, 0x43, 0xB0, 0xB6, 0x0F, 0x26, 0xE1, 0x2E, 0xF3, 0x59, 0x9C, 0x6E, 0x0A, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4D, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x6C, 0x6F, 0x67, 0x67, 0x65, 0x72, 0x5F, 0x66, 0x69, 0x6C, 0x74, 0x65, 0x72, 0x73, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x0A, 0x6E, 0x9C, 0x59, 0xF3, 0x2E, 0xE1, 0x26, 0x0F, 0xB6, 0xB0, 0x43, 0xFD, 0x8F, 0xB8, 0x1D
.section .text {#0}
