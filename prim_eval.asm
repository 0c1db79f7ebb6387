    align 8
L13:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L14:
    jmp 140320710851944
    align 8
L15:
    jmp 140320710853048
    align 8
L16:
    jmp 140320710850344
    align 16
L17:
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
# empty_func_line
# aligned_label_Lt
    align 8
label_1:
# i_func_info_IaaI
# prim_eval:receive/2
    call L14
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x7E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x89, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
receive/2:
# i_breakpoint_trampoline
    short jmp L18
.db 0x00
    call L17
    align 8
L18:
# i_test_yield
    lea rdx, qword ptr [receive/2+24]
    dec r14
    jle L15
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L19
    mov ecx, 2
    call 140320710850576
L19:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_call_f
    call label_7
# aligned_label_Lt
    align 4
label_3:
# i_loop_rec_f
    align 4
L20:
    lea rdi, qword ptr [L20]
    lea rsi, qword ptr [label_5]
    call 140320710852712
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L21]
    test ecx, 1
    short jne L21
    cmp qword ptr [rcx-2], 212
    short jne L21
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L21:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 28235
    je label_4
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
    jl L16
    ret
# label_L
label_4:
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
label_5:
# wait_timeout_locked_sf
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L23]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L22
    short jl L23
    lea rsi, qword ptr [label_5]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L22:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_3]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L23:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx], 459
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L16
    ret
# empty_func_line
# aligned_label_Lt
    align 8
label_6:
# i_func_info_IaaI
# prim_eval:arg_reg_alloc/0
    call L14
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x7E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_7:
# i_breakpoint_trampoline
    short jmp L24
.db 0x00
    call L17
    align 8
L24:
# i_test_yield
    lea rdx, qword ptr [label_7+24]
    dec r14
    jle L15
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L25
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L25:
# i_move_sd
    mov qword ptr [rbx], 2147483647
# call_light_bif_be
    align 4
L26:
L27:
    long mov rcx, 9223372036854775807
    mov rax, 94919179118576
    lea rdx, qword ptr [L26]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+24], 75
# i_move_sd
    mov qword ptr [rbx+32], 75
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_move_sd
    mov qword ptr [rbx+40], 75
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov qword ptr [rbx+48], 75
# i_move_sd
    mov qword ptr [rbx], 75
# i_call_last_ft
    jmp label_9
# empty_func_line
# aligned_label_Lt
    align 8
label_8:
# i_func_info_IaaI
# prim_eval:arg_reg_alloc/7
    call L14
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x7E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_9:
# i_breakpoint_trampoline
    short jmp L28
.db 0x00
    call L17
    align 8
L28:
# i_test_yield
    lea rdx, qword ptr [label_9+24]
    dec r14
    jle L15
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L16
    ret
# empty_func_line
# aligned_label_Lt
    align 8
label_10:
# i_func_info_IaaI
# prim_eval:module_info/0
    call L14
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x7E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L29
.db 0x00
    call L17
    align 8
L29:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L15
# i_move_sd
    mov qword ptr [rbx], 97995
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L30
    mov ecx, 1
.db 0x90
    call 140320710850576
L30:
# call_light_bif_be
    align 4
L31:
L32:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L31]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L16
    ret
# empty_func_line
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# prim_eval:module_info/1
    call L14
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x7E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L33
.db 0x00
    call L17
    align 8
L33:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L15
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 97995
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L34
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L34:
# call_light_bif_be
    align 4
L35:
L36:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L35]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L16
    ret
# int_code_end
L37:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
md5:
.db 0xD5, 0xCE, 0xC9, 0xE1, 0xA0, 0x1B, 0xC2, 0xD7, 0xF9, 0xF5, 0xBA, 0xC9, 0xDC, 0x0B, 0x7C, 0x79
.section .text {#0}
