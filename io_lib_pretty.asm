    align 8
L489:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L490:
    jmp 140320710851944
    align 8
L491:
    jmp 140320710853048
    align 8
L492:
    jmp 140320710850344
    align 16
L493:
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
# io_lib_pretty:print/1
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print/1:
# i_breakpoint_trampoline
    short jmp L494
.db 0x00
    call L493
    align 8
L494:
# i_test_yield
    lea rdx, qword ptr [print/1+24]
    dec r14
    jle L491
# i_move_sd
    mov qword ptr [rbx+16], 1295
# i_move_sd
    mov qword ptr [rbx+24], -1
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_only_f
    jmp print/4
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# io_lib_pretty:print/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print/2:
# i_breakpoint_trampoline
    short jmp L495
.db 0x00
    call L493
    align 8
L495:
# i_test_yield
    lea rdx, qword ptr [print/2+24]
    dec r14
    jle L491
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L496
    test al, 2
    jne label_5
L496:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L497
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L497:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 6
    rep stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_move_sd
    mov qword ptr [rbx], 535243
# line_I
# i_call_f
    call get_option/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 1295
# i_move_sd
    mov qword ptr [rbx], 23051
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_option/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov qword ptr [rbx], 234251
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_option/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov qword ptr [rbx], 564747
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_option/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov qword ptr [rbx], 234635
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_option/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 484491
# i_move_sd
    mov qword ptr [rbx], 564811
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_option/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L498:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 234315
# i_call_f
    call get_option/3
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_move_sd
    mov qword ptr [rbx], 562059
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_option/3
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp print/9
# label_L
label_5:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], -1
# i_call_only_f
    jmp print/3
# func_line_I
# aligned_label_Lt
    align 8
label_6:
# i_func_info_IaaI
# io_lib_pretty:print/3
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print/3:
# i_breakpoint_trampoline
    short jmp L499
.db 0x00
    call L493
    align 8
L499:
# i_test_yield
    lea rdx, qword ptr [print/3+24]
    dec r14
    jle L491
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 1295
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_only_f
    jmp print/5
# func_line_I
# aligned_label_Lt
    align 8
label_8:
# i_func_info_IaaI
# io_lib_pretty:print/4
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print/4:
# i_breakpoint_trampoline
    short jmp L500
.db 0x00
    call L493
    align 8
L500:
# i_test_yield
    lea rdx, qword ptr [print/4+24]
    dec r14
    jle L491
# i_move_sd
    mov qword ptr [rbx+48], 484491
# i_move_sd
    mov qword ptr [rbx+56], 22667
# i_move_sd
    mov qword ptr [rbx+40], -1
# i_move_sd
    mov qword ptr [rbx+64], 75
# i_move_sd
    mov qword ptr [rbx+32], -1
# i_call_only_f
    jmp print/9
# func_line_I
# aligned_label_Lt
    align 8
label_10:
# i_func_info_IaaI
# io_lib_pretty:print/5
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print/5:
# i_breakpoint_trampoline
    short jmp L501
.db 0x00
    call L493
    align 8
L501:
# i_test_yield
    lea rdx, qword ptr [print/5+24]
    dec r14
    jle L491
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+32], -1
# i_call_only_f
    jmp print/6
# func_line_I
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# io_lib_pretty:print/6
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print/6:
# i_breakpoint_trampoline
    short jmp L502
.db 0x00
    call L493
    align 8
L502:
# i_test_yield
    lea rdx, qword ptr [print/6+24]
    dec r14
    jle L491
# i_move_sd
    mov qword ptr [rbx+56], 22667
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov qword ptr [rbx+64], 75
# i_move_sd
    mov qword ptr [rbx+40], -1
# i_call_only_f
    jmp print/9
# func_line_I
# aligned_label_Lt
    align 8
label_14:
# i_func_info_IaaI
# io_lib_pretty:print/9
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print/9:
# i_breakpoint_trampoline
    short jmp L503
.db 0x00
    call L493
    align 8
L503:
# i_test_yield
    lea rdx, qword ptr [print/9+24]
    dec r14
    jle L491
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 15
    je label_16
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 15
    jne label_17
# label_L
label_16:
# i_move_sd
L504:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_17:
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L505
    cmp rdi, rsi
    short jmp L506
L505:
    call 140320710848608
L506:
    jl label_18
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_only_f
    short jmp print/9
# label_L
label_18:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_19
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp write_atom/2
# label_L
label_19:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_20
    test byte ptr [rsi-2], 63
    jne label_20
# jump_f
    jmp label_23
# label_L
label_20:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L507
    test al, 2
    jne label_21
L507:
# jump_f
    jmp label_23
# label_L
label_21:
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_22
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_22
# jump_f
    jmp label_23
# label_L
label_22:
# is_bitstring_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_28
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L508
    and al, -5
    cmp al, 32
    jne label_28
    short jmp L508
L508:
# label_L
label_23:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L509
    mov ecx, 9
    call 140320710850576
L509:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L510
    cmp rdi, rsi
    short jmp L511
L510:
    call 140320710848608
L511:
    jge label_24
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call print_length/6
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# jump_f
    jmp label_25
# label_L
label_24:
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call intermediate/6
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# label_L
label_25:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_29
    cmp dword ptr [rsi-2], 256
    jne label_29
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call max_cs/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# is_ne_exact_fss
    cmp qword ptr [rsp+24], 15
    je label_26
# i_minus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp+32]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L513
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L512
L513:
    call 140320710853648
    je label_27
L512:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L514
    cmp rdi, rsi
    short jmp L515
L514:
    call 140320710848608
L515:
    jge label_27
# is_ge_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rsp+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L516
    cmp rdi, rsi
    short jmp L517
L516:
    call 140320710848608
L517:
    jl label_27
# label_L
label_26:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp write/1
# label_L
label_27:
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L518
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L518:
# i_make_fun3_FStt
L519:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 4
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rax+64], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov qword ptr [rbx+16], 31
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
L520:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call while_fail/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call indent/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+48], 15
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+56], 15
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp pp/8
# label_L
label_28:
# line_I
# i_call_ext_only_e
L521:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_29:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_30:
# i_func_info_IaaI
# io_lib_pretty:max_cs/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
max_cs/2:
# i_breakpoint_trampoline
    short jmp L522
.db 0x00
    call L493
    align 8
L522:
# i_test_yield
    lea rdx, qword ptr [max_cs/2+24]
    dec r14
    jle L491
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L523
    cmp rdi, rsi
    short jmp L524
L523:
    call 140320710848608
L524:
    jge label_32
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_32:
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# io_lib_pretty:pp/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp/8:
# i_breakpoint_trampoline
    short jmp L525
.db 0x00
    call L493
    align 8
L525:
# i_test_yield
    lea rdx, qword ptr [pp/8+24]
    dec r14
    jle L491
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_33
    cmp dword ptr [rsi-2], 256
    short jne label_33
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L527
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L526
L527:
    call 140320710853648
    je label_35
L526:
    mov qword ptr [rbx+64], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rdx, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L529
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L528
L529:
    call 140320710853648
    je label_35
L528:
    mov qword ptr [rbx+64], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+72], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L530
    cmp rdi, rsi
    short jmp L531
L530:
    call 140320710848608
L531:
    jge label_35
# i_plus_ssjd
    mov rsi, qword ptr [rbx+72]
    mov rdx, qword ptr [rbx+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L533
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L532
L533:
    call 140320710853792
    je label_35
L532:
    mov qword ptr [rbx+64], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rdx, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L535
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L534
L535:
    call 140320710853792
    je label_35
L534:
    mov qword ptr [rbx+64], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L536
    cmp rdi, rsi
    short jmp L537
L536:
    call 140320710848608
L537:
    jl label_35
# i_call_only_f
    jmp write/1
# label_L
label_35:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_44
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_44
    cmp esi, 128
    je label_39
    cmp esi, 192
    je label_36
    jne label_44
# label_L
label_36:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+64], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+64], 245643
    jne label_44
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+64], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+64]
    cmp rsi, 11
    je label_38
    cmp rsi, 75
    je label_37
    jmp label_44
# label_L
label_37:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+56]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L538
    add rax, rdx
    short jno L539
L538:
    call 140320710853080
L539:
    mov qword ptr [rbx+56], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L540
    mov ecx, 10
.db 0x66, 0x90
    call 140320710850576
L540:
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx], rdi
# i_call_f
    call pp_tag_tuple/8
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L541
    mov ecx, 1
    call 140320710850576
L541:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L542:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1983
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_38:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L543
    mov rax, rsi
    add rax, rdx
    short jno L544
L543:
    call 140320710853080
L544:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L545
    mov ecx, 10
.db 0x90
    call 140320710850576
L545:
    sub rsp, 56
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 31
# i_call_f
.db 0x90
    call indent/2
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L546
    add rax, rdx
    short jno L547
L546:
    call 140320710853080
L547:
    mov qword ptr [rbx+64], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+56], 719
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 56
# i_call_f
.db 0x90
    call pp_list/9
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L548
    mov ecx, 1
    call 140320710850576
L548:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L549:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1983
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_39:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+64], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+64]
    cmp rsi, 23243
    je label_42
    cmp rsi, 85195
    je label_41
    cmp rsi, 105739
    je label_40
    cmp rsi, 245323
    je label_43
    jmp label_44
# label_L
label_40:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+72]
    test al, 2
    jne label_44
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+64], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+64]
    rex test sil, 1
    jne label_44
    cmp dword ptr [rsi-2], 128
    jne label_44
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+64], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+56]
    mov rdx, qword ptr [rbx+64]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L551
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L550
L551:
    call 140320710853728
L550:
    mov qword ptr [rbx+56], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+56]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L552
    add rax, rdx
    short jno L553
L552:
    call 140320710853080
L553:
    mov qword ptr [rbx+56], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L554
    mov ecx, 10
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L554:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rbx+48], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+64]
    mov rsi, qword ptr [rbx+8]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+64], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call pp_record/9
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L555
    mov ecx, 1
    call 140320710850576
L555:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L556:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1983
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_41:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 32
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L557
    mov rax, rsi
    add rax, rdx
    short jno L558
L557:
    call 140320710853080
L558:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L559
    mov ecx, 10
.db 0x90
    call 140320710850576
L559:
    sub rsp, 56
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47
# i_call_f
.db 0x90
    call indent/2
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L560
    add rax, rdx
    short jno L561
L560:
    call 140320710853080
L561:
    mov qword ptr [rbx+56], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 56
# i_call_f
.db 0x90
    call pp_map/8
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L562
    mov ecx, 1
    call 140320710850576
L562:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L563:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1983
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 575
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_42:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L564
    mov rax, rsi
    add rax, rdx
    short jno L565
L564:
    call 140320710853080
L565:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L566
    mov ecx, 10
.db 0x90
    call 140320710850576
L566:
    sub rsp, 56
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 31
# i_call_f
.db 0x90
    call indent/2
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L567
    add rax, rdx
    short jno L568
L567:
    call 140320710853080
L568:
    mov qword ptr [rbx+64], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+56], 1999
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 56
# i_call_f
.db 0x90
    call pp_list/9
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L569
    mov ecx, 1
    call 140320710850576
L569:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L570:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1471
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_43:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 32
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L571
    mov rax, rsi
    add rax, rdx
    short jno L572
L571:
    call 140320710853080
L572:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L573
    mov ecx, 10
.db 0x90
    call 140320710850576
L573:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47
# i_call_f
.db 0x66, 0x90
    call indent/2
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp pp_binary/7
# label_L
label_44:
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_45:
# i_func_info_IaaI
# io_lib_pretty:pp_tag_tuple/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_tag_tuple/8:
# i_breakpoint_trampoline
    short jmp L574
.db 0x00
    call L493
    align 8
L574:
# i_test_yield
    lea rdx, qword ptr [pp_tag_tuple/8+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_48
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+64], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+64]
    rex test sil, 1
    short jne label_45
    cmp dword ptr [rsi-2], 256
    short jne label_45
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 32
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L575
    mov rax, rsi
    add rax, rdx
    short jno L576
L575:
    call 140320710853080
L576:
    mov qword ptr [rbx+80], rax
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+80]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L578
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L577
L578:
    call 140320710853728
L577:
    mov qword ptr [rbx+88], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+64]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+64], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L579
    cmp rdi, rsi
    short jmp L580
L579:
    call 140320710848608
L580:
    jge label_47
# is_lt_fss
    mov rsi, qword ptr [rbx+80]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L581
    cmp rdi, rsi
    short jmp L582
L581:
    call 140320710848608
L582:
    jge label_47
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+32]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L584
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L583
L584:
    call 140320710853728
L583:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L585
    mov ecx, 12
.db 0x66, 0x90
    call 140320710850576
L585:
    sub rsp, 80
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+56], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+72], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call indent/2
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+40]
    mov rdx, qword ptr [rsp+24]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L587
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L586
L587:
    call 140320710853728
L586:
    mov qword ptr [rbx+72], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+56], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov qword ptr [rbx+64], 719
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+72], rdi
# i_trim_t
    add rsp, 72
# i_call_f
    call pp_tail/10
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L588
    mov ecx, 1
    call 140320710850576
L588:
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
    jl L492
    ret
# label_L
label_47:
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L589
    mov ecx, 12
.db 0x90
    call 140320710850576
L589:
    sub rsp, 72
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call indent/2
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+32]
    mov rdx, qword ptr [rsp+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L591
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L590
L591:
    call 140320710853728
L590:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L592
    add rax, rdx
    short jno L593
L592:
    call 140320710853080
L593:
    mov qword ptr [rbx+64], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+56], 719
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+64], rdi
# i_trim_t
    add rsp, 64
# i_call_f
.db 0x90
    call pp_list/9
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L594
    mov ecx, 1
    call 140320710850576
L594:
# put_cons_ss
    mov qword ptr [r15], 719
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
    jl L492
    ret
# label_L
label_48:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_45
    cmp dword ptr [rsi-2], 256
    jne label_45
    cmp qword ptr [rsi+6], 450955
    jne label_45
# i_move_sd
L595:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_49:
# i_func_info_IaaI
# io_lib_pretty:pp_map/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_map/8:
# i_breakpoint_trampoline
    short jmp L596
.db 0x00
    call L493
    align 8
L596:
# i_test_yield
    lea rdx, qword ptr [pp_map/8+24]
    dec r14
    jle L491
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_51
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L597
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L597:
    sub rsp, 72
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+64], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call last_depth/2
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_f
.db 0x66, 0x90
    call pp_pair/8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+64]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L599
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L598
L599:
    call 140320710853728
L598:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+48], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+64], rdi
# i_trim_t
    add rsp, 64
# i_call_f
.db 0x90
    call pp_pairs_tail/9
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L600
    mov ecx, 1
    call 140320710850576
L600:
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
    jl L492
    ret
# label_L
label_51:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_52
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_52
    cmp edi, 256
    jne label_49
    cmp qword ptr [rsi+6], 450955
    jne label_49
# i_move_sd
L601:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_52:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_49
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_53:
# i_func_info_IaaI
# io_lib_pretty:pp_pairs_tail/9
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_pairs_tail/9:
# i_breakpoint_trampoline
    short jmp L602
.db 0x00
    call L493
    align 8
L602:
# i_test_yield
    lea rdx, qword ptr [pp_pairs_tail/9+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_58
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+72], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+72]
    rex test sil, 1
    short jne label_53
    cmp dword ptr [rsi-2], 256
    short jne label_53
# allocate_tt
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L603
    mov ecx, 11
.db 0x66, 0x90
    call 140320710850576
L603:
    sub rsp, 88
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+72]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+56], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+72], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call last_depth/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L604
    mov rax, rsi
    add rax, rdx
    short jno L605
L604:
    call 140320710853080
L605:
    mov qword ptr [rsp], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_55
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L607
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L606
L607:
    call 140320710853792
    je label_55
L606:
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+64]
    mov rdx, qword ptr [rsp+72]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L609
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L608
L609:
    call 140320710853648
    je label_55
L608:
    mov qword ptr [rbx+16], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L610
    cmp rdi, rsi
    short jmp L611
L610:
    call 140320710848608
L611:
    jge label_55
# i_plus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L613
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L612
L613:
    call 140320710853792
    je label_55
L612:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L615
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L614
L615:
    call 140320710853792
    je label_55
L614:
    mov qword ptr [rbx+8], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L616
    cmp rdi, rsi
    short jmp L617
L616:
    call 140320710848608
L617:
    jl label_55
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_55
    mov eax, dword ptr [rsi-2]
    cmp eax, 128
    jb label_55
    and al, 63
    jne label_55
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_55
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_55
    and al, 63
    jne label_55
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rax
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L618
    test al, 2
    jne label_55
L618:
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 192
    jb label_55
    mov rax, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_55
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_55
    and al, 63
    jne label_55
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L619
    test al, 2
    jne label_55
L619:
# jump_f
    jmp label_56
# label_L
label_55:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L620
    cmp rdi, rsi
    short jmp L621
L620:
    call 140320710848608
L621:
    jge label_57
# i_minus_ssjd
    mov rsi, qword ptr [rsp+64]
    mov rdx, qword ptr [rsp+72]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L623
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L622
L623:
    call 140320710853648
    je label_57
L622:
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L625
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L624
L625:
    call 140320710853648
    je label_57
L624:
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L626
    cmp rdi, rsi
    short jmp L627
L626:
    call 140320710848608
L627:
    jge label_57
# i_plus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L629
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L628
L629:
    call 140320710853792
    je label_57
L628:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L631
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L630
L631:
    call 140320710853792
    je label_57
L630:
    mov qword ptr [rbx+8], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L632
    cmp rdi, rsi
    short jmp L633
L632:
    call 140320710848608
L633:
    jl label_57
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_57
    mov eax, dword ptr [rsi-2]
    cmp eax, 128
    jb label_57
    and al, 63
    jne label_57
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_57
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_57
    and al, 63
    jne label_57
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rax
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L634
    test al, 2
    jne label_57
L634:
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 192
    jb label_57
    mov rax, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_57
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_57
    and al, 63
    jne label_57
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L635
    test al, 2
    jne label_57
L635:
# label_L
label_56:
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
.db 0x66, 0x90
    call write_pair/1
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+64]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L637
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L636
L637:
    call 140320710853728
L636:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L639
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L638
L639:
    call 140320710853728
L638:
    mov qword ptr [rbx+64], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+72], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+72], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+56], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_trim_t
    add rsp, 72
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pp_pairs_tail/9
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L640
    mov ecx, 1
    call 140320710850576
L640:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 719
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_57:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+56], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+56], 15
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+24], rax
    mov qword ptr [rsp+72], rax
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pp_pair/8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+56], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+64]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L642
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L641
L642:
    call 140320710853728
L641:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+48], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+64], rdi
# i_trim_t
    add rsp, 56
# i_call_f
.db 0x90
    call pp_pairs_tail/9
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L643
    mov ecx, 1
    call 140320710850576
L643:
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
# append_cons_Is
    mov qword ptr [r15+32], 175
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov qword ptr [r15+48], 719
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# label_L
label_58:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_59
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_59
    cmp edi, 256
    jne label_53
    cmp qword ptr [rsi+6], 450955
    jne label_53
# i_move_sd
L644:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_59:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_53
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_60:
# i_func_info_IaaI
# io_lib_pretty:pp_pair/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_pair/8:
# i_breakpoint_trampoline
    short jmp L645
.db 0x00
    call L493
    align 8
L645:
# i_test_yield
    lea rdx, qword ptr [pp_pair/8+24]
    dec r14
    jle L491
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_60
    cmp dword ptr [rsi-2], 256
    short jne label_60
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L647
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L646
L647:
    call 140320710853648
    je label_63
L646:
    mov qword ptr [rbx+64], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rdx, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L649
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L648
L649:
    call 140320710853648
    je label_63
L648:
    mov qword ptr [rbx+64], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+72], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L650
    cmp rdi, rsi
    short jmp L651
L650:
    call 140320710848608
L651:
    jge label_63
# i_plus_ssjd
    mov rsi, qword ptr [rbx+72]
    mov rdx, qword ptr [rbx+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L653
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L652
L653:
    call 140320710853792
    je label_63
L652:
    mov qword ptr [rbx+64], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rdx, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L655
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L654
L655:
    call 140320710853792
    je label_63
L654:
    mov qword ptr [rbx+64], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L656
    cmp rdi, rsi
    short jmp L657
L656:
    call 140320710848608
L657:
    jl label_63
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L658
    mov ecx, 10
.db 0x90
    call 140320710850576
L658:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call write_pair/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_62
    mov eax, dword ptr [rsi-2]
    cmp eax, 128
    jb label_62
    and al, 63
    jne label_62
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_62
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_62
    and al, 63
    jne label_62
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rax
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L659
    test al, 2
    jne label_62
L659:
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 192
    jb label_62
    mov rax, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_62
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_62
    and al, 63
    jne label_62
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L660
    test al, 2
    jne label_62
L660:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L661
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L661:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_62:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L662
    mov ecx, 1
    call 140320710850576
L662:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_63:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+64], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+64]
    rex test sil, 1
    jne label_60
    cmp dword ptr [rsi-2], 192
    jne label_60
    cmp qword ptr [rsi+6], 565259
    jne label_60
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L663
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L663:
    sub rsp, 80
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+48], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+64], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+64]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call map_value_indent/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call indent/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call pp/8
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+56]
    mov rdx, qword ptr [rsp+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L665
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L664
L665:
    call 140320710853728
L664:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+56], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+56], 15
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 40
# i_call_f
.db 0x66, 0x90
    call pp/8
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L666
    mov ecx, 1
    call 140320710850576
L666:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L667:
    long mov rdi, 9223372036854775807
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_64:
# i_func_info_IaaI
# io_lib_pretty:pp_record/9
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA0, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_record/9:
# i_breakpoint_trampoline
    short jmp L668
.db 0x00
    call L493
    align 8
L668:
# i_test_yield
    lea rdx, qword ptr [pp_record/9+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_66
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+72], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L669
    add rax, rdx
    short jno L670
L669:
    call 140320710853080
L670:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L671
    mov ecx, 10
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L671:
    sub rsp, 80
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+56], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+72], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call rec_indent/5
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call last_depth/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+56], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_call_f
.db 0x90
    call pp_field/8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+32], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L673
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L672
L673:
    call 140320710853728
L672:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L675
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L674
L675:
    call 140320710853728
L674:
    mov qword ptr [rbx+64], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+56], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rsp+64], xmm0
# i_trim_t
    add rsp, 64
# i_call_f
.db 0x66, 0x90
    call pp_fields_tail/9
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L676
    mov ecx, 1
    call 140320710850576
L676:
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
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# label_L
label_66:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_67
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_67
    cmp edi, 256
    jne label_64
    cmp qword ptr [rsi+6], 450955
    jne label_64
# i_move_sd
L677:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_67:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_64
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_68:
# i_func_info_IaaI
# io_lib_pretty:pp_fields_tail/9
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA0, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_fields_tail/9:
# i_breakpoint_trampoline
    short jmp L678
.db 0x00
    call L493
    align 8
L678:
# i_test_yield
    lea rdx, qword ptr [pp_fields_tail/9+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_73
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+72], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+72]
    rex test sil, 1
    short jne label_68
    cmp dword ptr [rsi-2], 256
    short jne label_68
# allocate_tt
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L679
    mov ecx, 11
.db 0x66, 0x90
    call 140320710850576
L679:
    sub rsp, 88
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+72]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+56], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+72], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call last_depth/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L680
    mov rax, rsi
    add rax, rdx
    short jno L681
L680:
    call 140320710853080
L681:
    mov qword ptr [rsp], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_70
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L683
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L682
L683:
    call 140320710853792
    je label_70
L682:
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+64]
    mov rdx, qword ptr [rsp+72]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L685
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L684
L685:
    call 140320710853648
    je label_70
L684:
    mov qword ptr [rbx+16], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L686
    cmp rdi, rsi
    short jmp L687
L686:
    call 140320710848608
L687:
    jge label_70
# i_plus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L689
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L688
L689:
    call 140320710853792
    je label_70
L688:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L691
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L690
L691:
    call 140320710853792
    je label_70
L690:
    mov qword ptr [rbx+8], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L692
    cmp rdi, rsi
    short jmp L693
L692:
    call 140320710848608
L693:
    jl label_70
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_70
    mov eax, dword ptr [rsi-2]
    cmp eax, 256
    jb label_70
    and al, 63
    jne label_70
    mov rax, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_70
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_70
    and al, 63
    jne label_70
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L694
    test al, 2
    jne label_70
L694:
# jump_f
    jmp label_71
# label_L
label_70:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L695
    cmp rdi, rsi
    short jmp L696
L695:
    call 140320710848608
L696:
    jge label_72
# i_minus_ssjd
    mov rsi, qword ptr [rsp+64]
    mov rdx, qword ptr [rsp+72]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L698
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L697
L698:
    call 140320710853648
    je label_72
L697:
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L700
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L699
L700:
    call 140320710853648
    je label_72
L699:
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L701
    cmp rdi, rsi
    short jmp L702
L701:
    call 140320710848608
L702:
    jge label_72
# i_plus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L704
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L703
L704:
    call 140320710853792
    je label_72
L703:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L706
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L705
L706:
    call 140320710853792
    je label_72
L705:
    mov qword ptr [rbx+8], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L707
    cmp rdi, rsi
    short jmp L708
L707:
    call 140320710848608
L708:
    jl label_72
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_72
    mov eax, dword ptr [rsi-2]
    cmp eax, 256
    jb label_72
    and al, 63
    jne label_72
    mov rax, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_72
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_72
    and al, 63
    jne label_72
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L709
    test al, 2
    jne label_72
L709:
# label_L
label_71:
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
    call write_field/1
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+64]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L711
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L710
L711:
    call 140320710853728
L710:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L713
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L712
L713:
    call 140320710853728
L712:
    mov qword ptr [rbx+64], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+72], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+72], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+56], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_trim_t
    add rsp, 72
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pp_fields_tail/9
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L714
    mov ecx, 1
    call 140320710850576
L714:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 719
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_72:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+56], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+56], 15
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+24], rax
    mov qword ptr [rsp+72], rax
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pp_field/8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+56], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+64]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L716
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L715
L716:
    call 140320710853728
L715:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+48], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+64], rdi
# i_trim_t
    add rsp, 56
# i_call_f
.db 0x90
    call pp_fields_tail/9
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L717
    mov ecx, 1
    call 140320710850576
L717:
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
# append_cons_Is
    mov qword ptr [r15+32], 175
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov qword ptr [r15+48], 719
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# label_L
label_73:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_74
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_74
    cmp edi, 256
    jne label_68
    cmp qword ptr [rsi+6], 450955
    jne label_68
# i_move_sd
L718:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_74:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_68
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_75:
# i_func_info_IaaI
# io_lib_pretty:pp_field/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA0, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_field/8:
# i_breakpoint_trampoline
    short jmp L719
.db 0x00
    call L493
    align 8
L719:
# i_test_yield
    lea rdx, qword ptr [pp_field/8+24]
    dec r14
    jle L491
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_75
    cmp dword ptr [rsi-2], 256
    short jne label_75
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L721
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L720
L721:
    call 140320710853648
    je label_78
L720:
    mov qword ptr [rbx+64], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rdx, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L723
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L722
L723:
    call 140320710853648
    je label_78
L722:
    mov qword ptr [rbx+64], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+72], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L724
    cmp rdi, rsi
    short jmp L725
L724:
    call 140320710848608
L725:
    jge label_78
# i_plus_ssjd
    mov rsi, qword ptr [rbx+72]
    mov rdx, qword ptr [rbx+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L727
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L726
L727:
    call 140320710853792
    je label_78
L726:
    mov qword ptr [rbx+64], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rdx, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L729
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L728
L729:
    call 140320710853792
    je label_78
L728:
    mov qword ptr [rbx+64], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L730
    cmp rdi, rsi
    short jmp L731
L730:
    call 140320710848608
L731:
    jl label_78
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L732
    mov ecx, 10
.db 0x90
    call 140320710850576
L732:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call write_field/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_77
    mov eax, dword ptr [rsi-2]
    cmp eax, 256
    jb label_77
    and al, 63
    jne label_77
    mov rax, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_77
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_77
    and al, 63
    jne label_77
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L733
    test al, 2
    jne label_77
L733:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L734
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L734:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_77:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L735
    mov ecx, 1
    call 140320710850576
L735:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_78:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+64], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+64]
    rex test sil, 1
    jne label_75
    cmp dword ptr [rsi-2], 256
    jne label_75
    cmp qword ptr [rsi+6], 565515
    jne label_75
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+56]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L737
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L736
L737:
    call 140320710853728
L736:
    mov qword ptr [rbx+56], rax
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L738
    mov ecx, 9
.db 0x66, 0x90
    call 140320710850576
L738:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+32], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rec_indent/5
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+8], rdi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_79
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 175
    jne label_79
# i_move_sd
L739:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_80
# label_L
label_79:
# i_move_sd
L740:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp], rdi
# label_L
label_80:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+40], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+56], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x66, 0x90
    call pp/8
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L741
    mov ecx, 1
    call 140320710850576
L741:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_81:
# i_func_info_IaaI
# io_lib_pretty:rec_indent/5
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA1, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rec_indent/5:
# i_breakpoint_trampoline
    short jmp L742
.db 0x00
    call L493
    align 8
L742:
# i_test_yield
    lea rdx, qword ptr [rec_indent/5+24]
    dec r14
    jle L491
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi], rdi
    mov qword ptr [rsi+8], 15
    mov rcx, 94919178915648
    call 140320710851400
    mov qword ptr [rbx+40], rax
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178915648
    call 140320710851400
    mov qword ptr [rbx+48], rax
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx+40]
    mov rcx, 94919178915344
    call 140320710851304
    mov qword ptr [rbx+40], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 75
    jne label_83
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# label_L
label_83:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L744
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L743
L744:
    call 140320710853728
L743:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L745
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L745:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call indent/2
# is_eq_exact_fss
    cmp qword ptr [rsp], 75
    jne label_84
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L746
    mov ecx, 1
.db 0x90
    call 140320710850576
L746:
# put_cons_ss
    mov qword ptr [r15], 175
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# jump_f
    jmp label_85
# label_L
label_84:
# i_move_sd
    mov qword ptr [rbx+8], 59
# label_L
label_85:
# is_eq_exact_fss
    cmp qword ptr [rsp], 75
    jne label_86
# i_move_sd
    mov qword ptr [rbx+16], 15
# jump_f
    jmp label_87
# label_L
label_86:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# label_L
label_87:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L747
    mov ecx, 3
    call 140320710850576
L747:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_88:
# i_func_info_IaaI
# io_lib_pretty:pp_list/9
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA1, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_list/9:
# i_breakpoint_trampoline
    short jmp L748
.db 0x00
    call L493
    align 8
L748:
# i_test_yield
    lea rdx, qword ptr [pp_list/9+24]
    dec r14
    jle L491
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_90
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L749
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L749:
    sub rsp, 80
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+48], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+64], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call last_depth/2
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+56], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pp_element/8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+72]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L751
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L750
L751:
    call 140320710853728
L750:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L753
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L752
L753:
    call 140320710853728
L752:
    mov qword ptr [rbx+72], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+56], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+56], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+72], rdi
# i_trim_t
    add rsp, 72
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pp_tail/10
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L754
    mov ecx, 1
    call 140320710850576
L754:
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
    jl L492
    ret
# label_L
label_90:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_88
    cmp dword ptr [rsi-2], 256
    jne label_88
    cmp qword ptr [rsi+6], 450955
    jne label_88
# i_move_sd
L755:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_91:
# i_func_info_IaaI
# io_lib_pretty:pp_tail/10
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA1, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_tail/10:
# i_breakpoint_trampoline
    short jmp L756
.db 0x00
    call L493
    align 8
L756:
# i_test_yield
    lea rdx, qword ptr [pp_tail/10+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_96
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+80], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+80]
    rex test sil, 1
    jne label_99
    cmp dword ptr [rsi-2], 256
    jne label_99
# allocate_tt
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L757
    mov ecx, 12
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L757:
    sub rsp, 96
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+80]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+64], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+56], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+72], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+88], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call last_depth/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L758
    mov rax, rsi
    add rax, rdx
    short jno L759
L758:
    call 140320710853080
L759:
    mov qword ptr [rsp], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_93
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L761
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L760
L761:
    call 140320710853792
    je label_93
L760:
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+72]
    mov rdx, qword ptr [rsp+80]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L763
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L762
L763:
    call 140320710853648
    je label_93
L762:
    mov qword ptr [rbx+16], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L764
    cmp rdi, rsi
    short jmp L765
L764:
    call 140320710848608
L765:
    jge label_93
# i_plus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L767
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L766
L767:
    call 140320710853792
    je label_93
L766:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L769
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L768
L769:
    call 140320710853792
    je label_93
L768:
    mov qword ptr [rbx+8], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L770
    cmp rdi, rsi
    short jmp L771
L770:
    call 140320710848608
L771:
    jl label_93
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L772
    test al, 2
    jne label_93
L772:
# jump_f
    jmp label_94
# label_L
label_93:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L773
    cmp rdi, rsi
    short jmp L774
L773:
    call 140320710848608
L774:
    jge label_95
# i_minus_ssjd
    mov rsi, qword ptr [rsp+72]
    mov rdx, qword ptr [rsp+80]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L776
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L775
L776:
    call 140320710853648
    je label_95
L775:
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L778
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L777
L778:
    call 140320710853648
    je label_95
L777:
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L779
    cmp rdi, rsi
    short jmp L780
L779:
    call 140320710848608
L780:
    jge label_95
# i_plus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L782
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L781
L782:
    call 140320710853792
    je label_95
L781:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L784
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L783
L784:
    call 140320710853792
    je label_95
L783:
    mov qword ptr [rbx+8], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L785
    cmp rdi, rsi
    short jmp L786
L785:
    call 140320710848608
L786:
    jl label_95
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L787
    test al, 2
    jne label_95
L787:
# label_L
label_94:
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
    call write/1
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+72]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L789
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L788
L789:
    call 140320710853728
L788:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L791
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L790
L791:
    call 140320710853728
L790:
    mov qword ptr [rbx+72], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+80], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+48], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+80], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+64], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_trim_t
    add rsp, 80
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call pp_tail/10
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L792
    mov ecx, 1
    call 140320710850576
L792:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 719
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_95:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+64], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+56], 15
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+24], rax
    mov qword ptr [rsp+80], rax
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pp_element/8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+64], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+72]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L794
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L793
L794:
    call 140320710853728
L793:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+56], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+72], rdi
# i_trim_t
    add rsp, 64
# i_call_f
.db 0x90
    call pp_tail/10
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L795
    mov ecx, 1
    call 140320710850576
L795:
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
# append_cons_Is
    mov qword ptr [r15+32], 175
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov qword ptr [r15+48], 719
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# label_L
label_96:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_98
    test byte ptr [rsi-2], 63
    jne label_98
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 256
    jne label_99
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+80], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+80], 450955
    jne label_97
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L796
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L796:
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
L797:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L492
    ret
# label_L
label_97:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+88], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+88]
    mov edx, 31
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L799
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L798
L799:
    call 140320710853792
    je label_99
L798:
    mov qword ptr [rbx+88], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L801
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L800
L801:
    call 140320710853648
    je label_99
L800:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+56]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L803
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L802
L803:
    call 140320710853792
    je label_99
L802:
    mov qword ptr [rbx+96], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+96]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L805
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L804
L805:
    call 140320710853648
    je label_99
L804:
    mov qword ptr [rbx+16], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+88]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L806
    cmp rdi, rsi
    short jmp L807
L806:
    call 140320710848608
L807:
    jge label_99
# i_plus_ssjd
    mov rsi, qword ptr [rbx+88]
    mov rdx, qword ptr [rbx+72]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L809
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L808
L809:
    call 140320710853792
    je label_99
L808:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+96]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L811
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L810
L811:
    call 140320710853792
    je label_99
L810:
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L812
    cmp rdi, rsi
    short jmp L813
L812:
    call 140320710848608
L813:
    jl label_99
# is_list_fs
    mov rax, qword ptr [rbx+80]
    cmp rax, 59
    short je L814
    test al, 2
    jne label_99
L814:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L815
    mov ecx, 9
.db 0x90
    call 140320710850576
L815:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call write/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L816
    mov ecx, 1
    call 140320710850576
L816:
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
    jl L492
    ret
# label_L
label_98:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_99
# return
    dec r14
    jl L492
    ret
# label_L
label_99:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+56]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L817
    add rax, rdx
    short jno L818
L817:
    call 140320710853080
L818:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L819
    mov ecx, 9
.db 0x66, 0x90
    call 140320710850576
L819:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+56], 15
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+48]
    mov qword ptr [rbx+48], rdi
    mov qword ptr [rbx+16], rsi
# i_call_f
.db 0x66, 0x90
    call pp/8
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L820
    mov ecx, 1
    call 140320710850576
L820:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 175
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_100:
# i_func_info_IaaI
# io_lib_pretty:pp_element/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA2, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_element/8:
# i_breakpoint_trampoline
    short jmp L821
.db 0x00
    call L493
    align 8
L821:
# i_test_yield
    lea rdx, qword ptr [pp_element/8+24]
    dec r14
    jle L491
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_102
    cmp dword ptr [rsi-2], 256
    jne label_102
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L823
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L822
L823:
    call 140320710853648
    je label_102
L822:
    mov qword ptr [rbx+64], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rdx, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L825
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L824
L825:
    call 140320710853648
    je label_102
L824:
    mov qword ptr [rbx+64], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+72], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L826
    cmp rdi, rsi
    short jmp L827
L826:
    call 140320710848608
L827:
    jge label_102
# i_plus_ssjd
    mov rsi, qword ptr [rbx+72]
    mov rdx, qword ptr [rbx+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L829
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L828
L829:
    call 140320710853792
    je label_102
L828:
    mov qword ptr [rbx+64], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rdx, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L831
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L830
L831:
    call 140320710853792
    je label_102
L830:
    mov qword ptr [rbx+64], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L832
    cmp rdi, rsi
    short jmp L833
L832:
    call 140320710848608
L833:
    jl label_102
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+64], rdi
# is_list_fs
    mov rax, qword ptr [rbx+64]
    cmp rax, 59
    short je L834
    test al, 2
    jne label_102
L834:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L835
    mov ecx, 10
    call 140320710850576
L835:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call write/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L836
    mov ecx, 1
    call 140320710850576
L836:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
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
    jl L492
    ret
# label_L
label_102:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L837
    mov ecx, 8
    call 140320710850576
L837:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pp/8
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L838
    mov ecx, 1
    call 140320710850576
L838:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
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
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_103:
# i_func_info_IaaI
# io_lib_pretty:pp_binary/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA2, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_binary/7:
# i_breakpoint_trampoline
    short jmp L839
.db 0x00
    call L493
    align 8
L839:
# i_test_yield
    lea rdx, qword ptr [pp_binary/7+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_103
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    short jne label_103
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+64], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    short jne label_103
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+80], rsi
    mov qword ptr [rbx+64], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_103
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+88], rsi
    mov qword ptr [rbx+64], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_103
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+96], rsi
    mov qword ptr [rbx+64], rdx
# is_nil_fS
    cmp qword ptr [rbx+64], 59
    jne label_103
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+72]
    cmp rdi, rsi
    short je L840
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_103
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_103
L840:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+96]
    cmp rdi, rsi
    short je L841
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_103
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_103
L841:
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L843
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L842
L843:
    call 140320710853584
L842:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -64
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L844
    mov rax, rsi
    add rax, rdx
    short jno L845
L844:
    call 140320710853080
L845:
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L847
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L846
L847:
    call 140320710853584
L846:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L848
    mov ecx, 12
    call 140320710850576
L848:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+80], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_call_ext_e
L849:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rsp+24]
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
    mov qword ptr [rbx+8], rax
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov qword ptr [rbx], 143
# i_call_ext_e
L852:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x90
    call pp_binary/4
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L853
    mov ecx, 1
    call 140320710850576
L853:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_105:
# i_func_info_IaaI
# io_lib_pretty:pp_binary/4
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA2, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_binary/4:
# i_breakpoint_trampoline
    short jmp L854
.db 0x00
    call L493
    align 8
L854:
# i_test_yield
    lea rdx, qword ptr [pp_binary/4+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_110
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_110
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+48]
    cmp rsi, 719
    je label_108
    cmp rsi, 943
    je label_107
    jmp label_110
# label_L
label_107:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_110
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+40], rdx
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_110
# i_length_setup_jts
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+48], 15
# i_length_jtd
    align 4
L855:
    mov esi, 5
    lea rdx, qword ptr [L855]
    call 140320710852488
    je label_110
    mov qword ptr [rbx+32], rax
# i_length_setup_jts
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+48], 15
# i_length_jtd
    align 4
L856:
    mov esi, 5
    lea rdx, qword ptr [L856]
    call 140320710852488
    je label_110
    mov qword ptr [rbx+16], rax
# line_I
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+32]
    mov rsi, qword ptr [rbx+16]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+16]
    mov esi, 31
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+16], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
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
    jge label_110
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L859
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L859:
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
    mov qword ptr [r15+32], 175
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L492
    ret
# label_L
label_108:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
    mov qword ptr [rbx+56], 15
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+64], rdi
# i_length_jtd
    align 4
L860:
    mov esi, 6
    lea rdx, qword ptr [L860]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx]
    add rax, 16
    mov qword ptr [rbx], rax
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L862
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L861
L862:
    call 140320710853584
L861:
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L863
    cmp rdi, rsi
    short jmp L864
L863:
    call 140320710848608
L864:
    jge label_109
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L866
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L865
L866:
    call 140320710853584
L865:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L867
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L867:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_f
    call pp_binary/4
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L868
    mov ecx, 1
    call 140320710850576
L868:
# put_cons_ss
    mov qword ptr [r15], 719
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov qword ptr [r15+48], 175
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# label_L
label_109:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L869
    mov ecx, 6
    call 140320710850576
L869:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call pp_binary/4
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L870
    mov ecx, 1
    call 140320710850576
L870:
# put_cons_ss
    mov qword ptr [r15], 719
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
    jl L492
    ret
# label_L
label_110:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L871
    mov ecx, 4
.db 0x90
    call 140320710850576
L871:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# call_light_bif_be
    align 4
L872:
L873:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L872]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L874
    cmp rdi, rsi
    short jmp L875
L874:
    call 140320710848608
L875:
    jge label_111
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L876
    xor ecx, ecx
    call 140320710850576
L876:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 175
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_111:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_112:
# i_func_info_IaaI
# io_lib_pretty:write/1
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write/1:
# i_breakpoint_trampoline
    short jmp L877
.db 0x00
    call L493
    align 8
L877:
# i_test_yield
    lea rdx, qword ptr [write/1+24]
    dec r14
    jle L491
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_112
    cmp dword ptr [rsi-2], 256
    short jne label_112
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_122
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_122
    cmp esi, 128
    je label_117
    cmp esi, 192
    je label_114
    jne label_122
# label_L
label_114:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 245643
    je label_115
    cmp rsi, 565259
    je label_116
    jmp label_122
# label_L
label_115:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L878
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L878:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 719
# line_I
# i_call_f
    call write_list/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L879
    mov ecx, 1
    call 140320710850576
L879:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L880:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1983
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_116:
# i_call_only_f
    jmp write_pair/1
# label_L
label_117:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 23243
    je label_120
    cmp rsi, 85195
    je label_119
    cmp rsi, 105739
    je label_118
    cmp rsi, 245323
    je label_121
    jmp label_122
# label_L
label_118:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_122
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_122
    cmp dword ptr [rsi-2], 128
    jne label_122
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L881
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L881:
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
    call write_fields/1
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L882
    mov ecx, 1
    call 140320710850576
L882:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L883:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1983
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
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_119:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L884
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L884:
# i_move_sd
    mov qword ptr [rbx+8], 719
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call write_list/2
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L885
    mov ecx, 1
    call 140320710850576
L885:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L886:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1983
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 575
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_120:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L887
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L887:
# i_move_sd
    mov qword ptr [rbx+8], 1999
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call write_list/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L888
    mov ecx, 1
    call 140320710850576
L888:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L889:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1471
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_121:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_122:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_123:
# i_func_info_IaaI
# io_lib_pretty:write_pair/1
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA2, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_pair/1:
# i_breakpoint_trampoline
    short jmp L890
.db 0x00
    call L493
    align 8
L890:
# i_test_yield
    lea rdx, qword ptr [write_pair/1+24]
    dec r14
    jle L491
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_123
    cmp dword ptr [rsi-2], 192
    short jne label_123
    cmp qword ptr [rsi+6], 565259
    short jne label_123
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L891
    mov ecx, 2
    call 140320710850576
L891:
    sub rsp, 8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call write/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call write/1
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L892
    mov ecx, 1
    call 140320710850576
L892:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L893:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_125:
# i_func_info_IaaI
# io_lib_pretty:write_fields/1
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA2, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_fields/1:
# i_breakpoint_trampoline
    short jmp L894
.db 0x00
    call L493
    align 8
L894:
# i_test_yield
    lea rdx, qword ptr [write_fields/1+24]
    dec r14
    jle L491
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_127
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L895
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L895:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# line_I
# i_call_f
.db 0x90
    call write_field/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call write_fields_tail/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L896
    mov ecx, 1
    call 140320710850576
L896:
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
    jl L492
    ret
# label_L
label_127:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_128
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_128
    cmp edi, 256
    jne label_125
    cmp qword ptr [rsi+6], 450955
    jne label_125
# i_move_sd
L897:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_128:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_125
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_129:
# i_func_info_IaaI
# io_lib_pretty:write_fields_tail/1
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA3, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_fields_tail/1:
# i_breakpoint_trampoline
    short jmp L898
.db 0x00
    call L493
    align 8
L898:
# i_test_yield
    lea rdx, qword ptr [write_fields_tail/1+24]
    dec r14
    jle L491
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_131
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L899
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L899:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# line_I
# i_call_f
.db 0x90
    call write_field/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call write_fields_tail/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
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
# append_cons_Is
    mov qword ptr [r15+16], 719
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_131:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_132
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_132
    cmp edi, 256
    jne label_129
    cmp qword ptr [rsi+6], 450955
    jne label_129
# i_move_sd
L901:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_132:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_129
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_133:
# i_func_info_IaaI
# io_lib_pretty:write_field/1
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA3, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_field/1:
# i_breakpoint_trampoline
    short jmp L902
.db 0x00
    call L493
    align 8
L902:
# i_test_yield
    lea rdx, qword ptr [write_field/1+24]
    dec r14
    jle L491
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_133
    cmp dword ptr [rsi-2], 256
    short jne label_133
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_133
    cmp dword ptr [rsi-2], 256
    short jne label_133
    cmp qword ptr [rsi+6], 565515
    short jne label_133
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L903
    mov ecx, 2
.db 0x90
    call 140320710850576
L903:
    sub rsp, 8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call write/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L904
    mov ecx, 1
    call 140320710850576
L904:
# put_cons_ss
L905:
    long mov rdi, 9223372036854775807
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
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_135:
# i_func_info_IaaI
# io_lib_pretty:write_list/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA3, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_list/2:
# i_breakpoint_trampoline
    short jmp L906
.db 0x00
    call L493
    align 8
L906:
# i_test_yield
    lea rdx, qword ptr [write_list/2+24]
    dec r14
    jle L491
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_137
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L907
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L907:
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
# line_I
# i_call_f
    call write/1
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
    call write_tail/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L908
    mov ecx, 1
    call 140320710850576
L908:
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
    jl L492
    ret
# label_L
label_137:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_135
    cmp dword ptr [rsi-2], 256
    jne label_135
    cmp qword ptr [rsi+6], 450955
    jne label_135
# i_move_sd
L909:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_138:
# i_func_info_IaaI
# io_lib_pretty:write_tail/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_tail/2:
# i_breakpoint_trampoline
    short jmp L910
.db 0x00
    call L493
    align 8
L910:
# i_test_yield
    lea rdx, qword ptr [write_tail/2+24]
    dec r14
    jle L491
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_140
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L911
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L911:
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
# line_I
# i_call_f
    call write/1
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
    call write_tail/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L912
    mov ecx, 1
    call 140320710850576
L912:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 719
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_140:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_141
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_141
    cmp edi, 256
    jne label_142
    cmp qword ptr [rsi+6], 450955
    jne label_142
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L913
    mov ecx, 2
    call 140320710850576
L913:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L914:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L492
    ret
# label_L
label_141:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_142
# return
    dec r14
    jl L492
    ret
# label_L
label_142:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L915
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L915:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call write/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L916
    mov ecx, 1
    call 140320710850576
L916:
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
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_143:
# i_func_info_IaaI
# io_lib_pretty:intermediate/6
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
intermediate/6:
# i_breakpoint_trampoline
    short jmp L917
.db 0x00
    call L493
    align 8
L917:
# i_test_yield
    lea rdx, qword ptr [intermediate/6+24]
    dec r14
    jle L491
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L918
    cmp rdi, rsi
    short jmp L919
L918:
    call 140320710848608
L919:
    short jge label_143
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L920
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L920:
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
# i_move_sd
    mov qword ptr [rbx+8], 31
# line_I
# i_call_f
.db 0x66, 0x90
    call print_length/6
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 15
    je label_145
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L921
    cmp rdi, rsi
    short jmp L922
L921:
    call 140320710848608
L922:
    jl label_145
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 31
    jne label_146
# label_L
label_145:
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L492
    ret
# label_L
label_146:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+32], 47
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov qword ptr [rbx+24], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 48
    jmp find_upper/10
# func_line_I
# aligned_label_Lt
    align 8
label_147:
# i_func_info_IaaI
# io_lib_pretty:find_upper/10
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA3, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
find_upper/10:
# i_breakpoint_trampoline
    short jmp L923
.db 0x00
    call L493
    align 8
L923:
# line_I
# i_test_yield
    lea rdx, qword ptr [find_upper/10+24]
    dec r14
    jle L491
# i_times_jssd
    mov rsi, qword ptr [rbx+32]
    mov edx, 47
# simplified test for small operand since it is a number
    test esi, 1
    short je L925
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 2
    and rax, -16
    imul rax, rcx
    short jo L925
    or rax, 15
    short jmp L924
L925:
    call 140320710854432
L924:
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L926
    mov ecx, 10
.db 0x90
    call 140320710850576
L926:
    sub rsp, 88
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+64], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+56], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+72], xmm0
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L927
    cmp rdi, rsi
    short jmp L928
L927:
    call 140320710848608
L928:
    jge label_149
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L930
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L929
L930:
    call 140320710853728
L929:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_150
# label_L
label_149:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L932
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L931
L932:
    call 140320710853728
L931:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_ext_e
L933:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# label_L
label_150:
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rsp+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L935
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L934
L935:
    call 140320710853584
L934:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call expand/3
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_154
    cmp dword ptr [rsi-2], 256
    jne label_154
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 15
    je label_151
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L936
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_152
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_152
L936:
# label_L
label_151:
# deallocate_t
    add rsp, 88
# return
    dec r14
    jl L492
    ret
# label_L
label_152:
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L937
    cmp rdi, rsi
    short jmp L938
L937:
    call 140320710848608
L938:
    jl label_154
# is_ge_fss
    mov rsi, qword ptr [rsp+48]
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L939
    cmp rdi, rsi
    short jmp L940
L939:
    call 140320710848608
L940:
    jl label_153
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rsp+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L941
    cmp rdi, rsi
    short jmp L942
L941:
    call 140320710848608
L942:
    jge label_154
# label_L
label_153:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+56], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 88
    jmp find_upper/10
# label_L
label_154:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+48], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+56], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 88
    jmp search_depth/9
# func_line_I
# aligned_label_Lt
    align 8
label_155:
# i_func_info_IaaI
# io_lib_pretty:search_depth/9
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA4, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
search_depth/9:
# i_breakpoint_trampoline
    short jmp L943
.db 0x00
    call L493
    align 8
L943:
# i_test_yield
    lea rdx, qword ptr [search_depth/9+24]
    dec r14
    jle L491
# i_minus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov rdx, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L945
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L944
L945:
    call 140320710853648
    je label_158
L944:
    mov qword ptr [rbx+72], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+72], 31
    jne label_158
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_157
    cmp dword ptr [rsi-2], 256
    jne label_157
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L946
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_157
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_157
L946:
# return
    dec r14
    jl L492
    ret
# label_L
label_157:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_158:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L948
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L947
L948:
    call 140320710853728
L947:
    mov qword ptr [rbx+72], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx+72]
# simplified test for small dividend since it is an integer
    mov esi, eax
    test esi, 1
    short je L949
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L950
L949:
    mov ecx, 47
    mov rdi, qword ptr [rbx+72]
    mov r8, 94919180917712
    call 140320710853120
L950:
    mov qword ptr [rbx+72], rax
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+72]
    mov rdx, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L952
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L951
L952:
    call 140320710853584
L951:
    mov qword ptr [rbx+80], rax
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L953
    mov ecx, 11
    call 140320710850576
L953:
    sub rsp, 80
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+64], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+48], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+64], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_f
    call expand/3
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_159
    cmp dword ptr [rsi-2], 256
    jne label_159
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L954
    cmp rdi, rsi
    short jmp L955
L954:
    call 140320710848608
L955:
    jge label_159
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+48], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 80
    jmp search_depth/9
# label_L
label_159:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+56], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 80
    jmp search_depth/9
# func_line_I
# aligned_label_Lt
    align 8
label_160:
# i_func_info_IaaI
# io_lib_pretty:print_length/6
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA4, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_length/6:
# i_breakpoint_trampoline
    short jmp L956
.db 0x00
    call L493
    align 8
L956:
# i_test_yield
    lea rdx, qword ptr [print_length/6+24]
    dec r14
    jle L491
# i_is_eq_exact_literal_fscI
L957:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_162
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_162
# i_move_sd
L958:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_162:
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_163
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_163
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919180007984
    call 140320710851304
    mov qword ptr [rbx+48], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 15
    jne label_164
# i_move_sd
L959:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_163:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_164
# i_move_sd
L960:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_164:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L961
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L961:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call write_atom/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L962:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L963
    mov ecx, 1
    call 140320710850576
L963:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 15
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_165:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L964
    test al, 2
    jne label_172
L964:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L965
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L965:
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
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 11
    je label_169
    cmp rsi, 75
    je label_166
    jmp label_171
# label_L
label_166:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# line_I
# i_call_f
.db 0x90
    call printable_list/4
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_167
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_167
    cmp edi, 128
    jne label_189
    cmp qword ptr [rsi+6], 75
    jne label_189
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_trim_t
    add rsp, 40
# line_I
# i_call_f
    call write_string/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L966:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 48
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L967
    mov rax, rsi
    add rax, rdx
    short jno L968
L967:
    call 140320710853080
L968:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L969
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L969:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
L970:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov qword ptr [r15+24], 15
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_167:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_169
    cmp rsi, 75
    je label_168
    jmp label_189
# label_L
label_168:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_trim_t
    add rsp, 40
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call write_string/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L971:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L972
    mov ecx, 1
    call 140320710850576
L972:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 15
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_169:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call print_length_list/6
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L973
    cmp rdi, rsi
    short jmp L974
L973:
    call 140320710848608
L974:
    jge label_170
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L975
    mov ecx, 2
    call 140320710850576
L975:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_make_fun3_FStt
L976:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 5
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rax+64], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [rax+72], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+24], rax
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L492
    ret
# label_L
label_170:
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L492
    ret
# label_L
label_171:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L977
    xor ecx, ecx
.db 0x90
    call 140320710850576
L977:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L978:
L979:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L978]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L492
    ret
# label_L
label_172:
# is_function_fS
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_173
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    jne label_173
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L980
    mov ecx, 1
    call 140320710850576
L980:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L981:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L982:
L983:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L982]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L984
    mov ecx, 1
    call 140320710850576
L984:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 15
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_173:
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_175
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_175
    and al, 63
    jne label_175
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+48], rax
# is_atom_fs
    mov rax, qword ptr [rbx+48]
    and al, 63
    cmp al, 11
    jne label_175
# is_function_fS
    mov rax, qword ptr [rbx+24]
    test al, 1
    jne label_175
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    jne label_175
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L985
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L985:
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
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx]
    mov rdi, -16
    add rax, rdi
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L986]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L986:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 28171
    jne label_174
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp print_length_tuple/6
# label_L
label_174:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp print_length_record/7
# label_L
label_175:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_176
    test byte ptr [rsi-2], 63
    jne label_176
# i_call_only_f
    jmp print_length_tuple/6
# label_L
label_176:
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_177
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_177
# i_call_only_f
    jmp print_length_map/6
# label_L
label_177:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_188
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L988
# is_binary_header
    cmp al, 40
    short je L987
    and al, -5
    cmp al, 32
    jne label_188
L987:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L989
    mov qword ptr [rbx+48], rsi
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+48]
L989:
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
L988:
    mov qword ptr [rbx+48], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+48]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_178
# i_move_sd
L990:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_178:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_179
# test_heap_It
    lea rdx, qword ptr [r15+144]
    cmp rdx, rsp
    short jbe L991
    mov ecx, 6
.db 0x90
    call 140320710850576
L991:
# i_make_fun3_FStt
L992:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 4
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rax+64], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
L993:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 127
    mov qword ptr [r15+24], 63
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_179:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L994
    mov rax, rsi
    add rax, rdx
    short jno L995
L994:
    call 140320710853080
L995:
    mov qword ptr [rbx+48], rax
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L996
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L996:
    sub rsp, 56
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 11
    je label_185
    cmp rsi, 75
    je label_180
    jmp label_187
# label_L
label_180:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178858912
    call 140320710851304
    mov qword ptr [rbx], rax
# i_rem_ssjd
    mov r9, 8
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rdx, 4
    or rdx, 15
L997:
L998:
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_185
# i_move_sd
    mov qword ptr [rbx+8], 111
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call printable_bin0/4
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_185
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_183
    cmp esi, 192
    je label_181
    jne label_190
# label_L
label_181:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_182
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 75
    jne label_190
# i_move_sd
    mov qword ptr [rbx+8], 559
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L999:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1000
    mov ecx, 1
    call 140320710850576
L1000:
# i_make_fun3_FStt
L1001:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 5
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rax+64], rdi
    mov qword ptr [rax+72], 75
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_length_jtd
    align 4
L1002:
    mov esi, 2
    lea rdx, qword ptr [L1002]
    call 140320710852592
    mov qword ptr [rbx+16], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 112
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1003
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1003:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L1004:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 975
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 975
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 63
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L492
    ret
# label_L
label_182:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 75
    jne label_190
# i_move_sd
    mov qword ptr [rbx+8], 559
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1005:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1006
    mov ecx, 1
    call 140320710850576
L1006:
# i_make_fun3_FStt
L1007:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 5
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rax+64], rdi
    mov qword ptr [rax+72], 75
# Create boxed ptr
    or al, 2
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L1008:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 192
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1009
    mov rax, rsi
    add rax, rdx
    short jno L1010
L1009:
    call 140320710853080
L1010:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1011
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1011:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
L1012:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 975
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 975
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov qword ptr [r15+24], 63
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# label_L
label_183:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_184
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1013
    test al, 2
    jne label_190
L1013:
# i_move_sd
    mov qword ptr [rbx+8], 559
# i_trim_t
    add rsp, 56
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1014:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L1015:
    mov esi, 1
    lea rdx, qword ptr [L1015]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+8]
    add rax, 64
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1016
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1016:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L1017:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 975
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 975
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
    mov qword ptr [r15+24], 15
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_184:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1018
    test al, 2
    jne label_190
L1018:
# i_move_sd
    mov qword ptr [rbx+8], 559
# init_yregs_I
    mov qword ptr [rsp+48], 59
# i_trim_t
    add rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1019:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1020:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 144
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1021
    mov rax, rsi
    add rax, rdx
    short jno L1022
L1021:
    call 140320710853080
L1022:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1023
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1023:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
L1024:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 975
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 975
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov qword ptr [r15+24], 15
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_185:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1025:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_191
    cmp dword ptr [rsi-2], 128
    jne label_191
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+32], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_eq_exact_literal_fscI
L1026:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_186
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_186
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 48
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1027:
L1028:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L1027]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1029
    mov ecx, 1
    call 140320710850576
L1029:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 245323
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov qword ptr [r15+24], 15
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_186:
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1030
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1030:
# i_make_fun3_FStt
L1031:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 5
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rax+64], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rax+72], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 40
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1032:
L1033:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L1032]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1034
    mov ecx, 1
    call 140320710850576
L1034:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 245323
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov qword ptr [r15+24], 63
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# label_L
label_187:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1035
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1035:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1036:
L1037:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1036]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L492
    ret
# label_L
label_188:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1038
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1038:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1039:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1040:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1041
    mov ecx, 1
    call 140320710850576
L1041:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 15
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_189:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_190:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_191:
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
label_192:
# i_func_info_IaaI
# io_lib_pretty:print_length_map/6
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA4, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_length_map/6:
# i_breakpoint_trampoline
    short jmp L1042
.db 0x00
    call L493
    align 8
L1042:
# i_test_yield
    lea rdx, qword ptr [print_length_map/6+24]
    dec r14
    jle L491
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_194
# test_heap_It
    lea rdx, qword ptr [r15+144]
    cmp rdx, rsp
    short jbe L1043
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1043:
# i_make_fun3_FStt
L1044:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 4
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rax+64], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
L1045:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 111
    mov qword ptr [r15+24], 63
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_194:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1046
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1046:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+40], rdi
# line_I
# i_call_ext_e
L1047:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_call_ext_e
L1048:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+40]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1049
    mov rax, rsi
    add rax, rdx
    short jno L1050
L1049:
    call 140320710853080
L1050:
    mov qword ptr [rsp], rax
# swap_dd
    mov rdi, qword ptr [rsp+32]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+32], rsi
# i_move_sd
    mov qword ptr [rbx+8], 63
# i_call_f
.db 0x90
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+32]
    movups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_trim_t
    add rsp, 40
# i_call_f
.db 0x90
    call print_length_map_pairs/7
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov qword ptr [rbx+8], 63
# line_I
# i_call_f
    call list_length/3
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1051
    mov ecx, 1
    call 140320710850576
L1051:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 85195
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_195:
# i_func_info_IaaI
# io_lib_pretty:print_length_map_pairs/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA5, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_length_map_pairs/7:
# i_breakpoint_trampoline
    short jmp L1052
.db 0x00
    call L493
    align 8
L1052:
# i_test_yield
    lea rdx, qword ptr [print_length_map_pairs/7+24]
    dec r14
    jle L491
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_197
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L492
    ret
# label_L
label_197:
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 31
    je label_198
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_199
# label_L
label_198:
# test_heap_It
    lea rdx, qword ptr [r15+160]
    cmp rdx, rsp
    short jbe L1053
    mov ecx, 7
.db 0x90
    call 140320710850576
L1053:
# i_make_fun3_FStt
L1054:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 6
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rax+64], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rax+72], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rax+80], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450955
    mov qword ptr [r15+16], 63
    mov qword ptr [r15+24], 63
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_199:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_195
    cmp dword ptr [rsi-2], 192
    jne label_195
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1055
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1055:
    sub rsp, 64
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1056:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 28299
    je label_200
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# label_L
label_200:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+56], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call print_length_map_pair/7
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+48]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1057
    add rax, rdx
    short jno L1058
L1057:
    call 140320710853080
L1058:
    mov qword ptr [rsp+56], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 8
# i_call_f
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 48
# i_call_f
.db 0x0F, 0x1F, 0x00
    call print_length_map_pairs/7
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1059
    mov ecx, 1
    call 140320710850576
L1059:
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
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_201:
# i_func_info_IaaI
# io_lib_pretty:print_length_map_pair/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA5, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_length_map_pair/7:
# i_breakpoint_trampoline
    short jmp L1060
.db 0x00
    call L493
    align 8
L1060:
# i_test_yield
    lea rdx, qword ptr [print_length_map_pair/7+24]
    dec r14
    jle L491
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1061
    mov ecx, 7
    call 140320710850576
L1061:
    sub rsp, 56
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+40], rdi
# line_I
# i_call_f
    call print_length/6
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 64
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1062
    mov rax, rsi
    add rax, rdx
    short jno L1063
L1062:
    call 140320710853080
L1063:
    mov qword ptr [rsp], rax
# swap_dd
    mov rdi, qword ptr [rsp+32]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 40
# i_call_f
.db 0x0F, 0x1F, 0x00
    call print_length/6
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1065
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1064
L1065:
    call 140320710853728
L1064:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1067
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1066
L1067:
    call 140320710853728
L1066:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1068
    mov ecx, 3
.db 0x90
    call 140320710850576
L1068:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 565259
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_203:
# i_func_info_IaaI
# io_lib_pretty:print_length_tuple/6
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA5, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_length_tuple/6:
# i_breakpoint_trampoline
    short jmp L1069
.db 0x00
    call L493
    align 8
L1069:
# i_test_yield
    lea rdx, qword ptr [print_length_tuple/6+24]
    dec r14
    jle L491
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_205
# test_heap_It
    lea rdx, qword ptr [r15+144]
    cmp rdx, rsp
    short jbe L1070
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1070:
# i_make_fun3_FStt
L1071:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 4
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rax+64], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
L1072:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 95
    mov qword ptr [r15+24], 63
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_205:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1073
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1073:
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
    mov qword ptr [rbx+8], 47
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+48], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_trim_t
    add rsp, 24
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call print_length_tuple1/7
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rsp+8]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    short jae L1074
    mov edi, 31
    call 140320710851136
L1074:
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178916128
    call 140320710851400
    mov qword ptr [rbx+8], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+8]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+16], rax
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsi], rdi
    mov qword ptr [rsi+8], 31
    mov rcx, 94919178915648
    call 140320710851400
    mov qword ptr [rbx+16], rax
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178915344
    call 140320710851304
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov qword ptr [rbx+8], 47
# line_I
# i_call_f
.db 0x90
    call list_length/3
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1075
    mov ecx, 1
    call 140320710850576
L1075:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 245643
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_206:
# i_func_info_IaaI
# io_lib_pretty:print_length_tuple1/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA5, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_length_tuple1/7:
# i_breakpoint_trampoline
    short jmp L1076
.db 0x00
    call L493
    align 8
L1076:
# i_test_yield
    lea rdx, qword ptr [print_length_tuple1/7+24]
    dec r14
    jle L491
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+56], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+56]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1077
    cmp rdi, rsi
    short jmp L1078
L1077:
    call 140320710848608
L1078:
    jge label_208
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L492
    ret
# label_L
label_208:
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 31
    je label_209
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_210
# label_L
label_209:
# test_heap_It
    lea rdx, qword ptr [r15+160]
    cmp rdx, rsp
    short jbe L1079
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1079:
# i_make_fun3_FStt
L1080:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 6
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rax+64], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rax+72], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rax+80], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450955
    mov qword ptr [r15+16], 63
    mov qword ptr [r15+24], 63
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_210:
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+56], rax
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1081
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L1081:
    sub rsp, 64
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx], rax
# is_ne_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+8], rdi
    je label_211
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# label_L
label_211:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+40]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1082
    mov rax, rsi
    add rax, rdx
    short jno L1083
L1082:
    call 140320710853080
L1083:
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_f
    call print_length/6
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+24], rsi
# line_I
# i_call_f
    call tsub/2
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rsp+40]
    add rax, 16
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp+32]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1084
    add rax, rdx
    short jno L1085
L1084:
    call 140320710853080
L1085:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 48
# i_call_f
.db 0x66, 0x90
    call print_length_tuple1/7
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1086
    mov ecx, 1
    call 140320710850576
L1086:
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
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_212:
# i_func_info_IaaI
# io_lib_pretty:print_length_record/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA6, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_length_record/7:
# i_breakpoint_trampoline
    short jmp L1087
.db 0x00
    call L493
    align 8
L1087:
# i_test_yield
    lea rdx, qword ptr [print_length_record/7+24]
    dec r14
    jle L491
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_214
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1088
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1088:
# i_make_fun3_FStt
L1089:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 5
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rax+64], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rax+72], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
L1090:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 95
    mov qword ptr [r15+24], 63
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_214:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1091
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1091:
    sub rsp, 64
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call write_atom/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1092
    mov ecx, 1
    call 140320710850576
L1092:
# put_cons_ss
    mov qword ptr [r15], 575
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1093:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 32
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1094
    mov rax, rsi
    add rax, rdx
    short jno L1095
L1094:
    call 140320710853080
L1095:
    mov qword ptr [rbx+8], rax
# swap_dd
    mov rdi, qword ptr [rsp+40]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+40], rsi
# i_call_f
.db 0x90
    call tsub/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+48]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1096
    mov rax, rsi
    add rax, rdx
    short jno L1097
L1096:
    call 140320710853080
L1097:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov qword ptr [rbx+32], 47
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    add rdi, 8
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_f
    call print_length_fields/8
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+40]
    mov edx, 32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1098
    add rax, rdx
    short jno L1099
L1098:
    call 140320710853080
L1099:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_call_f
.db 0x0F, 0x1F, 0x00
    call list_length/3
# test_heap_It
    lea rdx, qword ptr [r15+136]
    cmp rdx, rsp
    short jbe L1100
    mov ecx, 1
.db 0x90
    call 140320710850576
L1100:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 105739
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_215:
# i_func_info_IaaI
# io_lib_pretty:print_length_fields/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA6, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_length_fields/8:
# i_breakpoint_trampoline
    short jmp L1101
.db 0x00
    call L493
    align 8
L1101:
# i_test_yield
    lea rdx, qword ptr [print_length_fields/8+24]
    dec r14
    jle L491
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_217
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+24]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+64], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+64]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1102
    cmp rdi, rsi
    short jmp L1103
L1102:
    call 140320710848608
L1103:
    jge label_217
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L492
    ret
# label_L
label_217:
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 31
    je label_218
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_219
# label_L
label_218:
# test_heap_It
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L1104
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1104:
# i_make_fun3_FStt
L1105:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 7
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rax+64], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rax+72], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rax+80], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rax+88], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450955
    mov qword ptr [r15+16], 63
    mov qword ptr [r15+24], 63
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_219:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_215
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+72], rax
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1106
    mov ecx, 10
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1106:
    sub rsp, 80
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+64], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+56], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+72], rdi
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+24]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx], rax
# is_ne_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+32], rdi
    je label_220
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov qword ptr [rsp+64], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# label_L
label_220:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+72]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1107
    add rax, rdx
    short jno L1108
L1107:
    call 140320710853080
L1108:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x66, 0x90
    call print_length_field/7
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rsp+48]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+48], rsi
# line_I
# i_call_f
    call tsub/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+56]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1109
    add rax, rdx
    short jno L1110
L1109:
    call 140320710853080
L1110:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rsp+32]
    add rax, 16
    mov qword ptr [rbx+32], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rsp+56], rdi
# i_trim_t
    add rsp, 56
# i_call_f
.db 0x90
    call print_length_fields/8
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1111
    mov ecx, 1
    call 140320710850576
L1111:
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
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_221:
# i_func_info_IaaI
# io_lib_pretty:print_length_field/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA6, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_length_field/7:
# i_breakpoint_trampoline
    short jmp L1112
.db 0x00
    call L493
    align 8
L1112:
# i_test_yield
    lea rdx, qword ptr [print_length_field/7+24]
    dec r14
    jle L491
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1113
    mov ecx, 7
    call 140320710850576
L1113:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call write_atom/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_ext_e
L1114:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 48
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1115
    mov rax, rsi
    add rax, rdx
    short jno L1116
L1115:
    call 140320710853080
L1116:
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 40
# i_call_f
    call print_length/6
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1118
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1117
L1118:
    call 140320710853728
L1117:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1119
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1119:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 565515
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_223:
# i_func_info_IaaI
# io_lib_pretty:print_length_list/6
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA6, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_length_list/6:
# i_breakpoint_trampoline
    short jmp L1120
.db 0x00
    call L493
    align 8
L1120:
# i_test_yield
    lea rdx, qword ptr [print_length_list/6+24]
    dec r14
    jle L491
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1121
    mov ecx, 6
    call 140320710850576
L1121:
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
    mov qword ptr [rbx+8], 47
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_trim_t
    add rsp, 32
# i_call_f
.db 0x66, 0x90
    call print_length_list1/6
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov qword ptr [rbx+8], 47
# line_I
# i_call_f
    call list_length/3
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1122
    mov ecx, 1
    call 140320710850576
L1122:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 23243
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_225:
# i_func_info_IaaI
# io_lib_pretty:print_length_list1/6
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA7, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_length_list1/6:
# i_breakpoint_trampoline
    short jmp L1123
.db 0x00
    call L493
    align 8
L1123:
# i_test_yield
    lea rdx, qword ptr [print_length_list1/6+24]
    dec r14
    jle L491
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_227
# return
    dec r14
    jl L492
    ret
# label_L
label_227:
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 31
    je label_228
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_229
# label_L
label_228:
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1124
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1124:
# i_make_fun3_FStt
L1125:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 5
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rax+64], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rax+72], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450955
    mov qword ptr [r15+16], 63
    mov qword ptr [r15+24], 63
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_229:
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_231
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1126
    mov ecx, 6
    call 140320710850576
L1126:
    sub rsp, 56
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+48], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# is_ne_exact_fss
    cmp qword ptr [rsp], 59
    je label_230
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# label_L
label_230:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+48]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1127
    mov rax, rsi
    add rax, rdx
    short jno L1128
L1127:
    call 140320710853080
L1128:
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x66, 0x90
    call print_length/6
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+40]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1129
    add rax, rdx
    short jno L1130
L1129:
    call 140320710853080
L1130:
    mov qword ptr [rsp+40], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rsp+32]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+32], rsi
# i_call_f
.db 0x90
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 40
# i_call_f
    call print_length_list1/6
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1131
    mov ecx, 1
    call 140320710850576
L1131:
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
    jl L492
    ret
# label_L
label_231:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1132
    mov rax, rsi
    add rax, rdx
    short jno L1133
L1132:
    call 140320710853080
L1133:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp print_length/6
# func_line_I
# aligned_label_Lt
    align 8
label_232:
# i_func_info_IaaI
# io_lib_pretty:list_length/3
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA7, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_length/3:
# i_breakpoint_trampoline
    short jmp L1134
.db 0x00
    call L493
    align 8
L1134:
# i_test_yield
    lea rdx, qword ptr [list_length/3+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_234
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    short jne label_232
    cmp dword ptr [rsi-2], 256
    short jne label_232
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1136
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1135
L1136:
    call 140320710853728
L1135:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    xor edx, edx
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1137
    mov rax, rsi
    add rax, rdx
    short jno L1138
L1137:
    call 140320710853080
L1138:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp list_length_tail/3
# label_L
label_234:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_235
    test byte ptr [rsi-2], 63
    jne label_235
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 256
    jne label_232
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1140
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1139
L1140:
    call 140320710853728
L1139:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    xor edx, edx
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1141
    mov rax, rsi
    add rax, rdx
    short jno L1142
L1141:
    call 140320710853080
L1142:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1143
    mov ecx, 2
.db 0x90
    call 140320710850576
L1143:
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
    jl L492
    ret
# label_L
label_235:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_232
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1144
    mov ecx, 2
.db 0x90
    call 140320710850576
L1144:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 15
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_236:
# i_func_info_IaaI
# io_lib_pretty:list_length_tail/3
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA7, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_length_tail/3:
# i_breakpoint_trampoline
    short jmp L1145
.db 0x00
    call L493
    align 8
L1145:
# i_test_yield
    lea rdx, qword ptr [list_length_tail/3+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_238
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    short jne label_236
    cmp dword ptr [rsi-2], 256
    short jne label_236
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1146
    add rax, rdx
    short jno L1147
L1146:
    call 140320710853080
L1147:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1149
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1148
L1149:
    call 140320710853728
L1148:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1151
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1150
L1151:
    call 140320710853728
L1150:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp list_length_tail/3
# label_L
label_238:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_239
    test byte ptr [rsi-2], 63
    jne label_239
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 256
    jne label_236
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1152
    add rax, rdx
    short jno L1153
L1152:
    call 140320710853080
L1153:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1155
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1154
L1155:
    call 140320710853728
L1154:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1157
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1156
L1157:
    call 140320710853728
L1156:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1158
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1158:
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
    jl L492
    ret
# label_L
label_239:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_236
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1159
    mov ecx, 3
.db 0x90
    call 140320710850576
L1159:
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
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_240:
# i_func_info_IaaI
# io_lib_pretty:printable_list/4
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
printable_list/4:
# i_breakpoint_trampoline
    short jmp L1160
.db 0x00
    call L493
    align 8
L1160:
# i_test_yield
    lea rdx, qword ptr [printable_list/4+24]
    dec r14
    jle L491
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_242
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L492
    ret
# label_L
label_242:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 22667
    jne label_246
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1161
    cmp rdi, rsi
    short jmp L1162
L1161:
    call 140320710848608
L1162:
    jge label_243
# line_I
# i_call_ext_only_e
L1163:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_243:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1164
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1164:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 47
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call printable_latin1_list/2
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_244
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 2123
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# label_L
label_244:
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_245
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L1165:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_255
    cmp dword ptr [rsi-2], 128
    jne label_255
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1166
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1166:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 75
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_245:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# label_L
label_246:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1167
    cmp rdi, rsi
    short jmp L1168
L1167:
    call 140320710848608
L1168:
    jl label_254
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1169
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1169:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 47
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call tsub/2
# catch_yf
    inc qword ptr [r13+264]
L1170:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1171:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# is_ne_exact_fss
    cmp qword ptr [rbx], 59
    je label_252
# line_I
# i_call_ext_e
L1172:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_f
    call is_flat/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_252
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L1173:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_248
    cmp rsi, 75
    je label_247
    jmp label_256
# label_L
label_247:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 24
L1174:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_248:
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1175:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_250
    cmp rsi, 75
    je label_249
    jmp label_251
# label_L
label_249:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1176
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1176:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 75
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_250:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_251:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1177
    mov ecx, 1
.db 0x90
    call 140320710850576
L1177:
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
# call_light_bif_be
    align 4
L1178:
L1179:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1178]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_252:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_253:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_254:
# line_I
# i_call_ext_only_e
L1180:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_255:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_256:
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
label_257:
# i_func_info_IaaI
# io_lib_pretty:is_flat/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA7, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_flat/2:
# i_breakpoint_trampoline
    short jmp L1181
.db 0x00
    call L493
    align 8
L1181:
# i_test_yield
    lea rdx, qword ptr [is_flat/2+24]
    dec r14
    jle L491
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_259
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L492
    ret
# label_L
label_259:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_260
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1182
    test al, 1
    jne label_260
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_260
L1182:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1183
    mov rax, rsi
    add rax, rdx
    short jno L1184
L1183:
    call 140320710853080
L1184:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp is_flat/2
# label_L
label_260:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_261:
# i_func_info_IaaI
# io_lib_pretty:printable_bin0/4
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA8, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
printable_bin0/4:
# i_breakpoint_trampoline
    short jmp L1185
.db 0x00
    call L493
    align 8
L1185:
# i_test_yield
    lea rdx, qword ptr [printable_bin0/4+24]
    dec r14
    jle L491
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1186
    mov ecx, 4
    call 140320710850576
L1186:
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
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1187
    cmp rdi, rsi
    short jmp L1188
L1187:
    call 140320710848608
L1188:
    jl label_264
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
    mov edx, 79
# simplified test for small operand since it is a number
    test esi, 1
    short je L1190
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1190
    or rax, 15
    short jmp L1189
L1190:
    call 140320710854432
L1189:
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+32]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_call_ext_e
L1191:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rsp+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1192
    cmp rdi, rsi
    short jmp L1193
L1192:
    call 140320710848608
L1193:
    jl label_263
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# i_call_ext_e
L1194:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_266
# label_L
label_263:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_266
# label_L
label_264:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1195
    cmp rdi, rsi
    short jmp L1196
L1195:
    call 140320710848608
L1196:
    jge label_265
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# jump_f
    jmp label_266
# label_L
label_265:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# label_L
label_266:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp printable_bin/4
# func_line_I
# aligned_label_Lt
    align 8
label_267:
# i_func_info_IaaI
# io_lib_pretty:printable_bin/4
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA8, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
printable_bin/4:
# i_breakpoint_trampoline
    short jmp L1197
.db 0x00
    call L493
    align 8
L1197:
# i_test_yield
    lea rdx, qword ptr [printable_bin/4+24]
    dec r14
    jle L491
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_269
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L492
    ret
# label_L
label_269:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 22667
    jne label_276
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1198
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1198:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov qword ptr [rbx], 335
# i_call_ext_e
L1199:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# line_I
# call_light_bif_be
    align 4
L1200:
L1201:
    long mov rcx, 9223372036854775807
    mov rax, 94919179446528
    lea rdx, qword ptr [L1200]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call printable_latin1_list/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 2123
    jne label_274
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+32]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rsp+8], rdi
    jne label_270
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1202
    xor ecx, ecx
    call 140320710850576
L1202:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 75
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L492
    ret
# label_L
label_270:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rsp+8]
    cmp rdi, rsi
    short je L1203
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_271
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_271
L1203:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1204
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1204:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 75
    mov qword ptr [r15+16], 75
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L492
    ret
# label_L
label_271:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1205
    mov rax, rsi
    add rax, rdx
    short jno L1206
L1205:
    call 140320710853080
L1206:
    mov qword ptr [rbx], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1208
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1207
L1208:
    call 140320710853584
L1207:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call printable_bin1/3
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_272
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+32]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp+24]
    cmp qword ptr [rbx+8], rdi
    jne label_272
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# call_light_bif_be
    align 4
L1209:
L1210:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L1209]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1211
    mov ecx, 1
    call 140320710850576
L1211:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 75
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_272:
# is_lt_fss
    mov rsi, qword ptr [rsp+16]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1212
    cmp rdi, rsi
    short jmp L1213
L1212:
    call 140320710848608
L1213:
    jge label_273
# i_minus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1215
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1214
L1215:
    call 140320710853648
    je label_273
L1214:
    mov qword ptr [rbx+8], rax
# is_ge_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1216
    cmp rdi, rsi
    short jmp L1217
L1216:
    call 140320710848608
L1217:
    jl label_273
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# call_light_bif_be
    align 4
L1218:
L1219:
    long mov rcx, 9223372036854775807
    mov rax, 94919179446528
    lea rdx, qword ptr [L1218]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1220
    mov ecx, 1
    call 140320710850576
L1220:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 75
    mov qword ptr [r15+16], 75
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_273:
# is_integer_fs
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    rex test dil, 1
    jne L1221
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_280
L1221:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L492
    ret
# label_L
label_274:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1222
    test al, 1
    jne label_281
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_281
L1222:
# is_lt_fss
    mov rsi, qword ptr [rsp+16]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1223
    cmp rdi, rsi
    short jmp L1224
L1223:
    call 140320710848608
L1224:
    jge label_275
# i_minus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1226
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1225
L1226:
    call 140320710853648
    je label_275
L1225:
    mov qword ptr [rbx], rax
# is_ge_fss
    mov rsi, qword ptr [rsp+16]
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
    jl label_275
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# call_light_bif_be
    align 4
L1229:
L1230:
    long mov rcx, 9223372036854775807
    mov rax, 94919179446528
    lea rdx, qword ptr [L1229]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1231
    mov ecx, 1
    call 140320710850576
L1231:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 75
    mov qword ptr [r15+16], 75
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_275:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L492
    ret
# label_L
label_276:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1232
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1232:
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
    call valid_utf8/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_279
# line_I
# call_light_bif_be
    align 4
L1233:
L1234:
    long mov rcx, 9223372036854775807
    mov rax, 94919179900656
    lea rdx, qword ptr [L1233]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call printable_unicode/4
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_is_eq_exact_literal_fscI
L1235:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_277
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_277
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+16]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_length_setup_jts
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L1236:
    mov esi, 3
    lea rdx, qword ptr [L1236]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1237
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1237:
# bif_is_eq_exact_Ssd
    mov eax, 75
    mov rdi, qword ptr [rbx+8]
    cmp qword ptr [rbx], rdi
# simplified check since one argument is an immediate
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_277:
# is_lt_fss
    mov rsi, qword ptr [rsp]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1238
    cmp rdi, rsi
    short jmp L1239
L1238:
    call 140320710848608
L1239:
    jge label_278
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_minus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1241
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1240
L1241:
    call 140320710853648
    je label_278
L1240:
    mov qword ptr [rbx], rax
# is_ge_fss
    mov rsi, qword ptr [rsp]
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
    jl label_278
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+16]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# i_length_setup_jts
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L1244:
    mov esi, 3
    lea rdx, qword ptr [L1244]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1245
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1245:
# bif_is_eq_exact_Ssd
    mov eax, 75
    mov rdi, qword ptr [rbx+8]
    cmp qword ptr [rbx], rdi
# simplified check since one argument is an immediate
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 75
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_278:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_279:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 22667
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp printable_bin/4
# label_L
label_280:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_281:
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
label_282:
# i_func_info_IaaI
# io_lib_pretty:printable_bin1/3
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA8, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
printable_bin1/3:
# i_breakpoint_trampoline
    short jmp L1246
.db 0x00
    call L493
    align 8
L1246:
# i_test_yield
    lea rdx, qword ptr [printable_bin1/3+24]
    dec r14
    jle L491
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_284
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L492
    ret
# label_L
label_284:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1247
    mov ecx, 3
    call 140320710850576
L1247:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 160015
# i_call_ext_e
L1248:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1250
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1249
L1250:
    call 140320710853728
L1249:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1251
    add rax, rdx
    short jno L1252
L1251:
    call 140320710853080
L1252:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1253:
L1254:
    long mov rcx, 9223372036854775807
    mov rax, 94919179446528
    lea rdx, qword ptr [L1253]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call printable_latin1_list/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 2123
    jne label_285
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1256
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1255
L1256:
    call 140320710853728
L1255:
    mov qword ptr [rbx], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1258
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1257
L1258:
    call 140320710853584
L1257:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp printable_bin1/3
# label_L
label_285:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1259
    test al, 1
    jne label_286
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_286
L1259:
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1261
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1260
L1261:
    call 140320710853584
L1260:
    mov qword ptr [rbx], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1263
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1262
L1263:
    call 140320710853584
L1262:
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L492
    ret
# label_L
label_286:
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
label_287:
# i_func_info_IaaI
# io_lib_pretty:printable_latin1_list/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF8, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
printable_latin1_list/2:
# i_breakpoint_trampoline
    short jmp L1264
.db 0x00
    call L493
    align 8
L1264:
# i_test_yield
    lea rdx, qword ptr [printable_latin1_list/2+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_299
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_289
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L492
    ret
# label_L
label_289:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1265
    test al, 1
    jne label_291
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_291
L1265:
# is_ge_fss
    mov esi, 527
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1266
    cmp rdi, rsi
    short jmp L1267
L1266:
    call 140320710848608
L1267:
    jl label_291
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 2031
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1268
    cmp rdi, rsi
    short jmp L1269
L1268:
    call 140320710848608
L1269:
    jl label_290
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1270
    mov rax, rsi
    add rax, rdx
    short jno L1271
L1270:
    call 140320710853080
L1271:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp printable_latin1_list/2
# label_L
label_290:
# is_ge_fss
    mov esi, 2575
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1272
    cmp rdi, rsi
    short jmp L1273
L1272:
    call 140320710848608
L1273:
    jl label_291
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 4095
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1274
    cmp rdi, rsi
    short jmp L1275
L1274:
    call 140320710848608
L1275:
    jl label_300
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1276
    mov rax, rsi
    add rax, rdx
    short jno L1277
L1276:
    call 140320710853080
L1277:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp printable_latin1_list/2
# label_L
label_291:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 143
    je label_298
    cmp rsi, 159
    je label_297
    cmp rsi, 175
    je label_296
    cmp rsi, 191
    je label_295
    cmp rsi, 207
    je label_294
    cmp rsi, 223
    je label_293
    cmp rsi, 447
    je label_292
    jmp label_300
# label_L
label_292:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1278
    mov rax, rsi
    add rax, rdx
    short jno L1279
L1278:
    call 140320710853080
L1279:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp printable_latin1_list/2
# label_L
label_293:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1280
    mov rax, rsi
    add rax, rdx
    short jno L1281
L1280:
    call 140320710853080
L1281:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp printable_latin1_list/2
# label_L
label_294:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1282
    mov rax, rsi
    add rax, rdx
    short jno L1283
L1282:
    call 140320710853080
L1283:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp printable_latin1_list/2
# label_L
label_295:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1284
    mov rax, rsi
    add rax, rdx
    short jno L1285
L1284:
    call 140320710853080
L1285:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp printable_latin1_list/2
# label_L
label_296:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1286
    mov rax, rsi
    add rax, rdx
    short jno L1287
L1286:
    call 140320710853080
L1287:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp printable_latin1_list/2
# label_L
label_297:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1288
    mov rax, rsi
    add rax, rdx
    short jno L1289
L1288:
    call 140320710853080
L1289:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp printable_latin1_list/2
# label_L
label_298:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1290
    mov rax, rsi
    add rax, rdx
    short jno L1291
L1290:
    call 140320710853080
L1291:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp printable_latin1_list/2
# label_L
label_299:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_300
# i_move_sd
    mov qword ptr [rbx], 2123
# return
    dec r14
    jl L492
    ret
# label_L
label_300:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_301:
# i_func_info_IaaI
# io_lib_pretty:valid_utf8/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA8, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
valid_utf8/2:
# i_breakpoint_trampoline
    short jmp L1292
.db 0x00
    call L493
    align 8
L1292:
# i_test_yield
    lea rdx, qword ptr [valid_utf8/2+24]
    dec r14
    jle L491
# i_is_ne_exact_literal_fsc
L1294:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L1293
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_303
L1293:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_304
# label_L
label_303:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L492
    ret
# label_L
label_304:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1296
L1295:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1297
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L1297:
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
L1296:
    mov qword ptr [rbx], rsi
# i_bs_skip_utf8_Sf
    mov rdi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_305
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1298
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L1298:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_305
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1299
    mov rax, rsi
    add rax, rdx
    short jno L1300
L1299:
    call 140320710853080
L1300:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp valid_utf8/2
# label_L
label_305:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_306:
# i_func_info_IaaI
# io_lib_pretty:printable_unicode/4
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA9, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
printable_unicode/4:
# i_breakpoint_trampoline
    short jmp L1301
.db 0x00
    call L493
    align 8
L1301:
# i_test_yield
    lea rdx, qword ptr [printable_unicode/4+24]
    dec r14
    jle L491
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1303
L1302:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1304
    mov qword ptr [rbx+32], rsi
    mov ecx, 5
    call 140320710850576
    mov rsi, qword ptr [rbx+32]
L1304:
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
L1303:
    mov qword ptr [rbx], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+32], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_309
    mov qword ptr [rbx+40], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_309
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1305
    cmp rdi, rsi
    short jmp L1306
L1305:
    call 140320710848608
L1306:
    jge label_309
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1307
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1307:
    sub rsp, 48
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call printable_char/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_308
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+40]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1308
    mov rax, rsi
    add rax, rdx
    short jno L1309
L1308:
    call 140320710853080
L1309:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1310
    mov ecx, 1
.db 0x90
    call 140320710850576
L1310:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp printable_unicode/4
# label_L
label_308:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L1311:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# bs_set_position_SS
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rsp+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1312
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L1312:
    call 140320710849224
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1313
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1313:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_309:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1314
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1314:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1315:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# bs_set_position_SS
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rsp]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1316
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L1316:
    call 140320710849224
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1317
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1317:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_310:
# i_func_info_IaaI
# io_lib_pretty:printable_char/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA9, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
printable_char/2:
# i_breakpoint_trampoline
    short jmp L1318
.db 0x00
    call L493
    align 8
L1318:
# i_test_yield
    lea rdx, qword ptr [printable_char/2+24]
    dec r14
    jle L491
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 143
    je label_315
    cmp rsi, 159
    je label_315
    cmp rsi, 175
    je label_315
    cmp rsi, 191
    je label_315
    cmp rsi, 207
    je label_315
    cmp rsi, 223
    je label_315
    cmp rsi, 447
    je label_315
    jmp label_312
# label_L
label_312:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 22667
    je label_314
    cmp rsi, 43979
    je label_313
    jmp label_310
# label_L
label_313:
# is_ge_fss
    mov esi, 527
    mov rdi, qword ptr [rbx]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1319:
L1320:
    jl label_317
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 2031
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1321:
L1322:
    jge label_315
# is_ge_fss
    mov esi, 2575
    mov rdi, qword ptr [rbx]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1323:
L1324:
    jl label_317
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1325:
L1326:
    jl label_315
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 917503
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1327:
L1328:
    jge label_317
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rbx]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1329:
L1330:
    jl label_315
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi], rdi
    mov qword ptr [rsi+8], 1048575
    mov rcx, 94919178915648
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L492
    ret
# label_L
label_314:
# is_ge_fss
    mov esi, 527
    mov rdi, qword ptr [rbx]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1331:
L1332:
    jl label_317
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 2031
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1333:
L1334:
    jl label_316
# label_L
label_315:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L492
    ret
# label_L
label_316:
# is_ge_fss
    mov esi, 2575
    mov rdi, qword ptr [rbx]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1335:
L1336:
    jl label_317
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi], rdi
    mov qword ptr [rsi+8], 4095
    mov rcx, 94919178915840
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L492
    ret
# label_L
label_317:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_318:
# i_func_info_IaaI
# io_lib_pretty:write_atom/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_atom/2:
# i_breakpoint_trampoline
    short jmp L1337
.db 0x00
    call L493
    align 8
L1337:
# i_test_yield
    lea rdx, qword ptr [write_atom/2+24]
    dec r14
    jle L491
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 22667
    jne label_320
# line_I
# i_call_ext_only_e
L1338:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_320:
# line_I
# i_call_ext_only_e
L1339:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_321:
# i_func_info_IaaI
# io_lib_pretty:write_string/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_string/2:
# i_breakpoint_trampoline
    short jmp L1340
.db 0x00
    call L493
    align 8
L1340:
# i_test_yield
    lea rdx, qword ptr [write_string/2+24]
    dec r14
    jle L491
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 22667
    jne label_323
# i_move_sd
    mov qword ptr [rbx+8], 559
# line_I
# i_call_ext_only_e
L1341:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_323:
# i_move_sd
    mov qword ptr [rbx+8], 559
# line_I
# i_call_ext_only_e
L1342:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_324:
# i_func_info_IaaI
# io_lib_pretty:expand/3
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
expand/3:
# i_breakpoint_trampoline
    short jmp L1343
.db 0x00
    call L493
    align 8
L1343:
# i_test_yield
    lea rdx, qword ptr [expand/3+24]
    dec r14
    jle L491
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_324
    cmp dword ptr [rsi-2], 256
    short jne label_324
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_326
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 566411
    jne label_326
# return
    dec r14
    jl L492
    ret
# label_L
label_326:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_334
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_334
    cmp esi, 128
    je label_331
    cmp esi, 192
    je label_328
    cmp esi, 256
    je label_327
    jne label_334
# label_L
label_327:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 565515
    jne label_334
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 566411
    jne label_334
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1344
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1344:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call tsub/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x66, 0x90
    call expand/3
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_335
    cmp dword ptr [rsi-2], 256
    jne label_335
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1346
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1345
L1346:
    call 140320710853728
L1345:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1347
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1347:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 565515
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# label_L
label_328:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+40], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 245643
    je label_329
    cmp rsi, 565259
    je label_330
    jmp label_334
# label_L
label_329:
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 566411
    jne label_334
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1348
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1348:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+24], 47
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call expand_list/4
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1349
    mov ecx, 1
    call 140320710850576
L1349:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 245643
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_330:
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 566411
    jne label_334
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1350
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1350:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# line_I
# i_call_f
.db 0x66, 0x90
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_call_f
.db 0x66, 0x90
    call expand/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_337
    cmp dword ptr [rsi-2], 256
    jne label_337
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 64
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1351
    mov rax, rsi
    add rax, rdx
    short jno L1352
L1351:
    call 140320710853080
L1352:
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x66, 0x90
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x66, 0x90
    call expand/3
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_336
    cmp dword ptr [rsi-2], 256
    jne label_336
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1354
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1353
L1354:
    call 140320710853728
L1353:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1356
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1355
L1356:
    call 140320710853728
L1355:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1357
    mov ecx, 3
    call 140320710850576
L1357:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 565259
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# label_L
label_331:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 85195
    je label_333
    cmp rsi, 105739
    je label_332
    jmp label_334
# label_L
label_332:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_334
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_334
    cmp dword ptr [rsi-2], 128
    jne label_334
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 566411
    jne label_334
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+32]
    mov edx, 32
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1358
    mov rax, rsi
    add rax, rdx
    short jno L1359
L1358:
    call 140320710853080
L1359:
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1360
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1360:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call expand_list/4
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1361
    mov ecx, 1
    call 140320710850576
L1361:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
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
    mov qword ptr [r15+8], 105739
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# label_L
label_333:
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 566411
    jne label_334
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1362
    mov ecx, 3
    call 140320710850576
L1362:
# i_move_sd
    mov qword ptr [rbx+24], 63
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call expand_list/4
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1363
    mov ecx, 1
    call 140320710850576
L1363:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 85195
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 566411
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_334:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1364
    mov ecx, 5
.db 0x90
    call 140320710850576
L1364:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_fun_last_tt
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1365]
    test ecx, 1
    short jne L1365
    cmp qword ptr [rcx-2], 212
    short jne L1365
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1365:
    cmovne rdi, rsi
    jmp rdi
# label_L
label_335:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_336:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_337:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_338:
# i_func_info_IaaI
# io_lib_pretty:expand_list/4
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA9, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
expand_list/4:
# i_breakpoint_trampoline
    short jmp L1366
.db 0x00
    call L493
    align 8
L1366:
# i_test_yield
    lea rdx, qword ptr [expand_list/4+24]
    dec r14
    jle L491
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1367
    mov ecx, 4
    call 140320710850576
L1367:
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
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_f
.db 0x90
    call expand_list/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call list_length/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1368
    mov ecx, 1
    call 140320710850576
L1368:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_340:
# i_func_info_IaaI
# io_lib_pretty:expand_list/3
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA9, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
expand_list/3:
# i_breakpoint_trampoline
    short jmp L1369
.db 0x00
    call L493
    align 8
L1369:
# i_test_yield
    lea rdx, qword ptr [expand_list/3+24]
    dec r14
    jle L491
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_343
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1370
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1370:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# is_ne_exact_fss
    cmp qword ptr [rsp], 59
    je label_342
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# i_call_f
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_342:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x90
    call expand/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_345
    cmp dword ptr [rsi-2], 256
    jne label_345
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
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
.db 0x0F, 0x1F, 0x00
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x66, 0x90
    call expand_list/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1371
    mov ecx, 1
    call 140320710850576
L1371:
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
    jl L492
    ret
# label_L
label_343:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_344
    test byte ptr [rsi-2], 63
    jne label_344
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 256
    jne label_340
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1372
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1372:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
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
# i_call_fun_last_tt
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1373]
    test ecx, 1
    short jne L1373
    cmp qword ptr [rcx-2], 212
    short jne L1373
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1373:
    cmovne rdi, rsi
    jmp rdi
# label_L
label_344:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_340
# return
    dec r14
    jl L492
    ret
# label_L
label_345:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_346:
# i_func_info_IaaI
# io_lib_pretty:tsub/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tsub/2:
# i_breakpoint_trampoline
    short jmp L1374
.db 0x00
    call L493
    align 8
L1374:
# i_test_yield
    lea rdx, qword ptr [tsub/2+24]
    dec r14
    jle L491
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1375
    cmp rdi, rsi
    short jmp L1376
L1375:
    call 140320710848608
L1376:
    jge label_348
# return
    dec r14
    jl L492
    ret
# label_L
label_348:
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1377
    cmp rdi, rsi
    short jmp L1378
L1377:
    call 140320710848608
L1378:
    jl label_349
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1380
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1379
L1380:
    call 140320710853584
L1379:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L492
    ret
# label_L
label_349:
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_350:
# i_func_info_IaaI
# io_lib_pretty:cind/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA9, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cind/7:
# i_breakpoint_trampoline
    short jmp L1381
.db 0x00
    call L493
    align 8
L1381:
# i_test_yield
    lea rdx, qword ptr [cind/7+24]
    dec r14
    jle L491
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_350
    cmp dword ptr [rsi-2], 256
    short jne label_350
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1383
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1382
L1383:
    call 140320710853648
    je label_352
L1382:
    mov qword ptr [rbx+56], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+56]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1385
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1384
L1385:
    call 140320710853648
    je label_352
L1384:
    mov qword ptr [rbx+56], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+64], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1386
    cmp rdi, rsi
    short jmp L1387
L1386:
    call 140320710848608
L1387:
    jge label_352
# i_plus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rdx, qword ptr [rbx+48]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1389
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1388
L1389:
    call 140320710853792
    je label_352
L1388:
    mov qword ptr [rbx+56], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+56]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1391
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1390
L1391:
    call 140320710853792
    je label_352
L1390:
    mov qword ptr [rbx+56], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1392
    cmp rdi, rsi
    short jmp L1393
L1392:
    call 140320710848608
L1393:
    jge label_360
# label_L
label_352:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_360
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_360
    cmp esi, 128
    je label_356
    cmp esi, 192
    je label_353
    jne label_360
# label_L
label_353:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+56], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+56], 245643
    jne label_360
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+56], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+56]
    cmp rsi, 11
    je label_355
    cmp rsi, 75
    je label_354
    jmp label_360
# label_L
label_354:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+48]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1394
    add rax, rdx
    short jno L1395
L1394:
    call 140320710853080
L1395:
    mov qword ptr [rbx+48], rax
# i_call_only_f
    jmp cind_tag_tuple/7
# label_L
label_355:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1396
    mov rax, rsi
    add rax, rdx
    short jno L1397
L1396:
    call 140320710853080
L1397:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+48]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1398
    add rax, rdx
    short jno L1399
L1398:
    call 140320710853080
L1399:
    mov qword ptr [rbx+48], rax
# i_call_only_f
    jmp cind_list/7
# label_L
label_356:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+56], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+56]
    cmp rsi, 23243
    je label_359
    cmp rsi, 85195
    je label_358
    cmp rsi, 105739
    je label_357
    jmp label_360
# label_L
label_357:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_360
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+56]
    rex test sil, 1
    jne label_360
    cmp dword ptr [rsi-2], 128
    jne label_360
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+56], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+48]
    mov rdx, qword ptr [rbx+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1401
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1400
L1401:
    call 140320710853728
L1400:
    mov qword ptr [rbx+48], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+48]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1402
    add rax, rdx
    short jno L1403
L1402:
    call 140320710853080
L1403:
    mov qword ptr [rbx+48], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rbx+48], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp cind_record/8
# label_L
label_358:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 32
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1404
    mov rax, rsi
    add rax, rdx
    short jno L1405
L1404:
    call 140320710853080
L1405:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+48]
    mov edx, 32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1406
    add rax, rdx
    short jno L1407
L1406:
    call 140320710853080
L1407:
    mov qword ptr [rbx+48], rax
# i_call_only_f
    jmp cind_map/7
# label_L
label_359:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1408
    mov rax, rsi
    add rax, rdx
    short jno L1409
L1408:
    call 140320710853080
L1409:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+48]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1410
    add rax, rdx
    short jno L1411
L1410:
    call 140320710853080
L1411:
    mov qword ptr [rbx+48], rax
# i_call_only_f
    jmp cind_list/7
# label_L
label_360:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_361:
# i_func_info_IaaI
# io_lib_pretty:cind_tag_tuple/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xAA, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cind_tag_tuple/7:
# i_breakpoint_trampoline
    short jmp L1412
.db 0x00
    call L493
    align 8
L1412:
# i_test_yield
    lea rdx, qword ptr [cind_tag_tuple/7+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_370
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+56]
    rex test sil, 1
    jne label_370
    cmp dword ptr [rsi-2], 256
    jne label_370
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+56], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+56]
    mov edx, 32
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1413
    mov rax, rsi
    add rax, rdx
    short jno L1414
L1413:
    call 140320710853080
L1414:
    mov qword ptr [rbx+64], rax
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+64]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1416
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1415
L1416:
    call 140320710853728
L1415:
    mov qword ptr [rbx+72], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1417
    cmp rdi, rsi
    short jmp L1418
L1417:
    call 140320710848608
L1418:
    jge label_366
# is_lt_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1419
    cmp rdi, rsi
    short jmp L1420
L1419:
    call 140320710848608
L1420:
    jge label_366
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+32]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1422
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1421
L1422:
    call 140320710853728
L1421:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1424
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1423
L1424:
    call 140320710853792
    je label_363
L1423:
    mov qword ptr [rbx+64], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1425
    cmp rdi, rsi
    short jmp L1426
L1425:
    call 140320710848608
L1426:
    jge label_364
# label_L
label_363:
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx+16]
# testing for a small dividend
    mov esi, eax
    and esi, 15
    cmp esi, 15
    short jne L1427
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L1428
L1427:
    mov ecx, 47
    mov rdi, qword ptr [rbx+16]
    call 140320710853304
    je label_365
L1428:
    mov qword ptr [rbx+64], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+64]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1429
    cmp rdi, rsi
    short jmp L1430
L1429:
    call 140320710848608
L1430:
    jl label_365
# label_L
label_364:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+48]
    mov rdx, qword ptr [rbx+56]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1432
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1431
L1432:
    call 140320710853728
L1431:
    mov qword ptr [rbx+56], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp cind_tail/8
# label_L
label_365:
# i_move_sd
    mov qword ptr [rbx], 567883
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1433
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1433:
# call_light_bif_be
    align 4
L1434:
L1435:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1434]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_366:
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+72]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1437
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1436
L1437:
    call 140320710853792
    je label_367
L1436:
    mov qword ptr [rbx+8], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1438
    cmp rdi, rsi
    short jmp L1439
L1438:
    call 140320710848608
L1439:
    jl label_368
# label_L
label_367:
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx+16]
# testing for a small dividend
    mov esi, eax
    and esi, 15
    cmp esi, 15
    short jne L1440
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L1441
L1440:
    mov ecx, 47
    mov rdi, qword ptr [rbx+16]
    call 140320710853304
    je label_369
L1441:
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+72]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1442
    cmp rdi, rsi
    short jmp L1443
L1442:
    call 140320710848608
L1443:
    jge label_369
# label_L
label_368:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+48]
    mov rdx, qword ptr [rbx+56]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1445
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1444
L1445:
    call 140320710853728
L1444:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1446
    add rax, rdx
    short jno L1447
L1446:
    call 140320710853080
L1447:
    mov qword ptr [rbx+48], rax
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp cind_list/7
# label_L
label_369:
# i_move_sd
    mov qword ptr [rbx], 567883
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1448
    mov ecx, 1
.db 0x90
    call 140320710850576
L1448:
# call_light_bif_be
    align 4
L1449:
L1450:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1449]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L492
    ret
# label_L
label_370:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_371:
# i_func_info_IaaI
# io_lib_pretty:cind_map/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAA, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cind_map/7:
# i_breakpoint_trampoline
    short jmp L1451
.db 0x00
    call L493
    align 8
L1451:
# i_test_yield
    lea rdx, qword ptr [cind_map/7+24]
    dec r14
    jle L491
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_373
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1452
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1452:
    sub rsp, 64
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+48], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call last_depth/2
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
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
    call cind_pair/7
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+48]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1454
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1453
L1454:
    call 140320710853728
L1453:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1456
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1455
L1456:
    call 140320710853728
L1455:
    mov qword ptr [rbx+56], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp cind_pairs_tail/8
# label_L
label_373:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_374:
# i_func_info_IaaI
# io_lib_pretty:cind_pairs_tail/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAA, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cind_pairs_tail/8:
# i_breakpoint_trampoline
    short jmp L1457
.db 0x00
    call L493
    align 8
L1457:
# i_test_yield
    lea rdx, qword ptr [cind_pairs_tail/8+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_379
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+64]
    rex test sil, 1
    jne label_379
    cmp dword ptr [rsi-2], 256
    jne label_379
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1458
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1458:
    sub rsp, 72
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call last_depth/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1459
    mov rax, rsi
    add rax, rdx
    short jno L1460
L1459:
    call 140320710853080
L1460:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_376
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1462
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1461
L1462:
    call 140320710853792
    je label_376
L1461:
    mov qword ptr [rbx+16], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+48]
    mov rdx, qword ptr [rsp+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1464
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1463
L1464:
    call 140320710853648
    je label_376
L1463:
    mov qword ptr [rbx+24], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1465
    cmp rdi, rsi
    short jmp L1466
L1465:
    call 140320710848608
L1466:
    jge label_376
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1468
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1467
L1468:
    call 140320710853792
    je label_376
L1467:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1470
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1469
L1470:
    call 140320710853792
    je label_376
L1469:
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rsp+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1471
    cmp rdi, rsi
    short jmp L1472
L1471:
    call 140320710848608
L1472:
    jl label_376
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_376
    mov eax, dword ptr [rsi-2]
    cmp eax, 128
    jb label_376
    and al, 63
    jne label_376
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_376
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_376
    and al, 63
    jne label_376
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rax
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L1473
    test al, 2
    jne label_376
L1473:
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 192
    jb label_376
    mov rax, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_376
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_376
    and al, 63
    jne label_376
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rax
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1474
    test al, 2
    jne label_376
L1474:
# jump_f
    jmp label_377
# label_L
label_376:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1475
    cmp rdi, rsi
    short jmp L1476
L1475:
    call 140320710848608
L1476:
    jge label_378
# i_minus_ssjd
    mov rsi, qword ptr [rsp+48]
    mov rdx, qword ptr [rsp+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1478
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1477
L1478:
    call 140320710853648
    je label_378
L1477:
    mov qword ptr [rbx+16], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1480
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1479
L1480:
    call 140320710853648
    je label_378
L1479:
    mov qword ptr [rbx+16], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1481
    cmp rdi, rsi
    short jmp L1482
L1481:
    call 140320710848608
L1482:
    jge label_378
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1484
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1483
L1484:
    call 140320710853792
    je label_378
L1483:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1486
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1485
L1486:
    call 140320710853792
    je label_378
L1485:
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rsp+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1487
    cmp rdi, rsi
    short jmp L1488
L1487:
    call 140320710848608
L1488:
    jl label_378
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_378
    mov eax, dword ptr [rsi-2]
    cmp eax, 128
    jb label_378
    and al, 63
    jne label_378
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_378
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_378
    and al, 63
    jne label_378
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rax
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L1489
    test al, 2
    jne label_378
L1489:
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 192
    jb label_378
    mov rax, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_378
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_378
    and al, 63
    jne label_378
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rax
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1490
    test al, 2
    jne label_378
L1490:
# label_L
label_377:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+56]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1492
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1491
L1492:
    call 140320710853728
L1491:
    mov qword ptr [rbx], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1494
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1493
L1494:
    call 140320710853728
L1493:
    mov qword ptr [rbx+56], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 72
    jmp cind_pairs_tail/8
# label_L
label_378:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+48], 15
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+56], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x90
    call cind_pair/7
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+40]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1496
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1495
L1496:
    call 140320710853728
L1495:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp cind_pairs_tail/8
# label_L
label_379:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_380:
# i_func_info_IaaI
# io_lib_pretty:cind_pair/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xAB, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cind_pair/7:
# i_breakpoint_trampoline
    short jmp L1497
.db 0x00
    call L493
    align 8
L1497:
# i_test_yield
    lea rdx, qword ptr [cind_pair/7+24]
    dec r14
    jle L491
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_380
    cmp dword ptr [rsi-2], 256
    short jne label_380
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+56], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+56]
    rex test sil, 1
    short jne label_380
    cmp dword ptr [rsi-2], 192
    short jne label_380
    cmp qword ptr [rsi+6], 565259
    short jne label_380
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+64], rdi
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1499
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1498
L1499:
    call 140320710853648
    je label_383
L1498:
    mov qword ptr [rbx+72], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+72]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1501
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1500
L1501:
    call 140320710853648
    je label_383
L1500:
    mov qword ptr [rbx+72], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1502
    cmp rdi, rsi
    short jmp L1503
L1502:
    call 140320710848608
L1503:
    jge label_383
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+48]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1505
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1504
L1505:
    call 140320710853792
    je label_383
L1504:
    mov qword ptr [rbx+72], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+72]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1507
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1506
L1507:
    call 140320710853792
    je label_383
L1506:
    mov qword ptr [rbx+72], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1508
    cmp rdi, rsi
    short jmp L1509
L1508:
    call 140320710848608
L1509:
    jl label_383
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_382
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_382
    and al, 63
    jne label_382
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1510
    test al, 2
    jne label_382
L1510:
# bif_element_jssd
    mov rsi, qword ptr [rbx+64]
    rex test sil, 1
    jne label_382
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_382
    and al, 63
    jne label_382
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1511
    test al, 2
    jne label_382
L1511:
# return
    dec r14
    jl L492
    ret
# label_L
label_382:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_383:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1512
    mov ecx, 9
    call 140320710850576
L1512:
    sub rsp, 48
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+40], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call cind/7
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call map_value_indent/1
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+40]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1514
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1513
L1514:
    call 140320710853728
L1513:
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+48], 15
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 40
# i_call_f
.db 0x90
    call cind/7
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_384:
# i_func_info_IaaI
# io_lib_pretty:map_value_indent/1
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAB, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
map_value_indent/1:
# i_breakpoint_trampoline
    short jmp L1515
.db 0x00
    call L493
    align 8
L1515:
# i_test_yield
    lea rdx, qword ptr [map_value_indent/1+24]
    dec r14
    jle L491
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1516
    cmp rdi, rsi
    short jmp L1517
L1516:
    call 140320710848608
L1517:
    jge label_386
# return
    dec r14
    jl L492
    ret
# label_L
label_386:
# i_move_sd
    mov qword ptr [rbx], 79
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_387:
# i_func_info_IaaI
# io_lib_pretty:cind_record/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAB, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cind_record/8:
# i_breakpoint_trampoline
    short jmp L1518
.db 0x00
    call L493
    align 8
L1518:
# i_test_yield
    lea rdx, qword ptr [cind_record/8+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_389
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1519
    add rax, rdx
    short jno L1520
L1519:
    call 140320710853080
L1520:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1521
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1521:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+48], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+40], rdi
# line_I
# i_call_f
.db 0x90
    call cind_rec/6
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call last_depth/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cind_field/7
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1523
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1522
L1523:
    call 140320710853728
L1522:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1525
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1524
L1525:
    call 140320710853728
L1524:
    mov qword ptr [rbx+56], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp cind_fields_tail/8
# label_L
label_389:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_390:
# i_func_info_IaaI
# io_lib_pretty:cind_fields_tail/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAB, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cind_fields_tail/8:
# i_breakpoint_trampoline
    short jmp L1526
.db 0x00
    call L493
    align 8
L1526:
# i_test_yield
    lea rdx, qword ptr [cind_fields_tail/8+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_395
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+64]
    rex test sil, 1
    jne label_395
    cmp dword ptr [rsi-2], 256
    jne label_395
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1527
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1527:
    sub rsp, 72
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call last_depth/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1528
    mov rax, rsi
    add rax, rdx
    short jno L1529
L1528:
    call 140320710853080
L1529:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_392
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1531
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1530
L1531:
    call 140320710853792
    je label_392
L1530:
    mov qword ptr [rbx+16], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+48]
    mov rdx, qword ptr [rsp+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1533
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1532
L1533:
    call 140320710853648
    je label_392
L1532:
    mov qword ptr [rbx+24], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1534
    cmp rdi, rsi
    short jmp L1535
L1534:
    call 140320710848608
L1535:
    jge label_392
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1537
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1536
L1537:
    call 140320710853792
    je label_392
L1536:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1539
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1538
L1539:
    call 140320710853792
    je label_392
L1538:
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rsp+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1540
    cmp rdi, rsi
    short jmp L1541
L1540:
    call 140320710848608
L1541:
    jl label_392
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_392
    mov eax, dword ptr [rsi-2]
    cmp eax, 256
    jb label_392
    and al, 63
    jne label_392
    mov rax, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_392
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_392
    and al, 63
    jne label_392
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rax
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1542
    test al, 2
    jne label_392
L1542:
# jump_f
    jmp label_393
# label_L
label_392:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1543
    cmp rdi, rsi
    short jmp L1544
L1543:
    call 140320710848608
L1544:
    jge label_394
# i_minus_ssjd
    mov rsi, qword ptr [rsp+48]
    mov rdx, qword ptr [rsp+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1546
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1545
L1546:
    call 140320710853648
    je label_394
L1545:
    mov qword ptr [rbx+16], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1548
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1547
L1548:
    call 140320710853648
    je label_394
L1547:
    mov qword ptr [rbx+16], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1549
    cmp rdi, rsi
    short jmp L1550
L1549:
    call 140320710848608
L1550:
    jge label_394
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1552
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1551
L1552:
    call 140320710853792
    je label_394
L1551:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1554
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1553
L1554:
    call 140320710853792
    je label_394
L1553:
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rsp+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1555
    cmp rdi, rsi
    short jmp L1556
L1555:
    call 140320710848608
L1556:
    jl label_394
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_394
    mov eax, dword ptr [rsi-2]
    cmp eax, 256
    jb label_394
    and al, 63
    jne label_394
    mov rax, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_394
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_394
    and al, 63
    jne label_394
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rax
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1557
    test al, 2
    jne label_394
L1557:
# label_L
label_393:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+56]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1559
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1558
L1559:
    call 140320710853728
L1558:
    mov qword ptr [rbx], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1561
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1560
L1561:
    call 140320710853728
L1560:
    mov qword ptr [rbx+56], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 72
    jmp cind_fields_tail/8
# label_L
label_394:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+48], 15
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cind_field/7
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+40]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1563
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1562
L1563:
    call 140320710853728
L1562:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp cind_fields_tail/8
# label_L
label_395:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_396:
# i_func_info_IaaI
# io_lib_pretty:cind_field/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xAC, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cind_field/7:
# i_breakpoint_trampoline
    short jmp L1564
.db 0x00
    call L493
    align 8
L1564:
# i_test_yield
    lea rdx, qword ptr [cind_field/7+24]
    dec r14
    jle L491
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_396
    cmp dword ptr [rsi-2], 256
    short jne label_396
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+56], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+56]
    rex test sil, 1
    short jne label_396
    cmp dword ptr [rsi-2], 256
    short jne label_396
    cmp qword ptr [rsi+6], 565515
    short jne label_396
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+64], rdi
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1566
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1565
L1566:
    call 140320710853648
    je label_399
L1565:
    mov qword ptr [rbx+72], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+72]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1568
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1567
L1568:
    call 140320710853648
    je label_399
L1567:
    mov qword ptr [rbx+72], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1569
    cmp rdi, rsi
    short jmp L1570
L1569:
    call 140320710848608
L1570:
    jge label_399
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+48]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1572
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1571
L1572:
    call 140320710853792
    je label_399
L1571:
    mov qword ptr [rbx+72], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+72]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1574
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1573
L1574:
    call 140320710853792
    je label_399
L1573:
    mov qword ptr [rbx+72], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1575
    cmp rdi, rsi
    short jmp L1576
L1575:
    call 140320710848608
L1576:
    jl label_399
# bif_element_jssd
    mov rsi, qword ptr [rbx+64]
    rex test sil, 1
    jne label_398
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_398
    and al, 63
    jne label_398
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1577
    test al, 2
    jne label_398
L1577:
# return
    dec r14
    jl L492
    ret
# label_L
label_398:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_399:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+48]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1579
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1578
L1579:
    call 140320710853728
L1578:
    mov qword ptr [rbx+48], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1580
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1580:
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
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+40], rdi
# i_call_f
.db 0x90
    call cind_rec/6
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cind/7
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_400:
# i_func_info_IaaI
# io_lib_pretty:cind_rec/6
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAC, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cind_rec/6:
# i_breakpoint_trampoline
    short jmp L1581
.db 0x00
    call L493
    align 8
L1581:
# i_test_yield
    lea rdx, qword ptr [cind_rec/6+24]
    dec r14
    jle L491
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsi], rdi
    mov qword ptr [rsi+8], 15
    mov rcx, 94919178915648
    call 140320710851400
    mov qword ptr [rbx+48], rax
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919178915648
    call 140320710851400
    mov qword ptr [rbx+56], rax
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx+48]
    mov rcx, 94919178915344
    call 140320710851304
    mov qword ptr [rbx+48], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 75
    jne label_402
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# label_L
label_402:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1583
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1582
L1583:
    call 140320710853728
L1582:
    mov qword ptr [rbx], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1585
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1584
L1585:
    call 140320710853792
    je label_403
L1584:
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1586
    cmp rdi, rsi
    short jmp L1587
L1586:
    call 140320710848608
L1587:
    jge label_404
# label_L
label_403:
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx+16]
# testing for a small dividend
    mov esi, eax
    and esi, 15
    cmp esi, 15
    short jne L1588
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L1589
L1588:
    mov ecx, 47
    mov rdi, qword ptr [rbx+16]
    call 140320710853304
    je label_406
L1589:
    mov qword ptr [rbx+8], rax
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1590
    cmp rdi, rsi
    short jmp L1591
L1590:
    call 140320710848608
L1591:
    jl label_406
# label_L
label_404:
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 75
    jne label_405
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1592
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1592:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 15
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_405:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1593
    mov ecx, 6
    call 140320710850576
L1593:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_406:
# i_move_sd
    mov qword ptr [rbx], 567883
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1594
    mov ecx, 1
.db 0x90
    call 140320710850576
L1594:
# call_light_bif_be
    align 4
L1595:
L1596:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1595]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_407:
# i_func_info_IaaI
# io_lib_pretty:cind_list/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAC, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cind_list/7:
# i_breakpoint_trampoline
    short jmp L1597
.db 0x00
    call L493
    align 8
L1597:
# i_test_yield
    lea rdx, qword ptr [cind_list/7+24]
    dec r14
    jle L491
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_409
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1598
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1598:
    sub rsp, 64
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+48], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call last_depth/2
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
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
    call cind_element/7
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+48]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1600
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1599
L1600:
    call 140320710853728
L1599:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1602
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1601
L1602:
    call 140320710853728
L1601:
    mov qword ptr [rbx+56], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp cind_tail/8
# label_L
label_409:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_407
    cmp dword ptr [rsi-2], 256
    jne label_407
    cmp qword ptr [rsi+6], 450955
    jne label_407
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_410:
# i_func_info_IaaI
# io_lib_pretty:cind_tail/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAC, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cind_tail/8:
# i_breakpoint_trampoline
    short jmp L1603
.db 0x00
    call L493
    align 8
L1603:
# i_test_yield
    lea rdx, qword ptr [cind_tail/8+24]
    dec r14
    jle L491
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_415
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+64], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+64]
    rex test sil, 1
    jne label_418
    cmp dword ptr [rsi-2], 256
    jne label_418
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1604
    mov ecx, 10
.db 0x66, 0x90
    call 140320710850576
L1604:
    sub rsp, 72
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+64]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call last_depth/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1605
    mov rax, rsi
    add rax, rdx
    short jno L1606
L1605:
    call 140320710853080
L1606:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_412
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1608
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1607
L1608:
    call 140320710853792
    je label_412
L1607:
    mov qword ptr [rbx+16], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+48]
    mov rdx, qword ptr [rsp+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1610
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1609
L1610:
    call 140320710853648
    je label_412
L1609:
    mov qword ptr [rbx+24], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1611
    cmp rdi, rsi
    short jmp L1612
L1611:
    call 140320710848608
L1612:
    jge label_412
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1614
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1613
L1614:
    call 140320710853792
    je label_412
L1613:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1616
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1615
L1616:
    call 140320710853792
    je label_412
L1615:
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rsp+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1617
    cmp rdi, rsi
    short jmp L1618
L1617:
    call 140320710848608
L1618:
    jl label_412
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1619
    test al, 2
    jne label_412
L1619:
# jump_f
    jmp label_413
# label_L
label_412:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1620
    cmp rdi, rsi
    short jmp L1621
L1620:
    call 140320710848608
L1621:
    jge label_414
# i_minus_ssjd
    mov rsi, qword ptr [rsp+48]
    mov rdx, qword ptr [rsp+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1623
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1622
L1623:
    call 140320710853648
    je label_414
L1622:
    mov qword ptr [rbx+16], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1625
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1624
L1625:
    call 140320710853648
    je label_414
L1624:
    mov qword ptr [rbx+16], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1626
    cmp rdi, rsi
    short jmp L1627
L1626:
    call 140320710848608
L1627:
    jge label_414
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1629
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1628
L1629:
    call 140320710853792
    je label_414
L1628:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1631
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1630
L1631:
    call 140320710853792
    je label_414
L1630:
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rsp+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1632
    cmp rdi, rsi
    short jmp L1633
L1632:
    call 140320710848608
L1633:
    jl label_414
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1634
    test al, 2
    jne label_414
L1634:
# label_L
label_413:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+56]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1636
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1635
L1636:
    call 140320710853728
L1635:
    mov qword ptr [rbx], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1638
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1637
L1638:
    call 140320710853728
L1637:
    mov qword ptr [rbx+56], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 72
    jmp cind_tail/8
# label_L
label_414:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+48], 15
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+56], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cind_element/7
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+40]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1640
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1639
L1640:
    call 140320710853728
L1639:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp cind_tail/8
# label_L
label_415:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_416
    test byte ptr [rsi-2], 63
    jne label_416
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 256
    jne label_418
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 450955
    je label_417
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+64], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov edx, 31
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1642
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1641
L1642:
    call 140320710853792
    je label_418
L1641:
    mov qword ptr [rbx+64], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1644
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1643
L1644:
    call 140320710853648
    je label_418
L1643:
    mov qword ptr [rbx+72], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+48]
    mov edx, 31
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1646
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1645
L1646:
    call 140320710853792
    je label_418
L1645:
    mov qword ptr [rbx+80], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+72]
    mov rdx, qword ptr [rbx+80]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1648
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1647
L1648:
    call 140320710853648
    je label_418
L1647:
    mov qword ptr [rbx+72], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx+64]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1649
    cmp rdi, rsi
    short jmp L1650
L1649:
    call 140320710848608
L1650:
    jge label_418
# i_plus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rdx, qword ptr [rbx+56]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1652
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1651
L1652:
    call 140320710853792
    je label_418
L1651:
    mov qword ptr [rbx+56], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+56]
    mov rdx, qword ptr [rbx+80]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1654
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1653
L1654:
    call 140320710853792
    je label_418
L1653:
    mov qword ptr [rbx+56], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1655
    cmp rdi, rsi
    short jmp L1656
L1655:
    call 140320710848608
L1656:
    jl label_418
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1657
    test al, 2
    jne label_418
L1657:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_416:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_418
# label_L
label_417:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_418:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+48]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1658
    add rax, rdx
    short jno L1659
L1658:
    call 140320710853080
L1659:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov qword ptr [rbx+48], 15
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+40]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp cind/7
# func_line_I
# aligned_label_Lt
    align 8
label_419:
# i_func_info_IaaI
# io_lib_pretty:cind_element/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xAD, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cind_element/7:
# i_breakpoint_trampoline
    short jmp L1660
.db 0x00
    call L493
    align 8
L1660:
# i_test_yield
    lea rdx, qword ptr [cind_element/7+24]
    dec r14
    jle L491
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_421
    cmp dword ptr [rsi-2], 256
    jne label_421
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1662
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1661
L1662:
    call 140320710853648
    je label_421
L1661:
    mov qword ptr [rbx+56], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+56]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1664
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1663
L1664:
    call 140320710853648
    je label_421
L1663:
    mov qword ptr [rbx+56], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+64], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1665
    cmp rdi, rsi
    short jmp L1666
L1665:
    call 140320710848608
L1666:
    jge label_421
# i_plus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rdx, qword ptr [rbx+48]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1668
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1667
L1668:
    call 140320710853792
    je label_421
L1667:
    mov qword ptr [rbx+56], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+56]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1670
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1669
L1670:
    call 140320710853792
    je label_421
L1669:
    mov qword ptr [rbx+56], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1671
    cmp rdi, rsi
    short jmp L1672
L1671:
    call 140320710848608
L1672:
    jl label_421
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+56], rdi
# is_list_fs
    mov rax, qword ptr [rbx+56]
    cmp rax, 59
    short je L1673
    test al, 2
    jne label_421
L1673:
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_421:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1674
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1674:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cind/7
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_422:
# i_func_info_IaaI
# io_lib_pretty:last_depth/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAD, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
last_depth/2:
# i_breakpoint_trampoline
    short jmp L1675
.db 0x00
    call L493
    align 8
L1675:
# i_test_yield
    lea rdx, qword ptr [last_depth/2+24]
    dec r14
    jle L491
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_424
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L492
    ret
# label_L
label_424:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1676
    add rax, rdx
    short jno L1677
L1676:
    call 140320710853080
L1677:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_425:
# i_func_info_IaaI
# io_lib_pretty:while_fail/3
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAD, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
while_fail/3:
# i_breakpoint_trampoline
    short jmp L1678
.db 0x00
    call L493
    align 8
L1678:
# i_test_yield
    lea rdx, qword ptr [while_fail/3+24]
    dec r14
    jle L491
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_429
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1679
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1679:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# catch_yf
    inc qword ptr [r13+264]
L1680:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# line_I
# i_call_fun2_FtS
    mov rcx, qword ptr [rbx+8]
.db 0x0F, 0x1F, 0x00
    call L476
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L492
    ret
# label_L
label_427:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_428
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp while_fail/3
# label_L
label_428:
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
label_429:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_430:
# i_func_info_IaaI
# io_lib_pretty:indent/1
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAD, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
indent/1:
# i_breakpoint_trampoline
    short jmp L1681
.db 0x00
    call L493
    align 8
L1681:
# i_test_yield
    lea rdx, qword ptr [indent/1+24]
    dec r14
    jle L491
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1682
    test al, 1
    short jne label_430
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_430
L1682:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1683
    cmp rdi, rsi
    short jmp L1684
L1683:
    call 140320710848608
L1684:
    short jge label_430
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1685
    add rax, rdx
    short jno L1686
L1685:
    call 140320710853080
L1686:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov qword ptr [rbx], 527
# i_call_only_f
    jmp chars/2
# func_line_I
# aligned_label_Lt
    align 8
label_432:
# i_func_info_IaaI
# io_lib_pretty:indent/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAD, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
indent/2:
# i_breakpoint_trampoline
    short jmp L1687
.db 0x00
    call L493
    align 8
L1687:
# i_test_yield
    lea rdx, qword ptr [indent/2+24]
    dec r14
    jle L491
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 31
    je label_435
    cmp rsi, 79
    je label_434
    jmp label_436
# label_L
label_434:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1688
    mov ecx, 2
    call 140320710850576
L1688:
# put_cons_ss
L1689:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L1690:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L492
    ret
# label_L
label_435:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1691
    mov ecx, 2
    call 140320710850576
L1691:
# put_cons_ss
    mov qword ptr [r15], 527
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L492
    ret
# label_L
label_436:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1692
    test al, 1
    jne label_432
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_432
L1692:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1693
    cmp rdi, rsi
    short jmp L1694
L1693:
    call 140320710848608
L1694:
    jge label_432
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1695
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1695:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 527
# line_I
# i_call_f
.db 0x90
    call chars/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1696
    mov ecx, 1
    call 140320710850576
L1696:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_437:
# i_func_info_IaaI
# io_lib_pretty:chars/2
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chars/2:
# i_breakpoint_trampoline
    short jmp L1697
.db 0x00
    call L493
    align 8
L1697:
# i_test_yield
    lea rdx, qword ptr [chars/2+24]
    dec r14
    jle L491
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 15
    je label_441
    cmp rsi, 47
    je label_440
    cmp rsi, 63
    je label_439
    jmp label_442
# label_L
label_439:
# i_move_sd
L1698:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_440:
# i_move_sd
L1699:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L492
    ret
# label_L
label_441:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L492
    ret
# label_L
label_442:
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 31
# simplified test for small operand since it is a number
    test esi, 1
    short je L1700
    and rax, rsi
    short jmp L1701
L1700:
    call 140320710851200
L1701:
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_443
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1702
    mov rax, rsi
    sar rax, 1
    or rax, 15
    short jmp L1703
L1702:
    mov eax, 31
    call 140320710851768
L1703:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1704
    mov ecx, 2
    call 140320710850576
L1704:
# i_call_f
.db 0x0F, 0x1F, 0x00
    call chars/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1705
    mov ecx, 1
    call 140320710850576
L1705:
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
    jl L492
    ret
# label_L
label_443:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1706
    mov rax, rsi
    sar rax, 1
    or rax, 15
    short jmp L1707
L1706:
    mov eax, 31
    call 140320710851768
L1707:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1708
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1708:
# i_call_f
.db 0x0F, 0x1F, 0x00
    call chars/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1709
    mov ecx, 1
    call 140320710850576
L1709:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 527
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_444:
# i_func_info_IaaI
# io_lib_pretty:get_option/3
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x95, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_option/3:
# i_breakpoint_trampoline
    short jmp L1710
.db 0x00
    call L493
    align 8
L1710:
# i_test_yield
    lea rdx, qword ptr [get_option/3+24]
    dec r14
    jle L491
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1711
    mov ecx, 3
    call 140320710850576
L1711:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# line_I
# call_light_bif_be
    align 4
L1712:
L1713:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1712]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_446
    cmp dword ptr [rsi-2], 128
    jne label_446
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp+8]
    cmp qword ptr [rbx+8], rdi
    jne label_446
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# label_L
label_446:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_447:
# i_func_info_IaaI
# io_lib_pretty:module_info/0
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L1714
.db 0x00
    call L493
    align 8
L1714:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L491
# i_move_sd
    mov qword ptr [rbx], 201355
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1715
    mov ecx, 1
.db 0x90
    call 140320710850576
L1715:
# call_light_bif_be
    align 4
L1716:
L1717:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L1716]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_449:
# i_func_info_IaaI
# io_lib_pretty:module_info/1
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L1718
.db 0x00
    call L493
    align 8
L1718:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L491
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 201355
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1719
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1719:
# call_light_bif_be
    align 4
L1720:
L1721:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L1720]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L492
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_451:
# i_func_info_IaaI
# io_lib_pretty:'-print_length_list1/6-fun-0-'/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xAE, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print_length_list1/6-fun-0-'/7:
# i_breakpoint_trampoline
    short jmp L1722
.db 0x00
    call L493
    align 8
L1722:
# i_test_yield
    lea rdx, qword ptr ['-print_length_list1/6-fun-0-'/7+24]
    dec r14
    jle L491
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1724
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1723
L1724:
    call 140320710853728
L1723:
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+40], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp print_length_list1/6
# i_lambda_trampoline_FfWW
L488:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+32], xmm0
    mov rax, qword ptr [rcx+70]
    mov qword ptr [rbx+48], rax
    short jmp '-print_length_list1/6-fun-0-'/7
# func_line_I
# aligned_label_Lt
    align 8
label_453:
# i_func_info_IaaI
# io_lib_pretty:'-print_length_fields/8-fun-0-'/9
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAE, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print_length_fields/8-fun-0-'/9:
# i_breakpoint_trampoline
    short jmp L1725
.db 0x00
    call L493
    align 8
L1725:
# line_I
# i_test_yield
    lea rdx, qword ptr ['-print_length_fields/8-fun-0-'/9+24]
    dec r14
    jle L491
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1727
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1726
L1727:
    call 140320710853728
L1726:
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+48]
    movups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+56], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp print_length_fields/8
# i_lambda_trampoline_FfWW
L487:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+32], xmm0
    movups xmm0, xmmword ptr [rcx+70]
    movups xmmword ptr [rbx+48], xmm0
    mov rax, qword ptr [rcx+86]
    mov qword ptr [rbx+64], rax
    jmp '-print_length_fields/8-fun-0-'/9
# func_line_I
# aligned_label_Lt
    align 8
label_455:
# i_func_info_IaaI
# io_lib_pretty:'-print_length_record/7-fun-0-'/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAE, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print_length_record/7-fun-0-'/7:
# i_breakpoint_trampoline
    short jmp L1728
.db 0x00
    call L493
    align 8
L1728:
# line_I
# i_test_yield
    lea rdx, qword ptr ['-print_length_record/7-fun-0-'/7+24]
    dec r14
    jle L491
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1729
    mov rax, rsi
    add rax, rdx
    short jno L1730
L1729:
    call 140320710853080
L1730:
    mov qword ptr [rbx+8], rax
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp print_length_record/7
# i_lambda_trampoline_FfWW
L486:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+32], xmm0
    mov rax, qword ptr [rcx+70]
    mov qword ptr [rbx+48], rax
    short jmp '-print_length_record/7-fun-0-'/7
# func_line_I
# aligned_label_Lt
    align 8
label_457:
# i_func_info_IaaI
# io_lib_pretty:'-print_length_tuple1/7-fun-0-'/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAE, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print_length_tuple1/7-fun-0-'/8:
# i_breakpoint_trampoline
    short jmp L1731
.db 0x00
    call L493
    align 8
L1731:
# i_test_yield
    lea rdx, qword ptr ['-print_length_tuple1/7-fun-0-'/8+24]
    dec r14
    jle L491
# i_plus_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1733
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1732
L1733:
    call 140320710853728
L1732:
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+48], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+8]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+24], rsi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp print_length_tuple1/7
# i_lambda_trampoline_FfWW
L485:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+32], xmm0
    movups xmm0, xmmword ptr [rcx+70]
    movups xmmword ptr [rbx+48], xmm0
    jmp '-print_length_tuple1/7-fun-0-'/8
# func_line_I
# aligned_label_Lt
    align 8
label_459:
# i_func_info_IaaI
# io_lib_pretty:'-print_length_tuple/6-fun-0-'/6
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xAF, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print_length_tuple/6-fun-0-'/6:
# i_breakpoint_trampoline
    short jmp L1734
.db 0x00
    call L493
    align 8
L1734:
# i_test_yield
    lea rdx, qword ptr ['-print_length_tuple/6-fun-0-'/6+24]
    dec r14
    jle L491
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1735
    mov rax, rsi
    add rax, rdx
    short jno L1736
L1735:
    call 140320710853080
L1736:
    mov qword ptr [rbx+8], rax
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp print_length_tuple/6
# i_lambda_trampoline_FfWW
L484:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+32], xmm0
    short jmp '-print_length_tuple/6-fun-0-'/6
# func_line_I
# aligned_label_Lt
    align 8
label_461:
# i_func_info_IaaI
# io_lib_pretty:'-print_length_map_pairs/7-fun-0-'/8
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAF, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print_length_map_pairs/7-fun-0-'/8:
# i_breakpoint_trampoline
    short jmp L1737
.db 0x00
    call L493
    align 8
L1737:
# line_I
# i_test_yield
    lea rdx, qword ptr ['-print_length_map_pairs/7-fun-0-'/8+24]
    dec r14
    jle L491
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1739
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1738
L1739:
    call 140320710853728
L1738:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+48], rdi
# i_call_only_f
    jmp print_length_map_pairs/7
# i_lambda_trampoline_FfWW
L483:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+32], xmm0
    movups xmm0, xmmword ptr [rcx+70]
    movups xmmword ptr [rbx+48], xmm0
    jmp '-print_length_map_pairs/7-fun-0-'/8
# func_line_I
# aligned_label_Lt
    align 8
label_463:
# i_func_info_IaaI
# io_lib_pretty:'-print_length_map/6-fun-0-'/6
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAF, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print_length_map/6-fun-0-'/6:
# i_breakpoint_trampoline
    short jmp L1740
.db 0x00
    call L493
    align 8
L1740:
# i_test_yield
    lea rdx, qword ptr ['-print_length_map/6-fun-0-'/6+24]
    dec r14
    jle L491
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1741
    mov rax, rsi
    add rax, rdx
    short jno L1742
L1741:
    call 140320710853080
L1742:
    mov qword ptr [rbx+8], rax
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp print_length_map/6
# i_lambda_trampoline_FfWW
L482:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+32], xmm0
    short jmp '-print_length_map/6-fun-0-'/6
# func_line_I
# aligned_label_Lt
    align 8
label_465:
# i_func_info_IaaI
# io_lib_pretty:'-print_length/6-fun-2-'/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAF, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print_length/6-fun-2-'/7:
# i_breakpoint_trampoline
    short jmp L1743
.db 0x00
    call L493
    align 8
L1743:
# line_I
# i_test_yield
    lea rdx, qword ptr ['-print_length/6-fun-2-'/7+24]
    dec r14
    jle L491
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1745
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1744
L1745:
    call 140320710853728
L1744:
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 75
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp print_length/6
# i_lambda_trampoline_FfWW
L479:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+32], xmm0
    mov rax, qword ptr [rcx+70]
    mov qword ptr [rbx+48], rax
    short jmp '-print_length/6-fun-2-'/7
# func_line_I
# aligned_label_Lt
    align 8
label_467:
# i_func_info_IaaI
# io_lib_pretty:'-print_length/6-fun-3-'/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB0, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print_length/6-fun-3-'/7:
# i_breakpoint_trampoline
    short jmp L1746
.db 0x00
    call L493
    align 8
L1746:
# line_I
# i_test_yield
    lea rdx, qword ptr ['-print_length/6-fun-3-'/7+24]
    dec r14
    jle L491
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1748
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1747
L1748:
    call 140320710853728
L1747:
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 75
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp print_length/6
# i_lambda_trampoline_FfWW
L480:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+32], xmm0
    mov rax, qword ptr [rcx+70]
    mov qword ptr [rbx+48], rax
    short jmp '-print_length/6-fun-3-'/7
# func_line_I
# aligned_label_Lt
    align 8
label_469:
# i_func_info_IaaI
# io_lib_pretty:'-print_length/6-fun-4-'/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB0, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print_length/6-fun-4-'/7:
# i_breakpoint_trampoline
    short jmp L1749
.db 0x00
    call L493
    align 8
L1749:
# line_I
# i_test_yield
    lea rdx, qword ptr ['-print_length/6-fun-4-'/7+24]
    dec r14
    jle L491
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1751
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1750
L1751:
    call 140320710853728
L1750:
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+40], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp print_length/6
# i_lambda_trampoline_FfWW
L481:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+32], xmm0
    mov rax, qword ptr [rcx+70]
    mov qword ptr [rbx+48], rax
    short jmp '-print_length/6-fun-4-'/7
# func_line_I
# aligned_label_Lt
    align 8
label_471:
# i_func_info_IaaI
# io_lib_pretty:'-print_length/6-fun-1-'/6
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB0, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print_length/6-fun-1-'/6:
# i_breakpoint_trampoline
    short jmp L1752
.db 0x00
    call L493
    align 8
L1752:
# i_test_yield
    lea rdx, qword ptr ['-print_length/6-fun-1-'/6+24]
    dec r14
    jle L491
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1753
    mov rax, rsi
    add rax, rdx
    short jno L1754
L1753:
    call 140320710853080
L1754:
    mov qword ptr [rbx+8], rax
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp print_length/6
# i_lambda_trampoline_FfWW
L478:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+32], xmm0
    short jmp '-print_length/6-fun-1-'/6
# func_line_I
# aligned_label_Lt
    align 8
label_473:
# i_func_info_IaaI
# io_lib_pretty:'-print_length/6-fun-0-'/7
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB0, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print_length/6-fun-0-'/7:
# i_breakpoint_trampoline
    short jmp L1755
.db 0x00
    call L493
    align 8
L1755:
# line_I
# i_test_yield
    lea rdx, qword ptr ['-print_length/6-fun-0-'/7+24]
    dec r14
    jle L491
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1757
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1756
L1757:
    call 140320710853728
L1756:
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+40], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp print_length/6
# i_lambda_trampoline_FfWW
L477:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+32], xmm0
    mov rax, qword ptr [rcx+70]
    mov qword ptr [rbx+48], rax
    short jmp '-print_length/6-fun-0-'/7
# func_line_I
# aligned_label_Lt
    align 8
label_475:
# i_func_info_IaaI
# io_lib_pretty:'-print/9-fun-0-'/5
    call L490
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x12, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB1, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-print/9-fun-0-'/5:
# i_breakpoint_trampoline
    short jmp L1758
.db 0x00
    call L493
    align 8
L1758:
# i_test_yield
    lea rdx, qword ptr ['-print/9-fun-0-'/5+24]
    dec r14
    jle L491
# i_move_sd
    mov qword ptr [rbx+48], 15
# i_move_sd
    mov qword ptr [rbx+40], 15
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp cind/7
# i_lambda_trampoline_FfWW
L476:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+8], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+24], xmm0
    short jmp '-print/9-fun-0-'/5
# int_code_end
L1759:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0xA3, 0x30, 0x91, 0x9A, 0xB8, 0x67, 0x02, 0xAF, 0x98, 0xF9, 0xDE, 0xAC, 0x1D, 0x6D, 0x04, 0x99, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4C, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x69, 0x6F, 0x5F, 0x6C, 0x69, 0x62, 0x5F, 0x70, 0x72, 0x65, 0x74, 0x74, 0x79, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x99, 0x04, 0x6D, 0x1D, 0xAC, 0xDE, 0xF9, 0x98, 0xAF, 0x02, 0x67, 0xB8, 0x9A, 0x91, 0x30, 0xA3
.section .text {#0}
