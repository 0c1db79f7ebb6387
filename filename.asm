    align 8
L463:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L464:
    jmp 140320710851944
    align 8
L465:
    jmp 140320710853048
    align 8
L466:
    jmp 140320710850344
    align 16
L467:
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
# filename:absname/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
absname/1:
# i_breakpoint_trampoline
    short jmp L468
.db 0x00
    call L467
    align 8
L468:
# i_test_yield
    lea rdx, qword ptr [absname/1+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L469
    mov ecx, 1
    call 140320710850576
L469:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L470:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_3
    cmp dword ptr [rsi-2], 128
    jne label_3
    cmp qword ptr [rsi+6], 30603
    jne label_3
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp absname/2
# label_L
label_3:
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
label_4:
# i_func_info_IaaI
# filename:absname/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
absname/2:
# i_breakpoint_trampoline
    short jmp L471
.db 0x00
    call L467
    align 8
L471:
# i_test_yield
    lea rdx, qword ptr [absname/2+24]
    dec r14
    jle L465
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_6
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L473
    and al, -5
    cmp al, 32
    jne label_6
    short jmp L472
L473:
    cmp byte ptr [rdi+22], 0
    jne label_6
L472:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L474
    test al, 2
    jne label_6
L474:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L475
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L475:
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
    call filename_string_to_binary/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp absname/2
# label_L
label_6:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L476
    test al, 2
    jne label_7
L476:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_7
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L478
    and al, -5
    cmp al, 32
    jne label_7
    short jmp L477
L478:
    cmp byte ptr [rdi+22], 0
    jne label_7
L477:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L479
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L479:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call filename_string_to_binary/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp absname/2
# label_L
label_7:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L480
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L480:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
    call pathtype/1
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 148875
    je label_9
    cmp rsi, 148939
    je label_8
    jmp label_10
# label_L
label_8:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
    call split/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_f
    call split/1
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
    jmp absname_vr/3
# label_L
label_9:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp absname_join/2
# label_L
label_10:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatten/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L481
    mov ecx, 1
    call 140320710850576
L481:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_last_ft
    jmp join/1
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# filename:absname_vr/3
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x46, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
absname_vr/3:
# i_breakpoint_trampoline
    short jmp L482
.db 0x00
    call L467
    align 8
L482:
# i_test_yield
    lea rdx, qword ptr [absname_vr/3+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_11
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_18
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L484
# is_binary_header
    cmp al, 40
    short je L483
    and al, -5
    cmp al, 32
    jne label_18
L483:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L485
    mov qword ptr [rbx+40], rsi
    mov ecx, 6
    call 140320710850576
    mov rsi, qword ptr [rbx+40]
L485:
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
L484:
    mov qword ptr [rbx+40], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+40]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_11
    rex test sil, 7
    short je L487
    mov edx, 64
    call 140320710849168
    short jmp L486
L487:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L486:
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 767
    jne label_13
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_13
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_13
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L488
    mov ecx, 5
    call 140320710850576
L488:
# get_hd_Sd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp join/1
# label_L
label_13:
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rdi+30]
    ja label_11
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L489:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 8
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_11
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 8
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_11
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_14
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_14
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L491
# is_binary_header
    cmp al, 40
    short je L490
    and al, -5
    cmp al, 32
    jne label_14
L490:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L492
    mov qword ptr [rbx+40], rsi
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+40]
L492:
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
L491:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_14
    rex test sil, 7
    short je L494
    mov edx, 64
    call 140320710849168
    short jmp L493
L494:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L493:
    mov qword ptr [rbx+8], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_14
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+24]
    cmp qword ptr [rbx+8], rdi
    jne label_14
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L495
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L495:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call join/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp absname/2
# label_L
label_14:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L496
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L496:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
L497:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L498:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_24
    cmp dword ptr [rsi-2], 128
    jne label_24
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_16
    cmp rsi, 30603
    je label_15
    jmp label_24
# label_L
label_15:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
    call filename_string_to_binary/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_17
# label_L
label_16:
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L500
L499:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L500:
# allocate binary
    xor r8d, r8d
    mov r9d, 1
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 3
    call 94919178210800
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 8
    mov rsi, qword ptr [rbx]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
    mov rdi, qword ptr [rbx]
    mov ecx, 1296
    test eax, eax
    short je L499
# insert string
    mov edx, 2
L501:
    long mov rsi, 9223372036854775807
    lea rdi, qword ptr [rbx-80]
    call 94919179745872
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# label_L
label_17:
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
.db 0x0F, 0x1F, 0x00
    call join/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp absname/2
# label_L
label_18:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_11
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 767
    jne label_19
# is_nil_fS
    cmp qword ptr [rbx+48], 59
    jne label_19
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_19
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L502
    mov ecx, 5
    call 140320710850576
L502:
# get_hd_Sd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp join/1
# label_L
label_19:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_11
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+56], 943
    jne label_11
# is_nil_fS
    cmp qword ptr [rbx+48], 59
    jne label_11
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_20
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_20
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L503
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_20
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_20
L503:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L504
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L504:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call join/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp absname/2
# label_L
label_20:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L505
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L505:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L506:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_25
    cmp dword ptr [rsi-2], 128
    jne label_25
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_22
    cmp rsi, 30603
    je label_21
    jmp label_25
# label_L
label_21:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_23
# label_L
label_22:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L507
    xor ecx, ecx
.db 0x90
    call 140320710850576
L507:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
L508:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# label_L
label_23:
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
.db 0x0F, 0x1F, 0x00
    call join/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp absname/2
# label_L
label_24:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_25:
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
label_26:
# i_func_info_IaaI
# filename:absname_join/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x68, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
absname_join/2:
# i_breakpoint_trampoline
    short jmp L509
.db 0x00
    call L467
    align 8
L509:
# i_test_yield
    lea rdx, qword ptr [absname_join/2+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L510
    mov ecx, 2
    call 140320710850576
L510:
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
    call flatten/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp join/2
# func_line_I
# aligned_label_Lt
    align 8
label_28:
# i_func_info_IaaI
# filename:basename/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x34, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basename/1:
# i_breakpoint_trampoline
    short jmp L511
.db 0x00
    call L467
    align 8
L511:
# i_test_yield
    lea rdx, qword ptr [basename/1+24]
    dec r14
    jle L465
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_31
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L513
    and al, -5
    cmp al, 32
    jne label_31
    short jmp L512
L513:
    cmp byte ptr [rdi+22], 0
    jne label_31
L512:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L514
    mov ecx, 1
    call 140320710850576
L514:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L515:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_30
    cmp dword ptr [rsi-2], 128
    jne label_30
    cmp qword ptr [rsi+6], 147659
    jne label_30
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp win_basenameb/1
# label_L
label_30:
# i_move_sd
L516:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp basenameb/2
# label_L
label_31:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L517
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L517:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatten/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call separators/0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
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
.db 0x0F, 0x1F, 0x00
    call skip_prefix/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp basename1/3
# func_line_I
# aligned_label_Lt
    align 8
label_32:
# i_func_info_IaaI
# filename:win_basenameb/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x28, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
win_basenameb/1:
# i_breakpoint_trampoline
    short jmp L518
.db 0x00
    call L467
    align 8
L518:
# i_test_yield
    lea rdx, qword ptr [win_basenameb/1+24]
    dec r14
    jle L465
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L520
L519:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L521
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L521:
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
L520:
    mov qword ptr [rbx], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+8], rdi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_35
    rex test sil, 7
    short je L523
    mov edx, 64
    call 140320710849168
    short jmp L522
L523:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L522:
    mov qword ptr [rbx+16], rax
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rdi+30]
    ja label_35
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L524:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 8
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_35
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 8
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L525
    mov qword ptr [rbx+24], rdi
    mov ecx, 4
    call 140320710850576
    mov rdi, qword ptr [rbx+24]
L525:
    call 140320710849224
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L526:
L527:
    jl label_35
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1455
# skipped test for small operands since they are always small
    cmp rdi, rsi
L528:
L529:
    jge label_34
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L530:
L531:
    jl label_35
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1967
# skipped test for small operands since they are always small
    cmp rdi, rsi
L532:
L533:
    jl label_35
# label_L
label_34:
# i_move_sd
L534:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp basenameb/2
# label_L
label_35:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L535
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L535:
    call 140320710849224
    mov qword ptr [rbx], rax
# i_move_sd
L536:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp basenameb/2
# func_line_I
# aligned_label_Lt
    align 8
label_36:
# i_func_info_IaaI
# filename:basenameb/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x28, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basenameb/2:
# i_breakpoint_trampoline
    short jmp L537
.db 0x00
    call L467
    align 8
L537:
# i_test_yield
    lea rdx, qword ptr [basenameb/2+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L538
    mov ecx, 2
    call 140320710850576
L538:
# i_move_sd
L539:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L540:
L541:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963360
    lea rdx, qword ptr [L540]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-basenameb/2-lc$^0/1-0-'/1
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_38
# i_move_sd
L542:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_38:
# line_I
# i_call_ext_last_et
L543:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_39:
# i_func_info_IaaI
# filename:basename1/3
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x28, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basename1/3:
# i_breakpoint_trampoline
    short jmp L544
.db 0x00
    call L467
    align 8
L544:
# i_test_yield
    lea rdx, qword ptr [basename1/3+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_44
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 767
    jne label_42
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_41
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L545
    mov ecx, 2
    call 140320710850576
L545:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L546:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_45
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_last_et
L547:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_41:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp basename1/3
# label_L
label_42:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L548
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_43
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_43
L548:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L549
    test al, 1
    jne label_39
# skipped header test since we know it's a bignum when boxed
L549:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L550
    mov ecx, 5
.db 0x90
    call 140320710850576
L550:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+16], 1487
# i_call_only_f
    jmp basename1/3
# label_L
label_43:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L551
    test al, 1
    jne label_39
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_39
L551:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp basename1/3
# label_L
label_44:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_39
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L466
    ret
# label_L
label_45:
# line_I
# badmatch_s
    mov qword ptr [r13+120], 59
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_46:
# i_func_info_IaaI
# filename:skip_prefix/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x28, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
skip_prefix/2:
# i_breakpoint_trampoline
    short jmp L552
.db 0x00
    call L467
    align 8
L552:
# i_test_yield
    lea rdx, qword ptr [skip_prefix/2+24]
    dec r14
    jle L465
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 11
    je label_49
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_49
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_49
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 943
    jne label_49
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L553
    cmp rdi, rsi
    short jmp L554
L553:
    call 140320710848608
L554:
    jl label_49
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1455
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L555
    cmp rdi, rsi
    short jmp L556
L555:
    call 140320710848608
L556:
    jge label_48
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L557
    cmp rdi, rsi
    short jmp L558
L557:
    call 140320710848608
L558:
    jl label_49
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1967
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L559
    cmp rdi, rsi
    short jmp L560
L559:
    call 140320710848608
L560:
    jl label_49
# label_L
label_48:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L466
    ret
# label_L
label_49:
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_50:
# i_func_info_IaaI
# filename:basename/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x34, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basename/2:
# i_breakpoint_trampoline
    short jmp L561
.db 0x00
    call L467
    align 8
L561:
# i_test_yield
    lea rdx, qword ptr [basename/2+24]
    dec r14
    jle L465
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_52
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L563
    and al, -5
    cmp al, 32
    jne label_52
    short jmp L562
L563:
    cmp byte ptr [rdi+22], 0
    jne label_52
L562:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L564
    test al, 2
    jne label_52
L564:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L565
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L565:
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
    call filename_string_to_binary/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp basename/2
# label_L
label_52:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L566
    test al, 2
    jne label_53
L566:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_55
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L568
    and al, -5
    cmp al, 32
    jne label_55
    short jmp L567
L568:
    cmp byte ptr [rdi+22], 0
    jne label_55
L567:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L569
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L569:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call filename_string_to_binary/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp basename/2
# label_L
label_53:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_55
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L571
    and al, -5
    cmp al, 32
    jne label_55
    short jmp L570
L571:
    cmp byte ptr [rdi+22], 0
    jne label_55
L570:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_55
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L573
    and al, -5
    cmp al, 32
    jne label_55
    short jmp L572
L573:
    cmp byte ptr [rdi+22], 0
    jne label_55
L572:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L574
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L574:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
    call basename/1
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+16], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+24], rax
# line_I
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+24]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L575:
L576:
    jl label_54
# line_I
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+8]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L578
L577:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L579
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L579:
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
L578:
    mov qword ptr [rbx+24], rsi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_54
    and rax, -16
    js label_54
    mov edx, 8
    mul rdx
    jo label_54
    sar rax, 4
    mov rdi, qword ptr [rbx+24]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_54
    mov qword ptr [rdi+22], rax
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx+16]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_54
    and rax, -16
    js label_54
    mov edx, 8
    mul rdx
    jo label_54
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L580
    mov qword ptr [rbx+32], rcx
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rcx, qword ptr [rbx+32]
L580:
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx-120]
    mov edx, 64
    lea rcx, qword ptr [rcx+6]
    call 94919179752080
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    test eax, eax
    je label_54
    mov qword ptr [rbx+8], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L581
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L581:
    call 140320710849224
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L582
# skipped test of tags since they are always equal
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_54
L582:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L466
    ret
# label_L
label_54:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L466
    ret
# label_L
label_55:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L583
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L583:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call flatten/1
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatten/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call separators/0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call skip_prefix/2
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp basename/4
# func_line_I
# aligned_label_Lt
    align 8
label_56:
# i_func_info_IaaI
# filename:basename/4
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x34, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basename/4:
# i_breakpoint_trampoline
    short jmp L584
.db 0x00
    call L467
    align 8
L584:
# i_test_yield
    lea rdx, qword ptr [basename/4+24]
    dec r14
    jle L465
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L585
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_58
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_58
L585:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L586:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_58:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_62
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 767
    jne label_60
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_59
# i_move_sd
    mov qword ptr [rbx], 59
# i_call_only_f
    jmp basename/4
# label_L
label_59:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp basename/4
# label_L
label_60:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L587
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_61
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_61
L587:
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L588
    test al, 1
    jne label_56
# skipped header test since we know it's a bignum when boxed
L588:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L589
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L589:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+24], 1487
# i_call_only_f
    jmp basename/4
# label_L
label_61:
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L590
    test al, 1
    jne label_56
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_56
L590:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L591
    mov ecx, 6
    call 140320710850576
L591:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp basename/4
# label_L
label_62:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_56
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L592:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_63:
# i_func_info_IaaI
# filename:dirname/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x47, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dirname/1:
# i_breakpoint_trampoline
    short jmp L593
.db 0x00
    call L467
    align 8
L593:
# i_test_yield
    lea rdx, qword ptr [dirname/1+24]
    dec r14
    jle L465
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_75
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L595
    and al, -5
    cmp al, 32
    jne label_75
    short jmp L594
L595:
    cmp byte ptr [rdi+22], 0
    jne label_75
L594:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L596
    mov ecx, 1
    call 140320710850576
L596:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call separators/0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L597
    test al, 1
    jne label_65
# skipped header test since we know it's a bignum when boxed
L597:
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L599
L598:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L599:
# allocate binary
    mov r8d, 2
    mov r9d, 1
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 1
    call 94919178210800
    mov qword ptr [rbx-120], rax
# insert string
    mov edx, 1
L600:
    long mov rsi, 9223372036854775807
    lea rdi, qword ptr [rbx-80]
    call 94919179745872
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# jump_f
    jmp label_66
# label_L
label_65:
# i_move_sd
    mov qword ptr [rbx+8], 59
# label_L
label_66:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L601
    test al, 1
    jne label_70
# skipped header test since we know it's a bignum when boxed
L601:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L603
L602:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L604
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L604:
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
L603:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_68
    rex test sil, 7
    short je L606
    mov edx, 64
    call 140320710849168
    short jmp L605
L606:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L605:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_68
    rex test sil, 7
    short je L608
    mov edx, 64
    call 140320710849168
    short jmp L607
L608:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L607:
    mov qword ptr [rbx+24], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L609
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L609:
    call 140320710849224
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 943
    jne label_68
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L610:
L611:
    jl label_68
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1455
# skipped test for small operands since they are always small
    cmp rdi, rsi
L612:
L613:
    jge label_67
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L614:
L615:
    jl label_68
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1967
# skipped test for small operands since they are always small
    cmp rdi, rsi
L616:
L617:
    jl label_68
# label_L
label_67:
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L619
L618:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L619:
# allocate binary
    xor r8d, r8d
    mov r9d, 3
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 2
    call 94919178210800
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 8
    mov rsi, qword ptr [rbx+16]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# insert string
    mov edx, 1
L620:
    long mov rsi, 9223372036854775807
    lea rdi, qword ptr [rbx-80]
    call 94919179745872
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+16], rax
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# jump_f
    jmp label_69
# label_L
label_68:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
L621:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# label_L
label_69:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_71
# label_L
label_70:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
L622:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp], rdi
# label_L
label_71:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L623
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L623:
# put_cons_ss
L624:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L625:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L626:
L627:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963360
    lea rdx, qword ptr [L626]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ne_exact_fss
    cmp qword ptr [rbx], 59
    je label_72
# line_I
# i_call_ext_e
L628:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179095792
    call 140320710851304
    mov qword ptr [rbx], rax
# i_call_f
.db 0x90
    call fstrip/1
# i_call_ext_e
L629:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_72:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_73
# i_is_eq_exact_literal_fscI
L630:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp]
    rex test dil, 1
    jne label_73
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_73
# i_move_sd
L631:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_74
# label_L
label_73:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# label_L
label_74:
# i_move_sd
L632:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_call_last_ft
    add rsp, 8
    jmp dirjoin/3
# label_L
label_75:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L633
    mov ecx, 1
    call 140320710850576
L633:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatten/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call separators/0
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp dirname/4
# func_line_I
# aligned_label_Lt
    align 8
label_76:
# i_func_info_IaaI
# filename:dirname/4
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x47, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dirname/4:
# i_breakpoint_trampoline
    short jmp L634
.db 0x00
    call L467
    align 8
L634:
# i_test_yield
    lea rdx, qword ptr [dirname/4+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_83
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 767
    jne label_78
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L635
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L635:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L636:
L637:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L636]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L638:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp dirname/4
# label_L
label_78:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+48], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L639
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_79
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_79
L639:
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L640
    test al, 1
    jne label_79
# skipped header test since we know it's a bignum when boxed
L640:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L641
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L641:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L642:
L643:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L642]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L644:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp dirname/4
# label_L
label_79:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_82
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_82
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_82
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+64], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+64]
    cmp rdi, rsi
    short je L645
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_82
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_82
L645:
# is_integer_fs
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L646
    test al, 1
    jne label_82
# skipped header test since we know it's a bignum when boxed
L646:
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L647
    cmp rdi, rsi
    short jmp L648
L647:
    call 140320710848608
L648:
    jl label_80
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 1967
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L649
    cmp rdi, rsi
    short jmp L650
L649:
    call 140320710848608
L650:
    jl label_82
# jump_f
    jmp label_81
# label_L
label_80:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L651
    cmp rdi, rsi
    short jmp L652
L651:
    call 140320710848608
L652:
    jl label_82
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 1455
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L653
    cmp rdi, rsi
    short jmp L654
L653:
    call 140320710848608
L654:
    jl label_82
# label_L
label_81:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L655
    mov ecx, 8
    call 140320710850576
L655:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov qword ptr [r15], 943
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp dirname/4
# label_L
label_82:
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L656
    test al, 1
    jne label_76
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_76
L656:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L657
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L657:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp dirname/4
# label_L
label_83:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_76
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_87
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+32], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 767
    jne label_84
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 59
# i_call_only_f
    jmp dirname/4
# label_L
label_84:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_86
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_86
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L658
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_86
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_86
L658:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L659
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L659:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L660:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_85
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# is_eq_exact_fss
    cmp qword ptr [rbx], 767
    jne label_85
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L661
    xor ecx, ecx
    call 140320710850576
L661:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
L662:
    long mov rdi, 9223372036854775807
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
    add rsp, 16
# return
    dec r14
    jl L466
    ret
# label_L
label_85:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L663
    xor ecx, ecx
    call 140320710850576
L663:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
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
    add rsp, 16
# return
    dec r14
    jl L466
    ret
# label_L
label_86:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L664:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_87:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L665
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L665:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L666:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_88
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# is_eq_exact_fss
    cmp qword ptr [rbx], 767
    jne label_88
# i_move_sd
L667:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_88:
# i_move_sd
L668:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_89:
# i_func_info_IaaI
# filename:fstrip/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x29, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fstrip/1:
# i_breakpoint_trampoline
    short jmp L669
.db 0x00
    call L467
    align 8
L669:
# i_test_yield
    lea rdx, qword ptr [fstrip/1+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_91
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_eq_exact_literal_fscI
L670:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_91
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_91
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_91
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    short jmp fstrip/1
# label_L
label_91:
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_92:
# i_func_info_IaaI
# filename:dirjoin/3
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x29, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dirjoin/3:
# i_breakpoint_trampoline
    short jmp L671
.db 0x00
    call L467
    align 8
L671:
# i_test_yield
    lea rdx, qword ptr [dirjoin/3+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_94
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_is_eq_exact_literal_fscI
L672:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_94
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_94
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L674
L673:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L674:
# append to binary
    mov edx, 5
    mov ecx, 8
    xor r8d, r8d
    mov r9d, 8
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+40], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+40]
    mov ecx, 1024
    test eax, eax
    short je L673
    mov qword ptr [rbx-120], rax
# insert string
    mov edx, 1
L675:
    long mov rsi, 9223372036854775807
    lea rdi, qword ptr [rbx-80]
    call 94919179745872
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp dirjoin1/3
# label_L
label_94:
# i_call_only_f
    jmp dirjoin1/3
# func_line_I
# aligned_label_Lt
    align 8
label_95:
# i_func_info_IaaI
# filename:dirjoin1/3
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x29, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dirjoin1/3:
# i_breakpoint_trampoline
    short jmp L676
.db 0x00
    call L467
    align 8
L676:
# i_test_yield
    lea rdx, qword ptr [dirjoin1/3+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_98
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_97
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L678
L677:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L678:
# calculate sizes
    xor r14d, r14d
# size of an entire binary
    mov rdi, qword ptr [rbx+24]
    call 94919178212384
    mov rdi, qword ptr [rbx+24]
    mov ecx, 2064
    test rax, rax
    short js L677
    add r14, rax
# append to binary
    mov edx, 4
    mov rcx, r14
    xor r8d, r8d
    mov r9d, 8
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+32]
    mov ecx, 1024
    test eax, eax
    short je L677
    mov qword ptr [rbx-120], rax
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+24]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L677
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L466
    ret
# label_L
label_97:
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L680
L679:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L680:
# calculate sizes
    xor r14d, r14d
# size of an entire binary
    mov rdi, qword ptr [rbx+24]
    call 94919178212384
    mov rdi, qword ptr [rbx+24]
    mov ecx, 2064
    test rax, rax
    short js L679
    add r14, rax
# size of an entire binary
    mov rdi, qword ptr [rbx+16]
    call 94919178212384
# skipped check for success since the source is always a bit string
    add r14, rax
# append to binary
    mov edx, 4
    mov rcx, r14
    xor r8d, r8d
    mov r9d, 8
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+32]
    mov ecx, 1024
    test eax, eax
    short je L679
    mov qword ptr [rbx-120], rax
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+24]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L679
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+16]
    mov rdi, r13
    call 94919179743696
    mov ecx, 3128
    test eax, eax
    je L679
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp dirjoin/3
# label_L
label_98:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_99:
# i_func_info_IaaI
# filename:extension/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x37, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
extension/1:
# i_breakpoint_trampoline
    short jmp L681
.db 0x00
    call L467
    align 8
L681:
# i_test_yield
    lea rdx, qword ptr [extension/1+24]
    dec r14
    jle L465
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_106
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L683
    and al, -5
    cmp al, 32
    jne label_106
    short jmp L682
L683:
    cmp byte ptr [rdi+22], 0
    jne label_106
L682:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L684
    mov ecx, 1
    call 140320710850576
L684:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call separators/0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L685
    test al, 1
    jne label_101
# skipped header test since we know it's a bignum when boxed
L685:
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L687
L686:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L687:
# allocate binary
    mov r8d, 2
    xor r9d, r9d
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 1
    call 94919178210800
    mov qword ptr [rbx-120], rax
# insert string
    mov edx, 1
L688:
    long mov rsi, 9223372036854775807
    lea rdi, qword ptr [rbx-80]
    call 94919179745872
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# jump_f
    jmp label_102
# label_L
label_101:
# i_move_sd
    mov qword ptr [rsp+24], 59
# label_L
label_102:
# i_move_sd
L689:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L690:
L691:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963280
    lea rdx, qword ptr [L690]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ne_exact_fss
    cmp qword ptr [rbx], 59
    je label_105
# line_I
# i_call_ext_e
L692:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_109
    cmp dword ptr [rsi-2], 128
    jne label_109
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+16], rdi
# is_ne_exact_fss
    cmp qword ptr [rsp+16], 15
    je label_105
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+32]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L694
L693:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L695
    mov qword ptr [rbx], rsi
    mov ecx, 1
    call 140320710850576
    mov rsi, qword ptr [rbx]
L695:
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
L694:
    mov qword ptr [rsp+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rsp+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rsp], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -1
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L697
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L696
L697:
    call 140320710853792
    je label_103
L696:
    mov qword ptr [rbx], rax
# jump_f
    jmp label_104
# label_L
label_103:
# i_move_sd
    mov qword ptr [rbx], 403915
# label_L
label_104:
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_108
    and rax, -16
    js label_108
    mov edx, 8
    mul rdx
    jo label_108
    sar rax, 4
    mov rdi, qword ptr [rsp+8]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_108
    mov qword ptr [rdi+22], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L698
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx]
L698:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L699
    mov ecx, 1
    call 140320710850576
L699:
# put_cons_ss
L700:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# call_light_bif_be
    align 4
L701:
L702:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963216
    lea rdx, qword ptr [L701]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 28235
    jne label_105
# bs_set_position_SS
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rsp]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rsp+16]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_107
    and rax, -16
    js label_107
    mov edx, 8
    mul rdx
    jo label_107
    sar rax, 4
    mov rdi, qword ptr [rsp+8]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_107
    mov qword ptr [rdi+22], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L703
    mov qword ptr [rbx], rdi
    mov ecx, 1
    call 140320710850576
    mov rdi, qword ptr [rbx]
L703:
    call 140320710849224
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L466
    ret
# label_L
label_105:
# i_move_sd
L704:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L466
    ret
# label_L
label_106:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L705
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L705:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatten/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call major_os_type/0
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L706
    mov ecx, 1
    call 140320710850576
L706:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 8
    jmp extension/3
# label_L
label_107:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_108:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_109:
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
label_110:
# i_func_info_IaaI
# filename:extension/3
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x37, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
extension/3:
# i_breakpoint_trampoline
    short jmp L707
.db 0x00
    call L467
    align 8
L707:
# i_test_yield
    lea rdx, qword ptr [extension/3+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_121
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 751
    je label_115
    cmp rsi, 767
    je label_113
    cmp rsi, 1487
    je label_112
    jmp label_116
# label_L
label_112:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_116
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 751
    jne label_116
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 147659
    jne label_116
# jump_f
    jmp label_114
# label_L
label_113:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_116
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 751
    jne label_116
# label_L
label_114:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp extension/3
# label_L
label_115:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp extension/3
# label_L
label_116:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_117
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L708
    test al, 1
    jne label_117
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_117
L708:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp extension/3
# label_L
label_117:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 767
    je label_119
    cmp rsi, 1487
    je label_118
    jmp label_120
# label_L
label_118:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 147659
    jne label_120
# label_L
label_119:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp extension/3
# label_L
label_120:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L709
    test al, 1
    jne label_110
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_110
L709:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp extension/3
# label_L
label_121:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_110
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_122:
# i_func_info_IaaI
# filename:join/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
join/1:
# i_breakpoint_trampoline
    short jmp L710
.db 0x00
    call L467
    align 8
L710:
# i_test_yield
    lea rdx, qword ptr [join/1+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_122
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_124
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L711
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L711:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call join/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L712
    mov ecx, 1
    call 140320710850576
L712:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_last_ft
    add rsp, 8
    jmp join/1
# label_L
label_124:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_122
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L713
    test al, 2
    jne label_125
L713:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L714
    mov ecx, 2
.db 0x90
    call 140320710850576
L714:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call major_os_type/0
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp join1/4
# label_L
label_125:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_126
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L716
    and al, -5
    cmp al, 32
    jne label_126
    short jmp L715
L716:
    cmp byte ptr [rdi+22], 0
    jne label_126
L715:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L717
    mov ecx, 2
    call 140320710850576
L717:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call major_os_type/0
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
L718:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp join1b/4
# label_L
label_126:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_122
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L719
    mov ecx, 2
.db 0x90
    call 140320710850576
L719:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L720:
L721:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L720]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L722
    mov ecx, 1
    call 140320710850576
L722:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_last_ft
    jmp join/1
# func_line_I
# aligned_label_Lt
    align 8
label_127:
# i_func_info_IaaI
# filename:join/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
join/2:
# i_breakpoint_trampoline
    short jmp L723
.db 0x00
    call L467
    align 8
L723:
# i_test_yield
    lea rdx, qword ptr [join/2+24]
    dec r14
    jle L465
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L724
    test al, 2
    jne label_130
L724:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L725
    test al, 2
    jne label_131
L725:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L726
    mov ecx, 2
.db 0x90
    call 140320710850576
L726:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call major_os_type/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call pathtype/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 148875
    jne label_129
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp join1/4
# label_L
label_129:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp join1/4
# label_L
label_130:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_131
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L728
    and al, -5
    cmp al, 32
    jne label_131
    short jmp L727
L728:
    cmp byte ptr [rdi+22], 0
    jne label_131
L727:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L729
    test al, 2
    jne label_131
L729:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L730
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L730:
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
    call filename_string_to_binary/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp join/2
# label_L
label_131:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L731
    test al, 2
    jne label_132
L731:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_134
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L733
    and al, -5
    cmp al, 32
    jne label_134
    short jmp L732
L733:
    cmp byte ptr [rdi+22], 0
    jne label_134
L732:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L734
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L734:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call filename_string_to_binary/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp join/2
# label_L
label_132:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_134
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L736
    and al, -5
    cmp al, 32
    jne label_134
    short jmp L735
L736:
    cmp byte ptr [rdi+22], 0
    jne label_134
L735:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_134
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L738
    and al, -5
    cmp al, 32
    jne label_134
    short jmp L737
L738:
    cmp byte ptr [rdi+22], 0
    jne label_134
L737:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L739
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L739:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call major_os_type/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call pathtype/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 148875
    jne label_133
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp join1b/4
# label_L
label_133:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
L740:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp join1b/4
# label_L
label_134:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_135
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L741
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L741:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L742:
L743:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L742]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp join/2
# label_L
label_135:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_127
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L744
    mov ecx, 2
.db 0x90
    call 140320710850576
L744:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L745:
L746:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L745]
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
    jmp join/2
# func_line_I
# aligned_label_Lt
    align 8
label_136:
# i_func_info_IaaI
# filename:join1/4
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
join1/4:
# i_breakpoint_trampoline
    short jmp L747
.db 0x00
    call L467
    align 8
L747:
# i_test_yield
    lea rdx, qword ptr [join1/4+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_149
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_138
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 943
    jne label_138
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_138
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_138
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L748
    test al, 1
    jne label_138
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_138
L748:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L749
    cmp rdi, rsi
    short jmp L750
L749:
    call 140320710848608
L750:
    jl label_138
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 1455
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L751
    cmp rdi, rsi
    short jmp L752
L751:
    call 140320710848608
L752:
    jl label_138
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+32]
    mov edx, 1552
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L753
    add rax, rdx
    short jno L754
L753:
    call 140320710853080
L754:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -1040
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L755
    add rax, rdx
    short jno L756
L755:
    call 140320710853080
L756:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L757
    mov ecx, 8
    call 140320710850576
L757:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov qword ptr [r15], 943
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+24], 147659
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp join1/4
# label_L
label_138:
# is_nonempty_list_fS
    test byte ptr [rbx+32], 2
    jne label_139
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L758
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L758:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L759:
L760:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L759]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp join1/4
# label_L
label_139:
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L761
    test al, 1
    jne label_145
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_145
L761:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 767
    je label_142
    cmp rsi, 1487
    je label_140
    jmp label_147
# label_L
label_140:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_141
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 1487
    jne label_141
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_141
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_147
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L762
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L762:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 767
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+24], 147659
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp join1/4
# label_L
label_141:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_147
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L763
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L763:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+24], 147659
# i_call_only_f
    jmp join1/4
# label_L
label_142:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_143
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 767
    jne label_143
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_143
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_143
# i_move_sd
L764:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp join1/4
# label_L
label_143:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_147
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+48]
    cmp rsi, 751
    je label_144
    cmp rsi, 767
    je label_146
    jmp label_147
# label_L
label_144:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+56]
    test al, 2
    jne label_147
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+48], rsi
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 767
    jne label_147
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp join1/4
# label_L
label_145:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_147
# label_L
label_146:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp join1/4
# label_L
label_147:
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L765
    test al, 1
    jne label_148
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_148
L765:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L766
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L766:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp join1/4
# label_L
label_148:
# is_atom_fs
    mov rax, qword ptr [rbx+32]
    and al, 63
    cmp al, 11
    jne label_136
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L767
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L767:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L768:
L769:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L768]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L770:
L771:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L770]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp join1/4
# label_L
label_149:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_136
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_150
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp maybe_remove_dirsep/2
# label_L
label_150:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_154
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+32], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 751
    je label_153
    cmp rsi, 767
    je label_152
    cmp rsi, 943
    je label_151
    jmp label_154
# label_L
label_151:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_154
# label_L
label_152:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp join1/4
# label_L
label_153:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_154
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# is_eq_exact_fss
    cmp qword ptr [rbx], 767
    jne label_154
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp join1/4
# label_L
label_154:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L772
    mov ecx, 4
.db 0x90
    call 140320710850576
L772:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp join1/4
# func_line_I
# aligned_label_Lt
    align 8
label_155:
# i_func_info_IaaI
# filename:join1b/4
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
join1b/4:
# i_breakpoint_trampoline
    short jmp L773
.db 0x00
    call L467
    align 8
L773:
# i_test_yield
    lea rdx, qword ptr [join1b/4+24]
    dec r14
    jle L465
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L775
L774:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L776
    mov qword ptr [rbx+32], rsi
    mov ecx, 5
    call 140320710850576
    mov rsi, qword ptr [rbx+32]
L776:
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
L775:
    mov qword ptr [rbx], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+32], rdi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_164
    rex test sil, 7
    short je L778
    mov edx, 64
    call 140320710849168
    short jmp L777
L778:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L777:
    mov qword ptr [rbx+40], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+48], rdi
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rdi+30]
    ja label_157
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L779:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 8
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_157
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 8
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_157
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_157
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_157
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+40]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L780:
L781:
    jl label_157
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 1455
# skipped test for small operands since they are always small
    cmp rdi, rsi
L782:
L783:
    jl label_157
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+40]
    add rax, 1552
    mov qword ptr [rbx+16], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    mov rdi, -1040
    add rax, rdi
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L784
    mov ecx, 3
    call 140320710850576
L784:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 943
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+24], 147659
# i_call_only_f
    jmp join1b/4
# label_L
label_157:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 767
    je label_160
    cmp rsi, 1487
    je label_158
    jmp label_164
# label_L
label_158:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+48]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_159
    rex test sil, 7
    short je L786
    mov edx, 64
    call 140320710849168
    short jmp L785
L786:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L785:
    mov qword ptr [rbx+40], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 1487
    jne label_159
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L787
    mov qword ptr [rbx+56], rdi
    mov ecx, 8
    call 140320710850576
    mov rdi, qword ptr [rbx+56]
L787:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_159
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx+40], rax
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_159
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_164
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L789
L788:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L789:
# calculate sizes
    mov r14d, 16
# size of an entire binary
    mov rdi, qword ptr [rbx+40]
    call 94919178212384
# skipped check for success since the source is always a bit string
    add r14, rax
# allocate binary
    xor r8d, r8d
    mov r9d, 6
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bits)
    mov rcx, r14
    call 94919178211120
    mov qword ptr [rbx-120], rax
# insert string
    mov edx, 2
L790:
    long mov rsi, 9223372036854775807
    lea rdi, qword ptr [rbx-80]
    call 94919179745872
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+40]
    mov rdi, r13
    call 94919179743696
    mov ecx, 3128
    test eax, eax
    short je L788
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx+24], 147659
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp join1b/4
# label_L
label_159:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+48]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L791
    mov qword ptr [rbx+40], rdi
    mov ecx, 6
    call 140320710850576
    mov rdi, qword ptr [rbx+40]
L791:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_171
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx+40], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_164
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L793
L792:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L793:
# calculate sizes
    mov r14d, 8
# size of an entire binary
    mov rdi, qword ptr [rbx+40]
    call 94919178212384
# skipped check for success since the source is always a bit string
    add r14, rax
# allocate binary
    xor r8d, r8d
    mov r9d, 6
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bits)
    mov rcx, r14
    call 94919178211120
    mov qword ptr [rbx-120], rax
# insert string
    mov edx, 1
L794:
    long mov rsi, 9223372036854775807
    lea rdi, qword ptr [rbx-80]
    call 94919179745872
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+40]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    short je L792
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx+24], 147659
# i_call_only_f
    jmp join1b/4
# label_L
label_160:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+48]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_161
    rex test sil, 7
    short je L796
    mov edx, 64
    call 140320710849168
    short jmp L795
L796:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L795:
    mov qword ptr [rbx+40], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 767
    jne label_161
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_161
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_161
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_161
# i_move_sd
L797:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp join1b/4
# label_L
label_161:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+48]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_164
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 751
    je label_163
    cmp rsi, 767
    je label_162
    jmp label_164
# label_L
label_162:
# i_call_only_f
    jmp join1b/4
# label_L
label_163:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_164
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+40], rsi
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 767
    jne label_164
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp join1b/4
# label_L
label_164:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+32]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_171
# i_is_eq_exact_literal_fscI
L798:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_165
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_165
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L799
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L799:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call maybe_remove_dirsep/2
# call_light_bif_be
    align 4
L800:
L801:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448896
    lea rdx, qword ptr [L800]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_165:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_170
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+32], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 751
    je label_169
    cmp rsi, 767
    je label_167
    cmp rsi, 943
    je label_166
    jmp label_170
# label_L
label_166:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_170
# jump_f
    jmp label_168
# label_L
label_167:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_168
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# is_eq_exact_fss
    cmp qword ptr [rbx], 767
    jne label_168
# label_L
label_168:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L802:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp join1b/4
# label_L
label_169:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_170
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# is_eq_exact_fss
    cmp qword ptr [rbx], 767
    jne label_170
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L803:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp join1b/4
# label_L
label_170:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L804
    mov ecx, 4
.db 0x90
    call 140320710850576
L804:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L805:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp join1b/4
# label_L
label_171:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+32]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_172
    rex test sil, 7
    short je L807
    mov edx, 64
    call 140320710849168
    short jmp L806
L807:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L806:
    mov qword ptr [rbx+40], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_172
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L808
    mov ecx, 6
    call 140320710850576
L808:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp join1b/4
# label_L
label_172:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+32]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L809
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L809:
    call 140320710849224
    mov qword ptr [rbx], rax
# jump_f
    jmp label_155
# func_line_I
# aligned_label_Lt
    align 8
label_173:
# i_func_info_IaaI
# filename:maybe_remove_dirsep/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
maybe_remove_dirsep/2:
# i_breakpoint_trampoline
    short jmp L810
.db 0x00
    call L467
    align 8
L810:
# i_test_yield
    lea rdx, qword ptr [maybe_remove_dirsep/2+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_179
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 767
    jne label_179
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_178
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 767
    je label_176
    cmp rsi, 943
    je label_175
    jmp label_177
# label_L
label_175:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_177
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_177
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 147659
    jne label_177
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L811
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L811:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L812:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L466
    ret
# label_L
label_176:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_177
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 147659
    jne label_177
# i_move_sd
L813:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L466
    ret
# label_L
label_177:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L814:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_178:
# i_move_sd
L815:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L466
    ret
# label_L
label_179:
# line_I
# i_call_ext_only_e
L816:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_180:
# i_func_info_IaaI
# filename:append/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
append/2:
# i_breakpoint_trampoline
    short jmp L817
.db 0x00
    call L467
    align 8
L817:
# i_test_yield
    lea rdx, qword ptr [append/2+24]
    dec r14
    jle L465
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_183
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L819
    and al, -5
    cmp al, 32
    jne label_183
    short jmp L818
L819:
    cmp byte ptr [rdi+22], 0
    jne label_183
L818:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_182
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L821
    and al, -5
    cmp al, 32
    jne label_182
    short jmp L820
L821:
    cmp byte ptr [rdi+22], 0
    jne label_182
L820:
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L823
L822:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L823:
# calculate sizes
    mov r14d, 8
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
# skipped check for success since the source is always a bit string
    add r14, rax
# append to binary
    mov edx, 2
    mov rcx, r14
    xor r8d, r8d
    mov r9d, 8
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+16]
    mov ecx, 1024
    test eax, eax
    short je L822
    mov qword ptr [rbx-120], rax
# insert string
    mov edx, 1
L824:
    long mov rsi, 9223372036854775807
    lea rdi, qword ptr [rbx-80]
    call 94919179745872
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 3128
    test eax, eax
    je L822
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L466
    ret
# label_L
label_182:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L825
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L825:
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
    call filename_string_to_binary/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp append/2
# label_L
label_183:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_184
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L827
    and al, -5
    cmp al, 32
    jne label_184
    short jmp L826
L827:
    cmp byte ptr [rdi+22], 0
    jne label_184
L826:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L828
    mov ecx, 2
    call 140320710850576
L828:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call filename_string_to_binary/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp append/2
# label_L
label_184:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L829
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L829:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L830
    mov ecx, 2
.db 0x90
    call 140320710850576
L830:
# call_light_bif_be
    align 4
L831:
L832:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L831]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_185:
# i_func_info_IaaI
# filename:pathtype/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x46, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pathtype/1:
# i_breakpoint_trampoline
    short jmp L833
.db 0x00
    call L467
    align 8
L833:
# i_test_yield
    lea rdx, qword ptr [pathtype/1+24]
    dec r14
    jle L465
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_187
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L834
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L834:
# line_I
# call_light_bif_be
    align 4
L835:
L836:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L835]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    short jmp pathtype/1
# label_L
label_187:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L837
    test al, 2
    jne label_188
L837:
# jump_f
    jmp label_189
# label_L
label_188:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_185
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L839
    and al, -5
    cmp al, 32
    jne label_185
    short jmp L838
L839:
    cmp byte ptr [rdi+22], 0
    jne label_185
L838:
# label_L
label_189:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L840
    mov ecx, 1
    call 140320710850576
L840:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L841:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_191
    cmp dword ptr [rsi-2], 128
    jne label_191
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 147659
    jne label_190
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp win32_pathtype/1
# label_L
label_190:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp unix_pathtype/1
# label_L
label_191:
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
label_192:
# i_func_info_IaaI
# filename:unix_pathtype/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x46, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unix_pathtype/1:
# i_breakpoint_trampoline
    short jmp L842
.db 0x00
    call L467
    align 8
L842:
# i_test_yield
    lea rdx, qword ptr [unix_pathtype/1+24]
    dec r14
    jle L465
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_194
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L844
# is_binary_header
    cmp al, 40
    short je L843
    and al, -5
    cmp al, 32
    jne label_194
L843:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L845
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L845:
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
L844:
    mov qword ptr [rbx+8], rsi
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rdi+30]
    ja label_197
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L846:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 8
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_197
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 8
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_197
# i_move_sd
    mov qword ptr [rbx], 148811
# return
    dec r14
    jl L466
    ret
# label_L
label_194:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_197
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 767
    jne label_195
# i_move_sd
    mov qword ptr [rbx], 148811
# return
    dec r14
    jl L466
    ret
# label_L
label_195:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L847
    test al, 2
    jne label_196
L847:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L848
    mov ecx, 2
.db 0x90
    call 140320710850576
L848:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L849:
L850:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L849]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp unix_pathtype/1
# label_L
label_196:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_197
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L851
    mov ecx, 2
.db 0x90
    call 140320710850576
L851:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L852:
L853:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L852]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L854:
L855:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L854]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp unix_pathtype/1
# label_L
label_197:
# i_move_sd
    mov qword ptr [rbx], 148875
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_198:
# i_func_info_IaaI
# filename:win32_pathtype/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x46, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
win32_pathtype/1:
# i_breakpoint_trampoline
    short jmp L856
.db 0x00
    call L467
    align 8
L856:
# i_test_yield
    lea rdx, qword ptr [win32_pathtype/1+24]
    dec r14
    jle L465
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_207
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L858
# is_binary_header
    cmp al, 40
    short je L857
    and al, -5
    cmp al, 32
    jne label_207
L857:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L859
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L859:
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
L858:
    mov qword ptr [rbx+8], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_216
    rex test sil, 7
    short je L861
    mov edx, 64
    call 140320710849168
    short jmp L860
L861:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L860:
    mov qword ptr [rbx], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+16], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 767
    je label_201
    cmp rsi, 1487
    je label_200
    jmp label_204
# label_L
label_200:
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_203
    rex test sil, 7
    short je L863
    mov edx, 64
    call 140320710849168
    short jmp L862
L863:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L862:
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 767
    je label_202
    cmp rsi, 1487
    je label_202
    jmp label_203
# label_L
label_201:
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_203
    rex test sil, 7
    short je L865
    mov edx, 64
    call 140320710849168
    short jmp L864
L865:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L864:
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 767
    je label_202
    cmp rsi, 1487
    je label_202
    jmp label_203
# label_L
label_202:
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_203
# i_move_sd
    mov qword ptr [rbx], 148811
# return
    dec r14
    jl L466
    ret
# label_L
label_203:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_204
# i_move_sd
    mov qword ptr [rbx], 148939
# return
    dec r14
    jl L466
    ret
# label_L
label_204:
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rdi+30]
    ja label_216
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L866:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 8
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_216
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 8
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_206
    rex test sil, 7
    short je L868
    mov edx, 64
    call 140320710849168
    short jmp L867
L868:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L867:
    mov qword ptr [rbx+16], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 767
    je label_205
    cmp rsi, 1487
    je label_205
    jmp label_206
# label_L
label_205:
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_206
# i_move_sd
    mov qword ptr [rbx], 148811
# return
    dec r14
    jl L466
    ret
# label_L
label_206:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_216
# i_move_sd
    mov qword ptr [rbx], 148939
# return
    dec r14
    jl L466
    ret
# label_L
label_207:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_216
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L869
    test al, 2
    jne label_208
L869:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L870
    mov ecx, 2
.db 0x90
    call 140320710850576
L870:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L871:
L872:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L871]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp win32_pathtype/1
# label_L
label_208:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_209
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L873
    mov ecx, 2
.db 0x90
    call 140320710850576
L873:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L874:
L875:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L874]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L876:
L877:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L876]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp win32_pathtype/1
# label_L
label_209:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_210
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L878
    test al, 2
    jne label_210
L878:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L879
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L879:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L880:
L881:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L880]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L882
    mov ecx, 1
    call 140320710850576
L882:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_last_ft
    add rsp, 8
    jmp win32_pathtype/1
# label_L
label_210:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 767
    je label_213
    cmp rsi, 1487
    je label_213
    jmp label_211
# label_L
label_211:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_216
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_212
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L883
    test al, 2
    jne label_212
L883:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L884
    mov ecx, 5
    call 140320710850576
L884:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L885:
L886:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L885]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L887
    mov ecx, 1
    call 140320710850576
L887:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_call_last_ft
    add rsp, 16
    jmp pathtype/1
# label_L
label_212:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 943
    jne label_216
# label_L
label_213:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_215
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 767
    je label_214
    cmp rsi, 1487
    je label_214
    jmp label_215
# label_L
label_214:
# i_move_sd
    mov qword ptr [rbx], 148811
# return
    dec r14
    jl L466
    ret
# label_L
label_215:
# i_move_sd
    mov qword ptr [rbx], 148939
# return
    dec r14
    jl L466
    ret
# label_L
label_216:
# i_move_sd
    mov qword ptr [rbx], 148875
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_217:
# i_func_info_IaaI
# filename:rootname/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x54, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rootname/1:
# i_breakpoint_trampoline
    short jmp L888
.db 0x00
    call L467
    align 8
L888:
# i_test_yield
    lea rdx, qword ptr [rootname/1+24]
    dec r14
    jle L465
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_219
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L890
    and al, -5
    cmp al, 32
    jne label_219
    short jmp L889
L890:
    cmp byte ptr [rdi+22], 0
    jne label_219
L889:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L891
    mov ecx, 1
    call 140320710850576
L891:
# line_I
# call_light_bif_be
    align 4
L892:
L893:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L892]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rootname/1
# call_light_bif_be
    align 4
L894:
L895:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448896
    lea rdx, qword ptr [L894]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_219:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L896
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L896:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatten/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call major_os_type/0
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp rootname/4
# func_line_I
# aligned_label_Lt
    align 8
label_220:
# i_func_info_IaaI
# filename:rootname/4
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x54, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rootname/4:
# i_breakpoint_trampoline
    short jmp L897
.db 0x00
    call L467
    align 8
L897:
# i_test_yield
    lea rdx, qword ptr [rootname/4+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_228
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 751
    je label_224
    cmp rsi, 767
    je label_223
    cmp rsi, 1487
    je label_222
    jmp label_226
# label_L
label_222:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_226
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L898
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L898:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L899:
L900:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L899]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L901
    mov ecx, 1
    call 140320710850576
L901:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+24], 147659
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp rootname/4
# label_L
label_223:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L902
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L902:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L903:
L904:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L903]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L905
    mov ecx, 1
    call 140320710850576
L905:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp rootname/4
# label_L
label_224:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_225
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# is_eq_exact_fss
    cmp qword ptr [rbx], 767
    jne label_225
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_225
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L906
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L906:
# put_cons_ss
    mov qword ptr [r15], 751
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp rootname/4
# label_L
label_225:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L907
    mov ecx, 6
.db 0x90
    call 140320710850576
L907:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L908:
L909:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L908]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L910:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp rootname/4
# label_L
label_226:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_227
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L911
    test al, 1
    jne label_220
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_220
L911:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L912
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L912:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp rootname/4
# label_L
label_227:
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L913
    test al, 1
    jne label_220
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_220
L913:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L914
    mov ecx, 6
    call 140320710850576
L914:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp rootname/4
# label_L
label_228:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_220
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L915:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_229:
# i_func_info_IaaI
# filename:rootname/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x54, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rootname/2:
# i_breakpoint_trampoline
    short jmp L916
.db 0x00
    call L467
    align 8
L916:
# i_test_yield
    lea rdx, qword ptr [rootname/2+24]
    dec r14
    jle L465
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_232
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L918
    and al, -5
    cmp al, 32
    jne label_232
    short jmp L917
L918:
    cmp byte ptr [rdi+22], 0
    jne label_232
L917:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_231
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L920
    and al, -5
    cmp al, 32
    jne label_231
    short jmp L919
L920:
    cmp byte ptr [rdi+22], 0
    jne label_231
L919:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L921
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L921:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L922:
L923:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L922]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# call_light_bif_be
    align 4
L924:
L925:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L924]
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
# i_call_f
.db 0x90
    call rootname/2
# call_light_bif_be
    align 4
L926:
L927:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448896
    lea rdx, qword ptr [L926]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_231:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L928
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L928:
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
    call filename_string_to_binary/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp rootname/2
# label_L
label_232:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_233
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L930
    and al, -5
    cmp al, 32
    jne label_233
    short jmp L929
L930:
    cmp byte ptr [rdi+22], 0
    jne label_233
L929:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L931
    mov ecx, 2
    call 140320710850576
L931:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call filename_string_to_binary/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp rootname/2
# label_L
label_233:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L932
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L932:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call flatten/1
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatten/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call major_os_type/0
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp rootname2/4
# func_line_I
# aligned_label_Lt
    align 8
label_234:
# i_func_info_IaaI
# filename:rootname2/4
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rootname2/4:
# i_breakpoint_trampoline
    short jmp L933
.db 0x00
    call L467
    align 8
L933:
# i_test_yield
    lea rdx, qword ptr [rootname2/4+24]
    dec r14
    jle L465
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_238
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 767
    je label_237
    cmp rsi, 1487
    je label_236
    jmp label_238
# label_L
label_236:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_238
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L934
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_239
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_239
L934:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L935
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L935:
# call_light_bif_be
    align 4
L936:
L937:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L936]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_237:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L938
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_239
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_239
L938:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L939
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L939:
# call_light_bif_be
    align 4
L940:
L941:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L940]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_238:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L942
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_239
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_239
L942:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L943:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_239:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_240
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L944
    test al, 1
    jne label_234
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_234
L944:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L945
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L945:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp rootname2/4
# label_L
label_240:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_234
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L946:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_241:
# i_func_info_IaaI
# filename:split/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split/1:
# i_breakpoint_trampoline
    short jmp L947
.db 0x00
    call L467
    align 8
L947:
# i_test_yield
    lea rdx, qword ptr [split/1+24]
    dec r14
    jle L465
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_244
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L949
    and al, -5
    cmp al, 32
    jne label_244
    short jmp L948
L949:
    cmp byte ptr [rdi+22], 0
    jne label_244
L948:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L950
    mov ecx, 1
    call 140320710850576
L950:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L951:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_243
    cmp dword ptr [rsi-2], 128
    jne label_243
    cmp qword ptr [rsi+6], 147659
    jne label_243
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp win32_splitb/1
# label_L
label_243:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp unix_splitb/1
# label_L
label_244:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L952
    mov ecx, 1
    call 140320710850576
L952:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatten/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L953:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_245
    cmp dword ptr [rsi-2], 128
    jne label_245
    cmp qword ptr [rsi+6], 147659
    jne label_245
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp win32_split/1
# label_L
label_245:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp unix_split/1
# func_line_I
# aligned_label_Lt
    align 8
label_246:
# i_func_info_IaaI
# filename:unix_splitb/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unix_splitb/1:
# i_breakpoint_trampoline
    short jmp L954
.db 0x00
    call L467
    align 8
L954:
# i_test_yield
    lea rdx, qword ptr [unix_splitb/1+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L955
    mov ecx, 1
    call 140320710850576
L955:
# i_move_sd
L956:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
L957:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L958:
L959:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963360
    lea rdx, qword ptr [L958]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_248
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_eq_exact_literal_fscI
L960:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_248
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_248
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 59
    je label_248
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L961
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L961:
# put_cons_ss
L962:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# label_L
label_248:
# i_call_last_ft
    jmp '-unix_splitb/1-lc$^0/1-0-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_249:
# i_func_info_IaaI
# filename:fix_driveletter/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fix_driveletter/1:
# i_breakpoint_trampoline
    short jmp L963
.db 0x00
    call L467
    align 8
L963:
# i_test_yield
    lea rdx, qword ptr [fix_driveletter/1+24]
    dec r14
    jle L465
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L964:
L965:
    jl label_251
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1455
# skipped test for small operands since they are always small
    cmp rdi, rsi
L966:
L967:
    jl label_251
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx]
    add rax, 1552
    mov qword ptr [rbx], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx]
    mov rdi, -1040
    add rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L466
    ret
# label_L
label_251:
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_252:
# i_func_info_IaaI
# filename:win32_splitb/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
win32_splitb/1:
# i_breakpoint_trampoline
    short jmp L968
.db 0x00
    call L467
    align 8
L968:
# i_test_yield
    lea rdx, qword ptr [win32_splitb/1+24]
    dec r14
    jle L465
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L970
L969:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L971
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L971:
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
L970:
    mov qword ptr [rbx], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+8], rdi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_262
    rex test sil, 7
    short je L973
    mov edx, 64
    call 140320710849168
    short jmp L972
L973:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L972:
    mov qword ptr [rbx+16], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+24], rdi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_260
    rex test sil, 7
    short je L975
    mov edx, 64
    call 140320710849168
    short jmp L974
L975:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L974:
    mov qword ptr [rbx+32], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+40], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 943
    jne label_258
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_256
    rex test sil, 7
    short je L977
    mov edx, 64
    call 140320710849168
    short jmp L976
L977:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L976:
    mov qword ptr [rbx+48], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L978
    mov qword ptr [rbx+56], rdi
    mov ecx, 8
    call 140320710850576
    mov rdi, qword ptr [rbx+56]
L978:
    call 140320710849224
    mov qword ptr [rbx+56], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+48]
    cmp rsi, 767
    je label_254
    cmp rsi, 1487
    je label_254
    jmp label_256
# label_L
label_254:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L979:
L980:
    jl label_258
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1455
# skipped test for small operands since they are always small
    cmp rdi, rsi
L981:
L982:
    jge label_255
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L983:
L984:
    jl label_256
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1967
# skipped test for small operands since they are always small
    cmp rdi, rsi
L985:
L986:
    jl label_262
# label_L
label_255:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L987
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L987:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call fix_driveletter/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_move_sd
L988:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
L989:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L990:
L991:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963360
    lea rdx, qword ptr [L990]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L993
L992:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L993:
# allocate binary
    xor r8d, r8d
    mov r9d, 2
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 3
    call 94919178210800
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 8
    mov rsi, qword ptr [rbx+8]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
    mov rdi, qword ptr [rbx+8]
    mov ecx, 1296
    test eax, eax
    short je L992
# insert string
    mov edx, 2
L994:
    long mov rsi, 9223372036854775807
    lea rdi, qword ptr [rbx-80]
    call 94919179745872
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rsp], rax
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-win32_splitb/1-lc$^0/1-2-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L995
    mov ecx, 1
    call 140320710850576
L995:
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
    jl L466
    ret
# label_L
label_256:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+40]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L996
    mov qword ptr [rbx+48], rdi
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+48]
L996:
    call 140320710849224
    mov qword ptr [rbx+48], rax
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L997:
L998:
    jl label_258
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1455
# skipped test for small operands since they are always small
    cmp rdi, rsi
L999:
L1000:
    jge label_257
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1001:
L1002:
    jl label_258
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1967
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1003:
L1004:
    jl label_262
# label_L
label_257:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1005
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1005:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call fix_driveletter/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_move_sd
L1006:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
L1007:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1008:
L1009:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963360
    lea rdx, qword ptr [L1008]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1011
L1010:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1011:
# allocate binary
    xor r8d, r8d
    mov r9d, 2
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 2
    call 94919178210800
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 8
    mov rsi, qword ptr [rbx+8]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
    mov rdi, qword ptr [rbx+8]
    mov ecx, 1296
    test eax, eax
    short je L1010
# insert string
    mov edx, 1
L1012:
    long mov rsi, 9223372036854775807
    lea rdi, qword ptr [rbx-80]
    call 94919179745872
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rsp], rax
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-win32_splitb/1-lc$^1/1-3-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1013
    mov ecx, 1
    call 140320710850576
L1013:
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
    jl L466
    ret
# label_L
label_258:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+40]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1014
    mov qword ptr [rbx+40], rdi
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+40]
L1014:
    call 140320710849224
    mov qword ptr [rbx+40], rax
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+16]
    cmp qword ptr [rbx+32], rdi
    jne label_260
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 767
    je label_259
    cmp rsi, 1487
    je label_259
    jmp label_260
# label_L
label_259:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1015
    mov ecx, 6
.db 0x90
    call 140320710850576
L1015:
# i_move_sd
L1016:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1017:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1018:
L1019:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963360
    lea rdx, qword ptr [L1018]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-win32_splitb/1-lc$^2/1-1-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1020
    mov ecx, 1
    call 140320710850576
L1020:
# put_cons_ss
L1021:
    long mov rdi, 9223372036854775807
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
    jl L466
    ret
# label_L
label_260:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+24]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1022
    mov qword ptr [rbx+24], rdi
    mov ecx, 4
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+24]
L1022:
    call 140320710849224
    mov qword ptr [rbx+24], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 767
    je label_261
    cmp rsi, 1487
    je label_261
    jmp label_262
# label_L
label_261:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1023
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1023:
# i_move_sd
L1024:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1025:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1026:
L1027:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963360
    lea rdx, qword ptr [L1026]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-win32_splitb/1-lc$^3/1-4-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1028
    mov ecx, 1
    call 140320710850576
L1028:
# put_cons_ss
L1029:
    long mov rdi, 9223372036854775807
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
    jl L466
    ret
# label_L
label_262:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1030
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1030:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1031
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L1031:
    call 140320710849224
    mov qword ptr [rbx], rax
# i_move_sd
L1032:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
L1033:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1034:
L1035:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963360
    lea rdx, qword ptr [L1034]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp '-win32_splitb/1-lc$^4/1-0-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_263:
# i_func_info_IaaI
# filename:unix_split/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unix_split/1:
# i_breakpoint_trampoline
    short jmp L1036
.db 0x00
    call L467
    align 8
L1036:
# i_test_yield
    lea rdx, qword ptr [unix_split/1+24]
    dec r14
    jle L465
# i_move_sd
    mov qword ptr [rbx+16], 68747
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp split/3
# func_line_I
# aligned_label_Lt
    align 8
label_265:
# i_func_info_IaaI
# filename:win32_split/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
win32_split/1:
# i_breakpoint_trampoline
    short jmp L1037
.db 0x00
    call L467
    align 8
L1037:
# i_test_yield
    lea rdx, qword ptr [win32_split/1+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_274
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_268
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1038
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_268
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_268
L1038:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 767
    je label_267
    cmp rsi, 1487
    je label_267
    jmp label_269
# label_L
label_267:
# i_move_sd
L1039:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 147659
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split/3
# label_L
label_268:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1487
    jne label_269
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1040
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1040:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp win32_split/1
# label_L
label_269:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_274
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 1487
    jne label_270
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1041
    test al, 1
    jne label_271
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_271
L1041:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1042
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1042:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp win32_split/1
# label_L
label_270:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_271
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 1487
    jne label_271
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1043
    test al, 1
    jne label_271
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_271
L1043:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1044
    test al, 1
    jne label_271
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_271
L1044:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1045
    mov ecx, 7
.db 0x90
    call 140320710850576
L1045:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp win32_split/1
# label_L
label_271:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 943
    jne label_274
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1046
    cmp rdi, rsi
    short jmp L1047
L1046:
    call 140320710848608
L1047:
    jl label_272
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1455
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1048
    cmp rdi, rsi
    short jmp L1049
L1048:
    call 140320710848608
L1049:
    jl label_272
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 1552
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1050
    mov rax, rsi
    add rax, rdx
    short jno L1051
L1050:
    call 140320710853080
L1051:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -1040
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1052
    add rax, rdx
    short jno L1053
L1052:
    call 140320710853080
L1053:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1054
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1054:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp win32_split/1
# label_L
label_272:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_273
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 767
    jne label_273
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1055
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1055:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L1056:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+24], 147659
# i_move_sd
    mov qword ptr [rbx+8], 59
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp split/4
# label_L
label_273:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1057
    mov ecx, 5
    call 140320710850576
L1057:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L1058:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov qword ptr [rbx+24], 147659
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split/4
# label_L
label_274:
# i_move_sd
    mov qword ptr [rbx+16], 147659
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp split/3
# func_line_I
# aligned_label_Lt
    align 8
label_275:
# i_func_info_IaaI
# filename:split/3
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split/3:
# i_breakpoint_trampoline
    short jmp L1059
.db 0x00
    call L467
    align 8
L1059:
# i_test_yield
    lea rdx, qword ptr [split/3+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_279
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 767
    je label_278
    cmp rsi, 1487
    je label_277
    jmp label_279
# label_L
label_277:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 147659
    jne label_279
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1060
    mov ecx, 5
    call 140320710850576
L1060:
# put_cons_ss
L1061:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov qword ptr [rbx+24], 147659
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split/4
# label_L
label_278:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1062
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1062:
# put_cons_ss
L1063:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split/4
# label_L
label_279:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp split/4
# func_line_I
# aligned_label_Lt
    align 8
label_280:
# i_func_info_IaaI
# filename:split/4
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split/4:
# i_breakpoint_trampoline
    short jmp L1064
.db 0x00
    call L467
    align 8
L1064:
# i_test_yield
    lea rdx, qword ptr [split/4+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_286
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 767
    je label_283
    cmp rsi, 1487
    je label_282
    jmp label_285
# label_L
label_282:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 147659
    jne label_285
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1065
    mov ecx, 6
    call 140320710850576
L1065:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+24], 147659
# i_call_only_f
    jmp split/4
# label_L
label_283:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_284
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split/4
# label_L
label_284:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1066
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1066:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1067:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1068
    mov ecx, 1
    call 140320710850576
L1068:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp split/4
# label_L
label_285:
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1069
    test al, 1
    jne label_280
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_280
L1069:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1070
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1070:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split/4
# label_L
label_286:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_280
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_287
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L1071:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_287:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1072
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1072:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1073:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1074
    mov ecx, 1
    call 140320710850576
L1074:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx], 59
# i_call_last_ft
    add rsp, 16
    jmp split/4
# func_line_I
# aligned_label_Lt
    align 8
label_288:
# i_func_info_IaaI
# filename:nativename/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nativename/1:
# i_breakpoint_trampoline
    short jmp L1075
.db 0x00
    call L467
    align 8
L1075:
# i_test_yield
    lea rdx, qword ptr [nativename/1+24]
    dec r14
    jle L465
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1076
    mov ecx, 1
    call 140320710850576
L1076:
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
# line_I
# i_call_f
.db 0x66, 0x90
    call join/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1077:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_290
    cmp dword ptr [rsi-2], 128
    jne label_290
    cmp qword ptr [rsi+6], 147659
    jne label_290
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp win32_nativename/1
# label_L
label_290:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_291:
# i_func_info_IaaI
# filename:win32_nativename/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
win32_nativename/1:
# i_breakpoint_trampoline
    short jmp L1078
.db 0x00
    call L467
    align 8
L1078:
# i_test_yield
    lea rdx, qword ptr [win32_nativename/1+24]
    dec r14
    jle L465
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_293
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1080
# simplified binary test since source is always a bitstring when boxed
    short jmp L1079
L1080:
    cmp byte ptr [rdi+22], 0
    jne label_293
L1079:
# i_move_sd
L1081:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
L1082:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
L1083:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_only_e
L1084:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_293:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_295
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 767
    jne label_294
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1085
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1085:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call win32_nativename/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1086
    mov ecx, 1
    call 140320710850576
L1086:
# put_cons_ss
    mov qword ptr [r15], 1487
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_294:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1087
    mov ecx, 2
.db 0x90
    call 140320710850576
L1087:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call win32_nativename/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1088
    mov ecx, 1
    call 140320710850576
L1088:
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
    jl L466
    ret
# label_L
label_295:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_296:
# i_func_info_IaaI
# filename:separators/0
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
separators/0:
# i_breakpoint_trampoline
    short jmp L1089
.db 0x00
    call L467
    align 8
L1089:
# i_test_yield
    lea rdx, qword ptr [separators/0+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1090
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1090:
# line_I
# i_call_ext_e
L1091:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_298
    cmp dword ptr [rsi-2], 128
    jne label_298
    cmp qword ptr [rsi+6], 147659
    jne label_298
# i_move_sd
L1092:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_298:
# i_move_sd
L1093:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_299:
# i_func_info_IaaI
# filename:major_os_type/0
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
major_os_type/0:
# i_breakpoint_trampoline
    short jmp L1094
.db 0x00
    call L467
    align 8
L1094:
# i_test_yield
    lea rdx, qword ptr [major_os_type/0+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1095
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1095:
# line_I
# i_call_ext_e
L1096:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_301
    cmp dword ptr [rsi-2], 128
    jne label_301
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_301:
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
label_302:
# i_func_info_IaaI
# filename:flatten/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flatten/1:
# i_breakpoint_trampoline
    short jmp L1097
.db 0x00
    call L467
    align 8
L1097:
# i_test_yield
    lea rdx, qword ptr [flatten/1+24]
    dec r14
    jle L465
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_304
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1099
    and al, -5
    cmp al, 32
    jne label_304
    short jmp L1098
L1099:
    cmp byte ptr [rdi+22], 0
    jne label_304
L1098:
# return
    dec r14
    jl L466
    ret
# label_L
label_304:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp do_flatten/2
# func_line_I
# aligned_label_Lt
    align 8
label_305:
# i_func_info_IaaI
# filename:do_flatten/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x35, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_flatten/2:
# i_breakpoint_trampoline
    short jmp L1100
.db 0x00
    call L467
    align 8
L1100:
# i_test_yield
    lea rdx, qword ptr [do_flatten/2+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_309
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1101
    test al, 2
    jne label_307
L1101:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1102
    mov ecx, 3
    call 140320710850576
L1102:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_flatten/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    short jmp do_flatten/2
# label_L
label_307:
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_308
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1103
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1103:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1104:
L1105:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L1104]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
    call do_flatten/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1106:
L1107:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1106]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# label_L
label_308:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1108
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1108:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_flatten/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1109
    mov ecx, 1
    call 140320710850576
L1109:
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
    jl L466
    ret
# label_L
label_309:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_310
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L466
    ret
# label_L
label_310:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_305
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1110
    mov ecx, 2
.db 0x90
    call 140320710850576
L1110:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L1111:
L1112:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L1111]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call flatten/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1113:
L1114:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1113]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_311:
# i_func_info_IaaI
# filename:filename_string_to_binary/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filename_string_to_binary/1:
# i_breakpoint_trampoline
    short jmp L1115
.db 0x00
    call L467
    align 8
L1115:
# i_test_yield
    lea rdx, qword ptr [filename_string_to_binary/1+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1116
    mov ecx, 1
    call 140320710850576
L1116:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatten/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# call_light_bif_be
    align 4
L1117:
L1118:
    long mov rcx, 9223372036854775807
    mov rax, 94919179900464
    lea rdx, qword ptr [L1117]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 43979
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_ext_e
L1119:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_313
    cmp dword ptr [rsi-2], 192
    jne label_313
    cmp qword ptr [rsi+6], 779
    jne label_313
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L1120:
L1121:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1120]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# label_L
label_313:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_314
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1123
    and al, -5
    cmp al, 32
    jne label_314
    short jmp L1122
L1123:
    cmp byte ptr [rdi+22], 0
    jne label_314
L1122:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# label_L
label_314:
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
label_315:
# i_func_info_IaaI
# filename:basedir/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basedir/2:
# i_breakpoint_trampoline
    short jmp L1124
.db 0x00
    call L467
    align 8
L1124:
# i_test_yield
    lea rdx, qword ptr [basedir/2+24]
    dec r14
    jle L465
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_315
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1125
    test al, 2
    jne label_317
L1125:
# jump_f
    jmp label_318
# label_L
label_317:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    short jne label_315
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1127
    and al, -5
    cmp al, 32
    short jne label_315
    short jmp L1126
L1127:
    cmp byte ptr [rdi+22], 0
    jne label_315
L1126:
# label_L
label_318:
# i_move_sd
L1128:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp basedir/3
# func_line_I
# aligned_label_Lt
    align 8
label_319:
# i_func_info_IaaI
# filename:basedir/3
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basedir/3:
# i_breakpoint_trampoline
    short jmp L1129
.db 0x00
    call L467
    align 8
L1129:
# i_test_yield
    lea rdx, qword ptr [basedir/3+24]
    dec r14
    jle L465
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_319
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    short jne label_319
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_319
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1130
    test al, 2
    jne label_321
L1130:
# jump_f
    jmp label_322
# label_L
label_321:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    short jne label_319
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1132
    and al, -5
    cmp al, 32
    jne label_319
    short jmp L1131
L1132:
    cmp byte ptr [rdi+22], 0
    jne label_319
L1131:
# label_L
label_322:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1133
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1133:
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
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call basedir_os_from_opts/1
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call basedir_name_from_opts/3
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call basedir_from_os/2
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+16]
    cmp rsi, 404939
    je label_326
    cmp rsi, 405003
    je label_323
    jmp label_327
# label_L
label_323:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+8]
    cmp rsi, 68811
    je label_325
    cmp rsi, 405067
    je label_324
    jmp label_327
# label_L
label_324:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1134
    mov ecx, 1
    call 140320710850576
L1134:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
L1135:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
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
# line_I
# i_call_ext_last_et
    add rsp, 24
L1136:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_325:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1137
    mov ecx, 1
    call 140320710850576
L1137:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
L1138:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
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
# line_I
# i_call_ext_last_et
    add rsp, 24
L1139:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_326:
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 405067
    jne label_327
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1140
    mov ecx, 1
.db 0x90
    call 140320710850576
L1140:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
L1141:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
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
# line_I
# i_call_ext_last_et
    add rsp, 24
L1142:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_327:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+16]
# (Src == 0x62e8b || Src == 0x62ecb) <=> (Src | 0x40) == 0x62ecb
    or rsi, 64
    cmp rsi, 405195
    je label_328
    jmp label_329
# label_L
label_328:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp '-basedir/3-lc$^0/1-0-'/2
# label_L
label_329:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1143
    mov ecx, 1
    call 140320710850576
L1143:
# put_cons_ss
    mov rdi, qword ptr [rsp]
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
# line_I
# i_call_ext_last_et
    add rsp, 24
L1144:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_330:
# i_func_info_IaaI
# filename:basedir_os_from_opts/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basedir_os_from_opts/1:
# i_breakpoint_trampoline
    short jmp L1145
.db 0x00
    call L467
    align 8
L1145:
# i_test_yield
    lea rdx, qword ptr [basedir_os_from_opts/1+24]
    dec r14
    jle L465
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 58635
    mov edx, 3826224993
    call 140320710852224
    jne label_333
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 68811
    je label_332
    cmp rsi, 405067
    je label_332
    cmp rsi, 405323
    je label_332
    jmp label_333
# label_L
label_332:
# return
    dec r14
    jl L466
    ret
# label_L
label_333:
# i_call_only_f
    jmp basedir_os_type/0
# func_line_I
# aligned_label_Lt
    align 8
label_334:
# i_func_info_IaaI
# filename:basedir_name_from_opts/3
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basedir_name_from_opts/3:
# i_breakpoint_trampoline
    short jmp L1146
.db 0x00
    call L467
    align 8
L1146:
# i_test_yield
    lea rdx, qword ptr [basedir_name_from_opts/3+24]
    dec r14
    jle L465
# is_eq_exact_fss
    cmp qword ptr [rbx], 405067
    jne label_337
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 405451
    mov edx, 3051325311
    call 140320710852224
    jne label_337
    mov qword ptr [rbx], rax
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 45131
    mov edx, 3986833500
    call 140320710852224
    jne label_336
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1147
    mov ecx, 3
    call 140320710850576
L1147:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
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
# line_I
# i_call_ext_only_e
L1148:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_336:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1149
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1149:
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
# line_I
# i_call_ext_only_e
L1150:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_337:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 45131
    mov edx, 3986833500
    call 140320710852224
    jne label_338
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1151
    mov ecx, 2
.db 0x90
    call 140320710850576
L1151:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_only_e
L1152:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_338:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_339:
# i_func_info_IaaI
# filename:basedir_from_os/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x30, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basedir_from_os/2:
# i_breakpoint_trampoline
    short jmp L1153
.db 0x00
    call L467
    align 8
L1153:
# i_test_yield
    lea rdx, qword ptr [basedir_from_os/2+24]
    dec r14
    jle L465
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 68811
    je label_342
    cmp rsi, 405067
    je label_341
    jmp label_343
# label_L
label_341:
# i_call_only_f
    jmp basedir_windows/1
# label_L
label_342:
# i_call_only_f
    jmp basedir_linux/1
# label_L
label_343:
# i_call_only_f
    jmp basedir_darwin/1
# func_line_I
# aligned_label_Lt
    align 8
label_344:
# i_func_info_IaaI
# filename:basedir_linux/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x30, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basedir_linux/1:
# i_breakpoint_trampoline
    short jmp L1154
.db 0x00
    call L467
    align 8
L1154:
# i_test_yield
    lea rdx, qword ptr [basedir_linux/1+24]
    dec r14
    jle L465
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 404939
    je label_348
    cmp rsi, 405003
    je label_348
    cmp rsi, 405131
    je label_350
    cmp rsi, 405195
    je label_349
    cmp rsi, 405643
    je label_347
    cmp rsi, 405707
    je label_346
    jmp label_351
# label_L
label_346:
# i_move_sd
L1155:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_move_sd
L1156:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp getenv/3
# label_L
label_347:
# i_move_sd
L1157:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_move_sd
L1158:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp getenv/3
# label_L
label_348:
# i_move_sd
L1159:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_move_sd
L1160:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp getenv/3
# label_L
label_349:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1161
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1161:
# i_move_sd
L1162:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
L1163:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call getenv/3
# i_move_sd
L1164:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_last_et
L1165:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_350:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1166
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1166:
# i_move_sd
L1167:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
L1168:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call getenv/3
# i_move_sd
L1169:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_last_et
L1170:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_351:
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
label_352:
# i_func_info_IaaI
# filename:basedir_darwin/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x31, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basedir_darwin/1:
# i_breakpoint_trampoline
    short jmp L1171
.db 0x00
    call L467
    align 8
L1171:
# i_test_yield
    lea rdx, qword ptr [basedir_darwin/1+24]
    dec r14
    jle L465
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 404939
    je label_356
    cmp rsi, 405003
    je label_354
    cmp rsi, 405131
    je label_357
    cmp rsi, 405195
    je label_357
    cmp rsi, 405643
    je label_355
    cmp rsi, 405707
    je label_355
    jmp label_358
# label_L
label_354:
# i_move_sd
L1172:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp basedir_join_home/1
# label_L
label_355:
# i_move_sd
L1173:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp basedir_join_home/1
# label_L
label_356:
# i_move_sd
L1174:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp basedir_join_home/1
# label_L
label_357:
# i_move_sd
L1175:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L466
    ret
# label_L
label_358:
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
label_359:
# i_func_info_IaaI
# filename:basedir_windows/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x31, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basedir_windows/1:
# i_breakpoint_trampoline
    short jmp L1176
.db 0x00
    call L467
    align 8
L1176:
# i_test_yield
    lea rdx, qword ptr [basedir_windows/1+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1177
    mov ecx, 1
    call 140320710850576
L1177:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call basedir_windows_appdata/0
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_363
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp]
    cmp rsi, 404939
    je label_362
    cmp rsi, 405003
    je label_362
    cmp rsi, 405131
    je label_366
    cmp rsi, 405195
    je label_366
    cmp rsi, 405643
    je label_361
    cmp rsi, 405707
    je label_362
    jmp label_367
# label_L
label_361:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# label_L
label_362:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1178:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp getenv/2
# label_L
label_363:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp]
    cmp rsi, 404939
    je label_365
    cmp rsi, 405003
    je label_365
    cmp rsi, 405131
    je label_366
    cmp rsi, 405195
    je label_366
    cmp rsi, 405643
    je label_364
    cmp rsi, 405707
    je label_365
    jmp label_368
# label_L
label_364:
# i_move_sd
L1179:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp basedir_join_home/1
# label_L
label_365:
# i_move_sd
L1180:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp basedir_join_home/1
# label_L
label_366:
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# label_L
label_367:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_368:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_369:
# i_func_info_IaaI
# filename:basedir_windows_appdata/0
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x31, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basedir_windows_appdata/0:
# i_breakpoint_trampoline
    short jmp L1181
.db 0x00
    call L467
    align 8
L1181:
# i_test_yield
    lea rdx, qword ptr [basedir_windows_appdata/0+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1182
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1182:
# i_move_sd
L1183:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1184:
L1185:
    long mov rcx, 9223372036854775807
    mov rax, 94919178917888
    lea rdx, qword ptr [L1184]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ne_exact_fss
    cmp qword ptr [rbx], 11
    je label_371
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_372
# label_L
label_371:
# i_move_sd
    mov qword ptr [rbx], 406027
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_372:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1186
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1186:
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
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_373:
# i_func_info_IaaI
# filename:getenv/3
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getenv/3:
# i_breakpoint_trampoline
    short jmp L1187
.db 0x00
    call L467
    align 8
L1187:
# i_test_yield
    lea rdx, qword ptr [getenv/3+24]
    dec r14
    jle L465
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 75
    jne label_375
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1188
    mov ecx, 2
.db 0x90
    call 140320710850576
L1188:
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
    call basedir_join_home/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp getenv/2
# label_L
label_375:
# i_call_only_f
    jmp getenv/2
# func_line_I
# aligned_label_Lt
    align 8
label_376:
# i_func_info_IaaI
# filename:getenv/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getenv/2:
# i_breakpoint_trampoline
    short jmp L1189
.db 0x00
    call L467
    align 8
L1189:
# i_test_yield
    lea rdx, qword ptr [getenv/2+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1190
    mov ecx, 2
    call 140320710850576
L1190:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L1191:
L1192:
    long mov rcx, 9223372036854775807
    mov rax, 94919178917888
    lea rdx, qword ptr [L1191]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_378
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_380
# jump_f
    jmp label_379
# label_L
label_378:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_380
# label_L
label_379:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# label_L
label_380:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_381:
# i_func_info_IaaI
# filename:basedir_join_home/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x32, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basedir_join_home/1:
# i_breakpoint_trampoline
    short jmp L1193
.db 0x00
    call L467
    align 8
L1193:
# i_test_yield
    lea rdx, qword ptr [basedir_join_home/1+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1194
    mov ecx, 1
    call 140320710850576
L1194:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L1195:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1196:
L1197:
    long mov rcx, 9223372036854775807
    mov rax, 94919178917888
    lea rdx, qword ptr [L1196]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_383
# i_move_sd
    mov qword ptr [rbx], 193739
# line_I
# i_call_ext_e
L1198:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_384
    cmp dword ptr [rsi-2], 128
    jne label_384
    cmp qword ptr [rsi+6], 30603
    jne label_384
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_384
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_384
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_384
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_384
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L1199:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_383:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_last_et
    add rsp, 8
L1200:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_384:
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
label_385:
# i_func_info_IaaI
# filename:basedir_os_type/0
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x32, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
basedir_os_type/0:
# i_breakpoint_trampoline
    short jmp L1201
.db 0x00
    call L467
    align 8
L1201:
# i_test_yield
    lea rdx, qword ptr [basedir_os_type/0+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1202
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1202:
# line_I
# i_call_ext_e
L1203:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_389
    cmp dword ptr [rsi-2], 128
    jne label_389
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 68747
    je label_388
    cmp rsi, 147659
    je label_387
    jmp label_389
# label_L
label_387:
# i_move_sd
    mov qword ptr [rbx], 405067
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_388:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 405323
    jne label_389
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_389:
# i_move_sd
    mov qword ptr [rbx], 68811
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_390:
# i_func_info_IaaI
# filename:validate/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x32, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validate/1:
# i_breakpoint_trampoline
    short jmp L1204
.db 0x00
    call L467
    align 8
L1204:
# i_test_yield
    lea rdx, qword ptr [validate/1+24]
    dec r14
    jle L465
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_392
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1206
    and al, -5
    cmp al, 32
    jne label_392
    short jmp L1205
L1206:
    cmp byte ptr [rdi+22], 0
    jne label_392
L1205:
# i_call_only_f
    jmp validate_bin/1
# label_L
label_392:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1207
    test al, 2
    jne label_393
L1207:
# jump_f
    jmp label_394
# label_L
label_393:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_390
# label_L
label_394:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1208
    mov ecx, 1
    call 140320710850576
L1208:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# call_light_bif_be
    align 4
L1209:
L1210:
    long mov rcx, 9223372036854775807
    mov rax, 94919179900464
    lea rdx, qword ptr [L1209]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1211:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
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
    jmp validate_list/3
# func_line_I
# aligned_label_Lt
    align 8
label_395:
# i_func_info_IaaI
# filename:validate_list/3
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x33, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validate_list/3:
# i_breakpoint_trampoline
    short jmp L1212
.db 0x00
    call L467
    align 8
L1212:
# i_test_yield
    lea rdx, qword ptr [validate_list/3+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1213
    mov ecx, 3
    call 140320710850576
L1213:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L1214:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_move_sd
    mov qword ptr [rbx+24], 15
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call validate_list/4
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1215
    cmp rdi, rsi
    short jmp L1216
L1215:
    call 140320710848608
L1216:
    jge label_398
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# label_L
label_397:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# label_L
label_398:
# line_I
# badmatch_s
    mov qword ptr [r13+120], 11
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_399:
# i_func_info_IaaI
# filename:validate_list/4
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x33, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validate_list/4:
# i_breakpoint_trampoline
    short jmp L1217
.db 0x00
    call L467
    align 8
L1217:
# i_test_yield
    lea rdx, qword ptr [validate_list/4+24]
    dec r14
    jle L465
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_401
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L466
    ret
# label_L
label_401:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1218
    test al, 1
    jne label_402
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_402
L1218:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1219
    mov ecx, 4
.db 0x90
    call 140320710850576
L1219:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call validate_char/3
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1220
    add rax, rdx
    short jno L1221
L1220:
    call 140320710853080
L1221:
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# label_L
label_402:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_403
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1222
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1222:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# line_I
# call_light_bif_be
    align 4
L1223:
L1224:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L1223]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp validate_list/4
# label_L
label_403:
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_399
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1225
    mov ecx, 4
.db 0x90
    call 140320710850576
L1225:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# line_I
# i_call_f
    call validate_list/4
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
    jmp validate_list/4
# func_line_I
# aligned_label_Lt
    align 8
label_404:
# i_func_info_IaaI
# filename:validate_char/3
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x33, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validate_char/3:
# i_breakpoint_trampoline
    short jmp L1226
.db 0x00
    call L467
    align 8
L1226:
# i_test_yield
    lea rdx, qword ptr [validate_char/3+24]
    dec r14
    jle L465
# is_lt_fss
    mov esi, 31
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1227
    cmp rdi, rsi
    short jmp L1228
L1227:
    call 140320710848608
L1228:
    jge label_406
# i_move_sd
    mov qword ptr [rbx+8], 21707
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1229
    mov ecx, 3
    call 140320710850576
L1229:
# call_light_bif_be
    align 4
L1230:
L1231:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1230]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_406:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 22667
    je label_410
    cmp rsi, 44299
    je label_407
    jmp label_411
# label_L
label_407:
# is_ge_fss
    mov esi, 17825807
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1232
    cmp rdi, rsi
    short jmp L1233
L1232:
    call 140320710848608
L1233:
    jl label_408
# i_move_sd
    mov qword ptr [rbx+8], 21707
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1234
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1234:
# call_light_bif_be
    align 4
L1235:
L1236:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1235]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_408:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_409
    cmp dword ptr [rsi-2], 128
    jne label_409
    cmp qword ptr [rsi+6], 147659
    jne label_409
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1237
    cmp rdi, rsi
    short jmp L1238
L1237:
    call 140320710848608
L1238:
    jge label_411
# i_move_sd
    mov qword ptr [rbx+8], 21707
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1239
    mov ecx, 3
.db 0x90
    call 140320710850576
L1239:
# call_light_bif_be
    align 4
L1240:
L1241:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1240]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_409:
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1242
    cmp rdi, rsi
    short jmp L1243
L1242:
    call 140320710848608
L1243:
    jl label_411
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1244
    cmp rdi, rsi
    short jmp L1245
L1244:
    call 140320710848608
L1245:
    jl label_411
# i_move_sd
    mov qword ptr [rbx+8], 21707
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1246
    mov ecx, 3
.db 0x90
    call 140320710850576
L1246:
# call_light_bif_be
    align 4
L1247:
L1248:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1247]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_410:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 4095
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1249
    cmp rdi, rsi
    short jmp L1250
L1249:
    call 140320710848608
L1250:
    jge label_411
# i_move_sd
    mov qword ptr [rbx+8], 21707
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1251
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1251:
# call_light_bif_be
    align 4
L1252:
L1253:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1252]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_411:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_412:
# i_func_info_IaaI
# filename:validate_bin/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x33, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validate_bin/1:
# i_breakpoint_trampoline
    short jmp L1254
.db 0x00
    call L467
    align 8
L1254:
# i_test_yield
    lea rdx, qword ptr [validate_bin/1+24]
    dec r14
    jle L465
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1255
    mov ecx, 1
    call 140320710850576
L1255:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L1256:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call validate_bin/2
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1257
    cmp rdi, rsi
    short jmp L1258
L1257:
    call 140320710848608
L1258:
    jge label_415
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# label_L
label_414:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L466
    ret
# label_L
label_415:
# line_I
# badmatch_s
    mov qword ptr [r13+120], 11
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_416:
# i_func_info_IaaI
# filename:validate_bin/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x33, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validate_bin/2:
# i_breakpoint_trampoline
    short jmp L1259
.db 0x00
    call L467
    align 8
L1259:
# i_test_yield
    lea rdx, qword ptr [validate_bin/2+24]
    dec r14
    jle L465
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1261
L1260:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1262
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L1262:
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
L1261:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_418
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L466
    ret
# label_L
label_418:
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_420
    rex test sil, 7
    short je L1264
    mov edx, 64
    call 140320710849168
    short jmp L1263
L1264:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L1263:
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_419
# i_move_sd
    mov qword ptr [rbx+8], 21707
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1265
    mov ecx, 3
    call 140320710850576
L1265:
# call_light_bif_be
    align 4
L1266:
L1267:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1266]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# label_L
label_419:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1268
    add rax, rdx
    short jno L1269
L1268:
    call 140320710853080
L1269:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp validate_bin/2
# label_L
label_420:
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1270
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L1270:
    call 140320710849224
    mov qword ptr [rbx], rax
# jump_f
    jmp label_416
# func_line_I
# aligned_label_Lt
    align 8
label_421:
# i_func_info_IaaI
# filename:module_info/0
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L1271
.db 0x00
    call L467
    align 8
L1271:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L465
# i_move_sd
    mov qword ptr [rbx], 83723
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1272
    mov ecx, 1
.db 0x90
    call 140320710850576
L1272:
# call_light_bif_be
    align 4
L1273:
L1274:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L1273]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_423:
# i_func_info_IaaI
# filename:module_info/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L1275
.db 0x00
    call L467
    align 8
L1275:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L465
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 83723
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1276
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1276:
# call_light_bif_be
    align 4
L1277:
L1278:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L1277]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_425:
# i_func_info_IaaI
# filename:'-basedir/3-lc$^0/1-0-'/2
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x33, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-basedir/3-lc$^0/1-0-'/2:
# i_breakpoint_trampoline
    short jmp L1279
.db 0x00
    call L467
    align 8
L1279:
# i_test_yield
    lea rdx, qword ptr ['-basedir/3-lc$^0/1-0-'/2+24]
    dec r14
    jle L465
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_427
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1280
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1280:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
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
# i_call_ext_e
L1281:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
    call '-basedir/3-lc$^0/1-0-'/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1282
    mov ecx, 1
    call 140320710850576
L1282:
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
    jl L466
    ret
# label_L
label_427:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_428
# return
    dec r14
    jl L466
    ret
# label_L
label_428:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1283
    mov ecx, 1
.db 0x90
    call 140320710850576
L1283:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 95627
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1284
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1284:
# call_light_bif_be
    align 4
L1285:
L1286:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1285]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_429:
# i_func_info_IaaI
# filename:'-win32_splitb/1-lc$^4/1-0-'/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x34, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-win32_splitb/1-lc$^4/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L1287
.db 0x00
    call L467
    align 8
L1287:
# i_test_yield
    lea rdx, qword ptr ['-win32_splitb/1-lc$^4/1-0-'/1+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_432
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_eq_exact_literal_fscI
L1288:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_431
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_431
# i_call_only_f
    short jmp '-win32_splitb/1-lc$^4/1-0-'/1
# label_L
label_431:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1289
    mov ecx, 2
    call 140320710850576
L1289:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-win32_splitb/1-lc$^4/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1290
    mov ecx, 1
    call 140320710850576
L1290:
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
    jl L466
    ret
# label_L
label_432:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_433
# return
    dec r14
    jl L466
    ret
# label_L
label_433:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1291
    mov ecx, 1
.db 0x90
    call 140320710850576
L1291:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 95627
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1292
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1292:
# call_light_bif_be
    align 4
L1293:
L1294:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1293]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_434:
# i_func_info_IaaI
# filename:'-win32_splitb/1-lc$^2/1-1-'/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x34, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-win32_splitb/1-lc$^2/1-1-'/1:
# i_breakpoint_trampoline
    short jmp L1295
.db 0x00
    call L467
    align 8
L1295:
# i_test_yield
    lea rdx, qword ptr ['-win32_splitb/1-lc$^2/1-1-'/1+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_437
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_eq_exact_literal_fscI
L1296:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_436
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_436
# i_call_only_f
    short jmp '-win32_splitb/1-lc$^2/1-1-'/1
# label_L
label_436:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1297
    mov ecx, 2
    call 140320710850576
L1297:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-win32_splitb/1-lc$^2/1-1-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1298
    mov ecx, 1
    call 140320710850576
L1298:
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
    jl L466
    ret
# label_L
label_437:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_438
# return
    dec r14
    jl L466
    ret
# label_L
label_438:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1299
    mov ecx, 1
.db 0x90
    call 140320710850576
L1299:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 95627
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1300
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1300:
# call_light_bif_be
    align 4
L1301:
L1302:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1301]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_439:
# i_func_info_IaaI
# filename:'-win32_splitb/1-lc$^0/1-2-'/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x34, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-win32_splitb/1-lc$^0/1-2-'/1:
# i_breakpoint_trampoline
    short jmp L1303
.db 0x00
    call L467
    align 8
L1303:
# i_test_yield
    lea rdx, qword ptr ['-win32_splitb/1-lc$^0/1-2-'/1+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_442
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_eq_exact_literal_fscI
L1304:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_441
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_441
# i_call_only_f
    short jmp '-win32_splitb/1-lc$^0/1-2-'/1
# label_L
label_441:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1305
    mov ecx, 2
    call 140320710850576
L1305:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-win32_splitb/1-lc$^0/1-2-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1306
    mov ecx, 1
    call 140320710850576
L1306:
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
    jl L466
    ret
# label_L
label_442:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_443
# return
    dec r14
    jl L466
    ret
# label_L
label_443:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1307
    mov ecx, 1
.db 0x90
    call 140320710850576
L1307:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 95627
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1308
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1308:
# call_light_bif_be
    align 4
L1309:
L1310:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1309]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_444:
# i_func_info_IaaI
# filename:'-win32_splitb/1-lc$^1/1-3-'/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x34, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-win32_splitb/1-lc$^1/1-3-'/1:
# i_breakpoint_trampoline
    short jmp L1311
.db 0x00
    call L467
    align 8
L1311:
# i_test_yield
    lea rdx, qword ptr ['-win32_splitb/1-lc$^1/1-3-'/1+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_447
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_eq_exact_literal_fscI
L1312:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_446
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_446
# i_call_only_f
    short jmp '-win32_splitb/1-lc$^1/1-3-'/1
# label_L
label_446:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1313
    mov ecx, 2
    call 140320710850576
L1313:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-win32_splitb/1-lc$^1/1-3-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1314
    mov ecx, 1
    call 140320710850576
L1314:
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
    jl L466
    ret
# label_L
label_447:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_448
# return
    dec r14
    jl L466
    ret
# label_L
label_448:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1315
    mov ecx, 1
.db 0x90
    call 140320710850576
L1315:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 95627
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1316
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1316:
# call_light_bif_be
    align 4
L1317:
L1318:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1317]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_449:
# i_func_info_IaaI
# filename:'-win32_splitb/1-lc$^3/1-4-'/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x35, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-win32_splitb/1-lc$^3/1-4-'/1:
# i_breakpoint_trampoline
    short jmp L1319
.db 0x00
    call L467
    align 8
L1319:
# i_test_yield
    lea rdx, qword ptr ['-win32_splitb/1-lc$^3/1-4-'/1+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_452
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_eq_exact_literal_fscI
L1320:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_451
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_451
# i_call_only_f
    short jmp '-win32_splitb/1-lc$^3/1-4-'/1
# label_L
label_451:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1321
    mov ecx, 2
    call 140320710850576
L1321:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-win32_splitb/1-lc$^3/1-4-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1322
    mov ecx, 1
    call 140320710850576
L1322:
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
    jl L466
    ret
# label_L
label_452:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_453
# return
    dec r14
    jl L466
    ret
# label_L
label_453:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1323
    mov ecx, 1
.db 0x90
    call 140320710850576
L1323:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 95627
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1324
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1324:
# call_light_bif_be
    align 4
L1325:
L1326:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1325]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_454:
# i_func_info_IaaI
# filename:'-unix_splitb/1-lc$^0/1-0-'/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x35, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-unix_splitb/1-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L1327
.db 0x00
    call L467
    align 8
L1327:
# i_test_yield
    lea rdx, qword ptr ['-unix_splitb/1-lc$^0/1-0-'/1+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_457
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_eq_exact_literal_fscI
L1328:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_456
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_456
# i_call_only_f
    short jmp '-unix_splitb/1-lc$^0/1-0-'/1
# label_L
label_456:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1329
    mov ecx, 2
    call 140320710850576
L1329:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-unix_splitb/1-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1330
    mov ecx, 1
    call 140320710850576
L1330:
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
    jl L466
    ret
# label_L
label_457:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_458
# return
    dec r14
    jl L466
    ret
# label_L
label_458:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1331
    mov ecx, 1
.db 0x90
    call 140320710850576
L1331:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 95627
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1332
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1332:
# call_light_bif_be
    align 4
L1333:
L1334:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1333]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_459:
# i_func_info_IaaI
# filename:'-basenameb/2-lc$^0/1-0-'/1
    call L464
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x35, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-basenameb/2-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L1335
.db 0x00
    call L467
    align 8
L1335:
# i_test_yield
    lea rdx, qword ptr ['-basenameb/2-lc$^0/1-0-'/1+24]
    dec r14
    jle L465
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_462
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_eq_exact_literal_fscI
L1336:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_461
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_461
# i_call_only_f
    short jmp '-basenameb/2-lc$^0/1-0-'/1
# label_L
label_461:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1337
    mov ecx, 2
    call 140320710850576
L1337:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-basenameb/2-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1338
    mov ecx, 1
    call 140320710850576
L1338:
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
    jl L466
    ret
# label_L
label_462:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_463
# return
    dec r14
    jl L466
    ret
# label_L
label_463:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1339
    mov ecx, 1
.db 0x90
    call 140320710850576
L1339:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 95627
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1340
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1340:
# call_light_bif_be
    align 4
L1341:
L1342:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1341]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L466
    ret
# int_code_end
L1343:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
str:
.db 0x3A, 0x3A, 0x2F, 0x5C, 0x2F, 0x2F
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0xBF, 0x5E, 0x0F, 0x8F, 0x0D, 0xB8, 0x8A, 0x4A, 0xE4, 0x43, 0xC6, 0x73, 0xCA, 0x65, 0x1C, 0xF8, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x07, 0x72, 0x65, 0x6D, 0x6F, 0x76, 0x65, 0x64, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x03, 0x64, 0x00, 0x08, 0x66, 0x69, 0x6E, 0x64, 0x5F, 0x73, 0x72, 0x63, 0x64, 0x00, 0x01, 0x5F, 0x6B, 0x00, 0x23, 0x75, 0x73, 0x65, 0x20, 0x66, 0x69, 0x6C, 0x65, 0x6C, 0x69, 0x62, 0x3A, 0x66, 0x69, 0x6E, 0x64, 0x5F, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x2F, 0x31, 0x2C, 0x33, 0x20, 0x69, 0x6E, 0x73, 0x74, 0x65, 0x61, 0x64, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x07, 0x72, 0x65, 0x6D, 0x6F, 0x76, 0x65, 0x64, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x03, 0x64, 0x00, 0x12, 0x73, 0x61, 0x66, 0x65, 0x5F, 0x72, 0x65, 0x6C, 0x61, 0x74, 0x69, 0x76, 0x65, 0x5F, 0x70, 0x61, 0x74, 0x68, 0x61, 0x01, 0x6B, 0x00, 0x28, 0x75, 0x73, 0x65, 0x20, 0x66, 0x69, 0x6C, 0x65, 0x6C, 0x69, 0x62, 0x3A, 0x73, 0x61, 0x66, 0x65, 0x5F, 0x72, 0x65, 0x6C, 0x61, 0x74, 0x69, 0x76, 0x65, 0x5F, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x32, 0x20, 0x69, 0x6E, 0x73, 0x74, 0x65, 0x61, 0x64, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x47, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x66, 0x69, 0x6C, 0x65, 0x6E, 0x61, 0x6D, 0x65, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0xF8, 0x1C, 0x65, 0xCA, 0x73, 0xC6, 0x43, 0xE4, 0x4A, 0x8A, 0xB8, 0x0D, 0x8F, 0x0F, 0x5E, 0xBF
.section .text {#0}
