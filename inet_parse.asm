    align 8
L399:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L400:
    jmp 140320710851944
    align 8
L401:
    jmp 140320710853048
    align 8
L402:
    jmp 140320710850344
    align 16
L403:
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
# inet_parse:services/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x25, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
services/1:
# i_breakpoint_trampoline
    short jmp L404
.db 0x00
    call L403
    align 8
L404:
# i_test_yield
    lea rdx, qword ptr [services/1+24]
    dec r14
    jle L401
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 468491
# i_call_only_f
    jmp services/2
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# inet_parse:services/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x25, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
services/2:
# i_breakpoint_trampoline
    short jmp L405
.db 0x00
    call L403
    align 8
L405:
# i_test_yield
    lea rdx, qword ptr [services/2+24]
    dec r14
    jle L401
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L406
    mov ecx, 2
    call 140320710850576
L406:
# i_make_fun3_FStt
L407:
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
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp parse_file/3
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# inet_parse:rpc/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x08, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rpc/1:
# i_breakpoint_trampoline
    short jmp L408
.db 0x00
    call L403
    align 8
L408:
# i_test_yield
    lea rdx, qword ptr [rpc/1+24]
    dec r14
    jle L401
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 468491
# i_call_only_f
    jmp rpc/2
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# inet_parse:rpc/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x08, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rpc/2:
# i_breakpoint_trampoline
    short jmp L409
.db 0x00
    call L403
    align 8
L409:
# i_test_yield
    lea rdx, qword ptr [rpc/2+24]
    dec r14
    jle L401
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L410
    mov ecx, 2
    call 140320710850576
L410:
# i_make_fun3_FStt
L411:
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
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp parse_file/3
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# inet_parse:hosts/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2A, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
hosts/1:
# i_breakpoint_trampoline
    short jmp L412
.db 0x00
    call L403
    align 8
L412:
# i_test_yield
    lea rdx, qword ptr [hosts/1+24]
    dec r14
    jle L401
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 468491
# i_call_only_f
    jmp hosts/2
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# inet_parse:hosts/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2A, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
hosts/2:
# i_breakpoint_trampoline
    short jmp L413
.db 0x00
    call L403
    align 8
L413:
# i_test_yield
    lea rdx, qword ptr [hosts/2+24]
    dec r14
    jle L401
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L414
    mov ecx, 2
    call 140320710850576
L414:
# i_make_fun3_FStt
L415:
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
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp parse_file/3
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# inet_parse:resolv/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
resolv/1:
# i_breakpoint_trampoline
    short jmp L416
.db 0x00
    call L403
    align 8
L416:
# i_test_yield
    lea rdx, qword ptr [resolv/1+24]
    dec r14
    jle L401
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 468491
# i_call_only_f
    jmp resolv/2
# func_line_I
# aligned_label_Lt
    align 8
label_15:
# i_func_info_IaaI
# inet_parse:resolv/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
resolv/2:
# i_breakpoint_trampoline
    short jmp L417
.db 0x00
    call L403
    align 8
L417:
# i_test_yield
    lea rdx, qword ptr [resolv/2+24]
    dec r14
    jle L401
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L418
    mov ecx, 2
    call 140320710850576
L418:
# i_make_fun3_FStt
L419:
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
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp parse_file/3
# func_line_I
# aligned_label_Lt
    align 8
label_17:
# i_func_info_IaaI
# inet_parse:host_conf_linux/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
host_conf_linux/1:
# i_breakpoint_trampoline
    short jmp L420
.db 0x00
    call L403
    align 8
L420:
# i_test_yield
    lea rdx, qword ptr [host_conf_linux/1+24]
    dec r14
    jle L401
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 468491
# i_call_only_f
    jmp host_conf_linux/2
# func_line_I
# aligned_label_Lt
    align 8
label_19:
# i_func_info_IaaI
# inet_parse:host_conf_linux/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
host_conf_linux/2:
# i_breakpoint_trampoline
    short jmp L421
.db 0x00
    call L403
    align 8
L421:
# i_test_yield
    lea rdx, qword ptr [host_conf_linux/2+24]
    dec r14
    jle L401
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L422
    mov ecx, 2
    call 140320710850576
L422:
# i_make_fun3_FStt
L423:
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
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp parse_file/3
# func_line_I
# aligned_label_Lt
    align 8
label_21:
# i_func_info_IaaI
# inet_parse:host_conf_freebsd/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xFD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
host_conf_freebsd/1:
# i_breakpoint_trampoline
    short jmp L424
.db 0x00
    call L403
    align 8
L424:
# i_test_yield
    lea rdx, qword ptr [host_conf_freebsd/1+24]
    dec r14
    jle L401
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 468491
# i_call_only_f
    jmp host_conf_freebsd/2
# func_line_I
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# inet_parse:host_conf_freebsd/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xFD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
host_conf_freebsd/2:
# i_breakpoint_trampoline
    short jmp L425
.db 0x00
    call L403
    align 8
L425:
# i_test_yield
    lea rdx, qword ptr [host_conf_freebsd/2+24]
    dec r14
    jle L401
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L426
    mov ecx, 2
    call 140320710850576
L426:
# i_make_fun3_FStt
L427:
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
    mov qword ptr [rbx+16], rax
# line_I
# i_call_f
.db 0x90
    call parse_file/3
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_25
    cmp dword ptr [rsi-2], 128
    jne label_25
    cmp qword ptr [rsi+6], 30603
    jne label_25
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L428
    mov ecx, 1
    call 140320710850576
L428:
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
    mov qword ptr [r15+8], 57419
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
    jl L402
    ret
# label_L
label_25:
# deallocate_t
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_26:
# i_func_info_IaaI
# inet_parse:host_conf_bsdos/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xFD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
host_conf_bsdos/1:
# i_breakpoint_trampoline
    short jmp L429
.db 0x00
    call L403
    align 8
L429:
# i_test_yield
    lea rdx, qword ptr [host_conf_bsdos/1+24]
    dec r14
    jle L401
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 468491
# i_call_only_f
    jmp host_conf_bsdos/2
# func_line_I
# aligned_label_Lt
    align 8
label_28:
# i_func_info_IaaI
# inet_parse:host_conf_bsdos/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xFD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
host_conf_bsdos/2:
# i_breakpoint_trampoline
    short jmp L430
.db 0x00
    call L403
    align 8
L430:
# i_test_yield
    lea rdx, qword ptr [host_conf_bsdos/2+24]
    dec r14
    jle L401
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L431
    mov ecx, 2
    call 140320710850576
L431:
# i_make_fun3_FStt
L432:
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
    mov qword ptr [rbx+16], rax
# line_I
# i_call_f
.db 0x90
    call parse_file/3
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_30
    cmp dword ptr [rsi-2], 128
    jne label_30
    cmp qword ptr [rsi+6], 30603
    jne label_30
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L433:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L434
    mov ecx, 1
    call 140320710850576
L434:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 57419
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
    jl L402
    ret
# label_L
label_30:
# deallocate_t
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# inet_parse:delete_options/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x26, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_options/1:
# i_breakpoint_trampoline
    short jmp L435
.db 0x00
    call L403
    align 8
L435:
# i_test_yield
    lea rdx, qword ptr [delete_options/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_37
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 1599
    je label_34
    cmp rsi, 1759
    je label_33
    jmp label_36
# label_L
label_33:
# i_is_eq_exact_literal_fscI
L436:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    rex test dil, 2
    jne label_36
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_36
# jump_f
    jmp label_35
# label_L
label_34:
# i_is_eq_exact_literal_fscI
L437:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    rex test dil, 2
    jne label_36
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_36
# label_L
label_35:
# i_call_only_f
    jmp delete_options/1
# label_L
label_36:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L438
    mov ecx, 2
.db 0x90
    call 140320710850576
L438:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call delete_options/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L439
    mov ecx, 1
    call 140320710850576
L439:
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
    jl L402
    ret
# label_L
label_37:
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_38:
# i_func_info_IaaI
# inet_parse:nsswitch_conf/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nsswitch_conf/1:
# i_breakpoint_trampoline
    short jmp L440
.db 0x00
    call L403
    align 8
L440:
# i_test_yield
    lea rdx, qword ptr [nsswitch_conf/1+24]
    dec r14
    jle L401
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 468491
# i_call_only_f
    jmp nsswitch_conf/2
# func_line_I
# aligned_label_Lt
    align 8
label_40:
# i_func_info_IaaI
# inet_parse:nsswitch_conf/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nsswitch_conf/2:
# i_breakpoint_trampoline
    short jmp L441
.db 0x00
    call L403
    align 8
L441:
# i_test_yield
    lea rdx, qword ptr [nsswitch_conf/2+24]
    dec r14
    jle L401
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L442
    mov ecx, 2
    call 140320710850576
L442:
# i_make_fun3_FStt
L443:
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
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp parse_file/3
# func_line_I
# aligned_label_Lt
    align 8
label_42:
# i_func_info_IaaI
# inet_parse:protocols/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF8, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
protocols/1:
# i_breakpoint_trampoline
    short jmp L444
.db 0x00
    call L403
    align 8
L444:
# i_test_yield
    lea rdx, qword ptr [protocols/1+24]
    dec r14
    jle L401
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 468491
# i_call_only_f
    jmp protocols/2
# func_line_I
# aligned_label_Lt
    align 8
label_44:
# i_func_info_IaaI
# inet_parse:protocols/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF8, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
protocols/2:
# i_breakpoint_trampoline
    short jmp L445
.db 0x00
    call L403
    align 8
L445:
# i_test_yield
    lea rdx, qword ptr [protocols/2+24]
    dec r14
    jle L401
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L446
    mov ecx, 2
    call 140320710850576
L446:
# i_make_fun3_FStt
L447:
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
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp parse_file/3
# func_line_I
# aligned_label_Lt
    align 8
label_46:
# i_func_info_IaaI
# inet_parse:netmasks/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x26, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
netmasks/1:
# i_breakpoint_trampoline
    short jmp L448
.db 0x00
    call L403
    align 8
L448:
# i_test_yield
    lea rdx, qword ptr [netmasks/1+24]
    dec r14
    jle L401
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 468491
# i_call_only_f
    jmp netmasks/2
# func_line_I
# aligned_label_Lt
    align 8
label_48:
# i_func_info_IaaI
# inet_parse:netmasks/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x26, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
netmasks/2:
# i_breakpoint_trampoline
    short jmp L449
.db 0x00
    call L403
    align 8
L449:
# i_test_yield
    lea rdx, qword ptr [netmasks/2+24]
    dec r14
    jle L401
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L450
    mov ecx, 2
    call 140320710850576
L450:
# i_make_fun3_FStt
L451:
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
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp parse_file/3
# func_line_I
# aligned_label_Lt
    align 8
label_50:
# i_func_info_IaaI
# inet_parse:networks/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x26, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
networks/1:
# i_breakpoint_trampoline
    short jmp L452
.db 0x00
    call L403
    align 8
L452:
# i_test_yield
    lea rdx, qword ptr [networks/1+24]
    dec r14
    jle L401
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 468491
# i_call_only_f
    jmp networks/2
# func_line_I
# aligned_label_Lt
    align 8
label_52:
# i_func_info_IaaI
# inet_parse:networks/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x26, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
networks/2:
# i_breakpoint_trampoline
    short jmp L453
.db 0x00
    call L403
    align 8
L453:
# i_test_yield
    lea rdx, qword ptr [networks/2+24]
    dec r14
    jle L401
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L454
    mov ecx, 2
    call 140320710850576
L454:
# i_make_fun3_FStt
L455:
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
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp parse_file/3
# func_line_I
# aligned_label_Lt
    align 8
label_54:
# i_func_info_IaaI
# inet_parse:parse_file/3
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x90, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
parse_file/3:
# i_breakpoint_trampoline
    short jmp L456
.db 0x00
    call L403
    align 8
L456:
# i_test_yield
    lea rdx, qword ptr [parse_file/3+24]
    dec r14
    jle L401
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_59
    cmp dword ptr [rsi-2], 128
    jne label_59
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+24], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 16459
    je label_56
    cmp rsi, 456907
    je label_57
    jmp label_59
# label_L
label_56:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_call_only_f
    jmp parse_fd/5
# label_L
label_57:
# is_list_fs
    mov rax, qword ptr [rbx+32]
    cmp rax, 59
    short je L457
    test al, 2
    jne label_58
L457:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_call_only_f
    jmp parse_cs/5
# label_L
label_58:
# is_binary_fs
    mov rdi, qword ptr [rbx+32]
    rex test dil, 1
    jne label_59
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L459
    and al, -5
    cmp al, 32
    jne label_59
    short jmp L458
L459:
    cmp byte ptr [rdi+22], 0
    jne label_59
L458:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L460
    mov ecx, 5
.db 0x90
    call 140320710850576
L460:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L461:
L462:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L461]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp parse_cs/5
# label_L
label_59:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L463
    mov ecx, 3
    call 140320710850576
L463:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L464:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L465:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_60
    cmp dword ptr [rsi-2], 128
    jne label_60
    cmp qword ptr [rsi+6], 30603
    jne label_60
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
    call parse_fd/5
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L466:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# label_L
label_60:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_61:
# i_func_info_IaaI
# inet_parse:parse_fd/5
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x27, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
parse_fd/5:
# i_breakpoint_trampoline
    short jmp L467
.db 0x00
    call L403
    align 8
L467:
# i_test_yield
    lea rdx, qword ptr [parse_fd/5+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L468
    mov ecx, 5
    call 140320710850576
L468:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp+40], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call read_line/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_63
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 48
# line_I
# i_call_ext_e
L469:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L470
    mov ecx, 1
    call 140320710850576
L470:
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
    jl L402
    ret
# label_L
label_63:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call split_line/1
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_64
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L471
    add rax, rdx
    short jno L472
L471:
    call 140320710853080
L472:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp parse_fd/5
# label_L
label_64:
# catch_yf
    inc qword ptr [r13+264]
L473:
    mov eax, 2147483647
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L474]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L474:
    call rdi
.db 0x90
    call rdi
# label_L
label_65:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+40], 59
    cmp qword ptr [rbx], 0
    short jne L475
    call 140320710850088
L475:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_68
    test byte ptr [rsi-2], 63
    jne label_68
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_67
    cmp esi, 192
    je label_66
    jne label_69
# label_L
label_66:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+40], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 45451
    jne label_69
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L476
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L476:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
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
L477:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call warning/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L478
    add rax, rdx
    short jno L479
L478:
    call 140320710853080
L479:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L480
    mov ecx, 1
.db 0x90
    call 140320710850576
L480:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp parse_fd/5
# label_L
label_67:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1355
    jne label_69
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L481
    xor ecx, ecx
.db 0x90
    call 140320710850576
L481:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
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
L482:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call error/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L483
    add rax, rdx
    short jno L484
L483:
    call 140320710853080
L484:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp parse_fd/5
# label_L
label_68:
# is_eq_exact_fss
    cmp qword ptr [rbx], 97547
    jne label_69
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L485
    add rax, rdx
    short jno L486
L485:
    call 140320710853080
L486:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp parse_fd/5
# label_L
label_69:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L487
    add rax, rdx
    short jno L488
L487:
    call 140320710853080
L488:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L489
    mov ecx, 2
.db 0x90
    call 140320710850576
L489:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp parse_fd/5
# func_line_I
# aligned_label_Lt
    align 8
label_70:
# i_func_info_IaaI
# inet_parse:parse_cs/5
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x27, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
parse_cs/5:
# i_breakpoint_trampoline
    short jmp L490
.db 0x00
    call L403
    align 8
L490:
# i_test_yield
    lea rdx, qword ptr [parse_cs/5+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L491
    mov ecx, 5
    call 140320710850576
L491:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+40], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call get_line/1
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_78
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call split_line/1
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_72
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L492
    add rax, rdx
    short jno L493
L492:
    call 140320710853080
L493:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp parse_cs/5
# label_L
label_72:
# catch_yf
    inc qword ptr [r13+264]
L494:
    mov eax, 2147483647
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L495]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L495:
    call rdi
    call rdi
# label_L
label_73:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+40], 59
    cmp qword ptr [rbx], 0
    short jne L496
    call 140320710850088
L496:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_76
    test byte ptr [rsi-2], 63
    jne label_76
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_75
    cmp esi, 192
    je label_74
    jne label_77
# label_L
label_74:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+40], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 45451
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L497
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L497:
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
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
L498:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call warning/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L499
    add rax, rdx
    short jno L500
L499:
    call 140320710853080
L500:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L501
    mov ecx, 1
.db 0x90
    call 140320710850576
L501:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp parse_cs/5
# label_L
label_75:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1355
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L502
    xor ecx, ecx
    call 140320710850576
L502:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
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
L503:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call error/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L504
    add rax, rdx
    short jno L505
L504:
    call 140320710853080
L505:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp parse_cs/5
# label_L
label_76:
# is_eq_exact_fss
    cmp qword ptr [rbx], 97547
    jne label_77
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L506
    add rax, rdx
    short jno L507
L506:
    call 140320710853080
L507:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp parse_cs/5
# label_L
label_77:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L508
    add rax, rdx
    short jno L509
L508:
    call 140320710853080
L509:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L510
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L510:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp parse_cs/5
# label_L
label_78:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 48
# line_I
# i_call_ext_e
L511:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L512
    mov ecx, 1
    call 140320710850576
L512:
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
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_79:
# i_func_info_IaaI
# inet_parse:get_line/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB0, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_line/1:
# i_breakpoint_trampoline
    short jmp L513
.db 0x00
    call L403
    align 8
L513:
# i_test_yield
    lea rdx, qword ptr [get_line/1+24]
    dec r14
    jle L401
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_81
# i_move_sd
    mov qword ptr [rbx], 14091
# return
    dec r14
    jl L402
    ret
# label_L
label_81:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp get_line/2
# func_line_I
# aligned_label_Lt
    align 8
label_82:
# i_func_info_IaaI
# inet_parse:get_line/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB0, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_line/2:
# i_breakpoint_trampoline
    short jmp L514
.db 0x00
    call L403
    align 8
L514:
# i_test_yield
    lea rdx, qword ptr [get_line/2+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_87
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 175
    je label_85
    cmp rsi, 223
    je label_84
    jmp label_86
# label_L
label_84:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_86
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 175
    jne label_86
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L515
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L515:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov qword ptr [r15], 175
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L516:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L517
    mov ecx, 1
    call 140320710850576
L517:
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
    jl L402
    ret
# label_L
label_85:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L518
    mov ecx, 2
    call 140320710850576
L518:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov qword ptr [r15], 175
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L519:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L520
    mov ecx, 1
    call 140320710850576
L520:
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
    jl L402
    ret
# label_L
label_86:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L521
    mov ecx, 3
    call 140320710850576
L521:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp get_line/2
# label_L
label_87:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_82
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L522
    mov ecx, 2
.db 0x90
    call 140320710850576
L522:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L523:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L524
    mov ecx, 1
    call 140320710850576
L524:
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
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_88:
# i_func_info_IaaI
# inet_parse:read_line/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBC, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
read_line/1:
# i_breakpoint_trampoline
    short jmp L525
.db 0x00
    call L403
    align 8
L525:
# i_test_yield
    lea rdx, qword ptr [read_line/1+24]
    dec r14
    jle L401
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L526
    test al, 1
    jne label_90
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_90
L526:
# i_move_sd
    mov qword ptr [rbx+8], 331
# i_call_ext_only_e
L527:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_90:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_88
    cmp dword ptr [rsi-2], 192
    jne label_88
    cmp qword ptr [rsi+6], 113291
    jne label_88
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp collect_line/2
# func_line_I
# aligned_label_Lt
    align 8
label_91:
# i_func_info_IaaI
# inet_parse:collect_line/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB1, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect_line/2:
# i_breakpoint_trampoline
    short jmp L528
.db 0x00
    call L403
    align 8
L528:
# i_test_yield
    lea rdx, qword ptr [collect_line/2+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L529
    mov ecx, 2
    call 140320710850576
L529:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 1295
# line_I
# i_call_ext_e
L530:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_94
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_94
    cmp edi, 128
    jne label_96
    cmp qword ptr [rsi+6], 30603
    jne label_96
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_93
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L532
    and al, -5
    cmp al, 32
    jne label_93
    short jmp L531
L532:
    cmp byte ptr [rdi+22], 0
    jne label_93
L531:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rsp], rax
# call_light_bif_be
    align 4
L533:
L534:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L533]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp collect_line/4
# label_L
label_93:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L535:
    mov esi, 1
    lea rdx, qword ptr [L535]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp collect_line/4
# label_L
label_94:
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_96
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_95
# i_move_sd
    mov qword ptr [rbx], 14091
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L402
    ret
# label_L
label_95:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 24
L536:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_96:
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
label_97:
# i_func_info_IaaI
# inet_parse:collect_line/4
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB1, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect_line/4:
# i_breakpoint_trampoline
    short jmp L537
.db 0x00
    call L403
    align 8
L537:
# i_test_yield
    lea rdx, qword ptr [collect_line/4+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_102
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 175
    je label_100
    cmp rsi, 223
    je label_99
    jmp label_101
# label_L
label_99:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_101
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+40], rsi
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 175
    jne label_101
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L538
    add rax, rdx
    short jno L539
L538:
    call 140320710853080
L539:
    mov qword ptr [rbx+8], rax
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx+8]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L541
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L540
L541:
    call 140320710854520
L540:
    mov qword ptr [rbx+8], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L542
    mov ecx, 4
    call 140320710850576
L542:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 114251
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_call_ext_e
L543:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_103
    cmp dword ptr [rsi-2], 128
    jne label_103
    cmp qword ptr [rsi+6], 30603
    jne label_103
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L544
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L544:
# put_cons_ss
    mov qword ptr [r15], 175
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_last_et
    add rsp, 8
L545:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_100:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L546
    add rax, rdx
    short jno L547
L546:
    call 140320710853080
L547:
    mov qword ptr [rbx+8], rax
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx+8]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L549
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L548
L549:
    call 140320710854520
L548:
    mov qword ptr [rbx+8], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L550
    mov ecx, 4
.db 0x90
    call 140320710850576
L550:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 114251
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_call_ext_e
L551:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_104
    cmp dword ptr [rsi-2], 128
    jne label_104
    cmp qword ptr [rsi+6], 30603
    jne label_104
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L552
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L552:
# put_cons_ss
    mov qword ptr [r15], 175
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_last_et
    add rsp, 8
L553:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_101:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L554
    add rax, rdx
    short jno L555
L554:
    call 140320710853080
L555:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L556
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L556:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp collect_line/4
# label_L
label_102:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_97
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp collect_line/2
# label_L
label_103:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_104:
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
label_105:
# i_func_info_IaaI
# inet_parse:port_proto/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x27, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_proto/2:
# i_breakpoint_trampoline
    short jmp L557
.db 0x00
    call L403
    align 8
L557:
# i_test_yield
    lea rdx, qword ptr [port_proto/2+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_105
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L558
    cmp rdi, rsi
    short jmp L559
L558:
    call 140320710848608
L559:
    jl label_107
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L560
    cmp rdi, rsi
    short jmp L561
L560:
    call 140320710848608
L561:
    jl label_105
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
    mov edx, 175
# simplified test for small operand since it is a number
    test esi, 1
    short je L563
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 10
    and rax, -16
    imul rax, rcx
    short jo L563
    or rax, 15
    short jmp L562
L563:
    call 140320710854432
L562:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -768
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
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L567
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L566
L567:
    call 140320710853728
L566:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp port_proto/2
# label_L
label_107:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 767
    jne label_105
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 15
    je label_105
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L568
    mov ecx, 4
.db 0x90
    call 140320710850576
L568:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L569:
L570:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L569]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L571
    mov ecx, 1
    call 140320710850576
L571:
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
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_108:
# i_func_info_IaaI
# inet_parse:visible_string/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xDC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
visible_string/1:
# i_breakpoint_trampoline
    short jmp L572
.db 0x00
    call L403
    align 8
L572:
# i_test_yield
    lea rdx, qword ptr [visible_string/1+24]
    dec r14
    jle L401
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_110
# i_call_only_f
    jmp is_vis1/1
# label_L
label_110:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_111:
# i_func_info_IaaI
# inet_parse:is_vis1/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x27, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_vis1/1:
# i_breakpoint_trampoline
    short jmp L573
.db 0x00
    call L403
    align 8
L573:
# i_test_yield
    lea rdx, qword ptr [is_vis1/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_114
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_ge_fss
    mov esi, 543
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L574
    cmp rdi, rsi
    short jmp L575
L574:
    call 140320710848608
L575:
    jl label_113
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 2031
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L576
    cmp rdi, rsi
    short jmp L577
L576:
    call 140320710848608
L577:
    jl label_113
# i_call_only_f
    short jmp is_vis1/1
# label_L
label_113:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L402
    ret
# label_L
label_114:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 59
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_115:
# i_func_info_IaaI
# inet_parse:domain/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xFB, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
domain/1:
# i_breakpoint_trampoline
    short jmp L578
.db 0x00
    call L403
    align 8
L578:
# i_test_yield
    lea rdx, qword ptr [domain/1+24]
    dec r14
    jle L401
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_117
# i_call_only_f
    jmp is_dom1/1
# label_L
label_117:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_118:
# i_func_info_IaaI
# inet_parse:is_dom1/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x28, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_dom1/1:
# i_breakpoint_trampoline
    short jmp L579
.db 0x00
    call L403
    align 8
L579:
# i_test_yield
    lea rdx, qword ptr [is_dom1/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_124
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L580
    cmp rdi, rsi
    short jmp L581
L580:
    call 140320710848608
L581:
    jl label_120
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1967
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L582
    cmp rdi, rsi
    short jmp L583
L582:
    call 140320710848608
L583:
    jl label_124
# jump_f
    jmp label_121
# label_L
label_120:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L584
    cmp rdi, rsi
    short jmp L585
L584:
    call 140320710848608
L585:
    jl label_122
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1455
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L586
    cmp rdi, rsi
    short jmp L587
L586:
    call 140320710848608
L587:
    jl label_124
# label_L
label_121:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp is_dom_ldh/1
# label_L
label_122:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L588
    cmp rdi, rsi
    short jmp L589
L588:
    call 140320710848608
L589:
    jl label_124
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L590
    cmp rdi, rsi
    short jmp L591
L590:
    call 140320710848608
L591:
    jl label_124
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L592
    mov ecx, 3
    call 140320710850576
L592:
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
    call is_dom_ldh/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_123
# i_move_sd
L593:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L594:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_call_last_ft
    jmp is_dom2/1
# label_L
label_123:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# label_L
label_124:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_125:
# i_func_info_IaaI
# inet_parse:is_dom_ldh/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x28, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_dom_ldh/1:
# i_breakpoint_trampoline
    short jmp L595
.db 0x00
    call L403
    align 8
L595:
# i_test_yield
    lea rdx, qword ptr [is_dom_ldh/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_134
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L596
    cmp rdi, rsi
    short jmp L597
L596:
    call 140320710848608
L597:
    jl label_127
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1967
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L598
    cmp rdi, rsi
    short jmp L599
L598:
    call 140320710848608
L599:
    jl label_133
# jump_f
    jmp label_132
# label_L
label_127:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L600
    cmp rdi, rsi
    short jmp L601
L600:
    call 140320710848608
L601:
    jl label_128
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1455
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L602
    cmp rdi, rsi
    short jmp L603
L602:
    call 140320710848608
L603:
    jl label_129
# jump_f
    jmp label_132
# label_L
label_128:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L604
    cmp rdi, rsi
    short jmp L605
L604:
    call 140320710848608
L605:
    jl label_129
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L606
    cmp rdi, rsi
    short jmp L607
L606:
    call 140320710848608
L607:
    jge label_132
# label_L
label_129:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 735
    je label_131
    cmp rsi, 751
    je label_130
    cmp rsi, 1535
    je label_131
    jmp label_133
# label_L
label_130:
# i_call_only_f
    jmp is_dom1/1
# label_L
label_131:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_132
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 751
    je label_133
# label_L
label_132:
# i_call_only_f
    jmp is_dom_ldh/1
# label_L
label_133:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L402
    ret
# label_L
label_134:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 59
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_135:
# i_func_info_IaaI
# inet_parse:is_dom2/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x28, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_dom2/1:
# i_breakpoint_trampoline
    short jmp L608
.db 0x00
    call L403
    align 8
L608:
# i_test_yield
    lea rdx, qword ptr [is_dom2/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_142
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_142
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_142
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_142
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_142
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L609
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L609:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp+24], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# catch_yf
    inc qword ptr [r13+264]
L610:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L611:
L612:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101616
    lea rdx, qword ptr [L611]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_137:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
    cmp qword ptr [rbx], 0
    short jne L613
    call 140320710850088
L613:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L614
    test al, 1
    jne label_141
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_141
L614:
# catch_yf
    inc qword ptr [r13+264]
L615:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# call_light_bif_be
    align 4
L616:
L617:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101616
    lea rdx, qword ptr [L616]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_138:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
    cmp qword ptr [rbx], 0
    short jne L618
    call 140320710850088
L618:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# catch_yf
    inc qword ptr [r13+264]
L619:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L620:
L621:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101616
    lea rdx, qword ptr [L620]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_139:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
    cmp qword ptr [rbx], 0
    short jne L622
    call 140320710850088
L622:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# catch_yf
    inc qword ptr [r13+264]
L623:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# call_light_bif_be
    align 4
L624:
L625:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101616
    lea rdx, qword ptr [L624]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_140:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
    cmp qword ptr [rbx], 0
    short jne L626
    call 140320710850088
L626:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L627
    test al, 1
    jne label_141
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_141
L627:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L628
    test al, 1
    jne label_141
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_141
L628:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L629
    test al, 1
    jne label_141
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_141
L629:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L402
    ret
# label_L
label_141:
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L402
    ret
# label_L
label_142:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_143:
# i_func_info_IaaI
# inet_parse:address/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x6F, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
address/1:
# i_breakpoint_trampoline
    short jmp L630
.db 0x00
    call L403
    align 8
L630:
# i_test_yield
    lea rdx, qword ptr [address/1+24]
    dec r14
    jle L401
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L631
    test al, 2
    jne label_146
L631:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L632
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L632:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call ipv4_address/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_145
    cmp qword ptr [rsi+6], 30603
    jne label_145
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# label_L
label_145:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp ipv6strict_address/1
# label_L
label_146:
# i_move_sd
L633:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_147:
# i_func_info_IaaI
# inet_parse:strict_address/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0D, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
strict_address/1:
# i_breakpoint_trampoline
    short jmp L634
.db 0x00
    call L403
    align 8
L634:
# i_test_yield
    lea rdx, qword ptr [strict_address/1+24]
    dec r14
    jle L401
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L635
    test al, 2
    jne label_150
L635:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L636
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L636:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call ipv4strict_address/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_149
    cmp qword ptr [rsi+6], 30603
    jne label_149
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# label_L
label_149:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp ipv6strict_address/1
# label_L
label_150:
# i_move_sd
L637:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_151:
# i_func_info_IaaI
# inet_parse:ipv4_address/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x44, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv4_address/1:
# i_breakpoint_trampoline
    short jmp L638
.db 0x00
    call L403
    align 8
L638:
# i_test_yield
    lea rdx, qword ptr [ipv4_address/1+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L639
    mov ecx, 1
    call 140320710850576
L639:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L640:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ipv4_addr/1
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L641
    mov ecx, 1
.db 0x90
    call 140320710850576
L641:
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
    jl L402
    ret
# label_L
label_153:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_154
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_154
# i_move_sd
L642:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# label_L
label_154:
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
label_155:
# i_func_info_IaaI
# inet_parse:ipv4_addr/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x45, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv4_addr/1:
# i_breakpoint_trampoline
    short jmp L643
.db 0x00
    call L403
    align 8
L643:
# i_test_yield
    lea rdx, qword ptr [ipv4_addr/1+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L644
    mov ecx, 1
    call 140320710850576
L644:
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ipv4_addr/2
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_159
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_158
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_157
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_160
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L645
    or rax, rsi
    short jmp L646
L645:
    call 140320710851504
    je label_160
L646:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L647
    or rax, rsi
    short jmp L648
L647:
    call 140320710851504
    je label_160
L648:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L649
    or rax, rsi
    short jmp L650
L649:
    call 140320710851504
    je label_160
L650:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L651
    cmp rdi, rsi
    short jmp L652
L651:
    call 140320710848608
L652:
    jge label_160
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L653
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L653:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15+8], xmm0
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_157:
# is_lt_fss
    mov esi, 1048591
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L654
    cmp rdi, rsi
    short jmp L655
L654:
    call 140320710848608
L655:
    jge label_160
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L656
    or rax, rsi
    short jmp L657
L656:
    call 140320710851504
    je label_160
L657:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L658
    cmp rdi, rsi
    short jmp L659
L658:
    call 140320710848608
L659:
    jge label_160
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L661
L660:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L661:
# allocate binary
    xor r8d, r8d
    mov r9d, 4
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 2
    call 94919178210800
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+8]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
    mov rdi, qword ptr [rbx+8]
    mov ecx, 1296
    test eax, eax
    short je L660
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L663
L662:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L664
    mov qword ptr [rbx+32], rsi
    mov ecx, 5
    call 140320710850576
    mov rsi, qword ptr [rbx+32]
L664:
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
L663:
    mov qword ptr [rbx+8], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_161
    rex test sil, 7
    short je L666
    mov edx, 64
    call 140320710849168
    short jmp L665
L666:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L665:
    mov qword ptr [rbx+32], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_161
    rex test sil, 7
    short je L668
    mov edx, 64
    call 140320710849168
    short jmp L667
L668:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L667:
    mov qword ptr [rbx+40], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_161
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L669
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L669:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15+8], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_158:
# is_lt_fss
    mov esi, 268435471
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L670
    cmp rdi, rsi
    short jmp L671
L670:
    call 140320710848608
L671:
    jge label_160
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L672
    cmp rdi, rsi
    short jmp L673
L672:
    call 140320710848608
L673:
    jge label_160
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L675
L674:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L675:
# allocate binary
    xor r8d, r8d
    mov r9d, 3
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 3
    call 94919178210800
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 24
    mov rsi, qword ptr [rbx+8]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
    mov rdi, qword ptr [rbx+8]
    mov ecx, 1296
    test eax, eax
    short je L674
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L677
L676:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L678
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L678:
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
L677:
    mov qword ptr [rbx+8], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_162
    rex test sil, 7
    short je L680
    mov edx, 64
    call 140320710849168
    short jmp L679
L680:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L679:
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_162
    rex test sil, 7
    short je L682
    mov edx, 64
    call 140320710849168
    short jmp L681
L682:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L681:
    mov qword ptr [rbx+32], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_162
    rex test sil, 7
    short je L684
    mov edx, 64
    call 140320710849168
    short jmp L683
L684:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L683:
    mov qword ptr [rbx+40], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_162
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L685
    mov ecx, 6
    call 140320710850576
L685:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+8], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_159:
# is_lt_fss
    mov rsi, 68719476751
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L686
    cmp rdi, rsi
    short jmp L687
L686:
    call 140320710848608
L687:
    jge label_160
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L689
L688:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L689:
# allocate binary
    xor r8d, r8d
    mov r9d, 2
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 4
    call 94919178210800
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 32
    mov rsi, qword ptr [rbx+8]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
    mov rdi, qword ptr [rbx+8]
    mov ecx, 1296
    test eax, eax
    short je L688
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L691
L690:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L692
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L692:
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
L691:
    mov qword ptr [rbx+8], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_163
    rex test sil, 7
    short je L694
    mov edx, 64
    call 140320710849168
    short jmp L693
L694:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L693:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_163
    rex test sil, 7
    short je L696
    mov edx, 64
    call 140320710849168
    short jmp L695
L696:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L695:
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_163
    rex test sil, 7
    short je L698
    mov edx, 64
    call 140320710849168
    short jmp L697
L698:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L697:
    mov qword ptr [rbx+32], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_163
    rex test sil, 7
    short je L700
    mov edx, 64
    call 140320710849168
    short jmp L699
L700:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L699:
    mov qword ptr [rbx+40], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_163
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L701
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L701:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+8], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_160:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L702:
L703:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L702]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_161:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_162:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_163:
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
label_164:
# i_func_info_IaaI
# inet_parse:ipv4_addr/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x45, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv4_addr/2:
# i_breakpoint_trampoline
    short jmp L704
.db 0x00
    call L403
    align 8
L704:
# i_test_yield
    lea rdx, qword ptr [ipv4_addr/2+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_170
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_166
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_166
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_166
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_166
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_166
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L705
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L705:
# call_light_bif_be
    align 4
L706:
L707:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L706]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_166:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 783
    jne label_170
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_169
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 1423
    je label_168
    cmp rsi, 1935
    je label_167
    jmp label_169
# label_L
label_167:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L708
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L708:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call strip0/1
# i_move_sd
    mov qword ptr [rbx+24], 271
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+32], 143
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp ipv4_addr/5
# label_L
label_168:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L709
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L709:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call strip0/1
# i_move_sd
    mov qword ptr [rbx+24], 271
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+32], 143
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp ipv4_addr/5
# label_L
label_169:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L710
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L710:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call strip0/1
# i_move_sd
    mov qword ptr [rbx+24], 143
# i_move_sd
L711:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 191
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp ipv4_addr/5
# label_L
label_170:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L712
    test al, 2
    jne label_164
L712:
# i_move_sd
    mov qword ptr [rbx+24], 175
# i_move_sd
    mov qword ptr [rbx+32], 175
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp ipv4_addr/5
# func_line_I
# aligned_label_Lt
    align 8
label_171:
# i_func_info_IaaI
# inet_parse:ipv4_addr/5
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x45, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv4_addr/5:
# i_breakpoint_trampoline
    short jmp L713
.db 0x00
    call L403
    align 8
L713:
# i_test_yield
    lea rdx, qword ptr [ipv4_addr/5+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L714
    mov ecx, 5
    call 140320710850576
L714:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ipv4_field/4
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_174
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 751
    jne label_173
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_173
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L715
    mov ecx, 2
.db 0x90
    call 140320710850576
L715:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_last_ft
    add rsp, 8
    jmp ipv4_addr/2
# label_L
label_173:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L716:
L717:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L716]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# label_L
label_174:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L718
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L718:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_175:
# i_func_info_IaaI
# inet_parse:strip0/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x28, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
strip0/1:
# i_breakpoint_trampoline
    short jmp L719
.db 0x00
    call L403
    align 8
L719:
# i_test_yield
    lea rdx, qword ptr [strip0/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_177
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 783
    jne label_177
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    short jmp strip0/1
# label_L
label_177:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L720
    test al, 2
    short jne label_175
L720:
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_178:
# i_func_info_IaaI
# inet_parse:ipv4strict_address/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv4strict_address/1:
# i_breakpoint_trampoline
    short jmp L721
.db 0x00
    call L403
    align 8
L721:
# i_test_yield
    lea rdx, qword ptr [ipv4strict_address/1+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L722
    mov ecx, 1
    call 140320710850576
L722:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L723:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ipv4strict_addr/1
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L724
    mov ecx, 1
.db 0x90
    call 140320710850576
L724:
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
    jl L402
    ret
# label_L
label_180:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_181
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_181
# i_move_sd
L725:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# label_L
label_181:
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
label_182:
# i_func_info_IaaI
# inet_parse:ipv4strict_addr/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x29, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv4strict_addr/1:
# i_breakpoint_trampoline
    short jmp L726
.db 0x00
    call L403
    align 8
L726:
# i_test_yield
    lea rdx, qword ptr [ipv4strict_addr/1+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L727
    mov ecx, 1
    call 140320710850576
L727:
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ipv4strict_addr/2
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_184
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_184
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_184
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_184
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L728
    or rax, rsi
    short jmp L729
L728:
    call 140320710851504
    je label_184
L729:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L730
    or rax, rsi
    short jmp L731
L730:
    call 140320710851504
    je label_184
L731:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L732
    or rax, rsi
    short jmp L733
L732:
    call 140320710851504
    je label_184
L733:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L734
    cmp rdi, rsi
    short jmp L735
L734:
    call 140320710848608
L735:
    jge label_184
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L736
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L736:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15+8], xmm0
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_184:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L737:
L738:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L737]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_185:
# i_func_info_IaaI
# inet_parse:ipv4strict_addr/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x29, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv4strict_addr/2:
# i_breakpoint_trampoline
    short jmp L739
.db 0x00
    call L403
    align 8
L739:
# i_test_yield
    lea rdx, qword ptr [ipv4strict_addr/2+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_189
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_187
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_187
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_187
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_187
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_187
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L740
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L740:
# call_light_bif_be
    align 4
L741:
L742:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L741]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_187:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 783
    jne label_189
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_188
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 751
    jne label_189
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L743
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L743:
# put_cons_ss
    mov qword ptr [r15], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp ipv4strict_addr/2
# label_L
label_188:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_189
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L744
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L744:
# put_cons_ss
    mov qword ptr [r15], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L402
    ret
# label_L
label_189:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L745
    test al, 2
    jne label_185
L745:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L746
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L746:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+24], 175
# i_move_sd
    mov qword ptr [rbx+8], 63
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ipv4_field/4
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_191
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 751
    jne label_190
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_190
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L747
    mov ecx, 2
.db 0x90
    call 140320710850576
L747:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_last_ft
    add rsp, 8
    jmp ipv4strict_addr/2
# label_L
label_190:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L748:
L749:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L748]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# label_L
label_191:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L750
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L750:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_192:
# i_func_info_IaaI
# inet_parse:ipv4_field/4
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x29, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv4_field/4:
# i_breakpoint_trampoline
    short jmp L751
.db 0x00
    call L403
    align 8
L751:
# i_test_yield
    lea rdx, qword ptr [ipv4_field/4+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_197
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 751
    je label_195
    cmp rsi, 783
    je label_194
    jmp label_196
# label_L
label_194:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_196
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L752
    mov ecx, 1
    call 140320710850576
L752:
# call_light_bif_be
    align 4
L753:
L754:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L753]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_195:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L755
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L755:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call ipv4_field/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L756
    mov ecx, 1
    call 140320710850576
L756:
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
    jl L402
    ret
# label_L
label_196:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L757
    cmp rdi, rsi
    short jmp L758
L757:
    call 140320710848608
L758:
    jge label_198
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L759
    add rax, rdx
    short jno L760
L759:
    call 140320710853080
L760:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L761
    mov ecx, 6
.db 0x90
    call 140320710850576
L761:
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
    jmp ipv4_field/4
# label_L
label_197:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_198
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L762
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L762:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call ipv4_field/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L763
    mov ecx, 1
    call 140320710850576
L763:
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
    jl L402
    ret
# label_L
label_198:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L764
    test al, 2
    jne label_192
L764:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L765
    mov ecx, 1
    call 140320710850576
L765:
# call_light_bif_be
    align 4
L766:
L767:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L766]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_199:
# i_func_info_IaaI
# inet_parse:ipv4_field/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x29, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv4_field/2:
# i_breakpoint_trampoline
    short jmp L768
.db 0x00
    call L403
    align 8
L768:
# i_test_yield
    lea rdx, qword ptr [ipv4_field/2+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L769
    mov ecx, 2
    call 140320710850576
L769:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L770:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# call_light_bif_be
    align 4
L771:
L772:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101696
    lea rdx, qword ptr [L771]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L773
    cmp rdi, rsi
    short jmp L774
L773:
    call 140320710848608
L774:
    jge label_201
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L775:
L776:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L775]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# label_L
label_201:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_202:
# i_func_info_IaaI
# inet_parse:ipv6_address/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv6_address/1:
# i_breakpoint_trampoline
    short jmp L777
.db 0x00
    call L403
    align 8
L777:
# i_test_yield
    lea rdx, qword ptr [ipv6_address/1+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L778
    mov ecx, 1
    call 140320710850576
L778:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call ipv4_address/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_204
    cmp qword ptr [rsi+6], 30603
    jne label_204
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L779
    cmp rdx, 8
    short jbe L779
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L780
L779:
    call 140320710851664
L780:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L781
    or rax, rsi
    short jmp L782
L781:
    call 140320710851432
L782:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L783
    cmp rdx, 8
    short jbe L783
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L784
L783:
    call 140320710851664
L784:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L785
    or rax, rsi
    short jmp L786
L785:
    call 140320710851432
L786:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L787
    mov ecx, 2
.db 0x90
    call 140320710850576
L787:
# put_tuple2_SA
# Move arity word
    mov edi, 512
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 15
    mov qword ptr [r15+16], 15
    mov qword ptr [r15+24], 15
    mov qword ptr [r15+32], 15
    mov qword ptr [r15+40], 15
    mov qword ptr [r15+48], 1048575
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+56], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 72
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
    jl L402
    ret
# label_L
label_204:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp ipv6strict_address/1
# func_line_I
# aligned_label_Lt
    align 8
label_205:
# i_func_info_IaaI
# inet_parse:ipv6strict_address/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0D, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv6strict_address/1:
# i_breakpoint_trampoline
    short jmp L788
.db 0x00
    call L403
    align 8
L788:
# i_test_yield
    lea rdx, qword ptr [ipv6strict_address/1+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L789
    mov ecx, 1
    call 140320710850576
L789:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L790:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ipv6_addr/1
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L791
    mov ecx, 1
.db 0x90
    call 140320710850576
L791:
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
    jl L402
    ret
# label_L
label_207:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_208
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_208
# i_move_sd
L792:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# label_L
label_208:
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
label_209:
# i_func_info_IaaI
# inet_parse:ipv6_addr/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x29, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv6_addr/1:
# i_breakpoint_trampoline
    short jmp L793
.db 0x00
    call L403
    align 8
L793:
# i_test_yield
    lea rdx, qword ptr [ipv6_addr/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_212
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 943
    jne label_212
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_212
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 943
    jne label_212
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_211
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov qword ptr [rbx], 59
# i_call_only_f
    jmp ipv6_addr_done/3
# label_L
label_211:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L794
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L794:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call hex/1
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+24], 15
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    jmp ipv6_addr/4
# label_L
label_212:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L795
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L795:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call hex/1
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    jmp ipv6_addr/3
# func_line_I
# aligned_label_Lt
    align 8
label_213:
# i_func_info_IaaI
# inet_parse:ipv6_addr/3
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x29, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv6_addr/3:
# i_breakpoint_trampoline
    short jmp L796
.db 0x00
    call L403
    align 8
L796:
# i_test_yield
    lea rdx, qword ptr [ipv6_addr/3+24]
    dec r14
    jle L401
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_221
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 607
    je label_220
    cmp rsi, 751
    je label_219
    cmp rsi, 943
    je label_215
    jmp label_222
# label_L
label_215:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_218
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+32], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 943
    jne label_218
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_216
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+48], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 607
    jne label_217
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 111
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
    jl label_222
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L799
    mov ecx, 7
.db 0x90
    call 140320710850576
L799:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call hex_to_int/1
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L800
    add rax, rdx
    short jno L801
L800:
    call 140320710853080
L801:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L802
    mov ecx, 2
    call 140320710850576
L802:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp ipv6_addr_scope/5
# label_L
label_216:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_217
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 111
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L803
    cmp rdi, rsi
    short jmp L804
L803:
    call 140320710848608
L804:
    jl label_222
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L805
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L805:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call hex_to_int/1
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L806
    add rax, rdx
    short jno L807
L806:
    call 140320710853080
L807:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L808
    mov ecx, 2
.db 0x90
    call 140320710850576
L808:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 16
    jmp ipv6_addr_done/3
# label_L
label_217:
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 95
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L809
    cmp rdi, rsi
    short jmp L810
L809:
    call 140320710848608
L810:
    jl label_218
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L811
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L811:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call hex/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call hex_to_int/1
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L812
    add rax, rdx
    short jno L813
L812:
    call 140320710853080
L813:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L814
    mov ecx, 2
    call 140320710850576
L814:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp ipv6_addr/4
# label_L
label_218:
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 111
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L815
    cmp rdi, rsi
    short jmp L816
L815:
    call 140320710848608
L816:
    jl label_222
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L817
    mov ecx, 6
.db 0x90
    call 140320710850576
L817:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call hex/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call hex_to_int/1
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L818
    add rax, rdx
    short jno L819
L818:
    call 140320710853080
L819:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L820
    mov ecx, 2
    call 140320710850576
L820:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp ipv6_addr/3
# label_L
label_219:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 111
    jne label_222
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L821
    mov ecx, 4
    call 140320710850576
L821:
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
# call_light_bif_be
    align 4
L822:
L823:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L822]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ipv4strict_addr/1
# i_move_sd
    mov qword ptr [rbx+16], 111
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
    jmp ipv6_addr_done/4
# label_L
label_220:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 127
    jne label_222
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L824
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L824:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call hex_to_int/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L825
    mov ecx, 1
    call 140320710850576
L825:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+24], 143
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp ipv6_addr_scope/5
# label_L
label_221:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 127
    jne label_222
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L826
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L826:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call hex_to_int/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L827
    mov ecx, 1
    call 140320710850576
L827:
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
    jmp ipv6_addr_done/1
# label_L
label_222:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L828
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L828:
# call_light_bif_be
    align 4
L829:
L830:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L829]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_223:
# i_func_info_IaaI
# inet_parse:ipv6_addr/4
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x29, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv6_addr/4:
# i_breakpoint_trampoline
    short jmp L831
.db 0x00
    call L403
    align 8
L831:
# i_test_yield
    lea rdx, qword ptr [ipv6_addr/4+24]
    dec r14
    jle L401
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_228
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 607
    je label_227
    cmp rsi, 751
    je label_226
    cmp rsi, 943
    je label_225
    jmp label_229
# label_L
label_225:
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 95
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L832
    cmp rdi, rsi
    short jmp L833
L832:
    call 140320710848608
L833:
    jl label_229
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L834
    mov ecx, 7
.db 0x90
    call 140320710850576
L834:
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
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call hex/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call hex_to_int/1
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L835
    add rax, rdx
    short jno L836
L835:
    call 140320710853080
L836:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L837
    mov ecx, 2
    call 140320710850576
L837:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp ipv6_addr/4
# label_L
label_226:
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 95
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L838
    cmp rdi, rsi
    short jmp L839
L838:
    call 140320710848608
L839:
    jl label_229
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L840
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L840:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L841:
L842:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L841]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ipv4strict_addr/1
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp ipv6_addr_done/4
# label_L
label_227:
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 111
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L843
    cmp rdi, rsi
    short jmp L844
L843:
    call 140320710848608
L844:
    jl label_229
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L845
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L845:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+48]
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
# i_call_f
.db 0x66, 0x90
    call hex_to_int/1
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L846
    add rax, rdx
    short jno L847
L846:
    call 140320710853080
L847:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L848
    mov ecx, 2
    call 140320710850576
L848:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp ipv6_addr_scope/5
# label_L
label_228:
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 111
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
    jl label_229
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L851
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L851:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call hex_to_int/1
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L852
    add rax, rdx
    short jno L853
L852:
    call 140320710853080
L853:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L854
    mov ecx, 2
.db 0x90
    call 140320710850576
L854:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp ipv6_addr_done/3
# label_L
label_229:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L855
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L855:
# call_light_bif_be
    align 4
L856:
L857:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L856]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_230:
# i_func_info_IaaI
# inet_parse:ipv6_addr_scope/5
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x29, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv6_addr_scope/5:
# i_breakpoint_trampoline
    short jmp L858
.db 0x00
    call L403
    align 8
L858:
# i_test_yield
    lea rdx, qword ptr [ipv6_addr_scope/5+24]
    dec r14
    jle L401
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_232
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L859
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L859:
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx], rdx
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    short jmp ipv6_addr_scope/5
# label_L
label_232:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_230
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L860
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L860:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L861:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_233
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 783
    jne label_233
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call dec16/1
# jump_f
    jmp label_234
# label_L
label_233:
# i_move_sd
    mov qword ptr [rbx], 15
# label_L
label_234:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp ipv6_addr_scope/4
# func_line_I
# aligned_label_Lt
    align 8
label_235:
# i_func_info_IaaI
# inet_parse:ipv6_addr_scope/4
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x29, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv6_addr_scope/4:
# i_breakpoint_trampoline
    short jmp L862
.db 0x00
    call L403
    align 8
L862:
# i_test_yield
    lea rdx, qword ptr [ipv6_addr_scope/4+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_238
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_238
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 127
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
    jl label_238
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 1042447
    je label_237
    cmp rsi, 1044527
    je label_237
    jmp label_238
# label_L
label_237:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L865
    add rax, rdx
    short jno L866
L865:
    call 140320710853080
L866:
    mov qword ptr [rbx+24], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L867
    mov ecx, 4
.db 0x90
    call 140320710850576
L867:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp ipv6_addr_done/3
# label_L
label_238:
# line_I
# i_minus_ssjd
    mov esi, 143
    mov rdx, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L869
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L868
L869:
    call 140320710853584
L868:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L870
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L870:
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
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
    call dup/3
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
L871:
L872:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L871]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_ext_e
L873:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_240
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_240
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_240
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 1042447
    je label_239
    cmp rsi, 1044527
    je label_239
    jmp label_240
# label_L
label_239:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L874
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L874:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
# line_I
# call_light_bif_be
    align 4
L875:
L876:
    long mov rcx, 9223372036854775807
    mov rax, 94919179103952
    lea rdx, qword ptr [L875]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L402
    ret
# label_L
label_240:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L877:
L878:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L877]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_241:
# i_func_info_IaaI
# inet_parse:ipv6_addr_done/4
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2A, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv6_addr_done/4:
# i_breakpoint_trampoline
    short jmp L879
.db 0x00
    call L403
    align 8
L879:
# i_test_yield
    lea rdx, qword ptr [ipv6_addr_done/4+24]
    dec r14
    jle L401
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L880
    cmp rdx, 8
    short jbe L880
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L881
L880:
    call 140320710851664
L881:
    mov qword ptr [rbx+32], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+40], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L882
    or rax, rsi
    short jmp L883
L882:
    call 140320710851432
L883:
    mov qword ptr [rbx+32], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+40], rdi
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L884
    cmp rdx, 8
    short jbe L884
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L885
L884:
    call 140320710851664
L885:
    mov qword ptr [rbx+40], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L886
    or rax, rsi
    short jmp L887
L886:
    call 140320710851432
L887:
    mov qword ptr [rbx+24], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L888
    add rax, rdx
    short jno L889
L888:
    call 140320710853080
L889:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L890
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L890:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp ipv6_addr_done/3
# func_line_I
# aligned_label_Lt
    align 8
label_243:
# i_func_info_IaaI
# inet_parse:ipv6_addr_done/3
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2A, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv6_addr_done/3:
# i_breakpoint_trampoline
    short jmp L891
.db 0x00
    call L403
    align 8
L891:
# line_I
# i_test_yield
    lea rdx, qword ptr [ipv6_addr_done/3+24]
    dec r14
    jle L401
# i_minus_ssjd
    mov esi, 143
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L893
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L892
L893:
    call 140320710853584
L892:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L894
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L894:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_f
.db 0x90
    call dup/3
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
L895:
L896:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L895]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp ipv6_addr_done/1
# func_line_I
# aligned_label_Lt
    align 8
label_245:
# i_func_info_IaaI
# inet_parse:ipv6_addr_done/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2A, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ipv6_addr_done/1:
# i_breakpoint_trampoline
    short jmp L897
.db 0x00
    call L403
    align 8
L897:
# i_test_yield
    lea rdx, qword ptr [ipv6_addr_done/1+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L898
    mov ecx, 1
    call 140320710850576
L898:
# line_I
# i_call_ext_e
L899:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# call_light_bif_be
    align 4
L900:
L901:
    long mov rcx, 9223372036854775807
    mov rax, 94919179103952
    lea rdx, qword ptr [L900]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_247:
# i_func_info_IaaI
# inet_parse:hex/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2A, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
hex/1:
# i_breakpoint_trampoline
    short jmp L902
.db 0x00
    call L403
    align 8
L902:
# i_test_yield
    lea rdx, qword ptr [hex/1+24]
    dec r14
    jle L401
# i_move_sd
    mov qword ptr [rbx+16], 79
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp hex/3
# func_line_I
# aligned_label_Lt
    align 8
label_249:
# i_func_info_IaaI
# inet_parse:hex/3
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2A, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
hex/3:
# i_breakpoint_trampoline
    short jmp L903
.db 0x00
    call L403
    align 8
L903:
# i_test_yield
    lea rdx, qword ptr [hex/3+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_253
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L904
    cmp rdi, rsi
    short jmp L905
L904:
    call 140320710848608
L905:
    jl label_253
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L906
    cmp rdi, rsi
    short jmp L907
L906:
    call 140320710848608
L907:
    jl label_251
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L908
    cmp rdi, rsi
    short jmp L909
L908:
    call 140320710848608
L909:
    jge label_253
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L910
    add rax, rdx
    short jno L911
L910:
    call 140320710853080
L911:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L912
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L912:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp hex/3
# label_L
label_251:
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L913
    cmp rdi, rsi
    short jmp L914
L913:
    call 140320710848608
L914:
    jl label_252
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 1647
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L915
    cmp rdi, rsi
    short jmp L916
L915:
    call 140320710848608
L916:
    jl label_253
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L917
    cmp rdi, rsi
    short jmp L918
L917:
    call 140320710848608
L918:
    jge label_253
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L919
    add rax, rdx
    short jno L920
L919:
    call 140320710853080
L920:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L921
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L921:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp hex/3
# label_L
label_252:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L922
    cmp rdi, rsi
    short jmp L923
L922:
    call 140320710848608
L923:
    jl label_253
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 1135
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L924
    cmp rdi, rsi
    short jmp L925
L924:
    call 140320710848608
L925:
    jl label_253
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L926
    cmp rdi, rsi
    short jmp L927
L926:
    call 140320710848608
L927:
    jge label_253
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L928
    add rax, rdx
    short jno L929
L928:
    call 140320710853080
L929:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L930
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L930:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp hex/3
# label_L
label_253:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_254
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L931
    test al, 2
    jne label_254
L931:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L932
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L932:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L933:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L934
    mov ecx, 1
    call 140320710850576
L934:
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
    jl L402
    ret
# label_L
label_254:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L935
    mov ecx, 1
.db 0x90
    call 140320710850576
L935:
# call_light_bif_be
    align 4
L936:
L937:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L936]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_255:
# i_func_info_IaaI
# inet_parse:dec16/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2A, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dec16/1:
# i_breakpoint_trampoline
    short jmp L938
.db 0x00
    call L403
    align 8
L938:
# i_test_yield
    lea rdx, qword ptr [dec16/1+24]
    dec r14
    jle L401
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_only_f
    jmp dec16/2
# func_line_I
# aligned_label_Lt
    align 8
label_257:
# i_func_info_IaaI
# inet_parse:dec16/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2A, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dec16/2:
# i_breakpoint_trampoline
    short jmp L939
.db 0x00
    call L403
    align 8
L939:
# i_test_yield
    lea rdx, qword ptr [dec16/2+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_261
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L940
    cmp rdi, rsi
    short jmp L941
L940:
    call 140320710848608
L941:
    jl label_260
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L942
    cmp rdi, rsi
    short jmp L943
L942:
    call 140320710848608
L943:
    jl label_260
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
    mov edx, 175
# simplified test for small operand since it is a number
    test esi, 1
    short je L945
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 10
    and rax, -16
    imul rax, rcx
    short jo L945
    or rax, 15
    short jmp L944
L945:
    call 140320710854432
L944:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -768
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L946
    mov rax, rsi
    add rax, rdx
    short jno L947
L946:
    call 140320710853080
L947:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L949
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L948
L949:
    call 140320710853728
L948:
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L950
    cmp rdi, rsi
    short jmp L951
L950:
    call 140320710848608
L951:
    jge label_259
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L952
    mov ecx, 1
    call 140320710850576
L952:
# call_light_bif_be
    align 4
L953:
L954:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L953]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_259:
# i_call_only_f
    jmp dec16/2
# label_L
label_260:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L955
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L955:
# call_light_bif_be
    align 4
L956:
L957:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L956]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_261:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_262:
# i_func_info_IaaI
# inet_parse:hex_to_int/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2A, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
hex_to_int/1:
# i_breakpoint_trampoline
    short jmp L958
.db 0x00
    call L403
    align 8
L958:
# i_test_yield
    lea rdx, qword ptr [hex_to_int/1+24]
    dec r14
    jle L401
# i_move_sd
    mov qword ptr [rbx+8], 271
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L959
    mov ecx, 2
    call 140320710850576
L959:
# call_light_bif_be
    align 4
L960:
L961:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101696
    lea rdx, qword ptr [L960]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_264:
# i_func_info_IaaI
# inet_parse:dup/3
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x74, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dup/3:
# i_breakpoint_trampoline
    short jmp L962
.db 0x00
    call L403
    align 8
L962:
# i_test_yield
    lea rdx, qword ptr [dup/3+24]
    dec r14
    jle L401
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_266
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# label_L
label_266:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L963
    cmp rdi, rsi
    short jmp L964
L963:
    call 140320710848608
L964:
    short jl label_264
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L965
    add rax, rdx
    short jno L966
L965:
    call 140320710853080
L966:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L967
    mov ecx, 3
.db 0x90
    call 140320710850576
L967:
# put_cons_ss
    mov qword ptr [r15], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp dup/3
# func_line_I
# aligned_label_Lt
    align 8
label_267:
# i_func_info_IaaI
# inet_parse:ntoa/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x62, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ntoa/1:
# i_breakpoint_trampoline
    short jmp L968
.db 0x00
    call L403
    align 8
L968:
# i_test_yield
    lea rdx, qword ptr [ntoa/1+24]
    dec r14
    jle L401
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_279
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_279
    cmp esi, 256
    je label_278
    cmp esi, 512
    je label_269
    jne label_279
# label_L
label_269:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+24], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+38]
    movups xmmword ptr [rbx+40], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+56], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_275
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_275
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_275
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_275
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 15
    jne label_275
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+48]
    cmp rsi, 15
    je label_271
    cmp rsi, 1048575
    je label_270
    jmp label_275
# label_L
label_270:
# i_bor_jssd
    mov rsi, qword ptr [rbx+56]
    mov eax, 1048575
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L969
    or rax, rsi
    short jmp L970
L969:
    call 140320710851504
    je label_275
L970:
    mov qword ptr [rbx+64], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L971
    or rax, rsi
    short jmp L972
L971:
    call 140320710851504
    je label_275
L972:
    mov qword ptr [rbx+64], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rax, -1048561
# simplified test for small operand since it is a number
    test esi, 1
    short je L973
    and rax, rsi
    short jmp L974
L973:
    call 140320710851200
L974:
    mov qword ptr [rbx+64], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+64], 15
    jne label_275
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L975
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L975:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call dig_to_dec/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call dig_to_dec/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L976
    mov ecx, 1
    call 140320710850576
L976:
# put_cons_ss
    mov qword ptr [r15], 751
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
L977:
L978:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L977]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L979:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L980:
L981:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L980]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_271:
# is_eq_exact_fss
    cmp qword ptr [rbx+56], 15
    jne label_274
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 15
    je label_273
    cmp rsi, 31
    je label_272
    jmp label_274
# label_L
label_272:
# i_move_sd
L982:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# label_L
label_273:
# i_move_sd
L983:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# label_L
label_274:
# i_bor_jssd
    mov rsi, qword ptr [rbx+56]
    mov eax, 15
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L984
    or rax, rsi
    short jmp L985
L984:
    call 140320710851504
    je label_275
L985:
    mov qword ptr [rbx+64], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L986
    or rax, rsi
    short jmp L987
L986:
    call 140320710851504
    je label_275
L987:
    mov qword ptr [rbx+64], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rax, -1048561
# simplified test for small operand since it is a number
    test esi, 1
    short je L988
    and rax, rsi
    short jmp L989
L988:
    call 140320710851200
L989:
    mov qword ptr [rbx+64], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+64], 15
    jne label_275
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L990
    mov ecx, 8
    call 140320710850576
L990:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call dig_to_dec/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call dig_to_dec/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L991
    mov ecx, 1
    call 140320710850576
L991:
# put_cons_ss
    mov qword ptr [r15], 751
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
L992:
L993:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L992]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L994
    mov ecx, 1
    call 140320710850576
L994:
# put_cons_ss
    mov qword ptr [r15], 943
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 943
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_275:
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L995
    or rax, rsi
    short jmp L996
L995:
    call 140320710851504
    je label_279
L996:
    mov qword ptr [rbx+64], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L997
    or rax, rsi
    short jmp L998
L997:
    call 140320710851504
    je label_279
L998:
    mov qword ptr [rbx+64], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L999
    or rax, rsi
    short jmp L1000
L999:
    call 140320710851504
    je label_279
L1000:
    mov qword ptr [rbx+64], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1001
    or rax, rsi
    short jmp L1002
L1001:
    call 140320710851504
    je label_279
L1002:
    mov qword ptr [rbx+64], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx+48]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1003
    or rax, rsi
    short jmp L1004
L1003:
    call 140320710851504
    je label_279
L1004:
    mov qword ptr [rbx+64], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx+56]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1005
    or rax, rsi
    short jmp L1006
L1005:
    call 140320710851504
    je label_279
L1006:
    mov qword ptr [rbx+64], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1007
    or rax, rsi
    short jmp L1008
L1007:
    call 140320710851504
    je label_279
L1008:
    mov qword ptr [rbx+64], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rax, -1048561
# simplified test for small operand since it is a number
    test esi, 1
    short je L1009
    and rax, rsi
    short jmp L1010
L1009:
    call 140320710851200
L1010:
    mov qword ptr [rbx+64], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+64], 15
    jne label_279
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 1042447
    je label_276
    cmp rsi, 1044527
    je label_276
    jmp label_277
# label_L
label_276:
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 15
    je label_277
# allocate_heap_tIt
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L1011
    mov ecx, 8
.db 0x90
    call 140320710850576
L1011:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# append_cons_Is
    mov qword ptr [r15+96], 15
    mov qword ptr [r15+104], rsi
    lea rsi, qword ptr [r15+97]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+112], rdi
    mov qword ptr [r15+120], rsi
    lea rsi, qword ptr [r15+113]
# store_cons_Id
    add r15, 128
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ntoa/2
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# call_light_bif_be
    align 4
L1012:
L1013:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L1012]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1014
    mov ecx, 1
    call 140320710850576
L1014:
# put_cons_ss
    mov qword ptr [r15], 783
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov qword ptr [r15], 607
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1015:
L1016:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1015]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# label_L
label_277:
# test_heap_It
    lea rdx, qword ptr [r15+160]
    cmp rdx, rsp
    short jbe L1017
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1017:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+96], rdi
    mov qword ptr [r15+104], rsi
    lea rsi, qword ptr [r15+97]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+112], rdi
    mov qword ptr [r15+120], rsi
    lea rsi, qword ptr [r15+113]
# store_cons_Id
    add r15, 128
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp ntoa/2
# label_L
label_278:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1018
    or rax, rsi
    short jmp L1019
L1018:
    call 140320710851504
    je label_279
L1019:
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
    short jne L1020
    or rax, rsi
    short jmp L1021
L1020:
    call 140320710851504
    je label_279
L1021:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1022
    or rax, rsi
    short jmp L1023
L1022:
    call 140320710851504
    je label_279
L1023:
    mov qword ptr [rbx+24], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L1024
    and rax, rsi
    short jmp L1025
L1024:
    call 140320710851200
L1025:
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_279
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1026
    mov ecx, 5
    call 140320710850576
L1026:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1027:
L1028:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L1027]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# call_light_bif_be
    align 4
L1029:
L1030:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L1029]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# line_I
# call_light_bif_be
    align 4
L1031:
L1032:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L1031]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# call_light_bif_be
    align 4
L1033:
L1034:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L1033]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1035
    mov ecx, 1
    call 140320710850576
L1035:
# put_cons_ss
    mov qword ptr [r15], 751
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# call_light_bif_be
    align 4
L1036:
L1037:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1036]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1038
    mov ecx, 1
    call 140320710850576
L1038:
# put_cons_ss
    mov qword ptr [r15], 751
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L1039:
L1040:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1039]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1041
    mov ecx, 1
    call 140320710850576
L1041:
# put_cons_ss
    mov qword ptr [r15], 751
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1042:
L1043:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1042]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L402
    ret
# label_L
label_279:
# i_move_sd
L1044:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_280:
# i_func_info_IaaI
# inet_parse:ntoa/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x62, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ntoa/2:
# i_breakpoint_trampoline
    short jmp L1045
.db 0x00
    call L403
    align 8
L1045:
# i_test_yield
    lea rdx, qword ptr [ntoa/2+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_283
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_282
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_282
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_282
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp ntoa/3
# label_L
label_282:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1046
    mov ecx, 3
.db 0x90
    call 140320710850576
L1046:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp ntoa/2
# label_L
label_283:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp ntoa_done/1
# func_line_I
# aligned_label_Lt
    align 8
label_284:
# i_func_info_IaaI
# inet_parse:ntoa/3
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x62, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ntoa/3:
# i_breakpoint_trampoline
    short jmp L1047
.db 0x00
    call L403
    align 8
L1047:
# i_test_yield
    lea rdx, qword ptr [ntoa/3+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_287
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_286
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1048
    add rax, rdx
    short jno L1049
L1048:
    call 140320710853080
L1049:
    mov qword ptr [rbx+16], rax
# i_call_only_f
    short jmp ntoa/3
# label_L
label_286:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1050
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1050:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp ntoa/4
# label_L
label_287:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp ntoa_done/2
# func_line_I
# aligned_label_Lt
    align 8
label_288:
# i_func_info_IaaI
# inet_parse:ntoa/4
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x62, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ntoa/4:
# i_breakpoint_trampoline
    short jmp L1051
.db 0x00
    call L403
    align 8
L1051:
# i_test_yield
    lea rdx, qword ptr [ntoa/4+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_291
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_290
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_290
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 15
    jne label_290
# i_move_sd
    mov qword ptr [rbx+32], 47
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp ntoa/5
# label_L
label_290:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1052
    mov ecx, 5
.db 0x90
    call 140320710850576
L1052:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp ntoa/4
# label_L
label_291:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ntoa_done/2
# func_line_I
# aligned_label_Lt
    align 8
label_292:
# i_func_info_IaaI
# inet_parse:ntoa/5
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x62, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ntoa/5:
# i_breakpoint_trampoline
    short jmp L1053
.db 0x00
    call L403
    align 8
L1053:
# i_test_yield
    lea rdx, qword ptr [ntoa/5+24]
    dec r14
    jle L401
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1054
    cmp rdi, rsi
    short jmp L1055
L1054:
    call 140320710848608
L1055:
    jge label_294
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1056
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1056:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_f
    call dup/3
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
L1057:
L1058:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1057]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp ntoa/3
# label_L
label_294:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_296
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 15
    jne label_295
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+32]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1059
    add rax, rdx
    short jno L1060
L1059:
    call 140320710853080
L1060:
    mov qword ptr [rbx+32], rax
# i_call_only_f
    jmp ntoa/5
# label_L
label_295:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1061
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1061:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call dup/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1062
    mov ecx, 1
    call 140320710850576
L1062:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp ntoa/4
# label_L
label_296:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1063
    mov ecx, 5
    call 140320710850576
L1063:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call dup/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp ntoa_done/2
# func_line_I
# aligned_label_Lt
    align 8
label_297:
# i_func_info_IaaI
# inet_parse:ntoa_done/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2B, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ntoa_done/2:
# i_breakpoint_trampoline
    short jmp L1064
.db 0x00
    call L403
    align 8
L1064:
# i_test_yield
    lea rdx, qword ptr [ntoa_done/2+24]
    dec r14
    jle L401
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1065
    mov ecx, 2
    call 140320710850576
L1065:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_make_fun3_FStt
L1066:
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
# i_call_ext_e
L1067:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_ext_e
L1068:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1069:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call separate/2
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1070
    mov ecx, 1
    call 140320710850576
L1070:
# i_make_fun3_FStt
L1071:
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
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# line_I
# i_call_ext_e
L1072:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_ext_e
L1073:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1074:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call separate/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1075
    mov ecx, 1
    call 140320710850576
L1075:
# put_cons_ss
L1076:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
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
# line_I
# call_light_bif_be
    align 4
L1077:
L1078:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1077]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_ext_last_et
L1079:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_299:
# i_func_info_IaaI
# inet_parse:ntoa_done/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2B, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ntoa_done/1:
# i_breakpoint_trampoline
    short jmp L1080
.db 0x00
    call L403
    align 8
L1080:
# i_test_yield
    lea rdx, qword ptr [ntoa_done/1+24]
    dec r14
    jle L401
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1081
    mov ecx, 1
    call 140320710850576
L1081:
    sub rsp, 8
# i_make_fun3_FStt
L1082:
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
# i_call_ext_e
L1083:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_ext_e
L1084:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1085:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call separate/2
# i_call_ext_last_et
L1086:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_301:
# i_func_info_IaaI
# inet_parse:separate/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2B, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
separate/2:
# i_breakpoint_trampoline
    short jmp L1087
.db 0x00
    call L403
    align 8
L1087:
# i_test_yield
    lea rdx, qword ptr [separate/2+24]
    dec r14
    jle L401
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_303
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp separate/3
# label_L
label_303:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_304:
# i_func_info_IaaI
# inet_parse:separate/3
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2B, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
separate/3:
# i_breakpoint_trampoline
    short jmp L1088
.db 0x00
    call L403
    align 8
L1088:
# i_test_yield
    lea rdx, qword ptr [separate/3+24]
    dec r14
    jle L401
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+32], 2
    jne label_306
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1089
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1089:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    short jmp separate/3
# label_L
label_306:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1090
    mov ecx, 2
.db 0x90
    call 140320710850576
L1090:
# call_light_bif_be
    align 4
L1091:
L1092:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1091]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_307:
# i_func_info_IaaI
# inet_parse:dig_to_dec/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2B, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dig_to_dec/1:
# i_breakpoint_trampoline
    short jmp L1093
.db 0x00
    call L403
    align 8
L1093:
# i_test_yield
    lea rdx, qword ptr [dig_to_dec/1+24]
    dec r14
    jle L401
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_309
# i_move_sd
L1094:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# label_L
label_309:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1095
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L1096
L1095:
    mov eax, 143
    call 140320710851768
L1096:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1097
    mov ecx, 2
    call 140320710850576
L1097:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1098
    and rax, rsi
    short jmp L1099
L1098:
    call 140320710851200
L1099:
    mov qword ptr [rbx], rax
# call_light_bif_be
    align 4
L1100:
L1101:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L1100]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rsp]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1102
    and rax, rsi
    short jmp L1103
L1102:
    call 140320710851200
L1103:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1104:
L1105:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L1104]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1106
    mov ecx, 1
    call 140320710850576
L1106:
# put_cons_ss
    mov qword ptr [r15], 751
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1107:
L1108:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1107]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_310:
# i_func_info_IaaI
# inet_parse:dig_to_hex/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2B, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dig_to_hex/1:
# i_breakpoint_trampoline
    short jmp L1109
.db 0x00
    call L403
    align 8
L1109:
# i_test_yield
    lea rdx, qword ptr [dig_to_hex/1+24]
    dec r14
    jle L401
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_312
# i_move_sd
L1110:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# label_L
label_312:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1111
    test al, 1
    short jne label_310
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_310
L1111:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1112
    cmp rdi, rsi
    short jmp L1113
L1112:
    call 140320710848608
L1113:
    jge label_310
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp dig_to_hex/2
# func_line_I
# aligned_label_Lt
    align 8
label_313:
# i_func_info_IaaI
# inet_parse:dig_to_hex/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2B, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dig_to_hex/2:
# i_breakpoint_trampoline
    short jmp L1114
.db 0x00
    call L403
    align 8
L1114:
# i_test_yield
    lea rdx, qword ptr [dig_to_hex/2+24]
    dec r14
    jle L401
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_315
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# label_L
label_315:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1115
    mov rax, rsi
    sar rax, 4
    or rax, 15
    short jmp L1116
L1115:
    mov eax, 79
    call 140320710851768
L1116:
    mov qword ptr [rbx+16], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 255
# simplified test for small operand since it is a number
    test esi, 1
    short je L1117
    and rax, rsi
    short jmp L1118
L1117:
    call 140320710851200
L1118:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov esi, 175
    mov rdi, qword ptr [rbx]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1119:
L1120:
    jge label_316
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx]
    add rax, 768
    mov qword ptr [rbx], rax
# jump_f
    jmp label_317
# label_L
label_316:
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx]
    mov rdi, -160
    add rax, rdi
    mov qword ptr [rbx], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx]
    add rax, 1552
    mov qword ptr [rbx], rax
# label_L
label_317:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1121
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1121:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp dig_to_hex/2
# func_line_I
# aligned_label_Lt
    align 8
label_318:
# i_func_info_IaaI
# inet_parse:dots/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dots/1:
# i_breakpoint_trampoline
    short jmp L1122
.db 0x00
    call L403
    align 8
L1122:
# i_test_yield
    lea rdx, qword ptr [dots/1+24]
    dec r14
    jle L401
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_only_f
    jmp dots/2
# func_line_I
# aligned_label_Lt
    align 8
label_320:
# i_func_info_IaaI
# inet_parse:dots/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dots/2:
# i_breakpoint_trampoline
    short jmp L1123
.db 0x00
    call L403
    align 8
L1123:
# i_test_yield
    lea rdx, qword ptr [dots/2+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_324
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 751
    jne label_323
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_322
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1124
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1124:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 75
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# label_L
label_322:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1125
    add rax, rdx
    short jno L1126
L1125:
    call 140320710853080
L1126:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp dots/2
# label_L
label_323:
# i_call_only_f
    jmp dots/2
# label_L
label_324:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_320
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1127
    mov ecx, 2
    call 140320710850576
L1127:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 11
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_325:
# i_func_info_IaaI
# inet_parse:split_line/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_line/1:
# i_breakpoint_trampoline
    short jmp L1128
.db 0x00
    call L403
    align 8
L1128:
# i_test_yield
    lea rdx, qword ptr [split_line/1+24]
    dec r14
    jle L401
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp split_line/2
# func_line_I
# aligned_label_Lt
    align 8
label_327:
# i_func_info_IaaI
# inet_parse:split_line/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_line/2:
# i_breakpoint_trampoline
    short jmp L1129
.db 0x00
    call L403
    align 8
L1129:
# i_test_yield
    lea rdx, qword ptr [split_line/2+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_332
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 159
    je label_330
    cmp rsi, 175
    je label_330
    cmp rsi, 527
    je label_330
    cmp rsi, 575
    je label_329
    jmp label_331
# label_L
label_329:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L1130:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_330:
# i_call_only_f
    jmp split_line/2
# label_L
label_331:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1131
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1131:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp split_mid/3
# label_L
label_332:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_327
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L1132:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_333:
# i_func_info_IaaI
# inet_parse:split_mid/3
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_mid/3:
# i_breakpoint_trampoline
    short jmp L1133
.db 0x00
    call L403
    align 8
L1133:
# i_test_yield
    lea rdx, qword ptr [split_mid/3+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_340
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 159
    je label_338
    cmp rsi, 175
    je label_337
    cmp rsi, 223
    je label_336
    cmp rsi, 527
    je label_335
    cmp rsi, 575
    je label_341
    jmp label_339
# label_L
label_335:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1134
    mov ecx, 3
    call 140320710850576
L1134:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1135:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1136
    mov ecx, 1
    call 140320710850576
L1136:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp split_line/2
# label_L
label_336:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_339
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 175
    jne label_339
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1137
    mov ecx, 6
    call 140320710850576
L1137:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1138:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1139
    mov ecx, 1
    call 140320710850576
L1139:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp split_line/2
# label_L
label_337:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1140
    mov ecx, 3
.db 0x90
    call 140320710850576
L1140:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1141:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1142
    mov ecx, 1
    call 140320710850576
L1142:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp split_line/2
# label_L
label_338:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1143
    mov ecx, 3
.db 0x90
    call 140320710850576
L1143:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1144:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1145
    mov ecx, 1
    call 140320710850576
L1145:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp split_line/2
# label_L
label_339:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1146
    mov ecx, 4
.db 0x90
    call 140320710850576
L1146:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp split_mid/3
# label_L
label_340:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_333
# label_L
label_341:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp split_end/2
# func_line_I
# aligned_label_Lt
    align 8
label_342:
# i_func_info_IaaI
# inet_parse:split_end/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_end/2:
# i_breakpoint_trampoline
    short jmp L1147
.db 0x00
    call L403
    align 8
L1147:
# i_test_yield
    lea rdx, qword ptr [split_end/2+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1148
    mov ecx, 2
    call 140320710850576
L1148:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_ext_e
L1149:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1150
    mov ecx, 1
    call 140320710850576
L1150:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_ext_last_et
    add rsp, 8
L1151:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_344:
# i_func_info_IaaI
# inet_parse:split_comma/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_comma/1:
# i_breakpoint_trampoline
    short jmp L1152
.db 0x00
    call L403
    align 8
L1152:
# i_test_yield
    lea rdx, qword ptr [split_comma/1+24]
    dec r14
    jle L401
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_346
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1153
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1153:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x90
    call split_comma/2
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call split_comma/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1154:
L1155:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1154]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L402
    ret
# label_L
label_346:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_344
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_347:
# i_func_info_IaaI
# inet_parse:split_comma/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_comma/2:
# i_breakpoint_trampoline
    short jmp L1156
.db 0x00
    call L403
    align 8
L1156:
# i_test_yield
    lea rdx, qword ptr [split_comma/2+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_350
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 719
    jne label_349
# i_call_only_f
    short jmp split_comma/2
# label_L
label_349:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1157
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1157:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp split_mid_comma/3
# label_L
label_350:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_347
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L1158:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_351:
# i_func_info_IaaI
# inet_parse:split_mid_comma/3
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_mid_comma/3:
# i_breakpoint_trampoline
    short jmp L1159
.db 0x00
    call L403
    align 8
L1159:
# i_test_yield
    lea rdx, qword ptr [split_mid_comma/3+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_354
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 719
    jne label_353
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1160
    mov ecx, 3
    call 140320710850576
L1160:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1161:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1162
    mov ecx, 1
    call 140320710850576
L1162:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp split_comma/2
# label_L
label_353:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1163
    mov ecx, 4
.db 0x90
    call 140320710850576
L1163:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp split_mid_comma/3
# label_L
label_354:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_351
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp split_end/2
# func_line_I
# aligned_label_Lt
    align 8
label_355:
# i_func_info_IaaI
# inet_parse:warning/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
warning/2:
# i_breakpoint_trampoline
    short jmp L1164
.db 0x00
    call L403
    align 8
L1164:
# i_test_yield
    lea rdx, qword ptr [warning/2+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1165
    mov ecx, 2
    call 140320710850576
L1165:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 459467
# i_move_sd
    mov qword ptr [rbx], 173579
# line_I
# i_call_ext_e
L1166:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_eq_exact_literal_fscI
L1167:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_357
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_357
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
L1168:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1169:
L1170:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1169]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_ext_last_et
    add rsp, 16
L1171:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_357:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_358:
# i_func_info_IaaI
# inet_parse:error/2
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
error/2:
# i_breakpoint_trampoline
    short jmp L1172
.db 0x00
    call L403
    align 8
L1172:
# i_test_yield
    lea rdx, qword ptr [error/2+24]
    dec r14
    jle L401
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1173
    mov ecx, 2
    call 140320710850576
L1173:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1174:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1175:
L1176:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1175]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_ext_last_et
    add rsp, 8
L1177:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_360:
# i_func_info_IaaI
# inet_parse:module_info/0
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L1178
.db 0x00
    call L403
    align 8
L1178:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L401
# i_move_sd
    mov qword ptr [rbx], 197003
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1179
    mov ecx, 1
.db 0x90
    call 140320710850576
L1179:
# call_light_bif_be
    align 4
L1180:
L1181:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L1180]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_362:
# i_func_info_IaaI
# inet_parse:module_info/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L1182
.db 0x00
    call L403
    align 8
L1182:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L401
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 197003
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1183
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1183:
# call_light_bif_be
    align 4
L1184:
L1185:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L1184]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_364:
# i_func_info_IaaI
# inet_parse:'-networks/2-fun-0-'/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2D, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-networks/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1186
.db 0x00
    call L403
    align 8
L1186:
# i_test_yield
    lea rdx, qword ptr ['-networks/2-fun-0-'/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_364
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_364
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    short jne label_364
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1187
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1187:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1188:
L1189:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101616
    lea rdx, qword ptr [L1188]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1190
    mov ecx, 1
    call 140320710850576
L1190:
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
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_366:
# i_func_info_IaaI
# inet_parse:'-netmasks/2-fun-0-'/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2D, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-netmasks/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1191
.db 0x00
    call L403
    align 8
L1191:
# i_test_yield
    lea rdx, qword ptr ['-netmasks/2-fun-0-'/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_366
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_366
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    short jne label_366
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1192
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1192:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call address/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_369
    cmp qword ptr [rsi+6], 30603
    jne label_369
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
.db 0x90
    call address/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_368
    cmp qword ptr [rsi+6], 30603
    jne label_368
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1193
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1193:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
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
    jl L402
    ret
# label_L
label_368:
# badmatch_s
L1194:
    long mov rdi, 9223372036854775807
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_369:
# line_I
    nop
# badmatch_s
L1195:
    long mov rdi, 9223372036854775807
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_370:
# i_func_info_IaaI
# inet_parse:'-protocols/2-fun-0-'/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2D, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-protocols/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1196
.db 0x00
    call L403
    align 8
L1196:
# i_test_yield
    lea rdx, qword ptr ['-protocols/2-fun-0-'/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_370
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_370
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_370
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_370
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1197
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1197:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1198:
L1199:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L1198]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# call_light_bif_be
    align 4
L1200:
L1201:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101616
    lea rdx, qword ptr [L1200]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1202
    mov ecx, 1
    call 140320710850576
L1202:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_372:
# i_func_info_IaaI
# inet_parse:'-nsswitch_conf/2-fun-0-'/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2D, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-nsswitch_conf/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1203
.db 0x00
    call L403
    align 8
L1203:
# i_test_yield
    lea rdx, qword ptr ['-nsswitch_conf/2-fun-0-'/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_374
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_eq_exact_literal_fscI
L1204:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 2
    jne label_374
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_374
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1205
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1205:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 57419
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# label_L
label_374:
# i_move_sd
    mov qword ptr [rbx], 97547
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_375:
# i_func_info_IaaI
# inet_parse:'-host_conf_bsdos/2-fun-0-'/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2E, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-host_conf_bsdos/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1206
.db 0x00
    call L403
    align 8
L1206:
# i_test_yield
    lea rdx, qword ptr ['-host_conf_bsdos/2-fun-0-'/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_377
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_eq_exact_literal_fscI
L1207:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 2
    jne label_377
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_377
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1208
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1208:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call split_comma/1
# i_call_last_ft
    jmp delete_options/1
# label_L
label_377:
# i_move_sd
    mov qword ptr [rbx], 97547
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_378:
# i_func_info_IaaI
# inet_parse:'-host_conf_freebsd/2-fun-0-'/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2E, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-host_conf_freebsd/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1209
.db 0x00
    call L403
    align 8
L1209:
# i_test_yield
    lea rdx, qword ptr ['-host_conf_freebsd/2-fun-0-'/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_378
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    short jne label_378
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_380:
# i_func_info_IaaI
# inet_parse:'-host_conf_linux/2-fun-0-'/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2E, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-host_conf_linux/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1210
.db 0x00
    call L403
    align 8
L1210:
# i_test_yield
    lea rdx, qword ptr ['-host_conf_linux/2-fun-0-'/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_382
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_eq_exact_literal_fscI
L1211:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 2
    jne label_382
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_382
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1212
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1212:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call split_comma/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1213
    mov ecx, 1
    call 140320710850576
L1213:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 57419
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_382:
# i_move_sd
    mov qword ptr [rbx], 97547
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_383:
# i_func_info_IaaI
# inet_parse:'-resolv/2-fun-0-'/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2E, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-resolv/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1214
.db 0x00
    call L403
    align 8
L1214:
# i_test_yield
    lea rdx, qword ptr ['-resolv/2-fun-0-'/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_389
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_389
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 1615
    je label_388
    cmp rsi, 1743
    je label_387
    cmp rsi, 1775
    je label_386
    cmp rsi, 1855
    je label_385
    jmp label_389
# label_L
label_385:
# i_is_eq_exact_literal_fscI
L1215:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 2
    jne label_389
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_389
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1216
    mov ecx, 1
.db 0x90
    call 140320710850576
L1216:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 215627
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# label_L
label_386:
# i_is_eq_exact_literal_fscI
L1217:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 2
    jne label_389
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_389
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_389
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_389
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1218
    mov ecx, 2
    call 140320710850576
L1218:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call address/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_390
    cmp qword ptr [rsi+6], 30603
    jne label_390
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1219
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1219:
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
    mov qword ptr [r15+8], 449291
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_387:
# i_is_eq_exact_literal_fscI
L1220:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 2
    jne label_389
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_389
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1221
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1221:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 57419
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# label_L
label_388:
# i_is_eq_exact_literal_fscI
L1222:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 2
    jne label_389
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_389
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_389
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_389
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1223
    mov ecx, 2
    call 140320710850576
L1223:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 129995
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L402
    ret
# label_L
label_389:
# i_move_sd
    mov qword ptr [rbx], 97547
# return
    dec r14
    jl L402
    ret
# label_L
label_390:
# badmatch_s
L1224:
    long mov rdi, 9223372036854775807
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_391:
# i_func_info_IaaI
# inet_parse:'-hosts/2-fun-0-'/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2F, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-hosts/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1225
.db 0x00
    call L403
    align 8
L1225:
# i_test_yield
    lea rdx, qword ptr ['-hosts/2-fun-0-'/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_391
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    short jne label_391
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1226
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1226:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L1227:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L1228:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_393
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_393
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_393
# i_trim_t
    add rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call address/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_394
    cmp qword ptr [rsi+6], 30603
    jne label_394
# i_move_sd
    mov qword ptr [rbx], 97547
# deallocate_t
# return
    dec r14
    jl L402
    ret
# label_L
label_393:
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
    call address/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_395
    cmp qword ptr [rsi+6], 30603
    jne label_395
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1229
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1229:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L402
    ret
# label_L
label_394:
# line_I
# badmatch_s
L1230:
    long mov rdi, 9223372036854775807
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_395:
# line_I
    nop
# badmatch_s
L1231:
    long mov rdi, 9223372036854775807
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_396:
# i_func_info_IaaI
# inet_parse:'-rpc/2-fun-0-'/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2F, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-rpc/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1232
.db 0x00
    call L403
    align 8
L1232:
# i_test_yield
    lea rdx, qword ptr ['-rpc/2-fun-0-'/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_396
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    short jne label_396
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1233
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1233:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# line_I
# call_light_bif_be
    align 4
L1234:
L1235:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101616
    lea rdx, qword ptr [L1234]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1236
    mov ecx, 1
    call 140320710850576
L1236:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L402
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_398:
# i_func_info_IaaI
# inet_parse:'-services/2-fun-0-'/1
    call L400
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2F, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-services/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1237
.db 0x00
    call L403
    align 8
L1237:
# i_test_yield
    lea rdx, qword ptr ['-services/2-fun-0-'/1+24]
    dec r14
    jle L401
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_398
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    short jne label_398
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1238
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1238:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call port_proto/2
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1239
    mov ecx, 1
    call 140320710850576
L1239:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L402
    ret
# int_code_end
L1240:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x6F, 0x47, 0xA6, 0x5D, 0x80, 0x0E, 0xBC, 0xFD, 0x6E, 0xCA, 0xD3, 0xAB, 0x17, 0x2E, 0x48, 0xCF, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x49, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x69, 0x6E, 0x65, 0x74, 0x5F, 0x70, 0x61, 0x72, 0x73, 0x65, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0xCF, 0x48, 0x2E, 0x17, 0xAB, 0xD3, 0xCA, 0x6E, 0xFD, 0xBC, 0x0E, 0x80, 0x5D, 0xA6, 0x47, 0x6F
.section .text {#0}
