    align 8
L714:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L715:
    jmp 140320710851944
    align 8
L716:
    jmp 140320710853048
    align 8
L717:
    jmp 140320710850344
    align 16
L718:
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
# init:debug/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x44, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_2:
# i_breakpoint_trampoline
    short jmp L719
.db 0x00
    call L718
    align 8
L719:
# i_test_yield
    lea rdx, qword ptr [label_2+24]
    dec r14
    jle L716
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_3
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L717
    ret
# label_L
label_3:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L720
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L720:
# call_light_bif_be
    align 4
L721:
L722:
    long mov rcx, 9223372036854775807
    mov rax, 94919179107008
    lea rdx, qword ptr [L721]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_4:
# i_func_info_IaaI
# init:get_configfd/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x45, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_configfd/1:
# i_breakpoint_trampoline
    short jmp L723
.db 0x00
    call L718
    align 8
L723:
# i_test_yield
    lea rdx, qword ptr [get_configfd/1+24]
    dec r14
    jle L716
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L724
    mov ecx, 1
    call 140320710850576
L724:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 83211
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_44
# func_line_I
# aligned_label_Lt
    align 8
label_6:
# i_func_info_IaaI
# init:set_configfd/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x45, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_configfd/2:
# i_breakpoint_trampoline
    short jmp L725
.db 0x00
    call L718
    align 8
L725:
# i_test_yield
    lea rdx, qword ptr [set_configfd/2+24]
    dec r14
    jle L716
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L726
    mov ecx, 2
    call 140320710850576
L726:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 83275
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_44
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_8:
# i_func_info_IaaI
# init:get_arguments/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x45, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_arguments/0:
# i_breakpoint_trampoline
    short jmp L727
.db 0x00
    call L718
    align 8
L727:
# i_test_yield
    lea rdx, qword ptr [get_arguments/0+24]
    dec r14
    jle L716
# i_move_sd
    mov qword ptr [rbx], 83339
# i_call_only_f
    jmp label_44
# func_line_I
# aligned_label_Lt
    align 8
label_10:
# i_func_info_IaaI
# init:get_plain_arguments/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x45, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_plain_arguments/0:
# i_breakpoint_trampoline
    short jmp L728
.db 0x00
    call L718
    align 8
L728:
# i_test_yield
    lea rdx, qword ptr [get_plain_arguments/0+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L729
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L729:
# i_move_sd
    mov qword ptr [rbx], 83403
# line_I
# i_call_f
    call label_44
# i_call_last_ft
    jmp label_26
# func_line_I
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# init:get_argument/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x46, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_argument/1:
# i_breakpoint_trampoline
    short jmp L730
.db 0x00
    call L718
    align 8
L730:
# i_test_yield
    lea rdx, qword ptr [get_argument/1+24]
    dec r14
    jle L716
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L731
    mov ecx, 1
    call 140320710850576
L731:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 83467
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_44
# func_line_I
# aligned_label_Lt
    align 8
label_14:
# i_func_info_IaaI
# init:script_id/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x46, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
script_id/0:
# i_breakpoint_trampoline
    short jmp L732
.db 0x00
    call L718
    align 8
L732:
# i_test_yield
    lea rdx, qword ptr [script_id/0+24]
    dec r14
    jle L716
# i_move_sd
    mov qword ptr [rbx], 83531
# i_call_only_f
    jmp label_44
# func_line_I
# aligned_label_Lt
    align 8
label_16:
# i_func_info_IaaI
# init:script_name/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x46, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
script_name/0:
# i_breakpoint_trampoline
    short jmp L733
.db 0x00
    call L718
    align 8
L733:
# i_test_yield
    lea rdx, qword ptr [script_name/0+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L734
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L734:
# i_move_sd
    mov qword ptr [rbx], 83659
# line_I
# i_call_f
    call label_44
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_19
    cmp dword ptr [rsi-2], 128
    jne label_19
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_18
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_18:
# line_I
# i_call_ext_last_et
L735:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_19:
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
label_20:
# i_func_info_IaaI
# init:set_script_name/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_21:
# i_breakpoint_trampoline
    short jmp L736
.db 0x00
    call L718
    align 8
L736:
# i_test_yield
    lea rdx, qword ptr [label_21+24]
    dec r14
    jle L716
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L737
    mov ecx, 2
    call 140320710850576
L737:
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
    mov qword ptr [r15+8], 83851
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_44
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_22:
# i_func_info_IaaI
# init:bs2as/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x47, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_23:
# i_breakpoint_trampoline
    short jmp L738
.db 0x00
    call L718
    align 8
L738:
# i_test_yield
    lea rdx, qword ptr [label_23+24]
    dec r14
    jle L716
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L739
    test al, 2
    jne label_24
L739:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L740
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L740:
# i_make_fun3_FStt
L741:
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
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp label_90
# label_L
label_24:
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_25:
# i_func_info_IaaI
# init:bs2ss/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x48, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_26:
# i_breakpoint_trampoline
    short jmp L742
.db 0x00
    call L718
    align 8
L742:
# i_test_yield
    lea rdx, qword ptr [label_26+24]
    dec r14
    jle L716
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L743
    test al, 2
    jne label_27
L743:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L744
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L744:
# i_make_fun3_FStt
L745:
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
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp label_90
# label_L
label_27:
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_28:
# i_func_info_IaaI
# init:get_status/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x48, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_status/0:
# i_breakpoint_trampoline
    short jmp L746
.db 0x00
    call L718
    align 8
L746:
# i_test_yield
    lea rdx, qword ptr [get_status/0+24]
    dec r14
    jle L716
# i_move_sd
    mov qword ptr [rbx], 84043
# i_call_only_f
    jmp label_44
# func_line_I
# aligned_label_Lt
    align 8
label_30:
# i_func_info_IaaI
# init:fetch_loaded/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x48, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fetch_loaded/0:
# i_breakpoint_trampoline
    short jmp L747
.db 0x00
    call L718
    align 8
L747:
# i_test_yield
    lea rdx, qword ptr [fetch_loaded/0+24]
    dec r14
    jle L716
# i_move_sd
    mov qword ptr [rbx], 84107
# i_call_only_f
    jmp label_44
# func_line_I
# aligned_label_Lt
    align 8
label_32:
# i_func_info_IaaI
# init:ensure_loaded/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x48, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ensure_loaded/1:
# i_breakpoint_trampoline
    short jmp L748
.db 0x00
    call L718
    align 8
L748:
# i_test_yield
    lea rdx, qword ptr [ensure_loaded/1+24]
    dec r14
    jle L716
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L749
    mov ecx, 1
    call 140320710850576
L749:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 84171
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_44
# func_line_I
# aligned_label_Lt
    align 8
label_34:
# i_func_info_IaaI
# init:make_permanent/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x49, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
make_permanent/2:
# i_breakpoint_trampoline
    short jmp L750
.db 0x00
    call L718
    align 8
L750:
# i_test_yield
    lea rdx, qword ptr [make_permanent/2+24]
    dec r14
    jle L716
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L751
    mov ecx, 2
    call 140320710850576
L751:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 84235
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_44
# func_line_I
# aligned_label_Lt
    align 8
label_36:
# i_func_info_IaaI
# init:notify_when_started/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x49, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
notify_when_started/1:
# i_breakpoint_trampoline
    short jmp L752
.db 0x00
    call L718
    align 8
L752:
# i_test_yield
    lea rdx, qword ptr [notify_when_started/1+24]
    dec r14
    jle L716
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L753
    mov ecx, 1
    call 140320710850576
L753:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 84299
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_44
# func_line_I
# aligned_label_Lt
    align 8
label_38:
# i_func_info_IaaI
# init:wait_until_started/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x49, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
wait_until_started/0:
# i_breakpoint_trampoline
    short jmp L754
.db 0x00
    call L718
    align 8
L754:
# i_test_yield
    lea rdx, qword ptr [wait_until_started/0+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L755
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L755:
# aligned_label_Lt
    align 4
label_40:
# i_loop_rec_f
    align 4
L756:
    lea rdi, qword ptr [L756]
    lea rsi, qword ptr [label_42]
    call 140320710852712
# i_is_eq_exact_literal_fscI
L757:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_41
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_41
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
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_41:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_40
# aligned_label_Lt
    align 4
label_42:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_40]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_43:
# i_func_info_IaaI
# init:request/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x49, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_44:
# i_breakpoint_trampoline
    short jmp L758
.db 0x00
    call L718
    align 8
L758:
# i_test_yield
    lea rdx, qword ptr [label_44+24]
    dec r14
    jle L716
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L759
    mov ecx, 1
    call 140320710850576
L759:
# self_d
    mov rdi, qword ptr [r13]
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 21259
# line_I
# send
    align 4
L760:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L760]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# aligned_label_Lt
    align 4
label_45:
# i_loop_rec_f
    align 4
L761:
    lea rdi, qword ptr [L761]
    lea rsi, qword ptr [label_47]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_46
    cmp dword ptr [rsi-2], 128
    jne label_46
    cmp qword ptr [rsi+6], 21259
    jne label_46
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
# return
    dec r14
    jl L717
    ret
# label_L
label_46:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_45
# aligned_label_Lt
    align 4
label_47:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_45]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_48:
# i_func_info_IaaI
# init:restart/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
restart/0:
# i_breakpoint_trampoline
    short jmp L762
.db 0x00
    call L718
    align 8
L762:
# i_test_yield
    lea rdx, qword ptr [restart/0+24]
    dec r14
    jle L716
# i_move_sd
    mov qword ptr [rbx], 59
# i_call_only_f
    jmp restart/1
# func_line_I
# aligned_label_Lt
    align 8
label_50:
# i_func_info_IaaI
# init:restart/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
restart/1:
# i_breakpoint_trampoline
    short jmp L763
.db 0x00
    call L718
    align 8
L763:
# i_test_yield
    lea rdx, qword ptr [restart/1+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_53
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_54
    cmp dword ptr [rsi-2], 128
    jne label_54
    cmp qword ptr [rsi+6], 70731
    jne label_54
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_54
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0x14a0b || Src == 0x14a4b) <=> (Src | 0x40) == 0x14a4b
    or rsi, 64
    cmp rsi, 84555
    je label_52
    jmp label_54
# label_L
label_52:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L764
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L764:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 36107
    mov rdi, qword ptr [rbx+8]
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
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 21259
# line_I
# send
    align 4
L765:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L765]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_53:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_54
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L766
    xor ecx, ecx
    call 140320710850576
L766:
# i_move_sd
L767:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 21259
# line_I
# send
    align 4
L768:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L768]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_54:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L769
    test al, 2
    jne label_50
L769:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L770
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L770:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L771
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L771:
# call_light_bif_be
    align 4
L772:
L773:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L772]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_55:
# i_func_info_IaaI
# init:reboot/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reboot/0:
# i_breakpoint_trampoline
    short jmp L774
.db 0x00
    call L718
    align 8
L774:
# i_test_yield
    lea rdx, qword ptr [reboot/0+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L775
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L775:
# i_move_sd
L776:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 21259
# send
    align 4
L777:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L777]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_57:
# i_func_info_IaaI
# init:stop/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stop/0:
# i_breakpoint_trampoline
    short jmp L778
.db 0x00
    call L718
    align 8
L778:
# i_test_yield
    lea rdx, qword ptr [stop/0+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L779
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L779:
# i_move_sd
L780:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 21259
# send
    align 4
L781:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L781]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_59:
# i_func_info_IaaI
# init:stop/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stop/1:
# i_breakpoint_trampoline
    short jmp L782
.db 0x00
    call L718
    align 8
L782:
# i_test_yield
    lea rdx, qword ptr [stop/1+24]
    dec r14
    jle L716
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L783
    test al, 1
    jne label_61
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_61
L783:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L784
    cmp rdi, rsi
    short jmp L785
L784:
    call 140320710848608
L785:
    jl label_61
# i_call_only_f
    jmp label_69
# label_L
label_61:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L786
    test al, 2
    jne label_63
L786:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L787
    mov ecx, 1
.db 0x90
    call 140320710850576
L787:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call label_65
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_62
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_69
# label_L
label_62:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L788:
L789:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L788]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_63:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L790
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L790:
# call_light_bif_be
    align 4
L791:
L792:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L791]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_64:
# i_func_info_IaaI
# init:is_bytelist/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_65:
# i_breakpoint_trampoline
    short jmp L793
.db 0x00
    call L718
    align 8
L793:
# i_test_yield
    lea rdx, qword ptr [label_65+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_67
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L794
    test al, 1
    jne label_66
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_66
L794:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L795
    cmp rdi, rsi
    short jmp L796
L795:
    call 140320710848608
L796:
    jl label_66
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L797
    cmp rdi, rsi
    short jmp L798
L797:
    call 140320710848608
L798:
    jge label_66
# i_call_only_f
    jmp label_65
# label_L
label_66:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L717
    ret
# label_L
label_67:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 59
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_68:
# i_func_info_IaaI
# init:stop_1/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_69:
# i_breakpoint_trampoline
    short jmp L799
.db 0x00
    call L718
    align 8
L799:
# i_test_yield
    lea rdx, qword ptr [label_69+24]
    dec r14
    jle L716
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L800
    mov ecx, 1
    call 140320710850576
L800:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 21259
# send
    align 4
L801:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L801]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_70:
# i_func_info_IaaI
# init:boot/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x43, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
boot/1:
# i_breakpoint_trampoline
    short jmp L802
.db 0x00
    call L718
    align 8
L802:
# i_test_yield
    lea rdx, qword ptr [boot/1+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L803
    mov ecx, 1
    call 140320710850576
L803:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 21259
# line_I
# call_light_bif_be
    align 4
L804:
L805:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093792
    lea rdx, qword ptr [L804]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov qword ptr [rbx], 43339
# line_I
# call_light_bif_be
    align 4
L806:
L807:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091664
    lea rdx, qword ptr [L806]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call label_494
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
    mov qword ptr [rbx], 84811
# line_I
# i_call_f
    call label_532
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_83
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_73
    cmp rsi, 75
    je label_72
    jmp label_74
# label_L
label_72:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_605
# label_L
label_73:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L808
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L808:
# i_make_fun3_FStt
L809:
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
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_90
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_96
# label_L
label_74:
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
label_75:
# i_func_info_IaaI
# init:prepare_run_args/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_76:
# i_breakpoint_trampoline
    short jmp L810
.db 0x00
    call L718
    align 8
L810:
# i_test_yield
    lea rdx, qword ptr [label_76+24]
    dec r14
    jle L716
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_75
    cmp dword ptr [rsi-2], 128
    short jne label_75
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 84939
    jne label_77
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_78
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L811
    mov ecx, 4
.db 0x90
    call 140320710850576
L811:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 84939
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# label_L
label_77:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_78
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_79
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_23
# label_L
label_78:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_79
# i_move_sd
    mov qword ptr [rbx], 59
# i_call_only_f
    jmp label_23
# label_L
label_79:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 59339
    je label_81
    cmp rsi, 85003
    je label_80
    jmp label_75
# label_L
label_80:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_75
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_75
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L812
    mov ecx, 3
    call 140320710850576
L812:
    sub rsp, 16
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_83
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_83
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call label_23
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L813
    mov ecx, 1
    call 140320710850576
L813:
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
    jl L717
    ret
# label_L
label_81:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_75
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_75
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L814
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L814:
    sub rsp, 16
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_83
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_83
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call label_26
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L815
    mov ecx, 1
    call 140320710850576
L815:
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
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_82:
# i_func_info_IaaI
# init:b2a/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_83:
# i_breakpoint_trampoline
    short jmp L816
.db 0x00
    call L718
    align 8
L816:
# i_test_yield
    lea rdx, qword ptr [label_83+24]
    dec r14
    jle L716
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_84
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L818
    and al, -5
    cmp al, 32
    jne label_84
    short jmp L817
L818:
    cmp byte ptr [rdi+22], 0
    jne label_84
L817:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L819
    mov ecx, 1
    call 140320710850576
L819:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_86
# call_light_bif_be
    align 4
L820:
L821:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L820]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_84:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_82
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_85:
# i_func_info_IaaI
# init:b2s/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_86:
# i_breakpoint_trampoline
    short jmp L822
.db 0x00
    call L718
    align 8
L822:
# i_test_yield
    lea rdx, qword ptr [label_86+24]
    dec r14
    jle L716
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_88
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L824
    and al, -5
    cmp al, 32
    jne label_88
    short jmp L823
L824:
    cmp byte ptr [rdi+22], 0
    jne label_88
L823:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L825
    mov ecx, 1
    call 140320710850576
L825:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L826:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# call_light_bif_be
    align 4
L827:
L828:
    long mov rcx, 9223372036854775807
    mov rax, 94919179900464
    lea rdx, qword ptr [L827]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L829:
L830:
    long mov rcx, 9223372036854775807
    mov rax, 94919179892224
    lea rdx, qword ptr [L829]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_87:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L831:
L832:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L831]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_88:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L833
    test al, 2
    jne label_85
L833:
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_89:
# i_func_info_IaaI
# init:map/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_90:
# i_breakpoint_trampoline
    short jmp L834
.db 0x00
    call L718
    align 8
L834:
# i_test_yield
    lea rdx, qword ptr [label_90+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_91
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L835
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L835:
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
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L836]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L836:
    call rdi
.db 0x66, 0x90
    call rdi
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_90
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L837
    mov ecx, 1
    call 140320710850576
L837:
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
    jl L717
    ret
# label_L
label_91:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_89
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_92:
# i_func_info_IaaI
# init:code_path_choice/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
code_path_choice/0:
# i_breakpoint_trampoline
    short jmp L838
.db 0x00
    call L718
    align 8
L838:
# i_test_yield
    lea rdx, qword ptr [code_path_choice/0+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L839
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L839:
# i_move_sd
    mov qword ptr [rbx], 85259
# line_I
# i_call_f
    call get_argument/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_94
    cmp dword ptr [rsi-2], 128
    jne label_94
    cmp qword ptr [rsi+6], 30603
    jne label_94
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_94
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_94
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_94
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 1855
    jne label_94
# i_is_eq_exact_literal_fscI
L840:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    rex test dil, 2
    jne label_94
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_94
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_94
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_94
# i_move_sd
    mov qword ptr [rbx], 85323
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_94:
# i_move_sd
    mov qword ptr [rbx], 85387
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_95:
# i_func_info_IaaI
# init:boot/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x43, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_96:
# i_breakpoint_trampoline
    short jmp L841
.db 0x00
    call L718
    align 8
L841:
# i_test_yield
    lea rdx, qword ptr [label_96+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L842
    mov ecx, 3
    call 140320710850576
L842:
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
    call label_586
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_347
# test_heap_It
    lea rdx, qword ptr [r15+136]
    cmp rdx, rsp
    short jbe L843
    mov ecx, 1
.db 0x90
    call 140320710850576
L843:
# put_tuple2_SA
# Move arity word
    mov edi, 768
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 85451
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
L844:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+56], rdi
    mov qword ptr [r15+64], 59
    mov qword ptr [r15+72], 59
    mov qword ptr [r15+80], 59
L845:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+88], rdi
L846:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+96], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 104
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_129
# func_line_I
# aligned_label_Lt
    align 8
label_97:
# i_func_info_IaaI
# init:to_string/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_98:
# i_breakpoint_trampoline
    short jmp L847
.db 0x00
    call L718
    align 8
L847:
# i_test_yield
    lea rdx, qword ptr [label_98+24]
    dec r14
    jle L716
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L848
    test al, 2
    jne label_101
L848:
# is_lt_fss
    mov esi, 79
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L849
    cmp rdi, rsi
    short jmp L850
L849:
    call 140320710848608
L850:
    jge label_100
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L851
    mov ecx, 2
.db 0x90
    call 140320710850576
L851:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_118
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call label_109
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_99
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L852:
    xor esi, esi
    lea rdx, qword ptr [L852]
    call 140320710852592
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# skipped test for small operands since they are always small
    cmp rdi, rsi
L853:
L854:
    jge label_99
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L717
    ret
# label_L
label_99:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_705
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_115
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L855
    mov ecx, 1
    call 140320710850576
L855:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L856:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L857:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    jmp label_118
# label_L
label_100:
# i_move_sd
L858:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# label_L
label_101:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_102
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L859
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L859:
# call_light_bif_be
    align 4
L860:
L861:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L860]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_102:
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L862
    test al, 1
    jne label_103
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_103
L862:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L863
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L863:
# call_light_bif_be
    align 4
L864:
L865:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108912
    lea rdx, qword ptr [L864]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_103:
# is_float_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_104
    cmp qword ptr [rdi-2], 88
    jne label_104
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L866
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L866:
# call_light_bif_be
    align 4
L867:
L868:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101808
    lea rdx, qword ptr [L867]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_104:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L869
    test al, 1
    jne label_105
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_105
L869:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L870
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L870:
# call_light_bif_be
    align 4
L871:
L872:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L871]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_105:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_107
    test byte ptr [rsi-2], 63
    jne label_107
# is_lt_fss
    mov esi, 79
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L873
    cmp rdi, rsi
    short jmp L874
L873:
    call 140320710848608
L874:
    jge label_106
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L875
    mov ecx, 2
.db 0x90
    call 140320710850576
L875:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L876:
L877:
    long mov rcx, 9223372036854775807
    mov rax, 94919179103664
    lea rdx, qword ptr [L876]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_709
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_115
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L878
    mov ecx, 1
    call 140320710850576
L878:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L879:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L880:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    jmp label_118
# label_L
label_106:
# i_move_sd
L881:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# label_L
label_107:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_108:
# i_func_info_IaaI
# init:printable_list/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_109:
# i_breakpoint_trampoline
    short jmp L882
.db 0x00
    call L718
    align 8
L882:
# i_test_yield
    lea rdx, qword ptr [label_109+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_113
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L883
    test al, 1
    jne label_110
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_110
L883:
# is_ge_fss
    mov esi, 527
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L884
    cmp rdi, rsi
    short jmp L885
L884:
    call 140320710848608
L885:
    jl label_110
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 2031
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L886
    cmp rdi, rsi
    short jmp L887
L886:
    call 140320710848608
L887:
    jl label_112
# jump_f
    jmp label_111
# label_L
label_110:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 159
    je label_111
    cmp rsi, 175
    je label_111
    cmp rsi, 223
    je label_111
    jmp label_112
# label_L
label_111:
# i_call_only_f
    jmp label_109
# label_L
label_112:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L717
    ret
# label_L
label_113:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_114:
# i_func_info_IaaI
# init:join/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_115:
# i_breakpoint_trampoline
    short jmp L888
.db 0x00
    call L718
    align 8
L888:
# i_test_yield
    lea rdx, qword ptr [label_115+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_116
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 59
    je label_116
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L889
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L889:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_115
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L890
    mov ecx, 1
    call 140320710850576
L890:
# put_cons_ss
L891:
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
    jl L717
    ret
# label_L
label_116:
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_117:
# i_func_info_IaaI
# init:flatten/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_118:
# i_breakpoint_trampoline
    short jmp L892
.db 0x00
    call L718
    align 8
L892:
# i_test_yield
    lea rdx, qword ptr [label_118+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_120
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L893
    test al, 2
    jne label_119
L893:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L894
    mov ecx, 3
    call 140320710850576
L894:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_118
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    short jmp label_118
# label_L
label_119:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L895
    mov ecx, 3
    call 140320710850576
L895:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_118
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
    jl L717
    ret
# label_L
label_120:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_117
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_121:
# i_func_info_IaaI
# init:things_to_string/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_122:
# i_breakpoint_trampoline
    short jmp L897
.db 0x00
    call L718
    align 8
L897:
# i_test_yield
    lea rdx, qword ptr [label_122+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_123
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L898
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L898:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_f
.db 0x90
    call label_98
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call label_122
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L899
    mov ecx, 1
    call 140320710850576
L899:
# put_cons_ss
    mov qword ptr [r15], 671
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L900:
L901:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L900]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L902
    mov ecx, 1
    call 140320710850576
L902:
# put_cons_ss
    mov qword ptr [r15], 655
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
    jl L717
    ret
# label_L
label_123:
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_124:
# i_func_info_IaaI
# init:halt_string/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_125:
# i_breakpoint_trampoline
    short jmp L903
.db 0x00
    call L718
    align 8
L903:
# i_test_yield
    lea rdx, qword ptr [label_125+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L904
    mov ecx, 2
    call 140320710850576
L904:
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
    call label_122
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L905:
L906:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L905]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_126:
# i_func_info_IaaI
# init:crash/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_127:
# i_breakpoint_trampoline
    short jmp L907
.db 0x00
    call L718
    align 8
L907:
# i_test_yield
    lea rdx, qword ptr [label_127+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L908
    mov ecx, 2
    call 140320710850576
L908:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_125
# i_call_ext_last_et
L909:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_128:
# i_func_info_IaaI
# init:boot_loop/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_129:
# i_breakpoint_trampoline
    short jmp L910
.db 0x00
    call L718
    align 8
L910:
# i_test_yield
    lea rdx, qword ptr [label_129+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L911
    mov ecx, 2
    call 140320710850576
L911:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# aligned_label_Lt
    align 4
label_130:
# i_loop_rec_f
    align 4
L912:
    lea rdi, qword ptr [L912]
    lea rsi, qword ptr [label_144]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_143
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_143
    cmp esi, 128
    je label_139
    cmp esi, 192
    je label_131
    jne label_143
# label_L
label_131:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 23435
    je label_135
    cmp rsi, 82443
    je label_132
    cmp rsi, 86027
    je label_133
    jmp label_136
# label_L
label_132:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L913
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_136
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_136
L913:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
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
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call label_170
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_129
# label_L
label_133:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 82443
    jne label_134
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L914
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_136
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_136
L914:
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
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_146
    cmp dword ptr [rsi-2], 768
    jne label_146
    cmp qword ptr [rsi+6], 85451
    jne label_146
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rsp], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_145
    cmp dword ptr [rsi-2], 128
    jne label_145
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_166
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L915
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L915:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 82443
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 175
# line_I
# call_light_bif_be
    align 4
L916:
L917:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L916]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+54], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_129
# label_L
label_134:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L918
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_136
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_136
L918:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
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
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_148
    cmp dword ptr [rsi-2], 768
    jne label_148
    cmp qword ptr [rsi+6], 85451
    jne label_148
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_147
    cmp dword ptr [rsi-2], 128
    jne label_147
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L919
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L919:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
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
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 127
# line_I
# call_light_bif_be
    align 4
L920:
L921:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L920]
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
    jmp label_129
# label_L
label_135:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L922
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_136
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_136
L922:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
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
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_149
    cmp dword ptr [rsi-2], 768
    jne label_149
    cmp qword ptr [rsi+6], 85451
    jne label_149
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L923:
L924:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L923]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 159
# line_I
# call_light_bif_be
    align 4
L925:
L926:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L925]
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
    jmp label_129
# label_L
label_136:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1355
    jne label_143
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 523
    jne label_137
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L927
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
L927:
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
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_151
    cmp dword ptr [rsi-2], 768
    jne label_151
    cmp qword ptr [rsi+6], 85451
    jne label_151
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rsp+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_150
    cmp dword ptr [rsi-2], 128
    jne label_150
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_166
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L928
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L928:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 82443
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 175
# line_I
# call_light_bif_be
    align 4
L929:
L930:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L929]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+54], rsi
# i_call_last_ft
    add rsp, 8
    jmp label_175
# label_L
label_137:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L931
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
L931:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L932
    mov ecx, 4
    call 140320710850576
L932:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L933:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L934:
L935:
    long mov rcx, 9223372036854775807
    mov rax, 94919179107008
    lea rdx, qword ptr [L934]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L936
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L936:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L937:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_127
# label_L
label_138:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx], xmm0
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
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_152
    cmp dword ptr [rsi-2], 768
    jne label_152
    cmp qword ptr [rsi+6], 85451
    jne label_152
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+16], rdi
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
# i_call_f
.db 0x90
    call label_326
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp label_129
# label_L
label_139:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_140
    cmp dword ptr [rsi-2], 128
    jne label_140
    cmp qword ptr [rsi+6], 83531
    jne label_140
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L938
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
L938:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
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
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_153
    cmp dword ptr [rsi-2], 768
    jne label_153
    cmp qword ptr [rsi+6], 85451
    jne label_153
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 143
# line_I
# call_light_bif_be
    align 4
L939:
L940:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L939]
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
    jmp label_129
# label_L
label_140:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 40971
    jne label_141
# i_move_sd
    mov rdi, qword ptr [rbx+16]
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
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_223
# label_L
label_141:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_142
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_142
    cmp edi, 128
    jne label_143
    cmp qword ptr [rsi+6], 84171
    jne label_143
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
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
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_154
    cmp dword ptr [rsi-2], 768
    jne label_154
    cmp qword ptr [rsi+6], 85451
    jne label_154
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_157
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L941
    mov ecx, 1
    call 140320710850576
L941:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21259
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# line_I
# send
    align 4
L942:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L942]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 159
# line_I
# call_light_bif_be
    align 4
L943:
L944:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L943]
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
    jmp label_129
# label_L
label_142:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 84107
    jne label_143
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_155
    cmp dword ptr [rsi-2], 768
    jne label_155
    cmp qword ptr [rsi+6], 85451
    jne label_155
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L945
    mov ecx, 1
    call 140320710850576
L945:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21259
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# line_I
# send
    align 4
L946:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L946]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 159
# line_I
# call_light_bif_be
    align 4
L947:
L948:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L947]
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
    jmp label_168
# label_L
label_143:
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
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call label_185
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_129
# aligned_label_Lt
    align 4
label_144:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_130]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_145:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_146:
# badrecord_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_147:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_148:
# badrecord_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_149:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_150:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_151:
# badrecord_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_152:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_153:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_154:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_155:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_156:
# i_func_info_IaaI
# init:ensure_loaded/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x48, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_157:
# i_breakpoint_trampoline
    short jmp L949
.db 0x00
    call L718
    align 8
L949:
# i_test_yield
    lea rdx, qword ptr [label_157+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L950
    mov ecx, 2
    call 140320710850576
L950:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# call_light_bif_be
    align 4
L951:
L952:
    long mov rcx, 9223372036854775807
    mov rax, 94919178658816
    lea rdx, qword ptr [L951]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_159
    cmp rsi, 75
    je label_158
    jmp label_160
# label_L
label_158:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L953
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L953:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26251
    mov rdi, qword ptr [rsp+8]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_159:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_162
# label_L
label_160:
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
label_161:
# i_func_info_IaaI
# init:do_ensure_loaded/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x50, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_162:
# i_breakpoint_trampoline
    short jmp L954
.db 0x00
    call L718
    align 8
L954:
# i_test_yield
    lea rdx, qword ptr [label_162+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L955
    mov ecx, 2
    call 140320710850576
L955:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# call_light_bif_be
    align 4
L956:
L957:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L956]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_call_f
    call objfile_extension/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# call_light_bif_be
    align 4
L958:
L959:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L958]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_ext_e
L960:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_164
    cmp dword ptr [rsi-2], 192
    jne label_164
    cmp qword ptr [rsi+6], 30603
    jne label_164
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_474
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_163
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L961
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L961:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26251
    mov rdi, qword ptr [rsp+16]
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L717
    ret
# label_L
label_163:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L962
    xor ecx, ecx
.db 0x90
    call 140320710850576
L962:
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
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
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
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L717
    ret
# label_L
label_164:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L963
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L963:
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
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_165:
# i_func_info_IaaI
# init:notify/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x76, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_166:
# i_breakpoint_trampoline
    short jmp L964
.db 0x00
    call L718
    align 8
L964:
# i_test_yield
    lea rdx, qword ptr [label_166+24]
    dec r14
    jle L716
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L965
    mov ecx, 1
    call 140320710850576
L965:
# i_make_fun3_FStt
L966:
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
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_only_e
L967:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_167:
# i_func_info_IaaI
# init:garb_boot_loop/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x51, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_168:
# i_breakpoint_trampoline
    short jmp L968
.db 0x00
    call L718
    align 8
L968:
# i_test_yield
    lea rdx, qword ptr [label_168+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L969
    mov ecx, 2
    call 140320710850576
L969:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_ext_e
L970:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_129
# func_line_I
# aligned_label_Lt
    align 8
label_169:
# i_func_info_IaaI
# init:new_kernelpid/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x51, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_170:
# i_breakpoint_trampoline
    short jmp L971
.db 0x00
    call L718
    align 8
L971:
# i_test_yield
    lea rdx, qword ptr [label_170+24]
    dec r14
    jle L716
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_169
    cmp dword ptr [rsi-2], 128
    short jne label_169
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_171
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_171
    cmp edi, 128
    jne label_172
    cmp qword ptr [rsi+6], 30603
    jne label_172
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# is_pid_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L972
    test al, 1
    jne label_172
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_172
L972:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L973
    mov ecx, 5
.db 0x90
    call 140320710850576
L973:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L974:
L975:
    long mov rcx, 9223372036854775807
    mov rax, 94919179083056
    lea rdx, qword ptr [L974]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L976
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L976:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 30603
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# send
    align 4
L977:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L977]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_173
    cmp dword ptr [rsi-2], 768
    jne label_173
    cmp qword ptr [rsi+6], 85451
    jne label_173
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L978
    xor ecx, ecx
.db 0x90
    call 140320710850576
L978:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+8], xmm0
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 95
# line_I
# call_light_bif_be
    align 4
L979:
L980:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L979]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L717
    ret
# label_L
label_171:
# is_eq_exact_fss
    cmp qword ptr [rbx], 20555
    jne label_172
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L981
    mov ecx, 3
.db 0x90
    call 140320710850576
L981:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 20555
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# send
    align 4
L982:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L982]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_172:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L983
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L983:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
L984:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L985:
L986:
    long mov rcx, 9223372036854775807
    mov rax, 94919179107008
    lea rdx, qword ptr [L985]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 11
# line_I
# i_call_f
.db 0x66, 0x90
    call label_237
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L987
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L987:
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
L988:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_127
# label_L
label_173:
# line_I
# badrecord_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_174:
# i_func_info_IaaI
# init:loop/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x51, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_175:
# i_breakpoint_trampoline
    short jmp L989
.db 0x00
    call L718
    align 8
L989:
# i_test_yield
    lea rdx, qword ptr [label_175+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L990
    mov ecx, 1
    call 140320710850576
L990:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_176:
# i_loop_rec_f
    align 4
L991:
    lea rdi, qword ptr [L991]
    lea rsi, qword ptr [label_181]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_180
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_180
    cmp esi, 128
    je label_178
    cmp esi, 192
    je label_177
    jne label_180
# label_L
label_177:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1355
    jne label_180
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
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_182
    cmp dword ptr [rsi-2], 768
    jne label_182
    cmp qword ptr [rsi+6], 85451
    jne label_182
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_326
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_175
# label_L
label_178:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 40971
    jne label_179
# i_move_sd
    mov rdi, qword ptr [rbx+16]
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
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_223
# label_L
label_179:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 84107
    jne label_180
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_183
    cmp dword ptr [rsi-2], 768
    jne label_183
    cmp qword ptr [rsi+6], 85451
    jne label_183
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L992
    mov ecx, 1
.db 0x90
    call 140320710850576
L992:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21259
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# line_I
# send
    align 4
L993:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L993]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_175
# label_L
label_180:
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
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call label_185
# i_call_last_ft
    jmp label_175
# aligned_label_Lt
    align 4
label_181:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_176]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_182:
# line_I
# badrecord_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_183:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_184:
# i_func_info_IaaI
# init:handle_msg/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x52, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_185:
# i_breakpoint_trampoline
    short jmp L994
.db 0x00
    call L718
    align 8
L994:
# i_test_yield
    lea rdx, qword ptr [label_185+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L995
    mov ecx, 2
    call 140320710850576
L995:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L996:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call label_189
# label_L
label_186:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
    cmp qword ptr [rbx], 0
    short jne L997
    call 140320710850088
L997:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_187
    cmp dword ptr [rsi-2], 128
    jne label_187
    cmp qword ptr [rsi+6], 86603
    jne label_187
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_187:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_188:
# i_func_info_IaaI
# init:do_handle_msg/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x52, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_189:
# i_breakpoint_trampoline
    short jmp L998
.db 0x00
    call L718
    align 8
L998:
# i_test_yield
    lea rdx, qword ptr [label_189+24]
    dec r14
    jle L716
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_212
    cmp dword ptr [rsi-2], 768
    jne label_212
    cmp qword ptr [rsi+6], 85451
    jne label_212
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_209
    cmp dword ptr [rsi-2], 128
    jne label_209
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+24], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    jne label_203
    test byte ptr [rsi-2], 63
    jne label_203
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+86]
    mov qword ptr [rbx+48], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+40]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_194
    cmp esi, 192
    je label_190
    jne label_209
# label_L
label_190:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+56], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+40], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 83275
    je label_191
    cmp rsi, 84235
    je label_193
    jmp label_209
# label_L
label_191:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L999
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L999:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# i_move_sd
L1000:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1001:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1001]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_map_fs
    mov rax, qword ptr [rsp+16]
    test al, 1
    jne label_192
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_192
# update_map_assoc_sdtI
.section .rodata {#1}
L1002:
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
    xor edx, edx
    mov ecx, 2
    lea r8, qword ptr [L1002]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 32
# i_move_sd
    mov qword ptr [rbx], 191
# line_I
# call_light_bif_be
    align 4
L1003:
L1004:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1003]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1005
    mov ecx, 1
    call 140320710850576
L1005:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 86603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_192:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1006
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1006:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1007:
L1008:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1007]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L717
    ret
# label_L
label_193:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1009
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L1009:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_214
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1010
    mov ecx, 1
    call 140320710850576
L1010:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21259
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# line_I
# send
    align 4
L1011:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1011]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1012
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1012:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 86603
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
    jl L717
    ret
# label_L
label_194:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+56], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+40], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+56]
    cmp rsi, 83211
    je label_199
    cmp rsi, 83467
    je label_201
    cmp rsi, 83851
    je label_195
    cmp rsi, 84171
    je label_202
    cmp rsi, 84299
    je label_196
    jmp label_209
# label_L
label_195:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1013
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1013:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
L1014:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1015:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1015]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 207
# line_I
# call_light_bif_be
    align 4
L1016:
L1017:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1016]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1018
    mov ecx, 1
    call 140320710850576
L1018:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 86603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_196:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_198
    cmp dword ptr [rsi-2], 128
    jne label_198
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 82443
    je label_197
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 82443
    jne label_198
# label_L
label_197:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1019
    mov ecx, 5
.db 0x90
    call 140320710850576
L1019:
# i_move_sd
L1020:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1021:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1021]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_198:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1022
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1022:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
L1023:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1024:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1024]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1025
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1025:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 175
# line_I
# call_light_bif_be
    align 4
L1026:
L1027:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1026]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1028
    mov ecx, 1
    call 140320710850576
L1028:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 86603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_199:
# is_map_fs
    mov rax, qword ptr [rbx+48]
    test al, 1
    jne label_200
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_200
# i_get_map_element_fSSS
    mov rdi, qword ptr [rbx+48]
    mov rsi, qword ptr [rbx+40]
    call 140320710851984
    jne label_200
    mov qword ptr [rbx], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1029
    mov ecx, 5
    call 140320710850576
L1029:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21259
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1030:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1030]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_200:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1031
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1031:
# i_move_sd
L1032:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1033:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1033]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_201:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1034
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1034:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_553
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1035
    mov ecx, 1
    call 140320710850576
L1035:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21259
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# send
    align 4
L1036:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1036]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_202:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1037
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1037:
# i_move_sd
L1038:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1039:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1039]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_203:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 83339
    je label_208
    cmp rsi, 83403
    je label_207
    cmp rsi, 83531
    je label_204
    cmp rsi, 83659
    je label_206
    cmp rsi, 84043
    je label_205
    jmp label_209
# label_L
label_204:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1040
    mov ecx, 5
    call 140320710850576
L1040:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21259
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1041:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1041]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_205:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1042
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1042:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21259
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1043:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1043]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_206:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1044
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1044:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+94]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21259
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1045:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1045]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_207:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1046
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1046:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21259
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1047:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1047]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_208:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1048
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1048:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_546
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1049
    mov ecx, 1
    call 140320710850576
L1049:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21259
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# send
    align 4
L1050:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1050]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_209:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1051
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1051:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 86731
# line_I
# call_light_bif_be
    align 4
L1052:
L1053:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L1052]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# bif_element_jssd
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_210
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_210
    and al, 63
    jne label_210
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 86795
    jne label_210
# is_ne_exact_fss
    cmp qword ptr [rbx], 907
    je label_210
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# send
    align 4
L1054:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1054]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_210:
# i_move_sd
    mov qword ptr [rbx], 23691
# line_I
# call_light_bif_be
    align 4
L1055:
L1056:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L1055]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_211
# i_move_sd
L1057:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1058:
L1059:
    long mov rcx, 9223372036854775807
    mov rax, 94919179107344
    lea rdx, qword ptr [L1058]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1060:
L1061:
    long mov rcx, 9223372036854775807
    mov rax, 94919179107008
    lea rdx, qword ptr [L1060]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_211:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1062
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1062:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1063:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
L1064:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L1065:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_212:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_213:
# i_func_info_IaaI
# init:make_permanent/4
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x49, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_214:
# i_breakpoint_trampoline
    short jmp L1066
.db 0x00
    call L718
    align 8
L1066:
# i_test_yield
    lea rdx, qword ptr [label_214+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1067
    mov ecx, 4
    call 140320710850576
L1067:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 82827
# line_I
# i_call_f
    call label_217
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_215
    cmp qword ptr [rsi+6], 30603
    jne label_215
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 86859
# line_I
# i_call_f
    call label_217
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_215
    cmp qword ptr [rsi+6], 30603
    jne label_215
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L1068:
L1069:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1068]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1070
    mov ecx, 1
    call 140320710850576
L1070:
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
    jl L717
    ret
# label_L
label_215:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1071
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1071:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L1072:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_216:
# i_func_info_IaaI
# init:set_flag/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x53, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_217:
# i_breakpoint_trampoline
    short jmp L1073
.db 0x00
    call L718
    align 8
L1073:
# i_test_yield
    lea rdx, qword ptr [label_217+24]
    dec r14
    jle L716
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 11
    jne label_218
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1074
    mov ecx, 3
.db 0x90
    call 140320710850576
L1074:
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
# return
    dec r14
    jl L717
    ret
# label_L
label_218:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1075
    test al, 2
    jne label_221
L1075:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1076
    mov ecx, 3
.db 0x90
    call 140320710850576
L1076:
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
# line_I
# call_light_bif_be
    align 4
L1077:
L1078:
    long mov rcx, 9223372036854775807
    mov rax, 94919179900464
    lea rdx, qword ptr [L1077]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# catch_yf
    inc qword ptr [r13+264]
L1079:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1080:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_219:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
    cmp qword ptr [rbx], 0
    short jne L1081
    call 140320710850088
L1081:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_220
    cmp dword ptr [rsi-2], 128
    jne label_220
    cmp qword ptr [rsi+6], 1355
    jne label_220
# i_move_sd
L1082:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L717
    ret
# label_L
label_220:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
.db 0x90
    call label_560
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1083
    mov ecx, 1
    call 140320710850576
L1083:
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
    jl L717
    ret
# label_L
label_221:
# i_move_sd
L1084:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_222:
# i_func_info_IaaI
# init:stop/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_223:
# i_breakpoint_trampoline
    short jmp L1085
.db 0x00
    call L718
    align 8
L1085:
# i_test_yield
    lea rdx, qword ptr [label_223+24]
    dec r14
    jle L716
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_225
    cmp dword ptr [rsi-2], 768
    jne label_225
    cmp qword ptr [rsi+6], 85451
    jne label_225
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_224
    cmp dword ptr [rsi-2], 128
    jne label_224
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1086
    mov ecx, 3
    call 140320710850576
L1086:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 86987
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 127
# line_I
# call_light_bif_be
    align 4
L1087:
L1088:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1087]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# bif_is_ne_exact_Ssd
    mov eax, 11
    cmp qword ptr [rsp+8], 40971
    mov edi, 75
    cmovne rax, rdi
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
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
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_237
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_227
# label_L
label_224:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_225:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_226:
# i_func_info_IaaI
# init:do_stop/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x54, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_227:
# i_breakpoint_trampoline
    short jmp L1089
.db 0x00
    call L718
    align 8
L1089:
# i_test_yield
    lea rdx, qword ptr [label_227+24]
    dec r14
    jle L716
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_230
    test byte ptr [rsi-2], 63
    jne label_230
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    short jne label_226
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 36107
    je label_229
    cmp rsi, 40971
    je label_228
    jmp label_226
# label_L
label_228:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1090
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1090:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_244
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L1091:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_229:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1092
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1092:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1093:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 70731
# i_call_f
.db 0x90
    call label_528
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+22], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 8
    jmp label_235
# label_L
label_230:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 36107
    je label_232
    cmp rsi, 40971
    je label_231
    cmp rsi, 84619
    je label_233
    jmp label_226
# label_L
label_231:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1094
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1094:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_244
# line_I
# i_call_ext_last_et
L1095:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_232:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+22], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp label_235
# label_L
label_233:
# line_I
# i_call_ext_only_e
L1096:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_234:
# i_func_info_IaaI
# init:do_restart/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x54, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_235:
# i_breakpoint_trampoline
    short jmp L1097
.db 0x00
    call L718
    align 8
L1097:
# i_test_yield
    lea rdx, qword ptr [label_235+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1098
    mov ecx, 3
    call 140320710850576
L1098:
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
    call label_241
# line_I
# i_call_ext_e
L1099:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_96
# func_line_I
# aligned_label_Lt
    align 8
label_236:
# i_func_info_IaaI
# init:clear_system/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x54, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_237:
# i_breakpoint_trampoline
    short jmp L1100
.db 0x00
    call L718
    align 8
L1100:
# i_test_yield
    lea rdx, qword ptr [label_237+24]
    dec r14
    jle L716
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_239
    cmp dword ptr [rsi-2], 768
    jne label_239
    cmp qword ptr [rsi+6], 85451
    jne label_239
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1101
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1101:
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_259
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_261
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call label_247
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 75
    jne label_238
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+24], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call label_307
# label_L
label_238:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1102
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1102:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
    call label_298
# i_move_sd
L1103:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    jmp label_310
# label_L
label_239:
# line_I
# badrecord_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_240:
# i_func_info_IaaI
# init:flush/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x41, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_241:
# i_breakpoint_trampoline
    short jmp L1104
.db 0x00
    call L718
    align 8
L1104:
# i_test_yield
    lea rdx, qword ptr [label_241+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1105
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1105:
# i_loop_rec_f
    align 4
L1106:
    lea rdi, qword ptr [L1106]
    lea rsi, qword ptr [label_242]
    call 140320710852712
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
# i_call_last_ft
    short jmp label_241
# aligned_label_Lt
    align 4
label_242:
# timeout_locked
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214400
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_243:
# i_func_info_IaaI
# init:stop_heart/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x54, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_244:
# i_breakpoint_trampoline
    short jmp L1107
.db 0x00
    call L718
    align 8
L1107:
# i_test_yield
    lea rdx, qword ptr [label_244+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1108
    mov ecx, 1
    call 140320710850576
L1108:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_259
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_245
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_245:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_272
# func_line_I
# aligned_label_Lt
    align 8
label_246:
# i_func_info_IaaI
# init:shutdown_pids/4
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x55, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_247:
# i_breakpoint_trampoline
    short jmp L1109
.db 0x00
    call L718
    align 8
L1109:
# i_test_yield
    lea rdx, qword ptr [label_247+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1110
    mov ecx, 4
    call 140320710850576
L1110:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+40], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_479
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call label_251
# catch_yf
    inc qword ptr [r13+264]
L1111:
    mov eax, 2147483647
    mov qword ptr [rsp+40], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_267
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+40], 59
# jump_f
    jmp label_249
# label_L
label_248:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_249:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 32
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_288
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call label_301
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_486
# func_line_I
# aligned_label_Lt
    align 8
label_250:
# i_func_info_IaaI
# init:global_prepare_shutdown/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x55, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_251:
# i_breakpoint_trampoline
    short jmp L1112
.db 0x00
    call L718
    align 8
L1112:
# i_test_yield
    lea rdx, qword ptr [label_251+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1113
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1113:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 87435
# line_I
# call_light_bif_be
    align 4
L1114:
L1115:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L1114]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_252
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_252:
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 33675
# line_I
# call_light_bif_be
    align 4
L1116:
L1117:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086448
    lea rdx, qword ptr [L1116]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1118
    mov ecx, 1
    call 140320710850576
L1118:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 87499
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
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
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1119:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1119]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_use_S
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_253:
# i_loop_rec_f
    align 4
L1120:
    lea rdi, qword ptr [L1120]
    lea rsi, qword ptr [label_257]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_256
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_256
    cmp esi, 128
    je label_255
    cmp esi, 320
    je label_254
    jne label_256
# label_L
label_254:
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
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1227
    jne label_256
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 33675
    jne label_256
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1121
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_256
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_256
L1121:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1122
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_256
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_256
L1122:
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
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_255:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_256
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1123
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_256
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_256
L1123:
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
L1124:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1125:
L1126:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L1125]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_clear_S
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_256:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_253
# aligned_label_Lt
    align 4
label_257:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_253]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_258:
# i_func_info_IaaI
# init:get_heart/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x56, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_259:
# i_breakpoint_trampoline
    short jmp L1127
.db 0x00
    call L718
    align 8
L1127:
# i_test_yield
    lea rdx, qword ptr [label_259+24]
    dec r14
    jle L716
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 87627
# i_call_only_f
    jmp label_263
# func_line_I
# aligned_label_Lt
    align 8
label_260:
# i_func_info_IaaI
# init:get_logger/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x56, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_261:
# i_breakpoint_trampoline
    short jmp L1128
.db 0x00
    call L718
    align 8
L1128:
# i_test_yield
    lea rdx, qword ptr [label_261+24]
    dec r14
    jle L716
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 23691
# i_call_only_f
    jmp label_263
# func_line_I
# aligned_label_Lt
    align 8
label_262:
# i_func_info_IaaI
# init:get_kernelpid/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x56, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_263:
# i_breakpoint_trampoline
    short jmp L1129
.db 0x00
    call L718
    align 8
L1129:
# i_test_yield
    lea rdx, qword ptr [label_263+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_265
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_264
    cmp dword ptr [rsi-2], 128
    jne label_264
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+24], rdi
    jne label_264
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# label_L
label_264:
# i_call_only_f
    short jmp label_263
# label_L
label_265:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_266:
# i_func_info_IaaI
# init:shutdown/4
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x98, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_267:
# i_breakpoint_trampoline
    short jmp L1130
.db 0x00
    call L718
    align 8
L1130:
# i_test_yield
    lea rdx, qword ptr [label_267+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_270
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_270
    cmp dword ptr [rsi-2], 128
    jne label_270
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+40], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 23691
    je label_268
    cmp rsi, 87627
    je label_268
    jmp label_269
# label_L
label_268:
# i_call_only_f
    short jmp label_267
# label_L
label_269:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1131
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1131:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_272
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_267
# label_L
label_270:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_271:
# i_func_info_IaaI
# init:shutdown_kernel_pid/4
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x57, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_272:
# i_breakpoint_trampoline
    short jmp L1132
.db 0x00
    call L718
    align 8
L1132:
# i_test_yield
    lea rdx, qword ptr [label_272+24]
    dec r14
    jle L716
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1133
    mov ecx, 4
    call 140320710850576
L1133:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1355
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 39115
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# line_I
# send
    align 4
L1134:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1134]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_274
# func_line_I
# aligned_label_Lt
    align 8
label_273:
# i_func_info_IaaI
# init:shutdown_loop/4
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x57, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_274:
# i_breakpoint_trampoline
    short jmp L1135
.db 0x00
    call L718
    align 8
L1135:
# i_test_yield
    lea rdx, qword ptr [label_274+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1136
    mov ecx, 4
    call 140320710850576
L1136:
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
label_275:
# i_loop_rec_f
    align 4
L1137:
    lea rdi, qword ptr [L1137]
    lea rsi, qword ptr [label_282]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_281
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_281
    cmp esi, 128
    je label_278
    cmp esi, 192
    je label_276
    jne label_281
# label_L
label_276:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1355
    jne label_281
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1138
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_277
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_277
L1138:
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
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
.db 0x90
    call label_568
# i_call_last_ft
    jmp label_285
# label_L
label_277:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1139
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1139:
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
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_274
# label_L
label_278:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 459
    jne label_279
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1140
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_279
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_279
L1140:
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
# i_trim_t
    add rsp, 32
# i_move_sd
L1141:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1142:
L1143:
    long mov rcx, 9223372036854775807
    mov rax, 94919179107008
    lea rdx, qword ptr [L1142]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 459
# line_I
# call_light_bif_be
    align 4
L1144:
L1145:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1144]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_279:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 40971
    jne label_280
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
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 32
    jmp label_274
# label_L
label_280:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 84107
    jne label_281
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_283
    cmp dword ptr [rsi-2], 768
    jne label_283
    cmp qword ptr [rsi+6], 85451
    jne label_283
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1146
    mov ecx, 1
    call 140320710850576
L1146:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21259
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# line_I
# send
    align 4
L1147:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1147]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 32
    jmp label_274
# label_L
label_281:
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x66, 0x90
    call label_185
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
    jmp label_274
# aligned_label_Lt
    align 4
label_282:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_275]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_283:
# line_I
# badrecord_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_284:
# i_func_info_IaaI
# init:resend/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x57, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_285:
# i_breakpoint_trampoline
    short jmp L1148
.db 0x00
    call L718
    align 8
L1148:
# i_test_yield
    lea rdx, qword ptr [label_285+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_286
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1149
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1149:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1150:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1150]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_285
# label_L
label_286:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_287:
# i_func_info_IaaI
# init:kill_all_pids/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x57, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_288:
# i_breakpoint_trampoline
    short jmp L1151
.db 0x00
    call L718
    align 8
L1151:
# i_test_yield
    lea rdx, qword ptr [label_288+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1152
    mov ecx, 2
    call 140320710850576
L1152:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
    call label_291
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_289
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_289:
# line_I
# i_call_f
    call label_298
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    short jmp label_288
# func_line_I
# aligned_label_Lt
    align 8
label_290:
# i_func_info_IaaI
# init:get_pids/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x58, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_291:
# i_breakpoint_trampoline
    short jmp L1153
.db 0x00
    call L718
    align 8
L1153:
# i_test_yield
    lea rdx, qword ptr [label_291+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1154
    mov ecx, 2
    call 140320710850576
L1154:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# call_light_bif_be
    align 4
L1155:
L1156:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106944
    lea rdx, qword ptr [L1155]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_696
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+16], rdi
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
    jmp label_293
# func_line_I
# aligned_label_Lt
    align 8
label_292:
# i_func_info_IaaI
# init:delete/4
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_293:
# i_breakpoint_trampoline
    short jmp L1157
.db 0x00
    call L718
    align 8
L1157:
# i_test_yield
    lea rdx, qword ptr [label_293+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_296
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_ne_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    je label_294
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    short je L1158
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_294
L1158:
# is_ne_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    je label_294
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    short je L1159
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_294
L1159:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L1160
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_295
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_295
L1160:
# label_L
label_294:
# i_call_only_f
    jmp label_293
# label_L
label_295:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1161
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1161:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_293
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1162
    mov ecx, 1
    call 140320710850576
L1162:
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
    jl L717
    ret
# label_L
label_296:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_297:
# i_func_info_IaaI
# init:kill_em/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x58, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_298:
# i_breakpoint_trampoline
    short jmp L1163
.db 0x00
    call L718
    align 8
L1163:
# i_test_yield
    lea rdx, qword ptr [label_298+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_299
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1164
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1164:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov qword ptr [rbx+8], 22219
# line_I
# call_light_bif_be
    align 4
L1165:
L1166:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091616
    lea rdx, qword ptr [L1165]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_298
# label_L
label_299:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_300:
# i_func_info_IaaI
# init:kill_all_ports/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x58, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_301:
# i_breakpoint_trampoline
    short jmp L1167
.db 0x00
    call L718
    align 8
L1167:
# i_test_yield
    lea rdx, qword ptr [label_301+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1168
    mov ecx, 1
    call 140320710850576
L1168:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# call_light_bif_be
    align 4
L1169:
L1170:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106960
    lea rdx, qword ptr [L1169]
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
    jmp label_303
# func_line_I
# aligned_label_Lt
    align 8
label_302:
# i_func_info_IaaI
# init:kill_all_ports/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x58, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_303:
# i_breakpoint_trampoline
    short jmp L1171
.db 0x00
    call L718
    align 8
L1171:
# i_test_yield
    lea rdx, qword ptr [label_303+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_305
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1172
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1172:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 9739
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1173:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_304
    cmp dword ptr [rsi-2], 128
    jne label_304
    cmp qword ptr [rsi+6], 9739
    jne label_304
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1174
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_304
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_304
L1174:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_303
# label_L
label_304:
# i_move_sd
    mov qword ptr [rbx+8], 22219
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L1175:
L1176:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091616
    lea rdx, qword ptr [L1175]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_303
# label_L
label_305:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_306:
# i_func_info_IaaI
# init:unload/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x58, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_307:
# i_breakpoint_trampoline
    short jmp L1177
.db 0x00
    call L718
    align 8
L1177:
# i_test_yield
    lea rdx, qword ptr [label_307+24]
    dec r14
    jle L716
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_308
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1178
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1178:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# call_light_bif_be
    align 4
L1179:
L1180:
    long mov rcx, 9223372036854775807
    mov rax, 94919178658896
    lea rdx, qword ptr [L1179]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L1181:
L1182:
    long mov rcx, 9223372036854775807
    mov rax, 94919178658912
    lea rdx, qword ptr [L1181]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1183
    mov ecx, 1
    call 140320710850576
L1183:
# put_cons_ss
    mov qword ptr [r15], 88331
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x66, 0x90
    call label_319
# i_call_last_ft
    jmp label_310
# label_L
label_308:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1184
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1184:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# call_light_bif_be
    align 4
L1185:
L1186:
    long mov rcx, 9223372036854775807
    mov rax, 94919178658896
    lea rdx, qword ptr [L1185]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L1187:
L1188:
    long mov rcx, 9223372036854775807
    mov rax, 94919178658912
    lea rdx, qword ptr [L1187]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1189
    mov ecx, 1
    call 140320710850576
L1189:
# put_cons_ss
    mov qword ptr [r15], 88331
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 87627
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x66, 0x90
    call label_319
# i_call_last_ft
    jmp label_310
# func_line_I
# aligned_label_Lt
    align 8
label_309:
# i_func_info_IaaI
# init:do_unload/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x59, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_310:
# i_breakpoint_trampoline
    short jmp L1190
.db 0x00
    call L718
    align 8
L1190:
# i_test_yield
    lea rdx, qword ptr [label_310+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_317
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1191
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1191:
    sub rsp, 24
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L1192:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1193:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# jump_f
    jmp label_312
# label_L
label_311:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_312:
# catch_yf
    inc qword ptr [r13+264]
L1194:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1195:
L1196:
    long mov rcx, 9223372036854775807
    mov rax, 94919178658176
    lea rdx, qword ptr [L1195]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# jump_f
    jmp label_314
# label_L
label_313:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_314:
# catch_yf
    inc qword ptr [r13+264]
L1197:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1198:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# jump_f
    jmp label_316
# label_L
label_315:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_316:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_310
# label_L
label_317:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_309
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_318:
# i_func_info_IaaI
# init:sub/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x59, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_319:
# i_breakpoint_trampoline
    short jmp L1199
.db 0x00
    call L718
    align 8
L1199:
# i_test_yield
    lea rdx, qword ptr [label_319+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_320
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1200
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1200:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_call_f
.db 0x90
    call label_322
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    short jmp label_319
# label_L
label_320:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_318
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_321:
# i_func_info_IaaI
# init:del/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x59, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_322:
# i_breakpoint_trampoline
    short jmp L1201
.db 0x00
    call L718
    align 8
L1201:
# i_test_yield
    lea rdx, qword ptr [label_322+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_324
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1202
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_323
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_323
L1202:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# label_L
label_323:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1203
    mov ecx, 3
.db 0x90
    call 140320710850576
L1203:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_322
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1204
    mov ecx, 1
    call 140320710850576
L1204:
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
    jl L717
    ret
# label_L
label_324:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_321
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_325:
# i_func_info_IaaI
# init:terminate/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_326:
# i_breakpoint_trampoline
    short jmp L1205
.db 0x00
    call L718
    align 8
L1205:
# i_test_yield
    lea rdx, qword ptr [label_326+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1206
    mov ecx, 3
    call 140320710850576
L1206:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_329
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_327
# i_move_sd
    mov qword ptr [rbx], 8015
# line_I
# i_call_f
    call label_333
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1207
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1207:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
L1208:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1209:
L1210:
    long mov rcx, 9223372036854775807
    mov rax, 94919179107008
    lea rdx, qword ptr [L1209]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1211
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1211:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1212:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_127
# label_L
label_327:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_328:
# i_func_info_IaaI
# init:kernel_pid/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_329:
# i_breakpoint_trampoline
    short jmp L1213
.db 0x00
    call L718
    align 8
L1213:
# i_test_yield
    lea rdx, qword ptr [label_329+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_331
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_330
    cmp dword ptr [rsi-2], 128
    jne label_330
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1214
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_330
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_330
L1214:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1215
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1215:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
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
# return
    dec r14
    jl L717
    ret
# label_L
label_330:
# i_call_only_f
    jmp label_329
# label_L
label_331:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_332:
# i_func_info_IaaI
# init:sleep/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_333:
# i_breakpoint_trampoline
    short jmp L1216
.db 0x00
    call L718
    align 8
L1216:
# i_test_yield
    lea rdx, qword ptr [label_333+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1217
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1217:
# aligned_label_Lt
    align 4
label_334:
# wait_timeout_unlocked_sf
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178213264
    mov rsp, rbp
    mov esi, 8015
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L1219]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L1218
    short jl L1219
    lea rsi, qword ptr [label_334]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L1218:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_334]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L1219:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_335:
# i_func_info_IaaI
# init:start_prim_loader/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_336:
# i_breakpoint_trampoline
    short jmp L1220
.db 0x00
    call L718
    align 8
L1220:
# i_test_yield
    lea rdx, qword ptr [label_336+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1221
    mov ecx, 3
    call 140320710850576
L1221:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 11
    jne label_337
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1222
    mov ecx, 3
.db 0x90
    call 140320710850576
L1222:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_cons_ss
L1223:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L1224:
L1225:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1224]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# label_L
label_337:
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
    jne label_340
    cmp dword ptr [rsi-2], 128
    jne label_340
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_339
    cmp rsi, 30603
    je label_338
    jmp label_340
# label_L
label_338:
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
L1227:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_342
# label_L
label_339:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1228
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1228:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L1229:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L1230:
L1231:
    long mov rcx, 9223372036854775807
    mov rax, 94919179107008
    lea rdx, qword ptr [L1230]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1232:
L1233:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1232]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_340:
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
label_341:
# i_func_info_IaaI
# init:add_to_kernel/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_342:
# i_breakpoint_trampoline
    short jmp L1234
.db 0x00
    call L718
    align 8
L1234:
# i_test_yield
    lea rdx, qword ptr [label_342+24]
    dec r14
    jle L716
# allocate_heap_tIt
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L1235
    mov ecx, 2
.db 0x90
    call 140320710850576
L1235:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx+8]
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
    mov qword ptr [r15+8], 86155
    mov rdi, qword ptr [rbx+8]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 82443
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1236:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1236]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# aligned_label_Lt
    align 4
label_343:
# i_loop_rec_f
    align 4
L1237:
    lea rdi, qword ptr [L1237]
    lea rsi, qword ptr [label_345]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_344
    cmp dword ptr [rsi-2], 192
    jne label_344
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 30603
    jne label_344
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1238
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_344
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_344
L1238:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1239
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_344
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_344
L1239:
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
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L1240:
L1241:
    long mov rcx, 9223372036854775807
    mov rax, 94919179088544
    lea rdx, qword ptr [L1240]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_344:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_343
# aligned_label_Lt
    align 4
label_345:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_343]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_346:
# i_func_info_IaaI
# init:do_boot/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_347:
# i_breakpoint_trampoline
    short jmp L1242
.db 0x00
    call L718
    align 8
L1242:
# i_test_yield
    lea rdx, qword ptr [label_347+24]
    dec r14
    jle L716
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1243
    mov ecx, 2
    call 140320710850576
L1243:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+16], rdi
# i_make_fun3_FStt
L1244:
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rax+56], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# line_I
# i_call_ext_only_e
L1245:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_348:
# i_func_info_IaaI
# init:do_boot/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_349:
# i_breakpoint_trampoline
    short jmp L1246
.db 0x00
    call L718
    align 8
L1246:
# i_test_yield
    lea rdx, qword ptr [label_349+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1247
    mov ecx, 3
    call 140320710850576
L1247:
    sub rsp, 80
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 6
    rep stos qword ptr [rdi], rax
    mov qword ptr [rsp+72], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov qword ptr [rbx], 43339
# line_I
# call_light_bif_be
    align 4
L1248:
L1249:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091664
    lea rdx, qword ptr [L1248]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_356
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_359
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
    mov qword ptr [rbx], 88971
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_537
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_371
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_26
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_336
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_369
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_373
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 84555
# i_move_sd
    mov qword ptr [rbx], 70731
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_532
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_83
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
    mov qword ptr [rbx], 89035
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_532
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_83
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1250
    mov ecx, 1
    call 140320710850576
L1250:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 89099
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1251:
    mov eax, 2147483647
    mov qword ptr [rsp+72], rax
# i_move_sd
    mov qword ptr [rbx], 89163
# line_I
# send
    align 4
L1252:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1252]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+72], 59
# jump_f
    jmp label_351
# label_L
label_350:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_351:
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call label_362
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+72], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call code_path_choice/0
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1253
    mov ecx, 1
    call 140320710850576
L1253:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 640
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 89227
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+40], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+56], rdi
    mov qword ptr [r15+64], 75
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+72], rdi
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [r15+80], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 88
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 5
    rep stos qword ptr [rdi], rax
    add rdi, 24
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call label_387
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call label_457
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 11
# init_yregs_I
    mov qword ptr [rsp+56], 59
# i_move_sd
    mov qword ptr [rbx], 84811
# line_I
# i_call_f
.db 0x66, 0x90
    call label_532
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_83
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_353
    cmp rsi, 75
    je label_352
    jmp label_354
# label_L
label_352:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_609
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_611
# i_call_last_ft
    add rsp, 80
    jmp label_607
# label_L
label_353:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 80
# return
    dec r14
    jl L717
    ret
# label_L
label_354:
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
label_355:
# i_func_info_IaaI
# init:get_root/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_356:
# i_breakpoint_trampoline
    short jmp L1254
.db 0x00
    call L718
    align 8
L1254:
# i_test_yield
    lea rdx, qword ptr [label_356+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1255
    mov ecx, 1
    call 140320710850576
L1255:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 89355
# line_I
# i_call_f
.db 0x90
    call label_553
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_357
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_357
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_357
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_357
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_357:
# i_move_sd
    mov qword ptr [rbx], 89419
# line_I
# call_light_bif_be
    align 4
L1256:
L1257:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1256]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_358:
# i_func_info_IaaI
# init:check_bindir/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_359:
# i_breakpoint_trampoline
    short jmp L1258
.db 0x00
    call L718
    align 8
L1258:
# i_test_yield
    lea rdx, qword ptr [label_359+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1259
    mov ecx, 1
    call 140320710850576
L1259:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 89547
# line_I
# i_call_f
.db 0x90
    call label_553
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_360
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_360
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_360
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_360
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_360:
# i_move_sd
    mov qword ptr [rbx], 89611
# line_I
# call_light_bif_be
    align 4
L1260:
L1261:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1260]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_361:
# i_func_info_IaaI
# init:get_boot_vars/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_362:
# i_breakpoint_trampoline
    short jmp L1262
.db 0x00
    call L718
    align 8
L1262:
# i_test_yield
    lea rdx, qword ptr [label_362+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1263
    mov ecx, 2
    call 140320710850576
L1263:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L1264:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_364
# update_map_assoc_sdtI
.section .rodata {#1}
L1265:
    align 8
L1266:
.db 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1265]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_363:
# i_func_info_IaaI
# init:get_boot_vars_1/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_364:
# i_breakpoint_trampoline
    short jmp L1267
.db 0x00
    call L718
    align 8
L1267:
# i_test_yield
    lea rdx, qword ptr [label_364+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_367
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_366
    cmp dword ptr [rsi-2], 128
    jne label_366
    cmp qword ptr [rsi+6], 89803
    jne label_366
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_365
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_365
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_365
# update_map_assoc_sdtI
.section .rodata {#1}
L1268:
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
    mov edx, 5
    mov ecx, 2
    lea r8, qword ptr [L1268]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# i_call_only_f
    jmp label_364
# label_L
label_365:
# i_move_sd
    mov qword ptr [rbx], 89867
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1269
    mov ecx, 1
.db 0x90
    call 140320710850576
L1269:
# call_light_bif_be
    align 4
L1270:
L1271:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1270]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_366:
# i_call_only_f
    jmp label_364
# label_L
label_367:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_363
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_368:
# i_func_info_IaaI
# init:bootfile/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_369:
# i_breakpoint_trampoline
    short jmp L1272
.db 0x00
    call L718
    align 8
L1272:
# i_test_yield
    lea rdx, qword ptr [label_369+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1273
    mov ecx, 2
    call 140320710850576
L1273:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L1274:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1275:
L1276:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1275]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 82827
# i_call_f
.db 0x90
    call label_532
# i_call_last_ft
    jmp label_86
# func_line_I
# aligned_label_Lt
    align 8
label_370:
# i_func_info_IaaI
# init:path_flags/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_371:
# i_breakpoint_trampoline
    short jmp L1277
.db 0x00
    call L718
    align 8
L1277:
# i_test_yield
    lea rdx, qword ptr [label_371+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1278
    mov ecx, 1
    call 140320710850576
L1278:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 90059
# line_I
# i_call_f
.db 0x66, 0x90
    call label_540
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_568
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_564
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 90123
# line_I
# i_call_f
.db 0x90
    call label_540
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_564
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# line_I
# i_call_f
.db 0x90
    call label_26
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call label_26
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1279
    mov ecx, 1
    call 140320710850576
L1279:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_372:
# i_func_info_IaaI
# init:get_boot/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x60, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_373:
# i_breakpoint_trampoline
    short jmp L1280
.db 0x00
    call L718
    align 8
L1280:
# i_test_yield
    lea rdx, qword ptr [label_373+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1281
    mov ecx, 2
    call 140320710850576
L1281:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
L1282:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1283:
L1284:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1283]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call label_379
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_374
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_374:
# is_eq_exact_fss
    cmp qword ptr [rbx], 90251
    jne label_377
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1285:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1286:
L1287:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1286]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# call_light_bif_be
    align 4
L1288:
L1289:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1288]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_379
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_375
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_375:
# is_eq_exact_fss
    cmp qword ptr [rbx], 90251
    jne label_376
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L1290:
L1291:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L1290]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1292
    mov ecx, 1
    call 140320710850576
L1292:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 90315
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1293:
L1294:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1293]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_376:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L1295:
L1296:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L1295]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1297
    mov ecx, 1
    call 140320710850576
L1297:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 90379
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1298:
L1299:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1298]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_377:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L1300:
L1301:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L1300]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1302
    mov ecx, 1
    call 140320710850576
L1302:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 90379
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1303:
L1304:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1303]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_378:
# i_func_info_IaaI
# init:get_boot/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x60, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_379:
# i_breakpoint_trampoline
    short jmp L1305
.db 0x00
    call L718
    align 8
L1305:
# i_test_yield
    lea rdx, qword ptr [label_379+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1306
    mov ecx, 1
    call 140320710850576
L1306:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_ext_e
L1307:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_384
    cmp dword ptr [rsi-2], 192
    jne label_384
    cmp qword ptr [rsi+6], 30603
    jne label_384
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1308:
L1309:
    long mov rcx, 9223372036854775807
    mov rax, 94919179382064
    lea rdx, qword ptr [L1308]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_383
    cmp dword ptr [rsi-2], 192
    jne label_383
    cmp qword ptr [rsi+6], 90443
    jne label_383
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L1310
    test al, 2
    jne label_383
L1310:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1311
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1311:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 83531
    mov rdi, qword ptr [rbx]
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 21259
# line_I
# send
    align 4
L1312:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1312]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_ext_e
L1313:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_385
    cmp dword ptr [rsi-2], 128
    jne label_385
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_381
    cmp rsi, 30603
    je label_380
    jmp label_385
# label_L
label_380:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_382
# label_L
label_381:
# i_move_sd
    mov qword ptr [rbx], 59
# label_L
label_382:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call label_21
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1314
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1314:
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
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_383:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_384:
# i_move_sd
    mov qword ptr [rbx], 90251
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_385:
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
label_386:
# i_func_info_IaaI
# init:eval_script/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x61, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_387:
# i_breakpoint_trampoline
    short jmp L1315
.db 0x00
    call L718
    align 8
L1315:
# i_test_yield
    lea rdx, qword ptr [label_387+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_399
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_400
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_400
    cmp esi, 64
    je label_396
    cmp esi, 128
    je label_389
    cmp esi, 192
    je label_388
    jne label_400
# label_L
label_388:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 90635
    jne label_400
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_400
    cmp dword ptr [rsi-2], 192
    jne label_400
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1316
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1316:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40779
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call label_450
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_387
# label_L
label_389:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 3403
    je label_395
    cmp rsi, 86027
    je label_390
    cmp rsi, 88971
    je label_393
    cmp rsi, 90699
    je label_394
    cmp rsi, 90763
    je label_391
    jmp label_400
# label_L
label_390:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1317
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1317:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1318
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1318:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 86027
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 21259
# line_I
# send
    align 4
L1319:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1319]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_387
# label_L
label_391:
# is_list_fs
    mov rax, qword ptr [rbx+40]
    cmp rax, 59
    short je L1320
    test al, 2
    jne label_400
L1320:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1321
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1321:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_392
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_402
# label_L
label_392:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_387
# label_L
label_393:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_394
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1322
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1322:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+38]
    movups xmmword ptr [rbx], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_412
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_426
# line_I
# i_call_ext_e
L1323:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_387
# label_L
label_394:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_387
# label_L
label_395:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    jne label_400
    cmp dword ptr [rsi-2], 192
    jne label_400
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1324
    mov ecx, 6
.db 0x90
    call 140320710850576
L1324:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_apply
    align 4
L1326:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    xor edx, edx
    xor ecx, ecx
    call 94919178643168
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L1325
    lea rsi, qword ptr [L1326]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L1325:
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_387
# label_L
label_396:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 90827
    jne label_400
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1327
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1327:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 84491
    jne label_397
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_398
# label_L
label_397:
# i_move_sd
    mov qword ptr [rbx+16], 11
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 143
# line_I
# call_light_bif_be
    align 4
L1328:
L1329:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1328]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# label_L
label_398:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_387
# label_L
label_399:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_400
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L717
    ret
# label_L
label_400:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1330
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1330:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 90891
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
    short jbe L1331
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1331:
# call_light_bif_be
    align 4
L1332:
L1333:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1332]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_401:
# i_func_info_IaaI
# init:load_modules/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x63, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_402:
# i_breakpoint_trampoline
    short jmp L1334
.db 0x00
    call L718
    align 8
L1334:
# i_test_yield
    lea rdx, qword ptr [label_402+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1335
    mov ecx, 2
    call 140320710850576
L1335:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_687
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call label_410
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1336:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_405
    cmp dword ptr [rsi-2], 128
    jne label_405
    cmp qword ptr [rsi+6], 30603
    jne label_405
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_405
    cmp dword ptr [rsi-2], 128
    jne label_405
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_403
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_667
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1337
    mov ecx, 1
    call 140320710850576
L1337:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 91083
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1338:
L1339:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1338]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_403:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_405
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_682
# line_I
# call_light_bif_be
    align 4
L1340:
L1341:
    long mov rcx, 9223372036854775807
    mov rax, 94919178655680
    lea rdx, qword ptr [L1340]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_404
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_677
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1342
    mov ecx, 1
    call 140320710850576
L1342:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 23435
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1343:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1343]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call label_672
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_407
# label_L
label_404:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_405:
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
label_406:
# i_func_info_IaaI
# init:load_rest/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x64, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_407:
# i_breakpoint_trampoline
    short jmp L1344
.db 0x00
    call L718
    align 8
L1344:
# i_test_yield
    lea rdx, qword ptr [label_407+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_408
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1345
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1345:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+16], rdx
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_474
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1346
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1346:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+8], xmm0
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
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 23435
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1347:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1347]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_407
# label_L
label_408:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_409:
# i_func_info_IaaI
# init:prepare_loading_fun/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x64, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_410:
# i_breakpoint_trampoline
    short jmp L1348
.db 0x00
    call L718
    align 8
L1348:
# i_test_yield
    lea rdx, qword ptr [label_410+24]
    dec r14
    jle L716
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1349
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1349:
# i_make_fun3_FStt
L1350:
    long mov rsi, 9223372036854775807
    mov edx, 3
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
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_411:
# i_func_info_IaaI
# init:make_path/4
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x64, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_412:
# i_breakpoint_trampoline
    short jmp L1351
.db 0x00
    call L718
    align 8
L1351:
# i_test_yield
    lea rdx, qword ptr [label_412+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1352
    mov ecx, 4
    call 140320710850576
L1352:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call label_414
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1353
    mov ecx, 1
    call 140320710850576
L1353:
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
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_564
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1354
    mov ecx, 1
    call 140320710850576
L1354:
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
# i_call_last_ft
    add rsp, 8
    jmp label_564
# func_line_I
# aligned_label_Lt
    align 8
label_413:
# i_func_info_IaaI
# init:fix_path/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x64, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_414:
# i_breakpoint_trampoline
    short jmp L1355
.db 0x00
    call L718
    align 8
L1355:
# i_test_yield
    lea rdx, qword ptr [label_414+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_416
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_415
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1356
    mov ecx, 3
    call 140320710850576
L1356:
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
L1357:
L1358:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L1357]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x66, 0x90
    call label_418
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
    call label_414
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1359
    mov ecx, 1
    call 140320710850576
L1359:
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
    jl L717
    ret
# label_L
label_415:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1360
    mov ecx, 3
.db 0x90
    call 140320710850576
L1360:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_418
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
    call label_414
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1361
    mov ecx, 1
    call 140320710850576
L1361:
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
    jl L717
    ret
# label_L
label_416:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_417:
# i_func_info_IaaI
# init:add_var/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x65, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_418:
# i_breakpoint_trampoline
    short jmp L1362
.db 0x00
    call L718
    align 8
L1362:
# i_test_yield
    lea rdx, qword ptr [label_418+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_420
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 591
    jne label_420
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1363
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1363:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_422
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1364:
L1365:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448896
    lea rdx, qword ptr [L1364]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_get_map_element_fSSS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919178646704
    mov rsp, rbp
    test eax, eax
    je label_419
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_86
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1366
    mov ecx, 1
    call 140320710850576
L1366:
# put_cons_ss
    mov qword ptr [r15], 767
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# call_light_bif_be
    align 4
L1367:
L1368:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1367]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_419:
# i_move_sd
L1369:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L1370:
L1371:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1370]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1372:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1373:
L1374:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1373]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# call_light_bif_be
    align 4
L1375:
L1376:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L1375]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# call_light_bif_be
    align 4
L1377:
L1378:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1377]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_420:
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_421:
# i_func_info_IaaI
# init:extract_var/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x65, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_422:
# i_breakpoint_trampoline
    short jmp L1379
.db 0x00
    call L718
    align 8
L1379:
# i_test_yield
    lea rdx, qword ptr [label_422+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_424
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 767
    jne label_423
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1380
    mov ecx, 2
    call 140320710850576
L1380:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call label_568
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1381
    mov ecx, 1
    call 140320710850576
L1381:
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
    jl L717
    ret
# label_L
label_423:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1382
    mov ecx, 3
    call 140320710850576
L1382:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp label_422
# label_L
label_424:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_421
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1383
    mov ecx, 2
.db 0x90
    call 140320710850576
L1383:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_568
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1384
    mov ecx, 1
    call 140320710850576
L1384:
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
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_425:
# i_func_info_IaaI
# init:patch_path/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x65, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_426:
# i_breakpoint_trampoline
    short jmp L1385
.db 0x00
    call L718
    align 8
L1385:
# i_test_yield
    lea rdx, qword ptr [label_426+24]
    dec r14
    jle L716
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 85323
    jne label_427
# return
    dec r14
    jl L717
    ret
# label_L
label_427:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1386
    mov ecx, 1
    call 140320710850576
L1386:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call archive_extension/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_657
# func_line_I
# aligned_label_Lt
    align 8
label_428:
# i_func_info_IaaI
# init:patch_dir/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x65, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_429:
# i_breakpoint_trampoline
    short jmp L1387
.db 0x00
    call L718
    align 8
L1387:
# i_test_yield
    lea rdx, qword ptr [label_429+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1388
    mov ecx, 2
    call 140320710850576
L1388:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 767
# line_I
# i_call_f
.db 0x90
    call label_435
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_eq_exact_literal_fscI
L1389:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 2
    jne label_433
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_433
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_433
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_433
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
.db 0x90
    call label_568
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov qword ptr [rbx+8], 751
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_441
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1390
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_430
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_430
L1390:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1391
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_430
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_430
L1391:
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
.db 0x66, 0x90
    call label_654
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_568
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1392
    mov ecx, 1
    call 140320710850576
L1392:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
L1393:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L1394:
L1395:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1394]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L1396:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x90
    call label_447
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+16], rdi
# jump_f
    jmp label_431
# label_L
label_430:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call label_651
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_568
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1397:
L1398:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1397]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1399
    mov ecx, 1
    call 140320710850576
L1399:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
L1400:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+24], rax
# call_light_bif_be
    align 4
L1401:
L1402:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1401]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L1403:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x90
    call label_447
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# label_L
label_431:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1404:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_432
    cmp dword ptr [rsi-2], 128
    jne label_432
    cmp qword ptr [rsi+6], 30603
    jne label_432
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_432
    cmp dword ptr [rsi-2], 896
    jne label_432
    cmp qword ptr [rsi+6], 91723
    jne label_432
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 91787
    jne label_432
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L717
    ret
# label_L
label_432:
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1405:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_433
    cmp dword ptr [rsi-2], 128
    jne label_433
    cmp qword ptr [rsi+6], 30603
    jne label_433
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_433
    cmp dword ptr [rsi-2], 896
    jne label_433
    cmp qword ptr [rsi+6], 91723
    jne label_433
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 91787
    jne label_433
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L717
    ret
# label_L
label_433:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_434:
# i_func_info_IaaI
# init:funny_split/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_435:
# i_breakpoint_trampoline
    short jmp L1406
.db 0x00
    call L718
    align 8
L1406:
# i_test_yield
    lea rdx, qword ptr [label_435+24]
    dec r14
    jle L716
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp label_437
# func_line_I
# aligned_label_Lt
    align 8
label_436:
# i_func_info_IaaI
# init:funny_split/4
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_437:
# i_breakpoint_trampoline
    short jmp L1407
.db 0x00
    call L718
    align 8
L1407:
# i_test_yield
    lea rdx, qword ptr [label_437+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_439
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 767
    jne label_438
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1408
    mov ecx, 4
    call 140320710850576
L1408:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    short jmp label_437
# label_L
label_438:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1409
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1409:
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
    jmp label_437
# label_L
label_439:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_436
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1410
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1410:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_440:
# i_func_info_IaaI
# init:funny_splitwith/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x67, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_441:
# i_breakpoint_trampoline
    short jmp L1411
.db 0x00
    call L718
    align 8
L1411:
# i_test_yield
    lea rdx, qword ptr [label_441+24]
    dec r14
    jle L716
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp label_443
# func_line_I
# aligned_label_Lt
    align 8
label_442:
# i_func_info_IaaI
# init:funny_splitwith/4
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x67, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_443:
# i_breakpoint_trampoline
    short jmp L1412
.db 0x00
    call L718
    align 8
L1412:
# i_test_yield
    lea rdx, qword ptr [label_443+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_445
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 751
    jne label_444
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1413
    mov ecx, 3
    call 140320710850576
L1413:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# label_L
label_444:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1414
    mov ecx, 5
    call 140320710850576
L1414:
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
    jmp label_443
# label_L
label_445:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1415
    mov ecx, 4
    call 140320710850576
L1415:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_446:
# i_func_info_IaaI
# init:join/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_447:
# i_breakpoint_trampoline
    short jmp L1416
.db 0x00
    call L718
    align 8
L1416:
# i_test_yield
    lea rdx, qword ptr [label_447+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_446
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_448
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1417
    mov ecx, 3
.db 0x90
    call 140320710850576
L1417:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_447
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# call_light_bif_be
    align 4
L1418:
L1419:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1418]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1420:
L1421:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1420]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_448:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_449:
# i_func_info_IaaI
# init:start_in_kernel/5
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x67, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_450:
# i_breakpoint_trampoline
    short jmp L1422
.db 0x00
    call L718
    align 8
L1422:
# i_test_yield
    lea rdx, qword ptr [label_450+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1423
    mov ecx, 5
    call 140320710850576
L1423:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# line_I
# i_apply
    align 4
L1425:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    xor edx, edx
    xor ecx, ecx
    call 94919178643168
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L1424
    lea rsi, qword ptr [L1425]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L1424:
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1426
    mov ecx, 1
    call 140320710850576
L1426:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 82443
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L1427:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1427]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# aligned_label_Lt
    align 4
label_451:
# i_loop_rec_f
    align 4
L1428:
    lea rdi, qword ptr [L1428]
    lea rsi, qword ptr [label_455]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_454
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_454
    cmp esi, 128
    je label_453
    cmp esi, 192
    je label_452
    jne label_454
# label_L
label_452:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 30603
    jne label_454
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1429
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_454
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_454
L1429:
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
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L1430:
L1431:
    long mov rcx, 9223372036854775807
    mov rax, 94919179088544
    lea rdx, qword ptr [L1430]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_453:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 20555
    jne label_454
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1432
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_454
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_454
L1432:
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
    mov qword ptr [rbx], 20555
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_454:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_451
# aligned_label_Lt
    align 4
label_455:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_451]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_456:
# i_func_info_IaaI
# init:start_em/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x67, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_457:
# i_breakpoint_trampoline
    short jmp L1433
.db 0x00
    call L718
    align 8
L1433:
# i_test_yield
    lea rdx, qword ptr [label_457+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_459
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1434
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1434:
    sub rsp, 16
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx], 86731
# line_I
# call_light_bif_be
    align 4
L1435:
L1436:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L1435]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ne_exact_fss
    cmp qword ptr [rbx], 907
    je label_458
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L1437
    test al, 1
    jne label_460
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_460
L1437:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L1438:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# label_L
label_458:
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
    call label_462
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_457
# label_L
label_459:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_456
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L717
    ret
# label_L
label_460:
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
label_461:
# i_func_info_IaaI
# init:start_it/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x67, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_462:
# i_breakpoint_trampoline
    short jmp L1439
.db 0x00
    call L718
    align 8
L1439:
# i_test_yield
    lea rdx, qword ptr [label_462+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_465
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_464
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_463
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1440
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1440:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# apply_last_tt
    align 4
L1442:
    xor edx, edx
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rcx, qword ptr [L1442]
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L1441
    lea rsi, qword ptr [L1442]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L1441:
    jmp qword ptr [rax+r12*8]
# label_L
label_463:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1443
    mov ecx, 3
    call 140320710850576
L1443:
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# apply_last_tt
    align 4
L1445:
    mov edx, 1
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rcx, qword ptr [L1445]
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L1444
    lea rsi, qword ptr [L1445]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L1444:
    jmp qword ptr [rax+r12*8]
# label_L
label_464:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_469
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1446
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1446:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 40779
# line_I
# apply_last_tt
    align 4
L1448:
    xor edx, edx
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rcx, qword ptr [L1448]
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L1447
    lea rsi, qword ptr [L1448]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L1447:
    jmp qword ptr [rax+r12*8]
# label_L
label_465:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_468
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_468
    cmp edi, 128
    jne label_461
    cmp qword ptr [rsi+6], 84939
    jne label_461
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1449
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1449:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_86
# line_I
# i_call_ext_e
L1450:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_472
    cmp dword ptr [rsi-2], 192
    jne label_472
    cmp qword ptr [rsi+6], 30603
    jne label_472
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_568
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_466
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_466
    cmp dword ptr [rsi-2], 128
    jne label_466
    cmp qword ptr [rsi+6], 92235
    jne label_466
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_467
# label_L
label_466:
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 31
# line_I
# i_call_ext_e
L1451:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1452
    mov ecx, 1
    call 140320710850576
L1452:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 92235
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_f
    call label_568
# label_L
label_467:
# line_I
# i_call_ext_e
L1453:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_471
    cmp dword ptr [rsi-2], 128
    jne label_471
    cmp qword ptr [rsi+6], 30603
    jne label_471
# line_I
# i_call_ext_e
L1454:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# i_call_ext_e
L1455:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_470
    cmp dword ptr [rsi-2], 192
    jne label_470
    cmp qword ptr [rsi+6], 45067
    jne label_470
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_468:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_461
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L717
    ret
# label_L
label_469:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_470:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_471:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_472:
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
label_473:
# i_func_info_IaaI
# init:do_load_module/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x6A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_474:
# i_breakpoint_trampoline
    short jmp L1456
.db 0x00
    call L718
    align 8
L1456:
# i_test_yield
    lea rdx, qword ptr [label_474+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1457
    mov ecx, 2
    call 140320710850576
L1457:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1458:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_477
    cmp dword ptr [rsi-2], 128
    jne label_477
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_476
    cmp rsi, 26251
    je label_475
    jmp label_477
# label_L
label_475:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1459
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_477
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_477
L1459:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_476:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30859
    jne label_477
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1460
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1460:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 23435
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 89163
# line_I
# send
    align 4
L1461:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1461]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_477:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_478:
# i_func_info_IaaI
# init:shutdown_timer/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_479:
# i_breakpoint_trampoline
    short jmp L1462
.db 0x00
    call L718
    align 8
L1462:
# i_test_yield
    lea rdx, qword ptr [label_479+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1463
    mov ecx, 1
    call 140320710850576
L1463:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 395
# i_move_sd
    mov qword ptr [rbx], 92875
# line_I
# i_call_f
.db 0x90
    call label_532
# is_ne_exact_fss
    cmp qword ptr [rbx], 395
    je label_484
# catch_yf
    inc qword ptr [r13+264]
L1464:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# call_light_bif_be
    align 4
L1465:
L1466:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L1465]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# call_light_bif_be
    align 4
L1467:
L1468:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101616
    lea rdx, qword ptr [L1467]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_480:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
    cmp qword ptr [rbx], 0
    short jne L1469
.db 0x90
    call 140320710850088
L1469:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1470
    test al, 1
    jne label_484
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_484
L1470:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1471
    mov ecx, 1
    call 140320710850576
L1471:
# i_make_fun3_FStt
L1472:
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# line_I
# i_call_ext_e
L1473:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_481:
# i_loop_rec_f
    align 4
L1474:
    lea rdi, qword ptr [L1474]
    lea rsi, qword ptr [label_483]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_482
    cmp dword ptr [rsi-2], 128
    jne label_482
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 82443
    jne label_482
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1475
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_482
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_482
L1475:
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
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_482:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_481
# aligned_label_Lt
    align 4
label_483:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_481]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_484:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_485:
# i_func_info_IaaI
# init:flush_timout/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x6B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_486:
# i_breakpoint_trampoline
    short jmp L1476
.db 0x00
    call L718
    align 8
L1476:
# i_test_yield
    lea rdx, qword ptr [label_486+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1477
    mov ecx, 1
    call 140320710850576
L1477:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_487:
# i_loop_rec_f
    align 4
L1478:
    lea rdi, qword ptr [L1478]
    lea rsi, qword ptr [label_489]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_488
    cmp dword ptr [rsi-2], 128
    jne label_488
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 459
    jne label_488
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1479
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_488
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_488
L1479:
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
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_488:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_487
# aligned_label_Lt
    align 4
label_489:
# timeout_locked
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214400
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_490:
# i_func_info_IaaI
# init:timer/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x6B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_491:
# i_breakpoint_trampoline
    short jmp L1480
.db 0x00
    call L718
    align 8
L1480:
# i_test_yield
    lea rdx, qword ptr [label_491+24]
    dec r14
    jle L716
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1481
    mov ecx, 1
    call 140320710850576
L1481:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 82443
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 21259
# line_I
# send
    align 4
L1482:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1482]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# aligned_label_Lt
    align 4
label_492:
# wait_timeout_unlocked_sf
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178213264
    mov rsp, rbp
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L1484]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L1483
    short jl L1484
    lea rsi, qword ptr [label_492]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L1483:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_492]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L1484:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1485
    xor ecx, ecx
    call 140320710850576
L1485:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 459
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 21259
# line_I
# send
    align 4
L1486:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1486]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_493:
# i_func_info_IaaI
# init:parse_boot_args/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_494:
# i_breakpoint_trampoline
    short jmp L1487
.db 0x00
    call L718
    align 8
L1487:
# i_test_yield
    lea rdx, qword ptr [label_494+24]
    dec r14
    jle L716
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp label_496
# func_line_I
# aligned_label_Lt
    align 8
label_495:
# i_func_info_IaaI
# init:parse_boot_args/4
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_496:
# i_breakpoint_trampoline
    short jmp L1488
.db 0x00
    call L718
    align 8
L1488:
# i_test_yield
    lea rdx, qword ptr [label_496+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_504
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1489
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1489:
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
# i_call_f
.db 0x90
    call label_507
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_497
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call label_517
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1490
    mov ecx, 1
    call 140320710850576
L1490:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
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
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_496
# label_L
label_497:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 93131
    je label_503
    cmp rsi, 93195
    je label_502
    cmp rsi, 93259
    je label_501
    cmp rsi, 93323
    je label_500
    cmp rsi, 93387
    je label_499
    cmp rsi, 93451
    je label_498
    jmp label_505
# label_L
label_498:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+16], rax
    mov qword ptr [rsp+40], rax
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call label_568
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_call_f
.db 0x66, 0x90
    call label_568
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1491:
L1492:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1491]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1493
    mov ecx, 1
    call 140320710850576
L1493:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+8], xmm0
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
    jl L717
    ret
# label_L
label_499:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x66, 0x90
    call label_517
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1494
    mov ecx, 1
    call 140320710850576
L1494:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59339
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_last_ft
    add rsp, 24
    jmp label_496
# label_L
label_500:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x90
    call label_517
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1495
    mov ecx, 1
    call 140320710850576
L1495:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 85003
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_last_ft
    add rsp, 24
    jmp label_496
# label_L
label_501:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x90
    call label_517
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1496
    mov ecx, 1
    call 140320710850576
L1496:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 84939
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_last_ft
    add rsp, 24
    jmp label_496
# label_L
label_502:
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
    jmp label_496
# label_L
label_503:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1497
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1497:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp label_496
# label_L
label_504:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_495
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1498
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1498:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_568
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_568
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call label_568
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1499
    mov ecx, 1
    call 140320710850576
L1499:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+8], xmm0
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
    jl L717
    ret
# label_L
label_505:
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
label_506:
# i_func_info_IaaI
# init:check/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_507:
# i_breakpoint_trampoline
    short jmp L1500
.db 0x00
    call L718
    align 8
L1500:
# i_test_yield
    lea rdx, qword ptr [label_507+24]
    dec r14
    jle L716
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_515
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1502
# is_binary_header
    cmp al, 40
    short je L1501
    and al, -5
    cmp al, 32
    jne label_515
L1501:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1503
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L1503:
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
L1502:
    mov qword ptr [rbx], rsi
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rdi+30]
    ja label_515
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L1504:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 8
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_515
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 8
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
    ja label_514
    rex test sil, 7
    short je L1506
    mov edx, 64
    call 140320710849168
    short jmp L1505
L1506:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L1505:
    mov qword ptr [rbx+16], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 735
    je label_513
    cmp rsi, 1631
    je label_510
    cmp rsi, 1839
    je label_509
    cmp rsi, 1855
    je label_508
    jmp label_514
# label_L
label_508:
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_514
# i_move_sd
    mov qword ptr [rbx], 93323
# return
    dec r14
    jl L717
    ret
# label_L
label_509:
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rdi+30]
    ja label_514
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L1507:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 16
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_514
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 16
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_514
# i_move_sd
    mov qword ptr [rbx], 93387
# return
    dec r14
    jl L717
    ret
# label_L
label_510:
# i_bs_get_integer_Sfttsd
    mov r8d, 24
    mov rdx, qword ptr [rbx]
    mov ecx, 8
    mov r9d, 2
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178211552
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test eax, eax
    je label_514
    mov qword ptr [rbx+16], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 124131023
    je label_512
    cmp rsi, 126306095
    je label_511
    jmp label_514
# label_L
label_511:
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rdi+30]
    ja label_514
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L1508:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 8
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_514
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 8
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_514
# i_move_sd
    mov qword ptr [rbx], 93451
# return
    dec r14
    jl L717
    ret
# label_L
label_512:
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_514
# i_move_sd
    mov qword ptr [rbx], 93259
# return
    dec r14
    jl L717
    ret
# label_L
label_513:
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_514
# i_move_sd
    mov qword ptr [rbx], 93195
# return
    dec r14
    jl L717
    ret
# label_L
label_514:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1509
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L1509:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_515
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1510
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1510:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_83
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1511
    mov ecx, 1
    call 140320710850576
L1511:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 93579
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_515:
# i_move_sd
    mov qword ptr [rbx], 93131
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_516:
# i_func_info_IaaI
# init:get_args/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_517:
# i_breakpoint_trampoline
    short jmp L1512
.db 0x00
    call L718
    align 8
L1512:
# i_test_yield
    lea rdx, qword ptr [label_517+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_525
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1513
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1513:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
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
    call label_507
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_518
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x66, 0x90
    call label_568
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1514
    mov ecx, 1
    call 140320710850576
L1514:
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
    jl L717
    ret
# label_L
label_518:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 93131
    je label_524
    cmp rsi, 93195
    je label_523
    cmp rsi, 93259
    je label_522
    cmp rsi, 93323
    je label_521
    cmp rsi, 93387
    je label_520
    cmp rsi, 93451
    je label_519
    jmp label_526
# label_L
label_519:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x90
    call label_568
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1515
    mov ecx, 1
    call 140320710850576
L1515:
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
    jl L717
    ret
# label_L
label_520:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_568
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1516
    mov ecx, 1
    call 140320710850576
L1516:
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
    jl L717
    ret
# label_L
label_521:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_568
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1517
    mov ecx, 1
    call 140320710850576
L1517:
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
    jl L717
    ret
# label_L
label_522:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_568
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1518
    mov ecx, 1
    call 140320710850576
L1518:
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
    jl L717
    ret
# label_L
label_523:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x66, 0x90
    call label_568
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1519
    mov ecx, 1
    call 140320710850576
L1519:
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
    jl L717
    ret
# label_L
label_524:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1520
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1520:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_517
# label_L
label_525:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_516
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1521
    mov ecx, 2
.db 0x90
    call 140320710850576
L1521:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_568
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1522
    mov ecx, 1
    call 140320710850576
L1522:
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
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_526:
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
label_527:
# i_func_info_IaaI
# init:update_flag/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x6E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_528:
# i_breakpoint_trampoline
    short jmp L1523
.db 0x00
    call L718
    align 8
L1523:
# i_test_yield
    lea rdx, qword ptr [label_528+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_530
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_529
    cmp dword ptr [rsi-2], 128
    jne label_529
    cmp qword ptr [rsi+6], 70731
    jne label_529
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1524
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1524:
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
    mov qword ptr [r15+8], 70731
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
# return
    dec r14
    jl L717
    ret
# label_L
label_529:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1525
    mov ecx, 4
    call 140320710850576
L1525:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_528
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1526
    mov ecx, 1
    call 140320710850576
L1526:
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
    jl L717
    ret
# label_L
label_530:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_527
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1527
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1527:
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
    mov qword ptr [r15+8], 70731
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
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_531:
# i_func_info_IaaI
# init:get_flag/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x6E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_532:
# i_breakpoint_trampoline
    short jmp L1528
.db 0x00
    call L718
    align 8
L1528:
# i_test_yield
    lea rdx, qword ptr [label_532+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1529
    mov ecx, 3
    call 140320710850576
L1529:
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
L1530:
L1531:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1530]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_535
    cmp dword ptr [rsi-2], 128
    jne label_535
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_533
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_534
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp+8]
    cmp qword ptr [rbx+8], rdi
    jne label_535
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_533:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_534
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp+8]
    cmp qword ptr [rbx+8], rdi
    jne label_535
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_534:
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp+8]
    cmp qword ptr [rbx+8], rdi
    jne label_535
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_535:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_536:
# i_func_info_IaaI
# init:get_flag_list/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_537:
# i_breakpoint_trampoline
    short jmp L1532
.db 0x00
    call L718
    align 8
L1532:
# i_test_yield
    lea rdx, qword ptr [label_537+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1533
    mov ecx, 3
    call 140320710850576
L1533:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# line_I
# call_light_bif_be
    align 4
L1534:
L1535:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1534]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_538
    cmp dword ptr [rsi-2], 128
    jne label_538
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_538
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_538:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_539:
# i_func_info_IaaI
# init:get_flag_args/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x6E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_540:
# i_breakpoint_trampoline
    short jmp L1536
.db 0x00
    call L718
    align 8
L1536:
# i_test_yield
    lea rdx, qword ptr [label_540+24]
    dec r14
    jle L716
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp label_542
# func_line_I
# aligned_label_Lt
    align 8
label_541:
# i_func_info_IaaI
# init:get_flag_args/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x6E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_542:
# i_breakpoint_trampoline
    short jmp L1537
.db 0x00
    call L718
    align 8
L1537:
# i_test_yield
    lea rdx, qword ptr [label_542+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_544
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_543
    cmp dword ptr [rsi-2], 128
    jne label_543
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+32], rdi
    jne label_543
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1538
    mov ecx, 4
    call 140320710850576
L1538:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp label_542
# label_L
label_543:
# i_call_only_f
    jmp label_542
# label_L
label_544:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_541
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_568
# func_line_I
# aligned_label_Lt
    align 8
label_545:
# i_func_info_IaaI
# init:get_arguments/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x45, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_546:
# i_breakpoint_trampoline
    short jmp L1539
.db 0x00
    call L718
    align 8
L1539:
# i_test_yield
    lea rdx, qword ptr [label_546+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_547
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_545
    cmp dword ptr [rsi-2], 128
    short jne label_545
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1540
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1540:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_549
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_546
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1541
    mov ecx, 1
    call 140320710850576
L1541:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+8], xmm0
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
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_547:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_545
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_548:
# i_func_info_IaaI
# init:to_strings/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x6F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_549:
# i_breakpoint_trampoline
    short jmp L1542
.db 0x00
    call L718
    align 8
L1542:
# i_test_yield
    lea rdx, qword ptr [label_549+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_551
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_550
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1543
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1543:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1544:
L1545:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L1544]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call label_549
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1546
    mov ecx, 1
    call 140320710850576
L1546:
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
    jl L717
    ret
# label_L
label_550:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_548
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1548
    and al, -5
    cmp al, 32
    jne label_548
    short jmp L1547
L1548:
    cmp byte ptr [rdi+22], 0
    jne label_548
L1547:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1549
    mov ecx, 3
    call 140320710850576
L1549:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_86
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call label_549
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1550
    mov ecx, 1
    call 140320710850576
L1550:
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
    jl L717
    ret
# label_L
label_551:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_548
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_552:
# i_func_info_IaaI
# init:get_argument/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x46, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_553:
# i_breakpoint_trampoline
    short jmp L1551
.db 0x00
    call L718
    align 8
L1551:
# i_test_yield
    lea rdx, qword ptr [label_553+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1552
    mov ecx, 2
    call 140320710850576
L1552:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_556
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_554
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_554:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1553
    mov ecx, 1
.db 0x90
    call 140320710850576
L1553:
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
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_555:
# i_func_info_IaaI
# init:get_argument1/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x6F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_556:
# i_breakpoint_trampoline
    short jmp L1554
.db 0x00
    call L718
    align 8
L1554:
# i_test_yield
    lea rdx, qword ptr [label_556+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_558
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_557
    cmp dword ptr [rsi-2], 128
    jne label_557
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1555
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_557
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_557
L1555:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1556
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1556:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_549
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_556
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1557
    mov ecx, 1
    call 140320710850576
L1557:
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
    jl L717
    ret
# label_L
label_557:
# i_call_only_f
    jmp label_556
# label_L
label_558:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_555
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_559:
# i_func_info_IaaI
# init:set_argument/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_560:
# i_breakpoint_trampoline
    short jmp L1558
.db 0x00
    call L718
    align 8
L1558:
# i_test_yield
    lea rdx, qword ptr [label_560+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_562
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_561
    cmp dword ptr [rsi-2], 128
    jne label_561
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+32]
    cmp qword ptr [rbx+8], rdi
    jne label_561
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1559
    mov ecx, 5
.db 0x90
    call 140320710850576
L1559:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
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
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
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
# return
    dec r14
    jl L717
    ret
# label_L
label_561:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1560
    mov ecx, 4
.db 0x90
    call 140320710850576
L1560:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_560
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1561
    mov ecx, 1
    call 140320710850576
L1561:
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
    jl L717
    ret
# label_L
label_562:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_559
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1562
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1562:
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
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
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_563:
# i_func_info_IaaI
# init:append/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_564:
# i_breakpoint_trampoline
    short jmp L1563
.db 0x00
    call L718
    align 8
L1563:
# i_test_yield
    lea rdx, qword ptr [label_564+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_566
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_565
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# label_L
label_565:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1564
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1564:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_564
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1565:
L1566:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1565]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_566:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_563
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_567:
# i_func_info_IaaI
# init:reverse/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_568:
# i_breakpoint_trampoline
    short jmp L1567
.db 0x00
    call L718
    align 8
L1567:
# i_test_yield
    lea rdx, qword ptr [label_568+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_571
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_570
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_569
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1568
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1568:
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
# return
    dec r14
    jl L717
    ret
# label_L
label_569:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1569
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1569:
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1570
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1570:
# call_light_bif_be
    align 4
L1571:
L1572:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1571]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_570:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_567
# return
    dec r14
    jl L717
    ret
# label_L
label_571:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_567
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_572:
# i_func_info_IaaI
# init:objfile_extension/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x6F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
objfile_extension/0:
# i_breakpoint_trampoline
    short jmp L1573
.db 0x00
    call L718
    align 8
L1573:
# i_test_yield
    lea rdx, qword ptr [objfile_extension/0+24]
    dec r14
    jle L716
# i_move_sd
L1574:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_574:
# i_func_info_IaaI
# init:archive_extension/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x70, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
archive_extension/0:
# i_breakpoint_trampoline
    short jmp L1575
.db 0x00
    call L718
    align 8
L1575:
# i_test_yield
    lea rdx, qword ptr [archive_extension/0+24]
    dec r14
    jle L716
# i_move_sd
L1576:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_576:
# i_func_info_IaaI
# init:run_on_load_handlers/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x70, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
run_on_load_handlers/0:
# i_breakpoint_trampoline
    short jmp L1577
.db 0x00
    call L718
    align 8
L1577:
# i_test_yield
    lea rdx, qword ptr [run_on_load_handlers/0+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1578
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1578:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
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
# i_move_sd
    mov qword ptr [rbx+8], 89163
# i_move_sd
    mov qword ptr [rbx], 33675
# line_I
# call_light_bif_be
    align 4
L1579:
L1580:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086448
    lea rdx, qword ptr [L1579]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
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
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1581:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 94347
# i_move_sd
    mov qword ptr [rbx], 89163
# line_I
# send
    align 4
L1582:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1582]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# jump_f
    jmp label_579
# label_L
label_578:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_579:
# recv_marker_use_S
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_580:
# i_loop_rec_f
    align 4
L1583:
    lea rdi, qword ptr [L1583]
    lea rsi, qword ptr [label_584]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_583
    cmp dword ptr [rsi-2], 320
    jne label_583
    cmp qword ptr [rsi+6], 1227
    jne label_583
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 33675
    jne label_583
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 28939
    je label_581
    cmp rsi, 94411
    je label_581
    jmp label_582
# label_L
label_581:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1584
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_583
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_583
L1584:
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
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_582:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1585
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_583
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_583
L1585:
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
# line_I
# call_light_bif_be
    align 4
L1586:
L1587:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1586]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_583:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_580
# aligned_label_Lt
    align 4
label_584:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_580]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_585:
# i_func_info_IaaI
# init:start_on_load_handler_process/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x71, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_586:
# i_breakpoint_trampoline
    short jmp L1588
.db 0x00
    call L718
    align 8
L1588:
# i_test_yield
    lea rdx, qword ptr [label_586+24]
    dec r14
    jle L716
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1589
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1589:
# i_make_fun3_FStt
L1590:
    long mov rsi, 9223372036854775807
    xor edx, edx
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
    mov qword ptr [rbx], rax
# line_I
# i_call_ext_e
L1591:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 89163
# line_I
# call_light_bif_be
    align 4
L1592:
L1593:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093792
    lea rdx, qword ptr [L1592]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_587:
# i_func_info_IaaI
# init:on_load_handler_init/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x71, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_588:
# i_breakpoint_trampoline
    short jmp L1594
.db 0x00
    call L718
    align 8
L1594:
# i_test_yield
    lea rdx, qword ptr [label_588+24]
    dec r14
    jle L716
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov qword ptr [rbx], 59
# i_call_only_f
    jmp label_590
# func_line_I
# aligned_label_Lt
    align 8
label_589:
# i_func_info_IaaI
# init:on_load_loop/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x71, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_590:
# i_breakpoint_trampoline
    short jmp L1595
.db 0x00
    call L718
    align 8
L1595:
# i_test_yield
    lea rdx, qword ptr [label_590+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1596
    mov ecx, 2
    call 140320710850576
L1596:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# aligned_label_Lt
    align 4
label_591:
# i_loop_rec_f
    align 4
L1597:
    lea rdi, qword ptr [L1597]
    lea rsi, qword ptr [label_596]
    call 140320710852712
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_594
    test byte ptr [rsi-2], 63
    jne label_594
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_595
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 23435
    je label_592
    cmp rsi, 89099
    je label_593
    jmp label_595
# label_L
label_592:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1598
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1598:
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
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_590
# label_L
label_593:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
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
# i_call_last_ft
    add rsp, 16
    jmp label_590
# label_L
label_594:
# is_eq_exact_fss
    cmp qword ptr [rbx], 94347
    jne label_595
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
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call label_598
# i_move_sd
    mov qword ptr [rbx], 94411
# line_I
# call_light_bif_be
    align 4
L1599:
L1600:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1599]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# label_L
label_595:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_591
# aligned_label_Lt
    align 4
label_596:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_591]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_597:
# i_func_info_IaaI
# init:run_on_load_handlers/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x70, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_598:
# i_breakpoint_trampoline
    short jmp L1601
.db 0x00
    call L718
    align 8
L1601:
# i_test_yield
    lea rdx, qword ptr [label_598+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_603
# allocate_heap_tIt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1602
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1602:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+40], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp+24], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 94667
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_2
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1603
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1603:
# i_make_fun3_FStt
L1604:
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
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
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
    mov qword ptr [rsp+16], rax
# line_I
# i_call_ext_e
L1605:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp], xmm0
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
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
label_599:
# i_loop_rec_f
    align 4
L1606:
    lea rdi, qword ptr [L1606]
    lea rsi, qword ptr [label_602]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_601
    cmp dword ptr [rsi-2], 320
    jne label_601
    cmp qword ptr [rsi+6], 1227
    jne label_601
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 33675
    jne label_601
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1607
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_601
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_601
L1607:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1608
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_601
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_601
L1608:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rsp+16], rdi
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
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rsp+16], 30603
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1609:
L1610:
    long mov rcx, 9223372036854775807
    mov rax, 94919178659216
    lea rdx, qword ptr [L1609]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 75
    jne label_600
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1611
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1611:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 94795
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_2
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_598
# label_L
label_600:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1612
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1612:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 94859
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rsp+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 40
# line_I
# i_call_f
.db 0x66, 0x90
    call label_2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1613:
L1614:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1613]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L717
    ret
# label_L
label_601:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_599
# aligned_label_Lt
    align 4
label_602:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_599]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_603:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_604:
# i_func_info_IaaI
# init:debug_profile_start/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x72, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_605:
# i_breakpoint_trampoline
    short jmp L1615
.db 0x00
    call L718
    align 8
L1615:
# i_test_yield
    lea rdx, qword ptr [label_605+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1616
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1616:
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
L1617:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
L1618:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1619:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
L1620:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 30859
# line_I
# i_call_ext_e
L1621:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
L1622:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 2123
# line_I
# i_call_ext_e
L1623:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_606:
# i_func_info_IaaI
# init:debug_profile_stop/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x73, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_607:
# i_breakpoint_trampoline
    short jmp L1624
.db 0x00
    call L718
    align 8
L1624:
# i_test_yield
    lea rdx, qword ptr [label_607+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1625
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1625:
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
L1626:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
L1627:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1628:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
L1629:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 30859
# line_I
# i_call_ext_e
L1630:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
L1631:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 2123
# line_I
# i_call_ext_e
L1632:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_608:
# i_func_info_IaaI
# init:debug_profile_mfas/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x73, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_609:
# i_breakpoint_trampoline
    short jmp L1633
.db 0x00
    call L718
    align 8
L1633:
# i_test_yield
    lea rdx, qword ptr [label_609+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1634
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1634:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx+8], 32331
# i_move_sd
L1635:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
L1636:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1637:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 32331
# i_move_sd
L1638:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 30859
# line_I
# i_call_ext_e
L1639:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_613
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 95115
# call_light_bif_be
    align 4
L1640:
L1641:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L1640]
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
# call_light_bif_be
    align 4
L1642:
L1643:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1642]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    jmp label_618
# func_line_I
# aligned_label_Lt
    align 8
label_610:
# i_func_info_IaaI
# init:debug_profile_format_mfas/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x73, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_611:
# i_breakpoint_trampoline
    short jmp L1644
.db 0x00
    call L718
    align 8
L1644:
# i_test_yield
    lea rdx, qword ptr [label_611+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1645
    mov ecx, 1
    call 140320710850576
L1645:
# line_I
# i_call_ext_e
L1646:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1647
    mov ecx, 1
    call 140320710850576
L1647:
# i_make_fun3_FStt
L1648:
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
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L1649:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_612:
# i_func_info_IaaI
# init:collect_loaded_mfas/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x74, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_613:
# i_breakpoint_trampoline
    short jmp L1650
.db 0x00
    call L718
    align 8
L1650:
# i_test_yield
    lea rdx, qword ptr [label_613+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1651
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1651:
# line_I
# i_call_ext_e
L1652:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_638
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_642
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    jmp label_615
# func_line_I
# aligned_label_Lt
    align 8
label_614:
# i_func_info_IaaI
# init:collect_loaded_mfas/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x74, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_615:
# i_breakpoint_trampoline
    short jmp L1653
.db 0x00
    call L718
    align 8
L1653:
# i_test_yield
    lea rdx, qword ptr [label_615+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_616
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1654
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1654:
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 26315
# i_move_sd
    mov qword ptr [rbx], 17227
# line_I
# apply_t
    align 4
L1656:
    mov edx, 1
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
    short jne L1655
    lea rsi, qword ptr [L1656]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L1655:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x90
    call label_633
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L1657:
L1658:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1657]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_615
# label_L
label_616:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_617:
# i_func_info_IaaI
# init:collect_mfas/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x74, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_618:
# i_breakpoint_trampoline
    short jmp L1659
.db 0x00
    call L718
    align 8
L1659:
# i_test_yield
    lea rdx, qword ptr [label_618+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_623
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1660
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1660:
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
    mov qword ptr [rbx+8], 7819
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1661:
L1662:
    long mov rcx, 9223372036854775807
    mov rax, 94919178955072
    lea rdx, qword ptr [L1661]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_624
    cmp dword ptr [rsi-2], 128
    jne label_624
    cmp qword ptr [rsi+6], 7819
    jne label_624
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_619
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_621
    cmp rsi, 907
    je label_621
    jmp label_620
# label_L
label_619:
# is_ne_exact_fss
    cmp qword ptr [rbx], 59
    je label_621
# label_L
label_620:
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 15
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call label_626
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_622
# label_L
label_621:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_618
# label_L
label_622:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1663
    mov ecx, 1
.db 0x90
    call 140320710850576
L1663:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_618
# label_L
label_623:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_617
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L717
    ret
# label_L
label_624:
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
label_625:
# i_func_info_IaaI
# init:collect_mfa/4
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x75, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_626:
# i_breakpoint_trampoline
    short jmp L1664
.db 0x00
    call L718
    align 8
L1664:
# i_test_yield
    lea rdx, qword ptr [label_626+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_627
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    short jne label_625
    cmp dword ptr [rsi-2], 256
    short jne label_625
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1666
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1665
L1666:
    call 140320710853728
L1665:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_times_jssd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16000015
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1668
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 1000000
    and rax, -16
    imul rax, rcx
    short jo L1668
    or rax, 15
    short jmp L1667
L1668:
    call 140320710854432
L1667:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+16]
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
    call 140320710853728
L1669:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1672
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1671
L1672:
    call 140320710853728
L1671:
    mov qword ptr [rbx+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_626
# label_L
label_627:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_625
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1673
    mov ecx, 4
.db 0x90
    call 140320710850576
L1673:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
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
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_628:
# i_func_info_IaaI
# init:module_info/0
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L1674
.db 0x00
    call L718
    align 8
L1674:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L716
# i_move_sd
    mov qword ptr [rbx], 21259
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1675
    mov ecx, 1
.db 0x90
    call 140320710850576
L1675:
# call_light_bif_be
    align 4
L1676:
L1677:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L1676]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_630:
# i_func_info_IaaI
# init:module_info/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L1678
.db 0x00
    call L718
    align 8
L1678:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L716
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 21259
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1679
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1679:
# call_light_bif_be
    align 4
L1680:
L1681:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L1680]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_632:
# i_func_info_IaaI
# init:'-collect_loaded_mfas/2-lc$^0/1-0-'/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x75, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_633:
# i_breakpoint_trampoline
    short jmp L1682
.db 0x00
    call L718
    align 8
L1682:
# i_test_yield
    lea rdx, qword ptr [label_633+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_635
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_634
    cmp dword ptr [rsi-2], 128
    jne label_634
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1683
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1683:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_633
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1684
    mov ecx, 1
    call 140320710850576
L1684:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
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
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_634:
# i_call_only_f
    jmp label_633
# label_L
label_635:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_636
# return
    dec r14
    jl L717
    ret
# label_L
label_636:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1685
    mov ecx, 1
.db 0x90
    call 140320710850576
L1685:
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
    short jbe L1686
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1686:
# call_light_bif_be
    align 4
L1687:
L1688:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1687]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_637:
# i_func_info_IaaI
# init:'-collect_loaded_mfas/0-lc$^0/1-1-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x75, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_638:
# i_breakpoint_trampoline
    short jmp L1689
.db 0x00
    call L718
    align 8
L1689:
# i_test_yield
    lea rdx, qword ptr [label_638+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_639
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne L1690
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    short jb L1690
    and al, 63
    short je L1691
L1690:
    mov edi, 31
    call 140320710851136
L1691:
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1692
    mov ecx, 2
.db 0x90
    call 140320710850576
L1692:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_638
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1693
    mov ecx, 1
    call 140320710850576
L1693:
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
    jl L717
    ret
# label_L
label_639:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_640
# return
    dec r14
    jl L717
    ret
# label_L
label_640:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1694
    mov ecx, 1
.db 0x90
    call 140320710850576
L1694:
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
    short jbe L1695
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1695:
# call_light_bif_be
    align 4
L1696:
L1697:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1696]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_641:
# i_func_info_IaaI
# init:'-collect_loaded_mfas/0-lc$^1/1-0-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_642:
# i_breakpoint_trampoline
    short jmp L1698
.db 0x00
    call L718
    align 8
L1698:
# i_test_yield
    lea rdx, qword ptr [label_642+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_643
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1699
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1699:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# i_call_f
.db 0x90
    call label_642
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1700
    mov ecx, 1
    call 140320710850576
L1700:
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
    jl L717
    ret
# label_L
label_643:
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_644:
# i_func_info_IaaI
# init:'-debug_profile_format_mfas/1-fun-0-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_645:
# i_breakpoint_trampoline
    short jmp L1701
.db 0x00
    call L718
    align 8
L1701:
# i_test_yield
    lea rdx, qword ptr [label_645+24]
    dec r14
    jle L716
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_644
    cmp dword ptr [rsi-2], 128
    short jne label_644
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_644
    cmp dword ptr [rsi-2], 128
    short jne label_644
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_644
    cmp dword ptr [rsi-2], 192
    jne label_644
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1702
    mov ecx, 3
.db 0x90
    call 140320710850576
L1702:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
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
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1703:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1704:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1705
    mov ecx, 1
    call 140320710850576
L1705:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
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
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
L1706:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 96011
# i_call_ext_last_et
    add rsp, 8
L1707:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_646:
# i_func_info_IaaI
# init:'-run_on_load_handlers/2-fun-0-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_647:
# i_breakpoint_trampoline
    short jmp L1708
.db 0x00
    call L718
    align 8
L1708:
# i_test_yield
    lea rdx, qword ptr [label_647+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1709
    mov ecx, 1
    call 140320710850576
L1709:
# line_I
# i_call_on_load_function
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919178352016
    mov rsp, rbp
    test rax, rax
    jne L1710
    mov rcx, 94919181695264
    call 140320710854352
L1710:
    call rax
.db 0x0F, 0x1F, 0x00
    call rax
# line_I
# call_light_bif_be
    align 4
L1711:
L1712:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1711]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# i_lambda_trampoline_FfWW
L713:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx], rax
    jmp label_647
# func_line_I
# aligned_label_Lt
    align 8
label_648:
# i_func_info_IaaI
# init:'-shutdown_timer/1-fun-0-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_649:
# i_breakpoint_trampoline
    short jmp L1713
.db 0x00
    call L718
    align 8
L1713:
# i_test_yield
    lea rdx, qword ptr [label_649+24]
    dec r14
    jle L716
# i_call_only_f
    jmp label_491
# i_lambda_trampoline_FfWW
L712:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx], rax
    short jmp label_649
# func_line_I
# aligned_label_Lt
    align 8
label_650:
# i_func_info_IaaI
# init:'-patch_dir/2-lc$^1/1-0-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_651:
# i_breakpoint_trampoline
    short jmp L1714
.db 0x00
    call L718
    align 8
L1714:
# i_test_yield
    lea rdx, qword ptr [label_651+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_652
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1715
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1715:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_call_f
.db 0x90
    call label_568
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call label_651
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1716
    mov ecx, 1
    call 140320710850576
L1716:
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
    jl L717
    ret
# label_L
label_652:
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_653:
# i_func_info_IaaI
# init:'-patch_dir/2-lc$^0/1-1-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x78, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_654:
# i_breakpoint_trampoline
    short jmp L1717
.db 0x00
    call L718
    align 8
L1717:
# i_test_yield
    lea rdx, qword ptr [label_654+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_655
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1718
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1718:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_call_f
.db 0x90
    call label_568
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call label_654
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1719
    mov ecx, 1
    call 140320710850576
L1719:
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
    jl L717
    ret
# label_L
label_655:
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_656:
# i_func_info_IaaI
# init:'-patch_path/2-lc$^0/1-0-'/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x78, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_657:
# i_breakpoint_trampoline
    short jmp L1720
.db 0x00
    call L718
    align 8
L1720:
# i_test_yield
    lea rdx, qword ptr [label_657+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_658
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1721
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1721:
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
# i_call_f
    call label_429
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
    call label_657
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1722
    mov ecx, 1
    call 140320710850576
L1722:
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
    jl L717
    ret
# label_L
label_658:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_659
# return
    dec r14
    jl L717
    ret
# label_L
label_659:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1723
    mov ecx, 1
.db 0x90
    call 140320710850576
L1723:
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
    short jbe L1724
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1724:
# call_light_bif_be
    align 4
L1725:
L1726:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1725]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_660:
# i_func_info_IaaI
# init:'-prepare_loading_fun/0-fun-0-'/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x78, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_661:
# i_breakpoint_trampoline
    short jmp L1727
.db 0x00
    call L718
    align 8
L1727:
# i_test_yield
    lea rdx, qword ptr [label_661+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1728
    mov ecx, 3
    call 140320710850576
L1728:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L1729:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_662
    cmp dword ptr [rsi-2], 128
    jne label_662
    cmp qword ptr [rsi+6], 779
    jne label_662
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L717
    ret
# label_L
label_662:
# line_I
# call_light_bif_be
    align 4
L1730:
L1731:
    long mov rcx, 9223372036854775807
    mov rax, 94919178655616
    lea rdx, qword ptr [L1730]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_664
    cmp rsi, 75
    je label_663
    jmp label_665
# label_L
label_663:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1732
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1732:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30859
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
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
    add rsp, 24
# return
    dec r14
    jl L717
    ret
# label_L
label_664:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1733
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1733:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 96459
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
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
    add rsp, 24
# return
    dec r14
    jl L717
    ret
# label_L
label_665:
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
label_666:
# i_func_info_IaaI
# init:'-load_modules/2-lc$^4/1-1-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x79, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_667:
# i_breakpoint_trampoline
    short jmp L1734
.db 0x00
    call L718
    align 8
L1734:
# i_test_yield
    lea rdx, qword ptr [label_667+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_669
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_668
    cmp dword ptr [rsi-2], 128
    jne label_668
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1735
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1735:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_667
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1736
    mov ecx, 1
    call 140320710850576
L1736:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
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
    jl L717
    ret
# label_L
label_668:
# i_call_only_f
    jmp label_667
# label_L
label_669:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_670
# return
    dec r14
    jl L717
    ret
# label_L
label_670:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1737
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1737:
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
    short jbe L1738
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1738:
# call_light_bif_be
    align 4
L1739:
L1740:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1739]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_671:
# i_func_info_IaaI
# init:'-load_modules/2-lc$^3/1-4-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x79, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_672:
# i_breakpoint_trampoline
    short jmp L1741
.db 0x00
    call L718
    align 8
L1741:
# i_test_yield
    lea rdx, qword ptr [label_672+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_674
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_673
    cmp dword ptr [rsi-2], 128
    jne label_673
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_673
    cmp dword ptr [rsi-2], 192
    jne label_673
    cmp qword ptr [rsi+6], 30859
    jne label_673
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1742
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1742:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_672
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1743
    mov ecx, 1
    call 140320710850576
L1743:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
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
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_673:
# i_call_only_f
    jmp label_672
# label_L
label_674:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_675
# return
    dec r14
    jl L717
    ret
# label_L
label_675:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1744
    mov ecx, 1
.db 0x90
    call 140320710850576
L1744:
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
    short jbe L1745
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1745:
# call_light_bif_be
    align 4
L1746:
L1747:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1746]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_676:
# i_func_info_IaaI
# init:'-load_modules/2-lc$^2/1-3-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x79, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_677:
# i_breakpoint_trampoline
    short jmp L1748
.db 0x00
    call L718
    align 8
L1748:
# i_test_yield
    lea rdx, qword ptr [label_677+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_679
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_678
    cmp dword ptr [rsi-2], 128
    jne label_678
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_678
    cmp dword ptr [rsi-2], 192
    jne label_678
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1749
    mov ecx, 3
    call 140320710850576
L1749:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_677
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1750
    mov ecx, 1
    call 140320710850576
L1750:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_678:
# i_call_only_f
    jmp label_677
# label_L
label_679:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_680
# return
    dec r14
    jl L717
    ret
# label_L
label_680:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1751
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1751:
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
    short jbe L1752
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1752:
# call_light_bif_be
    align 4
L1753:
L1754:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1753]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_681:
# i_func_info_IaaI
# init:'-load_modules/2-lc$^1/1-2-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x79, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_682:
# i_breakpoint_trampoline
    short jmp L1755
.db 0x00
    call L718
    align 8
L1755:
# i_test_yield
    lea rdx, qword ptr [label_682+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_684
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_683
    cmp dword ptr [rsi-2], 128
    jne label_683
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_683
    cmp dword ptr [rsi-2], 192
    jne label_683
    cmp qword ptr [rsi+6], 96459
    jne label_683
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1756
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1756:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_682
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1757
    mov ecx, 1
    call 140320710850576
L1757:
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
    jl L717
    ret
# label_L
label_683:
# i_call_only_f
    jmp label_682
# label_L
label_684:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_685
# return
    dec r14
    jl L717
    ret
# label_L
label_685:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1758
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1758:
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
    short jbe L1759
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1759:
# call_light_bif_be
    align 4
L1760:
L1761:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1760]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_686:
# i_func_info_IaaI
# init:'-load_modules/2-lc$^0/1-0-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_687:
# i_breakpoint_trampoline
    short jmp L1762
.db 0x00
    call L718
    align 8
L1762:
# i_test_yield
    lea rdx, qword ptr [label_687+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_691
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1763
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1763:
    sub rsp, 16
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1764:
L1765:
    long mov rcx, 9223372036854775807
    mov rax, 94919178658816
    lea rdx, qword ptr [L1764]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_689
    cmp rsi, 75
    je label_688
    jmp label_690
# label_L
label_688:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_687
# label_L
label_689:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_f
    call label_687
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1766
    mov ecx, 1
    call 140320710850576
L1766:
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
    jl L717
    ret
# label_L
label_690:
# i_move_sd
    mov qword ptr [rbx], 4747
# call_light_bif_be
    align 4
L1767:
L1768:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1767]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_691:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_692
# return
    dec r14
    jl L717
    ret
# label_L
label_692:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1769
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1769:
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
    short jbe L1770
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1770:
# call_light_bif_be
    align 4
L1771:
L1772:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1771]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_693:
# i_func_info_IaaI
# init:'-do_boot/2-fun-0-'/3
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_694:
# i_breakpoint_trampoline
    short jmp L1773
.db 0x00
    call L718
    align 8
L1773:
# i_test_yield
    lea rdx, qword ptr [label_694+24]
    dec r14
    jle L716
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp label_349
# i_lambda_trampoline_FfWW
L711:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx], xmm0
    mov rax, qword ptr [rcx+54]
    mov qword ptr [rbx+16], rax
    short jmp label_694
# func_line_I
# aligned_label_Lt
    align 8
label_695:
# i_func_info_IaaI
# init:'-get_pids/2-lc$^0/1-0-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_696:
# i_breakpoint_trampoline
    short jmp L1774
.db 0x00
    call L718
    align 8
L1774:
# i_test_yield
    lea rdx, qword ptr [label_696+24]
    dec r14
    jle L716
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_700
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1775
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1775:
    sub rsp, 16
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1776:
L1777:
    long mov rcx, 9223372036854775807
    mov rax, 94919178894048
    lea rdx, qword ptr [L1776]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_698
    cmp rsi, 75
    je label_697
    jmp label_699
# label_L
label_697:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_696
# label_L
label_698:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_f
    call label_696
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1778
    mov ecx, 1
    call 140320710850576
L1778:
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
    jl L717
    ret
# label_L
label_699:
# i_move_sd
    mov qword ptr [rbx], 4747
# call_light_bif_be
    align 4
L1779:
L1780:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1779]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L717
    ret
# label_L
label_700:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_701
# return
    dec r14
    jl L717
    ret
# label_L
label_701:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1781
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1781:
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
    short jbe L1782
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1782:
# call_light_bif_be
    align 4
L1783:
L1784:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1783]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_702:
# i_func_info_IaaI
# init:'-notify/1-fun-0-'/1
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_703:
# i_breakpoint_trampoline
    short jmp L1785
.db 0x00
    call L718
    align 8
L1785:
# i_test_yield
    lea rdx, qword ptr [label_703+24]
    dec r14
    jle L716
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1786
    mov ecx, 1
    call 140320710850576
L1786:
# i_move_sd
L1787:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# send
    align 4
L1788:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L1788]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_704:
# i_func_info_IaaI
# init:'-to_string/2-lc$^0/1-0-'/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_705:
# i_breakpoint_trampoline
    short jmp L1789
.db 0x00
    call L718
    align 8
L1789:
# i_test_yield
    lea rdx, qword ptr [label_705+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_706
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1790
    add rax, rdx
    short jno L1791
L1790:
    call 140320710853080
L1791:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1792
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1792:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# i_call_f
.db 0x90
    call label_98
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
    call label_705
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1793
    mov ecx, 1
    call 140320710850576
L1793:
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
    jl L717
    ret
# label_L
label_706:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_707
# return
    dec r14
    jl L717
    ret
# label_L
label_707:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1794
    mov ecx, 1
.db 0x90
    call 140320710850576
L1794:
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
    short jbe L1795
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1795:
# call_light_bif_be
    align 4
L1796:
L1797:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1796]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_708:
# i_func_info_IaaI
# init:'-to_string/2-lc$^1/1-1-'/2
    call L715
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_709:
# i_breakpoint_trampoline
    short jmp L1798
.db 0x00
    call L718
    align 8
L1798:
# i_test_yield
    lea rdx, qword ptr [label_709+24]
    dec r14
    jle L716
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_710
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1799
    add rax, rdx
    short jno L1800
L1799:
    call 140320710853080
L1800:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1801
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1801:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# i_call_f
.db 0x90
    call label_98
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
    call label_709
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1802
    mov ecx, 1
    call 140320710850576
L1802:
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
    jl L717
    ret
# label_L
label_710:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_711
# return
    dec r14
    jl L717
    ret
# label_L
label_711:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1803
    mov ecx, 1
.db 0x90
    call 140320710850576
L1803:
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
    short jbe L1804
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1804:
# call_light_bif_be
    align 4
L1805:
L1806:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1805]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L717
    ret
# int_code_end
L1807:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
str:
.db 0x2D, 0x75, 0x6E, 0x61
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x58, 0x93, 0x43, 0x05, 0xE5, 0x82, 0x06, 0x34, 0x3F, 0x5D, 0xF7, 0x04, 0x5C, 0xE9, 0xA7, 0x20
.section .text {#0}
