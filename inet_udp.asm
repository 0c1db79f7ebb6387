    align 8
L58:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L59:
    jmp 140320710851944
    align 8
L60:
    jmp 140320710853048
    align 8
L61:
    jmp 140320710850344
    align 16
L62:
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
# inet_udp:getserv/1
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x05, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getserv/1:
# i_breakpoint_trampoline
    short jmp L63
.db 0x00
    call L62
    align 8
L63:
# i_test_yield
    lea rdx, qword ptr [getserv/1+24]
    dec r14
    jle L60
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L64
    test al, 1
    jne label_3
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_3
L64:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L65
    mov ecx, 1
    call 140320710850576
L65:
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
# return
    dec r14
    jl L61
    ret
# label_L
label_3:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_1
# i_move_sd
    mov qword ptr [rbx+8], 69515
# line_I
# i_call_ext_only_e
L66:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_4:
# i_func_info_IaaI
# inet_udp:getaddr/1
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x05, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getaddr/1:
# i_breakpoint_trampoline
    short jmp L67
.db 0x00
    call L62
    align 8
L67:
# i_test_yield
    lea rdx, qword ptr [getaddr/1+24]
    dec r14
    jle L60
# i_move_sd
    mov qword ptr [rbx+8], 69323
# i_call_ext_only_e
L68:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_6:
# i_func_info_IaaI
# inet_udp:getaddr/2
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x05, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getaddr/2:
# i_breakpoint_trampoline
    short jmp L69
.db 0x00
    call L62
    align 8
L69:
# i_test_yield
    lea rdx, qword ptr [getaddr/2+24]
    dec r14
    jle L60
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 69323
# i_call_ext_only_e
L70:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_8:
# i_func_info_IaaI
# inet_udp:translate_ip/1
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x06, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
translate_ip/1:
# i_breakpoint_trampoline
    short jmp L71
.db 0x00
    call L62
    align 8
L71:
# i_test_yield
    lea rdx, qword ptr [translate_ip/1+24]
    dec r14
    jle L60
# i_move_sd
    mov qword ptr [rbx+8], 69323
# i_call_ext_only_e
L72:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_10:
# i_func_info_IaaI
# inet_udp:open/1
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x78, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
open/1:
# i_breakpoint_trampoline
    short jmp L73
.db 0x00
    call L62
    align 8
L73:
# i_test_yield
    lea rdx, qword ptr [open/1+24]
    dec r14
    jle L60
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp open/2
# func_line_I
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# inet_udp:open/2
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x78, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
open/2:
# i_breakpoint_trampoline
    short jmp L74
.db 0x00
    call L62
    align 8
L74:
# i_test_yield
    lea rdx, qword ptr [open/2+24]
    dec r14
    jle L60
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L75
    mov ecx, 2
    call 140320710850576
L75:
# put_cons_ss
L76:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
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
    mov qword ptr [r15+8], 32843
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 197323
# line_I
# i_call_ext_e
L77:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_20
    cmp dword ptr [rsi-2], 128
    jne label_20
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_19
    cmp rsi, 30603
    je label_14
    jmp label_20
# label_L
label_14:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_18
    cmp dword ptr [rsi-2], 320
    jne label_18
    cmp qword ptr [rsi+6], 460363
    jne label_18
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx], xmm0
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_15
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_15
# jump_f
    jmp label_17
# label_L
label_15:
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -1048561
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L78
    and rax, rsi
    short jmp L79
L78:
    call 140320710851272
    je label_16
L79:
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_16
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_16
    cmp dword ptr [rsi-2], 256
    jne label_16
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+24], xmm0
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L80
    or rax, rsi
    short jmp L81
L80:
    call 140320710851504
    je label_16
L81:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L82
    or rax, rsi
    short jmp L83
L82:
    call 140320710851504
    je label_16
L83:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L84
    or rax, rsi
    short jmp L85
L84:
    call 140320710851504
    je label_16
L85:
    mov qword ptr [rbx+24], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L86
    and rax, rsi
    short jmp L87
L86:
    call 140320710851200
L87:
    mov qword ptr [rbx+24], rax
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 15
    je label_17
# label_L
label_16:
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -1048561
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L88
    and rax, rsi
    short jmp L89
L88:
    call 140320710851272
    je label_18
L89:
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_18
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_18
# label_L
label_17:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+30], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+48], 98507
# i_move_sd
    mov qword ptr [rbx+40], 69323
# i_move_sd
    mov qword ptr [rbx+56], 197323
# i_move_sd
    mov qword ptr [rbx+32], 69515
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_last_et
L90:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_18:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L91:
L92:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L91]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L61
    ret
# label_L
label_19:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L93:
L94:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L93]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L61
    ret
# label_L
label_20:
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
label_21:
# i_func_info_IaaI
# inet_udp:send/4
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x94, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send/4:
# i_breakpoint_trampoline
    short jmp L95
.db 0x00
    call L62
    align 8
L95:
# i_test_yield
    lea rdx, qword ptr [send/4+24]
    dec r14
    jle L60
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_27
    test byte ptr [rsi-2], 63
    jne label_27
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+8]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_24
    cmp esi, 256
    je label_23
    short jne label_21
# label_L
label_23:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L96
    or rax, rsi
    short jmp L97
L96:
    call 140320710851504
    je label_21
L97:
    mov qword ptr [rbx+32], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+40], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L98
    or rax, rsi
    short jmp L99
L98:
    call 140320710851504
    je label_21
L99:
    mov qword ptr [rbx+32], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+40], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L100
    or rax, rsi
    short jmp L101
L100:
    call 140320710851504
    je label_21
L101:
    mov qword ptr [rbx+32], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L102
    and rax, rsi
    short jmp L103
L102:
    call 140320710851200
L103:
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_21
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, -1048561
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L104
    and rax, rsi
    short jmp L105
L104:
    call 140320710851272
    je label_21
L105:
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_21
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L106
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L106:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# line_I
# i_call_ext_only_e
L107:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_24:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_25
    test byte ptr [rsi-2], 63
    jne label_25
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+32]
    cmp dword ptr [rsi-2], 256
    jne label_21
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+48], xmm0
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+56]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L108
    or rax, rsi
    short jmp L109
L108:
    call 140320710851504
    je label_21
L109:
    mov qword ptr [rbx+48], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+56], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+56]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L110
    or rax, rsi
    short jmp L111
L110:
    call 140320710851504
    je label_21
L111:
    mov qword ptr [rbx+48], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L112
    or rax, rsi
    short jmp L113
L112:
    call 140320710851504
    je label_21
L113:
    mov qword ptr [rbx+32], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L114
    and rax, rsi
    short jmp L115
L114:
    call 140320710851200
L115:
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_21
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov rax, -1048561
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L116
    and rax, rsi
    short jmp L117
L116:
    call 140320710851272
    je label_21
L117:
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_21
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L118
    test al, 2
    jne label_21
L118:
# line_I
# i_call_ext_only_e
L119:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_25:
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 69323
    jne label_21
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    jne label_21
    cmp dword ptr [rsi-2], 128
    jne label_21
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_26
    test byte ptr [rsi-2], 63
    jne label_26
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+32]
    cmp dword ptr [rsi-2], 256
    jne label_21
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+48], xmm0
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+56]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L120
    or rax, rsi
    short jmp L121
L120:
    call 140320710851504
    je label_21
L121:
    mov qword ptr [rbx+48], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+56], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+56]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L122
    or rax, rsi
    short jmp L123
L122:
    call 140320710851504
    je label_21
L123:
    mov qword ptr [rbx+48], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L124
    or rax, rsi
    short jmp L125
L124:
    call 140320710851504
    je label_21
L125:
    mov qword ptr [rbx+32], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L126
    and rax, rsi
    short jmp L127
L126:
    call 140320710851200
L127:
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_21
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov rax, -1048561
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L128
    and rax, rsi
    short jmp L129
L128:
    call 140320710851272
    je label_21
L129:
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_21
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L130
    test al, 2
    jne label_21
L130:
# line_I
# i_call_ext_only_e
L131:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_26:
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 106827
    jne label_21
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov rax, -1048561
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L132
    and rax, rsi
    short jmp L133
L132:
    call 140320710851272
    je label_21
L133:
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_21
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L134
    test al, 2
    jne label_21
L134:
# line_I
# i_call_ext_only_e
L135:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_27:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_21
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_21
# i_get_map_elements_fsI
.section .rodata {#1}
L138:
    align 8
.db 0x8B, 0x83, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xF5, 0x1B, 0xD7, 0x37, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x67, 0xBF, 0x12, 0xA9, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L136
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L139:
    dec eax
    jl label_21
    cmp qword ptr [rsi+rax*8+6], 32843
    short jne L139
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L140:
    dec eax
    jl label_21
    cmp qword ptr [rsi+rax*8+6], 99211
    short jne L140
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
    short jmp L137
L136:
    mov ecx, 2
    lea r8, qword ptr [L138]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_21
L137:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_21
    cmp dword ptr [rsi-2], 256
    jne label_21
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+48], xmm0
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+56]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L141
    or rax, rsi
    short jmp L142
L141:
    call 140320710851504
    je label_21
L142:
    mov qword ptr [rbx+48], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+56], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+56]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L143
    or rax, rsi
    short jmp L144
L143:
    call 140320710851504
    je label_21
L144:
    mov qword ptr [rbx+48], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L145
    or rax, rsi
    short jmp L146
L145:
    call 140320710851504
    je label_21
L146:
    mov qword ptr [rbx+32], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L147
    and rax, rsi
    short jmp L148
L147:
    call 140320710851200
L148:
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_21
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov rax, -1048561
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L149
    and rax, rsi
    short jmp L150
L149:
    call 140320710851272
    je label_21
L150:
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_21
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L151
    test al, 2
    jne label_21
L151:
# line_I
# i_call_ext_only_e
L152:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_28:
# i_func_info_IaaI
# inet_udp:send/2
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x94, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send/2:
# i_breakpoint_trampoline
    short jmp L153
.db 0x00
    call L62
    align 8
L153:
# i_test_yield
    lea rdx, qword ptr [send/2+24]
    dec r14
    jle L60
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
L154:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_only_e
L155:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_30:
# i_func_info_IaaI
# inet_udp:connect/2
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x25, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
connect/2:
# i_breakpoint_trampoline
    short jmp L156
.db 0x00
    call L62
    align 8
L156:
# i_test_yield
    lea rdx, qword ptr [connect/2+24]
    dec r14
    jle L60
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_30
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_30
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 106891
    mov edx, 3369757360
    call 140320710852224
    short jne label_30
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 69323
    short jne label_30
# i_move_sd
    mov qword ptr [rbx+16], 395
# line_I
# i_call_ext_only_e
L157:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_32:
# i_func_info_IaaI
# inet_udp:connect/3
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x25, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
connect/3:
# i_breakpoint_trampoline
    short jmp L158
.db 0x00
    call L62
    align 8
L158:
# i_test_yield
    lea rdx, qword ptr [connect/3+24]
    dec r14
    jle L60
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_32
    cmp dword ptr [rsi-2], 256
    short jne label_32
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+24], xmm0
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L159
    or rax, rsi
    short jmp L160
L159:
    call 140320710851504
    short je label_32
L160:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L161
    or rax, rsi
    short jmp L162
L161:
    call 140320710851504
    je label_32
L162:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L163
    or rax, rsi
    short jmp L164
L163:
    call 140320710851504
    je label_32
L164:
    mov qword ptr [rbx+24], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L165
    and rax, rsi
    short jmp L166
L165:
    call 140320710851200
L166:
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_32
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, -1048561
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L167
    and rax, rsi
    short jmp L168
L167:
    call 140320710851272
    je label_32
L168:
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_32
# line_I
# i_call_ext_only_e
L169:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_34:
# i_func_info_IaaI
# inet_udp:recv/2
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x89, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
recv/2:
# i_breakpoint_trampoline
    short jmp L170
.db 0x00
    call L62
    align 8
L170:
# line_I
# i_test_yield
    lea rdx, qword ptr [recv/2+24]
    dec r14
    jle L60
# i_call_ext_only_e
L171:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_36:
# i_func_info_IaaI
# inet_udp:recv/3
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x89, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
recv/3:
# i_breakpoint_trampoline
    short jmp L172
.db 0x00
    call L62
    align 8
L172:
# line_I
# i_test_yield
    lea rdx, qword ptr [recv/3+24]
    dec r14
    jle L60
# i_call_ext_only_e
L173:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_38:
# i_func_info_IaaI
# inet_udp:close/1
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x22, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
close/1:
# i_breakpoint_trampoline
    short jmp L174
.db 0x00
    call L62
    align 8
L174:
# line_I
# i_test_yield
    lea rdx, qword ptr [close/1+24]
    dec r14
    jle L60
# i_call_ext_only_e
L175:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_40:
# i_func_info_IaaI
# inet_udp:controlling_process/2
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x05, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
controlling_process/2:
# i_breakpoint_trampoline
    short jmp L176
.db 0x00
    call L62
    align 8
L176:
# line_I
# i_test_yield
    lea rdx, qword ptr [controlling_process/2+24]
    dec r14
    jle L60
# i_call_ext_only_e
L177:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_42:
# i_func_info_IaaI
# inet_udp:fdopen/2
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fdopen/2:
# i_breakpoint_trampoline
    short jmp L178
.db 0x00
    call L62
    align 8
L178:
# i_test_yield
    lea rdx, qword ptr [fdopen/2+24]
    dec r14
    jle L60
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L179
    mov ecx, 2
    call 140320710850576
L179:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# put_cons_ss
L180:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
    call optuniquify/1
# i_move_sd
    mov qword ptr [rbx+24], 69323
# i_move_sd
    mov qword ptr [rbx+16], 69515
# i_move_sd
    mov qword ptr [rbx+32], 98507
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 197323
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L181:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_44:
# i_func_info_IaaI
# inet_udp:optuniquify/1
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x07, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
optuniquify/1:
# i_breakpoint_trampoline
    short jmp L182
.db 0x00
    call L62
    align 8
L182:
# i_test_yield
    lea rdx, qword ptr [optuniquify/1+24]
    dec r14
    jle L60
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L183
    mov ecx, 1
    call 140320710850576
L183:
# line_I
# i_call_ext_e
L184:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    jmp optuniquify/2
# func_line_I
# aligned_label_Lt
    align 8
label_46:
# i_func_info_IaaI
# inet_udp:optuniquify/2
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x07, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
optuniquify/2:
# i_breakpoint_trampoline
    short jmp L185
.db 0x00
    call L62
    align 8
L185:
# i_test_yield
    lea rdx, qword ptr [optuniquify/2+24]
    dec r14
    jle L60
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_48
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp optuniquify/4
# label_L
label_48:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L61
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_49:
# i_func_info_IaaI
# inet_udp:optuniquify/4
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x07, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
optuniquify/4:
# i_breakpoint_trampoline
    short jmp L186
.db 0x00
    call L62
    align 8
L186:
# i_test_yield
    lea rdx, qword ptr [optuniquify/4+24]
    dec r14
    jle L60
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_54
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+8], rdx
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851400
    je label_51
    mov qword ptr [rbx+40], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+32]
    mov rcx, 94919179098688
    call 140320710851400
    je label_51
    mov qword ptr [rbx+48], rax
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+48]
    cmp qword ptr [rbx+40], rdi
    jne label_51
# bif_element_jssd
    mov rsi, qword ptr [rbx]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_51
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+40], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_51
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+48], rax
# is_ne_exact_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    je label_52
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    short je L187
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_52
L187:
# label_L
label_51:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L188
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_53
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_53
L188:
# label_L
label_52:
# i_call_only_f
    jmp optuniquify/4
# label_L
label_53:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L189
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L189:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp optuniquify/4
# label_L
label_54:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L190
    mov ecx, 4
    call 140320710850576
L190:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L191:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L192
    mov ecx, 1
    call 140320710850576
L192:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_last_ft
    add rsp, 16
    jmp optuniquify/2
# func_line_I
# aligned_label_Lt
    align 8
label_55:
# i_func_info_IaaI
# inet_udp:module_info/0
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L193
.db 0x00
    call L62
    align 8
L193:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L60
# i_move_sd
    mov qword ptr [rbx], 197323
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L194
    mov ecx, 1
.db 0x90
    call 140320710850576
L194:
# call_light_bif_be
    align 4
L195:
L196:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L195]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L61
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_57:
# i_func_info_IaaI
# inet_udp:module_info/1
    call L59
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L197
.db 0x00
    call L62
    align 8
L197:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L60
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 197323
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L198
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L198:
# call_light_bif_be
    align 4
L199:
L200:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L199]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L61
    ret
# int_code_end
L201:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x3C, 0x5C, 0x01, 0xE1, 0x8A, 0x06, 0x3D, 0x57, 0x43, 0xE7, 0x26, 0x5C, 0x00, 0xCA, 0x00, 0x8B, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x47, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x69, 0x6E, 0x65, 0x74, 0x5F, 0x75, 0x64, 0x70, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x8B, 0x00, 0xCA, 0x00, 0x5C, 0x26, 0xE7, 0x43, 0x57, 0x3D, 0x06, 0x8A, 0xE1, 0x01, 0x5C, 0x3C
.section .text {#0}
