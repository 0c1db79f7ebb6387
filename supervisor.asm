    align 8
L647:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L648:
    jmp 140320710851944
    align 8
L649:
    jmp 140320710853048
    align 8
L650:
    jmp 140320710850344
    align 16
L651:
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
# supervisor:start_link/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x18, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_link/2:
# i_breakpoint_trampoline
    short jmp L652
.db 0x00
    call L651
    align 8
L652:
# i_test_yield
    lea rdx, qword ptr [start_link/2+24]
    dec r14
    jle L649
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L653
    mov ecx, 2
    call 140320710850576
L653:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 49931
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 194891
# i_call_ext_only_e
L654:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# supervisor:start_link/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x18, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_link/3:
# i_breakpoint_trampoline
    short jmp L655
.db 0x00
    call L651
    align 8
L655:
# i_test_yield
    lea rdx, qword ptr [start_link/3+24]
    dec r14
    jle L649
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L656
    mov ecx, 3
    call 140320710850576
L656:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx+8], 194891
# line_I
# i_call_ext_only_e
L657:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# supervisor:start_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA0, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_child/2:
# i_breakpoint_trampoline
    short jmp L658
.db 0x00
    call L651
    align 8
L658:
# i_test_yield
    lea rdx, qword ptr [start_child/2+24]
    dec r14
    jle L649
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L659
    mov ecx, 2
    call 140320710850576
L659:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 237643
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp call/2
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# supervisor:restart_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
restart_child/2:
# i_breakpoint_trampoline
    short jmp L660
.db 0x00
    call L651
    align 8
L660:
# i_test_yield
    lea rdx, qword ptr [restart_child/2+24]
    dec r14
    jle L649
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L661
    mov ecx, 2
    call 140320710850576
L661:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 334539
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp call/2
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# supervisor:delete_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA0, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_child/2:
# i_breakpoint_trampoline
    short jmp L662
.db 0x00
    call L651
    align 8
L662:
# i_test_yield
    lea rdx, qword ptr [delete_child/2+24]
    dec r14
    jle L649
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L663
    mov ecx, 2
    call 140320710850576
L663:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 237771
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp call/2
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# supervisor:terminate_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x30, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
terminate_child/2:
# i_breakpoint_trampoline
    short jmp L664
.db 0x00
    call L651
    align 8
L664:
# i_test_yield
    lea rdx, qword ptr [terminate_child/2+24]
    dec r14
    jle L649
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L665
    mov ecx, 2
    call 140320710850576
L665:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 209035
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp call/2
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# supervisor:get_childspec/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_childspec/2:
# i_breakpoint_trampoline
    short jmp L666
.db 0x00
    call L651
    align 8
L666:
# i_test_yield
    lea rdx, qword ptr [get_childspec/2+24]
    dec r14
    jle L649
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L667
    mov ecx, 2
    call 140320710850576
L667:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 334603
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp call/2
# func_line_I
# aligned_label_Lt
    align 8
label_15:
# i_func_info_IaaI
# supervisor:which_children/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
which_children/1:
# i_breakpoint_trampoline
    short jmp L668
.db 0x00
    call L651
    align 8
L668:
# i_test_yield
    lea rdx, qword ptr [which_children/1+24]
    dec r14
    jle L649
# i_move_sd
    mov qword ptr [rbx+8], 334667
# i_call_only_f
    jmp call/2
# func_line_I
# aligned_label_Lt
    align 8
label_17:
# i_func_info_IaaI
# supervisor:count_children/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
count_children/1:
# i_breakpoint_trampoline
    short jmp L669
.db 0x00
    call L651
    align 8
L669:
# i_test_yield
    lea rdx, qword ptr [count_children/1+24]
    dec r14
    jle L649
# i_move_sd
    mov qword ptr [rbx+8], 334731
# i_call_only_f
    jmp call/2
# func_line_I
# aligned_label_Lt
    align 8
label_19:
# i_func_info_IaaI
# supervisor:call/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
call/2:
# i_breakpoint_trampoline
    short jmp L670
.db 0x00
    call L651
    align 8
L670:
# i_test_yield
    lea rdx, qword ptr [call/2+24]
    dec r14
    jle L649
# i_move_sd
    mov qword ptr [rbx+16], 395
# line_I
# i_call_ext_only_e
L671:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_21:
# i_func_info_IaaI
# supervisor:check_childspecs/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_childspecs/1:
# i_breakpoint_trampoline
    short jmp L672
.db 0x00
    call L651
    align 8
L672:
# i_test_yield
    lea rdx, qword ptr [check_childspecs/1+24]
    dec r14
    jle L649
# i_move_sd
    mov qword ptr [rbx+8], 907
# i_call_only_f
    jmp check_childspecs/2
# func_line_I
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# supervisor:check_childspecs/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_childspecs/2:
# i_breakpoint_trampoline
    short jmp L673
.db 0x00
    call L651
    align 8
L673:
# i_test_yield
    lea rdx, qword ptr [check_childspecs/2+24]
    dec r14
    jle L649
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L674
    test al, 2
    jne label_25
L674:
# i_call_only_f
    jmp check_childspecs1/2
# label_L
label_25:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L675
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L675:
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
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_26:
# i_func_info_IaaI
# supervisor:check_childspecs1/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1C, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_childspecs1/2:
# i_breakpoint_trampoline
    short jmp L676
.db 0x00
    call L651
    align 8
L676:
# i_test_yield
    lea rdx, qword ptr [check_childspecs1/2+24]
    dec r14
    jle L649
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 907
    je label_28
    cmp rsi, 334923
    je label_28
    cmp rsi, 334987
    je label_28
    cmp rsi, 335051
    je label_28
    jmp label_29
# label_L
label_28:
# i_call_only_f
    jmp check_childspecs2/2
# label_L
label_29:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L677
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L677:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 4747
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
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_30:
# i_func_info_IaaI
# supervisor:check_childspecs2/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1D, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_childspecs2/2:
# i_breakpoint_trampoline
    short jmp L678
.db 0x00
    call L651
    align 8
L678:
# i_test_yield
    lea rdx, qword ptr [check_childspecs2/2+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L679
    mov ecx, 2
    call 140320710850576
L679:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call check_startspec/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_32
    cmp dword ptr [rsi-2], 128
    jne label_32
    cmp qword ptr [rsi+6], 30603
    jne label_32
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_32:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L680
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L680:
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
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# supervisor:get_callback_module/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1D, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_callback_module/1:
# i_breakpoint_trampoline
    short jmp L681
.db 0x00
    call L651
    align 8
L681:
# i_test_yield
    lea rdx, qword ptr [get_callback_module/1+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L682
    mov ecx, 1
    call 140320710850576
L682:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L683:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_38
    cmp dword ptr [rsi-2], 256
    jne label_38
    cmp qword ptr [rsi+6], 40843
    jne label_38
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_38
    cmp dword ptr [rsi-2], 128
    jne label_38
    cmp qword ptr [rsi+6], 26251
    jne label_38
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_38
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_38
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_38
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_38
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_38
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_38
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 194891
# line_I
# call_light_bif_be
    align 4
L684:
L685:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L684]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_35
    cmp dword ptr [rsi-2], 128
    jne label_35
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_35
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_35
    cmp dword ptr [rsi-2], 128
    jne label_35
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_is_eq_exact_literal_fscI
L686:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    rex test dil, 2
    jne label_35
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_35
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_35
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_35:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rsp]
    test al, 2
    jne label_37
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_37
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_37
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_37
    cmp dword ptr [rsi-2], 128
    jne label_37
    cmp qword ptr [rsi+6], 10955
    jne label_37
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_37
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_37
    cmp dword ptr [rsi-2], 128
    jne label_37
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_is_eq_exact_literal_fscI
L687:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    rex test dil, 2
    jne label_37
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_37
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_37
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_36
    cmp dword ptr [rsi-2], 768
    jne label_36
    cmp qword ptr [rsi+6], 85451
    jne label_36
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+86]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_36:
# line_I
# badrecord_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_37:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_38:
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
label_39:
# i_func_info_IaaI
# supervisor:init/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init/1:
# i_breakpoint_trampoline
    short jmp L688
.db 0x00
    call L651
    align 8
L688:
# i_test_yield
    lea rdx, qword ptr [init/1+24]
    dec r14
    jle L649
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_39
    cmp dword ptr [rsi-2], 192
    short jne label_39
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L689
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L689:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov qword ptr [rbx], 43339
# line_I
# call_light_bif_be
    align 4
L690:
L691:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091664
    lea rdx, qword ptr [L690]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 21259
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# apply_t
    align 4
L693:
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
    short jne L692
    lea rsi, qword ptr [L693]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L692:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_43
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_43
    cmp edi, 128
    jne label_44
    cmp qword ptr [rsi+6], 30603
    jne label_44
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_44
    cmp dword ptr [rsi-2], 128
    jne label_44
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
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
# i_call_f
.db 0x0F, 0x1F, 0x00
    call init_state/4
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
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_41
    cmp dword ptr [rsi-2], 768
    jne label_41
    cmp qword ptr [rsi+6], 85451
    jne label_41
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 335243
    jne label_41
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 32
    jmp init_dynamic/2
# label_L
label_41:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 32
    jmp init_children/2
# label_L
label_42:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L694
    mov ecx, 1
.db 0x90
    call 140320710850576
L694:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 335307
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_43:
# is_eq_exact_fss
    cmp qword ptr [rbx], 20555
    jne label_44
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_44:
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L695
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L695:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 21259
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
    mov qword ptr [r15+8], 144843
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_45:
# i_func_info_IaaI
# supervisor:init_children/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1E, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_children/2:
# i_breakpoint_trampoline
    short jmp L696
.db 0x00
    call L651
    align 8
L696:
# i_test_yield
    lea rdx, qword ptr [init_children/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_51
    cmp dword ptr [rsi-2], 768
    jne label_51
    cmp qword ptr [rsi+6], 85451
    jne label_51
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L697
    mov ecx, 2
    call 140320710850576
L697:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call check_startspec/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_49
    cmp dword ptr [rsi-2], 128
    jne label_49
    cmp qword ptr [rsi+6], 30603
    jne label_49
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call start_children/2
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_48
    cmp esi, 192
    je label_47
    jne label_50
# label_L
label_47:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call terminate_children/2
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L698
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L698:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 39115
    mov rdi, qword ptr [rsp]
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_48:
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
    mov qword ptr [rbx], 79
# line_I
# call_light_bif_be
    align 4
L699:
L700:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L699]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L701
    mov ecx, 1
    call 140320710850576
L701:
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
    jl L650
    ret
# label_L
label_49:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L702
    mov ecx, 1
    call 140320710850576
L702:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 335435
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_50:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_51:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_52:
# i_func_info_IaaI
# supervisor:init_dynamic/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1E, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_dynamic/2:
# i_breakpoint_trampoline
    short jmp L703
.db 0x00
    call L651
    align 8
L703:
# i_test_yield
    lea rdx, qword ptr [init_dynamic/2+24]
    dec r14
    jle L649
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_55
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_55
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L704
    mov ecx, 2
.db 0x90
    call 140320710850576
L704:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call check_startspec/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_54
    cmp dword ptr [rsi-2], 128
    jne label_54
    cmp qword ptr [rsi+6], 30603
    jne label_54
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 79
# line_I
# call_light_bif_be
    align 4
L705:
L706:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L705]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_f
.db 0x0F, 0x1F, 0x00
    call dyn_init/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L707
    mov ecx, 1
    call 140320710850576
L707:
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
    jl L650
    ret
# label_L
label_54:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L708
    mov ecx, 1
    call 140320710850576
L708:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 335435
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_55:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L709
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L709:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 335563
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
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_56:
# i_func_info_IaaI
# supervisor:start_children/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_children/2:
# i_breakpoint_trampoline
    short jmp L710
.db 0x00
    call L651
    align 8
L710:
# i_test_yield
    lea rdx, qword ptr [start_children/2+24]
    dec r14
    jle L649
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L711
    mov ecx, 2
    call 140320710850576
L711:
# i_make_fun3_FStt
L712:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp children_map/2
# func_line_I
# aligned_label_Lt
    align 8
label_58:
# i_func_info_IaaI
# supervisor:do_start_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_start_child/2:
# i_breakpoint_trampoline
    short jmp L713
.db 0x00
    call L651
    align 8
L713:
# i_test_yield
    lea rdx, qword ptr [do_start_child/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_63
    cmp dword ptr [rsi-2], 576
    jne label_63
    cmp qword ptr [rsi+6], 208203
    jne label_63
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_63
    cmp dword ptr [rsi-2], 192
    jne label_63
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L714
    mov ecx, 3
    call 140320710850576
L714:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
    call do_start_child_i/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_61
    cmp esi, 192
    je label_60
    jne label_62
# label_L
label_60:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L715
    test al, 1
    jne label_62
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_62
L715:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L716:
L717:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L716]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call report_progress/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_61:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_62
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L718
    test al, 1
    jne label_62
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_62
L718:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L719:
L720:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L719]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call report_progress/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_62:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_63:
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
label_64:
# i_func_info_IaaI
# supervisor:do_start_child_i/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_start_child_i/3:
# i_breakpoint_trampoline
    short jmp L721
.db 0x00
    call L651
    align 8
L721:
# i_test_yield
    lea rdx, qword ptr [do_start_child_i/3+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L722
    mov ecx, 3
    call 140320710850576
L722:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L723:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_apply
    align 4
L725:
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
    short jne L724
    lea rsi, qword ptr [L725]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L724:
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_66:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
    cmp qword ptr [rbx], 0
    short jne L726
.db 0x90
    call 140320710850088
L726:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_71
    test byte ptr [rsi-2], 63
    jne label_71
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_68
    cmp esi, 192
    je label_67
    jne label_72
# label_L
label_67:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_72
# jump_f
    jmp label_69
# label_L
label_68:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_70
    cmp rsi, 30603
    je label_69
    jmp label_72
# label_L
label_69:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_pid_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L727
    test al, 1
    jne label_72
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_72
L727:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_70:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_71:
# is_eq_exact_fss
    cmp qword ptr [rbx], 20555
    jne label_72
# i_move_sd
L728:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_72:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L729
    mov ecx, 1
.db 0x90
    call 140320710850576
L729:
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
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_73:
# i_func_info_IaaI
# supervisor:handle_call/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x58, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_call/3:
# i_breakpoint_trampoline
    short jmp L730
.db 0x00
    call L651
    align 8
L730:
# i_test_yield
    lea rdx, qword ptr [handle_call/3+24]
    dec r14
    jle L649
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_100
    test byte ptr [rsi-2], 63
    jne label_100
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    short jne label_73
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+24], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 209035
    je label_75
    cmp rsi, 237643
    je label_78
    cmp rsi, 237771
    je label_94
    cmp rsi, 334539
    je label_84
    cmp rsi, 334603
    je label_92
    jmp label_73
# label_L
label_75:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_77
    cmp dword ptr [rsi-2], 768
    jne label_77
    cmp qword ptr [rsi+6], 85451
    jne label_77
# is_pid_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L731
    test al, 1
    jne label_76
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_76
L731:
# jump_f
    jmp label_77
# label_L
label_76:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 335243
    je label_95
# label_L
label_77:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L732
    mov ecx, 5
    call 140320710850576
L732:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call find_child/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_99
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_107
    cmp dword ptr [rsi-2], 768
    jne label_107
    cmp qword ptr [rsi+6], 85451
    jne label_107
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call do_terminate/2
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
    call del_child/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L733
    mov ecx, 1
    call 140320710850576
L733:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_78:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_109
    cmp dword ptr [rsi-2], 768
    jne label_109
    cmp qword ptr [rsi+6], 85451
    jne label_109
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 335243
    jne label_82
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L734
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L734:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call get_dynamic_child/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_108
    cmp dword ptr [rsi-2], 576
    jne label_108
    cmp qword ptr [rsi+6], 208203
    jne label_108
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rsp], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_108
    cmp dword ptr [rsi-2], 192
    jne label_108
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L735:
L736:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L735]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x90
    call do_start_child_i/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_80
    cmp esi, 192
    je label_79
    jne label_88
# label_L
label_79:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
    call dyn_store/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L737
    mov ecx, 1
    call 140320710850576
L737:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
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
    jl L650
    ret
# label_L
label_80:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_88
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_81
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L738
    xor ecx, ecx
    call 140320710850576
L738:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
L739:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_81:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call dyn_store/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L740
    mov ecx, 1
    call 140320710850576
L740:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
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
    jl L650
    ret
# label_L
label_82:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L741
    mov ecx, 5
    call 140320710850576
L741:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call check_childspec/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_83
    cmp dword ptr [rsi-2], 128
    jne label_83
    cmp qword ptr [rsi+6], 30603
    jne label_83
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call handle_start_child/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L742
    mov ecx, 1
    call 140320710850576
L742:
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
    mov qword ptr [r15+8], 35723
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_83:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L743
    mov ecx, 1
.db 0x90
    call 140320710850576
L743:
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
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_84:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_85
    cmp dword ptr [rsi-2], 768
    jne label_85
    cmp qword ptr [rsi+6], 85451
    jne label_85
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 335243
    je label_95
# label_L
label_85:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L744
    mov ecx, 5
.db 0x90
    call 140320710850576
L744:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call find_child/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_91
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_90
    cmp dword ptr [rsi-2], 576
    jne label_90
    cmp qword ptr [rsi+6], 208203
    jne label_90
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 907
    jne label_89
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_110
    cmp dword ptr [rsi-2], 768
    jne label_110
    cmp qword ptr [rsi+6], 85451
    jne label_110
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call do_start_child/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_87
    cmp esi, 192
    je label_86
    jne label_88
# label_L
label_86:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
    call set_pid/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L745
    mov ecx, 1
    call 140320710850576
L745:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
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
    jl L650
    ret
# label_L
label_87:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_88
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call set_pid/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L746
    mov ecx, 1
    call 140320710850576
L746:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
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
    jl L650
    ret
# label_L
label_88:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L747
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L747:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_89:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_90
    cmp dword ptr [rsi-2], 128
    jne label_90
    cmp qword ptr [rsi+6], 335819
    jne label_90
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L748
    xor ecx, ecx
    call 140320710850576
L748:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
L749:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_90:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L750
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L750:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
L751:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_91:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L752
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L752:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
L753:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_92:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L754
    mov ecx, 5
    call 140320710850576
L754:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call find_child/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_93
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call child_to_spec/1
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L755
    mov ecx, 1
    call 140320710850576
L755:
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
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_93:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L756
    xor ecx, ecx
.db 0x90
    call 140320710850576
L756:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
L757:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_94:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_96
    cmp dword ptr [rsi-2], 768
    jne label_96
    cmp qword ptr [rsi+6], 85451
    jne label_96
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 335243
    jne label_96
# label_L
label_95:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L758
    mov ecx, 3
    call 140320710850576
L758:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
L759:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_96:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L760
    mov ecx, 5
.db 0x90
    call 140320710850576
L760:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call find_child/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_99
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_98
    cmp dword ptr [rsi-2], 576
    jne label_98
    cmp qword ptr [rsi+6], 208203
    jne label_98
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_97
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
    call remove_child/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L761
    mov ecx, 1
    call 140320710850576
L761:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_97:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_98
    cmp dword ptr [rsi-2], 128
    jne label_98
    cmp qword ptr [rsi+6], 335819
    jne label_98
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L762
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L762:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
L763:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_98:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L764
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L764:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
L765:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_99:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L766
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L766:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
L767:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_100:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 334667
    je label_101
    cmp rsi, 334731
    je label_103
    jmp label_73
# label_L
label_101:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_112
    cmp dword ptr [rsi-2], 768
    jne label_112
    cmp qword ptr [rsi+6], 85451
    jne label_112
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 335243
    jne label_102
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L768
    mov ecx, 3
.db 0x90
    call 140320710850576
L768:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call get_dynamic_child/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_111
    cmp dword ptr [rsi-2], 576
    jne label_111
    cmp qword ptr [rsi+6], 208203
    jne label_111
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L769
    mov ecx, 1
    call 140320710850576
L769:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+62], 1
    vmovups xmmword ptr [rbx], xmm0
# i_make_fun3_FStt
L770:
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+48], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call dyn_map/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L771
    mov ecx, 1
    call 140320710850576
L771:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_102:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L772
    mov ecx, 3
    call 140320710850576
L772:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_make_fun3_FStt
L773:
    long mov rsi, 9223372036854775807
    mov edx, 2
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
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call children_to_list/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L774
    mov ecx, 1
    call 140320710850576
L774:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_103:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_115
    cmp dword ptr [rsi-2], 768
    jne label_115
    cmp qword ptr [rsi+6], 85451
    jne label_115
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 335243
    jne label_106
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L775
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L775:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_dynamic_child/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_114
    cmp dword ptr [rsi-2], 576
    jne label_114
    cmp qword ptr [rsi+6], 208203
    jne label_114
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call dyn_size/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+8], rdi
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L777
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L776
L777:
    call 140320710853584
L776:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx+16], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 194891
    je label_105
    cmp rsi, 239819
    je label_104
    jmp label_113
# label_L
label_104:
# test_heap_It
    lea rdx, qword ptr [r15+176]
    cmp rdx, rsp
    short jbe L778
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L778:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 335883
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
L779:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1803
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
L780:
    long mov rdi, 9223372036854775807
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
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_105:
# test_heap_It
    lea rdx, qword ptr [r15+160]
    cmp rdx, rsp
    short jbe L781
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L781:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 335947
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L782:
    long mov rdi, 9223372036854775807
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
    mov qword ptr [r15+8], 1803
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
L783:
    long mov rdi, 9223372036854775807
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
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_106:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L784
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L784:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_make_fun3_FStt
L785:
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
L786:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call children_fold/3
# test_heap_It
    lea rdx, qword ptr [r15+224]
    cmp rdx, rsp
    short jbe L787
    mov ecx, 1
.db 0x90
    call 140320710850576
L787:
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
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 335883
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
    mov qword ptr [r15+8], 335947
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+24], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
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
    mov qword ptr [r15+8], 1803
    mov rdi, qword ptr [rbx+16]
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
    mov qword ptr [r15+8], 336011
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
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_107:
# line_I
# badrecord_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_108:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_109:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_110:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_111:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_112:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_113:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_114:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_115:
# line_I
    nop
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
label_116:
# i_func_info_IaaI
# supervisor:count_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x20, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
count_child/2:
# i_breakpoint_trampoline
    short jmp L788
.db 0x00
    call L651
    align 8
L788:
# i_test_yield
    lea rdx, qword ptr [count_child/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_116
    cmp dword ptr [rsi-2], 576
    short jne label_116
    cmp qword ptr [rsi+6], 208203
    short jne label_116
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx+24], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 194891
    je label_121
    cmp rsi, 239819
    je label_118
    jmp label_116
# label_L
label_118:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_116
    cmp dword ptr [rsi-2], 256
    jne label_116
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L789
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L789:
    sub rsp, 32
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp+16], xmm0
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+22], 1
    vmovups xmmword ptr [rsp], xmm0
# is_pid_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L790
    test al, 1
    jne label_120
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_120
L790:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L791:
L792:
    long mov rcx, 9223372036854775807
    mov rax, 94919178883904
    lea rdx, qword ptr [L791]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_120
    cmp rsi, 75
    je label_119
    jmp label_124
# label_L
label_119:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L793
    mov rax, rsi
    add rax, rdx
    short jno L794
L793:
    call 140320710853080
L794:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L795
    mov rax, rsi
    add rax, rdx
    short jno L796
L795:
    call 140320710853080
L796:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L797
    mov rax, rsi
    add rax, rdx
    short jno L798
L797:
    call 140320710853080
L798:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L799
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L799:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_120:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L800
    mov rax, rsi
    add rax, rdx
    short jno L801
L800:
    call 140320710853080
L801:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L802
    mov rax, rsi
    add rax, rdx
    short jno L803
L802:
    call 140320710853080
L803:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L804
    mov ecx, 2
    call 140320710850576
L804:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+16], xmm0
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
    jl L650
    ret
# label_L
label_121:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_116
    cmp dword ptr [rsi-2], 256
    jne label_116
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L805
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L805:
    sub rsp, 32
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp+16], xmm0
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+22], 1
    vmovups xmmword ptr [rsp], xmm0
# is_pid_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L806
    test al, 1
    jne label_123
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_123
L806:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L807:
L808:
    long mov rcx, 9223372036854775807
    mov rax, 94919178883904
    lea rdx, qword ptr [L807]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_123
    cmp rsi, 75
    je label_122
    jmp label_125
# label_L
label_122:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L809
    mov rax, rsi
    add rax, rdx
    short jno L810
L809:
    call 140320710853080
L810:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L811
    mov rax, rsi
    add rax, rdx
    short jno L812
L811:
    call 140320710853080
L812:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L813
    mov rax, rsi
    add rax, rdx
    short jno L814
L813:
    call 140320710853080
L814:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L815
    mov ecx, 3
.db 0x90
    call 140320710850576
L815:
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
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_123:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L816
    mov rax, rsi
    add rax, rdx
    short jno L817
L816:
    call 140320710853080
L817:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L818
    mov rax, rsi
    add rax, rdx
    short jno L819
L818:
    call 140320710853080
L819:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L820
    mov ecx, 2
    call 140320710850576
L820:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_124:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_125:
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
label_126:
# i_func_info_IaaI
# supervisor:handle_cast/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_cast/2:
# i_breakpoint_trampoline
    short jmp L821
.db 0x00
    call L651
    align 8
L821:
# i_test_yield
    lea rdx, qword ptr [handle_cast/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_126
    cmp dword ptr [rsi-2], 128
    short jne label_126
    cmp qword ptr [rsi+6], 336139
    short jne label_126
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L822
    mov ecx, 2
    call 140320710850576
L822:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call find_child_and_args/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_130
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_130
    cmp dword ptr [rsi-2], 576
    jne label_130
    cmp qword ptr [rsi+6], 208203
    jne label_130
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_130
    cmp dword ptr [rsi-2], 128
    jne label_130
    cmp qword ptr [rsi+6], 335819
    jne label_130
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call restart/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 30603
    je label_129
    cmp rsi, 39115
    je label_128
    jmp label_131
# label_L
label_128:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L823
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L823:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov qword ptr [r15+16], 39115
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_129:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L824
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L824:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 219467
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_130:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L825
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L825:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 219467
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
    jl L650
    ret
# label_L
label_131:
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
label_132:
# i_func_info_IaaI
# supervisor:handle_info/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7D, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_info/2:
# i_breakpoint_trampoline
    short jmp L826
.db 0x00
    call L651
    align 8
L826:
# i_test_yield
    lea rdx, qword ptr [handle_info/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_136
    cmp dword ptr [rsi-2], 192
    jne label_136
    cmp qword ptr [rsi+6], 1355
    jne label_136
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L827
    mov ecx, 2
    call 140320710850576
L827:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call restart_child/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 30603
    je label_135
    cmp rsi, 39115
    je label_134
    jmp label_139
# label_L
label_134:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L828
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L828:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov qword ptr [r15+16], 39115
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_135:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L829
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L829:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 219467
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_136:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L830
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L830:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 194891
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L831:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_138
    cmp rsi, 75
    je label_137
    jmp label_140
# label_L
label_137:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L832
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L832:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
L833:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 779
# i_move_sd
L834:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
L835:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_e
L836:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_138:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L837
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L837:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 219467
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
    jl L650
    ret
# label_L
label_139:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_140:
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
label_141:
# i_func_info_IaaI
# supervisor:terminate/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
terminate/2:
# i_breakpoint_trampoline
    short jmp L838
.db 0x00
    call L651
    align 8
L838:
# i_test_yield
    lea rdx, qword ptr [terminate/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_144
    cmp dword ptr [rsi-2], 768
    jne label_144
    cmp qword ptr [rsi+6], 85451
    jne label_144
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 335243
    jne label_143
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp terminate_dynamic_children/1
# label_L
label_143:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp terminate_children/2
# label_L
label_144:
# line_I
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
label_145:
# i_func_info_IaaI
# supervisor:code_change/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x80, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
code_change/3:
# i_breakpoint_trampoline
    short jmp L839
.db 0x00
    call L651
    align 8
L839:
# i_test_yield
    lea rdx, qword ptr [code_change/3+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_152
    cmp dword ptr [rsi-2], 768
    jne label_152
    cmp qword ptr [rsi+6], 85451
    jne label_152
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L840
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L840:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+86]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 21259
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# apply_t
    align 4
L842:
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
    short jne L841
    lea rsi, qword ptr [L842]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L841:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_150
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_150
    cmp edi, 128
    jne label_151
    cmp qword ptr [rsi+6], 30603
    jne label_151
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_151
    cmp dword ptr [rsi-2], 128
    jne label_151
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call set_flags/2
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_149
    cmp dword ptr [rsi-2], 128
    jne label_149
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 30603
    je label_147
    cmp rsi, 336203
    je label_148
    jmp label_149
# label_L
label_147:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp update_childspec/2
# label_L
label_148:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L843
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_149
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_149
L843:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L844
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L844:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 336267
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
    jl L650
    ret
# label_L
label_149:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L845
    mov ecx, 1
    call 140320710850576
L845:
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
    jl L650
    ret
# label_L
label_150:
# is_eq_exact_fss
    cmp qword ptr [rbx], 20555
    jne label_151
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L846
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L846:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_151:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_152:
# line_I
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
label_153:
# i_func_info_IaaI
# supervisor:update_childspec/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x21, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
update_childspec/2:
# i_breakpoint_trampoline
    short jmp L847
.db 0x00
    call L651
    align 8
L847:
# i_test_yield
    lea rdx, qword ptr [update_childspec/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_157
    cmp dword ptr [rsi-2], 768
    jne label_157
    cmp qword ptr [rsi+6], 85451
    jne label_157
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 335243
    jne label_155
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L848
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L848:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call check_startspec/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_156
    cmp dword ptr [rsi-2], 128
    jne label_156
    cmp qword ptr [rsi+6], 30603
    jne label_156
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_156
    cmp dword ptr [rsi-2], 128
    jne label_156
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_156
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_156
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 79
# line_I
# call_light_bif_be
    align 4
L849:
L850:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L849]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L851
    mov ecx, 1
    call 140320710850576
L851:
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
    jl L650
    ret
# label_L
label_155:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L852
    mov ecx, 2
    call 140320710850576
L852:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call check_startspec/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_156
    cmp dword ptr [rsi-2], 128
    jne label_156
    cmp qword ptr [rsi+6], 30603
    jne label_156
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call update_childspec1/3
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 79
# line_I
# call_light_bif_be
    align 4
L853:
L854:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L853]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L855
    mov ecx, 1
    call 140320710850576
L855:
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
    jl L650
    ret
# label_L
label_156:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L856
    mov ecx, 1
    call 140320710850576
L856:
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
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_157:
# line_I
# badrecord_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_158:
# i_func_info_IaaI
# supervisor:update_childspec1/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x22, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
update_childspec1/3:
# i_breakpoint_trampoline
    short jmp L857
.db 0x00
    call L651
    align 8
L857:
# i_test_yield
    lea rdx, qword ptr [update_childspec1/3+24]
    dec r14
    jle L649
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_158
    cmp dword ptr [rsi-2], 128
    short jne label_158
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_161
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_158
    cmp dword ptr [rsi-2], 128
    jne label_158
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsi], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L858
    mov ecx, 6
.db 0x90
    call 140320710850576
L858:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x90
    call update_chsp/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_160
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L859
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L859:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_call_last_ft
    add rsp, 40
    jmp update_childspec1/3
# label_L
label_160:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L860
    xor ecx, ecx
.db 0x90
    call 140320710850576
L860:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 40
    jmp update_childspec1/3
# label_L
label_161:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_158
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_158
    cmp dword ptr [rsi-2], 128
    jne label_158
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L861
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L861:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L862:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L863:
L864:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L863]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_ext_e
L865:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# call_light_bif_be
    align 4
L866:
L867:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L866]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L868
    mov ecx, 1
    call 140320710850576
L868:
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
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_162:
# i_func_info_IaaI
# supervisor:update_chsp/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x22, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
update_chsp/2:
# i_breakpoint_trampoline
    short jmp L869
.db 0x00
    call L651
    align 8
L869:
# i_test_yield
    lea rdx, qword ptr [update_chsp/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_162
    cmp dword ptr [rsi-2], 576
    short jne label_162
    cmp qword ptr [rsi+6], 208203
    short jne label_162
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L870
    mov ecx, 2
    call 140320710850576
L870:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L871:
L872:
    long mov rcx, 9223372036854775807
    mov rax, 94919180022480
    lea rdx, qword ptr [L871]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_165
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_166
    cmp dword ptr [rsi-2], 576
    jne label_166
    cmp qword ptr [rsi+6], 208203
    jne label_166
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L873:
L874:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L873]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_map_fs
    mov rax, qword ptr [rsp+8]
    test al, 1
    jne label_164
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_164
# update_map_assoc_sdtI
.section .rodata {#1}
L875:
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L875]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L876
    mov ecx, 1
.db 0x90
    call 140320710850576
L876:
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
    jl L650
    ret
# label_L
label_164:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L877
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L877:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L878:
L879:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L878]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_165:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_166:
# badrecord_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_167:
# i_func_info_IaaI
# supervisor:handle_start_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x22, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_start_child/2:
# i_breakpoint_trampoline
    short jmp L880
.db 0x00
    call L651
    align 8
L880:
# i_test_yield
    lea rdx, qword ptr [handle_start_child/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_176
    cmp dword ptr [rsi-2], 576
    jne label_176
    cmp qword ptr [rsi+6], 208203
    jne label_176
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L881
    mov ecx, 2
    call 140320710850576
L881:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call find_child/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_170
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_169
    cmp dword ptr [rsi-2], 576
    jne label_169
    cmp qword ptr [rsi+6], 208203
    jne label_169
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L882
    test al, 1
    jne label_169
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_169
L882:
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L883
    mov ecx, 1
.db 0x90
    call 140320710850576
L883:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 205835
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
    mov qword ptr [r15+8], 779
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
    jl L650
    ret
# label_L
label_169:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L884
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L884:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L885:
    long mov rdi, 9223372036854775807
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
    jl L650
    ret
# label_L
label_170:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call do_start_child/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_172
    cmp esi, 192
    je label_171
    jne label_175
# label_L
label_171:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L886:
L887:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L886]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x90
    call save_child/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L888
    mov ecx, 1
    call 140320710850576
L888:
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
    jl L650
    ret
# label_L
label_172:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_174
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 907
    jne label_173
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 205579
    jne label_173
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L889
    xor ecx, ecx
.db 0x90
    call 140320710850576
L889:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L890:
    long mov rdi, 9223372036854775807
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
    jl L650
    ret
# label_L
label_173:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L891:
L892:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L891]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x90
    call save_child/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L893
    mov ecx, 1
    call 140320710850576
L893:
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
    jl L650
    ret
# label_L
label_174:
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L894
    mov ecx, 2
    call 140320710850576
L894:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
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
    mov qword ptr [r15+8], 779
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
    jl L650
    ret
# label_L
label_175:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_176:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_177:
# i_func_info_IaaI
# supervisor:restart_child/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
restart_child/3:
# i_breakpoint_trampoline
    short jmp L895
.db 0x00
    call L651
    align 8
L895:
# i_test_yield
    lea rdx, qword ptr [restart_child/3+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L896
    mov ecx, 3
    call 140320710850576
L896:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call find_child_and_args/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_179
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp do_restart/3
# label_L
label_179:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L897
    xor ecx, ecx
.db 0x90
    call 140320710850576
L897:
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
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_180:
# i_func_info_IaaI
# supervisor:do_restart/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x54, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_restart/3:
# i_breakpoint_trampoline
    short jmp L898
.db 0x00
    call L651
    align 8
L898:
# i_test_yield
    lea rdx, qword ptr [do_restart/3+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_183
    cmp dword ptr [rsi-2], 576
    jne label_183
    cmp qword ptr [rsi+6], 208203
    jne label_183
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 32715
    jne label_183
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L899
    mov ecx, 3
.db 0x90
    call 140320710850576
L899:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 194891
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L900:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_190
    cmp rsi, 75
    je label_182
    jmp label_195
# label_L
label_182:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_194
    cmp dword ptr [rsi-2], 768
    jne label_194
    cmp qword ptr [rsi+6], 85451
    jne label_194
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call extract_child/1
# test_heap_It
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L901
    mov ecx, 1
.db 0x90
    call 140320710850576
L901:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 164555
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
    mov qword ptr [r15+8], 35147
    mov rdi, qword ptr [rsp+16]
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
# append_cons_Is
L902:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194891
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
# update_map_assoc_sdtI
.section .rodata {#1}
L903:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L904:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L903]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 779
# i_move_sd
L905:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
L906:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_e
L907:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_190
# label_L
label_183:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_184
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_184
    cmp edi, 128
    jne label_187
    cmp qword ptr [rsi+6], 39115
    jne label_187
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L908
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L908:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call del_child/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp do_auto_shutdown/2
# label_L
label_184:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 523
    je label_186
    cmp rsi, 39115
    je label_185
    jmp label_187
# label_L
label_185:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L909
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L909:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call del_child/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp do_auto_shutdown/2
# label_L
label_186:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L910
    mov ecx, 3
.db 0x90
    call 140320710850576
L910:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call del_child/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp do_auto_shutdown/2
# label_L
label_187:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_180
    cmp dword ptr [rsi-2], 576
    jne label_180
    cmp qword ptr [rsi+6], 208203
    jne label_180
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+24], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 191435
    je label_188
    cmp rsi, 205579
    je label_191
    jmp label_180
# label_L
label_188:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L911
    mov ecx, 3
.db 0x90
    call 140320710850576
L911:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 194891
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L912:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_190
    cmp rsi, 75
    je label_189
    jmp label_197
# label_L
label_189:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_196
    cmp dword ptr [rsi-2], 768
    jne label_196
    cmp qword ptr [rsi+6], 85451
    jne label_196
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call extract_child/1
# test_heap_It
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L913
    mov ecx, 1
.db 0x90
    call 140320710850576
L913:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 164555
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
    mov qword ptr [r15+8], 35147
    mov rdi, qword ptr [rsp+16]
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
# append_cons_Is
L914:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194891
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
# update_map_assoc_sdtI
.section .rodata {#1}
L915:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L916:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L915]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 779
# i_move_sd
L917:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
L918:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_e
L919:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_190:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp restart/2
# label_L
label_191:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L920
    mov ecx, 3
    call 140320710850576
L920:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 194891
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L921:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_193
    cmp rsi, 75
    je label_192
    jmp label_199
# label_L
label_192:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_198
    cmp dword ptr [rsi-2], 768
    jne label_198
    cmp qword ptr [rsi+6], 85451
    jne label_198
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call extract_child/1
# test_heap_It
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L922
    mov ecx, 1
.db 0x90
    call 140320710850576
L922:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 164555
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
    mov qword ptr [r15+8], 35147
    mov rdi, qword ptr [rsp+16]
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
# append_cons_Is
L923:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194891
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
# update_map_assoc_sdtI
.section .rodata {#1}
L924:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L925:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L924]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 779
# i_move_sd
L926:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
L927:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_e
L928:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_193:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call del_child/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp do_auto_shutdown/2
# label_L
label_194:
# line_I
# badrecord_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_195:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_196:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_197:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_198:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_199:
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
label_200:
# i_func_info_IaaI
# supervisor:do_auto_shutdown/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x22, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_auto_shutdown/2:
# i_breakpoint_trampoline
    short jmp L929
.db 0x00
    call L651
    align 8
L929:
# i_test_yield
    lea rdx, qword ptr [do_auto_shutdown/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 768
    jne label_202
    cmp qword ptr [rsi+6], 85451
    jne label_202
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx+16], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 335051
    je label_205
# label_L
label_202:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_203
    cmp dword ptr [rsi-2], 576
    jne label_203
    cmp qword ptr [rsi+6], 208203
    jne label_203
# i_move_sd
    mov qword ptr [rbx+16], 75
# jump_f
    jmp label_204
# label_L
label_203:
# i_move_sd
    mov qword ptr [rbx+16], 336651
# label_L
label_204:
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_206
    mov eax, dword ptr [rsi-2]
    cmp eax, 384
    jb label_206
    and al, 63
    jne label_206
    mov rax, qword ptr [rsi+46]
    mov qword ptr [rbx+24], rax
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919178915344
    call 140320710851400
    je label_206
    mov qword ptr [rbx+16], rax
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 75
    je label_206
# label_L
label_205:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L930
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L930:
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
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_206:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 768
    jne label_200
    cmp qword ptr [rsi+6], 85451
    jne label_200
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx+16], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 334923
    je label_208
    cmp rsi, 334987
    je label_207
    jmp label_200
# label_L
label_207:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L931
    mov ecx, 2
.db 0x90
    call 140320710850576
L931:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 39115
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_208:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 335243
    jne label_209
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L932
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L932:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call dyn_size/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_210
# jump_f
    jmp label_211
# label_L
label_209:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L933
    mov ecx, 2
.db 0x90
    call 140320710850576
L933:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_make_fun3_FStt
L934:
    long mov rsi, 9223372036854775807
    mov edx, 2
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
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call children_any/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_211
# label_L
label_210:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L935
    xor ecx, ecx
.db 0x90
    call 140320710850576
L935:
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
    jl L650
    ret
# label_L
label_211:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L936
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L936:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 39115
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
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_212:
# i_func_info_IaaI
# supervisor:restart/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
restart/2:
# i_breakpoint_trampoline
    short jmp L937
.db 0x00
    call L651
    align 8
L937:
# i_test_yield
    lea rdx, qword ptr [restart/2+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L938
    mov ecx, 2
    call 140320710850576
L938:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call add_restart/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 88587
    jne label_216
# i_move_sd
    mov qword ptr [rbx+8], 194891
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L939:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_215
    cmp rsi, 75
    je label_214
    jmp label_219
# label_L
label_214:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_218
    cmp dword ptr [rsi-2], 768
    jne label_218
    cmp qword ptr [rsi+6], 85451
    jne label_218
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call extract_child/1
# test_heap_It
    lea rdx, qword ptr [r15+144]
    cmp rdx, rsp
    short jbe L940
    mov ecx, 1
.db 0x90
    call 140320710850576
L940:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 164555
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
L941:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
L942:
    long mov rdi, 9223372036854775807
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
    mov qword ptr [r15+8], 194891
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
# update_map_assoc_sdtI
.section .rodata {#1}
L943:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L944:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L943]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 779
# i_move_sd
L945:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
L946:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_e
L947:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_215:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call del_child/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L948
    mov ecx, 1
    call 140320710850576
L948:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 39115
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_216:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x90
    call restart/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_217
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call try_again_restart/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L949
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L949:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_217:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_218:
# line_I
# badrecord_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_219:
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
label_220:
# i_func_info_IaaI
# supervisor:restart/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
restart/3:
# i_breakpoint_trampoline
    short jmp L950
.db 0x00
    call L651
    align 8
L950:
# i_test_yield
    lea rdx, qword ptr [restart/3+24]
    dec r14
    jle L649
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 261643
    je label_231
    cmp rsi, 261771
    je label_237
    cmp rsi, 335243
    je label_222
    cmp rsi, 336715
    je label_230
    short jmp label_220
# label_L
label_222:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_240
    cmp dword ptr [rsi-2], 192
    jne label_240
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L951
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L951:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_223
    cmp dword ptr [rsi-2], 128
    jne label_223
    cmp qword ptr [rsi+6], 335819
    jne label_223
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L952
    mov rax, rsi
    add rax, rdx
    short jno L953
L952:
    call 140320710853080
L953:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov qword ptr [rbx], 159
# line_I
# call_light_bif_be
    align 4
L954:
L955:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L954]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_224
# label_L
label_223:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# label_L
label_224:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call dyn_erase/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
.db 0x90
    call do_start_child_i/3
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_226
    cmp esi, 192
    je label_225
    jne label_239
# label_L
label_225:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_trim_t
    add rsp, 40
# line_I
# i_call_f
    call dyn_store/3
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L956
    mov ecx, 1
    call 140320710850576
L956:
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
    jl L650
    ret
# label_L
label_226:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_227
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# i_call_f
.db 0x66, 0x90
    call dyn_store/3
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L957
    mov ecx, 1
    call 140320710850576
L957:
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
    jl L650
    ret
# label_L
label_227:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call restarting/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+8], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L958
    mov rax, rsi
    add rax, rdx
    short jno L959
L958:
    call 140320710853080
L959:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx], 159
# line_I
# call_light_bif_be
    align 4
L960:
L961:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L960]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call dyn_store/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 194891
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L962:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_229
    cmp rsi, 75
    je label_228
    jmp label_238
# label_L
label_228:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_call_f
.db 0x66, 0x90
    call extract_child/1
# test_heap_It
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L963
    mov ecx, 1
.db 0x90
    call 140320710850576
L963:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 164555
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
    mov qword ptr [r15+8], 35147
    mov rdi, qword ptr [rsp]
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
# append_cons_Is
L964:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194891
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
# update_map_assoc_sdtI
.section .rodata {#1}
L965:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L966:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L965]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 779
# i_move_sd
L967:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
L968:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_e
L969:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# label_L
label_229:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L970
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L970:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 336779
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L650
    ret
# label_L
label_230:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L971
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L971:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call split_child/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call restart_multiple_children/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call append/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 79
# call_light_bif_be
    align 4
L972:
L973:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L972]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L974
    mov ecx, 1
    call 140320710850576
L974:
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
    jl L650
    ret
# label_L
label_231:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L975
    mov ecx, 3
    call 140320710850576
L975:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call do_start_child/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+16], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_233
    cmp esi, 192
    je label_232
    jne label_242
# label_L
label_232:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+16]
    movups xmmword ptr [rbx+8], xmm0
# i_trim_t
    add rsp, 40
# line_I
# i_call_f
.db 0x66, 0x90
    call set_pid/3
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L976
    mov ecx, 1
    call 140320710850576
L976:
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
    jl L650
    ret
# label_L
label_233:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_234
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+16]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# i_call_f
    call set_pid/3
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L977
    mov ecx, 1
    call 140320710850576
L977:
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
    jl L650
    ret
# label_L
label_234:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call restarting/1
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+16]
    movups xmmword ptr [rbx+8], xmm0
# i_call_f
.db 0x66, 0x90
    call set_pid/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 194891
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L978:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_236
    cmp rsi, 75
    je label_235
    jmp label_241
# label_L
label_235:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_call_f
.db 0x66, 0x90
    call extract_child/1
# test_heap_It
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L979
    mov ecx, 1
.db 0x90
    call 140320710850576
L979:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 164555
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
    mov qword ptr [r15+8], 35147
    mov rdi, qword ptr [rsp+8]
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
# append_cons_Is
L980:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194891
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
# update_map_assoc_sdtI
.section .rodata {#1}
L981:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L982:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L981]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 779
# i_move_sd
L983:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+24], rax
# i_move_sd
L984:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_e
L985:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_236:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L986
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L986:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 336779
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
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
    jl L650
    ret
# label_L
label_237:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L987
    mov ecx, 3
    call 140320710850576
L987:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call del_child/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call restart_multiple_children/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 79
# line_I
# call_light_bif_be
    align 4
L988:
L989:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L988]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L990
    mov ecx, 1
    call 140320710850576
L990:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_238:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_239:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_240:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_241:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_242:
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
label_243:
# i_func_info_IaaI
# supervisor:restart_multiple_children/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x23, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
restart_multiple_children/3:
# i_breakpoint_trampoline
    short jmp L991
.db 0x00
    call L651
    align 8
L991:
# i_test_yield
    lea rdx, qword ptr [restart_multiple_children/3+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L992
    mov ecx, 3
    call 140320710850576
L992:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call terminate_children/2
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x90
    call start_children/2
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_248
    cmp esi, 192
    je label_245
    jne label_249
# label_L
label_245:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp]
    cmp rdi, rsi
    short je L993
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_246
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_246
L993:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call restarting/1
# jump_f
    jmp label_247
# label_L
label_246:
# i_move_sd
L994:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# label_L
label_247:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
    call set_pid/3
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L995
    mov ecx, 1
    call 140320710850576
L995:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 336779
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
    jl L650
    ret
# label_L
label_248:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_249:
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
label_250:
# i_func_info_IaaI
# supervisor:restarting/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
restarting/1:
# i_breakpoint_trampoline
    short jmp L996
.db 0x00
    call L651
    align 8
L996:
# i_test_yield
    lea rdx, qword ptr [restarting/1+24]
    dec r14
    jle L649
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L997
    test al, 1
    jne label_252
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_252
L997:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L998
    mov ecx, 1
    call 140320710850576
L998:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 335819
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_252:
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_253:
# i_func_info_IaaI
# supervisor:try_again_restart/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x21, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
try_again_restart/1:
# i_breakpoint_trampoline
    short jmp L999
.db 0x00
    call L651
    align 8
L999:
# i_test_yield
    lea rdx, qword ptr [try_again_restart/1+24]
    dec r14
    jle L649
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1000
    mov ecx, 1
    call 140320710850576
L1000:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 336139
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_only_e
L1001:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_255:
# i_func_info_IaaI
# supervisor:terminate_children/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x24, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
terminate_children/2:
# i_breakpoint_trampoline
    short jmp L1002
.db 0x00
    call L651
    align 8
L1002:
# i_test_yield
    lea rdx, qword ptr [terminate_children/2+24]
    dec r14
    jle L649
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1003
    mov ecx, 2
    call 140320710850576
L1003:
# i_make_fun3_FStt
L1004:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call children_map/2
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_257
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_257:
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
label_258:
# i_func_info_IaaI
# supervisor:do_terminate/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x24, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_terminate/2:
# i_breakpoint_trampoline
    short jmp L1005
.db 0x00
    call L651
    align 8
L1005:
# i_test_yield
    lea rdx, qword ptr [do_terminate/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_262
    cmp dword ptr [rsi-2], 576
    jne label_262
    cmp qword ptr [rsi+6], 208203
    jne label_262
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_pid_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L1006
    test al, 1
    jne label_262
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_262
L1006:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1007
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1007:
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
    call shutdown/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_261
# i_move_sd
    mov qword ptr [rbx+8], 194891
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L1008:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_261
    cmp rsi, 75
    je label_260
    jmp label_263
# label_L
label_260:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_call_f
.db 0x66, 0x90
    call extract_child/1
# test_heap_It
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L1009
    mov ecx, 1
.db 0x90
    call 140320710850576
L1009:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 164555
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
    mov qword ptr [r15+8], 35147
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
L1010:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194891
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
# update_map_assoc_sdtI
.section .rodata {#1}
L1011:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L1012:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1011]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 779
# i_move_sd
L1013:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
L1014:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1015:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# label_L
label_261:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_262:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L650
    ret
# label_L
label_263:
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
label_264:
# i_func_info_IaaI
# supervisor:shutdown/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x98, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
shutdown/1:
# i_breakpoint_trampoline
    short jmp L1016
.db 0x00
    call L651
    align 8
L1016:
# i_test_yield
    lea rdx, qword ptr [shutdown/1+24]
    dec r14
    jle L649
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 337035
    jne label_273
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1017
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1017:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
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
    mov qword ptr [rbx], 33675
# line_I
# call_light_bif_be
    align 4
L1018:
L1019:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086448
    lea rdx, qword ptr [L1018]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
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
# i_move_sd
    mov qword ptr [rbx+8], 22219
# line_I
# call_light_bif_be
    align 4
L1020:
L1021:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091616
    lea rdx, qword ptr [L1020]
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
label_266:
# i_loop_rec_f
    align 4
L1022:
    lea rdi, qword ptr [L1022]
    lea rsi, qword ptr [label_272]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_271
    cmp dword ptr [rsi-2], 320
    jne label_271
    cmp qword ptr [rsi+6], 1227
    jne label_271
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 33675
    jne label_271
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1023
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
L1023:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1024
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
L1024:
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call unlink_flush/2
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_267
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_267
    cmp edi, 128
    jne label_270
    cmp qword ptr [rsi+6], 39115
    jne label_270
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 32715
    jne label_269
# jump_f
    jmp label_270
# label_L
label_267:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 523
    je label_268
    cmp rsi, 22283
    je label_269
    cmp rsi, 39115
    je label_268
    jmp label_270
# label_L
label_268:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 32715
    je label_270
# label_L
label_269:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_270:
# test_heap_It
    lea rdx, qword ptr [r15+56]
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
    jl L650
    ret
# label_L
label_271:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_266
# aligned_label_Lt
    align 4
label_272:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_266]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_273:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1026
    mov ecx, 3
    call 140320710850576
L1026:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
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
    mov qword ptr [rbx], 33675
# line_I
# call_light_bif_be
    align 4
L1027:
L1028:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086448
    lea rdx, qword ptr [L1027]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
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
# i_move_sd
    mov qword ptr [rbx+8], 39115
# line_I
# call_light_bif_be
    align 4
L1029:
L1030:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091616
    lea rdx, qword ptr [L1029]
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
label_274:
# i_loop_rec_f
    align 4
L1031:
    lea rdi, qword ptr [L1031]
    lea rsi, qword ptr [label_276]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_275
    cmp dword ptr [rsi-2], 320
    jne label_275
    cmp qword ptr [rsi+6], 1227
    jne label_275
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 33675
    jne label_275
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1032
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_275
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_275
L1032:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1033
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_275
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_275
L1033:
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
    call unlink_flush/2
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_278
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_278
    cmp edi, 128
    jne label_281
    cmp qword ptr [rsi+6], 39115
    jne label_281
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 32715
    jne label_280
# jump_f
    jmp label_281
# label_L
label_275:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_274
# aligned_label_Lt
    align 4
label_276:
# wait_timeout_locked_sf
    mov rsi, qword ptr [rsp+16]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L1035]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L1034
    short jl L1035
    lea rsi, qword ptr [label_276]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L1034:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_274]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L1035:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx+8], 22219
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1036:
L1037:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091616
    lea rdx, qword ptr [L1036]
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
label_277:
# i_loop_rec_f
    align 4
L1038:
    lea rdi, qword ptr [L1038]
    lea rsi, qword ptr [label_283]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_282
    cmp dword ptr [rsi-2], 320
    jne label_282
    cmp qword ptr [rsi+6], 1227
    jne label_282
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 33675
    jne label_282
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1039
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_282
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_282
L1039:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1040
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_282
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_282
L1040:
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call unlink_flush/2
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_278
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_278
    cmp edi, 128
    jne label_281
    cmp qword ptr [rsi+6], 39115
    jne label_281
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 32715
    jne label_280
# jump_f
    jmp label_281
# label_L
label_278:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 523
    je label_279
    cmp rsi, 39115
    je label_280
    jmp label_281
# label_L
label_279:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 32715
    je label_281
# label_L
label_280:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_281:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1041
    mov ecx, 1
.db 0x90
    call 140320710850576
L1041:
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
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_282:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_277
# aligned_label_Lt
    align 4
label_283:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_277]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_284:
# i_func_info_IaaI
# supervisor:unlink_flush/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x24, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unlink_flush/2:
# i_breakpoint_trampoline
    short jmp L1042
.db 0x00
    call L651
    align 8
L1042:
# i_test_yield
    lea rdx, qword ptr [unlink_flush/2+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1043
    mov ecx, 2
    call 140320710850576
L1043:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# call_light_bif_be
    align 4
L1044:
L1045:
    long mov rcx, 9223372036854775807
    mov rax, 94919179088544
    lea rdx, qword ptr [L1044]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# aligned_label_Lt
    align 4
label_286:
# i_loop_rec_f
    align 4
L1046:
    lea rdi, qword ptr [L1046]
    lea rsi, qword ptr [label_288]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_287
    cmp dword ptr [rsi-2], 192
    jne label_287
    cmp qword ptr [rsi+6], 1355
    jne label_287
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1047
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_287
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_287
L1047:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
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
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_287:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_286
# aligned_label_Lt
    align 4
label_288:
# timeout_locked
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214400
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_289:
# i_func_info_IaaI
# supervisor:terminate_dynamic_children/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x25, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
terminate_dynamic_children/1:
# i_breakpoint_trampoline
    short jmp L1048
.db 0x00
    call L651
    align 8
L1048:
# i_test_yield
    lea rdx, qword ptr [terminate_dynamic_children/1+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1049
    mov ecx, 1
    call 140320710850576
L1049:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_dynamic_child/1
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1050
    mov ecx, 1
    call 140320710850576
L1050:
# i_make_fun3_FStt
L1051:
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L1052:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call dyn_fold/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_294
    cmp dword ptr [rsi-2], 576
    jne label_294
    cmp qword ptr [rsi+6], 208203
    jne label_294
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 395
    je label_291
    cmp rsi, 337035
    je label_291
    jmp label_292
# label_L
label_291:
# i_move_sd
    mov qword ptr [rbx], 907
# jump_f
    jmp label_293
# label_L
label_292:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 22219
# line_I
# call_light_bif_be
    align 4
L1053:
L1054:
    long mov rcx, 9223372036854775807
    mov rax, 94919179831456
    lea rdx, qword ptr [L1053]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_293:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp]
    mov rcx, 94919180007984
    call 140320710851304
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1055:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call wait_dynamic_children/5
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1056
    mov ecx, 1
    call 140320710850576
L1056:
# i_make_fun3_FStt
L1057:
    long mov rsi, 9223372036854775807
    mov edx, 2
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
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_last_et
    add rsp, 16
L1058:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_294:
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
label_295:
# i_func_info_IaaI
# supervisor:wait_dynamic_children/5
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x25, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
wait_dynamic_children/5:
# i_breakpoint_trampoline
    short jmp L1059
.db 0x00
    call L651
    align 8
L1059:
# i_test_yield
    lea rdx, qword ptr [wait_dynamic_children/5+24]
    dec r14
    jle L649
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_301
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 907
    jne label_297
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_297:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1060
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1060:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1061:
L1062:
    long mov rcx, 9223372036854775807
    mov rax, 94919179832256
    lea rdx, qword ptr [L1061]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# aligned_label_Lt
    align 4
label_298:
# i_loop_rec_f
    align 4
L1063:
    lea rdi, qword ptr [L1063]
    lea rsi, qword ptr [label_300]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_299
    cmp dword ptr [rsi-2], 192
    jne label_299
    cmp qword ptr [rsi+6], 459
    jne label_299
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 22219
    jne label_299
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1064
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_299
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_299
L1064:
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
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_299:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_298
# aligned_label_Lt
    align 4
label_300:
# timeout_locked
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214400
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_301:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+40], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 337035
    jne label_310
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1065
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1065:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
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
# aligned_label_Lt
    align 4
label_302:
# i_loop_rec_f
    align 4
L1066:
    lea rdi, qword ptr [L1066]
    lea rsi, qword ptr [label_309]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_308
    cmp dword ptr [rsi-2], 320
    jne label_308
    cmp qword ptr [rsi+6], 1227
    jne label_308
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 33675
    jne label_308
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1067
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1067:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# i_get_map_element_fSSS
    mov rdi, qword ptr [rsp+48]
    mov rsi, qword ptr [rbx+16]
    call 140320710851984
    jne label_308
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call unlink_flush/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_303
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_303
    cmp edi, 128
    jne label_307
    cmp qword ptr [rsi+6], 39115
    jne label_307
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 32715
    je label_307
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1068
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1068:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 32
# line_I
# call_light_bif_be
    align 4
L1069:
L1070:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1069]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1071
    add rax, rdx
    short jno L1072
L1071:
    call 140320710853080
L1072:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp wait_dynamic_children/5
# label_L
label_303:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 523
    je label_305
    cmp rsi, 22283
    je label_306
    cmp rsi, 39115
    je label_304
    jmp label_307
# label_L
label_304:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 32715
    je label_307
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1073
    xor ecx, ecx
    call 140320710850576
L1073:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 32
# line_I
# call_light_bif_be
    align 4
L1074:
L1075:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1074]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1076
    add rax, rdx
    short jno L1077
L1076:
    call 140320710853080
L1077:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp wait_dynamic_children/5
# label_L
label_305:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 32715
    je label_307
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1078
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1078:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 32
# line_I
# call_light_bif_be
    align 4
L1079:
L1080:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1079]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1081
    add rax, rdx
    short jno L1082
L1081:
    call 140320710853080
L1082:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp wait_dynamic_children/5
# label_L
label_306:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1083
    xor ecx, ecx
    call 140320710850576
L1083:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 32
# line_I
# call_light_bif_be
    align 4
L1084:
L1085:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1084]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1086
    add rax, rdx
    short jno L1087
L1086:
    call 140320710853080
L1087:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp wait_dynamic_children/5
# label_L
label_307:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1088
    xor ecx, ecx
    call 140320710850576
L1088:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+48], rax
# line_I
# call_light_bif_be
    align 4
L1089:
L1090:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1089]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+40]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1091
    add rax, rdx
    short jno L1092
L1091:
    call 140320710853080
L1092:
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call maps_prepend/3
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp wait_dynamic_children/5
# label_L
label_308:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_302
# aligned_label_Lt
    align 4
label_309:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_302]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_310:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1093
    mov ecx, 5
    call 140320710850576
L1093:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
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
# aligned_label_Lt
    align 4
label_311:
# i_loop_rec_f
    align 4
L1094:
    lea rdi, qword ptr [L1094]
    lea rsi, qword ptr [label_319]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_318
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_318
    cmp esi, 192
    je label_317
    cmp esi, 320
    je label_312
    jne label_318
# label_L
label_312:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1227
    jne label_318
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 33675
    jne label_318
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1095
    mov ecx, 5
.db 0x90
    call 140320710850576
L1095:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_get_map_element_fSSS
    mov rdi, qword ptr [rsp+48]
    mov rsi, qword ptr [rbx+8]
    call 140320710851984
    jne label_318
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call unlink_flush/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_313
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_313
    cmp edi, 128
    jne label_316
    cmp qword ptr [rsi+6], 39115
    jne label_316
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 32715
    je label_316
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1096
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1096:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 32
# line_I
# call_light_bif_be
    align 4
L1097:
L1098:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1097]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1099
    add rax, rdx
    short jno L1100
L1099:
    call 140320710853080
L1100:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp wait_dynamic_children/5
# label_L
label_313:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 523
    je label_315
    cmp rsi, 39115
    je label_314
    jmp label_316
# label_L
label_314:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1101
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1101:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 32
# line_I
# call_light_bif_be
    align 4
L1102:
L1103:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1102]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1104
    add rax, rdx
    short jno L1105
L1104:
    call 140320710853080
L1105:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp wait_dynamic_children/5
# label_L
label_315:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 32715
    je label_316
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1106
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1106:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 32
# line_I
# call_light_bif_be
    align 4
L1107:
L1108:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1107]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
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
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp wait_dynamic_children/5
# label_L
label_316:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1111
    xor ecx, ecx
    call 140320710850576
L1111:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+48], rax
# line_I
# call_light_bif_be
    align 4
L1112:
L1113:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1112]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+40]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1114
    add rax, rdx
    short jno L1115
L1114:
    call 140320710853080
L1115:
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call maps_prepend/3
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp wait_dynamic_children/5
# label_L
label_317:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 459
    jne label_318
# is_eq_exact_fss
    cmp qword ptr [rbx], 22219
    jne label_318
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+32]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1116
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_318
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_318
L1116:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1117
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1117:
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
# i_make_fun3_FStt
L1118:
    long mov rsi, 9223372036854775807
    mov edx, 2
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
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L1119:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 907
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 32
    jmp wait_dynamic_children/5
# label_L
label_318:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_311
# aligned_label_Lt
    align 4
label_319:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_311]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_320:
# i_func_info_IaaI
# supervisor:maps_prepend/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x25, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
maps_prepend/3:
# i_breakpoint_trampoline
    short jmp L1120
.db 0x00
    call L651
    align 8
L1120:
# i_test_yield
    lea rdx, qword ptr [maps_prepend/3+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1121
    mov ecx, 3
    call 140320710850576
L1121:
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
# line_I
# call_light_bif_be
    align 4
L1122:
L1123:
    long mov rcx, 9223372036854775807
    mov rax, 94919180022480
    lea rdx, qword ptr [L1122]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_322
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1124
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1124:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1125:
L1126:
    long mov rcx, 9223372036854775807
    mov rax, 94919180028704
    lea rdx, qword ptr [L1125]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_322:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1127
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1127:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1128:
L1129:
    long mov rcx, 9223372036854775807
    mov rax, 94919180028704
    lea rdx, qword ptr [L1128]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_323:
# i_func_info_IaaI
# supervisor:save_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x25, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
save_child/2:
# i_breakpoint_trampoline
    short jmp L1130
.db 0x00
    call L651
    align 8
L1130:
# i_test_yield
    lea rdx, qword ptr [save_child/2+24]
    dec r14
    jle L649
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_325
    cmp dword ptr [rsi-2], 192
    jne label_325
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 205579
    jne label_325
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1131
    mov ecx, 3
.db 0x90
    call 140320710850576
L1131:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
    mov qword ptr [r15+24], 907
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 79
# line_I
# call_light_bif_be
    align 4
L1132:
L1133:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1132]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp do_save_child/2
# label_L
label_325:
# i_call_only_f
    jmp do_save_child/2
# func_line_I
# aligned_label_Lt
    align 8
label_326:
# i_func_info_IaaI
# supervisor:do_save_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x26, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_save_child/2:
# i_breakpoint_trampoline
    short jmp L1134
.db 0x00
    call L651
    align 8
L1134:
# i_test_yield
    lea rdx, qword ptr [do_save_child/2+24]
    dec r14
    jle L649
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_326
    cmp dword ptr [rsi-2], 128
    short jne label_326
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_map_fs
    mov rax, qword ptr [rbx+24]
    test al, 1
    jne label_328
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_328
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L1135:
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+40], rdi
    mov edx, 5
    mov ecx, 2
    lea r8, qword ptr [L1135]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1136
    mov ecx, 5
.db 0x90
    call 140320710850576
L1136:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 79
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1137
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1137:
# call_light_bif_be
    align 4
L1138:
L1139:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1138]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_328:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1140
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1140:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1141
    mov ecx, 1
.db 0x90
    call 140320710850576
L1141:
# call_light_bif_be
    align 4
L1142:
L1143:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1142]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_329:
# i_func_info_IaaI
# supervisor:del_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x26, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
del_child/2:
# i_breakpoint_trampoline
    short jmp L1144
.db 0x00
    call L651
    align 8
L1144:
# i_test_yield
    lea rdx, qword ptr [del_child/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_332
    cmp dword ptr [rsi-2], 576
    jne label_332
    cmp qword ptr [rsi+6], 208203
    jne label_332
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_332
    cmp dword ptr [rsi-2], 768
    jne label_332
    cmp qword ptr [rsi+6], 85451
    jne label_332
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 335243
    jne label_331
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp dyn_erase/2
# label_L
label_331:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1145
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1145:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call del_child/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 79
# line_I
# call_light_bif_be
    align 4
L1146:
L1147:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1146]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_332:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_329
    cmp dword ptr [rsi-2], 128
    jne label_329
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+24], rax
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_334
    cmp dword ptr [rsi-2], 576
    jne label_334
    cmp qword ptr [rsi+6], 208203
    jne label_334
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 205579
    jne label_333
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1148
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1148:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_ext_e
L1149:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
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
# call_light_bif_be
    align 4
L1150:
L1151:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1150]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1152
    mov ecx, 1
    call 140320710850576
L1152:
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
    jl L650
    ret
# label_L
label_333:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1153
    mov ecx, 4
    call 140320710850576
L1153:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L1154:
L1155:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1154]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# update_map_assoc_sdtI
.section .rodata {#1}
L1156:
    align 8
.db 0x37, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1156]
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1157
    mov ecx, 1
.db 0x90
    call 140320710850576
L1157:
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
    add rsp, 24
# return
    dec r14
    jl L650
    ret
# label_L
label_334:
# badrecord_s
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_335:
# i_func_info_IaaI
# supervisor:split_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x26, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_child/2:
# i_breakpoint_trampoline
    short jmp L1158
.db 0x00
    call L651
    align 8
L1158:
# i_test_yield
    lea rdx, qword ptr [split_child/2+24]
    dec r14
    jle L649
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_335
    cmp dword ptr [rsi-2], 128
    short jne label_335
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1159
    mov ecx, 2
.db 0x90
    call 140320710850576
L1159:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call split_ids/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1160:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1161:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_get_map_element_fSSS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp+32]
    call 140320710851984
    jne label_338
    mov qword ptr [rbx], rax
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_337
    cmp dword ptr [rsi-2], 576
    jne label_337
    cmp qword ptr [rsi+6], 208203
    jne label_337
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L1162:
L1163:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1162]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# update_map_assoc_sdtI
.section .rodata {#1}
L1164:
    align 8
.db 0x57, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1164]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1165
    mov ecx, 1
.db 0x90
    call 140320710850576
L1165:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
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
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+24]
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L650
    ret
# label_L
label_337:
# badrecord_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_338:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_339:
# i_func_info_IaaI
# supervisor:split_ids/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x26, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_ids/3:
# i_breakpoint_trampoline
    short jmp L1166
.db 0x00
    call L651
    align 8
L1166:
# i_test_yield
    lea rdx, qword ptr [split_ids/3+24]
    dec r14
    jle L649
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    short jne label_339
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1167
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_341
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_341
L1167:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1168
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1168:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1169:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1170
    mov ecx, 1
    call 140320710850576
L1170:
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
    jl L650
    ret
# label_L
label_341:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1171
    mov ecx, 4
    call 140320710850576
L1171:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp split_ids/3
# func_line_I
# aligned_label_Lt
    align 8
label_342:
# i_func_info_IaaI
# supervisor:find_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x27, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
find_child/2:
# i_breakpoint_trampoline
    short jmp L1172
.db 0x00
    call L651
    align 8
L1172:
# i_test_yield
    lea rdx, qword ptr [find_child/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_342
    cmp dword ptr [rsi-2], 768
    short jne label_342
    cmp qword ptr [rsi+6], 85451
    short jne label_342
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L1173
    test al, 1
    jne label_347
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_347
L1173:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 335243
    jne label_347
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1174
    mov ecx, 2
.db 0x90
    call 140320710850576
L1174:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
    call find_dynamic_child/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_346
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call restarting/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call find_dynamic_child/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_346
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L1175:
L1176:
    long mov rcx, 9223372036854775807
    mov rax, 94919178883904
    lea rdx, qword ptr [L1175]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_345
    cmp rsi, 75
    je label_344
    jmp label_348
# label_L
label_344:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_345:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_dynamic_child/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1177
    mov ecx, 1
    call 140320710850576
L1177:
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
    jl L650
    ret
# label_L
label_346:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_347:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_342
    cmp dword ptr [rsi-2], 128
    jne label_342
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1178
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1178:
# call_light_bif_be
    align 4
L1179:
L1180:
    long mov rcx, 9223372036854775807
    mov rax, 94919180022480
    lea rdx, qword ptr [L1179]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_348:
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
label_349:
# i_func_info_IaaI
# supervisor:find_child_and_args/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x27, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
find_child_and_args/2:
# i_breakpoint_trampoline
    short jmp L1181
.db 0x00
    call L651
    align 8
L1181:
# i_test_yield
    lea rdx, qword ptr [find_child_and_args/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_352
    cmp dword ptr [rsi-2], 768
    jne label_352
    cmp qword ptr [rsi+6], 85451
    jne label_352
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 335243
    jne label_352
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1182
    mov ecx, 2
.db 0x90
    call 140320710850576
L1182:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call find_dynamic_child/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_351
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rsp], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_355
    cmp dword ptr [rsi-2], 192
    jne label_355
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
    call dyn_args/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_354
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1183
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1183:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
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
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov qword ptr [rbx], 79
# line_I
# call_light_bif_be
    align 4
L1184:
L1185:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1184]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1186
    mov ecx, 1
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
    jl L650
    ret
# label_L
label_351:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_352:
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L1187
    test al, 1
    jne label_353
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_353
L1187:
# i_call_only_f
    jmp find_child_by_pid/2
# label_L
label_353:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_349
    cmp dword ptr [rsi-2], 768
    jne label_349
    cmp qword ptr [rsi+6], 85451
    jne label_349
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_349
    cmp dword ptr [rsi-2], 128
    jne label_349
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1188
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1188:
# call_light_bif_be
    align 4
L1189:
L1190:
    long mov rcx, 9223372036854775807
    mov rax, 94919180022480
    lea rdx, qword ptr [L1189]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_354:
# line_I
# badmatch_s
    mov qword ptr [r13+120], 779
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_355:
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
label_356:
# i_func_info_IaaI
# supervisor:find_dynamic_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x27, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
find_dynamic_child/2:
# i_breakpoint_trampoline
    short jmp L1191
.db 0x00
    call L651
    align 8
L1191:
# i_test_yield
    lea rdx, qword ptr [find_dynamic_child/2+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1192
    mov ecx, 2
    call 140320710850576
L1192:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
    call dyn_exists/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_358
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x66, 0x90
    call get_dynamic_child/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_359
    cmp dword ptr [rsi-2], 576
    jne label_359
    cmp qword ptr [rsi+6], 208203
    jne label_359
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L1193:
L1194:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1193]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1195
    mov ecx, 1
    call 140320710850576
L1195:
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
    jl L650
    ret
# label_L
label_358:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_359:
# badrecord_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_360:
# i_func_info_IaaI
# supervisor:find_child_by_pid/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x27, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
find_child_by_pid/2:
# i_breakpoint_trampoline
    short jmp L1196
.db 0x00
    call L651
    align 8
L1196:
# i_test_yield
    lea rdx, qword ptr [find_child_by_pid/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_360
    cmp dword ptr [rsi-2], 768
    short jne label_360
    cmp qword ptr [rsi+6], 85451
    short jne label_360
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_360
    cmp dword ptr [rsi-2], 128
    short jne label_360
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1197
    mov ecx, 3
    call 140320710850576
L1197:
    sub rsp, 8
# i_make_fun3_FStt
L1198:
    long mov rsi, 9223372036854775807
    mov edx, 3
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
# catch_yf
    inc qword ptr [r13+264]
L1199:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 779
# line_I
# i_call_ext_e
L1200:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_362:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_363
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1201
    mov ecx, 2
    call 140320710850576
L1201:
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_363:
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
label_364:
# i_func_info_IaaI
# supervisor:get_dynamic_child/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x28, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_dynamic_child/1:
# i_breakpoint_trampoline
    short jmp L1202
.db 0x00
    call L651
    align 8
L1202:
# i_test_yield
    lea rdx, qword ptr [get_dynamic_child/1+24]
    dec r14
    jle L649
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_364
    cmp dword ptr [rsi-2], 128
    short jne label_364
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_364
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_364
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_366
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_366
# i_get_map_element_fSSS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+24]
    call 140320710851984
    jne label_366
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_366:
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
label_367:
# i_func_info_IaaI
# supervisor:set_pid/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x28, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_pid/3:
# i_breakpoint_trampoline
    short jmp L1203
.db 0x00
    call L651
    align 8
L1203:
# i_test_yield
    lea rdx, qword ptr [set_pid/3+24]
    dec r14
    jle L649
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_367
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    short jne label_367
    cmp esi, 128
    je label_370
    cmp esi, 768
    je label_369
    short jne label_367
# label_L
label_369:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 85451
    jne label_367
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1204
    mov ecx, 3
.db 0x90
    call 140320710850576
L1204:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call set_pid/3
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 79
# call_light_bif_be
    align 4
L1205:
L1206:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1205]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# label_L
label_370:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1207
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1207:
    sub rsp, 8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_make_fun3_FStt
L1208:
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L1209:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1210
    mov ecx, 1
    call 140320710850576
L1210:
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
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_371:
# i_func_info_IaaI
# supervisor:remove_child/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x28, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
remove_child/2:
# i_breakpoint_trampoline
    short jmp L1211
.db 0x00
    call L651
    align 8
L1211:
# i_test_yield
    lea rdx, qword ptr [remove_child/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_371
    cmp dword ptr [rsi-2], 768
    short jne label_371
    cmp qword ptr [rsi+6], 85451
    short jne label_371
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_371
    cmp dword ptr [rsi-2], 128
    short jne label_371
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1212
    mov ecx, 3
    call 140320710850576
L1212:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1213:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L1214:
L1215:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1214]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1216
    mov ecx, 1
    call 140320710850576
L1216:
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
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 79
# line_I
# call_light_bif_be
    align 4
L1217:
L1218:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1217]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_373:
# i_func_info_IaaI
# supervisor:children_map/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x29, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
children_map/2:
# i_breakpoint_trampoline
    short jmp L1219
.db 0x00
    call L651
    align 8
L1219:
# i_test_yield
    lea rdx, qword ptr [children_map/2+24]
    dec r14
    jle L649
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_373
    cmp dword ptr [rsi-2], 128
    short jne label_373
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp children_map/4
# func_line_I
# aligned_label_Lt
    align 8
label_375:
# i_func_info_IaaI
# supervisor:children_map/4
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x29, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
children_map/4:
# i_breakpoint_trampoline
    short jmp L1220
.db 0x00
    call L651
    align 8
L1220:
# i_test_yield
    lea rdx, qword ptr [children_map/4+24]
    dec r14
    jle L649
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_379
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsi], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+40], rax
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1221
    mov ecx, 6
.db 0x90
    call 140320710850576
L1221:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L1222]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1222:
    call rdi
.db 0x90
    call rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_378
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 65419
    jne label_377
# update_map_assoc_sdtI
.section .rodata {#1}
L1223:
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
    xor edx, edx
    mov ecx, 2
    lea r8, qword ptr [L1223]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1224
    mov ecx, 1
.db 0x90
    call 140320710850576
L1224:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp children_map/4
# label_L
label_377:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L1225:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1226
    mov ecx, 1
    call 140320710850576
L1226:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_trim_t
    add rsp, 16
# call_light_bif_be
    align 4
L1227:
L1228:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1227]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1229
    mov ecx, 1
    call 140320710850576
L1229:
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
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_378:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L1230:
L1231:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1230]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp children_map/4
# label_L
label_379:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_375
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1232
    mov ecx, 4
    call 140320710850576
L1232:
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
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_380:
# i_func_info_IaaI
# supervisor:children_to_list/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x29, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
children_to_list/2:
# i_breakpoint_trampoline
    short jmp L1233
.db 0x00
    call L651
    align 8
L1233:
# i_test_yield
    lea rdx, qword ptr [children_to_list/2+24]
    dec r14
    jle L649
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_380
    cmp dword ptr [rsi-2], 128
    short jne label_380
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp children_to_list/4
# func_line_I
# aligned_label_Lt
    align 8
label_382:
# i_func_info_IaaI
# supervisor:children_to_list/4
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x29, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
children_to_list/4:
# i_breakpoint_trampoline
    short jmp L1234
.db 0x00
    call L651
    align 8
L1234:
# i_test_yield
    lea rdx, qword ptr [children_to_list/4+24]
    dec r14
    jle L649
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_384
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsi], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+40], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1235
    mov ecx, 6
.db 0x90
    call 140320710850576
L1235:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx], xmm0
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-handle_call/3-fun-1-'/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1236
    mov ecx, 1
    call 140320710850576
L1236:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp children_to_list/4
# label_L
label_384:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_382
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L1237:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_385:
# i_func_info_IaaI
# supervisor:children_fold/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x29, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
children_fold/3:
# i_breakpoint_trampoline
    short jmp L1238
.db 0x00
    call L651
    align 8
L1238:
# i_test_yield
    lea rdx, qword ptr [children_fold/3+24]
    dec r14
    jle L649
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_385
    cmp dword ptr [rsi-2], 128
    short jne label_385
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_ext_only_e
L1239:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_387:
# i_func_info_IaaI
# supervisor:children_any/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x29, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
children_any/2:
# i_breakpoint_trampoline
    short jmp L1240
.db 0x00
    call L651
    align 8
L1240:
# i_test_yield
    lea rdx, qword ptr [children_any/2+24]
    dec r14
    jle L649
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_387
    cmp dword ptr [rsi-2], 128
    short jne label_387
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1241
    mov ecx, 2
.db 0x90
    call 140320710850576
L1241:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1242:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# line_I
# i_call_ext_e
L1243:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp children_any1/2
# func_line_I
# aligned_label_Lt
    align 8
label_389:
# i_func_info_IaaI
# supervisor:children_any1/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
children_any1/2:
# i_breakpoint_trampoline
    short jmp L1244
.db 0x00
    call L651
    align 8
L1244:
# i_test_yield
    lea rdx, qword ptr [children_any1/2+24]
    dec r14
    jle L649
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_392
    test byte ptr [rsi-2], 63
    jne label_392
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+8]
    cmp dword ptr [rsi-2], 192
    short jne label_389
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1245
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1245:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call '-do_auto_shutdown/2-fun-0-'/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_391
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_391:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_ext_e
L1246:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp children_any1/2
# label_L
label_392:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28299
    jne label_389
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_393:
# i_func_info_IaaI
# supervisor:append/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
append/2:
# i_breakpoint_trampoline
    short jmp L1247
.db 0x00
    call L651
    align 8
L1247:
# i_test_yield
    lea rdx, qword ptr [append/2+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1248
    mov ecx, 2
    call 140320710850576
L1248:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1249:
L1250:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1249]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1251:
L1252:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L1251]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1253
    mov ecx, 1
    call 140320710850576
L1253:
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
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_395:
# i_func_info_IaaI
# supervisor:init_state/4
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_state/4:
# i_breakpoint_trampoline
    short jmp L1254
.db 0x00
    call L651
    align 8
L1254:
# i_test_yield
    lea rdx, qword ptr [init_state/4+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1255
    mov ecx, 4
    call 140320710850576
L1255:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call supname/2
# test_heap_It
    lea rdx, qword ptr [r15+136]
    cmp rdx, rsp
    short jbe L1256
    mov ecx, 1
.db 0x90
    call 140320710850576
L1256:
# put_tuple2_SA
# Move arity word
    mov edi, 768
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 85451
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 907
L1257:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], 907
    mov qword ptr [r15+48], 907
    mov qword ptr [r15+56], 907
    mov qword ptr [r15+64], 59
    mov qword ptr [r15+72], 15
    mov qword ptr [r15+80], 335051
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+88], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 104
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp set_flags/2
# func_line_I
# aligned_label_Lt
    align 8
label_397:
# i_func_info_IaaI
# supervisor:set_flags/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_flags/2:
# i_breakpoint_trampoline
    short jmp L1258
.db 0x00
    call L651
    align 8
L1258:
# i_test_yield
    lea rdx, qword ptr [set_flags/2+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1259
    mov ecx, 2
    call 140320710850576
L1259:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# catch_yf
    inc qword ptr [r13+264]
L1260:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# line_I
# i_call_f
.db 0x90
    call check_flags/1
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# i_get_map_elements_fsI
.section .rodata {#1}
L1263:
    align 8
.db 0xCB, 0x2A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x06, 0x42, 0x64, 0x69, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xFD, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x37, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0xA8, 0xC7, 0x22, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFD, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x62, 0xC9, 0x52, 0xB8, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xFD, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x20, 0x25, 0x29, 0x6F, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L1261
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L1264:
    dec eax
    jl label_401
    cmp qword ptr [rsi+rax*8+6], 261579
    short jne L1264
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rsp], rdx
L1265:
    dec eax
    jl label_401
    cmp qword ptr [rsi+rax*8+6], 261515
    short jne L1265
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rsp+8], rdx
L1266:
    dec eax
    jl label_401
    cmp qword ptr [rsi+rax*8+6], 261451
    short jne L1266
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rsp+24], rdx
L1267:
    dec eax
    jl label_401
    cmp qword ptr [rsi+rax*8+6], 338635
    short jne L1267
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L1262
L1261:
    mov ecx, 4
    lea r8, qword ptr [L1263]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_401
L1262:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov qword ptr [rbx], 175
# line_I
# call_light_bif_be
    align 4
L1268:
L1269:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1268]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp+8]
    mov qword ptr [rdi+54], rsi
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp+24]
    mov qword ptr [rdi+46], rsi
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+22], rsi
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1270
    mov ecx, 1
.db 0x90
    call 140320710850576
L1270:
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
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_399:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_400
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_400:
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
label_401:
# line_I
    nop
# try_case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 16464
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_402:
# i_func_info_IaaI
# supervisor:check_flags/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_flags/1:
# i_breakpoint_trampoline
    short jmp L1271
.db 0x00
    call L651
    align 8
L1271:
# i_test_yield
    lea rdx, qword ptr [check_flags/1+24]
    dec r14
    jle L649
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_404
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_404
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1272
    mov ecx, 1
    call 140320710850576
L1272:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1273:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1274:
L1275:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L1274]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp do_check_flags/1
# label_L
label_404:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_405
    cmp dword ptr [rsi-2], 192
    jne label_405
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L1276:
    align 8
.db 0xCB, 0x1C, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L1277:
    long mov rdx, 9223372036854775807
    mov ecx, 3
    lea r8, qword ptr [L1276]
.db 0x66, 0x90
    call 140320710852992
    mov qword ptr [rbx], rax
# i_call_only_f
    jmp check_flags/1
# label_L
label_405:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1278
    mov ecx, 1
    call 140320710850576
L1278:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 336203
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1279
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1279:
# call_light_bif_be
    align 4
L1280:
L1281:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1280]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_406:
# i_func_info_IaaI
# supervisor:do_check_flags/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_check_flags/1:
# i_breakpoint_trampoline
    short jmp L1282
.db 0x00
    call L651
    align 8
L1282:
# i_test_yield
    lea rdx, qword ptr [do_check_flags/1+24]
    dec r14
    jle L649
# i_get_map_elements_fsI
.section .rodata {#1}
L1285:
    align 8
.db 0xCB, 0x2A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x06, 0x42, 0x64, 0x69, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xFD, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0xA8, 0xC7, 0x22, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFD, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x62, 0xC9, 0x52, 0xB8, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xFD, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x20, 0x25, 0x29, 0x6F, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L1283
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L1286:
    dec eax
    short jl label_406
    cmp qword ptr [rsi+rax*8+6], 261579
    short jne L1286
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L1287:
    dec eax
    short jl label_406
    cmp qword ptr [rsi+rax*8+6], 261515
    short jne L1287
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L1288:
    dec eax
    jl label_406
    cmp qword ptr [rsi+rax*8+6], 261451
    short jne L1288
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
L1289:
    dec eax
    jl label_406
    cmp qword ptr [rsi+rax*8+6], 338635
    short jne L1289
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L1284
L1283:
    mov ecx, 4
    lea r8, qword ptr [L1285]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_406
L1284:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1290
    mov ecx, 5
    call 140320710850576
L1290:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call validStrategy/1
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
    call validIntensity/1
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
    call validPeriod/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call validAutoShutdown/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_408:
# i_func_info_IaaI
# supervisor:validStrategy/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validStrategy/1:
# i_breakpoint_trampoline
    short jmp L1291
.db 0x00
    call L651
    align 8
L1291:
# i_test_yield
    lea rdx, qword ptr [validStrategy/1+24]
    dec r14
    jle L649
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 261643
    je label_410
    cmp rsi, 261771
    je label_410
    cmp rsi, 335243
    je label_410
    cmp rsi, 336715
    je label_410
    jmp label_411
# label_L
label_410:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L650
    ret
# label_L
label_411:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1292
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1292:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 338891
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1293
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1293:
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
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_412:
# i_func_info_IaaI
# supervisor:validIntensity/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2C, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validIntensity/1:
# i_breakpoint_trampoline
    short jmp L1296
.db 0x00
    call L651
    align 8
L1296:
# i_test_yield
    lea rdx, qword ptr [validIntensity/1+24]
    dec r14
    jle L649
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1297
    test al, 1
    jne label_414
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_414
L1297:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1298
    cmp rdi, rsi
    short jmp L1299
L1298:
    call 140320710848608
L1299:
    jl label_414
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L650
    ret
# label_L
label_414:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1300
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1300:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 339019
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1301
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1301:
# call_light_bif_be
    align 4
L1302:
L1303:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1302]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_415:
# i_func_info_IaaI
# supervisor:validPeriod/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2C, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validPeriod/1:
# i_breakpoint_trampoline
    short jmp L1304
.db 0x00
    call L651
    align 8
L1304:
# i_test_yield
    lea rdx, qword ptr [validPeriod/1+24]
    dec r14
    jle L649
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1305
    test al, 1
    jne label_417
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_417
L1305:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1306
    cmp rdi, rsi
    short jmp L1307
L1306:
    call 140320710848608
L1307:
    jge label_417
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L650
    ret
# label_L
label_417:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1308
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1308:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 339147
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1309
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1309:
# call_light_bif_be
    align 4
L1310:
L1311:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1310]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_418:
# i_func_info_IaaI
# supervisor:validAutoShutdown/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2D, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validAutoShutdown/1:
# i_breakpoint_trampoline
    short jmp L1312
.db 0x00
    call L651
    align 8
L1312:
# i_test_yield
    lea rdx, qword ptr [validAutoShutdown/1+24]
    dec r14
    jle L649
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 334923
    je label_420
    cmp rsi, 334987
    je label_420
    cmp rsi, 335051
    je label_420
    jmp label_421
# label_L
label_420:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L650
    ret
# label_L
label_421:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1313
    mov ecx, 1
    call 140320710850576
L1313:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 339275
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1314
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1314:
# call_light_bif_be
    align 4
L1315:
L1316:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1315]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_422:
# i_func_info_IaaI
# supervisor:supname/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2D, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
supname/2:
# i_breakpoint_trampoline
    short jmp L1317
.db 0x00
    call L651
    align 8
L1317:
# i_test_yield
    lea rdx, qword ptr [supname/2+24]
    dec r14
    jle L649
# is_eq_exact_fss
    cmp qword ptr [rbx], 49931
    jne label_424
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1318
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1318:
# self_d
    mov rdi, qword ptr [r13]
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
# return
    dec r14
    jl L650
    ret
# label_L
label_424:
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_425:
# i_func_info_IaaI
# supervisor:check_startspec/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2D, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_startspec/2:
# i_breakpoint_trampoline
    short jmp L1319
.db 0x00
    call L651
    align 8
L1319:
# i_test_yield
    lea rdx, qword ptr [check_startspec/2+24]
    dec r14
    jle L649
# i_move_sd
L1320:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp check_startspec/4
# func_line_I
# aligned_label_Lt
    align 8
label_427:
# i_func_info_IaaI
# supervisor:check_startspec/4
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2D, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_startspec/4:
# i_breakpoint_trampoline
    short jmp L1321
.db 0x00
    call L651
    align 8
L1321:
# i_test_yield
    lea rdx, qword ptr [check_startspec/4+24]
    dec r14
    jle L649
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_431
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1322
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1322:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call check_childspec/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_430
    cmp dword ptr [rsi-2], 128
    jne label_430
    cmp qword ptr [rsi+6], 30603
    jne label_430
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_430
    cmp dword ptr [rsi-2], 576
    jne label_430
    cmp qword ptr [rsi+6], 208203
    jne label_430
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_get_map_element_fSSS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    call 140320710851984
    jne label_429
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1323
    mov ecx, 1
    call 140320710850576
L1323:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 339467
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_429:
# update_map_assoc_sdtI
.section .rodata {#1}
L1324:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L1324]
    call 140320710854704
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1325
    mov ecx, 2
    call 140320710850576
L1325:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp check_startspec/4
# label_L
label_430:
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_431:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_427
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1326
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1326:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1327:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1328
    mov ecx, 1
    call 140320710850576
L1328:
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
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_432:
# i_func_info_IaaI
# supervisor:check_childspec/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2E, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_childspec/2:
# i_breakpoint_trampoline
    short jmp L1329
.db 0x00
    call L651
    align 8
L1329:
# i_test_yield
    lea rdx, qword ptr [check_childspec/2+24]
    dec r14
    jle L649
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_435
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_435
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1330
    mov ecx, 2
    call 140320710850576
L1330:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1331:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1332:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1333:
L1334:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L1333]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_check_childspec/2
# label_L
label_434:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
    cmp qword ptr [rbx], 0
    short jne L1335
    call 140320710850088
L1335:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_435:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_436
    cmp dword ptr [rsi-2], 384
    jne label_436
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+32], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+48], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L1336:
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L1337:
    long mov rdx, 9223372036854775807
    mov ecx, 7
    lea r8, qword ptr [L1336]
.db 0x90
    call 140320710852992
    mov qword ptr [rbx], rax
# i_call_only_f
    jmp check_childspec/2
# label_L
label_436:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1338
    mov ecx, 1
    call 140320710850576
L1338:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 339659
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_437:
# i_func_info_IaaI
# supervisor:do_check_childspec/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_check_childspec/2:
# i_breakpoint_trampoline
    short jmp L1339
.db 0x00
    call L651
    align 8
L1339:
# i_test_yield
    lea rdx, qword ptr [do_check_childspec/2+24]
    dec r14
    jle L649
# i_get_map_elements_fsI
.section .rodata {#1}
L1342:
    align 8
.db 0x0B, 0x8D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xBA, 0x39, 0xEC, 0xA1, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xAA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x3B, 0x7B, 0xE5, 0x0E, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L1340
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L1343:
    dec eax
    short jl label_437
    cmp qword ptr [rsi+rax*8+6], 43595
    short jne L1343
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L1344:
    dec eax
    short jl label_437
    cmp qword ptr [rsi+rax*8+6], 36107
    short jne L1344
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L1341
L1340:
    mov ecx, 2
    lea r8, qword ptr [L1342]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_437
L1341:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 20427
    mov edx, 1739744147
    call 140320710852224
    jne label_448
    mov qword ptr [rbx+32], rax
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 40779
    mov edx, 1033201327
    call 140320710852224
    jne label_447
    mov qword ptr [rbx+40], rax
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1345
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1345:
    sub rsp, 56
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call validId/1
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call validFunc/1
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call validRestartType/1
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rsp+48]
    mov esi, 339595
    mov edx, 124015162
    call 140320710852224
    jne label_439
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_440
# label_L
label_439:
# i_move_sd
    mov qword ptr [rsp], 11
# label_L
label_440:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call validSignificant/3
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call validChildType/1
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rsp+48]
    mov esi, 39115
    mov edx, 2475447804
    call 140320710852224
    jne label_441
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# jump_f
    jmp label_444
# label_L
label_441:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rsp+48]
    mov esi, 43595
    mov edx, 249920315
    call 140320710852224
    jne label_450
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 194891
    je label_443
    cmp rsi, 239819
    je label_442
    jmp label_450
# label_L
label_442:
# i_move_sd
    mov qword ptr [rsp+40], 80015
# jump_f
    jmp label_444
# label_L
label_443:
# i_move_sd
    mov qword ptr [rsp+40], 395
# label_L
label_444:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call validShutdown/1
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rsp+48]
    mov esi, 203019
    mov edx, 326975848
    call 140320710852224
    jne label_445
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# jump_f
    jmp label_446
# label_L
label_445:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_449
    cmp dword ptr [rsi-2], 192
    jne label_449
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1346
    xor ecx, ecx
    call 140320710850576
L1346:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
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
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# label_L
label_446:
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call validMods/1
# test_heap_It
    lea rdx, qword ptr [r15+136]
    cmp rdx, rsp
    short jbe L1347
    xor ecx, ecx
    call 140320710850576
L1347:
# put_tuple2_SA
# Move arity word
    mov edi, 576
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 208203
    mov qword ptr [r15+16], 907
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+24], xmm0
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+48], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [r15+56], xmm0
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15+72], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 80
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
    add rsp, 56
# return
    dec r14
    jl L650
    ret
# label_L
label_447:
# i_move_sd
    mov qword ptr [rbx+8], 339787
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1348
    mov ecx, 3
    call 140320710850576
L1348:
# call_light_bif_be
    align 4
L1349:
L1350:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1349]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_448:
# i_move_sd
    mov qword ptr [rbx+8], 339851
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1351
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1351:
# call_light_bif_be
    align 4
L1352:
L1353:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1352]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_449:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_450:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_451:
# i_func_info_IaaI
# supervisor:validChildType/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validChildType/1:
# i_breakpoint_trampoline
    short jmp L1354
.db 0x00
    call L651
    align 8
L1354:
# i_test_yield
    lea rdx, qword ptr [validChildType/1+24]
    dec r14
    jle L649
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 194891
    je label_453
    cmp rsi, 239819
    je label_453
    jmp label_454
# label_L
label_453:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L650
    ret
# label_L
label_454:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1355
    mov ecx, 1
.db 0x90
    call 140320710850576
L1355:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 339979
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1356
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1356:
# call_light_bif_be
    align 4
L1357:
L1358:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1357]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_455:
# i_func_info_IaaI
# supervisor:validId/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x30, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validId/1:
# i_breakpoint_trampoline
    short jmp L1359
.db 0x00
    call L651
    align 8
L1359:
# i_test_yield
    lea rdx, qword ptr [validId/1+24]
    dec r14
    jle L649
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_457:
# i_func_info_IaaI
# supervisor:validFunc/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x30, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validFunc/1:
# i_breakpoint_trampoline
    short jmp L1360
.db 0x00
    call L651
    align 8
L1360:
# i_test_yield
    lea rdx, qword ptr [validFunc/1+24]
    dec r14
    jle L649
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_459
    cmp dword ptr [rsi-2], 192
    jne label_459
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_459
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_459
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1361
    test al, 2
    jne label_459
L1361:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L650
    ret
# label_L
label_459:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1362
    mov ecx, 1
.db 0x90
    call 140320710850576
L1362:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 340171
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1363
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1363:
# call_light_bif_be
    align 4
L1364:
L1365:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1364]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_460:
# i_func_info_IaaI
# supervisor:validRestartType/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x84, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validRestartType/1:
# i_breakpoint_trampoline
    short jmp L1366
.db 0x00
    call L651
    align 8
L1366:
# i_test_yield
    lea rdx, qword ptr [validRestartType/1+24]
    dec r14
    jle L649
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 32715
    je label_462
    cmp rsi, 191435
    je label_462
    cmp rsi, 205579
    je label_462
    jmp label_463
# label_L
label_462:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L650
    ret
# label_L
label_463:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1367
    mov ecx, 1
    call 140320710850576
L1367:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 230603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1368
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1368:
# call_light_bif_be
    align 4
L1369:
L1370:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1369]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_464:
# i_func_info_IaaI
# supervisor:validSignificant/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x31, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validSignificant/3:
# i_breakpoint_trampoline
    short jmp L1371
.db 0x00
    call L651
    align 8
L1371:
# i_test_yield
    lea rdx, qword ptr [validSignificant/3+24]
    dec r14
    jle L649
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_467
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 335051
    jne label_466
# i_move_sd
L1372:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1373
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1373:
# call_light_bif_be
    align 4
L1374:
L1375:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1374]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_466:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 32715
    jne label_467
# i_move_sd
L1376:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1377
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1377:
# call_light_bif_be
    align 4
L1378:
L1379:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1378]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_467:
# is_boolean_fs
    mov rdi, qword ptr [rbx]
    and rdi, -65
    cmp rdi, 11
    jne label_468
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L650
    ret
# label_L
label_468:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1380
    mov ecx, 1
    call 140320710850576
L1380:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 340299
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1381
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1381:
# call_light_bif_be
    align 4
L1382:
L1383:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1382]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_469:
# i_func_info_IaaI
# supervisor:validShutdown/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x31, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validShutdown/1:
# i_breakpoint_trampoline
    short jmp L1384
.db 0x00
    call L651
    align 8
L1384:
# i_test_yield
    lea rdx, qword ptr [validShutdown/1+24]
    dec r14
    jle L649
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1385
    test al, 1
    jne label_471
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_471
L1385:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1386
    cmp rdi, rsi
    short jmp L1387
L1386:
    call 140320710848608
L1387:
    jl label_473
# jump_f
    jmp label_472
# label_L
label_471:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 395
    je label_472
    cmp rsi, 337035
    je label_472
    jmp label_473
# label_L
label_472:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L650
    ret
# label_L
label_473:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1388
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1388:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 340427
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1389
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1389:
# call_light_bif_be
    align 4
L1390:
L1391:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1390]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_474:
# i_func_info_IaaI
# supervisor:validMods/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x32, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validMods/1:
# i_breakpoint_trampoline
    short jmp L1392
.db 0x00
    call L651
    align 8
L1392:
# i_test_yield
    lea rdx, qword ptr [validMods/1+24]
    dec r14
    jle L649
# is_eq_exact_fss
    cmp qword ptr [rbx], 170891
    jne label_476
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L650
    ret
# label_L
label_476:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1393
    test al, 2
    jne label_477
L1393:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1394
    mov ecx, 1
.db 0x90
    call 140320710850576
L1394:
# i_make_fun3_FStt
L1395:
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
L1396:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_477:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1397
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1397:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 340555
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1398
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1398:
# call_light_bif_be
    align 4
L1399:
L1400:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1399]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_478:
# i_func_info_IaaI
# supervisor:child_to_spec/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x32, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
child_to_spec/1:
# i_breakpoint_trampoline
    short jmp L1401
.db 0x00
    call L651
    align 8
L1401:
# i_test_yield
    lea rdx, qword ptr [child_to_spec/1+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_478
    cmp dword ptr [rsi-2], 576
    short jne label_478
    cmp qword ptr [rsi+6], 208203
    short jne label_478
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+8], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+38]
    movups xmmword ptr [rbx+24], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+54]
    movups xmmword ptr [rbx+40], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx], rdi
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L1402:
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L1403:
    long mov rdx, 9223372036854775807
    mov ecx, 7
    lea r8, qword ptr [L1402]
.db 0x90
    call 140320710852992
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_480:
# i_func_info_IaaI
# supervisor:add_restart/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x32, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_restart/1:
# i_breakpoint_trampoline
    short jmp L1404
.db 0x00
    call L651
    align 8
L1404:
# i_test_yield
    lea rdx, qword ptr [add_restart/1+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_483
    cmp dword ptr [rsi-2], 768
    jne label_483
    cmp qword ptr [rsi+6], 85451
    jne label_483
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1405
    mov ecx, 1
    call 140320710850576
L1405:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx], 31
# line_I
# call_light_bif_be
    align 4
L1406:
L1407:
    long mov rcx, 9223372036854775807
    mov rax, 94919179332416
    lea rdx, qword ptr [L1406]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+54], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call add_restart/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 143
# line_I
# call_light_bif_be
    align 4
L1408:
L1409:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1408]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L1410:
    mov esi, 1
    lea rdx, qword ptr [L1410]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+16], rdi
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1411
    cmp rdi, rsi
    short jmp L1412
L1411:
    call 140320710848608
L1412:
    jl label_482
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1413
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1413:
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
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_482:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1414
    mov ecx, 1
    call 140320710850576
L1414:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 88587
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_483:
# line_I
# badrecord_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_484:
# i_func_info_IaaI
# supervisor:add_restart/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x32, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_restart/3:
# i_breakpoint_trampoline
    short jmp L1415
.db 0x00
    call L651
    align 8
L1415:
# line_I
# i_test_yield
    lea rdx, qword ptr [add_restart/3+24]
    dec r14
    jle L649
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1417
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1416
L1417:
    call 140320710853584
L1416:
    mov qword ptr [rbx+16], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1418
    mov ecx, 3
.db 0x90
    call 140320710850576
L1418:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_make_fun3_FStt
L1419:
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
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L1420:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1421
    mov ecx, 1
    call 140320710850576
L1421:
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
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_486:
# i_func_info_IaaI
# supervisor:extract_child/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x33, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
extract_child/1:
# i_breakpoint_trampoline
    short jmp L1422
.db 0x00
    call L651
    align 8
L1422:
# i_test_yield
    lea rdx, qword ptr [extract_child/1+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_489
    cmp dword ptr [rsi-2], 576
    jne label_489
    cmp qword ptr [rsi+6], 208203
    jne label_489
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1423
    test al, 2
    jne label_488
L1423:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_length_jtd
    align 4
L1424:
    mov esi, 2
    lea rdx, qword ptr [L1424]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+312]
    cmp rdx, rsp
    short jbe L1425
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1425:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+16], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+38]
    movups xmmword ptr [rbx+32], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+48], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 340811
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
    mov qword ptr [r15+8], 39115
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+48], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
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
    mov qword ptr [r15+8], 339595
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+40], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
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
    mov qword ptr [r15+8], 340875
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+32], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
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
    mov qword ptr [r15+8], 340939
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+24], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
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
    mov qword ptr [r15+8], 20427
    mov rdi, qword ptr [rbx+16]
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
    mov qword ptr [r15+8], 341003
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
    jl L650
    ret
# label_L
label_488:
# test_heap_It
    lea rdx, qword ptr [r15+312]
    cmp rdx, rsp
    short jbe L1426
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1426:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+16], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+38]
    movups xmmword ptr [rbx+32], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+48], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 340811
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
    mov qword ptr [r15+8], 39115
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+48], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
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
    mov qword ptr [r15+8], 339595
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+40], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
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
    mov qword ptr [r15+8], 340875
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+32], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
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
    mov qword ptr [r15+8], 340939
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+24], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
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
    mov qword ptr [r15+8], 20427
    mov rdi, qword ptr [rbx+16]
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
    mov qword ptr [r15+8], 32779
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
    jl L650
    ret
# label_L
label_489:
# line_I
# badrecord_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_490:
# i_func_info_IaaI
# supervisor:report_progress/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x34, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
report_progress/2:
# i_breakpoint_trampoline
    short jmp L1427
.db 0x00
    call L651
    align 8
L1427:
# i_test_yield
    lea rdx, qword ptr [report_progress/2+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1428
    mov ecx, 2
    call 140320710850576
L1428:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 194891
# i_move_sd
    mov qword ptr [rbx], 21003
# line_I
# i_call_ext_e
L1429:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_493
    cmp rsi, 75
    je label_492
    jmp label_494
# label_L
label_492:
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
    call extract_child/1
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1430
    mov ecx, 1
    call 140320710850576
L1430:
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
    mov qword ptr [r15+8], 194891
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
# update_map_assoc_sdtI
.section .rodata {#1}
L1431:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L1432:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1431]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 21003
# i_move_sd
L1433:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
L1434:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L1435:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_493:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_494:
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
label_495:
# i_func_info_IaaI
# supervisor:format_log/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x92, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_log/1:
# i_breakpoint_trampoline
    short jmp L1436
.db 0x00
    call L651
    align 8
L1436:
# i_test_yield
    lea rdx, qword ptr [format_log/1+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1437
    mov ecx, 1
    call 140320710850576
L1437:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_ext_e
L1438:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# update_map_assoc_sdtI
.section .rodata {#1}
L1439:
    align 8
.db 0x0B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xAD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L1440:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 6
    lea r8, qword ptr [L1439]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
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
    call limit_report/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp format_log_multi/2
# func_line_I
# aligned_label_Lt
    align 8
label_497:
# i_func_info_IaaI
# supervisor:limit_report/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_report/2:
# i_breakpoint_trampoline
    short jmp L1441
.db 0x00
    call L651
    align 8
L1441:
# i_test_yield
    lea rdx, qword ptr [limit_report/2+24]
    dec r14
    jle L649
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 234507
    jne label_499
# return
    dec r14
    jl L650
    ret
# label_L
label_499:
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_497
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_497
# i_get_map_elements_fsI
.section .rodata {#1}
L1444:
    align 8
.db 0xCB, 0x57, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x5B, 0x00, 0x81, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x22, 0xDD, 0x8D, 0x34, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L1442
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L1445:
    dec eax
    jl label_497
    cmp qword ptr [rsi+rax*8+6], 142667
    short jne L1445
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L1446:
    dec eax
    jl label_497
    cmp qword ptr [rsi+rax*8+6], 22475
    short jne L1446
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L1443
L1442:
    mov ecx, 2
    lea r8, qword ptr [L1444]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_497
L1443:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_497
    cmp dword ptr [rsi-2], 128
    jne label_497
    cmp qword ptr [rsi+6], 194891
    jne label_497
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 86027
    jne label_500
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_497
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+32], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_500
    cmp dword ptr [rsi-2], 128
    jne label_500
    cmp qword ptr [rsi+6], 194891
    jne label_500
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_500
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    jne label_500
    cmp dword ptr [rsi-2], 128
    jne label_500
    cmp qword ptr [rsi+6], 82443
    jne label_500
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_500
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1447
    mov ecx, 6
    call 140320710850576
L1447:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call limit_child_report/2
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1448
    mov ecx, 1
    call 140320710850576
L1448:
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
    mov qword ptr [rbx], rdi
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
# update_map_assoc_sdtI
.section .rodata {#1}
L1449:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1449]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_500:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_497
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_497
    cmp dword ptr [rsi-2], 128
    jne label_497
    cmp qword ptr [rsi+6], 194891
    jne label_497
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_497
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_497
    cmp dword ptr [rsi-2], 128
    jne label_497
    cmp qword ptr [rsi+6], 341131
    jne label_497
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_497
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    jne label_497
    cmp dword ptr [rsi-2], 128
    jne label_497
    cmp qword ptr [rsi+6], 35147
    jne label_497
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_497
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+24], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+48]
    rex test sil, 1
    jne label_497
    cmp dword ptr [rsi-2], 128
    jne label_497
    cmp qword ptr [rsi+6], 164555
    jne label_497
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_497
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1450
    mov ecx, 7
    call 140320710850576
L1450:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1451:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L1452:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call limit_child_report/2
# test_heap_It
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L1453
    mov ecx, 1
.db 0x90
    call 140320710850576
L1453:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 164555
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
    mov qword ptr [r15+8], 35147
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
    mov qword ptr [r15+8], 341131
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
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# update_map_assoc_sdtI
.section .rodata {#1}
L1454:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1454]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_501:
# i_func_info_IaaI
# supervisor:limit_child_report/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x34, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_child_report/2:
# i_breakpoint_trampoline
    short jmp L1455
.db 0x00
    call L651
    align 8
L1455:
# line_I
# i_test_yield
    lea rdx, qword ptr [limit_child_report/2+24]
    dec r14
    jle L649
# i_call_ext_only_e
L1456:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_503:
# i_func_info_IaaI
# supervisor:format_log/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x92, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_log/2:
# i_breakpoint_trampoline
    short jmp L1457
.db 0x00
    call L651
    align 8
L1457:
# i_test_yield
    lea rdx, qword ptr [format_log/2+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1458
    mov ecx, 2
    call 140320710850576
L1458:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
L1459:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1460:
L1461:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L1460]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 234635
    mov edx, 330484011
    call 140320710852224
    jne label_507
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 234507
    jne label_505
# i_move_sd
    mov qword ptr [rsp], 59
# jump_f
    jmp label_506
# label_L
label_505:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1462
    mov ecx, 2
    call 140320710850576
L1462:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234635
    mov rdi, qword ptr [rbx+8]
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
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# label_L
label_506:
# i_move_sd
    mov rdi, qword ptr [rbx]
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
    call format_log_single/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_last_et
    add rsp, 8
L1463:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_507:
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
label_508:
# i_func_info_IaaI
# supervisor:format_log_single/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x94, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_log_single/2:
# i_breakpoint_trampoline
    short jmp L1464
.db 0x00
    call L651
    align 8
L1464:
# i_test_yield
    lea rdx, qword ptr [format_log_single/2+24]
    dec r14
    jle L649
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_515
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_515
# i_get_map_elements_fsI
.section .rodata {#1}
L1467:
    align 8
.db 0xCB, 0x57, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x5B, 0x00, 0x81, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x22, 0xDD, 0x8D, 0x34, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L1465
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L1468:
    dec eax
    jl label_515
    cmp qword ptr [rsi+rax*8+6], 142667
    short jne L1468
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L1469:
    dec eax
    jl label_515
    cmp qword ptr [rsi+rax*8+6], 22475
    short jne L1469
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L1466
L1465:
    mov ecx, 2
    lea r8, qword ptr [L1467]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_515
L1466:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_515
    cmp dword ptr [rsi-2], 128
    jne label_515
    cmp qword ptr [rsi+6], 194891
    jne label_515
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 86027
    jne label_512
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_515
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+32], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_512
    cmp dword ptr [rsi-2], 128
    jne label_512
    cmp qword ptr [rsi+6], 194891
    jne label_512
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_512
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    jne label_512
    cmp dword ptr [rsi-2], 128
    jne label_512
    cmp qword ptr [rsi+6], 82443
    jne label_512
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_512
# i_get_map_elements_fsI
.section .rodata {#1}
L1472:
    align 8
.db 0x0B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD3, 0x34, 0x74, 0x21, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xC5, 0x05, 0x7B, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L1470
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L1473:
    dec eax
    jl label_512
    cmp qword ptr [rsi+rax*8+6], 234379
    short jne L1473
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+48], rdx
L1474:
    dec eax
    jl label_512
    cmp qword ptr [rsi+rax*8+6], 234251
    short jne L1474
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
    short jmp L1471
L1470:
    mov ecx, 2
    lea r8, qword ptr [L1472]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_512
L1471:
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 75
    jne label_512
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1475
    mov ecx, 6
    call 140320710850576
L1475:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call p/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L1476:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call format_child_log_single/2
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
L1477:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1478:
L1479:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1478]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1480:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1481:
L1482:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1481]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp], 234507
    jne label_510
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1483
    mov ecx, 2
.db 0x90
    call 140320710850576
L1483:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# jump_f
    jmp label_511
# label_L
label_510:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1484
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1484:
# put_cons_ss
    mov rdi, qword ptr [rsp]
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
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# label_L
label_511:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L1485:
L1486:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1485]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L1487:
L1488:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1487]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1489
    mov ecx, 1
    call 140320710850576
L1489:
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
    jl L650
    ret
# label_L
label_512:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_515
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_515
    cmp dword ptr [rsi-2], 128
    jne label_515
    cmp qword ptr [rsi+6], 194891
    jne label_515
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_515
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_515
    cmp dword ptr [rsi-2], 128
    jne label_515
    cmp qword ptr [rsi+6], 341131
    jne label_515
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_515
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    jne label_515
    cmp dword ptr [rsi-2], 128
    jne label_515
    cmp qword ptr [rsi+6], 35147
    jne label_515
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_515
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+24], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+48]
    rex test sil, 1
    jne label_515
    cmp dword ptr [rsi-2], 128
    jne label_515
    cmp qword ptr [rsi+6], 164555
    jne label_515
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_515
# i_get_map_elements_fsI
.section .rodata {#1}
L1492:
    align 8
.db 0x0B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD3, 0x34, 0x74, 0x21, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x73, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xC5, 0x05, 0x7B, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L1490
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L1493:
    dec eax
    jl label_515
    cmp qword ptr [rsi+rax*8+6], 234379
    short jne L1493
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+56], rdx
L1494:
    dec eax
    jl label_515
    cmp qword ptr [rsi+rax*8+6], 234251
    short jne L1494
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
    short jmp L1491
L1490:
    mov ecx, 2
    lea r8, qword ptr [L1492]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_515
L1491:
# is_eq_exact_fss
    cmp qword ptr [rbx+56], 75
    jne label_515
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1495
    mov ecx, 7
.db 0x90
    call 140320710850576
L1495:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call p/1
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L1496
    mov ecx, 1
.db 0x90
    call 140320710850576
L1496:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L1497:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L1498:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
L1499:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L1500:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1501:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L1502:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call format_child_log_single/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp], 234507
    jne label_513
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1503
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1503:
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
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# jump_f
    jmp label_514
# label_L
label_513:
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L1504
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1504:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# store_cons_Id
    add r15, 96
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_514:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L1505:
L1506:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1505]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L1507:
L1508:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1507]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1509
    mov ecx, 1
    call 140320710850576
L1509:
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
    jl L650
    ret
# label_L
label_515:
# i_call_only_f
    jmp format_log_multi/2
# func_line_I
# aligned_label_Lt
    align 8
label_516:
# i_func_info_IaaI
# supervisor:format_log_multi/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x95, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_log_multi/2:
# i_breakpoint_trampoline
    short jmp L1510
.db 0x00
    call L651
    align 8
L1510:
# i_test_yield
    lea rdx, qword ptr [format_log_multi/2+24]
    dec r14
    jle L649
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_516
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_516
# i_get_map_elements_fsI
.section .rodata {#1}
L1513:
    align 8
.db 0xCB, 0x57, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x5B, 0x00, 0x81, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x22, 0xDD, 0x8D, 0x34, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L1511
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L1514:
    dec eax
    short jl label_516
    cmp qword ptr [rsi+rax*8+6], 142667
    short jne L1514
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L1515:
    dec eax
    jl label_516
    cmp qword ptr [rsi+rax*8+6], 22475
    short jne L1515
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L1512
L1511:
    mov ecx, 2
    lea r8, qword ptr [L1513]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_516
L1512:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_516
    cmp dword ptr [rsi-2], 128
    jne label_516
    cmp qword ptr [rsi+6], 194891
    jne label_516
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 86027
    jne label_519
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_516
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+32], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_519
    cmp dword ptr [rsi-2], 128
    jne label_519
    cmp qword ptr [rsi+6], 194891
    jne label_519
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_519
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    jne label_519
    cmp dword ptr [rsi-2], 128
    jne label_519
    cmp qword ptr [rsi+6], 82443
    jne label_519
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_519
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 234251
    mov edx, 561263827
    call 140320710852224
    jne label_519
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1516
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1516:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call p/1
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1517
    mov ecx, 1
    call 140320710850576
L1517:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L1518:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L1519:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
L1520:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L1521:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1522:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp], 234507
    jne label_518
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1523
    mov ecx, 3
    call 140320710850576
L1523:
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
    jl L650
    ret
# label_L
label_518:
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1524
    mov ecx, 3
    call 140320710850576
L1524:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
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
    jl L650
    ret
# label_L
label_519:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_516
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_516
    cmp dword ptr [rsi-2], 128
    jne label_516
    cmp qword ptr [rsi+6], 194891
    jne label_516
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_516
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_516
    cmp dword ptr [rsi-2], 128
    jne label_516
    cmp qword ptr [rsi+6], 341131
    jne label_516
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_516
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    jne label_516
    cmp dword ptr [rsi-2], 128
    jne label_516
    cmp qword ptr [rsi+6], 35147
    jne label_516
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_516
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+24], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+48]
    rex test sil, 1
    jne label_516
    cmp dword ptr [rsi-2], 128
    jne label_516
    cmp qword ptr [rsi+6], 164555
    jne label_516
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_516
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 234251
    mov edx, 561263827
    call 140320710852224
    jne label_516
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1525
    mov ecx, 7
    call 140320710850576
L1525:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call p/1
# test_heap_It
    lea rdx, qword ptr [r15+208]
    cmp rdx, rsp
    short jbe L1526
    mov ecx, 1
.db 0x90
    call 140320710850576
L1526:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L1527:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L1528:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
L1529:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
L1530:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
L1531:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+96], rdi
    mov qword ptr [r15+104], rsi
    lea rsi, qword ptr [r15+97]
# append_cons_Is
L1532:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+112], rdi
    mov qword ptr [r15+120], rsi
    lea rsi, qword ptr [r15+113]
# append_cons_Is
L1533:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+128], rdi
    mov qword ptr [r15+136], rsi
    lea rsi, qword ptr [r15+129]
# store_cons_Id
    add r15, 144
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L1534:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1535:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp], 234507
    jne label_520
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1536
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1536:
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
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
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
    add rsp, 40
# return
    dec r14
    jl L650
    ret
# label_L
label_520:
# test_heap_It
    lea rdx, qword ptr [r15+184]
    cmp rdx, rsp
    short jbe L1537
    mov ecx, 5
.db 0x90
    call 140320710850576
L1537:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+96], rdi
    mov qword ptr [r15+104], rsi
    lea rsi, qword ptr [r15+97]
# store_cons_Id
    add r15, 112
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
    add rsp, 40
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_521:
# i_func_info_IaaI
# supervisor:format_child_log_single/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x35, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_child_log_single/2:
# i_breakpoint_trampoline
    short jmp L1538
.db 0x00
    call L651
    align 8
L1538:
# i_test_yield
    lea rdx, qword ptr [format_child_log_single/2+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1539
    mov ecx, 2
    call 140320710850576
L1539:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 20427
# line_I
# call_light_bif_be
    align 4
L1540:
L1541:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1540]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_526
    cmp dword ptr [rsi-2], 128
    jne label_526
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 32779
# line_I
# call_light_bif_be
    align 4
L1542:
L1543:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1542]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_523
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 341003
# line_I
# call_light_bif_be
    align 4
L1544:
L1545:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1544]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_524
    cmp dword ptr [rsi-2], 128
    jne label_524
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1546
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1546:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
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
# append_cons_Is
    mov rdi, qword ptr [rsp]
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
L1547:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_523:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 32779
# line_I
# call_light_bif_be
    align 4
L1548:
L1549:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1548]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_525
    cmp dword ptr [rsi-2], 128
    jne label_525
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1550
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1550:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
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
# append_cons_Is
    mov rdi, qword ptr [rsp]
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
L1551:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# label_L
label_524:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_525:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_526:
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
label_527:
# i_func_info_IaaI
# supervisor:p/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x95, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
p/1:
# i_breakpoint_trampoline
    short jmp L1552
.db 0x00
    call L651
    align 8
L1552:
# i_test_yield
    lea rdx, qword ptr [p/1+24]
    dec r14
    jle L649
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_529
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_529
# i_get_map_elements_fsI
.section .rodata {#1}
L1555:
    align 8
.db 0x0B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD3, 0x34, 0x74, 0x21, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xAF, 0xE0, 0x55, 0x89, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xC5, 0x05, 0x7B, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L1553
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L1556:
    dec eax
    jl label_530
    cmp qword ptr [rsi+rax*8+6], 234379
    short jne L1556
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx], rdx
L1557:
    dec eax
    jl label_530
    cmp qword ptr [rsi+rax*8+6], 234315
    short jne L1557
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
L1558:
    dec eax
    jl label_530
    cmp qword ptr [rsi+rax*8+6], 234251
    short jne L1558
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L1554
L1553:
    mov ecx, 3
    lea r8, qword ptr [L1555]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_530
L1554:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1559
    mov ecx, 3
.db 0x90
    call 140320710850576
L1559:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call single/1
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call mod/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call p/1
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
L1560:
L1561:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1560]
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
L1562:
L1563:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1562]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1564
    mov ecx, 1
    call 140320710850576
L1564:
# put_cons_ss
    mov qword ptr [r15], 2031
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_529:
# is_eq_exact_fss
    cmp qword ptr [rbx], 234507
    jne label_530
# i_move_sd
L1565:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_530:
# i_move_sd
L1566:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_531:
# i_func_info_IaaI
# supervisor:single/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x95, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
single/1:
# i_breakpoint_trampoline
    short jmp L1567
.db 0x00
    call L651
    align 8
L1567:
# i_test_yield
    lea rdx, qword ptr [single/1+24]
    dec r14
    jle L649
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_534
    cmp rsi, 75
    je label_533
    short jmp label_531
# label_L
label_533:
# i_move_sd
L1568:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_534:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_535:
# i_func_info_IaaI
# supervisor:mod/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mod/1:
# i_breakpoint_trampoline
    short jmp L1569
.db 0x00
    call L651
    align 8
L1569:
# i_test_yield
    lea rdx, qword ptr [mod/1+24]
    dec r14
    jle L649
# is_eq_exact_fss
    cmp qword ptr [rbx], 22667
    jne label_537
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L650
    ret
# label_L
label_537:
# i_move_sd
L1570:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_538:
# i_func_info_IaaI
# supervisor:format_status/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x35, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_status/2:
# i_breakpoint_trampoline
    short jmp L1571
.db 0x00
    call L651
    align 8
L1571:
# i_test_yield
    lea rdx, qword ptr [format_status/2+24]
    dec r14
    jle L649
# is_eq_exact_fss
    cmp qword ptr [rbx], 88587
    jne label_540
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    short jne label_538
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_540
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_540
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_540:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_538
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_538
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_538
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_541
    cmp dword ptr [rsi-2], 768
    jne label_541
    cmp qword ptr [rsi+6], 85451
    jne label_541
# test_heap_It
    lea rdx, qword ptr [r15+192]
    cmp rdx, rsp
    short jbe L1572
    mov ecx, 4
    call 140320710850576
L1572:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+86]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L1573:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+24]
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
L1574:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
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
    mov qword ptr [r15+8], 194891
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
    mov qword ptr [r15+8], 10955
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
    jl L650
    ret
# label_L
label_541:
# line_I
# badrecord_s
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_542:
# i_func_info_IaaI
# supervisor:dyn_size/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x35, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dyn_size/1:
# i_breakpoint_trampoline
    short jmp L1575
.db 0x00
    call L651
    align 8
L1575:
# i_test_yield
    lea rdx, qword ptr [dyn_size/1+24]
    dec r14
    jle L649
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_542
    cmp dword ptr [rsi-2], 128
    short jne label_542
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919180007984
    call 140320710851304
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_544:
# i_func_info_IaaI
# supervisor:dyn_erase/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x35, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dyn_erase/2:
# i_breakpoint_trampoline
    short jmp L1576
.db 0x00
    call L651
    align 8
L1576:
# i_test_yield
    lea rdx, qword ptr [dyn_erase/2+24]
    dec r14
    jle L649
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_544
    cmp dword ptr [rsi-2], 128
    short jne label_544
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1577
    mov ecx, 3
.db 0x90
    call 140320710850576
L1577:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1578:
L1579:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L1578]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1580
    mov ecx, 1
    call 140320710850576
L1580:
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
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 95
# call_light_bif_be
    align 4
L1581:
L1582:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1581]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_546:
# i_func_info_IaaI
# supervisor:dyn_store/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x36, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dyn_store/3:
# i_breakpoint_trampoline
    short jmp L1583
.db 0x00
    call L651
    align 8
L1583:
# i_test_yield
    lea rdx, qword ptr [dyn_store/3+24]
    dec r14
    jle L649
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+24], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    short jne label_546
    cmp dword ptr [rsi-2], 128
    short jne label_546
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 64971
    je label_550
    cmp rsi, 341579
    je label_548
    jmp label_552
# label_L
label_548:
# is_map_fs
    mov rax, qword ptr [rbx+24]
    test al, 1
    jne label_549
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_549
# update_map_assoc_sdtI
.section .rodata {#1}
L1584:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x3B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L1584]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1585
    mov ecx, 3
.db 0x90
    call 140320710850576
L1585:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 341579
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 95
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1586
    mov ecx, 3
    call 140320710850576
L1586:
# call_light_bif_be
    align 4
L1587:
L1588:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1587]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_549:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1589
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1589:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1590
    mov ecx, 1
.db 0x90
    call 140320710850576
L1590:
# call_light_bif_be
    align 4
L1591:
L1592:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1591]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_550:
# is_map_fs
    mov rax, qword ptr [rbx+24]
    test al, 1
    jne label_551
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_551
# update_map_assoc_sdtI
.section .rodata {#1}
L1593:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L1593]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1594
    mov ecx, 3
.db 0x90
    call 140320710850576
L1594:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 64971
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 95
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1595
    mov ecx, 3
    call 140320710850576
L1595:
# call_light_bif_be
    align 4
L1596:
L1597:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1596]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_551:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1598
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1598:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1599
    mov ecx, 1
.db 0x90
    call 140320710850576
L1599:
# call_light_bif_be
    align 4
L1600:
L1601:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1600]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_552:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_553:
# i_func_info_IaaI
# supervisor:dyn_fold/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x36, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dyn_fold/3:
# i_breakpoint_trampoline
    short jmp L1602
.db 0x00
    call L651
    align 8
L1602:
# i_test_yield
    lea rdx, qword ptr [dyn_fold/3+24]
    dec r14
    jle L649
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+24], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    short jne label_553
    cmp dword ptr [rsi-2], 128
    short jne label_553
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1603
    mov ecx, 4
.db 0x90
    call 140320710850576
L1603:
# i_make_fun3_FStt
L1604:
    long mov rsi, 9223372036854775807
    mov edx, 3
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_ext_only_e
L1605:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_555:
# i_func_info_IaaI
# supervisor:dyn_map/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x36, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dyn_map/2:
# i_breakpoint_trampoline
    short jmp L1606
.db 0x00
    call L651
    align 8
L1606:
# i_test_yield
    lea rdx, qword ptr [dyn_map/2+24]
    dec r14
    jle L649
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_555
    cmp dword ptr [rsi-2], 128
    short jne label_555
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1607
    mov ecx, 3
.db 0x90
    call 140320710850576
L1607:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1608:
L1609:
    long mov rcx, 9223372036854775807
    mov rax, 94919180010112
    lea rdx, qword ptr [L1608]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L1610:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_557:
# i_func_info_IaaI
# supervisor:dyn_exists/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x37, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dyn_exists/2:
# i_breakpoint_trampoline
    short jmp L1611
.db 0x00
    call L651
    align 8
L1611:
# i_test_yield
    lea rdx, qword ptr [dyn_exists/2+24]
    dec r14
    jle L649
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_557
    cmp dword ptr [rsi-2], 128
    short jne label_557
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919180022896
    call 140320710851304
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_559:
# i_func_info_IaaI
# supervisor:dyn_args/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x37, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dyn_args/2:
# i_breakpoint_trampoline
    short jmp L1612
.db 0x00
    call L651
    align 8
L1612:
# i_test_yield
    lea rdx, qword ptr [dyn_args/2+24]
    dec r14
    jle L649
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_559
    cmp dword ptr [rsi-2], 128
    short jne label_559
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 64971
    je label_562
    cmp rsi, 341579
    je label_561
    jmp label_559
# label_L
label_561:
# i_move_sd
L1613:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_562:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1614
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1614:
# call_light_bif_be
    align 4
L1615:
L1616:
    long mov rcx, 9223372036854775807
    mov rax, 94919180022480
    lea rdx, qword ptr [L1615]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_563:
# i_func_info_IaaI
# supervisor:dyn_init/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x37, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dyn_init/1:
# i_breakpoint_trampoline
    short jmp L1617
.db 0x00
    call L651
    align 8
L1617:
# i_test_yield
    lea rdx, qword ptr [dyn_init/1+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1618
    mov ecx, 1
    call 140320710850576
L1618:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_dynamic_child/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp dyn_init/2
# func_line_I
# aligned_label_Lt
    align 8
label_565:
# i_func_info_IaaI
# supervisor:dyn_init/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x37, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dyn_init/2:
# i_breakpoint_trampoline
    short jmp L1619
.db 0x00
    call L651
    align 8
L1619:
# i_test_yield
    lea rdx, qword ptr [dyn_init/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_567
    cmp dword ptr [rsi-2], 576
    jne label_567
    cmp qword ptr [rsi+6], 208203
    jne label_567
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 205579
    jne label_567
# i_move_sd
L1620:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 95
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1621
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1621:
# call_light_bif_be
    align 4
L1622:
L1623:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1622]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_567:
# i_move_sd
L1624:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 95
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1625
    mov ecx, 3
.db 0x90
    call 140320710850576
L1625:
# call_light_bif_be
    align 4
L1626:
L1627:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1626]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_568:
# i_func_info_IaaI
# supervisor:behaviour_info/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2A, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
behaviour_info/1:
# i_breakpoint_trampoline
    short jmp L1628
.db 0x00
    call L651
    align 8
L1628:
# i_test_yield
    lea rdx, qword ptr [behaviour_info/1+24]
    dec r14
    jle L649
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 207499
    je label_571
    cmp rsi, 207563
    je label_570
    jmp label_572
# label_L
label_570:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L650
    ret
# label_L
label_571:
# i_move_sd
L1629:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_572:
# i_call_only_f
    jmp '-inlined-behaviour_info/1-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_573:
# i_func_info_IaaI
# supervisor:module_info/0
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L1630
.db 0x00
    call L651
    align 8
L1630:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L649
# i_move_sd
    mov qword ptr [rbx], 194891
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1631
    mov ecx, 1
.db 0x90
    call 140320710850576
L1631:
# call_light_bif_be
    align 4
L1632:
L1633:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L1632]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_575:
# i_func_info_IaaI
# supervisor:module_info/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L1634
.db 0x00
    call L651
    align 8
L1634:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L649
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 194891
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1635
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1635:
# call_light_bif_be
    align 4
L1636:
L1637:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L1636]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_577:
# i_func_info_IaaI
# supervisor:'-dyn_fold/3-fun-0-'/4
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x37, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-dyn_fold/3-fun-0-'/4:
# i_breakpoint_trampoline
    short jmp L1638
.db 0x00
    call L651
    align 8
L1638:
# i_test_yield
    lea rdx, qword ptr ['-dyn_fold/3-fun-0-'/4+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1639
    mov ecx, 4
    call 140320710850576
L1639:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# i_call_fun2_last_FtSt
    mov rcx, qword ptr [rbx+16]
    jmp L641
# i_lambda_trampoline_FfWW
L646:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+24], rax
    short jmp '-dyn_fold/3-fun-0-'/4
# func_line_I
# aligned_label_Lt
    align 8
label_579:
# i_func_info_IaaI
# supervisor:'-add_restart/3-fun-0-'/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x38, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-add_restart/3-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L1640
.db 0x00
    call L651
    align 8
L1640:
# i_test_yield
    lea rdx, qword ptr ['-add_restart/3-fun-0-'/2+24]
    dec r14
    jle L649
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178915712
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L650
    ret
# i_lambda_trampoline_FfWW
L645:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+8], rax
    short jmp '-add_restart/3-fun-0-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_581:
# i_func_info_IaaI
# supervisor:'-validMods/1-fun-0-'/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x38, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-validMods/1-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1641
.db 0x00
    call L651
    align 8
L1641:
# i_test_yield
    lea rdx, qword ptr ['-validMods/1-fun-0-'/1+24]
    dec r14
    jle L649
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_583
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L650
    ret
# label_L
label_583:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1642
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1642:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 270475
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
    short jbe L1643
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1643:
# call_light_bif_be
    align 4
L1644:
L1645:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1644]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_584:
# i_func_info_IaaI
# supervisor:'-set_pid/3-fun-0-'/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x38, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-set_pid/3-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L1646
.db 0x00
    call L651
    align 8
L1646:
# i_test_yield
    lea rdx, qword ptr ['-set_pid/3-fun-0-'/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_586
    cmp dword ptr [rsi-2], 576
    jne label_586
    cmp qword ptr [rsi+6], 208203
    jne label_586
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 47
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1647
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1647:
# call_light_bif_be
    align 4
L1648:
L1649:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1648]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_586:
# badrecord_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# i_lambda_trampoline_FfWW
L644:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+8], rax
    jmp '-set_pid/3-fun-0-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_587:
# i_func_info_IaaI
# supervisor:'-find_child_by_pid/2-fun-0-'/4
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x38, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-find_child_by_pid/2-fun-0-'/4:
# i_breakpoint_trampoline
    short jmp L1650
.db 0x00
    call L651
    align 8
L1650:
# i_test_yield
    lea rdx, qword ptr ['-find_child_by_pid/2-fun-0-'/4+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_589
    cmp dword ptr [rsi-2], 576
    jne label_589
    cmp qword ptr [rsi+6], 208203
    jne label_589
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L1651
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_589
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_589
L1651:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1652
    mov ecx, 1
.db 0x90
    call 140320710850576
L1652:
# call_light_bif_be
    align 4
L1653:
L1654:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1653]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_589:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 779
    jne label_590
# i_move_sd
    mov qword ptr [rbx], 779
# return
    dec r14
    jl L650
    ret
# label_L
label_590:
# i_call_only_f
    jmp '-find_child_by_pid/2-inlined-0-'/3
# i_lambda_trampoline_FfWW
L643:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+24], rax
    jmp '-find_child_by_pid/2-fun-0-'/4
# func_line_I
# aligned_label_Lt
    align 8
label_591:
# i_func_info_IaaI
# supervisor:'-wait_dynamic_children/5-fun-0-'/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x39, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-wait_dynamic_children/5-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L1655
.db 0x00
    call L651
    align 8
L1655:
# i_test_yield
    lea rdx, qword ptr ['-wait_dynamic_children/5-fun-0-'/2+24]
    dec r14
    jle L649
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_591
    cmp dword ptr [rsi-2], 128
    short jne label_591
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1656
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1656:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 22219
# call_light_bif_be
    align 4
L1657:
L1658:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091616
    lea rdx, qword ptr [L1657]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_593:
# i_func_info_IaaI
# supervisor:'-terminate_dynamic_children/1-fun-1-'/4
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x39, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-terminate_dynamic_children/1-fun-1-'/4:
# i_breakpoint_trampoline
    short jmp L1659
.db 0x00
    call L651
    align 8
L1659:
# i_test_yield
    lea rdx, qword ptr ['-terminate_dynamic_children/1-fun-1-'/4+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1660
    mov ecx, 4
    call 140320710850576
L1660:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 194891
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L1661:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_596
    cmp rsi, 75
    je label_595
    jmp label_597
# label_L
label_595:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L1662:
L1663:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1662]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call extract_child/1
# test_heap_It
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L1664
    mov ecx, 1
.db 0x90
    call 140320710850576
L1664:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 164555
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
    mov qword ptr [r15+8], 35147
    mov rdi, qword ptr [rsp]
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
# append_cons_Is
L1665:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194891
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
# update_map_assoc_sdtI
.section .rodata {#1}
L1666:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L1667:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1666]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 779
# i_move_sd
L1668:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
L1669:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 24
L1670:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_596:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_597:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# i_lambda_trampoline_FfWW
L642:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    jmp '-terminate_dynamic_children/1-fun-1-'/4
# func_line_I
# aligned_label_Lt
    align 8
label_598:
# i_func_info_IaaI
# supervisor:'-terminate_dynamic_children/1-fun-0-'/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x39, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-terminate_dynamic_children/1-fun-0-'/3:
# i_breakpoint_trampoline
    short jmp L1671
.db 0x00
    call L651
    align 8
L1671:
# i_test_yield
    lea rdx, qword ptr ['-terminate_dynamic_children/1-fun-0-'/3+24]
    dec r14
    jle L649
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L1672
    test al, 1
    jne label_603
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_603
L1672:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1673
    mov ecx, 3
    call 140320710850576
L1673:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 33675
# line_I
# call_light_bif_be
    align 4
L1674:
L1675:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086448
    lea rdx, qword ptr [L1674]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_605
    cmp dword ptr [rsi-2], 576
    jne label_605
    cmp qword ptr [rsi+6], 208203
    jne label_605
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 337035
    jne label_600
# i_move_sd
    mov qword ptr [rbx+8], 22219
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1676:
L1677:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091616
    lea rdx, qword ptr [L1676]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_601
# label_L
label_600:
# i_move_sd
    mov qword ptr [rbx+8], 39115
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1678:
L1679:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091616
    lea rdx, qword ptr [L1678]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_601:
# is_map_fs
    mov rax, qword ptr [rsp+24]
    test al, 1
    jne label_602
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_602
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1680
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1680:
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
# update_map_assoc_sdtI
.section .rodata {#1}
L1681:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1681]
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_602:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1682
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1682:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1683:
L1684:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1683]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_603:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_604
    cmp dword ptr [rsi-2], 128
    jne label_604
    cmp qword ptr [rsi+6], 335819
    jne label_604
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_604:
# i_call_only_f
    jmp '-terminate_dynamic_children/1-inlined-0-'/2
# label_L
label_605:
# line_I
# badrecord_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# i_lambda_trampoline_FfWW
L641:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+16], rax
    jmp '-terminate_dynamic_children/1-fun-0-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_606:
# i_func_info_IaaI
# supervisor:'-terminate_children/2-fun-0-'/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x39, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-terminate_children/2-fun-0-'/3:
# i_breakpoint_trampoline
    short jmp L1685
.db 0x00
    call L651
    align 8
L1685:
# i_test_yield
    lea rdx, qword ptr ['-terminate_children/2-fun-0-'/3+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_608
    cmp dword ptr [rsi-2], 576
    jne label_608
    cmp qword ptr [rsi+6], 208203
    jne label_608
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 205579
    jne label_608
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1686
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1686:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call do_terminate/2
# i_move_sd
    mov qword ptr [rbx], 65355
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_608:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1687
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1687:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call do_terminate/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_609
    cmp dword ptr [rsi-2], 576
    jne label_609
    cmp qword ptr [rsi+6], 208203
    jne label_609
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L1688:
L1689:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1688]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1690
    mov ecx, 1
    call 140320710850576
L1690:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 65419
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_609:
# badrecord_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# i_lambda_trampoline_FfWW
L640:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+16], rax
    jmp '-terminate_children/2-fun-0-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_610:
# i_func_info_IaaI
# supervisor:'-do_auto_shutdown/2-fun-0-'/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-do_auto_shutdown/2-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L1691
.db 0x00
    call L651
    align 8
L1691:
# i_test_yield
    lea rdx, qword ptr ['-do_auto_shutdown/2-fun-0-'/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_612
    cmp dword ptr [rsi-2], 576
    jne label_612
    cmp qword ptr [rsi+6], 208203
    jne label_612
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 907
    je label_612
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 75
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L650
    ret
# label_L
label_612:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_613:
# i_func_info_IaaI
# supervisor:'-handle_call/3-fun-1-'/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-handle_call/3-fun-1-'/2:
# i_breakpoint_trampoline
    short jmp L1692
.db 0x00
    call L651
    align 8
L1692:
# i_test_yield
    lea rdx, qword ptr ['-handle_call/3-fun-1-'/2+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_613
    cmp dword ptr [rsi-2], 576
    short jne label_613
    cmp qword ptr [rsi+6], 208203
    short jne label_613
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_615
    cmp dword ptr [rsi-2], 128
    jne label_615
    cmp qword ptr [rsi+6], 335819
    jne label_615
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1693
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1693:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 335819
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_615:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1694
    mov ecx, 4
    call 140320710850576
L1694:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_616:
# i_func_info_IaaI
# supervisor:'-handle_call/3-fun-0-'/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-handle_call/3-fun-0-'/3:
# i_breakpoint_trampoline
    short jmp L1695
.db 0x00
    call L651
    align 8
L1695:
# i_test_yield
    lea rdx, qword ptr ['-handle_call/3-fun-0-'/3+24]
    dec r14
    jle L649
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_618
    cmp dword ptr [rsi-2], 128
    jne label_618
    cmp qword ptr [rsi+6], 335819
    jne label_618
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1696
    mov ecx, 3
    call 140320710850576
L1696:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 907
    mov qword ptr [r15+16], 335819
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# label_L
label_618:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1697
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1697:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 907
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L650
    ret
# i_lambda_trampoline_FfWW
L639:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+8], xmm0
    jmp '-handle_call/3-fun-0-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_619:
# i_func_info_IaaI
# supervisor:'-handle_call/3-fun-2-'/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9D, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-handle_call/3-fun-2-'/3:
# i_breakpoint_trampoline
    short jmp L1698
.db 0x00
    call L651
    align 8
L1698:
# i_test_yield
    lea rdx, qword ptr ['-handle_call/3-fun-2-'/3+24]
    dec r14
    jle L649
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp count_child/2
# func_line_I
# aligned_label_Lt
    align 8
label_621:
# i_func_info_IaaI
# supervisor:'-start_children/2-fun-0-'/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-start_children/2-fun-0-'/3:
# i_breakpoint_trampoline
    short jmp L1699
.db 0x00
    call L651
    align 8
L1699:
# i_test_yield
    lea rdx, qword ptr ['-start_children/2-fun-0-'/3+24]
    dec r14
    jle L649
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1700
    mov ecx, 3
    call 140320710850576
L1700:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_start_child/2
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_624
    cmp esi, 192
    je label_623
    jne label_632
# label_L
label_623:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_629
    cmp dword ptr [rsi-2], 576
    jne label_629
    cmp qword ptr [rsi+6], 208203
    jne label_629
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 32
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L1701:
L1702:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1701]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1703
    mov ecx, 1
    call 140320710850576
L1703:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 65419
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_624:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_626
# is_eq_exact_fss
    cmp qword ptr [rsp], 907
    jne label_625
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_630
    cmp dword ptr [rsi-2], 576
    jne label_630
    cmp qword ptr [rsi+6], 208203
    jne label_630
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 205579
    jne label_625
# i_move_sd
    mov qword ptr [rbx], 65355
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_625:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_630
    cmp dword ptr [rsi-2], 576
    jne label_630
    cmp qword ptr [rsi+6], 208203
    jne label_630
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 32
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L1704:
L1705:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1704]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1706
    mov ecx, 1
    call 140320710850576
L1706:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 65419
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L650
    ret
# label_L
label_626:
# i_move_sd
    mov qword ptr [rbx+8], 194891
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L1707:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_628
    cmp rsi, 75
    je label_627
    jmp label_631
# label_L
label_627:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_call_f
.db 0x66, 0x90
    call extract_child/1
# test_heap_It
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L1708
    mov ecx, 1
.db 0x90
    call 140320710850576
L1708:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 164555
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
    mov qword ptr [r15+8], 35147
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
# append_cons_Is
L1709:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194891
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
# update_map_assoc_sdtI
.section .rodata {#1}
L1710:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L1711:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1710]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 779
# i_move_sd
L1712:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
L1713:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1714:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_628:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1715
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1715:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 342667
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
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
    mov qword ptr [r15+8], 1483
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L650
    ret
# label_L
label_629:
# line_I
# badrecord_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_630:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_631:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_632:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# i_lambda_trampoline_FfWW
L638:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+16], rax
    jmp '-start_children/2-fun-0-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_633:
# i_func_info_IaaI
# supervisor:'-find_child_by_pid/2-inlined-0-'/3
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-find_child_by_pid/2-inlined-0-'/3:
# i_breakpoint_trampoline
    short jmp L1716
.db 0x00
    call L651
    align 8
L1716:
# i_test_yield
    lea rdx, qword ptr ['-find_child_by_pid/2-inlined-0-'/3+24]
    dec r14
    jle L649
# jump_f
    short jmp label_633
# func_line_I
# aligned_label_Lt
    align 8
label_635:
# i_func_info_IaaI
# supervisor:'-inlined-behaviour_info/1-'/1
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-inlined-behaviour_info/1-'/1:
# i_breakpoint_trampoline
    short jmp L1717
.db 0x00
    call L651
    align 8
L1717:
# i_test_yield
    lea rdx, qword ptr ['-inlined-behaviour_info/1-'/1+24]
    dec r14
    jle L649
# jump_f
    short jmp label_635
# func_line_I
# aligned_label_Lt
    align 8
label_637:
# i_func_info_IaaI
# supervisor:'-terminate_dynamic_children/1-inlined-0-'/2
    call L648
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-terminate_dynamic_children/1-inlined-0-'/2:
# i_breakpoint_trampoline
    short jmp L1718
.db 0x00
    call L651
    align 8
L1718:
# i_test_yield
    lea rdx, qword ptr ['-terminate_dynamic_children/1-inlined-0-'/2+24]
    dec r14
    jle L649
# jump_f
    short jmp label_637
# int_code_end
L1719:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0xA3, 0xFC, 0xD7, 0xBB, 0x16, 0xBA, 0x46, 0xCC, 0x8B, 0xDF, 0x40, 0xBB, 0x10, 0x1F, 0xBB, 0x84, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x09, 0x62, 0x65, 0x68, 0x61, 0x76, 0x69, 0x6F, 0x75, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x64, 0x00, 0x0A, 0x67, 0x65, 0x6E, 0x5F, 0x73, 0x65, 0x72, 0x76, 0x65, 0x72, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x49, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x73, 0x75, 0x70, 0x65, 0x72, 0x76, 0x69, 0x73, 0x6F, 0x72, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x84, 0xBB, 0x1F, 0x10, 0xBB, 0x40, 0xDF, 0x8B, 0xCC, 0x46, 0xBA, 0x16, 0xBB, 0xD7, 0xFC, 0xA3
.section .text {#0}
