    align 8
L609:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L610:
    jmp 140320710851944
    align 8
L611:
    jmp 140320710853048
    align 8
L612:
    jmp 140320710850344
    align 16
L613:
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
# ets:all/0
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
all/0:
# i_breakpoint_trampoline
    short jmp L614
.db 0x00
    call L613
    align 8
L614:
# i_test_yield
    lea rdx, qword ptr [all/0+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L615
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L615:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# call_light_bif_be
    align 4
L616:
L617:
    long mov rcx, 9223372036854775807
    mov rax, 94919179500960
    lea rdx, qword ptr [L616]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 155787
# line_I
# call_light_bif_be
    align 4
L618:
L619:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L618]
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
    jmp receive_all/3
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# ets:receive_all/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x06, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
receive_all/3:
# i_breakpoint_trampoline
    short jmp L620
.db 0x00
    call L613
    align 8
L620:
# i_test_yield
    lea rdx, qword ptr [receive_all/3+24]
    dec r14
    jle L611
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_5
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L612
    ret
# label_L
label_5:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L621
    mov ecx, 3
    call 140320710850576
L621:
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
label_6:
# i_loop_rec_f
    align 4
L622:
    lea rdi, qword ptr [L622]
    lea rsi, qword ptr [label_8]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_7
    cmp dword ptr [rsi-2], 128
    jne label_7
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L623
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_7
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_7
L623:
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
    short jne L624
    mov rax, rsi
    add rax, rdx
    short jno L625
L624:
    call 140320710853080
L625:
    mov qword ptr [rsp+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L626:
L627:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L626]
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
    jmp receive_all/3
# label_L
label_7:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_6
# aligned_label_Lt
    align 4
label_8:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_6]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# ets:internal_request_all/0
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xDF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
internal_request_all/0:
# i_breakpoint_trampoline
    short jmp L628
.db 0x00
    call L613
    align 8
L628:
# call_bif_mfa_aaI
L629:
    lea rsi, qword ptr [internal_request_all/0-24]
    lea rdx, qword ptr [L629]
    mov rcx, 94919179500960
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
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
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# ets:delete/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete/1:
# i_breakpoint_trampoline
    short jmp L633
.db 0x00
    call L613
    align 8
L633:
# call_bif_mfa_aaI
L634:
    lea rsi, qword ptr [delete/1-24]
    lea rdx, qword ptr [L634]
    mov rcx, 94919179495616
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
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
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# ets:delete/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete/2:
# i_breakpoint_trampoline
    short jmp L638
.db 0x00
    call L613
    align 8
L638:
# call_bif_mfa_aaI
L639:
    lea rsi, qword ptr [delete/2-24]
    lea rdx, qword ptr [L639]
    mov rcx, 94919179499520
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
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
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_15:
# i_func_info_IaaI
# ets:delete_all_objects/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x07, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_all_objects/1:
# i_breakpoint_trampoline
    short jmp L643
.db 0x00
    call L613
    align 8
L643:
# i_test_yield
    lea rdx, qword ptr [delete_all_objects/1+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L644
    mov ecx, 1
    call 140320710850576
L644:
# i_move_sd
    mov qword ptr [rbx+8], 907
# line_I
# call_light_bif_be
    align 4
L645:
L646:
    long mov rcx, 9223372036854775807
    mov rax, 94919179498864
    lea rdx, qword ptr [L645]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_17:
# i_func_info_IaaI
# ets:internal_delete_all/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x05, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
internal_delete_all/2:
# i_breakpoint_trampoline
    short jmp L647
.db 0x00
    call L613
    align 8
L647:
# call_bif_mfa_aaI
L648:
    lea rsi, qword ptr [internal_delete_all/2-24]
    lea rdx, qword ptr [L648]
    mov rcx, 94919179498864
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L649
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L649:
# call_light_bif_be
    align 4
L650:
L651:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L650]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_19:
# i_func_info_IaaI
# ets:delete_object/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xDF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_object/2:
# i_breakpoint_trampoline
    short jmp L652
.db 0x00
    call L613
    align 8
L652:
# call_bif_mfa_aaI
L653:
    lea rsi, qword ptr [delete_object/2-24]
    lea rdx, qword ptr [L653]
    mov rcx, 94919179499776
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L654
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L654:
# call_light_bif_be
    align 4
L655:
L656:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L655]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_21:
# i_func_info_IaaI
# ets:first/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
first/1:
# i_breakpoint_trampoline
    short jmp L657
.db 0x00
    call L613
    align 8
L657:
# call_bif_mfa_aaI
L658:
    lea rsi, qword ptr [first/1-24]
    lea rdx, qword ptr [L658]
    mov rcx, 94919179486000
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L659
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L659:
# call_light_bif_be
    align 4
L660:
L661:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L660]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# ets:give_away/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
give_away/3:
# i_breakpoint_trampoline
    short jmp L662
.db 0x00
    call L613
    align 8
L662:
# call_bif_mfa_aaI
L663:
    lea rsi, qword ptr [give_away/3-24]
    lea rdx, qword ptr [L663]
    mov rcx, 94919179497184
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L664
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L664:
# call_light_bif_be
    align 4
L665:
L666:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L665]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_25:
# i_func_info_IaaI
# ets:info/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x52, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
info/1:
# i_breakpoint_trampoline
    short jmp L667
.db 0x00
    call L613
    align 8
L667:
# call_bif_mfa_aaI
L668:
    lea rsi, qword ptr [info/1-24]
    lea rdx, qword ptr [L668]
    mov rcx, 94919179505152
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L669
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L669:
# call_light_bif_be
    align 4
L670:
L671:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L670]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_27:
# i_func_info_IaaI
# ets:info/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x52, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
info/2:
# i_breakpoint_trampoline
    short jmp L672
.db 0x00
    call L613
    align 8
L672:
# call_bif_mfa_aaI
L673:
    lea rsi, qword ptr [info/2-24]
    lea rdx, qword ptr [L673]
    mov rcx, 94919179506272
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L674
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L674:
# call_light_bif_be
    align 4
L675:
L676:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L675]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_29:
# i_func_info_IaaI
# ets:insert/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
insert/2:
# i_breakpoint_trampoline
    short jmp L677
.db 0x00
    call L613
    align 8
L677:
# call_bif_mfa_aaI
L678:
    lea rsi, qword ptr [insert/2-24]
    lea rdx, qword ptr [L678]
    mov rcx, 94919179488416
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L679
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L679:
# call_light_bif_be
    align 4
L680:
L681:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L680]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# ets:insert_new/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
insert_new/2:
# i_breakpoint_trampoline
    short jmp L682
.db 0x00
    call L613
    align 8
L682:
# call_bif_mfa_aaI
L683:
    lea rsi, qword ptr [insert_new/2-24]
    lea rdx, qword ptr [L683]
    mov rcx, 94919179489152
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L684
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L684:
# call_light_bif_be
    align 4
L685:
L686:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L685]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# ets:is_compiled_ms/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_compiled_ms/1:
# i_breakpoint_trampoline
    short jmp L687
.db 0x00
    call L613
    align 8
L687:
# call_bif_mfa_aaI
L688:
    lea rsi, qword ptr [is_compiled_ms/1-24]
    lea rdx, qword ptr [L688]
    mov rcx, 94919179507168
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L689
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L689:
# call_light_bif_be
    align 4
L690:
L691:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L690]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# ets:last/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
last/1:
# i_breakpoint_trampoline
    short jmp L692
.db 0x00
    call L613
    align 8
L692:
# call_bif_mfa_aaI
L693:
    lea rsi, qword ptr [last/1-24]
    lea rdx, qword ptr [L693]
    mov rcx, 94919179486432
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L694
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L694:
# call_light_bif_be
    align 4
L695:
L696:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L695]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_37:
# i_func_info_IaaI
# ets:lookup/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lookup/2:
# i_breakpoint_trampoline
    short jmp L697
.db 0x00
    call L613
    align 8
L697:
# call_bif_mfa_aaI
L698:
    lea rsi, qword ptr [lookup/2-24]
    lea rdx, qword ptr [L698]
    mov rcx, 94919179494816
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L699
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L699:
# call_light_bif_be
    align 4
L700:
L701:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L700]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_39:
# i_func_info_IaaI
# ets:lookup_element/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lookup_element/3:
# i_breakpoint_trampoline
    short jmp L702
.db 0x00
    call L613
    align 8
L702:
# call_bif_mfa_aaI
L703:
    lea rsi, qword ptr [lookup_element/3-24]
    lea rdx, qword ptr [L703]
    mov rcx, 94919179495296
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L704
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L704:
# call_light_bif_be
    align 4
L705:
L706:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L705]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_41:
# i_func_info_IaaI
# ets:match/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5E, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match/2:
# i_breakpoint_trampoline
    short jmp L707
.db 0x00
    call L613
    align 8
L707:
# call_bif_mfa_aaI
L708:
    lea rsi, qword ptr [match/2-24]
    lea rdx, qword ptr [L708]
    mov rcx, 94919179501440
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L709
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L709:
# call_light_bif_be
    align 4
L710:
L711:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L710]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_43:
# i_func_info_IaaI
# ets:match/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5E, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match/3:
# i_breakpoint_trampoline
    short jmp L712
.db 0x00
    call L613
    align 8
L712:
# call_bif_mfa_aaI
L713:
    lea rsi, qword ptr [match/3-24]
    lea rdx, qword ptr [L713]
    mov rcx, 94919179501664
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L714
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L714:
# call_light_bif_be
    align 4
L715:
L716:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L715]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_45:
# i_func_info_IaaI
# ets:match/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5E, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match/1:
# i_breakpoint_trampoline
    short jmp L717
.db 0x00
    call L613
    align 8
L717:
# call_bif_mfa_aaI
L718:
    lea rsi, qword ptr [match/1-24]
    lea rdx, qword ptr [L718]
    mov rcx, 94919179501424
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L719
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L719:
# call_light_bif_be
    align 4
L720:
L721:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L720]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_47:
# i_func_info_IaaI
# ets:match_object/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match_object/2:
# i_breakpoint_trampoline
    short jmp L722
.db 0x00
    call L613
    align 8
L722:
# call_bif_mfa_aaI
L723:
    lea rsi, qword ptr [match_object/2-24]
    lea rdx, qword ptr [L723]
    mov rcx, 94919179504656
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L724
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L724:
# call_light_bif_be
    align 4
L725:
L726:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L725]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_49:
# i_func_info_IaaI
# ets:match_object/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match_object/3:
# i_breakpoint_trampoline
    short jmp L727
.db 0x00
    call L613
    align 8
L727:
# call_bif_mfa_aaI
L728:
    lea rsi, qword ptr [match_object/3-24]
    lea rdx, qword ptr [L728]
    mov rcx, 94919179504880
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L729
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L729:
# call_light_bif_be
    align 4
L730:
L731:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L730]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_51:
# i_func_info_IaaI
# ets:match_object/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match_object/1:
# i_breakpoint_trampoline
    short jmp L732
.db 0x00
    call L613
    align 8
L732:
# call_bif_mfa_aaI
L733:
    lea rsi, qword ptr [match_object/1-24]
    lea rdx, qword ptr [L733]
    mov rcx, 94919179504640
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L734
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L734:
# call_light_bif_be
    align 4
L735:
L736:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L735]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_53:
# i_func_info_IaaI
# ets:match_spec_compile/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match_spec_compile/1:
# i_breakpoint_trampoline
    short jmp L737
.db 0x00
    call L613
    align 8
L737:
# call_bif_mfa_aaI
L738:
    lea rsi, qword ptr [match_spec_compile/1-24]
    lea rdx, qword ptr [L738]
    mov rcx, 94919179507232
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L739
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L739:
# call_light_bif_be
    align 4
L740:
L741:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L740]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_55:
# i_func_info_IaaI
# ets:match_spec_run_r/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match_spec_run_r/3:
# i_breakpoint_trampoline
    short jmp L742
.db 0x00
    call L613
    align 8
L742:
# call_bif_mfa_aaI
L743:
    lea rsi, qword ptr [match_spec_run_r/3-24]
    lea rdx, qword ptr [L743]
    mov rcx, 94919179507440
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L744
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L744:
# call_light_bif_be
    align 4
L745:
L746:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L745]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_57:
# i_func_info_IaaI
# ets:member/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
member/2:
# i_breakpoint_trampoline
    short jmp L747
.db 0x00
    call L613
    align 8
L747:
# call_bif_mfa_aaI
L748:
    lea rsi, qword ptr [member/2-24]
    lea rdx, qword ptr [L748]
    mov rcx, 94919179495056
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L749
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L749:
# call_light_bif_be
    align 4
L750:
L751:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L750]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_59:
# i_func_info_IaaI
# ets:new/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
new/2:
# i_breakpoint_trampoline
    short jmp L752
.db 0x00
    call L613
    align 8
L752:
# call_bif_mfa_aaI
L753:
    lea rsi, qword ptr [new/2-24]
    lea rdx, qword ptr [L753]
    mov rcx, 94919179491024
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L754
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L754:
# call_light_bif_be
    align 4
L755:
L756:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L755]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_61:
# i_func_info_IaaI
# ets:next/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
next/2:
# i_breakpoint_trampoline
    short jmp L757
.db 0x00
    call L613
    align 8
L757:
# call_bif_mfa_aaI
L758:
    lea rsi, qword ptr [next/2-24]
    lea rdx, qword ptr [L758]
    mov rcx, 94919179486208
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L759
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L759:
# call_light_bif_be
    align 4
L760:
L761:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L760]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_63:
# i_func_info_IaaI
# ets:prev/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
prev/2:
# i_breakpoint_trampoline
    short jmp L762
.db 0x00
    call L613
    align 8
L762:
# call_bif_mfa_aaI
L763:
    lea rsi, qword ptr [prev/2-24]
    lea rdx, qword ptr [L763]
    mov rcx, 94919179486640
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L764
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L764:
# call_light_bif_be
    align 4
L765:
L766:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L765]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_65:
# i_func_info_IaaI
# ets:rename/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rename/2:
# i_breakpoint_trampoline
    short jmp L767
.db 0x00
    call L613
    align 8
L767:
# call_bif_mfa_aaI
L768:
    lea rsi, qword ptr [rename/2-24]
    lea rdx, qword ptr [L768]
    mov rcx, 94919179489952
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L769
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L769:
# call_light_bif_be
    align 4
L770:
L771:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L770]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_67:
# i_func_info_IaaI
# ets:safe_fixtable/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
safe_fixtable/2:
# i_breakpoint_trampoline
    short jmp L772
.db 0x00
    call L613
    align 8
L772:
# call_bif_mfa_aaI
L773:
    lea rsi, qword ptr [safe_fixtable/2-24]
    lea rdx, qword ptr [L773]
    mov rcx, 94919179485568
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L774
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L774:
# call_light_bif_be
    align 4
L775:
L776:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L775]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_69:
# i_func_info_IaaI
# ets:select/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
select/2:
# i_breakpoint_trampoline
    short jmp L777
.db 0x00
    call L613
    align 8
L777:
# call_bif_mfa_aaI
L778:
    lea rsi, qword ptr [select/2-24]
    lea rdx, qword ptr [L778]
    mov rcx, 94919179502160
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L779
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L779:
# call_light_bif_be
    align 4
L780:
L781:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L780]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_71:
# i_func_info_IaaI
# ets:select/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
select/3:
# i_breakpoint_trampoline
    short jmp L782
.db 0x00
    call L613
    align 8
L782:
# call_bif_mfa_aaI
L783:
    lea rsi, qword ptr [select/3-24]
    lea rdx, qword ptr [L783]
    mov rcx, 94919179501936
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L784
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L784:
# call_light_bif_be
    align 4
L785:
L786:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L785]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_73:
# i_func_info_IaaI
# ets:select/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
select/1:
# i_breakpoint_trampoline
    short jmp L787
.db 0x00
    call L613
    align 8
L787:
# call_bif_mfa_aaI
L788:
    lea rsi, qword ptr [select/1-24]
    lea rdx, qword ptr [L788]
    mov rcx, 94919179502144
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
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
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_75:
# i_func_info_IaaI
# ets:select_count/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
select_count/2:
# i_breakpoint_trampoline
    short jmp L792
.db 0x00
    call L613
    align 8
L792:
# call_bif_mfa_aaI
L793:
    lea rsi, qword ptr [select_count/2-24]
    lea rdx, qword ptr [L793]
    mov rcx, 94919179502304
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
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
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_77:
# i_func_info_IaaI
# ets:select_delete/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x07, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
select_delete/2:
# i_breakpoint_trampoline
    short jmp L797
.db 0x00
    call L613
    align 8
L797:
# i_test_yield
    lea rdx, qword ptr [select_delete/2+24]
    dec r14
    jle L611
# i_is_eq_exact_literal_fscI
L798:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 2
    jne label_79
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_79
# i_move_sd
    mov qword ptr [rbx+8], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L799
    mov ecx, 2
    call 140320710850576
L799:
# call_light_bif_be
    align 4
L800:
L801:
    long mov rcx, 9223372036854775807
    mov rax, 94919179498864
    lea rdx, qword ptr [L800]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_79:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L802
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L802:
# call_light_bif_be
    align 4
L803:
L804:
    long mov rcx, 9223372036854775807
    mov rax, 94919179500128
    lea rdx, qword ptr [L803]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_80:
# i_func_info_IaaI
# ets:internal_select_delete/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x06, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
internal_select_delete/2:
# i_breakpoint_trampoline
    short jmp L805
.db 0x00
    call L613
    align 8
L805:
# call_bif_mfa_aaI
L806:
    lea rsi, qword ptr [internal_select_delete/2-24]
    lea rdx, qword ptr [L806]
    mov rcx, 94919179500128
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L807
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L807:
# call_light_bif_be
    align 4
L808:
L809:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L808]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_82:
# i_func_info_IaaI
# ets:select_replace/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
select_replace/2:
# i_breakpoint_trampoline
    short jmp L810
.db 0x00
    call L613
    align 8
L810:
# call_bif_mfa_aaI
L811:
    lea rsi, qword ptr [select_replace/2-24]
    lea rdx, qword ptr [L811]
    mov rcx, 94919179502832
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L812
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L812:
# call_light_bif_be
    align 4
L813:
L814:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L813]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_84:
# i_func_info_IaaI
# ets:select_reverse/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
select_reverse/2:
# i_breakpoint_trampoline
    short jmp L815
.db 0x00
    call L613
    align 8
L815:
# call_bif_mfa_aaI
L816:
    lea rsi, qword ptr [select_reverse/2-24]
    lea rdx, qword ptr [L816]
    mov rcx, 94919179504096
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L817
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L817:
# call_light_bif_be
    align 4
L818:
L819:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L818]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_86:
# i_func_info_IaaI
# ets:select_reverse/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
select_reverse/3:
# i_breakpoint_trampoline
    short jmp L820
.db 0x00
    call L613
    align 8
L820:
# call_bif_mfa_aaI
L821:
    lea rsi, qword ptr [select_reverse/3-24]
    lea rdx, qword ptr [L821]
    mov rcx, 94919179503456
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L822
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L822:
# call_light_bif_be
    align 4
L823:
L824:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L823]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_88:
# i_func_info_IaaI
# ets:select_reverse/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
select_reverse/1:
# i_breakpoint_trampoline
    short jmp L825
.db 0x00
    call L613
    align 8
L825:
# call_bif_mfa_aaI
L826:
    lea rsi, qword ptr [select_reverse/1-24]
    lea rdx, qword ptr [L826]
    mov rcx, 94919179504080
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L827
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L827:
# call_light_bif_be
    align 4
L828:
L829:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L828]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_90:
# i_func_info_IaaI
# ets:setopts/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
setopts/2:
# i_breakpoint_trampoline
    short jmp L830
.db 0x00
    call L613
    align 8
L830:
# call_bif_mfa_aaI
L831:
    lea rsi, qword ptr [setopts/2-24]
    lea rdx, qword ptr [L831]
    mov rcx, 94919179498176
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L832
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L832:
# call_light_bif_be
    align 4
L833:
L834:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L833]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_92:
# i_func_info_IaaI
# ets:slot/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
slot/2:
# i_breakpoint_trampoline
    short jmp L835
.db 0x00
    call L613
    align 8
L835:
# call_bif_mfa_aaI
L836:
    lea rsi, qword ptr [slot/2-24]
    lea rdx, qword ptr [L836]
    mov rcx, 94919179501184
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L837
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L837:
# call_light_bif_be
    align 4
L838:
L839:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L838]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_94:
# i_func_info_IaaI
# ets:take/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
take/2:
# i_breakpoint_trampoline
    short jmp L840
.db 0x00
    call L613
    align 8
L840:
# call_bif_mfa_aaI
L841:
    lea rsi, qword ptr [take/2-24]
    lea rdx, qword ptr [L841]
    mov rcx, 94919179486864
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L842
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L842:
# call_light_bif_be
    align 4
L843:
L844:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L843]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_96:
# i_func_info_IaaI
# ets:update_counter/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
update_counter/3:
# i_breakpoint_trampoline
    short jmp L845
.db 0x00
    call L613
    align 8
L845:
# call_bif_mfa_aaI
L846:
    lea rsi, qword ptr [update_counter/3-24]
    lea rdx, qword ptr [L846]
    mov rcx, 94919179488016
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L847
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L847:
# call_light_bif_be
    align 4
L848:
L849:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L848]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_98:
# i_func_info_IaaI
# ets:update_counter/4
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
update_counter/4:
# i_breakpoint_trampoline
    short jmp L850
.db 0x00
    call L613
    align 8
L850:
# call_bif_mfa_aaI
L851:
    lea rsi, qword ptr [update_counter/4-24]
    lea rdx, qword ptr [L851]
    mov rcx, 94919179488176
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L852
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L852:
# call_light_bif_be
    align 4
L853:
L854:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L853]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_100:
# i_func_info_IaaI
# ets:update_element/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
update_element/3:
# i_breakpoint_trampoline
    short jmp L855
.db 0x00
    call L613
    align 8
L855:
# call_bif_mfa_aaI
L856:
    lea rsi, qword ptr [update_element/3-24]
    lea rdx, qword ptr [L856]
    mov rcx, 94919179487088
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L857
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L857:
# call_light_bif_be
    align 4
L858:
L859:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L858]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_102:
# i_func_info_IaaI
# ets:whereis/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
whereis/1:
# i_breakpoint_trampoline
    short jmp L860
.db 0x00
    call L613
    align 8
L860:
# call_bif_mfa_aaI
L861:
    lea rsi, qword ptr [whereis/1-24]
    lea rdx, qword ptr [L861]
    mov rcx, 94919179494464
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L862
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L862:
# call_light_bif_be
    align 4
L863:
L864:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L863]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_104:
# i_func_info_IaaI
# ets:match_spec_run/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x07, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match_spec_run/2:
# i_breakpoint_trampoline
    short jmp L865
.db 0x00
    call L613
    align 8
L865:
# i_test_yield
    lea rdx, qword ptr [match_spec_run/2+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L866
    mov ecx, 2
    call 140320710850576
L866:
# i_move_sd
    mov qword ptr [rbx+16], 59
# line_I
# call_light_bif_be
    align 4
L867:
L868:
    long mov rcx, 9223372036854775807
    mov rax, 94919179507440
    lea rdx, qword ptr [L867]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_ext_last_et
L869:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_106:
# i_func_info_IaaI
# ets:repair_continuation/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x07, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
repair_continuation/2:
# i_breakpoint_trampoline
    short jmp L870
.db 0x00
    call L613
    align 8
L870:
# i_test_yield
    lea rdx, qword ptr [repair_continuation/2+24]
    dec r14
    jle L611
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_114
    test byte ptr [rsi-2], 63
    jne label_114
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 384
    je label_111
    cmp esi, 512
    je label_108
    short jne label_106
# label_L
label_108:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L871
    test al, 1
    jne label_106
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_106
L871:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L872
    test al, 2
    jne label_106
L872:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+32], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L873
    test al, 1
    jne label_106
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_106
L873:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx+40], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L874
    test al, 1
    jne label_106
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_106
L874:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L875
    mov ecx, 6
    call 140320710850576
L875:
    sub rsp, 48
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L876:
L877:
    long mov rcx, 9223372036854775807
    mov rax, 94919179507168
    lea rdx, qword ptr [L876]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_110
    cmp rsi, 75
    je label_109
    jmp label_115
# label_L
label_109:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L612
    ret
# label_L
label_110:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L878:
L879:
    long mov rcx, 9223372036854775807
    mov rax, 94919179507232
    lea rdx, qword ptr [L878]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L880
    mov ecx, 1
    call 140320710850576
L880:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 512
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+40], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+48], xmm0
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+64], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 72
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L612
    ret
# label_L
label_111:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L881
    test al, 1
    jne label_106
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_106
L881:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L882
    test al, 1
    jne label_106
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_106
L882:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+40], rdi
# is_list_fs
    mov rax, qword ptr [rbx+40]
    cmp rax, 59
    short je L883
    test al, 2
    jne label_106
L883:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+48], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L884
    test al, 1
    jne label_106
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_106
L884:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L885
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L885:
    sub rsp, 56
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+40], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L886:
L887:
    long mov rcx, 9223372036854775807
    mov rax, 94919179507168
    lea rdx, qword ptr [L886]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_113
    cmp rsi, 75
    je label_112
    jmp label_116
# label_L
label_112:
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L612
    ret
# label_L
label_113:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L888:
L889:
    long mov rcx, 9223372036854775807
    mov rax, 94919179507232
    lea rdx, qword ptr [L888]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L890
    mov ecx, 1
    call 140320710850576
L890:
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15+40], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L612
    ret
# label_L
label_114:
# is_eq_exact_fss
    cmp qword ptr [rbx], 267
    jne label_106
# return
    dec r14
    jl L612
    ret
# label_L
label_115:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_116:
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
label_117:
# i_func_info_IaaI
# ets:fun2ms/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x08, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fun2ms/1:
# i_breakpoint_trampoline
    short jmp L891
.db 0x00
    call L613
    align 8
L891:
# i_test_yield
    lea rdx, qword ptr [fun2ms/1+24]
    dec r14
    jle L611
# is_function_fS
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_117
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    short jne label_117
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L892
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L892:
# line_I
# i_call_ext_e
L893:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_120
    cmp dword ptr [rsi-2], 192
    jne label_120
    cmp qword ptr [rsi+6], 243851
    jne label_120
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 15307
# line_I
# i_call_ext_e
L894:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_119
    cmp dword ptr [rsi-2], 192
    jne label_119
    cmp qword ptr [rsi+6], 779
    jne label_119
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_119
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_119
    cmp dword ptr [rsi-2], 128
    jne label_119
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_119
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_119
    cmp dword ptr [rsi-2], 192
    jne label_119
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L895:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L896
    mov ecx, 1
    call 140320710850576
L896:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L897:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L898:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
L899:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_119:
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_120:
# i_move_sd
L900:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L901:
L902:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L901]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_121:
# i_func_info_IaaI
# ets:foldl/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1E, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
foldl/3:
# i_breakpoint_trampoline
    short jmp L903
.db 0x00
    call L613
    align 8
L903:
# i_test_yield
    lea rdx, qword ptr [foldl/3+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L904
    mov ecx, 3
    call 140320710850576
L904:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp+24], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L905:
L906:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L905]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L907:
L908:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486000
    lea rdx, qword ptr [L907]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# catch_yf
    inc qword ptr [r13+264]
L909:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x90
    call do_foldl/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L910:
L911:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L910]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L612
    ret
# label_L
label_123:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 16
# call_light_bif_be
    align 4
L912:
L913:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L912]
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
label_124:
# i_func_info_IaaI
# ets:do_foldl/4
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1E, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_foldl/4:
# i_breakpoint_trampoline
    short jmp L914
.db 0x00
    call L613
    align 8
L914:
# i_test_yield
    lea rdx, qword ptr [do_foldl/4+24]
    dec r14
    jle L611
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 267
    jne label_126
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L612
    ret
# label_L
label_126:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L915
    mov ecx, 4
.db 0x90
    call 140320710850576
L915:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L916:
L917:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L916]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L918:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L919:
L920:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486208
    lea rdx, qword ptr [L919]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp do_foldl/4
# func_line_I
# aligned_label_Lt
    align 8
label_127:
# i_func_info_IaaI
# ets:foldr/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
foldr/3:
# i_breakpoint_trampoline
    short jmp L921
.db 0x00
    call L613
    align 8
L921:
# i_test_yield
    lea rdx, qword ptr [foldr/3+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L922
    mov ecx, 3
    call 140320710850576
L922:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp+24], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L923:
L924:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L923]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L925:
L926:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486432
    lea rdx, qword ptr [L925]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# catch_yf
    inc qword ptr [r13+264]
L927:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x90
    call do_foldr/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L928:
L929:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L928]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L612
    ret
# label_L
label_129:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 16
# call_light_bif_be
    align 4
L930:
L931:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L930]
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
label_130:
# i_func_info_IaaI
# ets:do_foldr/4
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x08, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_foldr/4:
# i_breakpoint_trampoline
    short jmp L932
.db 0x00
    call L613
    align 8
L932:
# i_test_yield
    lea rdx, qword ptr [do_foldr/4+24]
    dec r14
    jle L611
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 267
    jne label_132
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L612
    ret
# label_L
label_132:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L933
    mov ecx, 4
.db 0x90
    call 140320710850576
L933:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L934:
L935:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L934]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L936:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L937:
L938:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486640
    lea rdx, qword ptr [L937]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp do_foldr/4
# func_line_I
# aligned_label_Lt
    align 8
label_133:
# i_func_info_IaaI
# ets:from_dets/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x08, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
from_dets/2:
# i_breakpoint_trampoline
    short jmp L939
.db 0x00
    call L613
    align 8
L939:
# i_test_yield
    lea rdx, qword ptr [from_dets/2+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L940
    mov ecx, 2
    call 140320710850576
L940:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L941:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L942:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_135:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
    cmp qword ptr [rbx], 0
    short jne L943
    call 140320710850088
L943:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_139
    cmp dword ptr [rsi-2], 128
    jne label_139
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_136
    cmp rsi, 1355
    je label_137
    jmp label_139
# label_L
label_136:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L944
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L944:
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L945:
L946:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L945]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L612
    ret
# label_L
label_137:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_138
    cmp dword ptr [rsi-2], 128
    jne label_138
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L947
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L947:
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L948:
L949:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L948]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L612
    ret
# label_L
label_138:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L950
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L950:
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L951:
L952:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L951]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L612
    ret
# label_L
label_139:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L953
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_140
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_140
L953:
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L612
    ret
# label_L
label_140:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L954
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L954:
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
L955:
L956:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L955]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_141:
# i_func_info_IaaI
# ets:to_dets/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x09, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_dets/2:
# i_breakpoint_trampoline
    short jmp L957
.db 0x00
    call L613
    align 8
L957:
# i_test_yield
    lea rdx, qword ptr [to_dets/2+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L958
    mov ecx, 2
    call 140320710850576
L958:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L959:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L960:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_143:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
    cmp qword ptr [rbx], 0
    short jne L961
    call 140320710850088
L961:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_147
    test byte ptr [rsi-2], 63
    jne label_147
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_148
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_144
    cmp rsi, 1355
    je label_145
    jmp label_148
# label_L
label_144:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L962
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L962:
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L963:
L964:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L963]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L612
    ret
# label_L
label_145:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_146
    cmp dword ptr [rsi-2], 128
    jne label_146
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L965
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L965:
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L966:
L967:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L966]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L612
    ret
# label_L
label_146:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L968
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L968:
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L969:
L970:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L969]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L612
    ret
# label_L
label_147:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_148
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L612
    ret
# label_L
label_148:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L971
    mov ecx, 1
    call 140320710850576
L971:
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
L972:
L973:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L972]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_149:
# i_func_info_IaaI
# ets:test_ms/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x09, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
test_ms/2:
# i_breakpoint_trampoline
    short jmp L974
.db 0x00
    call L613
    align 8
L974:
# i_test_yield
    lea rdx, qword ptr [test_ms/2+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L975
    mov ecx, 2
    call 140320710850576
L975:
# i_move_sd
    mov qword ptr [rbx+16], 41867
# line_I
# call_light_bif_be
    align 4
L976:
L977:
    long mov rcx, 9223372036854775807
    mov rax, 94919179561104
    lea rdx, qword ptr [L976]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_153
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_153
    cmp esi, 128
    je label_152
    cmp esi, 256
    je label_151
    jne label_153
# label_L
label_151:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_153
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L978
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L978:
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
    jl L612
    ret
# label_L
label_152:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 779
    jne label_153
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_153:
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
label_154:
# i_func_info_IaaI
# ets:init_table/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_table/2:
# i_breakpoint_trampoline
    short jmp L979
.db 0x00
    call L613
    align 8
L979:
# i_test_yield
    lea rdx, qword ptr [init_table/2+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L980
    mov ecx, 2
    call 140320710850576
L980:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_ext_e
L981:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 97355
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L982]
    test ecx, 1
    short jne L982
    cmp qword ptr [rcx-2], 212
    short jne L982
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L982:
    cmovne rdi, rsi
    call rdi
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp init_table_continue/2
# func_line_I
# aligned_label_Lt
    align 8
label_156:
# i_func_info_IaaI
# ets:init_table_continue/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_table_continue/2:
# i_breakpoint_trampoline
    short jmp L983
.db 0x00
    call L613
    align 8
L983:
# i_test_yield
    lea rdx, qword ptr [init_table_continue/2+24]
    dec r14
    jle L611
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_162
    test byte ptr [rsi-2], 63
    jne label_162
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+8]
    cmp dword ptr [rsi-2], 128
    jne label_163
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L984
    test al, 2
    jne label_163
L984:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_function_fS
    mov rax, qword ptr [rbx+24]
    test al, 1
    jne label_163
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    jne label_163
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L985
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L985:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# catch_yf
    inc qword ptr [r13+264]
L986:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call init_table_sub/2
# label_L
label_158:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
    cmp qword ptr [rbx], 0
    short jne L987
    call 140320710850088
L987:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_161
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_161
    cmp edi, 128
    jne label_164
    cmp qword ptr [rsi+6], 1355
    jne label_164
# catch_yf
    inc qword ptr [r13+264]
L988:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 8907
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L989]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L989:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# jump_f
    jmp label_160
# label_L
label_159:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_160:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L990:
L991:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L990]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L612
    ret
# label_L
label_161:
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 75
    jne label_164
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 97355
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L992]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L992:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp init_table_continue/2
# label_L
label_162:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 395915
    jne label_163
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L612
    ret
# label_L
label_163:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L993
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L993:
# call_light_bif_be
    align 4
L994:
L995:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L994]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_164:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_165:
# i_func_info_IaaI
# ets:init_table_sub/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_table_sub/2:
# i_breakpoint_trampoline
    short jmp L996
.db 0x00
    call L613
    align 8
L996:
# i_test_yield
    lea rdx, qword ptr [init_table_sub/2+24]
    dec r14
    jle L611
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_167
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L997
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L997:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# line_I
# call_light_bif_be
    align 4
L998:
L999:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L998]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp init_table_sub/2
# label_L
label_167:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_165
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_168:
# i_func_info_IaaI
# ets:match_delete/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7F, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match_delete/2:
# i_breakpoint_trampoline
    short jmp L1000
.db 0x00
    call L613
    align 8
L1000:
# i_test_yield
    lea rdx, qword ptr [match_delete/2+24]
    dec r14
    jle L611
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1001
    mov ecx, 2
    call 140320710850576
L1001:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
L1002:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# i_call_ext_e
L1003:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_170:
# i_func_info_IaaI
# ets:tab2list/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tab2list/1:
# i_breakpoint_trampoline
    short jmp L1004
.db 0x00
    call L613
    align 8
L1004:
# i_test_yield
    lea rdx, qword ptr [tab2list/1+24]
    dec r14
    jle L611
# i_move_sd
    mov qword ptr [rbx+8], 139
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1005
    mov ecx, 2
    call 140320710850576
L1005:
# call_light_bif_be
    align 4
L1006:
L1007:
    long mov rcx, 9223372036854775807
    mov rax, 94919179504656
    lea rdx, qword ptr [L1006]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_172:
# i_func_info_IaaI
# ets:tab2file/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tab2file/2:
# i_breakpoint_trampoline
    short jmp L1008
.db 0x00
    call L613
    align 8
L1008:
# i_test_yield
    lea rdx, qword ptr [tab2file/2+24]
    dec r14
    jle L611
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp tab2file/3
# func_line_I
# aligned_label_Lt
    align 8
label_174:
# i_func_info_IaaI
# ets:tab2file/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tab2file/3:
# i_breakpoint_trampoline
    short jmp L1009
.db 0x00
    call L613
    align 8
L1009:
# i_test_yield
    lea rdx, qword ptr [tab2file/3+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1010
    mov ecx, 3
    call 140320710850576
L1010:
    sub rsp, 80
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 5
    rep stos qword ptr [rdi], rax
    add rdi, 16
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+40], xmm0
# catch_yf
    inc qword ptr [r13+264]
L1011:
    mov eax, 2147483647
    mov qword ptr [rsp+72], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call parse_ft_options/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1012:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1013:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_eq_exact_literal_fscI
L1014:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_197
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_197
# call_light_bif_be
    align 4
L1015:
L1016:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L1015]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1017
    mov ecx, 1
    call 140320710850576
L1017:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 63499
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 27083
    mov rdi, qword ptr [rbx]
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1018:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_202
    cmp dword ptr [rsi-2], 128
    jne label_202
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_196
    cmp rsi, 30603
    je label_176
    jmp label_202
# label_L
label_176:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+32]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1019
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_202
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_202
L1019:
# catch_yf
    inc qword ptr [r13+264]
L1020:
    mov eax, 2147483647
    mov qword ptr [rsp+64], rax
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1021:
L1022:
    long mov rcx, 9223372036854775807
    mov rax, 94919179505152
    lea rdx, qword ptr [L1021]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_177
# i_move_sd
    mov qword ptr [rbx], 396171
# line_I
# call_light_bif_be
    align 4
L1023:
L1024:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1023]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_192
# label_L
label_177:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# init_yregs_I
    mov qword ptr [rsp+56], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ft_options_to_list/1
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1025
    mov ecx, 1
    call 140320710850576
L1025:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 396235
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
# append_cons_Is
L1026:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# append_cons_Is
L1027:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# call_light_bif_be
    align 4
L1028:
L1029:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1028]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# call_light_bif_be
    align 4
L1030:
L1031:
    long mov rcx, 9223372036854775807
    mov rax, 94919179103952
    lea rdx, qword ptr [L1030]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1032
    mov ecx, 1
    call 140320710850576
L1032:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+24], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_178
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1033
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1033:
# i_make_fun3_FStt
L1034:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 1
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
# Create boxed ptr
    or al, 2
    mov qword ptr [rsp+56], rax
# line_I
# call_light_bif_be
    align 4
L1035:
L1036:
    long mov rcx, 9223372036854775807
    mov rax, 94919179860688
    lea rdx, qword ptr [L1035]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rsp+8], rdi
# jump_f
    jmp label_179
# label_L
label_178:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1037
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1037:
# i_make_fun3_FStt
L1038:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 1
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
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rsp], 75
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# label_L
label_179:
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1039:
L1040:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L1039]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# catch_yf
    inc qword ptr [r13+264]
L1041:
    mov eax, 2147483647
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+24], rax
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L1042]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1042:
    call rdi
.db 0x66, 0x90
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
L1043:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 1615
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1044:
L1045:
    long mov rcx, 9223372036854775807
    mov rax, 94919179501936
    lea rdx, qword ptr [L1044]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 15
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# i_call_f
    call dump_file/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+56], 59
# catch_yf
    inc qword ptr [r13+264]
L1046:
    mov eax, 2147483647
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# line_I
# call_light_bif_be
    align 4
L1047:
L1048:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L1047]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+56], 59
# jump_f
    jmp label_181
# label_L
label_180:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_181:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_182
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1049
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1049:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 10379
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# jump_f
    jmp label_183
# label_L
label_182:
# i_move_sd
    mov qword ptr [rsp+56], 59
# label_L
label_183:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+48], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_184
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1050:
L1051:
    long mov rcx, 9223372036854775807
    mov rax, 94919179861216
    lea rdx, qword ptr [L1050]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1052
    mov ecx, 1
    call 140320710850576
L1052:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 24779
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
    mov qword ptr [rbx+8], rsi
# jump_f
    jmp label_185
# label_L
label_184:
# i_move_sd
    mov qword ptr [rbx+8], 59
# label_L
label_185:
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+56], 59
# line_I
# call_light_bif_be
    align 4
L1053:
L1054:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1053]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ne_exact_fss
    cmp qword ptr [rbx], 59
    je label_186
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1055
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1055:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 267
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
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+48], rax
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L1056]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1056:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# label_L
label_186:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_188
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1057:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_187
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_187
    cmp edi, 128
    jne label_201
    cmp qword ptr [rsi+6], 779
    jne label_201
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1058:
L1059:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1058]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_192
# label_L
label_187:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_201
# label_L
label_188:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1060:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+64], 59
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+72], 59
# deallocate_t
    add rsp, 80
# return
    dec r14
    jl L612
    ret
# label_L
label_189:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# catch_yf
    inc qword ptr [r13+264]
L1061:
    mov eax, 2147483647
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+48], rax
# line_I
# call_light_bif_be
    align 4
L1062:
L1063:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L1062]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+56], 59
# jump_f
    jmp label_191
# label_L
label_190:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_191:
# raise_ss
    mov rdx, qword ptr [rsp+24]
    mov rsi, qword ptr [rsp+16]
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
label_192:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 715
    je label_193
    cmp rsi, 843
    je label_194
    jmp label_195
# label_L
label_193:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+32], rax
    mov qword ptr [rsp+48], rax
# line_I
# i_call_ext_e
L1064:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# line_I
# i_call_ext_e
L1065:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1066:
L1067:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1066]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_198
# label_L
label_194:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+32], rax
    mov qword ptr [rsp+48], rax
# line_I
# i_call_ext_e
L1068:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# line_I
# i_call_ext_e
L1069:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1070:
L1071:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1070]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_198
# label_L
label_195:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# line_I
# i_call_ext_e
L1072:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# line_I
# i_call_ext_e
L1073:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 779
# raw_raise
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
    mov rcx, r13
    call 94919178638560
    mov rsp, rbp
    test rax, rax
    short jne L1074
    xor ecx, ecx
    call 140320710854352
L1074:
    mov qword ptr [rbx], 4747
# jump_f
    jmp label_198
# label_L
label_196:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1075:
L1076:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1075]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_198
# label_L
label_197:
# i_move_sd
    mov qword ptr [rbx], 396299
# line_I
# call_light_bif_be
    align 4
L1077:
L1078:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1077]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_198:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 715
    je label_199
    cmp rsi, 843
    je label_199
    jmp label_200
# label_L
label_199:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1079
    mov ecx, 2
    call 140320710850576
L1079:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 80
# return
    dec r14
    jl L612
    ret
# label_L
label_200:
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
label_201:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_202:
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
label_203:
# i_func_info_IaaI
# ets:dump_file/4
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dump_file/4:
# i_breakpoint_trampoline
    short jmp L1080
.db 0x00
    call L613
    align 8
L1080:
# i_test_yield
    lea rdx, qword ptr [dump_file/4+24]
    dec r14
    jle L611
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_205
    test byte ptr [rsi-2], 63
    jne label_205
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    short jne label_203
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+48], 15
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+56], rdi
# i_length_jtd
    align 4
L1081:
    mov esi, 5
    lea rdx, qword ptr [L1081]
    call 140320710852592
    mov qword ptr [rbx+40], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1082
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1082:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L1083]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1083:
    call rdi
.db 0x90
    call rdi
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# line_I
# call_light_bif_be
    align 4
L1084:
L1085:
    long mov rcx, 9223372036854775807
    mov rax, 94919179502144
    lea rdx, qword ptr [L1084]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1087
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1086
L1087:
    call 140320710853728
L1086:
    mov qword ptr [rbx+24], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 32
    jmp dump_file/4
# label_L
label_205:
# is_eq_exact_fss
    cmp qword ptr [rbx], 267
    jne label_203
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1088
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1088:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_206:
# i_func_info_IaaI
# ets:ft_options_to_list/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ft_options_to_list/1:
# i_breakpoint_trampoline
    short jmp L1089
.db 0x00
    call L613
    align 8
L1089:
# i_test_yield
    lea rdx, qword ptr [ft_options_to_list/1+24]
    dec r14
    jle L611
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_208
# i_move_sd
L1090:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_209
# label_L
label_208:
# i_move_sd
    mov qword ptr [rbx+8], 59
# label_L
label_209:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_210
# i_move_sd
L1091:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_211
# label_L
label_210:
# i_move_sd
    mov qword ptr [rbx], 59
# label_L
label_211:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1092
    mov ecx, 2
    call 140320710850576
L1092:
# call_light_bif_be
    align 4
L1093:
L1094:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1093]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_212:
# i_func_info_IaaI
# ets:md5terms/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
md5terms/2:
# i_breakpoint_trampoline
    short jmp L1095
.db 0x00
    call L613
    align 8
L1095:
# i_test_yield
    lea rdx, qword ptr [md5terms/2+24]
    dec r14
    jle L611
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_214
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1096
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1096:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# call_light_bif_be
    align 4
L1097:
L1098:
    long mov rcx, 9223372036854775807
    mov rax, 94919179379568
    lea rdx, qword ptr [L1097]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
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
# line_I
# call_light_bif_be
    align 4
L1099:
L1100:
    long mov rcx, 9223372036854775807
    mov rax, 94919179860736
    lea rdx, qword ptr [L1099]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call md5terms/2
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1101
    mov ecx, 1
    call 140320710850576
L1101:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp]
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L612
    ret
# label_L
label_214:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_212
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1102
    mov ecx, 1
.db 0x90
    call 140320710850576
L1102:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_215:
# i_func_info_IaaI
# ets:parse_ft_options/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
parse_ft_options/1:
# i_breakpoint_trampoline
    short jmp L1103
.db 0x00
    call L613
    align 8
L1103:
# i_test_yield
    lea rdx, qword ptr [parse_ft_options/1+24]
    dec r14
    jle L611
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1104
    test al, 2
    short jne label_215
L1104:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1105
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1105:
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
L1106:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call parse_ft_options/3
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1107
    mov ecx, 1
    call 140320710850576
L1107:
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
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_217:
# i_func_info_IaaI
# ets:parse_ft_options/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
parse_ft_options/3:
# i_breakpoint_trampoline
    short jmp L1108
.db 0x00
    call L613
    align 8
L1108:
# i_test_yield
    lea rdx, qword ptr [parse_ft_options/3+24]
    dec r14
    jle L611
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_224
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_223
    cmp dword ptr [rsi-2], 128
    jne label_223
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 114123
    je label_219
    cmp rsi, 396235
    je label_222
    jmp label_223
# label_L
label_219:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 11
    je label_221
    cmp rsi, 75
    je label_220
    jmp label_223
# label_L
label_220:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1109
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1109:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_move_sd
    mov qword ptr [rbx], 79
# line_I
# call_light_bif_be
    align 4
L1110:
L1111:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1110]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp parse_ft_options/3
# label_L
label_221:
# i_call_only_f
    jmp parse_ft_options/3
# label_L
label_222:
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 75
    je label_223
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1112
    mov ecx, 6
    call 140320710850576
L1112:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call parse_ft_info_options/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp parse_ft_options/3
# label_L
label_223:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1113
    mov ecx, 4
.db 0x90
    call 140320710850576
L1113:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 396619
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1114
    mov ecx, 1
.db 0x90
    call 140320710850576
L1114:
# call_light_bif_be
    align 4
L1115:
L1116:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1115]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_224:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_225
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L612
    ret
# label_L
label_225:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1117
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1117:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 396683
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
    short jbe L1118
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1118:
# call_light_bif_be
    align 4
L1119:
L1120:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1119]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_226:
# i_func_info_IaaI
# ets:parse_ft_info_options/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
parse_ft_info_options/2:
# i_breakpoint_trampoline
    short jmp L1121
.db 0x00
    call L613
    align 8
L1121:
# i_test_yield
    lea rdx, qword ptr [parse_ft_info_options/2+24]
    dec r14
    jle L611
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_231
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 396811
    je label_229
    cmp rsi, 396875
    je label_228
    jmp label_230
# label_L
label_228:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1122
    mov ecx, 2
.db 0x90
    call 140320710850576
L1122:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L1123:
L1124:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1123]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp parse_ft_info_options/2
# label_L
label_229:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1125
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1125:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_move_sd
    mov qword ptr [rbx], 63
# line_I
# call_light_bif_be
    align 4
L1126:
L1127:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1126]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp parse_ft_info_options/2
# label_L
label_230:
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1128
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1128:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
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
    mov qword ptr [r15+8], 396235
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
    mov qword ptr [r15+8], 396619
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
    short jbe L1129
    mov ecx, 1
.db 0x90
    call 140320710850576
L1129:
# call_light_bif_be
    align 4
L1130:
L1131:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1130]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_231:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_232
# return
    dec r14
    jl L612
    ret
# label_L
label_232:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1132
    mov ecx, 2
.db 0x90
    call 140320710850576
L1132:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 396683
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1133
    mov ecx, 1
.db 0x90
    call 140320710850576
L1133:
# call_light_bif_be
    align 4
L1134:
L1135:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1134]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_233:
# i_func_info_IaaI
# ets:file2tab/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
file2tab/1:
# i_breakpoint_trampoline
    short jmp L1136
.db 0x00
    call L613
    align 8
L1136:
# i_test_yield
    lea rdx, qword ptr [file2tab/1+24]
    dec r14
    jle L611
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp file2tab/2
# func_line_I
# aligned_label_Lt
    align 8
label_235:
# i_func_info_IaaI
# ets:file2tab/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
file2tab/2:
# i_breakpoint_trampoline
    short jmp L1137
.db 0x00
    call L613
    align 8
L1137:
# i_test_yield
    lea rdx, qword ptr [file2tab/2+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1138
    mov ecx, 2
    call 140320710850576
L1138:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 5
    rep stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# catch_yf
    inc qword ptr [r13+264]
L1139:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 11
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call parse_f2t_opts/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+24], rdi
# call_light_bif_be
    align 4
L1140:
L1141:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L1140]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1142
    mov ecx, 1
    call 140320710850576
L1142:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 63499
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L1143:
    long mov rdi, 9223372036854775807
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
    mov qword ptr [r15+8], 27083
    mov rdi, qword ptr [rbx]
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1144:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_254
    test byte ptr [rsi-2], 63
    jne label_254
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_238
    cmp esi, 256
    je label_237
    jne label_254
# label_L
label_237:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 397003
    jne label_254
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1145
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_254
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_254
L1145:
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 75
    jne label_240
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1146:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 4939
# line_I
# call_light_bif_be
    align 4
L1147:
L1148:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1147]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_255
# label_L
label_238:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_253
    cmp rsi, 30603
    je label_239
    jmp label_254
# label_L
label_239:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1149
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_254
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_254
L1149:
# label_L
label_240:
# catch_yf
    inc qword ptr [r13+264]
L1150:
    mov eax, 2147483647
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call get_header_data/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+40], 59
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1151:
    mov eax, 2147483647
    mov qword ptr [rsp+40], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 31
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1152
    cmp rdi, rsi
    short jmp L1153
L1152:
    call 140320710848608
L1153:
    jge label_241
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1154
    mov ecx, 1
.db 0x90
    call 140320710850576
L1154:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 397067
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1155:
L1156:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1155]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_250
# label_L
label_241:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# i_call_f
    call create_tab/2
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 75
    jne label_242
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_243
# label_L
label_242:
# i_move_sd
L1157:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# label_L
label_243:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 75
    jne label_244
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L1158
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1158:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+24], rdi
# i_make_fun3_FStt
L1159:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 2
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rax+48], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+32], rax
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 15
    mov qword ptr [r15+24], 59
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_245
# label_L
label_244:
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L1160
    mov ecx, 3
    call 140320710850576
L1160:
# i_make_fun3_FStt
L1161:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 2
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rax+48], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+24], rax
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 11
    mov qword ptr [r15+16], 15
    mov qword ptr [r15+24], 59
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# label_L
label_245:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+24], rdi
# catch_yf
    inc qword ptr [r13+264]
L1162:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_read_and_verify/6
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+40], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1163:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L612
    ret
# label_L
label_246:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 715
    je label_247
    cmp rsi, 843
    je label_248
    jmp label_249
# label_L
label_247:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L1164:
L1165:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495616
    lea rdx, qword ptr [L1164]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1166:
L1167:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1166]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_250
# label_L
label_248:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L1168:
L1169:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495616
    lea rdx, qword ptr [L1168]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1170:
L1171:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1170]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_250
# label_L
label_249:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L1172:
L1173:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495616
    lea rdx, qword ptr [L1172]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 779
# raw_raise
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
    mov rcx, r13
    call 94919178638560
    mov rsp, rbp
    test rax, rax
    short jne L1174
    xor ecx, ecx
    call 140320710854352
L1174:
    mov qword ptr [rbx], 4747
# label_L
label_250:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L1175:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# raise_ss
    mov rdx, qword ptr [rsp+32]
    mov rsi, qword ptr [rsp+24]
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
label_251:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_252
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4939
    jne label_252
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1176:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 4939
# line_I
# call_light_bif_be
    align 4
L1177:
L1178:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1177]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_255
# label_L
label_252:
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
label_253:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1179
    mov ecx, 3
.db 0x90
    call 140320710850576
L1179:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 397131
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1180:
L1181:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1180]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_255
# label_L
label_254:
# line_I
# call_light_bif_be
    align 4
L1182:
L1183:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1182]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_255:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 715
    je label_256
    cmp rsi, 843
    je label_256
    jmp label_257
# label_L
label_256:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1184
    mov ecx, 2
    call 140320710850576
L1184:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L612
    ret
# label_L
label_257:
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
label_258:
# i_func_info_IaaI
# ets:do_read_and_verify/6
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_read_and_verify/6:
# i_breakpoint_trampoline
    short jmp L1185
.db 0x00
    call L613
    align 8
L1185:
# i_test_yield
    lea rdx, qword ptr [do_read_and_verify/6+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1186
    mov ecx, 6
    call 140320710850576
L1186:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+48], xmm0
# line_I
# i_call_f
.db 0x90
    call load_table/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_266
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 267
    jne label_270
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_270
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_270
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 10379
# line_I
# call_light_bif_be
    align 4
L1187:
L1188:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1187]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_260
    cmp dword ptr [rsi-2], 128
    jne label_260
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_261
# label_L
label_260:
# i_move_sd
    mov qword ptr [rsp], 11
# label_L
label_261:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 24779
# line_I
# call_light_bif_be
    align 4
L1189:
L1190:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1189]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_262
    cmp dword ptr [rsi-2], 128
    jne label_262
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# jump_f
    jmp label_263
# label_L
label_262:
# i_move_sd
    mov qword ptr [rsp+8], 11
# label_L
label_263:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_264
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# call_light_bif_be
    align 4
L1191:
L1192:
    long mov rcx, 9223372036854775807
    mov rax, 94919179861216
    lea rdx, qword ptr [L1191]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ne_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    je label_264
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    short je L1193
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_264
L1193:
# i_move_sd
    mov qword ptr [rbx], 397259
# line_I
# call_light_bif_be
    align 4
L1194:
L1195:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1194]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L612
    ret
# label_L
label_264:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_265
# is_ne_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rsp+16]
    cmp rdi, rsi
    je label_269
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    short je L1196
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_269
L1196:
# i_move_sd
    mov qword ptr [rbx], 397323
# line_I
# call_light_bif_be
    align 4
L1197:
L1198:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1197]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L612
    ret
# label_L
label_265:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 75
    jne label_269
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 75
    je label_269
# is_ne_exact_fss
    mov rsi, qword ptr [rsp+40]
    mov rdi, qword ptr [rsp+16]
    cmp rdi, rsi
    je label_269
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    short je L1199
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_269
L1199:
# i_move_sd
    mov qword ptr [rbx], 397323
# line_I
# call_light_bif_be
    align 4
L1200:
L1201:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1200]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L612
    ret
# label_L
label_266:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_270
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 75
    je label_267
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_268
# label_L
label_267:
# i_move_sd
    mov qword ptr [rbx], 4939
# line_I
# call_light_bif_be
    align 4
L1202:
L1203:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1202]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L612
    ret
# label_L
label_268:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 75
    jne label_269
# is_ne_exact_fss
    mov rsi, qword ptr [rsp+40]
    mov rdi, qword ptr [rsp+16]
    cmp rdi, rsi
    je label_269
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    short je L1204
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_269
L1204:
# i_move_sd
    mov qword ptr [rbx], 397323
# line_I
# call_light_bif_be
    align 4
L1205:
L1206:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1205]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L612
    ret
# label_L
label_269:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1207
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1207:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L612
    ret
# label_L
label_270:
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
label_271:
# i_func_info_IaaI
# ets:parse_f2t_opts/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x10, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
parse_f2t_opts/3:
# i_breakpoint_trampoline
    short jmp L1208
.db 0x00
    call L613
    align 8
L1208:
# i_test_yield
    lea rdx, qword ptr [parse_f2t_opts/3+24]
    dec r14
    jle L611
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_278
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_277
    cmp dword ptr [rsi-2], 128
    jne label_277
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 41867
    je label_276
    cmp rsi, 397451
    je label_273
    jmp label_277
# label_L
label_273:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 11
    je label_275
    cmp rsi, 75
    je label_274
    jmp label_277
# label_L
label_274:
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_call_only_f
    jmp parse_f2t_opts/3
# label_L
label_275:
# i_call_only_f
    jmp parse_f2t_opts/3
# label_L
label_276:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_277
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp parse_f2t_opts/3
# label_L
label_277:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1209
    mov ecx, 4
.db 0x90
    call 140320710850576
L1209:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 396619
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1210
    mov ecx, 1
.db 0x90
    call 140320710850576
L1210:
# call_light_bif_be
    align 4
L1211:
L1212:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1211]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_278:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_279
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1213
    mov ecx, 3
    call 140320710850576
L1213:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L612
    ret
# label_L
label_279:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1214
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1214:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 396683
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
    short jbe L1215
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1215:
# call_light_bif_be
    align 4
L1216:
L1217:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1216]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_280:
# i_func_info_IaaI
# ets:count_mandatory/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x10, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
count_mandatory/1:
# i_breakpoint_trampoline
    short jmp L1218
.db 0x00
    call L613
    align 8
L1218:
# i_test_yield
    lea rdx, qword ptr [count_mandatory/1+24]
    dec r14
    jle L611
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_284
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_283
    cmp dword ptr [rsi-2], 128
    jne label_283
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 22155
    je label_282
    cmp rsi, 27083
    je label_282
    cmp rsi, 27147
    je label_282
    cmp rsi, 34379
    je label_282
    cmp rsi, 40075
    je label_282
    cmp rsi, 43595
    je label_282
    jmp label_283
# label_L
label_282:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1219
    mov ecx, 1
    call 140320710850576
L1219:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call count_mandatory/1
# i_increment_SWd
    mov rsi, qword ptr [rbx]
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
# return
    dec r14
    jl L612
    ret
# label_L
label_283:
# i_call_only_f
    jmp count_mandatory/1
# label_L
label_284:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_280
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_285:
# i_func_info_IaaI
# ets:verify_header_mandatory/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x11, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
verify_header_mandatory/1:
# i_breakpoint_trampoline
    short jmp L1222
.db 0x00
    call L613
    align 8
L1222:
# i_test_yield
    lea rdx, qword ptr [verify_header_mandatory/1+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1223
    mov ecx, 1
    call 140320710850576
L1223:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call count_mandatory/1
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 111
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_287:
# i_func_info_IaaI
# ets:wrap_bchunk/4
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x11, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
wrap_bchunk/4:
# i_breakpoint_trampoline
    short jmp L1224
.db 0x00
    call L613
    align 8
L1224:
# i_test_yield
    lea rdx, qword ptr [wrap_bchunk/4+24]
    dec r14
    jle L611
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 75
    jne label_290
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1225
    mov ecx, 3
.db 0x90
    call 140320710850576
L1225:
# line_I
# i_call_ext_e
L1226:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_291
    cmp dword ptr [rsi-2], 192
    jne label_291
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1227
    cmp rdi, rsi
    short jmp L1228
L1227:
    call 140320710848608
L1228:
    jge label_289
# i_move_sd
    mov qword ptr [rbx+8], 4939
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L1229:
L1230:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1229]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_289:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1231
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1231:
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
    jl L612
    ret
# label_L
label_290:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1232
    mov ecx, 3
.db 0x90
    call 140320710850576
L1232:
# line_I
# i_call_ext_e
L1233:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_291
    cmp dword ptr [rsi-2], 192
    jne label_291
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1234
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1234:
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
    jl L612
    ret
# label_L
label_291:
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_292:
# i_func_info_IaaI
# ets:wrap_chunk/4
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x11, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
wrap_chunk/4:
# i_breakpoint_trampoline
    short jmp L1235
.db 0x00
    call L613
    align 8
L1235:
# i_test_yield
    lea rdx, qword ptr [wrap_chunk/4+24]
    dec r14
    jle L611
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 75
    jne label_295
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1236
    mov ecx, 3
.db 0x90
    call 140320710850576
L1236:
# line_I
# i_call_ext_e
L1237:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_296
    cmp dword ptr [rsi-2], 192
    jne label_296
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1238
    cmp rdi, rsi
    short jmp L1239
L1238:
    call 140320710848608
L1239:
    jge label_294
# i_move_sd
    mov qword ptr [rbx+8], 4939
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
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
    jl L612
    ret
# label_L
label_294:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1242
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1242:
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
    jl L612
    ret
# label_L
label_295:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1243
    mov ecx, 3
.db 0x90
    call 140320710850576
L1243:
# line_I
# i_call_ext_e
L1244:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_296
    cmp dword ptr [rsi-2], 192
    jne label_296
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1245
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1245:
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
    jl L612
    ret
# label_L
label_296:
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_297:
# i_func_info_IaaI
# ets:get_header_data/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x12, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_header_data/2:
# i_breakpoint_trampoline
    short jmp L1246
.db 0x00
    call L613
    align 8
L1246:
# i_test_yield
    lea rdx, qword ptr [get_header_data/2+24]
    dec r14
    jle L611
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_310
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1247
    mov ecx, 1
.db 0x90
    call 140320710850576
L1247:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 6
    rep stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_move_sd
    mov qword ptr [rbx+24], 75
# i_move_sd
    mov qword ptr [rbx+8], 40779
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call wrap_bchunk/4
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_309
    cmp dword ptr [rsi-2], 128
    jne label_309
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+40], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_309
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+32], rsi
    mov qword ptr [rbx], rdx
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_309
# is_binary_fs
    mov rdi, qword ptr [rsp+32]
    rex test dil, 1
    jne label_309
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1249
    and al, -5
    cmp al, 32
    jne label_309
    short jmp L1248
L1249:
    cmp byte ptr [rdi+22], 0
    jne label_309
L1248:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1250:
L1251:
    long mov rcx, 9223372036854775807
    mov rax, 94919179382064
    lea rdx, qword ptr [L1250]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_308
    test byte ptr [rsi-2], 63
    jne label_308
# line_I
# call_light_bif_be
    align 4
L1252:
L1253:
    long mov rcx, 9223372036854775807
    mov rax, 94919179103664
    lea rdx, qword ptr [L1252]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call verify_header_mandatory/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_307
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 24139
# line_I
# call_light_bif_be
    align 4
L1254:
L1255:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1254]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_299
    cmp dword ptr [rsi-2], 128
    jne label_299
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# jump_f
    jmp label_300
# label_L
label_299:
# i_move_sd
    mov qword ptr [rsp+16], 15
# label_L
label_300:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 25995
# line_I
# call_light_bif_be
    align 4
L1256:
L1257:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1256]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_301
    cmp dword ptr [rsi-2], 128
    jne label_301
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# jump_f
    jmp label_302
# label_L
label_301:
# i_move_sd
    mov qword ptr [rsp+8], 15
# label_L
label_302:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 396235
# line_I
# call_light_bif_be
    align 4
L1258:
L1259:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1258]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_303
    cmp dword ptr [rsi-2], 128
    jne label_303
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L1260
    test al, 2
    jne label_303
L1260:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 396875
# line_I
# call_light_bif_be
    align 4
L1261:
L1262:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1261]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 396811
# line_I
# call_light_bif_be
    align 4
L1263:
L1264:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1263]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_304
# label_L
label_303:
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov qword ptr [rbx], 11
# label_L
label_304:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1265
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1265:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 397963
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
    mov qword ptr [r15+32], 11
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_305
# line_I
# call_light_bif_be
    align 4
L1266:
L1267:
    long mov rcx, 9223372036854775807
    mov rax, 94919179860688
    lea rdx, qword ptr [L1266]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# line_I
# call_light_bif_be
    align 4
L1268:
L1269:
    long mov rcx, 9223372036854775807
    mov rax, 94919179860736
    lea rdx, qword ptr [L1268]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_306
# label_L
label_305:
# i_move_sd
    mov qword ptr [rbx], 11
# label_L
label_306:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1270
    mov ecx, 1
    call 140320710850576
L1270:
# put_tuple2_SA
# Move arity word
    mov edi, 448
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+48], rdi
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+56], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 64
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L612
    ret
# label_L
label_307:
# i_move_sd
    mov qword ptr [rbx+8], 4939
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L1271:
L1272:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1271]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L612
    ret
# label_L
label_308:
# i_move_sd
    mov qword ptr [rbx+8], 4939
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L1273:
L1274:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1273]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L612
    ret
# label_L
label_309:
# i_move_sd
    mov qword ptr [rbx+8], 4939
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L1275:
L1276:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1275]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L612
    ret
# label_L
label_310:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1277
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1277:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 5
    rep stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_move_sd
    mov qword ptr [rbx+24], 11
# i_move_sd
    mov qword ptr [rbx+8], 40779
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call wrap_chunk/4
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_318
    cmp dword ptr [rsi-2], 128
    jne label_318
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+32], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_318
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_318
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_318
    test byte ptr [rsi-2], 63
    jne label_318
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1278:
L1279:
    long mov rcx, 9223372036854775807
    mov rax, 94919179103664
    lea rdx, qword ptr [L1278]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call verify_header_mandatory/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_317
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 398027
# line_I
# call_light_bif_be
    align 4
L1280:
L1281:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1280]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_311
    cmp dword ptr [rsi-2], 128
    jne label_311
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# jump_f
    jmp label_312
# label_L
label_311:
# i_move_sd
    mov qword ptr [rsp+16], 15
# label_L
label_312:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 26059
# line_I
# call_light_bif_be
    align 4
L1282:
L1283:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1282]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_313
    cmp dword ptr [rsi-2], 128
    jne label_313
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# jump_f
    jmp label_314
# label_L
label_313:
# i_move_sd
    mov qword ptr [rsp+8], 15
# label_L
label_314:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 396235
# line_I
# call_light_bif_be
    align 4
L1284:
L1285:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1284]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_315
    cmp dword ptr [rsi-2], 128
    jne label_315
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L1286
    test al, 2
    jne label_315
L1286:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 396875
# line_I
# call_light_bif_be
    align 4
L1287:
L1288:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1287]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 396811
# line_I
# call_light_bif_be
    align 4
L1289:
L1290:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1289]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1291
    mov ecx, 1
    call 140320710850576
L1291:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 397963
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 11
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_316
# label_L
label_315:
# i_move_sd
L1292:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# label_L
label_316:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1293
    mov ecx, 1
    call 140320710850576
L1293:
# put_tuple2_SA
# Move arity word
    mov edi, 448
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], 11
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+24]
    movups xmmword ptr [r15+48], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 64
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L612
    ret
# label_L
label_317:
# i_move_sd
    mov qword ptr [rbx+8], 4939
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L1294:
L1295:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1294]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L612
    ret
# label_L
label_318:
# i_move_sd
    mov qword ptr [rbx+8], 4939
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L1296:
L1297:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1296]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_319:
# i_func_info_IaaI
# ets:md5_and_convert/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x13, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
md5_and_convert/3:
# i_breakpoint_trampoline
    short jmp L1298
.db 0x00
    call L613
    align 8
L1298:
# i_test_yield
    lea rdx, qword ptr [md5_and_convert/3+24]
    dec r14
    jle L611
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_324
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    short jne label_319
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1300
    and al, -5
    cmp al, 32
    short jne label_319
    short jmp L1299
L1300:
    cmp byte ptr [rdi+22], 0
    short jne label_319
L1299:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1301
    mov ecx, 5
    call 140320710850576
L1301:
    sub rsp, 40
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# catch_yf
    inc qword ptr [r13+264]
L1302:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1303:
L1304:
    long mov rcx, 9223372036854775807
    mov rax, 94919179382064
    lea rdx, qword ptr [L1303]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_321:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
    cmp qword ptr [rbx], 0
    short jne L1305
    call 140320710850088
L1305:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+32]
    test al, 2
    jne label_322
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 267
    jne label_323
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_323
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_323
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1306
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1306:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L612
    ret
# label_L
label_322:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+32]
    rex test sil, 1
    jne label_323
    cmp dword ptr [rsi-2], 128
    jne label_323
    cmp qword ptr [rsi+6], 1355
    jne label_323
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp md5_and_convert/3
# label_L
label_323:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L1307:
L1308:
    long mov rcx, 9223372036854775807
    mov rax, 94919179860736
    lea rdx, qword ptr [L1307]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1309
    mov rax, rsi
    add rax, rdx
    short jno L1310
L1309:
    call 140320710853080
L1310:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call md5_and_convert/3
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1311
    mov ecx, 1
    call 140320710850576
L1311:
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
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L612
    ret
# label_L
label_324:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_319
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1312
    mov ecx, 3
    call 140320710850576
L1312:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov qword ptr [r15+32], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_325:
# i_func_info_IaaI
# ets:scan_for_endinfo/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x13, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_for_endinfo/2:
# i_breakpoint_trampoline
    short jmp L1313
.db 0x00
    call L613
    align 8
L1313:
# i_test_yield
    lea rdx, qword ptr [scan_for_endinfo/2+24]
    dec r14
    jle L611
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_328
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_327
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 267
    jne label_327
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_327
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_327
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_327
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1314
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1314:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov qword ptr [r15+24], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L612
    ret
# label_L
label_327:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1315
    mov rax, rsi
    add rax, rdx
    short jno L1316
L1315:
    call 140320710853080
L1316:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1317
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1317:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call scan_for_endinfo/2
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1318
    mov ecx, 1
    call 140320710850576
L1318:
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
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
    jl L612
    ret
# label_L
label_328:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_325
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1319
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1319:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_329:
# i_func_info_IaaI
# ets:load_table/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x13, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load_table/3:
# i_breakpoint_trampoline
    short jmp L1320
.db 0x00
    call L613
    align 8
L1320:
# i_test_yield
    lea rdx, qword ptr [load_table/3+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1321
    mov ecx, 3
    call 140320710850576
L1321:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1322]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1322:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_331
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1323
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1323:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
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
    jl L612
    ret
# label_L
label_331:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1324:
L1325:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1324]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp load_table/3
# func_line_I
# aligned_label_Lt
    align 8
label_332:
# i_func_info_IaaI
# ets:create_tab/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x13, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
create_tab/2:
# i_breakpoint_trampoline
    short jmp L1326
.db 0x00
    call L613
    align 8
L1326:
# i_test_yield
    lea rdx, qword ptr [create_tab/2+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1327
    mov ecx, 2
    call 140320710850576
L1327:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 5
    rep stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 27083
# line_I
# call_light_bif_be
    align 4
L1328:
L1329:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1328]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_350
    cmp dword ptr [rsi-2], 128
    jne label_350
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 43595
# line_I
# call_light_bif_be
    align 4
L1330:
L1331:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1330]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_349
    cmp dword ptr [rsi-2], 128
    jne label_349
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 34379
# line_I
# call_light_bif_be
    align 4
L1332:
L1333:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1332]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_348
    cmp dword ptr [rsi-2], 128
    jne label_348
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 22155
# line_I
# call_light_bif_be
    align 4
L1334:
L1335:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1334]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_347
    cmp dword ptr [rsi-2], 128
    jne label_347
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 40075
# line_I
# call_light_bif_be
    align 4
L1336:
L1337:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1336]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_346
    cmp dword ptr [rsi-2], 128
    jne label_346
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1338
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1338:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+24], rsi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 27147
# line_I
# call_light_bif_be
    align 4
L1339:
L1340:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1339]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_345
    cmp dword ptr [rsi-2], 128
    jne label_345
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 11
    je label_335
    cmp rsi, 75
    je label_334
    jmp label_345
# label_L
label_334:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1341
    xor ecx, ecx
    call 140320710850576
L1341:
# put_cons_ss
    mov qword ptr [r15], 27147
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_335:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 9483
# line_I
# call_light_bif_be
    align 4
L1342:
L1343:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1342]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_337
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_337
    cmp edi, 128
    jne label_343
    cmp qword ptr [rsi+6], 9483
    jne label_343
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 11
    je label_337
    cmp rsi, 75
    je label_336
    jmp label_343
# label_L
label_336:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1344
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1344:
# put_cons_ss
    mov qword ptr [r15], 9483
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_337:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 45643
# line_I
# call_light_bif_be
    align 4
L1345:
L1346:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1345]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_338
    cmp dword ptr [rsi-2], 128
    jne label_338
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1347
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1347:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_338:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# i_move_sd
    mov qword ptr [rbx], 34891
# line_I
# call_light_bif_be
    align 4
L1348:
L1349:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1348]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_339
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_339
    cmp edi, 128
    jne label_344
    cmp qword ptr [rsi+6], 34891
    jne label_344
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1350
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1350:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# jump_f
    jmp label_340
# label_L
label_339:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# label_L
label_340:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+24], rdi
# is_nil_fS
    cmp qword ptr [rsp+40], 59
    jne label_342
# catch_yf
    inc qword ptr [r13+264]
L1351:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    lea rdi, qword ptr [rsp+32]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L1352:
L1353:
    long mov rcx, 9223372036854775807
    mov rax, 94919179491024
    lea rdx, qword ptr [L1352]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1354
    mov ecx, 1
    call 140320710850576
L1354:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L612
    ret
# label_L
label_341:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx], 398347
# line_I
# call_light_bif_be
    align 4
L1355:
L1356:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1355]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L612
    ret
# label_L
label_342:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1357
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1357:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L612
    ret
# label_L
label_343:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_344:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_345:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_346:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_347:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_348:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_349:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_350:
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
label_351:
# i_func_info_IaaI
# ets:tabfile_info/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x14, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tabfile_info/1:
# i_breakpoint_trampoline
    short jmp L1358
.db 0x00
    call L613
    align 8
L1358:
# i_test_yield
    lea rdx, qword ptr [tabfile_info/1+24]
    dec r14
    jle L611
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1359
    test al, 2
    jne label_353
L1359:
# jump_f
    jmp label_354
# label_L
label_353:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_351
# label_L
label_354:
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1360
    mov ecx, 1
.db 0x90
    call 140320710850576
L1360:
    sub rsp, 72
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 8
    rep stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# call_light_bif_be
    align 4
L1361:
L1362:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L1361]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1363
    mov ecx, 1
    call 140320710850576
L1363:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 63499
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L1364:
    long mov rdi, 9223372036854775807
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
    mov qword ptr [r15+8], 27083
    mov rdi, qword ptr [rbx]
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# catch_yf
    inc qword ptr [r13+264]
L1365:
    mov eax, 2147483647
    mov qword ptr [rsp+64], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1366:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_364
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_364
    cmp esi, 128
    je label_356
    cmp esi, 256
    je label_355
    jne label_364
# label_L
label_355:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 397003
    jne label_364
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+48]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1367
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_364
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_364
L1367:
# jump_f
    jmp label_358
# label_L
label_356:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_363
    cmp rsi, 30603
    je label_357
    jmp label_364
# label_L
label_357:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+48]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1368
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_364
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_364
L1368:
# label_L
label_358:
# catch_yf
    inc qword ptr [r13+264]
L1369:
    mov eax, 2147483647
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_header_data/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+56], 59
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# line_I
# i_call_ext_e
L1370:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_359
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_359
    cmp edi, 128
    jne label_374
    cmp qword ptr [rsi+6], 779
    jne label_374
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1371:
L1372:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1371]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_365
# label_L
label_359:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_374
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 27083
# line_I
# call_light_bif_be
    align 4
L1373:
L1374:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928992
    lea rdx, qword ptr [L1373]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_373
    cmp dword ptr [rsi-2], 128
    jne label_373
    cmp qword ptr [rsi+6], 45067
    jne label_373
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 43595
# line_I
# call_light_bif_be
    align 4
L1375:
L1376:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928992
    lea rdx, qword ptr [L1375]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_372
    cmp dword ptr [rsi-2], 128
    jne label_372
    cmp qword ptr [rsi+6], 45067
    jne label_372
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 34379
# line_I
# call_light_bif_be
    align 4
L1377:
L1378:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928992
    lea rdx, qword ptr [L1377]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_371
    cmp dword ptr [rsi-2], 128
    jne label_371
    cmp qword ptr [rsi+6], 45067
    jne label_371
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 27147
# line_I
# call_light_bif_be
    align 4
L1379:
L1380:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928992
    lea rdx, qword ptr [L1379]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_370
    cmp dword ptr [rsi-2], 128
    jne label_370
    cmp qword ptr [rsi+6], 45067
    jne label_370
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 22155
# line_I
# call_light_bif_be
    align 4
L1381:
L1382:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928992
    lea rdx, qword ptr [L1381]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_369
    cmp dword ptr [rsi-2], 128
    jne label_369
    cmp qword ptr [rsi+6], 45067
    jne label_369
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 40075
# line_I
# call_light_bif_be
    align 4
L1383:
L1384:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928992
    lea rdx, qword ptr [L1383]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_368
    cmp dword ptr [rsi-2], 128
    jne label_368
    cmp qword ptr [rsi+6], 45067
    jne label_368
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+56], 59
# i_move_sd
    mov qword ptr [rbx], 396235
# line_I
# call_light_bif_be
    align 4
L1385:
L1386:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1385]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_360
# i_move_sd
L1387:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# label_L
label_360:
# test_heap_It
    lea rdx, qword ptr [r15+232]
    cmp rdx, rsp
    short jbe L1388
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1388:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+40], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+48], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+56], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+56]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+56], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45131
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+56], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+96], rdi
    mov qword ptr [r15+104], rsi
    lea rsi, qword ptr [r15+97]
# store_cons_Id
    add r15, 112
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
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+64], 59
# deallocate_t
    add rsp, 72
# return
    dec r14
    jl L612
    ret
# label_L
label_361:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_362
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4939
    jne label_362
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# line_I
# i_call_ext_e
L1389:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 4939
# line_I
# call_light_bif_be
    align 4
L1390:
L1391:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1390]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_365
# label_L
label_362:
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
label_363:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1392
    mov ecx, 3
.db 0x90
    call 140320710850576
L1392:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 397131
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1393:
L1394:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1393]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_365
# label_L
label_364:
# line_I
# call_light_bif_be
    align 4
L1395:
L1396:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1395]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_365:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 715
    je label_366
    cmp rsi, 843
    je label_366
    jmp label_367
# label_L
label_366:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1397
    mov ecx, 2
    call 140320710850576
L1397:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 72
# return
    dec r14
    jl L612
    ret
# label_L
label_367:
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
label_368:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_369:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_370:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_371:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_372:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_373:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_374:
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
label_375:
# i_func_info_IaaI
# ets:table/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
table/1:
# i_breakpoint_trampoline
    short jmp L1398
.db 0x00
    call L613
    align 8
L1398:
# i_test_yield
    lea rdx, qword ptr [table/1+24]
    dec r14
    jle L611
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp table/2
# func_line_I
# aligned_label_Lt
    align 8
label_377:
# i_func_info_IaaI
# ets:table/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
table/2:
# i_breakpoint_trampoline
    short jmp L1399
.db 0x00
    call L613
    align 8
L1399:
# i_test_yield
    lea rdx, qword ptr [table/2+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1400
    mov ecx, 2
    call 140320710850576
L1400:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L1401:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call options/2
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_388
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_390
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+40], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_390
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_390
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_390
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+32], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_390
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rsp+40]
    rex test sil, 1
    jne label_379
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_379
    cmp edi, 128
    jne label_389
    cmp qword ptr [rsi+6], 58251
    jne label_389
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1402
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1402:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_make_fun3_FStt
L1403:
    long mov rsi, 9223372036854775807
    xor edx, edx
    mov ecx, 3
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+56], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# jump_f
    jmp label_383
# label_L
label_379:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+40]
    cmp rsi, 58251
    je label_380
    cmp rsi, 398475
    je label_382
    cmp rsi, 398539
    je label_381
    jmp label_389
# label_L
label_380:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1404
    mov ecx, 4
.db 0x90
    call 140320710850576
L1404:
# i_make_fun3_FStt
L1405:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 2
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rax+48], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# jump_f
    jmp label_383
# label_L
label_381:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1406
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1406:
# i_make_fun3_FStt
L1407:
    long mov rsi, 9223372036854775807
    xor edx, edx
    mov ecx, 1
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# jump_f
    jmp label_383
# label_L
label_382:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1408
    xor ecx, ecx
    call 140320710850576
L1408:
# i_make_fun3_FStt
L1409:
    long mov rsi, 9223372036854775807
    xor edx, edx
    mov ecx, 1
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_383:
# test_heap_It
    lea rdx, qword ptr [r15+176]
    cmp rdx, rsp
    short jbe L1410
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1410:
# i_make_fun3_FStt
L1411:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 1
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rsp+16], rax
# i_make_fun3_FStt
L1412:
    long mov rsi, 9223372036854775807
    xor edx, edx
    mov ecx, 1
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rsp+8], rax
# i_make_fun3_FStt
L1413:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 1
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rsp], rax
# i_move_sd
    mov qword ptr [rbx+8], 43595
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1414:
L1415:
    long mov rcx, 9223372036854775807
    mov rax, 94919179506272
    lea rdx, qword ptr [L1414]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 31179
    jne label_384
# i_move_sd
    mov qword ptr [rbx], 14283
# jump_f
    jmp label_385
# label_L
label_384:
# i_move_sd
    mov qword ptr [rbx], 14219
# label_L
label_385:
# i_is_tuple_fs
    mov rsi, qword ptr [rsp+40]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_386
# i_move_sd
    mov qword ptr [rbx+8], 907
# jump_f
    jmp label_387
# label_L
label_386:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1416
    mov ecx, 1
    call 140320710850576
L1416:
# i_make_fun3_FStt
L1417:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 1
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# label_L
label_387:
# test_heap_It
    lea rdx, qword ptr [r15+328]
    cmp rdx, rsp
    short jbe L1418
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1418:
# i_make_fun3_FStt
L1419:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 2
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rax+48], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+16], rax
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 398603
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
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
    mov qword ptr [r15+8], 398667
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 398731
    mov rdi, qword ptr [rbx+16]
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
    mov qword ptr [r15+8], 398795
    mov rdi, qword ptr [rsp]
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
    mov qword ptr [r15+8], 398859
    mov rdi, qword ptr [rsp+8]
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
    mov qword ptr [r15+8], 398923
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
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 64
L1420:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_388:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1421
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1421:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L1422:
L1423:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L1422]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L612
    ret
# label_L
label_389:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_390:
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
label_391:
# i_func_info_IaaI
# ets:table_info/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x16, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
table_info/2:
# i_breakpoint_trampoline
    short jmp L1424
.db 0x00
    call L613
    align 8
L1424:
# i_test_yield
    lea rdx, qword ptr [table_info/2+24]
    dec r14
    jle L611
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 22155
    je label_394
    cmp rsi, 399051
    je label_396
    cmp rsi, 399115
    je label_395
    cmp rsi, 399179
    je label_393
    jmp label_397
# label_L
label_393:
# i_move_sd
    mov qword ptr [rbx+8], 40075
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1425
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1425:
# call_light_bif_be
    align 4
L1426:
L1427:
    long mov rcx, 9223372036854775807
    mov rax, 94919179506272
    lea rdx, qword ptr [L1426]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_394:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1428
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1428:
# call_light_bif_be
    align 4
L1429:
L1430:
    long mov rcx, 9223372036854775807
    mov rax, 94919179506272
    lea rdx, qword ptr [L1429]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_395:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1431
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1431:
# i_move_sd
    mov qword ptr [rbx+8], 43595
# line_I
# call_light_bif_be
    align 4
L1432:
L1433:
    long mov rcx, 9223372036854775807
    mov rax, 94919179506272
    lea rdx, qword ptr [L1432]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# bif_is_ne_exact_Ssd
    mov eax, 11
    cmp qword ptr [rbx], 13323
    mov edi, 75
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_396:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1434
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1434:
# i_move_sd
    mov qword ptr [rbx+8], 43595
# line_I
# call_light_bif_be
    align 4
L1435:
L1436:
    long mov rcx, 9223372036854775807
    mov rax, 94919179506272
    lea rdx, qword ptr [L1435]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 31179
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_397:
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_398:
# i_func_info_IaaI
# ets:qlc_next/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x17, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
qlc_next/2:
# i_breakpoint_trampoline
    short jmp L1437
.db 0x00
    call L613
    align 8
L1437:
# i_test_yield
    lea rdx, qword ptr [qlc_next/2+24]
    dec r14
    jle L611
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 267
    jne label_400
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L612
    ret
# label_L
label_400:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1438
    mov ecx, 2
.db 0x90
    call 140320710850576
L1438:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# call_light_bif_be
    align 4
L1439:
L1440:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L1439]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1441
    mov ecx, 1
    call 140320710850576
L1441:
# i_make_fun3_FStt
L1442:
    long mov rsi, 9223372036854775807
    xor edx, edx
    mov ecx, 2
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [rax+48], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# call_light_bif_be
    align 4
L1443:
L1444:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1443]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_401:
# i_func_info_IaaI
# ets:qlc_prev/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x17, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
qlc_prev/2:
# i_breakpoint_trampoline
    short jmp L1445
.db 0x00
    call L613
    align 8
L1445:
# i_test_yield
    lea rdx, qword ptr [qlc_prev/2+24]
    dec r14
    jle L611
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 267
    jne label_403
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L612
    ret
# label_L
label_403:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1446
    mov ecx, 2
.db 0x90
    call 140320710850576
L1446:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# call_light_bif_be
    align 4
L1447:
L1448:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L1447]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1449
    mov ecx, 1
    call 140320710850576
L1449:
# i_make_fun3_FStt
L1450:
    long mov rsi, 9223372036854775807
    xor edx, edx
    mov ecx, 2
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [rax+48], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# call_light_bif_be
    align 4
L1451:
L1452:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1451]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_404:
# i_func_info_IaaI
# ets:qlc_select/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x18, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
qlc_select/1:
# i_breakpoint_trampoline
    short jmp L1453
.db 0x00
    call L613
    align 8
L1453:
# i_test_yield
    lea rdx, qword ptr [qlc_select/1+24]
    dec r14
    jle L611
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_406
    test byte ptr [rsi-2], 63
    jne label_406
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    short jne label_404
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1454
    mov ecx, 1
.db 0x90
    call 140320710850576
L1454:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_make_fun3_FStt
L1455:
    long mov rsi, 9223372036854775807
    xor edx, edx
    mov ecx, 1
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1456
    mov ecx, 2
.db 0x90
    call 140320710850576
L1456:
# call_light_bif_be
    align 4
L1457:
L1458:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1457]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_406:
# is_eq_exact_fss
    cmp qword ptr [rbx], 267
    jne label_404
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_407:
# i_func_info_IaaI
# ets:options/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF8, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
options/2:
# i_breakpoint_trampoline
    short jmp L1459
.db 0x00
    call L613
    align 8
L1459:
# i_test_yield
    lea rdx, qword ptr [options/2+24]
    dec r14
    jle L611
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1460
    test al, 2
    jne label_409
L1460:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp options/3
# label_L
label_409:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1461
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1461:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp options/3
# func_line_I
# aligned_label_Lt
    align 8
label_410:
# i_func_info_IaaI
# ets:options/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF8, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
options/3:
# i_breakpoint_trampoline
    short jmp L1462
.db 0x00
    call L613
    align 8
L1462:
# i_test_yield
    lea rdx, qword ptr [options/3+24]
    dec r14
    jle L611
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_421
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1463
    test al, 2
    short jne label_410
L1463:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1464
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1464:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1465:
L1466:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1465]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_419
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_422
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 399435
    jne label_416
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_412
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_412
    cmp edi, 128
    jne label_418
    cmp qword ptr [rsi+6], 58251
    jne label_418
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1467
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1467:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_420
# label_L
label_412:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 58251
    je label_413
    cmp rsi, 398475
    je label_415
    cmp rsi, 398539
    je label_414
    jmp label_418
# label_L
label_413:
# i_move_sd
L1468:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_420
# label_L
label_414:
# i_move_sd
L1469:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_420
# label_L
label_415:
# i_move_sd
L1470:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_420
# label_L
label_416:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 11211
    jne label_417
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call default_option/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1471
    mov ecx, 1
    call 140320710850576
L1471:
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_420
# label_L
label_417:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1472
    test al, 1
    jne label_418
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_418
L1472:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1473
    cmp rdi, rsi
    short jmp L1474
L1473:
    call 140320710848608
L1474:
    jl label_418
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1475
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1475:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_420
# label_L
label_418:
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp+8]
    cmp qword ptr [rbx+8], rdi
    jne label_422
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1476
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1476:
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
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L612
    ret
# label_L
label_419:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call default_option/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1477
    mov ecx, 1
    call 140320710850576
L1477:
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# label_L
label_420:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L1478:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1479
    mov ecx, 1
    call 140320710850576
L1479:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp options/3
# label_L
label_421:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1480
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1480:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1481:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1482
    mov ecx, 1
    call 140320710850576
L1482:
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
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L612
    ret
# label_L
label_422:
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
label_423:
# i_func_info_IaaI
# ets:default_option/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x18, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
default_option/1:
# i_breakpoint_trampoline
    short jmp L1483
.db 0x00
    call L613
    align 8
L1483:
# i_test_yield
    lea rdx, qword ptr [default_option/1+24]
    dec r14
    jle L611
# is_eq_exact_fss
    cmp qword ptr [rbx], 399435
    jne label_425
# i_move_sd
    mov qword ptr [rbx], 58251
# return
    dec r14
    jl L612
    ret
# label_L
label_425:
# i_move_sd
    mov qword ptr [rbx], 1615
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_426:
# i_func_info_IaaI
# ets:listify/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x18, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
listify/1:
# i_breakpoint_trampoline
    short jmp L1484
.db 0x00
    call L613
    align 8
L1484:
# i_test_yield
    lea rdx, qword ptr [listify/1+24]
    dec r14
    jle L611
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1485
    test al, 2
    jne label_428
L1485:
# return
    dec r14
    jl L612
    ret
# label_L
label_428:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1486
    mov ecx, 1
.db 0x90
    call 140320710850576
L1486:
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
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_429:
# i_func_info_IaaI
# ets:i/0
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x09, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
i/0:
# i_breakpoint_trampoline
    short jmp L1487
.db 0x00
    call L613
    align 8
L1487:
# i_test_yield
    lea rdx, qword ptr [i/0+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1488
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1488:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx+24], 40075
# i_move_sd
    mov qword ptr [rbx+16], 43595
# i_move_sd
    mov qword ptr [rbx+32], 399627
# i_move_sd
    mov qword ptr [rbx+8], 27083
# i_move_sd
    mov qword ptr [rbx+40], 31883
# i_move_sd
    mov qword ptr [rbx], 20427
# line_I
# i_call_f
    call hform/6
# i_move_sd
L1489:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1490:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1491
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1491:
# i_make_fun3_FStt
L1492:
    long mov rsi, 9223372036854775807
    mov edx, 1
    xor ecx, ecx
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
# Create boxed ptr
    or al, 2
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x90
    call tabs/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_ext_e
L1493:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_431:
# i_func_info_IaaI
# ets:tabs/0
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x19, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tabs/0:
# i_breakpoint_trampoline
    short jmp L1494
.db 0x00
    call L613
    align 8
L1494:
# i_test_yield
    lea rdx, qword ptr [tabs/0+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1495
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1495:
# line_I
# i_call_ext_e
L1496:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_ext_last_et
L1497:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_433:
# i_func_info_IaaI
# ets:prinfo/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x19, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
prinfo/1:
# i_breakpoint_trampoline
    short jmp L1498
.db 0x00
    call L613
    align 8
L1498:
# i_test_yield
    lea rdx, qword ptr [prinfo/1+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1499
    mov ecx, 1
    call 140320710850576
L1499:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1500:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call prinfo2/1
# label_L
label_435:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
    cmp qword ptr [rbx], 0
    short jne L1501
    call 140320710850088
L1501:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_436
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_436
    cmp edi, 128
    jne label_437
    cmp qword ptr [rsi+6], 1355
    jne label_437
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call to_string/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1502
    mov ecx, 1
    call 140320710850576
L1502:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1503:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
L1504:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_436:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_437
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L612
    ret
# label_L
label_437:
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
label_438:
# i_func_info_IaaI
# ets:prinfo2/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x19, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
prinfo2/1:
# i_breakpoint_trampoline
    short jmp L1505
.db 0x00
    call L613
    align 8
L1505:
# i_test_yield
    lea rdx, qword ptr [prinfo2/1+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1506
    mov ecx, 1
    call 140320710850576
L1506:
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
# i_move_sd
    mov qword ptr [rbx+8], 27083
# line_I
# call_light_bif_be
    align 4
L1507:
L1508:
    long mov rcx, 9223372036854775807
    mov rax, 94919179506272
    lea rdx, qword ptr [L1507]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 43595
# line_I
# call_light_bif_be
    align 4
L1509:
L1510:
    long mov rcx, 9223372036854775807
    mov rax, 94919179506272
    lea rdx, qword ptr [L1509]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 40075
# line_I
# call_light_bif_be
    align 4
L1511:
L1512:
    long mov rcx, 9223372036854775807
    mov rax, 94919179506272
    lea rdx, qword ptr [L1511]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 24843
# line_I
# call_light_bif_be
    align 4
L1513:
L1514:
    long mov rcx, 9223372036854775807
    mov rax, 94919179506272
    lea rdx, qword ptr [L1513]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31883
# line_I
# call_light_bif_be
    align 4
L1515:
L1516:
    long mov rcx, 9223372036854775807
    mov rax, 94919179506272
    lea rdx, qword ptr [L1515]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call is_reg/1
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp hform/6
# func_line_I
# aligned_label_Lt
    align 8
label_440:
# i_func_info_IaaI
# ets:is_reg/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_reg/1:
# i_breakpoint_trampoline
    short jmp L1517
.db 0x00
    call L613
    align 8
L1517:
# i_test_yield
    lea rdx, qword ptr [is_reg/1+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1518
    mov ecx, 1
    call 140320710850576
L1518:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 35531
# line_I
# i_call_ext_e
L1519:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_442
    cmp dword ptr [rsi-2], 128
    jne label_442
    cmp qword ptr [rsi+6], 35531
    jne label_442
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L612
    ret
# label_L
label_442:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_443:
# i_func_info_IaaI
# ets:hform/6
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
hform/6:
# i_breakpoint_trampoline
    short jmp L1520
.db 0x00
    call L613
    align 8
L1520:
# i_test_yield
    lea rdx, qword ptr [hform/6+24]
    dec r14
    jle L611
# allocate_heap_tIt
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L1521
    mov ecx, 6
.db 0x90
    call 140320710850576
L1521:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 5
    rep stos qword ptr [rdi], rax
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
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
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-hform/6-lc$^0/1-0-'/1
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_445
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+32], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_445
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+24], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_445
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+16], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_445
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rsp]
    test al, 2
    jne label_445
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_445
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 255
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pad_right/2
# swap_dd
    mov rdi, qword ptr [rsp+32]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+32], rsi
# i_move_sd
    mov qword ptr [rbx+8], 287
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pad_right/2
# swap_dd
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+24], rsi
# i_move_sd
    mov qword ptr [rbx+8], 95
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pad_right/2
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 111
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pad_right/2
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov qword ptr [rbx+8], 143
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call pad_right/2
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1522
    mov ecx, 1
    call 140320710850576
L1522:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1523:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 40
L1524:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_445:
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
label_446:
# i_func_info_IaaI
# ets:pad_right/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pad_right/2:
# i_breakpoint_trampoline
    short jmp L1525
.db 0x00
    call L613
    align 8
L1525:
# line_I
# i_test_yield
    lea rdx, qword ptr [pad_right/2+24]
    dec r14
    jle L611
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_length_jtd
    align 4
L1526:
    mov esi, 2
    lea rdx, qword ptr [L1526]
    call 140320710852592
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1527:
L1528:
    jl label_448
# return
    dec r14
    jl L612
    ret
# label_L
label_448:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1529
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1529:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx+8], 527
# i_call_ext_e
L1530:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1531:
L1532:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1531]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_449:
# i_func_info_IaaI
# ets:to_string/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_string/1:
# i_breakpoint_trampoline
    short jmp L1533
.db 0x00
    call L613
    align 8
L1533:
# i_test_yield
    lea rdx, qword ptr [to_string/1+24]
    dec r14
    jle L611
# allocate_heap_tIt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1534
    mov ecx, 1
    call 140320710850576
L1534:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1535:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1536:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_call_ext_last_et
L1537:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_451:
# i_func_info_IaaI
# ets:i/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x09, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
i/1:
# i_breakpoint_trampoline
    short jmp L1538
.db 0x00
    call L613
    align 8
L1538:
# i_test_yield
    lea rdx, qword ptr [i/1+24]
    dec r14
    jle L611
# i_move_sd
    mov qword ptr [rbx+8], 655
# i_call_only_f
    jmp i/2
# func_line_I
# aligned_label_Lt
    align 8
label_453:
# i_func_info_IaaI
# ets:i/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x09, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
i/2:
# i_breakpoint_trampoline
    short jmp L1539
.db 0x00
    call L613
    align 8
L1539:
# i_test_yield
    lea rdx, qword ptr [i/2+24]
    dec r14
    jle L611
# i_move_sd
    mov qword ptr [rbx+16], 1295
# i_call_only_f
    jmp i/3
# func_line_I
# aligned_label_Lt
    align 8
label_455:
# i_func_info_IaaI
# ets:i/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x09, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
i/3:
# i_breakpoint_trampoline
    short jmp L1540
.db 0x00
    call L613
    align 8
L1540:
# i_test_yield
    lea rdx, qword ptr [i/3+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1541
    mov ecx, 3
    call 140320710850576
L1541:
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
L1542:
L1543:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486000
    lea rdx, qword ptr [L1542]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 31
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp display_items/6
# func_line_I
# aligned_label_Lt
    align 8
label_457:
# i_func_info_IaaI
# ets:display_items/6
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
display_items/6:
# i_breakpoint_trampoline
    short jmp L1544
.db 0x00
    call L613
    align 8
L1544:
# i_test_yield
    lea rdx, qword ptr [display_items/6+24]
    dec r14
    jle L611
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 267
    jne label_459
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+24], 400139
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov qword ptr [rbx+40], 267
# i_move_sd
    mov qword ptr [rbx+16], 400203
# i_call_only_f
    jmp choice/8
# label_L
label_459:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1545
    cmp rdi, rsi
    short jmp L1546
L1545:
    call 140320710848608
L1546:
    jge label_460
# i_call_only_f
    jmp do_display/6
# label_L
label_460:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+24], 523
# i_move_sd
    mov qword ptr [rbx+16], 400267
# i_call_only_f
    jmp choice/8
# func_line_I
# aligned_label_Lt
    align 8
label_461:
# i_func_info_IaaI
# ets:choice/8
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
choice/8:
# i_breakpoint_trampoline
    short jmp L1547
.db 0x00
    call L613
    align 8
L1547:
# i_test_yield
    lea rdx, qword ptr [choice/8+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1548
    mov ecx, 8
    call 140320710850576
L1548:
    sub rsp, 80
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+64]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
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
# i_move_sd
L1549:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call get_line/2
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_478
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 767
    je label_475
    cmp rsi, 1599
    je label_473
    cmp rsi, 1727
    je label_472
    cmp rsi, 1807
    je label_464
    cmp rsi, 1823
    je label_463
    jmp label_480
# label_L
label_463:
# i_is_eq_exact_literal_fscI
L1550:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 2
    jne label_480
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_480
# jump_f
    jmp label_479
# label_L
label_464:
# catch_yf
    inc qword ptr [r13+264]
L1551:
    mov eax, 2147483647
    mov qword ptr [rsp+72], rax
# catch_yf
    inc qword ptr [r13+264]
L1552:
    mov eax, 2147483647
    mov qword ptr [rsp+64], rax
# line_I
# i_call_f
.db 0x90
    call nonl/1
# call_light_bif_be
    align 4
L1553:
L1554:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101616
    lea rdx, qword ptr [L1553]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_465:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+64], 59
    cmp qword ptr [rbx], 0
    short jne L1555
    call 140320710850088
L1555:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+64]
    rex test sil, 1
    jne label_466
    cmp dword ptr [rsi-2], 128
    jne label_466
    cmp qword ptr [rsi+6], 1355
    jne label_466
# i_move_sd
L1556:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1557:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_470
# label_L
label_466:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+32]
    cmp rsi, 523
    je label_467
    cmp rsi, 400139
    je label_468
    jmp label_469
# label_L
label_467:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1558:
L1559:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486000
    lea rdx, qword ptr [L1558]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call print_number/3
# jump_f
    jmp label_470
# label_L
label_468:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1560:
L1561:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486000
    lea rdx, qword ptr [L1560]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call print_number/3
# jump_f
    jmp label_470
# label_L
label_469:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1562:
L1563:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486000
    lea rdx, qword ptr [L1562]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call print_re_num/4
# label_L
label_470:
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+72], 59
# jump_f
    jmp label_480
# label_L
label_471:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# jump_f
    jmp label_480
# label_L
label_472:
# i_is_eq_exact_literal_fscI
L1564:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 2
    jne label_480
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_480
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 80
# line_I
# call_light_bif_be
    align 4
L1565:
L1566:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495616
    lea rdx, qword ptr [L1565]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_473:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_480
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 175
    jne label_480
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_480
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 523
    jne label_474
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+32], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 80
    jmp do_display/6
# label_L
label_474:
# i_is_tuple_fs
    mov rsi, qword ptr [rsp+32]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_480
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 80
    jmp re_search/7
# label_L
label_475:
# line_I
# i_call_f
.db 0x66, 0x90
    call nonl/1
# i_move_sd
L1567:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L1568:
L1569:
    long mov rcx, 9223372036854775807
    mov rax, 94919179874800
    lea rdx, qword ptr [L1568]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_481
    cmp dword ptr [rsi-2], 128
    jne label_481
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+72], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_477
    cmp rsi, 30603
    je label_476
    jmp label_481
# label_L
label_476:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+64], rdi
# i_trim_t
    add rsp, 48
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1570:
L1571:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486000
    lea rdx, qword ptr [L1570]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+40], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+48], 31
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp re_search/7
# label_L
label_477:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp+72]
    rex test sil, 1
    jne label_481
    cmp dword ptr [rsi-2], 128
    jne label_481
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1572
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1572:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+72]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+72], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
L1573:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1574:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+56], rdi
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
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 72
    jmp choice/8
# label_L
label_478:
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_480
# label_L
label_479:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 80
# return
    dec r14
    jl L612
    ret
# label_L
label_480:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+48], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 80
    jmp choice/8
# label_L
label_481:
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
label_482:
# i_func_info_IaaI
# ets:get_line/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB0, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_line/2:
# i_breakpoint_trampoline
    short jmp L1575
.db 0x00
    call L613
    align 8
L1575:
# i_test_yield
    lea rdx, qword ptr [get_line/2+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1576
    mov ecx, 2
    call 140320710850576
L1576:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1577:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_f
.db 0x0F, 0x1F, 0x00
    call line_string/1
# i_is_eq_exact_literal_fscI
L1578:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 2
    jne label_484
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_484
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L612
    ret
# label_L
label_484:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_485:
# i_func_info_IaaI
# ets:line_string/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
line_string/1:
# i_breakpoint_trampoline
    short jmp L1579
.db 0x00
    call L613
    align 8
L1579:
# i_test_yield
    lea rdx, qword ptr [line_string/1+24]
    dec r14
    jle L611
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_487
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1581
    and al, -5
    cmp al, 32
    jne label_487
    short jmp L1580
L1581:
    cmp byte ptr [rdi+22], 0
    jne label_487
L1580:
# i_call_ext_only_e
L1582:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_487:
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_488:
# i_func_info_IaaI
# ets:nonl/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nonl/1:
# i_breakpoint_trampoline
    short jmp L1583
.db 0x00
    call L613
    align 8
L1583:
# i_test_yield
    lea rdx, qword ptr [nonl/1+24]
    dec r14
    jle L611
# i_move_sd
L1584:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 400523
# i_call_ext_only_e
L1585:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_490:
# i_func_info_IaaI
# ets:print_number/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_number/3:
# i_breakpoint_trampoline
    short jmp L1586
.db 0x00
    call L613
    align 8
L1586:
# i_test_yield
    lea rdx, qword ptr [print_number/3+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1587
    mov ecx, 3
    call 140320710850576
L1587:
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
# line_I
# call_light_bif_be
    align 4
L1588:
L1589:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L1588]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L1590:
    mov esi, 1
    lea rdx, qword ptr [L1590]
    call 140320710852592
    mov qword ptr [rsp], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rsp]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1592
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1591
L1592:
    call 140320710853648
    je label_492
L1591:
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1593
    cmp rdi, rsi
    short jmp L1594
L1593:
    call 140320710848608
L1594:
    jge label_492
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L1595:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1596
    mov ecx, 1
    call 140320710850576
L1596:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1597:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
L1598:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_492:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1599:
L1600:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486208
    lea rdx, qword ptr [L1599]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_minus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rsp+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1602
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1601
L1602:
    call 140320710853584
L1601:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp print_number/3
# func_line_I
# aligned_label_Lt
    align 8
label_493:
# i_func_info_IaaI
# ets:do_display/6
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_display/6:
# i_breakpoint_trampoline
    short jmp L1603
.db 0x00
    call L613
    align 8
L1603:
# i_test_yield
    lea rdx, qword ptr [do_display/6+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1604
    mov ecx, 6
    call 140320710850576
L1604:
    sub rsp, 56
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
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1605:
L1606:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L1605]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+40]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
    call do_display_items/4
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L1607:
    xor esi, esi
    lea rdx, qword ptr [L1607]
    call 140320710852592
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1608:
L1609:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486208
    lea rdx, qword ptr [L1608]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rsp+16]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1611
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1610
L1611:
    call 140320710853728
L1610:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rsp+16]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1613
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1612
L1613:
    call 140320710853728
L1612:
    mov qword ptr [rbx+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp display_items/6
# func_line_I
# aligned_label_Lt
    align 8
label_495:
# i_func_info_IaaI
# ets:do_display_items/4
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_display_items/4:
# i_breakpoint_trampoline
    short jmp L1614
.db 0x00
    call L613
    align 8
L1614:
# i_test_yield
    lea rdx, qword ptr [do_display_items/4+24]
    dec r14
    jle L611
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_497
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1615
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1615:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rsp], rdx
# line_I
# i_call_f
.db 0x66, 0x90
    call do_display_item/4
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1616
    add rax, rdx
    short jno L1617
L1616:
    call 140320710853080
L1617:
    mov qword ptr [rbx+24], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 32
    jmp do_display_items/4
# label_L
label_497:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_495
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_498:
# i_func_info_IaaI
# ets:do_display_item/4
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_display_item/4:
# i_breakpoint_trampoline
    short jmp L1618
.db 0x00
    call L613
    align 8
L1618:
# i_test_yield
    lea rdx, qword ptr [do_display_item/4+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1619
    mov ecx, 4
    call 140320710850576
L1619:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call to_string/1
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L1620:
    mov esi, 1
    lea rdx, qword ptr [L1620]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -113
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1622
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1621
L1622:
    call 140320710853792
    je label_500
L1621:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1623
    cmp rdi, rsi
    short jmp L1624
L1623:
    call 140320710848608
L1624:
    jge label_500
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -208
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1625
    add rax, rdx
    short jno L1626
L1625:
    call 140320710853080
L1626:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# i_call_ext_e
L1627:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
L1628:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L1629:
L1630:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1629]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_501
# label_L
label_500:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_501:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1631
    mov ecx, 1
    call 140320710850576
L1631:
# put_cons_ss
    mov rdi, qword ptr [rbx]
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
L1632:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 24
L1633:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_502:
# i_func_info_IaaI
# ets:re_search/7
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
re_search/7:
# i_breakpoint_trampoline
    short jmp L1634
.db 0x00
    call L613
    align 8
L1634:
# i_test_yield
    lea rdx, qword ptr [re_search/7+24]
    dec r14
    jle L611
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 267
    jne label_504
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1635
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1635:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 34699
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rbx+48], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 267
# i_move_sd
    mov qword ptr [rbx+16], 400203
# i_call_only_f
    jmp choice/8
# label_L
label_504:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1636
    cmp rdi, rsi
    short jmp L1637
L1636:
    call 140320710848608
L1637:
    jge label_505
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1638
    mov ecx, 7
.db 0x90
    call 140320710850576
L1638:
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
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1639:
L1640:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L1639]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 56
    jmp re_display/8
# label_L
label_505:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1641
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1641:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 34699
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rbx+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+16], 400267
# i_call_only_f
    jmp choice/8
# func_line_I
# aligned_label_Lt
    align 8
label_506:
# i_func_info_IaaI
# ets:re_display/8
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
re_display/8:
# i_breakpoint_trampoline
    short jmp L1642
.db 0x00
    call L613
    align 8
L1642:
# i_test_yield
    lea rdx, qword ptr [re_display/8+24]
    dec r14
    jle L611
# is_nonempty_list_fS
    test byte ptr [rbx+32], 2
    jne label_510
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1643
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L1643:
    sub rsp, 72
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+56], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx+32]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call to_string/1
# i_move_sd
L1644:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1645:
L1646:
    long mov rcx, 9223372036854775807
    mov rax, 94919179874928
    lea rdx, qword ptr [L1645]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 24203
    je label_509
    cmp rsi, 28235
    je label_508
    jmp label_511
# label_L
label_508:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+56], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 72
    jmp re_display/8
# label_L
label_509:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call do_display_item/4
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1647
    add rax, rdx
    short jno L1648
L1647:
    call 140320710853080
L1648:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1649
    add rax, rdx
    short jno L1650
L1649:
    call 140320710853080
L1650:
    mov qword ptr [rbx+56], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp re_display/8
# label_L
label_510:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_506
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1651
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1651:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1652:
L1653:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486208
    lea rdx, qword ptr [L1652]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
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
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp re_search/7
# label_L
label_511:
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
label_512:
# i_func_info_IaaI
# ets:print_re_num/4
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print_re_num/4:
# i_breakpoint_trampoline
    short jmp L1654
.db 0x00
    call L613
    align 8
L1654:
# i_test_yield
    lea rdx, qword ptr [print_re_num/4+24]
    dec r14
    jle L611
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 267
    jne label_514
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L612
    ret
# label_L
label_514:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1655
    mov ecx, 4
.db 0x90
    call 140320710850576
L1655:
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
# line_I
# call_light_bif_be
    align 4
L1656:
L1657:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L1656]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x66, 0x90
    call re_match/2
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L1658:
    mov esi, 1
    lea rdx, qword ptr [L1658]
    call 140320710852592
    mov qword ptr [rsp], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rsp]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1660
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1659
L1660:
    call 140320710853648
    je label_515
L1659:
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1661
    cmp rdi, rsi
    short jmp L1662
L1661:
    call 140320710848608
L1662:
    jge label_515
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# i_call_ext_e
L1663:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1664
    mov ecx, 1
    call 140320710850576
L1664:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1665:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
L1666:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_515:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1667:
L1668:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486208
    lea rdx, qword ptr [L1667]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_minus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rsp+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1670
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1669
L1670:
    call 140320710853584
L1669:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp print_re_num/4
# func_line_I
# aligned_label_Lt
    align 8
label_516:
# i_func_info_IaaI
# ets:re_match/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
re_match/2:
# i_breakpoint_trampoline
    short jmp L1671
.db 0x00
    call L613
    align 8
L1671:
# i_test_yield
    lea rdx, qword ptr [re_match/2+24]
    dec r14
    jle L611
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_520
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1672
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1672:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call to_string/1
# i_move_sd
L1673:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L1674:
L1675:
    long mov rcx, 9223372036854775807
    mov rax, 94919179874928
    lea rdx, qword ptr [L1674]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 24203
    je label_519
    cmp rsi, 28235
    je label_518
    jmp label_521
# label_L
label_518:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp re_match/2
# label_L
label_519:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
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
.db 0x66, 0x90
    call re_match/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1676
    mov ecx, 1
    call 140320710850576
L1676:
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
    jl L612
    ret
# label_L
label_520:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_516
# return
    dec r14
    jl L612
    ret
# label_L
label_521:
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
label_522:
# i_func_info_IaaI
# ets:module_info/0
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L1677
.db 0x00
    call L613
    align 8
L1677:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L611
# i_move_sd
    mov qword ptr [rbx], 15307
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1678
    mov ecx, 1
.db 0x90
    call 140320710850576
L1678:
# call_light_bif_be
    align 4
L1679:
L1680:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L1679]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_524:
# i_func_info_IaaI
# ets:module_info/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L1681
.db 0x00
    call L613
    align 8
L1681:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L611
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 15307
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1682
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1682:
# call_light_bif_be
    align 4
L1683:
L1684:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L1683]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_526:
# i_func_info_IaaI
# ets:'-hform/6-lc$^0/1-0-'/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-hform/6-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L1685
.db 0x00
    call L613
    align 8
L1685:
# i_test_yield
    lea rdx, qword ptr ['-hform/6-lc$^0/1-0-'/1+24]
    dec r14
    jle L611
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_528
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1686
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1686:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_call_f
.db 0x90
    call to_string/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call '-hform/6-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1687
    mov ecx, 1
    call 140320710850576
L1687:
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
    jl L612
    ret
# label_L
label_528:
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_529:
# i_func_info_IaaI
# ets:'-qlc_select/1-fun-0-'/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-qlc_select/1-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1688
.db 0x00
    call L613
    align 8
L1688:
# i_test_yield
    lea rdx, qword ptr ['-qlc_select/1-fun-0-'/1+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1689
    mov ecx, 1
    call 140320710850576
L1689:
# call_light_bif_be
    align 4
L1690:
L1691:
    long mov rcx, 9223372036854775807
    mov rax, 94919179502144
    lea rdx, qword ptr [L1690]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp qlc_select/1
# i_lambda_trampoline_FfWW
L607:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx], rax
    short jmp '-qlc_select/1-fun-0-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_531:
# i_func_info_IaaI
# ets:'-qlc_prev/2-fun-0-'/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-qlc_prev/2-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L1692
.db 0x00
    call L613
    align 8
L1692:
# i_test_yield
    lea rdx, qword ptr ['-qlc_prev/2-fun-0-'/2+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1693
    mov ecx, 2
    call 140320710850576
L1693:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# call_light_bif_be
    align 4
L1694:
L1695:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486640
    lea rdx, qword ptr [L1694]
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
    jmp qlc_prev/2
# i_lambda_trampoline_FfWW
L606:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx], xmm0
    short jmp '-qlc_prev/2-fun-0-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_533:
# i_func_info_IaaI
# ets:'-qlc_next/2-fun-0-'/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-qlc_next/2-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L1696
.db 0x00
    call L613
    align 8
L1696:
# i_test_yield
    lea rdx, qword ptr ['-qlc_next/2-fun-0-'/2+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1697
    mov ecx, 2
    call 140320710850576
L1697:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# call_light_bif_be
    align 4
L1698:
L1699:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486208
    lea rdx, qword ptr [L1698]
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
    jmp qlc_next/2
# i_lambda_trampoline_FfWW
L605:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx], xmm0
    short jmp '-qlc_next/2-fun-0-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_535:
# i_func_info_IaaI
# ets:'-table/2-fun-11-'/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x20, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-fun-11-'/3:
# i_breakpoint_trampoline
    short jmp L1700
.db 0x00
    call L613
    align 8
L1700:
# i_test_yield
    lea rdx, qword ptr ['-table/2-fun-11-'/3+24]
    dec r14
    jle L611
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_541
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_541
    cmp esi, 128
    je label_540
    cmp esi, 192
    je label_539
    cmp esi, 320
    je label_537
    jne label_541
# label_L
label_537:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 57419
    jne label_541
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_538
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_538
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1701
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1701:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L1702]
    test ecx, 1
    short jne L1702
    cmp qword ptr [rcx-2], 212
    short jne L1702
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1702:
    cmovne rdi, rsi
    call rdi
.db 0x90
    call rdi
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1703
    mov ecx, 1
    call 140320710850576
L1703:
# put_cons_ss
    mov rdi, qword ptr [rbx]
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
# append_cons_Is
    mov qword ptr [r15], 15307
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1704:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L1705:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_538:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1706
    mov ecx, 3
.db 0x90
    call 140320710850576
L1706:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call '-table/2-lc$^10/1-2-'/2
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1707
    mov ecx, 1
    call 140320710850576
L1707:
# put_cons_ss
    mov rdi, qword ptr [rbx]
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
# append_cons_Is
    mov qword ptr [r15], 15307
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1708:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L1709:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_539:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 2123
    jne label_541
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1710
    mov ecx, 3
    call 140320710850576
L1710:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1711:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call '-table/2-lc$^9/1-1-'/2
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1712
    mov ecx, 1
    call 140320710850576
L1712:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 15307
    mov qword ptr [r15+16], 41867
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
    jl L612
    ret
# label_L
label_540:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 24395
    jne label_541
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1713
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1713:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call listify/1
# test_heap_It
    lea rdx, qword ptr [r15+160]
    cmp rdx, rsp
    short jbe L1714
    mov ecx, 1
.db 0x90
    call 140320710850576
L1714:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 58251
    mov rdi, qword ptr [rsp]
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
    mov qword ptr [r15+8], 399435
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
# put_cons_ss
    mov rdi, qword ptr [rbx]
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
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 15307
    mov qword ptr [r15+16], 41867
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L612
    ret
# label_L
label_541:
# i_call_only_f
    jmp '-table/2-inlined-0-'/1
# i_lambda_trampoline_FfWW
L604:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+8], xmm0
    jmp '-table/2-fun-11-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_542:
# i_func_info_IaaI
# ets:'-table/2-lc$^9/1-1-'/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x20, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-lc$^9/1-1-'/2:
# i_breakpoint_trampoline
    short jmp L1715
.db 0x00
    call L613
    align 8
L1715:
# i_test_yield
    lea rdx, qword ptr ['-table/2-lc$^9/1-1-'/2+24]
    dec r14
    jle L611
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_545
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_544
# i_call_only_f
    short jmp '-table/2-lc$^9/1-1-'/2
# label_L
label_544:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1716
    mov ecx, 2
.db 0x90
    call 140320710850576
L1716:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-table/2-lc$^9/1-1-'/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1717
    mov ecx, 1
    call 140320710850576
L1717:
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
    jl L612
    ret
# label_L
label_545:
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_546:
# i_func_info_IaaI
# ets:'-table/2-lc$^10/1-2-'/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x20, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-lc$^10/1-2-'/2:
# i_breakpoint_trampoline
    short jmp L1718
.db 0x00
    call L613
    align 8
L1718:
# i_test_yield
    lea rdx, qword ptr ['-table/2-lc$^10/1-2-'/2+24]
    dec r14
    jle L611
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_548
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1719
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1719:
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
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L1720]
    test ecx, 1
    short jne L1720
    cmp qword ptr [rcx-2], 212
    short jne L1720
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1720:
    cmovne rdi, rsi
    call rdi
    call rdi
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
    call '-table/2-lc$^10/1-2-'/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1721
    mov ecx, 1
    call 140320710850576
L1721:
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
    jl L612
    ret
# label_L
label_548:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_549
# return
    dec r14
    jl L612
    ret
# label_L
label_549:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1722
    mov ecx, 1
.db 0x90
    call 140320710850576
L1722:
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
    short jbe L1723
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1723:
# call_light_bif_be
    align 4
L1724:
L1725:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1724]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_550:
# i_func_info_IaaI
# ets:'-table/2-fun-8-'/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x20, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-fun-8-'/3:
# i_breakpoint_trampoline
    short jmp L1726
.db 0x00
    call L613
    align 8
L1726:
# i_test_yield
    lea rdx, qword ptr ['-table/2-fun-8-'/3+24]
    dec r14
    jle L611
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_552
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+24], rdx
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_552
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
    short jbe L1727
    mov ecx, 2
    call 140320710850576
L1727:
# call_light_bif_be
    align 4
L1728:
L1729:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L1728]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_552:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1730
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1730:
# i_make_fun3_FStt
L1731:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 1
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# line_I
# i_call_ext_only_e
L1732:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# i_lambda_trampoline_FfWW
L603:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+16], rax
    jmp '-table/2-fun-8-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_553:
# i_func_info_IaaI
# ets:'-table/2-fun-7-'/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x21, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-fun-7-'/2:
# i_breakpoint_trampoline
    short jmp L1733
.db 0x00
    call L613
    align 8
L1733:
# i_test_yield
    lea rdx, qword ptr ['-table/2-fun-7-'/2+24]
    dec r14
    jle L611
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1734
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1734:
# call_light_bif_be
    align 4
L1735:
L1736:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L1735]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# i_lambda_trampoline_FfWW
L608:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+8], rax
    short jmp '-table/2-fun-7-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_555:
# i_func_info_IaaI
# ets:'-table/2-fun-6-'/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x21, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-fun-6-'/2:
# i_breakpoint_trampoline
    short jmp L1737
.db 0x00
    call L613
    align 8
L1737:
# i_test_yield
    lea rdx, qword ptr ['-table/2-fun-6-'/2+24]
    dec r14
    jle L611
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp table_info/2
# i_lambda_trampoline_FfWW
L602:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+8], rax
    short jmp '-table/2-fun-6-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_557:
# i_func_info_IaaI
# ets:'-table/2-fun-5-'/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x21, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-fun-5-'/1:
# i_breakpoint_trampoline
    short jmp L1738
.db 0x00
    call L613
    align 8
L1738:
# i_test_yield
    lea rdx, qword ptr ['-table/2-fun-5-'/1+24]
    dec r14
    jle L611
# i_move_sd
    mov qword ptr [rbx+8], 11
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1739
    mov ecx, 2
    call 140320710850576
L1739:
# call_light_bif_be
    align 4
L1740:
L1741:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L1740]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# i_lambda_trampoline_FfWW
L601:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx], rax
    short jmp '-table/2-fun-5-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_559:
# i_func_info_IaaI
# ets:'-table/2-fun-4-'/2
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x21, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-fun-4-'/2:
# i_breakpoint_trampoline
    short jmp L1742
.db 0x00
    call L613
    align 8
L1742:
# i_test_yield
    lea rdx, qword ptr ['-table/2-fun-4-'/2+24]
    dec r14
    jle L611
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1743
    mov ecx, 2
.db 0x90
    call 140320710850576
L1743:
# call_light_bif_be
    align 4
L1744:
L1745:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L1744]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# i_lambda_trampoline_FfWW
L600:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+8], rax
    short jmp '-table/2-fun-4-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_561:
# i_func_info_IaaI
# ets:'-table/2-fun-3-'/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x22, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-fun-3-'/3:
# i_breakpoint_trampoline
    short jmp L1746
.db 0x00
    call L613
    align 8
L1746:
# i_test_yield
    lea rdx, qword ptr ['-table/2-fun-3-'/3+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1747
    mov ecx, 3
    call 140320710850576
L1747:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# call_light_bif_be
    align 4
L1748:
L1749:
    long mov rcx, 9223372036854775807
    mov rax, 94919179501936
    lea rdx, qword ptr [L1748]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp qlc_select/1
# i_lambda_trampoline_FfWW
L596:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx], xmm0
    mov rax, qword ptr [rcx+54]
    mov qword ptr [rbx+16], rax
    short jmp '-table/2-fun-3-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_563:
# i_func_info_IaaI
# ets:'-table/2-fun-0-'/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x22, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1750
.db 0x00
    call L613
    align 8
L1750:
# i_test_yield
    lea rdx, qword ptr ['-table/2-fun-0-'/1+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1751
    mov ecx, 1
    call 140320710850576
L1751:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# call_light_bif_be
    align 4
L1752:
L1753:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486000
    lea rdx, qword ptr [L1752]
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
    jmp qlc_next/2
# i_lambda_trampoline_FfWW
L599:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx], rax
    short jmp '-table/2-fun-0-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_565:
# i_func_info_IaaI
# ets:'-table/2-fun-1-'/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x22, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-fun-1-'/1:
# i_breakpoint_trampoline
    short jmp L1754
.db 0x00
    call L613
    align 8
L1754:
# i_test_yield
    lea rdx, qword ptr ['-table/2-fun-1-'/1+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1755
    mov ecx, 1
    call 140320710850576
L1755:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# call_light_bif_be
    align 4
L1756:
L1757:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486432
    lea rdx, qword ptr [L1756]
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
    jmp qlc_prev/2
# i_lambda_trampoline_FfWW
L598:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx], rax
    short jmp '-table/2-fun-1-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_567:
# i_func_info_IaaI
# ets:'-table/2-fun-2-'/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x22, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-fun-2-'/3:
# i_breakpoint_trampoline
    short jmp L1758
.db 0x00
    call L613
    align 8
L1758:
# i_test_yield
    lea rdx, qword ptr ['-table/2-fun-2-'/3+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1759
    mov ecx, 3
    call 140320710850576
L1759:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# call_light_bif_be
    align 4
L1760:
L1761:
    long mov rcx, 9223372036854775807
    mov rax, 94919179501936
    lea rdx, qword ptr [L1760]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp qlc_select/1
# i_lambda_trampoline_FfWW
L597:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+8], xmm0
    short jmp '-table/2-fun-2-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_569:
# i_func_info_IaaI
# ets:'-file2tab/2-fun-0-'/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x23, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-file2tab/2-fun-0-'/3:
# i_breakpoint_trampoline
    short jmp L1762
.db 0x00
    call L613
    align 8
L1762:
# i_test_yield
    lea rdx, qword ptr ['-file2tab/2-fun-0-'/3+24]
    dec r14
    jle L611
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_572
    cmp dword ptr [rsi-2], 256
    jne label_572
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1763
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1763:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
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
    mov qword ptr [rbx+16], 1615
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call wrap_bchunk/4
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_571
    test byte ptr [rsi-2], 63
    jne label_571
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_573
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call md5_and_convert/3
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1764
    mov ecx, 1
    call 140320710850576
L1764:
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
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
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
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L612
    ret
# label_L
label_571:
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_573
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1765
    xor ecx, ecx
    call 140320710850576
L1765:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L612
    ret
# label_L
label_572:
# i_call_only_f
    jmp '-file2tab/2-inlined-0-'/1
# label_L
label_573:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# i_lambda_trampoline_FfWW
L594:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+8], xmm0
    jmp '-file2tab/2-fun-0-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_574:
# i_func_info_IaaI
# ets:'-file2tab/2-fun-1-'/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x23, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-file2tab/2-fun-1-'/3:
# i_breakpoint_trampoline
    short jmp L1766
.db 0x00
    call L613
    align 8
L1766:
# i_test_yield
    lea rdx, qword ptr ['-file2tab/2-fun-1-'/3+24]
    dec r14
    jle L611
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_577
    cmp dword ptr [rsi-2], 256
    jne label_577
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1767
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1767:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
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
    mov qword ptr [rbx+16], 1615
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call wrap_chunk/4
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_576
    test byte ptr [rsi-2], 63
    jne label_576
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_578
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call scan_for_endinfo/2
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1768
    mov ecx, 1
    call 140320710850576
L1768:
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
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 11
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx+8], rdi
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
    add rsp, 8
# return
    dec r14
    jl L612
    ret
# label_L
label_576:
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_578
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1769
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1769:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L612
    ret
# label_L
label_577:
# i_call_only_f
    jmp '-file2tab/2-inlined-1-'/1
# label_L
label_578:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# i_lambda_trampoline_FfWW
L595:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+8], xmm0
    jmp '-file2tab/2-fun-1-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_579:
# i_func_info_IaaI
# ets:'-tab2file/3-fun-0-'/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x23, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-tab2file/3-fun-0-'/3:
# i_breakpoint_trampoline
    short jmp L1770
.db 0x00
    call L613
    align 8
L1770:
# i_test_yield
    lea rdx, qword ptr ['-tab2file/3-fun-0-'/3+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1771
    mov ecx, 3
    call 140320710850576
L1771:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call md5terms/2
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
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1772:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_581
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_581
    cmp edi, 128
    jne label_582
    cmp qword ptr [rsi+6], 779
    jne label_582
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1773:
L1774:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1773]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L612
    ret
# label_L
label_581:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_582
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L612
    ret
# label_L
label_582:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# i_lambda_trampoline_FfWW
L592:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+16], rax
    jmp '-tab2file/3-fun-0-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_583:
# i_func_info_IaaI
# ets:'-tab2file/3-fun-1-'/3
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x24, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-tab2file/3-fun-1-'/3:
# i_breakpoint_trampoline
    short jmp L1775
.db 0x00
    call L613
    align 8
L1775:
# i_test_yield
    lea rdx, qword ptr ['-tab2file/3-fun-1-'/3+24]
    dec r14
    jle L611
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1776
    mov ecx, 3
    call 140320710850576
L1776:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1777:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_585
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_585
    cmp edi, 128
    jne label_586
    cmp qword ptr [rsi+6], 779
    jne label_586
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1778:
L1779:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1778]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_585:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_586
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
# return
    dec r14
    jl L612
    ret
# label_L
label_586:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# i_lambda_trampoline_FfWW
L593:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+16], rax
    jmp '-tab2file/3-fun-1-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_587:
# i_func_info_IaaI
# ets:'-file2tab/2-inlined-0-'/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x24, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-file2tab/2-inlined-0-'/1:
# i_breakpoint_trampoline
    short jmp L1780
.db 0x00
    call L613
    align 8
L1780:
# i_test_yield
    lea rdx, qword ptr ['-file2tab/2-inlined-0-'/1+24]
    dec r14
    jle L611
# jump_f
    short jmp label_587
# func_line_I
# aligned_label_Lt
    align 8
label_589:
# i_func_info_IaaI
# ets:'-file2tab/2-inlined-1-'/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x24, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-file2tab/2-inlined-1-'/1:
# i_breakpoint_trampoline
    short jmp L1781
.db 0x00
    call L613
    align 8
L1781:
# i_test_yield
    lea rdx, qword ptr ['-file2tab/2-inlined-1-'/1+24]
    dec r14
    jle L611
# jump_f
    short jmp label_589
# func_line_I
# aligned_label_Lt
    align 8
label_591:
# i_func_info_IaaI
# ets:'-table/2-inlined-0-'/1
    call L610
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x25, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-table/2-inlined-0-'/1:
# i_breakpoint_trampoline
    short jmp L1782
.db 0x00
    call L613
    align 8
L1782:
# i_test_yield
    lea rdx, qword ptr ['-table/2-inlined-0-'/1+24]
    dec r14
    jle L611
# jump_f
    short jmp label_591
# int_code_end
L1783:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0xDD, 0x2D, 0x33, 0x86, 0x2F, 0xBB, 0xDE, 0x10, 0xAA, 0x00, 0x47, 0x4D, 0x51, 0x24, 0xA9, 0x7A, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x42, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x65, 0x74, 0x73, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x7A, 0xA9, 0x24, 0x51, 0x4D, 0x47, 0x00, 0xAA, 0x10, 0xDE, 0xBB, 0x2F, 0x86, 0x33, 0x2D, 0xDD
.section .text {#0}
