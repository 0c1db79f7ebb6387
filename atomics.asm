    align 8
L38:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L39:
    jmp 140320710851944
    align 8
L40:
    jmp 140320710853048
    align 8
L41:
    jmp 140320710850344
    align 16
L42:
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
# atomics:new/2
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
new/2:
# i_breakpoint_trampoline
    short jmp L43
.db 0x00
    call L42
    align 8
L43:
# i_test_yield
    lea rdx, qword ptr [new/2+24]
    dec r14
    jle L40
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L44
    mov ecx, 2
    call 140320710850576
L44:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L45:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# line_I
# i_call_f
    call label_8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L46:
L47:
    long mov rcx, 9223372036854775807
    mov rax, 94919178940368
    lea rdx, qword ptr [L46]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L41
    ret
# label_L
label_3:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 715
    je label_4
    cmp rsi, 779
    je label_5
    jmp label_6
# label_L
label_4:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 5387
    jne label_6
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L48
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L48:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L49:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L50:
L51:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L50]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L41
    ret
# label_L
label_5:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L52
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L52:
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
    mov qword ptr [rbx], rsi
# i_move_sd
L53:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L54:
L55:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L54]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L41
    ret
# label_L
label_6:
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
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# atomics:encode_opts/2
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA6, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_8:
# i_breakpoint_trampoline
    short jmp L56
.db 0x00
    call L42
    align 8
L56:
# i_test_yield
    lea rdx, qword ptr [label_8+24]
    dec r14
    jle L40
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_11
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_12
    cmp dword ptr [rsi-2], 128
    jne label_12
    cmp qword ptr [rsi+6], 157707
    jne label_12
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 11
    je label_10
    cmp rsi, 75
    je label_9
    jmp label_12
# label_L
label_9:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_only_f
    jmp label_8
# label_L
label_10:
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -17
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp label_8
# label_L
label_11:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_12
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L41
    ret
# label_L
label_12:
# i_move_sd
    mov qword ptr [rbx], 5387
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L57
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L57:
# call_light_bif_be
    align 4
L58:
L59:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L58]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# atomics:put/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
put/3:
# i_breakpoint_trampoline
    short jmp L60
.db 0x00
    call L42
    align 8
L60:
# call_bif_mfa_aaI
L61:
    lea rsi, qword ptr [put/3-24]
    lea rdx, qword ptr [L61]
    mov rcx, 94919178940816
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L62
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L62:
# call_light_bif_be
    align 4
L63:
L64:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L63]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_15:
# i_func_info_IaaI
# atomics:get/2
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get/2:
# i_breakpoint_trampoline
    short jmp L65
.db 0x00
    call L42
    align 8
L65:
# call_bif_mfa_aaI
L66:
    lea rsi, qword ptr [get/2-24]
    lea rdx, qword ptr [L66]
    mov rcx, 94919178941008
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L67
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L67:
# call_light_bif_be
    align 4
L68:
L69:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L68]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_17:
# i_func_info_IaaI
# atomics:add/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add/3:
# i_breakpoint_trampoline
    short jmp L70
.db 0x00
    call L42
    align 8
L70:
# call_bif_mfa_aaI
L71:
    lea rsi, qword ptr [add/3-24]
    lea rdx, qword ptr [L71]
    mov rcx, 94919178941440
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L72
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L72:
# call_light_bif_be
    align 4
L73:
L74:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L73]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_19:
# i_func_info_IaaI
# atomics:add_get/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_get/3:
# i_breakpoint_trampoline
    short jmp L75
.db 0x00
    call L42
    align 8
L75:
# call_bif_mfa_aaI
L76:
    lea rsi, qword ptr [add_get/3-24]
    lea rdx, qword ptr [L76]
    mov rcx, 94919178941648
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L77
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L77:
# call_light_bif_be
    align 4
L78:
L79:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L78]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_21:
# i_func_info_IaaI
# atomics:sub/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x59, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sub/3:
# i_breakpoint_trampoline
    short jmp L80
.db 0x00
    call L42
    align 8
L80:
# i_test_yield
    lea rdx, qword ptr [sub/3+24]
    dec r14
    jle L40
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L81
    mov ecx, 3
    call 140320710850576
L81:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# catch_yf
    inc qword ptr [r13+264]
L82:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# line_I
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx+16]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L84
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L83
L84:
    call 140320710854520
L83:
    mov qword ptr [rbx+16], rax
# call_light_bif_be
    align 4
L85:
L86:
    long mov rcx, 9223372036854775807
    mov rax, 94919178941440
    lea rdx, qword ptr [L85]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L41
    ret
# label_L
label_23:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_24
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L87
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L87:
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
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# i_move_sd
L88:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L89:
L90:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L89]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L41
    ret
# label_L
label_24:
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
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_25:
# i_func_info_IaaI
# atomics:sub_get/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x68, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sub_get/3:
# i_breakpoint_trampoline
    short jmp L91
.db 0x00
    call L42
    align 8
L91:
# i_test_yield
    lea rdx, qword ptr [sub_get/3+24]
    dec r14
    jle L40
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L92
    mov ecx, 3
    call 140320710850576
L92:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# catch_yf
    inc qword ptr [r13+264]
L93:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# line_I
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx+16]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L95
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L94
L95:
    call 140320710854520
L94:
    mov qword ptr [rbx+16], rax
# call_light_bif_be
    align 4
L96:
L97:
    long mov rcx, 9223372036854775807
    mov rax, 94919178941648
    lea rdx, qword ptr [L96]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L41
    ret
# label_L
label_27:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_28
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L98
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L98:
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
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# i_move_sd
L99:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L100:
L101:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L100]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L41
    ret
# label_L
label_28:
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
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_29:
# i_func_info_IaaI
# atomics:exchange/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exchange/3:
# i_breakpoint_trampoline
    short jmp L102
.db 0x00
    call L42
    align 8
L102:
# call_bif_mfa_aaI
L103:
    lea rsi, qword ptr [exchange/3-24]
    lea rdx, qword ptr [L103]
    mov rcx, 94919178942176
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L104
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L104:
# call_light_bif_be
    align 4
L105:
L106:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L105]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# atomics:compare_exchange/4
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x08, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
compare_exchange/4:
# i_breakpoint_trampoline
    short jmp L107
.db 0x00
    call L42
    align 8
L107:
# call_bif_mfa_aaI
L108:
    lea rsi, qword ptr [compare_exchange/4-24]
    lea rdx, qword ptr [L108]
    mov rcx, 94919178942672
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L109
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L109:
# call_light_bif_be
    align 4
L110:
L111:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L110]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# atomics:info/1
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x52, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
info/1:
# i_breakpoint_trampoline
    short jmp L112
.db 0x00
    call L42
    align 8
L112:
# call_bif_mfa_aaI
L113:
    lea rsi, qword ptr [info/1-24]
    lea rdx, qword ptr [L113]
    mov rcx, 94919178943216
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L114
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L114:
# call_light_bif_be
    align 4
L115:
L116:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L115]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# atomics:module_info/0
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L117
.db 0x00
    call L42
    align 8
L117:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L40
# i_move_sd
    mov qword ptr [rbx], 67339
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L118
    mov ecx, 1
.db 0x90
    call 140320710850576
L118:
# call_light_bif_be
    align 4
L119:
L120:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L119]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_37:
# i_func_info_IaaI
# atomics:module_info/1
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x07, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L121
.db 0x00
    call L42
    align 8
L121:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L40
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 67339
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L122
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L122:
# call_light_bif_be
    align 4
L123:
L124:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L123]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# int_code_end
L125:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
md5:
.db 0x2E, 0xBC, 0x7E, 0x5C, 0xCE, 0x57, 0xE5, 0x90, 0xF4, 0x6A, 0xC7, 0x6B, 0xF5, 0xD8, 0x4C, 0x44
.section .text {#0}
